"""What CONTRIBUTING.md and SECURITY.md promise is there and works."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _script(name: str) -> ModuleType:
    """scripts/NAME.py as a module (the folder is not a package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


draft_case = _script("draft_case")


def test_contributing_and_security_say_the_essentials() -> None:
    """The set-up, the checks, labelled cases and releases; a private way to report."""
    contributing = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    for needed in (
        "pip install -e '.[test,dev,docs]'",
        "bash .ci/run",
        "tests/cases/",
        "scripts/draft_case.py",
        "git tag",
        "## [Unreleased]",
    ):
        assert needed in contributing, needed
    security = (ROOT / "SECURITY.md").read_text(encoding="utf-8")
    assert "privately" in security
    assert "https://github.com/wirestory/wirestory/security/advisories/new" in security


@pytest.mark.parametrize("name", ["no_photo", "wire_ap", "long_marked_accented"])
def test_draft_case_reproduces_a_passing_case(name: str) -> None:
    """For a case the parser gets right, the draft is the case file, line for line."""
    # read_text: a Windows checkout may have turned the LF of the file into CRLF.
    expected = (ROOT / "tests" / "cases" / f"{name}.json").read_text(encoding="utf-8")
    title = json.loads(expected)["title"]
    assert draft_case.draft(name, title) + "\n" == expected


def test_draft_case_leaves_existing_files_alone(capsys: pytest.CaptureFixture[str]) -> None:
    """Without --force an existing JSON file is not overwritten; a missing text is an error."""
    path = ROOT / "tests" / "cases" / "no_photo.json"
    before = path.read_bytes()
    assert draft_case.main(["no_photo", "a title"]) == 1
    assert path.read_bytes() == before
    assert "exists" in capsys.readouterr().err
    assert draft_case.main(["no-such-case", "a title"]) == 1
    assert "write tests/cases/no-such-case.txt first" in capsys.readouterr().err
