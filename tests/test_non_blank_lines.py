"""The page layout tells its blank lines without ``strip(BLANK_CHARS)`` where
it can (issue #17's 2026-12-05 eighth page round): an ASCII line is blank
when it is empty or white space alone (``str.isspace``), a line outside ASCII
that is not white space alone is stripped of ``BLANK_CHARS``. The property
holds the layout's blocks to the rule (``is_blank``) for lines of every kind
of white space, the invisible characters ``BLANK_CHARS`` holds and those it
does not (joiners, the Mongolian vowel separator), letters and controls; the
second test holds the shortcut's ground: every character ``str.isspace``
takes for white space is one of ``BLANK_CHARS``."""

from __future__ import annotations

import sys

from hypothesis import example, given
from hypothesis import strategies as st

from wirestory.layouts.page import non_blank_lines
from wirestory.lines import BLANK_CHARS, is_blank

_CHARACTERS = st.sampled_from(
    [
        *BLANK_CHARS,
        "a",
        "Z",
        "7",
        "\x00",
        "\x1b",
        "\u200c",
        "\u200d",
        "\u180e",
        "é",
        "字",
        "\U0001f600",
    ]
)
_LINES = st.lists(st.text(_CHARACTERS, max_size=6), max_size=12)


@given(_LINES, st.integers(0, 12))
@example(
    ["Rain", "", "   ", "\t\x0b\x0c\r\x1c\x1f", " \u00a0", "\u200b", "\u3000\ufeff", "\u200c"], 0
)
@example(["\u2060 ", "\u0085", "a\u200b", " \u200b "], 1)
def test_the_blocks_are_the_lines_that_are_not_blank(texts: list[str], start: int) -> None:
    expected = [n for n, text in enumerate(texts) if n >= start and not is_blank(text)]
    assert non_blank_lines(texts, start) == expected


def test_every_white_space_character_is_blank() -> None:
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    assert spaces
    assert [c for c in spaces if c not in BLANK_CHARS] == []
    # In ASCII the two are the same characters.
    assert {c for c in BLANK_CHARS if c.isascii()} == {c for c in spaces if c.isascii()}
