"""JSON-ready records of the data model, derived generically from attrs fields.

Nested attrs records become objects, tuples become arrays, enums their value,
dates ISO strings; reading back builds each record from its class's resolved
annotations. A field added to :class:`~wirestory.Story` (or to a record it
holds) appears in the ``wirestory/1`` output and is read back with no change
here. This module knows no class of the data model, so the model can use it
(:meth:`~wirestory.Story.to_dict`) without an import cycle.
"""

from __future__ import annotations

import ast
import datetime
import enum
import functools
import operator
import pathlib
import sys
import types
import typing
from collections.abc import Mapping
from typing import Any

import attrs

__all__ = ["SCHEMA", "SPAN_FIELDS", "SPAN_ONLY_STORY_FIELDS", "build_record", "plain"]

SCHEMA = "wirestory/1"
"""The value of every record's ``schema`` key. Fields may be added within a
version (readers must ignore keys they do not know); renaming or removing one,
or changing its meaning, makes a new version."""

SPAN_FIELDS = frozenset({"start", "end", "offset"})
"""Fields of nested records that locate text in the input: only with ``with_spans``."""
SPAN_ONLY_STORY_FIELDS = frozenset({"segments"})
"""Story fields written only with ``with_spans`` (every input line with its role)."""


def plain(value: Any, with_spans: bool) -> Any:
    """A value as JSON-ready data, recursively."""
    if attrs.has(type(value)):
        return {
            field.name: plain(getattr(value, field.name), with_spans)
            for field in attrs.fields(type(value))
            if with_spans or field.name not in SPAN_FIELDS
        }
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (tuple, list)):
        return [plain(item, with_spans) for item in value]
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(key): plain(item, with_spans) for key, item in value.items()}
    return value


def _is_optional(kind: Any) -> tuple[bool, Any]:
    """``(True, X)`` for ``X | None``, else ``(False, kind)``."""
    if typing.get_origin(kind) in (typing.Union, types.UnionType):
        members = [arg for arg in typing.get_args(kind) if arg is not type(None)]
        if len(members) < len(typing.get_args(kind)):
            if len(members) == 1:
                return True, members[0]
            return True, functools.reduce(operator.or_, members)
    return False, kind


def _build(kind: Any, value: Any, where: str) -> Any:
    """``value`` (JSON data) as an instance of the annotated type ``kind``."""
    optional, kind = _is_optional(kind)
    if value is None:
        if optional:
            return None
        raise ValueError(f"{where}: null is not allowed here")
    origin = typing.get_origin(kind)
    if origin is typing.Literal:
        if value not in typing.get_args(kind):
            raise ValueError(f"{where}: {value!r} is not one of {typing.get_args(kind)}")
        return value
    if origin in (tuple, list) and not isinstance(value, (list, tuple)):
        raise ValueError(f"{where}: expected a list, not {type(value).__name__}")
    if origin is tuple:
        args = typing.get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_build(args[0], item, f"{where}[{i}]") for i, item in enumerate(value))
        return tuple(
            _build(arg, item, f"{where}[{i}]")
            for i, (arg, item) in enumerate(zip(args, value, strict=True))
        )
    if origin is list:
        (arg,) = typing.get_args(kind)
        return [_build(arg, item, f"{where}[{i}]") for i, item in enumerate(value)]
    if isinstance(kind, type):
        if attrs.has(kind):
            if not isinstance(value, Mapping):
                raise ValueError(f"{where}: expected an object, not {type(value).__name__}")
            return build_record(kind, value, where)
        if kind in (str, int, bool) and (
            not isinstance(value, kind) or (kind is int and isinstance(value, bool))
        ):
            raise ValueError(f"{where}: expected {kind.__name__}, not {type(value).__name__}")
        if issubclass(kind, enum.Enum):
            return kind(value)
        if issubclass(kind, datetime.datetime):
            return datetime.datetime.fromisoformat(value)
        if issubclass(kind, datetime.date):
            return datetime.date.fromisoformat(value)
        if issubclass(kind, datetime.time):
            return datetime.time.fromisoformat(value)
    return value


_HINTS: dict[type[Any], dict[str, Any]] = {}


def _hints(cls: type[Any]) -> dict[str, Any]:
    """The resolved field annotations of an attrs class (computed once per class)."""
    hints = _HINTS.get(cls)
    if hints is None:
        hints = typing.get_type_hints(cls)
        if any(hint is type for hint in hints.values()):
            # A class of a module the compiled build (mypyc) compiles keeps
            # its annotations as runtime types, a union erased to ``type``
            # (``region: str | None`` reads ``type``, ``places: tuple[str,
            # ...]`` reads ``tuple``): no record annotates a field ``type``,
            # so its annotations are read from the module's source instead.
            hints = _source_hints(cls)
        _HINTS[cls] = hints
    return hints


def _source_hints(cls: type[Any]) -> dict[str, Any]:
    """The annotations of ``cls`` as its module's ``.py`` source writes them,
    resolved in the module's namespace: the compiled build installs each
    compiled module's source beside its extension."""
    module = sys.modules[cls.__module__]
    path = pathlib.Path(module.__file__ or "").with_name(cls.__module__.rpartition(".")[2] + ".py")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    body = next(
        node.body
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef) and node.name == cls.__name__
    )
    written = {
        node.target.id: ast.unparse(node.annotation)
        for node in body
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
    }
    # Resolved as for any class: in the namespace of the module it names.
    stub = type(cls.__name__, (), {"__annotations__": written, "__module__": cls.__module__})
    return typing.get_type_hints(stub)


def build_record(cls: type[Any], data: Mapping[str, Any], where: str) -> Any:
    """An attrs instance from a ``dict``; span fields missing from ``data`` become 0."""
    if not isinstance(data, Mapping):
        raise ValueError(f"{where}: expected an object, not {type(data).__name__}")
    hints = _hints(cls)
    values: dict[str, Any] = {}
    for field in attrs.fields(cls):
        name = field.name
        if name in data:
            values[field.alias] = _build(hints[name], data[name], f"{where}.{name}")
        elif name in SPAN_FIELDS:
            values[field.alias] = 0
        elif name in SPAN_ONLY_STORY_FIELDS:
            values[field.alias] = ()
        elif field.default is attrs.NOTHING:
            raise ValueError(f"{where}: missing required key {name!r}")
    return cls(**values)
