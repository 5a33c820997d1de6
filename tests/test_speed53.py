"""The speed53 round: whole-text character scans told by string tests (#17).

``re`` searches a text for a one-character class a character at a time
(about 45 to 120 instructions a character), where a substring search runs
at memchr's speed. Two scans of whole texts are told so, each exactly as
the search it spares: a page's blocks are searched for wide spacing
(``WIDE_SPACING``) only when one is not printable
(``page.holds_wide_spacing``), and a story beyond ASCII for the mojibake
pair only when it holds one of the pair's first characters
(``normalizing.MOJIBAKE_LEADS``). Every text here is invented.
"""

from __future__ import annotations

import re

from ftfy.chardata import HTML_ENTITY_RE
from hypothesis import given
from hypothesis import strategies as st

from wirestory.layouts.page import WIDE_SPACING, holds_wide_spacing
from wirestory.normalizing import MOJIBAKE_LEADS, MOJIBAKE_PAIR, may_hold_repair

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
        WIDE_SPACING.search(text) is not None for text in texts
    ]


@given(
    st.text(
        st.sampled_from([*_WHITE, "a", "Z", ".", "|", "\x00", "\u00e9", "\u2019", "\u200b"]),
        max_size=12,
    )
)
def test_wide_spacing_as_the_pattern_finds_it(text: str) -> None:
    assert holds_wide_spacing(text) == (WIDE_SPACING.search(text) is not None)


def test_every_first_character_of_the_mojibake_pair_is_a_lead() -> None:
    """Each character that opens the pair (before ``\\u0080``, a
    continuation byte read as Windows-1252) is looked for, and no other."""
    assert [char for char in _CODE_POINTS if MOJIBAKE_PAIR.match(char + "\u0080")] == list(
        MOJIBAKE_LEADS
    )


@given(
    st.text(
        st.sampled_from(
            list("a &\u00c2\u00c3\u00e2\u00e9\u00f4\u00f5\u00a0\u0080\u00a9")
            + list("\u20ac\u2014\u201d\u2019\u0152;#8217amp")
        ),
        max_size=10,
    )
)
def test_may_hold_repair_as_the_pair_finds_it(text: str) -> None:
    """Told with or without the leads' look, the hint is the same."""
    whole = ("&" in text and HTML_ENTITY_RE.search(text) is not None) or (
        not text.isascii() and MOJIBAKE_PAIR.search(text) is not None
    )
    assert may_hold_repair(text) == whole


def test_a_story_of_curly_quotes_holds_no_repair_and_one_of_mojibake_does() -> None:
    assert not may_hold_repair("\u201cThe ferry runs again,\u201d she said \u2014 twice.")
    assert may_hold_repair("The ferry runs again \u00e2\u20ac\u201d twice.")
    assert not may_hold_repair("Jos\u00e9 said the caf\u00e9 would open \u2014 twice.")
