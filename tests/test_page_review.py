"""Page forms a review of the held-out page rules found read silently wrong:
short paragraphs taken for boxes or furniture, prose taken for captions or
datelines, credits with abbreviations turned down, and the stories read on past
a box or cut above prose with no word in the record.

Every text here is invented, in the shape of real page text (the page around it
is ``test_page_heldout``'s)."""

from __future__ import annotations

import pytest
from test_page_heldout import _PARAGRAPHS, _page, _rules

import wirestory
from wirestory import ParseOptions

PAGE = ParseOptions(layout="page")


@pytest.mark.parametrize(
    "line",
    [
        "Recommended: book a seat early, as the boats fill by noon.",
        "Don't miss: the last boat leaves the quay at eleven.",
        "Read also: the timetable on the harbour office's door.",
        "You might also like: a walk along the old sea wall.",
        "Related content: the council's notice is pinned at the library.",
        "Leia mais: a fila começa às seis da manhã.",
    ],
)
def test_a_short_paragraph_opening_with_a_box_label_is_the_storys(line: str) -> None:
    """A short paragraph that opens with a box label's words and a colon ends in
    a full stop, as no box's headline does (``READ MORE: Headline``, kept a box
    by ``test_a_box_of_links_between_paragraphs_does_not_end_the_story``): it
    is a body paragraph, not a ``listing-box``."""
    text = _page(*_PARAGRAPHS[:2], line, *_PARAGRAPHS[2:])
    story = wirestory.parse_story(text, options=PAGE)
    assert [*_PARAGRAPHS[:2], line, *_PARAGRAPHS[2:]] == list(story.body)
    assert _rules(story, text)[line] != "in-story:listing-box"


_SUBTITLE = "THE harbour board has approved a quay on the site of the old fish market."


@pytest.mark.parametrize(
    "first",
    ["The vote was close.", "\u201cIt was a long night,\u201d said one member."],
)
def test_a_short_first_paragraph_under_the_byline_is_the_storys(first: str) -> None:
    """``Headline`` / subtitle / ``By Name`` / date / share count / a short first
    paragraph / story: the date line and the count are the header's furniture,
    the short sentence under them is the story's first paragraph (it was
    furniture, ``between-headline-and-story``, above the first paragraph of a
    paragraph's length). A date line ending in a full stop stays furniture."""
    header = f"{_SUBTITLE}\nBy Jane Roe\nUpdated Nov. 19, 2019 6:10 a.m.\n0\n{first}"
    text = _page(header, *_PARAGRAPHS, header="")
    story = wirestory.parse_story(text, options=PAGE)
    assert story.standfirst == _SUBTITLE
    assert [first, *_PARAGRAPHS] == list(story.body)
    assert _rules(story, text)["Updated Nov. 19, 2019 6:10 a.m."] == "between-headline-and-story"
