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

import wirestory
from wirestory import ParseOptions
from wirestory.cli import main
from wirestory.lines import split_lines

_PAGE = ParseOptions(layout="page")

_HEAD = (
    "Harbour pilots strike over pay | The Daily Example\n"
    "\n"
    "Skip to main content\n"
    "News\n"
    "Sport\n"
    "\n"
    "Harbour pilots strike over pay\n"
    "\n"
)
_TAIL = "\nRelated stories\nCouncil election date confirmed\nAbout us\nPrivacy Policy\n"
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
    text = _HEAD + _WRAPPED + _TAIL
    story = wirestory.parse_story(text, options=_PAGE)
    unwrapped = wirestory.parse_story(_HEAD + _unwrapped(_WRAPPED) + _TAIL, options=_PAGE)
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
