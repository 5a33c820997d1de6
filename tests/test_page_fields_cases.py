"""Fields found in whole pages: ``cases_pages/NAME.txt`` in, ``cases_pages/NAME.json`` expected.

Each case is an invented news page (menus, a ``Headline | Site`` title line,
share buttons, related links, footer) in a shape seen in real page text:
bylines such as ``By Name``, ``Name @handle``, ``Name - Nov 19, 2019, 10:31 pm
CST``, ``**By Name**`` or after the body; datelines ``CITY:``, ``CITY, Mon DD:``,
``CITY --``, ``CITY-``; captions whose credit ends the line, follows on the next
line or stands on the line before. The JSON pins down ``headline``,
``authors`` (the byline's names), ``captions`` (``text`` and ``credit``),
``dateline`` (its raw text, or null), ``first_paragraph`` (the body's first
paragraph, dateline cut off) and, when present, ``contributors`` (names in a
trailer), ``last_paragraph`` (the body's last paragraph: nothing cut off the
story's end, nothing glued to it), ``diagnostics`` (the codes the story
carries, in order: a guess that could be wrong says so) and ``standfirst``. Every page must be
read as a ``page`` when the parser chooses.

Each field of each case is one test. Fields the parser gets wrong today are in
``KNOWN_FAILURES`` below, with the reason, as strict xfails: a fix makes them
pass, and the strict mark then fails until the entry is removed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import wirestory

CASES = Path(__file__).parent / "cases_pages"
NAMES = sorted(p.stem for p in CASES.glob("*.txt"))
FIELDS = (
    "layout",
    "headline",
    "authors",
    "captions",
    "dateline",
    "first_paragraph",
    "contributors",
    "last_paragraph",
    "diagnostics",
    "standfirst",
)

# The table of known failures: (case, field) -> what the parser does not handle
# yet (issue #15; the form's name matches the analysis that proposes the rule).
_DATELINE = "dateline form not recognised: {}"
KNOWN_FAILURES: dict[tuple[str, str], str] = {
    ("seo_title_by_updated", "captions"): "a caption with no credit is read as body",
    ("tabloid_boxes_between_captions", "last_paragraph"): (
        "a short sentence and a last paragraph under a 'DON'T MISS' box are left out "
        "(story-ended-at-listing says so)"
    ),
}


def load(name: str) -> tuple[str, dict[str, Any]]:
    """A case's page text and its expected fields."""
    text = (CASES / f"{name}.txt").read_text(encoding="utf-8")
    expected = json.loads((CASES / f"{name}.json").read_text(encoding="utf-8"))
    return text, {"layout": "page", **expected}


def found(story: wirestory.Story) -> dict[str, Any]:
    """The fields a case file pins down, as the story gives them."""
    return {
        "layout": story.layout,
        "headline": story.headline,
        "authors": list(story.byline.names) if story.byline else [],
        "captions": [{"text": c.text, "credit": c.credit} for c in story.captions],
        "dateline": story.dateline.raw if story.dateline else None,
        "first_paragraph": story.body[0] if story.body else None,
        "contributors": [c.name for c in story.contributors],
        "last_paragraph": story.body[-1] if story.body else None,
        "diagnostics": [d.code for d in story.diagnostics],
        "standfirst": story.standfirst,
    }


def page_case(cases: Path, name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The fields ``cases/NAME.txt`` gives, read as the parser chooses, beside
    those ``cases/NAME.json`` pins down (and ``layout`` ``page``): the whole
    pages of the held-out rounds' folders, each in this module's format."""
    text = (cases / f"{name}.txt").read_text(encoding="utf-8")
    expected = {"layout": "page", **json.loads((cases / f"{name}.json").read_text("utf-8"))}
    story = wirestory.parse(text)[0]
    return {field: found(story)[field] for field in expected}, expected


def _params() -> list[Any]:
    params = []
    for name in NAMES:
        expected = load(name)[1]
        for field in FIELDS:
            if field not in expected:
                continue
            reason = KNOWN_FAILURES.get((name, field))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            params.append(pytest.param(name, field, id=f"{name}-{field}", marks=marks))
    return params


def test_the_cases_are_pages_of_the_documented_size() -> None:
    """8 to 40 cases, each 30 to 60 lines, with every field of the file format
    present, and every known failure naming a case and field that exist."""
    assert 8 <= len(NAMES) <= 40
    for name in NAMES:
        text, expected = load(name)
        assert 30 <= len(text.splitlines()) <= 60, name
        assert set(expected) >= set(FIELDS) - {
            "contributors",
            "last_paragraph",
            "diagnostics",
            "standfirst",
        }, name
    assert {name for name, _ in KNOWN_FAILURES} <= set(NAMES)
    assert {field for _, field in KNOWN_FAILURES} <= set(FIELDS)


@pytest.mark.parametrize(("name", "field"), _params())
def test_page_field(name: str, field: str) -> None:
    """``parse_story`` on the page text gives the expected value of the field."""
    text, expected = load(name)
    assert expected[field] == found(wirestory.parse_story(text))[field]
