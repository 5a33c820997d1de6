"""The code in the documentation runs.

Examples written as ``>>>`` sessions run as doctests (pytest's --doctest-glob over
docs/ and README.md). The scripts here are the other examples: every one must
compile, and the Dask one is run for real on a local cluster.
"""

from __future__ import annotations

import os
import pydoc
import re
import shutil
from pathlib import Path

import attrs
import pytest

from wirestory import ParseOptions

ROOT = Path(__file__).resolve().parent.parent
_BLOCK = re.compile(r"```python\n(.*?)```", re.S)


def _scripts() -> list[tuple[str, str]]:
    found = []
    for page in sorted([*(ROOT / "docs").glob("*.md"), ROOT / "README.md"]):
        for number, block in enumerate(_BLOCK.findall(page.read_text(encoding="utf-8"))):
            if ">>>" not in block:
                found.append((f"{page.name}#{number}", block))
    return found


SCRIPTS = _scripts()


def test_there_are_scripts_to_check() -> None:
    """The scan finds the scripts of docs/scale.md (Dask and Spark)."""
    assert {name.split("#")[0] for name, _ in SCRIPTS} >= {"scale.md"}


@pytest.mark.parametrize(("name", "code"), SCRIPTS, ids=[name for name, _ in SCRIPTS])
def test_script_compiles(name: str, code: str) -> None:
    """Every script example in the docs is valid Python."""
    compile(code, name, "exec")


@pytest.mark.timeout(180)
def test_dask_example_runs(tmp_path: Path) -> None:
    """docs/scale.md's Dask example runs on a local cluster over example dumps."""
    pytest.importorskip("distributed")
    [code] = [code for name, code in SCRIPTS if "LocalCluster" in code]
    (tmp_path / "dumps").mkdir()
    shutil.copy(ROOT / "examples" / "dump.txt", tmp_path / "dumps" / "a.txt")
    shutil.copy(ROOT / "tests" / "cases" / "wire_ap.txt", tmp_path / "dumps" / "b.txt")
    cwd = Path.cwd()
    os.chdir(tmp_path)
    try:
        exec(compile(code, "scale.md", "exec"), {"__name__": "__main__"})
    finally:
        os.chdir(cwd)


def test_help_lists_every_option_with_its_default() -> None:
    """help(ParseOptions) shows each option and its default: attribute docstrings are
    invisible to help(), so the class docstring lists them (found by a new user)."""
    text = pydoc.render_doc(ParseOptions, renderer=pydoc.plaintext)
    for field in attrs.fields(ParseOptions):
        default = field.default
        if isinstance(default, (bool, int, str, tuple, type(None))):
            shown = f"{default:_}" if isinstance(default, int) and default > 9999 else repr(default)
            assert f"``{field.name}={shown.replace(chr(39), chr(34))}``" in text, field.name
        else:  # a record or other object: shown by the name of the constant it is
            assert f"``{field.name}=" in text, field.name
