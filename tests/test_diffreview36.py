"""Findings of a read-only review of the 2026-12-06 session's diff, each fixed:
a dateline cut from a line a converter marked (``## BERGEN, June 2 (NTB) -``,
``> …``) kept the marks' width out of its segment, so the segment ended
inside the dateline and the rest went to the body's segment (the fields were
right, the record's offsets not); a line of several spans in emphasis
(``**By Nora Lind** and **Per Holm**``) was read as one span, its inner marks
left half; ``trailers.signed_address`` raised on a blank line.

Every page here is invented, in the shape of a converter's output.
"""

from __future__ import annotations

import pytest

import wirestory
from wirestory.lines import split_lines
from wirestory.markdown import markdown_view
from wirestory.trailers import signed_address

_LEAD = (
    "Harbour pilots voted on Tuesday to stop work at the river port from Friday, the union said."
)
_SECOND = (
    "The port authority said it would keep the container berths open with managers at the helm."
)
_THIRD = "Talks between the two sides are set to resume at the labour court on Thursday morning."


def _page(opening: str, byline: str = "**By Nora Lind**") -> str:
    return (
        "# Harbour pilots vote to strike at river port\n\n"
        "* [Home](https://vale.example/)\n* [Ports](https://vale.example/ports)\n\n"
        f"{byline}\n\n"
        f"{opening}BERGEN, June 2 (NTB) - {_LEAD}\n\n"
        f"{_SECOND} Read [the notice](https://vale.example/n).\n\n{_THIRD}\n"
    )


@pytest.mark.parametrize("opening", ["## ", "> ", "### ", ""])
def test_a_dateline_segment_spans_the_printed_dateline(opening: str) -> None:
    text = _page(opening)
    [story] = wirestory.parse(text)
    assert story.dateline is not None
    assert story.dateline.raw == "BERGEN, June 2 (NTB) -"
    [dateline] = [s for s in story.segments if s.role.value == "dateline"]
    assert text[dateline.start : dateline.end] == f"{opening}BERGEN, June 2 (NTB) - "
    rest = [s for s in story.segments if s.line == dateline.line and s is not dateline]
    assert [text[s.start : s.end].strip() for s in rest] == [_LEAD]
    assert story.body[0] == _LEAD
    # Lossless: the segments still rebuild the text.
    assert "".join(text[s.start : s.end] for s in story.segments) == text


@pytest.mark.parametrize(
    "line",
    ["**By Nora Lind** and **Per Holm**", "_By Nora Lind_, _Per Holm_", "**BERGEN** — a **b**"],
)
def test_several_spans_in_emphasis_are_not_read_as_one(line: str) -> None:
    lines = list(split_lines([_page("", byline=line)]))
    view = markdown_view(lines, "".join(item.text for item in lines))
    assert view is not None
    [read] = [item.text for item in view.lines if "Nora" in item.text or "BERGEN" in item.text][:1]
    mark = "**" if "**" in line else "_"
    # Each span's marks read both or neither: never one span's closing mark
    # left glued to a name (``Lind** and **Per``).
    assert read.count(mark) % 2 == 0
    assert read.strip() in {line, line.replace(mark, " " * len(mark)).strip()}


def test_a_line_in_emphasis_alone_is_still_read_without_its_marks() -> None:
    [story] = wirestory.parse(_page(""))
    assert story.byline is not None
    assert story.byline.names == ("Nora Lind",)


@pytest.mark.parametrize("text", ["", "   ", "\t", "nora@vale.example"])
def test_no_signed_address_without_words_before_it(text: str) -> None:
    assert signed_address(text) is False


def test_a_signed_address_is_still_read() -> None:
    assert signed_address("Nora Lind, nora.lind@vale.example") is True
