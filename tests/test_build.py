"""Which build is installed, the pure-Python one or the optional compiled one
(mypyc, docs/performance.md), and that it says so."""

from __future__ import annotations

import importlib
import types
from importlib.machinery import EXTENSION_SUFFIXES

import pytest

import wirestory
from wirestory.cli import main

# Hot modules the compiled build compiles (pyproject.toml's mypyc hook).
HOT = (
    "wirestory.lines",
    "wirestory.captions",
    "wirestory.layouts.page",
    "wirestory.layouts.marked",
    "wirestory.enrich",
    "wirestory.normalizing",
    "wirestory.grouping",
    "wirestory.model",
    "wirestory.state",
)


def _is_extension(name: str) -> bool:
    return str(importlib.import_module(name).__file__).endswith(tuple(EXTENSION_SUFFIXES))


@pytest.mark.parametrize("name", HOT)
def test_compiled_flag_matches_the_modules(name: str) -> None:
    """COMPILED is True exactly when the hot modules are extensions, whose own
    functions are built-ins (compiled) rather than Python functions."""
    module = importlib.import_module(name)
    builtins = [
        value
        for value in vars(module).values()
        if isinstance(value, types.BuiltinFunctionType)
        and getattr(value, "__module__", None) == name
    ]
    assert _is_extension(name) is wirestory.COMPILED
    assert bool(builtins) is wirestory.COMPILED


def test_version_names_the_build(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    build = "compiled with mypyc" if wirestory.COMPILED else "pure Python"
    assert capsys.readouterr().out.strip() == f"wirestory {wirestory.__version__} ({build})"
