"""Cutting text into lines, against the rule written out plainly: a line ends
at LF, CRLF, a lone CR or Unicode's line separator (U+2028), and its
terminator belongs to it."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st
from strategies import line_break_text

from wirestory.lines import Line, joined_text, split_lines


def _plain_lines(text: str) -> list[Line]:
    lines, start = [], 0
    for number, match in enumerate(re.finditer("([^\r\n\u2028]*)(\r\n|\r|\n|\u2028|$)", text), 1):
        if match.end() == start and start == len(text) and lines:
            break
        if not match.group(0):
            break
        lines.append(Line(match.group(1), start, match.end(), number))
        start = match.end()
    return lines


@given(line_break_text, st.lists(st.integers(1, 12), max_size=6))
def test_split_lines_follows_the_plain_rule(text: str, cuts: list[int]) -> None:
    """Whatever the mix of LF, CRLF, lone CR and U+2028 (the CRLF shortcut
    takes blocks whose every CR is a CRLF's and that hold no U+2028), and
    however the text is cut into blocks."""
    assert _plain_lines(text) == list(split_lines([text]))
    blocks, position = [], 0
    for size in cuts:
        blocks.append(text[position : position + size])
        position += size
    blocks.append(text[position:])
    assert _plain_lines(text) == list(split_lines(blocks))


def test_split_lines_of_windows_text() -> None:
    """A file saved with CRLF, and one mixing CRLF and LF, keep CR out of the text."""
    assert list(split_lines(["Storm\r\n\r\nHits\r\n"])) == [
        Line("Storm", 0, 7, 1),
        Line("", 7, 9, 2),
        Line("Hits", 9, 15, 3),
    ]
    assert list(split_lines(["a\r\nb\nc\r\nd"])) == [
        Line("a", 0, 3, 1),
        Line("b", 3, 5, 2),
        Line("c", 5, 8, 3),
        Line("d", 8, 9, 4),
    ]


def test_split_lines_tells_a_lone_cr_beside_crlf() -> None:
    """A block with as many CRLFs as other CRs, or a CR ending it, is no
    block of CRLF lines alone: its lone CR still ends a line (issue #17 finds
    each CR by str.find and asks for the line feed after it)."""
    for text in ("x\ry\r\n", "x\r\ny\r", "x\r\ny\rz\r\n", "\r\r\n\n", "x\r\n\ry\n"):
        assert list(split_lines([text])) == _plain_lines(text), text
        for cut in range(1, len(text)):
            assert list(split_lines([text[:cut], text[cut:]])) == _plain_lines(text), (text, cut)


@given(st.lists(st.text(alphabet=" \ta.\u00a0\u3000\x1c", max_size=6), min_size=1, max_size=3))
def test_a_paragraph_of_one_line_reads_as_the_join_of_its_lines(texts: list[str]) -> None:
    """joined_text takes a one-line paragraph's text stripped without a
    generator (issue #17): the same as the join of any paragraph's lines, each
    stripped of white space of any kind."""
    lines = [Line(text, 0, len(text), number) for number, text in enumerate(texts, 1)]
    everything = list(range(len(texts)))
    for numbers in ([0], [len(texts) - 1], everything, range(len(texts)), (0,)):
        expected = " ".join(lines[number].text.strip() for number in numbers)
        assert joined_text(lines, numbers) == expected
