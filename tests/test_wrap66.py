"""A page written with every space a no-break one is no hard-wrapped page.

A scrape that writes each space between words as ``&nbsp;`` leaves lines with
no space at all; where one line holds two plain spaces (after a caption's full
stop, before its credit) it is one character longer than it was. The hard-wrap
check measured each line's first word to its first space: a sentence held
together whole was one word a wrap would have moved, the caption's line above
it cut by the wrap, and the page's paragraphs were joined into one (found by
``test_variants37``'s draw of two spaces after full stops with no-break
spaces on heldout38's Icelandic page). Every line here is invented.
"""

from __future__ import annotations

import wirestory

_PAGE = "\n".join(
    [
        "Vale Post",
        "Home",
        "News",
        "Sport",
        "New bridge opens over the river",
        "By Anna Berg",
        "4 March 2025 10:32",
        "The new bridge over the river at dusk on Monday, seen from the north bank."
        "  Vale Post/Tom Lund",
        "A new bridge opened on Monday over the river after two years of work.",
        "The bridge is two hundred metres long and carries a road, a cycle lane and a path.",
        "The work on the bridge took two years and cost far more than the council had planned"
        " at the start.",
        "The mayor said the bridge would bring the valley's towns closer together again.",
        "Related stories",
        "Contact us",
        "",
    ]
)


def _held(text: str) -> str:
    """``text`` with each single space between two words a no-break space."""
    return "\n".join(
        "".join(
            "\u00a0"
            if char == " " and line[i - 1 : i] != " " and line[i + 1 : i + 2] != " "
            else char
            for i, char in enumerate(line)
        )
        for line in text.split("\n")
    )


def test_a_page_held_by_no_break_spaces_reads_as_the_plain_page() -> None:
    """Every single space a no-break one, the caption's two spaces kept: the
    same headline, byline, caption, paragraphs and diagnostics as the plain
    page (whose short first paragraph under the caption, whichever way the
    page layout reads it, reads so in both)."""
    [plain] = wirestory.parse(_PAGE)
    [held] = wirestory.parse(_held(_PAGE))
    assert plain.body[-1].startswith("The mayor said")
    assert held.headline == plain.headline == "New bridge opens over the river"
    assert held.body == plain.body
    assert [(c.text, c.credit) for c in held.captions] == [
        (c.text, c.credit) for c in plain.captions
    ]
    assert [d.code for d in held.diagnostics] == [d.code for d in plain.diagnostics]
    assert "page-hard-wrapped" not in {d.code for d in held.diagnostics}
