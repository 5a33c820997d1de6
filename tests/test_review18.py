"""Review of the eleventh held-out round's page forms: the near-misses its
new rules met on ordinary text, each read as it was before them.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import functools

import pytest
from news_pages import LIBRARY_STORY as _PARAGRAPHS
from news_pages import news_page

import wirestory

_page = functools.partial(
    news_page,
    headline="Council votes to close old library",
    header="By Orla Keane\nMarch 4, 2025",
    site="The Vale Post",
    year=2025,
)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The mayor stood by the door on Monday. THE PHOTO: ORLA KEANE",
        "The mayor stood by the door on Monday. OUR PHOTO: Orla Keane",
        "The mayor stood by the door on Monday. MY PICTURE: ORLA KEANE",
    ],
)
def test_a_function_word_in_capitals_before_a_photo_label_is_no_outlet(paragraph: str) -> None:
    """An outlet's initials may open a photo label (``ST PHOTO: JANE ROE``),
    but a function word in capitals (``THE``, ``OUR``, ``MY``) is a
    sentence's, no outlet's: the line is no caption and its credit."""
    story = wirestory.parse_story(_page(_PARAGRAPHS[0], paragraph, *_PARAGRAPHS[1:]))
    assert story.captions == ()


@pytest.mark.parametrize("initials", ["ST", "NST", "TODAY"])
def test_an_outlet_s_initials_before_the_photo_label_stay_a_credit(initials: str) -> None:
    """The outlets' initials still open the credit."""
    line = f"The mayor stood by the door on Monday. {initials} PHOTO: ORLA KEANE"
    story = wirestory.parse_story(_page(_PARAGRAPHS[0], line, *_PARAGRAPHS[1:]))
    [caption] = story.captions
    assert caption.credit == f"{initials} PHOTO: ORLA KEANE"
