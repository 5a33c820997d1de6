"""The layout variants, as labelled cases: ``cases/NAME.txt`` in, ``cases/NAME.json`` expected."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import wirestory

CASES = Path(__file__).parent / "cases"
NAMES = sorted(p.stem for p in CASES.glob("*.txt"))


def load(name: str) -> tuple[str, dict[str, Any]]:
    """A case's input text (bytes as written, decoded) and its expected result."""
    text = wirestory.decode((CASES / f"{name}.txt").read_bytes())
    expected = json.loads((CASES / f"{name}.json").read_text(encoding="utf-8"))
    return text, expected


def fields(story: wirestory.Story) -> dict[str, Any]:
    """The fields a case file pins down."""
    dateline = story.dateline
    byline = story.byline
    return {
        "layout": story.layout,
        "headline": story.headline,
        "standfirst": story.standfirst,
        "captions": [[c.text, c.credit] for c in story.captions],
        "marker": story.marker,
        "body": list(story.body),
        "subheading_indices": list(story.subheading_indices),
        "diagnostics": [d.code for d in story.diagnostics],
        "dateline": None
        if dateline is None
        else [
            dateline.raw,
            list(dateline.places),
            dateline.region,
            dateline.date_text,
            list(dateline.agencies),
        ],
        "byline": None if byline is None else [byline.raw, list(byline.names), byline.organization],
        "caption_credits": [[c.agency, c.photographer, c.source] for c in story.captions],
        "contributors": [[c.name, c.role, c.place] for c in story.contributors],
        "copyright": story.copyright,
        "notes": list(story.notes),
    }


def is_blank(text: str) -> bool:
    """White space only, counting the invisible zero-width space, word joiner
    and BOM as white space (the documented meaning of a blank line)."""
    return not text.translate(dict.fromkeys(map(ord, "\u200b\u2060\ufeff"))).strip()


def rebuild(text: str, stories: list[wirestory.Story]) -> str:
    """The input rebuilt from the segments and the blank separators between them;
    fails if a separator holds anything but blank lines or segments overlap, or
    if a story was set aside on a defect of wirestory's (``internal-error``:
    lenient mode keeps the text, and hides the exception)."""
    pieces = []
    position = 0
    for story in stories:
        for diagnostic in story.diagnostics:
            assert diagnostic.code != "internal-error", diagnostic.message
        for segment in story.segments:
            assert segment.start >= position, "segments overlap or go backwards"
            gap = text[position : segment.start]
            assert is_blank(gap), f"non-blank text between stories: {gap!r}"
            pieces += [gap, text[segment.start : segment.end]]
            position = segment.end
    tail = text[position:]
    assert is_blank(tail), f"non-blank text after the last story: {tail!r}"
    return "".join([*pieces, tail])


@pytest.mark.parametrize("name", NAMES)
def test_case(name: str) -> None:
    """Each layout variant parses to exactly the stories its case file lists."""
    text, expected = load(name)
    stories = wirestory.parse(text)
    assert expected["stories"] == [fields(s) for s in stories]


@pytest.mark.parametrize("name", NAMES)
def test_case_is_lossless(name: str) -> None:
    """Segments plus separators rebuild each case's input exactly."""
    text, _ = load(name)
    assert text == rebuild(text, wirestory.parse(text))


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("ending", ["\r\n", "\r"], ids=["crlf", "lone-cr"])
def test_line_endings_do_not_change_the_result(name: str, ending: str) -> None:
    """CRLF and lone-CR files give the same stories as LF files."""
    text, expected = load(name)
    converted = text.replace("\n", ending)
    stories = wirestory.parse(converted)
    assert expected["stories"] == [fields(s) for s in stories]
    assert converted == rebuild(converted, stories)


@pytest.mark.parametrize("name", NAMES)
def test_bom_is_dropped_by_decode_and_harmless_in_text(name: str) -> None:
    """A UTF-8 BOM is removed by decode; left in a str it is in no field and
    no segment: it stands before the first story, as a separator does."""
    text, expected = load(name)
    assert wirestory.decode(b"\xef\xbb\xbf" + text.encode()) == text
    stories = wirestory.parse("\ufeff" + text)
    assert expected["stories"] == [fields(s) for s in stories]
    assert stories[0].segments[0].start == 1


@pytest.mark.parametrize(
    "separator",
    ["\n" * 3, "\n" * 4, "\n" * 7, "\n \n\t\n", "\n\t\n  \n \t \n\n\n\n"],
    ids=["2-blank", "3-blank", "6-blank", "2-spaces-tabs", "6-mixed"],
)
def test_stories_separated_by_blank_runs(separator: str) -> None:
    """A dump of every case joined by 2, 3 or 6 blank lines (some holding spaces
    or tabs) gives every case's stories, in order: the seed-layout cases in one
    dump, the others in another (a story without a marker cut from a marked one
    after fewer than three blank lines carries a possible-story-boundary
    diagnostic, which the cases' expected diagnostics do not hold)."""
    loaded = [load(n) for n in NAMES]
    for marked in (True, False):
        group = [(t, e) for t, e in loaded if (e["stories"][0]["layout"] == "marked") == marked]
        dump = separator.join(text.rstrip("\n") for text, _ in group) + "\n"
        stories = wirestory.parse(dump)
        assert [s for _, e in group for s in e["stories"]] == [fields(s) for s in stories]
        assert dump == rebuild(dump, stories)


def test_no_headline_or_caption_text_in_body() -> None:
    """Headlines and captions never leak into the body of any case, but for a
    headline the story itself flags as shown again in its body."""
    for name in NAMES:
        text, _ = load(name)
        for story in wirestory.parse(text):
            flagged = any(d.code == "headline-in-body" for d in story.diagnostics)
            for paragraph in story.body:
                assert story.headline != paragraph or flagged
                assert all(c.text not in paragraph for c in story.captions)
