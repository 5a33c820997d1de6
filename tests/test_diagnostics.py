"""The diagnostics registry: every code a story can carry and every rule a
segment can name is registered, documented, and nothing else is emitted."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import attrs
import pytest

import wirestory
from wirestory.diagnostics import CODES, RULES
from wirestory.state import Problem

TESTS = Path(__file__).resolve().parent
DOCS = TESTS.parent / "docs" / "diagnostics.md"
PACKAGE = Path(wirestory.__file__).resolve().parent

# Inputs that reach the rarer rules: limits, NULs, control characters, a page.
_HOSTILE = (
    "x" * 200 + "\n\nA line.\n",
    "Head\x00line\n\nBody\x00 text.\n",
    "Head\n\n\x01\x02\n",
    "TT\n\nOnly a marker above.\n",
    "Title\n\nA caption\nA caption\nTT\n\nTitle\n\nOther\n\nBody text here.\n",
    "",
    "\n\n\n",
)
_LIMITS = wirestory.ParseOptions(max_line_chars=100, max_story_chars=150)


def _stories() -> list[wirestory.Story]:
    stories: list[wirestory.Story] = []
    for path in sorted((TESTS / "cases").glob("*.txt")):
        stories += wirestory.parse(path.read_text(encoding="utf-8"))
    for text in _HOSTILE:
        stories += wirestory.parse(text, options=_LIMITS)
        stories += wirestory.parse(text)
    return stories


def _check(stories: list[wirestory.Story]) -> tuple[set[str], set[str]]:
    rules = {segment.rule for story in stories for segment in story.segments}
    codes = {d.code for story in stories for d in story.diagnostics}
    assert rules - RULES.keys() == set()
    assert codes - CODES.keys() == set()
    return rules, codes


def test_every_rule_and_code_of_the_labelled_cases_is_registered() -> None:
    """Parsing every labelled case and a few hostile inputs gives only registered
    rule names and diagnostic codes, and reaches most codes."""
    rules, codes = _check(_stories())
    assert {"line-too-long", "story-too-large", "nul-character", "no-headline"} <= codes
    assert {"repeated-headline", "marker", "paragraph", "dateline"} <= rules


@pytest.mark.corpus
def test_every_rule_of_the_corpus_pages_is_registered(shared: Path) -> None:
    """The page layout composes rule names from a block's place and judgment;
    every one it gives on the 135 labelled pages is registered."""
    pages = shared / "corpus" / "page_fields" / "pages.jsonl"
    stories = [
        wirestory.parse_story(json.loads(line)["text"])
        for line in pages.read_text(encoding="utf-8").splitlines()
    ]
    rules, _ = _check(stories)
    assert any(rule.startswith("before-story:") for rule in rules)


def _literals(call: ast.Call, position: int) -> list[str]:
    if len(call.args) > position and isinstance(call.args[position], ast.Constant):
        value = call.args[position].value  # type: ignore[attr-defined]
        return [value] if isinstance(value, str) else []
    return []


def test_every_literal_rule_and_code_in_the_source_is_registered() -> None:
    """Every string literal given as a rule to ``claim`` or as a code to
    ``Problem`` in the package's source is registered (a static check that
    also covers rules no test input reaches)."""
    unregistered = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name in ("claim", "_claim"):
                found = _literals(node, 2) + _literals(node, 3)
                unregistered += [(path.name, rule) for rule in found if rule not in RULES]
            elif name == "Problem":
                unregistered += [(path.name, c) for c in _literals(node, 0) if c not in CODES]
    assert unregistered == []


def test_a_problem_with_an_unregistered_code_cannot_be_made() -> None:
    """The registry is enforced where problems are made."""
    with pytest.raises(ValueError, match=r"'made-up' is not in wirestory.diagnostics.CODES"):
        Problem("made-up", "nothing", 0)


def test_every_code_and_rule_is_documented() -> None:
    """docs/diagnostics.md has a row for every code (with its severity) and rule."""
    text = DOCS.read_text(encoding="utf-8")
    for code in CODES.values():
        assert f"| `{code.name}` | {code.severity} |" in text
    for rule in RULES:
        assert f"| `{rule}` |" in text


def test_codes_are_frozen_records() -> None:
    """The registry's records cannot be changed by a caller."""
    code = CODES["no-body"]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        code.severity = "info"  # type: ignore[misc]
    with pytest.raises(TypeError):
        CODES["x"] = code  # type: ignore[index]
