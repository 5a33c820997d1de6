"""variants38: no-break spaces read as spaces without losing a hard-wrapped
page's paragraph.

A scraped page's ``&nbsp;`` (U+00A0) after a wire dateline's agency or for
every space is read as a space inside a line that holds more (split_lines);
a line of no-break spaces alone stays the seed site's paragraph mark. A
text-mode browser keeps words held by a no-break space whole when it wraps
(``… it was`` / ``“no”\u00a0“deal”.``): read as spaces, the moved
word measures shorter than the room left, so a line of nearly the width
ending like no sentence now goes on into a line opening in a quotation mark
or a bracket (the wrap test's words would otherwise leave the paragraph's
two lines two blocks, both dropped as furniture at the story's edge). A zero-width
space, word joiner or BOM in the margin a line opens with is read as a space
there (a scraper's ``&#8203;`` opening each paragraph is an indent).

Every story written here is invented.
"""

from __future__ import annotations

import pytest
from test_cases import rebuild
from test_variants37 import WIRE_STORY

import wirestory
from wirestory import ParseOptions

_PAGE = ParseOptions(layout="page")

# A page around the stories written here (test_variants39 reads it too).
PAGE_HEAD = (
    "Harbour pilots strike over pay | The Daily Example\n"
    "\n"
    "Skip to main content\n"
    "News\n"
    "Sport\n"
    "\n"
    "Harbour pilots strike over pay\n"
    "\n"
)
PAGE_TAIL = "\nRelated stories\nCouncil election date confirmed\nAbout us\nPrivacy Policy\n"
_LEAD = "The pilots walked off the job on Monday and the union said it was\n“no” “deal”.\n"
_REST = (
    "\n"
    "Ships waited outside the breakwater for most of the day while the port\n"
    "authority looked for relief crews from the other harbours along the coast.\n"
    "\n"
    "A spokesman for the authority said talks would resume later in the week\n"
    "and that the port hoped to have every berth working again by the weekend.\n"
)


def _body_words(text: str) -> list[str]:
    return " ".join(wirestory.parse_story(text, options=_PAGE).body).split()


def test_a_wrapped_lead_ending_in_quoted_words_stays_in_the_body() -> None:
    """A hard-wrapped lead whose line of nearly the width, ending like no
    sentence, goes on into quoted words whose first would have fit there
    (a browser kept them whole: no-break spaces between, or written so)
    reads as one paragraph, in the body, as the page unwrapped."""
    text = PAGE_HEAD + _LEAD + _REST + PAGE_TAIL
    unwrapped = (
        PAGE_HEAD
        + _LEAD.replace("was\n", "was ")
        + "\n"
        + _REST.replace("port\n", "port ").replace("week\n", "week ")
        + PAGE_TAIL
    )
    assert _body_words(text) == _body_words(unwrapped)
    assert _body_words(text)[:4] == ["The", "pilots", "walked", "off"]


def test_no_break_spaces_between_the_quoted_words_read_the_same() -> None:
    """The same page with the quoted words held by no-break spaces reads the
    same body."""
    text = PAGE_HEAD + _LEAD + _REST + PAGE_TAIL
    spaced = text.replace("” “", "”\u00a0“")
    assert _body_words(spaced) == _body_words(text)


@pytest.mark.parametrize("invisible", ["\u200b", "\u2060", "\ufeff", "\u200b\u200b"])
def test_invisible_characters_opening_each_line_leave_the_reading(invisible: str) -> None:
    """A scraper's ``&#8203;`` (or a word joiner, a BOM) opening each line that
    holds more reads as an indent: the byline and the dateline are read, the
    body is as without it, and the text rebuilds whole."""
    varied = "".join(
        invisible + line if line.strip() else line for line in WIRE_STORY.splitlines(True)
    )
    (plain,) = wirestory.parse(WIRE_STORY)
    (story,) = wirestory.parse(varied)
    assert story.byline is not None
    assert story.dateline is not None
    assert plain.byline is not None
    assert plain.dateline is not None
    assert (story.headline, story.byline.names, story.dateline.places, story.body) == (
        plain.headline,
        plain.byline.names,
        plain.dateline.places,
        plain.body,
    )
    assert varied == rebuild(varied, [story])
