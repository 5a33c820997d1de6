"""The wirestory command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from wirestory.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_cli_prints_one_json_object_per_story(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each story becomes one JSON line with its fields."""
    path = tmp_path / "dump.txt"
    path.write_text("First\n\nOne.\n\n\nSecond\n\nTwo.\n", encoding="utf-8")
    assert main([str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["headline"] for line in lines] == ["First", "Second"]


def test_cli_curly_quotes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--quotes curly gives typographic quotes in every field."""
    path = tmp_path / "dump.txt"
    path.write_text("Baghdad's \"Zone\"\n\nIt's '90s news.\n", encoding="utf-8")
    assert main(["--quotes", "curly", str(path)]) == 0
    story = json.loads(capsys.readouterr().out)
    assert (story["headline"], story["body"]) == ("Baghdad’s “Zone”", ["It’s ’90s news."])


def test_cli_strict_exit_code_and_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--strict stops at the first problem with exit 1 and path:line:col."""
    path = tmp_path / "dump.txt"
    path.write_text("Headline\n", encoding="utf-8")
    assert main(["--strict", str(path)]) == 1
    assert capsys.readouterr().err.strip() == f"{path}:1:1: story has no body paragraphs"


def test_cli_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    """A missing file is exit 2 with a one-line message, not a traceback."""
    assert main(["/nonexistent/dump.txt"]) == 2
    assert "No such file" in capsys.readouterr().err


def test_python_m_runs_on_the_example() -> None:
    """python -m wirestory on the example dump prints its three stories."""
    result = subprocess.run(
        [sys.executable, "-m", "wirestory", str(EXAMPLES / "dump.txt")],
        capture_output=True,
        text=True,
        check=True,
        encoding="utf-8",
    )
    stories = [json.loads(line) for line in result.stdout.splitlines()]
    assert [s["marker"] for s in stories] == ["TT", "TT", "TT"]
    assert stories[1]["captions"][1]["credit"] == "Photo: Antiquities Authority"
