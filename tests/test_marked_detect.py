"""The marked layout's detect() answers the same whether it was asked before
about the same first line (story splitting asks over the lines that follow in
the dump, the roles over the story's own lines) or not."""

from __future__ import annotations

from itertools import islice

from hypothesis import given
from hypothesis import strategies as st
from strategies import header_lines

from wirestory import ParseOptions
from wirestory.layouts.marked import detect, find_marker, header_look
from wirestory.lines import BLANK_CHARS, Line, split_lines

_OPTIONS = ParseOptions(max_header_lines=6)


def _fresh(lines: list[Line]) -> list[Line]:
    """The same lines as new objects: detect() has never seen them."""
    return [Line(*line) for line in lines]


@given(header_lines, st.integers(0, 40), st.integers(0, 12))
def test_detect_answers_alike_asked_twice(text: str, start: int, size: int) -> None:
    """Over the dump's lines from ``start``, then over the first ``size`` of
    them (a story cut there) or over all (a longer story): each answer is the
    one given to lines detect() never saw."""
    lines = list(split_lines([text]))
    if start >= len(lines):
        return
    window = lines[start : start + 1 + _OPTIONS.max_header_lines]
    story = lines[start : start + 1 + size]
    for first, second in ((window, story), (story, window), (window, lines[start:])):
        assert detect(_fresh(first), 0, _OPTIONS) == detect(first, 0, _OPTIONS)
        assert detect(_fresh(second), 0, _OPTIONS) == detect(second, 0, _OPTIONS)


def test_detect_looks_again_at_a_changed_line() -> None:
    """A line the roles set aside (too long: its text blanked) is a new object:
    the story is looked at again, and here the blank it leaves lets the
    headline's repeat be found."""
    text = "Storm hits coast\n\nA flooded street. (AFP)\nXX\n"
    lines = list(split_lines([text + text.replace("XX\n", "")]))
    assert detect(lines, 0, _OPTIONS) is None
    blanked = [*lines[:3], lines[3]._replace(text=""), *lines[4:]]
    assert detect(blanked, 0, _OPTIONS) == detect(_fresh(blanked), 0, _OPTIONS)
    assert detect(blanked, 0, _OPTIONS) is not None


@given(header_lines, st.integers(0, 40))
def test_one_look_finds_the_marker_and_the_candidates(text: str, start: int) -> None:
    """detect() reads the lines under a headline once: the marker found is
    find_marker's, the look stops past the second of two blank lines, and the
    candidate repeats are the lines after a blank line, below a line shown
    under the headline, of half to twice the headline's length."""
    lines = list(split_lines([text]))
    if start >= len(lines):
        return
    end = min(len(lines), start + 1 + _OPTIONS.max_header_lines)
    marker, shaped, stop = header_look(lines, start, end, _OPTIONS.markers)
    position = find_marker(islice(lines, start + 1, end), _OPTIONS)
    assert marker == (None if position is None else start + 1 + position)
    if marker is not None:
        return
    blank = [not line.text.strip(BLANK_CHARS) for line in lines]
    ends = [i for i in range(start + 2, end) if blank[i] and blank[i - 1]]
    assert stop == (ends[0] + 1 if ends else end)
    size = len(lines[start].text)
    assert shaped == [
        i
        for i in range(start + 1, stop)
        if not blank[i]
        and blank[i - 1]
        and i - 1 > start
        and not all(blank[start + 1 : i])
        and size / 2 <= len(lines[i].text) <= 2 * size + 2
    ]
