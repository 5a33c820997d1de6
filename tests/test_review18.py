"""Review of the eleventh held-out round's page forms: the near-misses its
new rules met on ordinary text (a function word before a photo label, an
agency in small letters after ``Photo by``, a short sentence opening with
``Story continues``), and a book review's box of the book's details, whose
``Author:`` line (``AUTHOR:`` too since that round) was read as the byline.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY as _PARAGRAPHS
from news_pages import library_page as _page

import wirestory


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


@pytest.mark.parametrize(
    "box",
    [
        "TITLE: The Quiet Shelf\nAUTHOR: Anne Hale\nPUBLISHER: Vale Books\nPRICE: 12 pounds",
        "Title: The Quiet Shelf\nAuthor: Anne Hale\nPublisher: Vale Books\nPages: 320",
        "Author: Anne Hale\nPublisher: Vale Books",
    ],
)
def test_a_review_s_box_of_the_book_s_details_names_no_writer(box: str) -> None:
    """A book review's box of the book's details under the headline (``AUTHOR:
    Anne Hale`` beside ``PUBLISHER: Vale Books``) names the book's author: no
    byline. ``WRITER:``/``AUTHOR:`` in capitals open a byline since the
    eleventh round, and the book's author was read as the story's writer."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS, header=f"{box}\nMarch 4, 2025"))
    assert story.byline is None
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize(
    "header",
    [
        "AUTHOR: Anne Hale\nMarch 4, 2025",
        # A scrape's own metadata of the story: the title is the story's.
        "Title: Council votes to close old library\nAuthor: Anne Hale\nDate: March 4, 2025",
        "Author: Anne Hale\nPublished by: Vale Post\nMarch 4, 2025",
        # A product review's box: the price names no book.
        "Author: Anne Hale\nPrice: 199 pounds\nMarch 4, 2025",
    ],
)
def test_an_author_label_outside_a_book_s_box_stays_the_byline(header: str) -> None:
    """``AUTHOR: Jane Roe`` alone, among a scrape's ``Title:`` and ``Date:``
    lines, or over a product review's ``Price:``, is the writer's byline."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS, header=header))
    assert story.byline is not None
    assert story.byline.names == ("Anne Hale",)


@pytest.mark.parametrize(
    "credit",
    [
        "Photo by dpa/Orla Keane",
        "Photo by iStock",
        "Photo by picture alliance/dpa",
        "Picture by imago images",
    ],
)
def test_photo_by_an_agency_in_small_letters_is_still_a_credit(credit: str) -> None:
    """``Photo by`` before a small letter is a sentence's only before a
    function word or the label's word again (``Photo by a local artist will
    …``, ``Picture by picture, …``); an agency or a picture library written
    in small letters (``dpa``, ``iStock``, ``picture alliance``, ``imago``)
    is a credit's, and the line was read as the story's subheading."""
    story = wirestory.parse_story(
        _page(_PARAGRAPHS[0], credit, "Pupils leave the old library on Monday.", *_PARAGRAPHS[1:])
    )
    assert credit not in story.body
    assert any(credit in (caption.text, caption.credit) for caption in story.captions)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Story continues to unfold, police said.",
        "Article continues to divide members, Keane said.",
    ],
)
def test_a_short_sentence_opening_with_story_continues_stays_body(paragraph: str) -> None:
    """``Story continues after advertisement`` is furniture (where the story
    goes on), but a short sentence opening with ``Story continues``, ``Article
    continues`` and another word is the story's (it was furniture silently:
    a sentence prefix takes a sentence of at most eight words)."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS[:2], paragraph, *_PARAGRAPHS[2:]))
    assert list(story.body) == [*_PARAGRAPHS[:2], paragraph, *_PARAGRAPHS[2:]]
