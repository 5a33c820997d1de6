"""The speed53 round: whole-text character scans told by string tests (#17).

``re`` searches a text for a one-character class a character at a time
(about 45 to 120 instructions a character), where a substring search runs
at memchr's speed. A page's blocks are searched for wide spacing
(``_WIDE_SPACING``) only when one is not printable
(``page.holds_wide_spacing``), exactly as the search it spares. Every text
here is invented.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from wirestory.layouts.page import _WIDE_SPACING, holds_wide_spacing

_CODE_POINTS = [chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF]
_WHITE = [char for char in _CODE_POINTS if re.fullmatch(r"\s", char)]


def test_the_space_is_the_only_printable_white_space() -> None:
    """Every character ``re`` takes for white space but the space is one
    ``str.isprintable`` turns down: in a printable text, two spaces in a row
    are the only wide spacing there can be."""
    assert [char for char in _WHITE if char.isprintable()] == [" "]


def test_wide_spacing_of_every_white_space_pair() -> None:
    """Each pair of white space characters, and each one alone between
    words, reads as the pattern reads it."""
    texts = [f"Tide{white}table" for white in _WHITE] + [
        f"Tide{first}{second}table" for first in _WHITE for second in _WHITE
    ]
    assert [holds_wide_spacing(text) for text in texts] == [
        _WIDE_SPACING.search(text) is not None for text in texts
    ]


@given(
    st.text(
        st.sampled_from([*_WHITE, "a", "Z", ".", "|", "\x00", "\u00e9", "\u2019", "\u200b"]),
        max_size=12,
    )
)
def test_wide_spacing_as_the_pattern_finds_it(text: str) -> None:
    assert holds_wide_spacing(text) == (_WIDE_SPACING.search(text) is not None)
