"""variants39: no-break spaces read as spaces, measured as written.

split_lines reads a no-break space (U+00A0) inside a line holding more as a
space (variants38). A text-mode browser's wrap keeps the words a no-break
space holds together on one line, so a hard-wrapped page's line may stop well
short of the width before them (``… the union said it`` /
``“was”\u00a0“ready”\u00a0“to”…``); the wrap's measure of the next line's first
word reads the line as written (``Line.written``), or the paragraph's tail was
a short block of its own, dropped with the paragraph at the story's edge,
silently.

Every story written here is invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_cases import rebuild
from test_variants38 import PAGE_HEAD, PAGE_TAIL

import wirestory
from wirestory import ParseOptions
from wirestory.cli import main
from wirestory.lines import split_lines

_PAGE = ParseOptions(layout="page")

# Wrapped at 60 characters; the last paragraph's second line stops at 41,
# its next words held together by no-break spaces.
_WRAPPED = (
    "The pilots walked off the job on Monday and the union said\n"
    "that the crews would stay out until the port offered them\n"
    "a better deal on pay before the winter.\n"
    "\n"
    "Ships waited outside the breakwater for most of the day and\n"
    "the authority looked for relief crews along the whole coast.\n"
    "\n"
    "There was no sign of the crews on the quay for most of the\n"
    "day, but by the evening the union said it\n"
    "“was”\u00a0“ready”\u00a0“to”\u00a0“talk”\u00a0“again”.\n"
)


def _unwrapped(text: str) -> str:
    """The page with each paragraph's lines joined, as the browser showed it."""
    return "\n\n".join(" ".join(block.splitlines()) for block in text.split("\n\n"))


def test_a_wrapped_paragraph_held_by_no_break_spaces_stays_whole() -> None:
    """The last paragraph, whose tail a wrap moved whole (no-break spaces),
    is read with its lines joined, in the body, as the page unwrapped."""
    text = PAGE_HEAD + _WRAPPED + PAGE_TAIL
    story = wirestory.parse_story(text, options=_PAGE)
    unwrapped = wirestory.parse_story(PAGE_HEAD + _unwrapped(_WRAPPED) + PAGE_TAIL, options=_PAGE)
    assert len(story.body) == 3
    assert story.body == unwrapped.body
    assert story.body[-1].endswith("“was” “ready” “to” “talk” “again”.")
    assert text == rebuild(text, [story])


_WIRE_STORY = (
    "Ferry Strike Halts Island Crossings\n"
    "\n"
    "\u200bBy Jane Roe\n"
    "\n"
    "PORT ELLIS (Reuters)\u00a0- Ferry crews walked out on Monday over pay, halting"
    " crossings to the islands for the first time in a decade.\n"
    "\n"
    "The union said the strike would last 48\u00a0hours.\n"
)


def test_parsing_in_parallel_reads_no_break_spaces_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """A large file's batches are sent to the workers as written and read
    again there: the stories (the wrapped page, wire copy with no-break
    spaces and a zero-width space opening the byline's line) come back with
    the fields and offsets they have with --jobs 1."""
    from wirestory import runner

    monkeypatch.setattr(runner, "SMALL_FILE", 100)
    monkeypatch.setattr(runner, "BATCH_CHARACTERS", 700)
    path = tmp_path / "dump.txt"
    path.write_text("\n\n\n".join([_WIRE_STORY] * 12), encoding="utf-8")
    assert main(["parse", "--with-spans", "--jobs", "1", str(path)]) == 0
    sequential = capsysbinary.readouterr().out
    assert main(["parse", "--with-spans", "--jobs", "2", str(path)]) == 0
    parallel = capsysbinary.readouterr().out
    records = [json.loads(line) for line in sequential.splitlines()]
    assert len(records) == 12
    assert all(record["dateline"] is not None for record in records)
    assert parallel == sequential


def test_a_line_read_otherwise_keeps_its_text_as_written() -> None:
    """A line whose no-break spaces or opening invisible characters are read
    as spaces keeps its text as written, the same length; a line of white
    space alone, and a line holding none, have none."""
    lines = list(split_lines(["ROME\u00a0(AP)\u00a0-\n\u00a0\n\u200bBy Jane Roe\nThe port\n"]))
    assert [(line.text, line.written) for line in lines] == [
        ("ROME (AP) -", "ROME\u00a0(AP)\u00a0-"),
        ("\u00a0", None),
        (" By Jane Roe", "\u200bBy Jane Roe"),
        ("The port", None),
    ]


def test_a_byline_with_no_break_spaces_keeps_them_in_its_raw_text() -> None:
    """``By\u00a0Jane\u00a0Roe`` is read (its names), and its raw text is as
    written, as before split_lines read the no-break spaces as spaces."""
    text = _PLAIN_WIRE.replace("By Jane Roe", "By\u00a0Jane\u00a0Roe")
    (story,) = wirestory.parse(text)
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)
    assert story.byline.raw == "By\u00a0Jane\u00a0Roe"


_PLAIN_WIRE = _WIRE_STORY.replace("\u200b", "").replace("\u00a0", " ")


def _wire_fields(story: wirestory.Story) -> tuple[object, ...]:
    return (
        story.headline,
        None if story.byline is None else story.byline.names,
        None if story.dateline is None else story.dateline.places,
        None if story.dateline is None else story.dateline.agencies,
        story.body,
    )


@pytest.mark.parametrize(
    ("written", "invisible"),
    [
        ("PORT ELLIS", "PORT EL\u200bLIS"),
        ("PORT ELLIS", "PORT\u2060 ELLIS"),
        ("By Jane", "By\ufeff Jane"),
        ("Jane Roe", "Jane\u200b Roe"),
        ("Reuters", "Reu\u00adters"),
        ("Reuters", "Reu\u200dters"),
        ("PORT ELLIS", "PORT EL\u00adLIS"),
    ],
    ids=[
        "zero-width-space-in-the-place",
        "word-joiner-after-a-word",
        "bom-after-by",
        "zero-width-space-after-the-name",
        "soft-hyphen-in-the-agency",
        "zero-width-joiner-in-the-agency",
        "soft-hyphen-in-the-place",
    ],
)
def test_invisible_characters_inside_words_leave_a_wire_storys_reading(
    written: str, invisible: str
) -> None:
    """A zero-width space, word joiner, BOM, soft hyphen or zero-width joiner
    a scraper left inside or after a dateline's or a byline's word is read
    past: the byline's names, the dateline's places and agencies and the body
    are as without it (the dateline and the byline were read as body text,
    silently); the byline's raw text keeps the characters as written, the
    dateline's those normalization keeps, and the text rebuilds whole."""
    varied = _PLAIN_WIRE.replace(written, invisible)
    (plain,) = wirestory.parse(_PLAIN_WIRE)
    (story,) = wirestory.parse(varied)
    assert plain.byline is not None
    assert plain.dateline is not None
    assert _wire_fields(story) == _wire_fields(plain)
    assert story.byline is not None
    assert story.dateline is not None
    # The byline's raw text is as written; the dateline's, as normalization
    # gives it (dropping U+200B, U+2060 and U+FEFF, keeping a soft hyphen).
    assert story.byline.raw in varied
    assert story.dateline.raw in wirestory.normalize(varied)
    assert varied == rebuild(varied, [story])


@pytest.mark.parametrize(
    ("dateline", "places"),
    [
        ("WASH\u00adINGTON (AP) \u2014", ("WASHINGTON",)),
        ("WASHINGTON\u00a0(AP)\u00a0\u2014", ("WASHINGTON",)),
        ("\u200bWASHINGTON (AP) \u2014", ("WASHINGTON",)),
    ],
    ids=["soft-hyphen", "no-break-spaces", "zero-width-space-opening"],
)
def test_a_wire_dateline_written_with_invisible_characters(
    dateline: str, places: tuple[str, ...]
) -> None:
    """``WASH\u00adINGTON (AP) —`` (and with no-break spaces, or a zero-width
    space opening the line) opens the story's first paragraph as its
    dateline, the body starting at its first word."""
    text = _PLAIN_WIRE.replace("PORT ELLIS (Reuters) -", dateline)
    (story,) = wirestory.parse(text)
    assert story.dateline is not None
    assert story.dateline.places == places
    assert story.dateline.agencies == ("Associated Press",)
    assert story.body[0].startswith("Ferry crews walked out")
    assert text == rebuild(text, [story])
