"""The speed66w round: a page title's separator read from its mark (#17).

``TITLE_SEPARATOR_SHAPE`` tells a line holding no page title's separator
(``Ferries return | Vale Post``) without the regex module: the page layout asks
it of a story's first line, ``enrich._pages_under_titles`` of every line of a
story past its first paragraph. It was written ``\\s[marks]{1,2}\\s``, which
``re`` tries at every character; it now opens with the mark (white space
before it read by a look-behind), which ``re`` searches by skipping from one
mark to the next. It must find a separator in exactly the lines the old shape
finds one in, one character on. Every line here is invented.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

import wirestory
from wirestory.layouts.page import TITLE_SEPARATOR_MARKS, TITLE_SEPARATOR_SHAPE

# The shape as it was written before this round: the reference.
_OLD_SHAPE = re.compile(r"\s" + TITLE_SEPARATOR_MARKS + r"{1,2}\s")


def _agree(line: str) -> bool:
    old = _OLD_SHAPE.search(line)
    new = TITLE_SEPARATOR_SHAPE.search(line)
    return (old.start() + 1 if old else None) == (new.start() if new else None)


def test_the_mark_first_shape_agrees_with_the_old_one_at_every_character() -> None:
    """Every code point as the white space around a bar, and as the mark
    between spaces: a separator found where the old shape finds one, one
    character on, and nowhere else (runs of marks are the property test's)."""
    differ = [
        repr(line)
        for code in range(0x110000)
        if not 0xD800 <= code <= 0xDFFF
        for line in (
            f"Ferries return{chr(code)}|{chr(code)}Vale Post",
            f"Ferries return {chr(code)} Vale Post",
        )
        if not _agree(line)
    ]
    assert differ == []


_PIECES = st.sampled_from(
    [
        "Ferries",
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
        ".",
        " ",
        "\t",
        "\u00a0",
        "\x1c",
        "\n",
        "\x00",
    ]
)


@given(st.lists(_PIECES, max_size=12).map("".join))
def test_the_mark_first_shape_finds_the_separator_the_old_one_finds(line: str) -> None:
    """Runs of marks and white space of every length: three marks in a row
    are no separator, a mark at the line's edge neither, in both shapes."""
    assert _agree(line)


def test_three_marks_and_edge_marks_are_no_separator() -> None:
    """The cases the look-behind and the optional second mark must get right."""
    for line in (
        "Ferries --- Vale Post",
        "| Vale Post",
        "Ferries |",
        "well-known route",
        "at 10:30 today",
    ):
        assert TITLE_SEPARATOR_SHAPE.search(line) is None, line
    for line in ("Ferries -- Vale Post", "Ferries | Vale Post", "Ferries » Vale Post"):
        assert TITLE_SEPARATOR_SHAPE.search(line) is not None, line


def test_a_page_under_paragraphs_holding_hyphens_and_dashes_is_still_told() -> None:
    """A story whose paragraphs hold hyphens and dashes between spaces over a
    page pasted under it, no menu between its title and its headline: the
    title line is found and its page said, once."""
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
        if diagnostic.code == "possible-story-boundary"
        and "page's title line" in diagnostic.message
    ]
    assert len(flagged) == 1
    assert flagged[0].startswith("line 7 ")
