"""The speed66w round: wire copy's per-story sieves read exactly as the tests they replace (#17).

``enrich._pages_under_titles`` looks at every line of a story past its
first paragraph for a page's title line pasted under it (``Ferries return |
Vale Post`` over the headline shown again, a byline and prose). It asked
each line for a title's mark, then for the separator's shape
(``TITLE_SEPARATOR_SHAPE``, ``\\s[marks]{1,2}\\s``), which ``re`` tries at
every character; now one pattern read from the mark
(``enrich._TITLE_SEPARATOR_AT``) finds the same lines. It must find a
separator in exactly the lines the shape finds one in. Every line here is
invented.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import wirestory
from wirestory.enrich import _TITLE_SEPARATOR_AT
from wirestory.layouts.page import TITLE_SEPARATOR_SHAPE


def test_the_mark_first_pattern_agrees_with_the_shape_at_every_character() -> None:
    """Every code point as the white space around a bar and as the mark
    between spaces: the pattern read from the mark finds a separator where
    the shape finds one, one character on, and nowhere else (two marks are
    the property test's)."""
    differ = []
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        character = chr(code)
        for line in (
            f"Ferries return{character}|{character}Vale Post",
            f"Ferries return {character} Vale Post",
        ):
            shape = TITLE_SEPARATOR_SHAPE.search(line)
            found = _TITLE_SEPARATOR_AT.search(line)
            if (shape.start() + 1 if shape else None) != (found.start() if found else None):
                differ.append(repr(line))
    assert differ == []


_PIECES = st.sampled_from(
    [
        "Ferries",
        "return",
        "x",
        "-",
        "–",
        "—",
        "|",
        ":",
        "/",
        "·",
        "»",
        "«",
        "+",
        "~",
        ".",
        " ",
        "\t",
        "\u00a0",
        "\u2009",
        "\x1c",
        "\n",
        "\x00",
    ]
)


@given(st.lists(_PIECES, max_size=12).map("".join))
def test_the_mark_first_pattern_finds_the_separator_the_shape_finds(line: str) -> None:
    """Runs of marks and white space of every length: the shape's first
    match, found one character on, or none where it finds none (three marks
    in a row are no separator, a mark at the line's edge neither)."""
    shape = TITLE_SEPARATOR_SHAPE.search(line)
    found = _TITLE_SEPARATOR_AT.search(line)
    assert (found.start() if found else None) == (shape.start() + 1 if shape else None)


def test_a_page_under_paragraphs_holding_hyphens_and_dashes_is_still_told() -> None:
    """A story whose paragraphs hold hyphens and dashes between spaces (``-
    the first rise in a decade -``) over a page pasted under it, no menu
    between its title and its headline: the title line is found and its
    page said, once."""
    text = (
        "Ferry fares to rise\n\n"
        "KELLSMOUTH - The council voted on Monday to raise ferry fares - the first rise in "
        "a decade - from April.\n\n"
        "Fares on the well-known island route will go up by a tenth - about 40 pence a "
        "crossing - the mayor said.\n\n"
        "Night ferry returns | Vale Post\n"
        "Night ferry returns\n"
        "By Mara Quill\n"
        "The night ferry to the outer islands sailed again on Friday after a month in dock.\n"
    )
    [story] = wirestory.parse(text)
    flagged = [
        diagnostic.message
        for diagnostic in story.diagnostics
        if diagnostic.code == "possible-story-boundary" and "page's title line" in diagnostic.message
    ]
    assert len(flagged) == 1
    assert flagged[0].startswith("line 7 ")
