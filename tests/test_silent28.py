"""The twenty-eighth silent-wrong round: readings the twenty-seventh round
and its review left wrong with no diagnostic. A picture agency's caption
whose credit the page's text dropped (``LONDON, ENGLAND - MARCH 04: …``)
opened the body.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY, library_story

import wirestory


def _codes(story: wirestory.Story) -> list[str]:
    return [d.code for d in story.diagnostics]


# --- A picture agency's caption with its credit dropped --------------------------

_AGENCY_CAPTIONS = (
    "LONDON, ENGLAND - MARCH 04: Pupils walk past the old library on Mill Street on "
    "March 04, 2025 in London, England.",
    "PORT ELLIS, NEW HAVENSHIRE - NOVEMBER 19: A reader returns books to the old "
    "library on November 19, 2025 in Port Ellis.",
    "WASHINGTON, DC – JANUARY 2: Members of the council arrive for the vote.",
    "SÃO PAULO, BRAZIL - MAY 01: Readers queue outside the library on May 01, 2025.",
)


@pytest.mark.parametrize("caption", _AGENCY_CAPTIONS)
def test_a_picture_agency_caption_opening_the_story_is_a_caption(caption: str) -> None:
    """Its credit dropped, the caption of the story's lead photo was taken as
    the story's first paragraph, silently."""
    story = library_story(caption, *LIBRARY_STORY)
    assert story.body == LIBRARY_STORY
    assert [c.text for c in story.captions] == [caption]
    assert "caption-without-credit" in _codes(story)


@pytest.mark.parametrize("caption", _AGENCY_CAPTIONS[:2])
def test_a_picture_agency_caption_between_paragraphs_is_a_caption(caption: str) -> None:
    story = library_story(LIBRARY_STORY[0], caption, *LIBRARY_STORY[1:])
    assert story.body == LIBRARY_STORY
    assert [c.text for c in story.captions] == [caption]


@pytest.mark.parametrize(
    "opening",
    [
        # A dateline's date is in small letters and ends in a dash.
        "LONDON, March 4 - ",
        "LONDON, ENGLAND (Reuters) - ",
        # Capitals stopping before the date: a label's.
        "BREAKING: ",
        # The month and the day in title case: no agency's caption.
        "London, England - March 04: ",
    ],
)
def test_a_paragraph_opening_in_capitals_stays_the_story_s(opening: str) -> None:
    story = library_story(opening + LIBRARY_STORY[0], *LIBRARY_STORY[1:])
    assert story.body[0].endswith(LIBRARY_STORY[0])
    assert story.body[1:] == LIBRARY_STORY[1:]
    assert story.captions == ()
