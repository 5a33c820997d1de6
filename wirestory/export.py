"""Stories out: JSON Lines records (schema ``wirestory/1``), IPTC ninjs 3.1 and 2.1, text.

The JSON record is derived from the attrs fields of :class:`~wirestory.Story`
generically: nested attrs records become objects, tuples become arrays, enums
their value, dates ISO strings. A field added to ``Story`` (or to a record it
holds) appears in the output, and is read back by :func:`story_from_dict`, with
no change here.

>>> import wirestory
>>> [story] = wirestory.parse("Rain Returns\\n\\nIt rained.\\n")
>>> record = to_dict(story)
>>> record["schema"], record["headline"], record["body"]
('wirestory/1', 'Rain Returns', ['It rained.'])
>>> story_from_dict(to_dict(story, with_spans=True)) == story
True
"""

from __future__ import annotations

import datetime
import enum
import functools
import hashlib
import itertools
import json
import operator
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from wirestory.model import Story
from wirestory.trailers import Contributor

__all__ = [
    "SCHEMA",
    "story_from_dict",
    "to_dict",
    "to_ninjs",
    "to_ninjs2",
    "to_text",
    "uri_for",
]

SCHEMA = "wirestory/1"
"""The value of every record's ``schema`` key. Fields may be added within a
version (readers must ignore keys they do not know); renaming or removing one,
or changing its meaning, makes a new version."""

_SPAN_FIELDS = frozenset({"start", "end", "offset"})
"""Fields of nested records that locate text in the input: only with ``with_spans``."""
_SPAN_ONLY_STORY_FIELDS = frozenset({"segments"})
"""Story fields written only with ``with_spans`` (every input line with its role)."""


def _plain(value: Any, with_spans: bool) -> Any:
    """A value as JSON-ready data, recursively."""
    if attrs.has(type(value)):
        return {
            field.name: _plain(getattr(value, field.name), with_spans)
            for field in attrs.fields(type(value))
            if with_spans or field.name not in _SPAN_FIELDS
        }
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (tuple, list)):
        return [_plain(item, with_spans) for item in value]
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(key): _plain(item, with_spans) for key, item in value.items()}
    return value


def to_dict(story: Story, *, with_spans: bool = False) -> dict[str, Any]:
    """The story as a JSON-ready ``dict`` in the ``wirestory/1`` schema.

    Without ``with_spans`` the record holds the story's fields (headline,
    captions, body, diagnostics with line and column, ...); with it, also every
    input line as a segment (role, rule, offsets, line) and the character offsets
    of captions and diagnostics. ``docs/wirestory-1.schema.json`` describes it.
    """
    data: dict[str, Any] = {"schema": SCHEMA}
    for field in attrs.fields(Story):
        if with_spans or field.name not in _SPAN_ONLY_STORY_FIELDS:
            data[field.name] = _plain(getattr(story, field.name), with_spans)
    return data


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
            return _record(kind, value, where)
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
        hints = _HINTS[cls] = typing.get_type_hints(cls)
    return hints


def _record(cls: type[Any], data: Mapping[str, Any], where: str) -> Any:
    """An attrs instance from a ``dict``; span fields missing from ``data`` become 0."""
    if not isinstance(data, Mapping):
        raise ValueError(f"{where}: expected an object, not {type(data).__name__}")
    hints = _hints(cls)
    values: dict[str, Any] = {}
    for field in attrs.fields(cls):
        name = field.name
        if name in data:
            values[field.alias] = _build(hints[name], data[name], f"{where}.{name}")
        elif name in _SPAN_FIELDS:
            values[field.alias] = 0
        elif name in _SPAN_ONLY_STORY_FIELDS:
            values[field.alias] = ()
        elif field.default is attrs.NOTHING:
            raise ValueError(f"{where}: missing required key {name!r}")
    return cls(**values)


def story_from_dict(data: Mapping[str, Any]) -> Story:
    """The :class:`~wirestory.Story` a :func:`to_dict` record describes.

    ``story_from_dict(to_dict(story, with_spans=True)) == story`` always. A
    record written without spans gives the story with offsets 0 and no segments.
    Keys this version does not know are ignored; a ``schema`` other than
    ``wirestory/1`` raises :class:`ValueError`.
    """
    if not isinstance(data, Mapping):
        raise TypeError(
            f"story_from_dict() takes a dict (a to_dict record), not {type(data).__name__}"
        )
    schema = data.get("schema", SCHEMA)
    if schema != SCHEMA:
        raise ValueError(f"cannot read schema {schema!r}; this wirestory reads {SCHEMA!r}")
    story: Story = _record(Story, data, "story")
    return story


# ---------------------------------------------------------------------------
# IPTC ninjs. Each mapping below turns one part of a story into ninjs 3.1
# properties; ninjs 2.1 is the same document with lower-case property names.
# A new Story field maps in by adding one small function to _NINJS_MAPPINGS.
# ---------------------------------------------------------------------------

DEFAULT_URI_PREFIX = "urn:wirestory:"
"""What :func:`uri_for` puts before the content hash unless told otherwise."""


def uri_for(story: Story, *, prefix: str = DEFAULT_URI_PREFIX) -> str:
    """A stable identifier derived from the story's content: ``prefix`` + a hash.

    The hash (SHA-256, first 32 hex digits) covers the headline, the body and the
    captions with their credits, so the same story gets the same ``uri`` in every
    run, whatever file or offset it came from; pass your own ``prefix``
    (``"https://example.com/stories/"``) to make it resolvable.

    >>> story = Story(headline="Rain", captions=(), marker=None, body=("Wet.",), segments=())
    >>> uri_for(story)
    'urn:wirestory:9cef475d23f88a0d92b3d34e14d3d22c'
    """
    content = [story.headline, list(story.body), [[c.text, c.credit] for c in story.captions]]
    digest = hashlib.sha256(json.dumps(content, ensure_ascii=False).encode("utf-8")).hexdigest()
    return prefix + digest[:32]


def _identity(story: Story, uri: str) -> dict[str, Any]:
    return {"uri": uri, "type": "text"}


def _headlines(story: Story, uri: str) -> dict[str, Any]:
    # headline → headlines[{role: main}]; the standfirst (a subtitle the site
    # shows under the headline) is the summary description.
    data: dict[str, Any] = {}
    if story.headline:
        data["headlines"] = [{"role": "main", "value": story.headline}]
    if story.standfirst:
        data["descriptions"] = [{"role": "summary", "value": story.standfirst}]
    return data


def _bodies(story: Story, uri: str) -> dict[str, Any]:
    # body → bodies[{role: text}]; paragraphs separated by a blank line.
    if not story.body:
        return {}
    value = "\n\n".join(story.body)
    return {
        "bodies": [
            {
                "role": "text",
                "contentType": "text/plain",
                "value": value,
                "charCount": len(value),
                "wordCount": len(value.split()),
            }
        ]
    }


def _pictures(story: Story, uri: str) -> dict[str, Any]:
    # each caption → a picture association; its credit is who made the picture.
    if not story.captions:
        return {}
    pictures = []
    for number, caption in enumerate(story.captions, start=1):
        picture: dict[str, Any] = {
            "name": f"picture{number}",
            "uri": f"{uri}/picture/{number}",
            "type": "picture",
            "descriptions": [{"role": "caption", "value": caption.text}],
        }
        if caption.credit:
            picture["by"] = caption.credit
        pictures.append(picture)
    return {"associations": pictures}


def _byline(story: Story, uri: str) -> dict[str, Any]:
    # byline → by (its first line as written: an organisation line printed under
    # it is already in the first line or in infoSources) and people[{rel: "author"}].
    if story.byline is None:
        return {}
    data: dict[str, Any] = {"by": " ".join(story.byline.raw.splitlines()[0].split())}
    if story.byline.names:
        data["people"] = [{"name": name, "rel": "author"} for name in story.byline.names]
    return data


def _contributors(story: Story, uri: str) -> dict[str, Any]:
    # trailer credits (Reporting by X; Editing by Y) → people[{rel: their role}].
    if not story.contributors:
        return {}
    return {"people": [{"name": c.name, "rel": c.role} for c in story.contributors]}


def _dateline(story: Story, uri: str) -> dict[str, Any]:
    # dateline place(s) and region → located (``LONDON/SINGAPORE`` → "LONDON, SINGAPORE").
    if story.dateline is None or not story.dateline.places:
        return {}
    parts = [*story.dateline.places, *([story.dateline.region] if story.dateline.region else [])]
    return {"located": ", ".join(parts)}


def _agencies(story: Story, uri: str) -> dict[str, Any]:
    # agencies the dateline names → infoSources[{role: "source"}].
    if story.dateline is None or not story.dateline.agencies:
        return {}
    return {"infoSources": [{"name": name, "role": "source"} for name in story.dateline.agencies]}


def _trailers(story: Story, uri: str) -> dict[str, Any]:
    # advisories and notes kept out of the body → edNote, one per line.
    return {"edNote": "\n".join(story.notes)} if story.notes else {}


def _copyright(story: Story, uri: str) -> dict[str, Any]:
    # the copyright line → copyrightNotice.
    return {"copyrightNotice": story.copyright} if story.copyright else {}


NinjsMapping = Callable[[Story, str], dict[str, Any]]
"""One part of the ninjs mapping: the story and its ``uri`` in, ninjs 3.1 properties out."""

_NINJS_MAPPINGS: tuple[NinjsMapping, ...] = (
    _identity,
    _headlines,
    _byline,
    _contributors,
    _dateline,
    _agencies,
    _bodies,
    _pictures,
    _trailers,
    _copyright,
)
"""Applied in order; list-valued properties from several mappings are concatenated
(the byline's ``people`` and the contributors' ``people``, say)."""


def to_ninjs(story: Story, *, uri_prefix: str = DEFAULT_URI_PREFIX) -> dict[str, Any]:
    """The story as an IPTC ninjs 3.1 document (camelCase property names).

    headline → ``headlines[{role: "main"}]``, standfirst → ``descriptions[{role:
    "summary"}]``, byline → ``by`` and ``people[{rel: "author"}]``, trailer
    contributors → ``people[{rel: role}]``, dateline place → ``located``, its
    agencies → ``infoSources[{role: "source"}]``, body → ``bodies[{role: "text",
    contentType: "text/plain", value, charCount, wordCount}]``, each caption → an
    ``associations[]`` item of ``type: "picture"`` with ``descriptions[{role:
    "caption"}]`` and its credit in ``by``, notes and advisories → ``edNote``,
    copyright → ``copyrightNotice``; ``uri`` is :func:`uri_for` the story with
    ``uri_prefix``.
    """
    uri = uri_for(story, prefix=uri_prefix)
    document: dict[str, Any] = {}
    for mapping in _NINJS_MAPPINGS:
        for key, value in mapping(story, uri).items():
            if isinstance(value, list) and isinstance(document.get(key), list):
                document[key] = document[key] + value
            else:
                document[key] = value
    return document


def _lowercase_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {key.lower(): _lowercase_keys(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_lowercase_keys(item) for item in value]
    return value


def to_ninjs2(story: Story, *, uri_prefix: str = DEFAULT_URI_PREFIX) -> dict[str, Any]:
    """The story as an IPTC ninjs 2.1 document: :func:`to_ninjs` with 2.1's
    lower-case property names (``contenttype``, ``charcount``, ...)."""
    document: dict[str, Any] = _lowercase_keys(to_ninjs(story, uri_prefix=uri_prefix))
    return document


def _contributors_text(contributors: tuple[Contributor, ...]) -> str:
    """``Reporting by Jane Doe in Cairo and Sam Poe; Editing by Ann Lee`` (one phrase
    per run of the same role), ``Sam Poe in New York contributed``."""
    phrases = []
    for role, group in itertools.groupby(contributors, key=operator.attrgetter("role")):
        who = " and ".join(c.name + (f" in {c.place}" if c.place else "") for c in group)
        phrases.append(
            f"{who} contributed" if role == "contributing" else f"{role.capitalize()} by {who}"
        )
    return "; ".join(phrases)


def to_text(story: Story) -> str:
    """The clean story as plain text, every field a reader needs, in reading order:
    headline, standfirst, captions (each with its credit in parentheses), byline
    (as written), body paragraphs with the dateline opening the first, then the
    contributors, the notes and the copyright line; blocks separated by a blank
    line. Only the site's marker and the lines kept out of every field
    (duplicates, furniture) are left out.

    >>> story = Story(headline="Rain", captions=(), marker="TT", body=("Wet.", "Cold."),
    ...               segments=())
    >>> print(to_text(story), end="")
    Rain
    <BLANKLINE>
    Wet.
    <BLANKLINE>
    Cold.
    """
    blocks = [story.headline] if story.headline else []
    if story.standfirst:
        blocks.append(story.standfirst)
    if story.captions:
        blocks.append(
            "\n".join(f"{c.text} ({c.credit})" if c.credit else c.text for c in story.captions)
        )
    if story.byline is not None:
        blocks.append(story.byline.raw)
    body = list(story.body)
    if story.dateline is not None:
        # As the wire prints it: "WASHINGTON (AP) — The Senate passed ...".
        if body:
            body[0] = f"{story.dateline.raw} {body[0]}"
        else:
            body.append(story.dateline.raw)
    blocks.extend(body)
    if story.contributors:
        blocks.append(_contributors_text(story.contributors))
    blocks.extend(story.notes)
    if story.copyright:
        blocks.append(story.copyright)
    return "\n\n".join(blocks) + "\n"
