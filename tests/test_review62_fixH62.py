"""fixH62: the fourth review's items 4-8 (heldout36's and fixF61's false
readings and lost alarms), each probed with invented text. Every text is
invented.

- A caption with a spaced dash after a photo label read as a credit printed
  first (``Image: Pupils wait … — most came early.``): its end was the
  caption and ``caption-without-credit`` was lost.
- Pronouns closed by a semicolon before anything but a writer's name (``;
  updated …``, ``; Photos by …``) turned the rest of the line into the
  organisation.
- A promo box printed twice whose headlines use ``we``/``our`` read as a
  crowd's chant; two lines opening with an article and a question's word,
  or under a sentence counting people, read as a feature's headings or the
  story's list: ``headlines-between-paragraphs`` was lost.
"""

from __future__ import annotations

import pytest
from story_checks import codes as _codes

import wirestory
from wirestory.bylines import find_page_byline

_PROSE = (
    "The library on Mill Street will close for a year from June while builders replace the "
    "roof and the old heating, the county council said on Thursday.",
    "Readers packed the reading room on Thursday evening to hear the plans, and the council's "
    "head of culture answered questions from the floor for more than an hour.",
    "The building opened in 1911 and its roof has leaked for a decade, but repairs were put "
    "off twice because the county could not find the money to pay for them.",
    "A mobile library will visit the town square twice a week while the work goes on, and "
    "books already borrowed can be returned at the town hall, the council said.",
    "The council said the library would reopen next summer with a larger children's room and "
    "a cafe, and that the work would be paid for from its building fund.",
)


def _page(head: list[str], run: tuple[str, ...] | list[str] = (), over: str = _PROSE[1]) -> str:
    """A page: a title line and menu, ``head``, then the story with ``run``
    between its second paragraph ``over`` and its third."""
    return (
        "\n\n".join(
            [
                "Library to close for a year - Millbrook Gazette",
                "Home",
                "News",
                "Sport",
                "Library to close for a year while roof is replaced",
                *head,
                _PROSE[0],
                over,
                *run,
                *_PROSE[2:],
                "© 2025 Millbrook Gazette",
            ]
        )
        + "\n"
    )


_BYLINE = ["By Nora Pike", "June 9, 2025"]


# --- 4. A caption's dash after a photo label -------------------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "Image: Pupils wait outside the old library on Friday — most of them came early.",
        "Photo: Builders lift a steel beam onto the roof — the first of six to go up.",
    ],
)
def test_a_caption_with_a_dash_after_a_photo_label_is_no_credit(caption: str) -> None:
    # Before: the words before the dash were the credit, the words after it
    # the caption, and ``caption-without-credit`` was lost.
    [story] = wirestory.parse(_page([*_BYLINE, caption]))
    [read] = story.captions
    assert (read.text, read.credit) == (caption, None)
    assert "caption-without-credit" in _codes(story)


@pytest.mark.parametrize(
    ("line", "credit", "text"),
    [
        (
            "Photo: Millbrook Photo Agency / Ivo Marek — Builders lift a steel beam onto the "
            "roof on Friday.",
            "Photo: Millbrook Photo Agency / Ivo Marek",
            "Builders lift a steel beam onto the roof on Friday.",
        ),
        (
            "Foto: Ivo Marek for Museum of the Town — Pupils wait outside the old library.",
            "Foto: Ivo Marek for Museum of the Town",
            "Pupils wait outside the old library.",
        ),
    ],
)
def test_a_credit_printed_first_is_still_read(line: str, credit: str, text: str) -> None:
    # Guard: heldout36's credit before the caption.
    [story] = wirestory.parse(_page([*_BYLINE, line]))
    [read] = story.captions
    assert (read.text, read.credit) == (text, credit)


# --- 5. Pronouns closed by a semicolon -------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "By Nora Pike, she/her; updated June 9, 2025",
        "By Nora Pike, they/them; Pictures by Owen Marsh",
    ],
)
def test_pronouns_closed_by_a_semicolon_before_no_writer_leave_no_organisation(
    line: str,
) -> None:
    # Before: the rest of the line after the semicolon was the organisation.
    byline = find_page_byline(line)
    assert byline is not None
    assert (byline.names, byline.organization) == (("Nora Pike",), None)


def test_pronouns_closed_by_a_semicolon_before_a_writer_keep_him() -> None:
    # Guard: fixF61's second writer.
    byline = find_page_byline("By Nora Pike, she/her; Owen Marsh")
    assert byline is not None
    assert (byline.names, byline.organization) == (("Nora Pike", "Owen Marsh"), None)


# --- 6. A promo box in the paper's voice, printed twice ------------------------------


def test_a_promo_box_in_the_paper_s_voice_printed_twice_is_said() -> None:
    # Before: kept silently, read as a crowd's chant for its ``we``/``our``.
    run = ["What we learned from the council meeting", "Our readers' guide to the closure"] * 2
    [story] = wirestory.parse(_page(_BYLINE, run))
    assert "headlines-between-paragraphs" in _codes(story)


def test_a_chant_printed_twice_still_says_nothing() -> None:
    # Guard: alarms60's chant.
    run = ["Keep our library open", "Hands off our books"] * 2
    [story] = wirestory.parse(_page(_BYLINE, run))
    assert "headlines-between-paragraphs" not in _codes(story)


# --- 7. A count of people is no list's announcement --------------------------------


def test_headlines_under_a_sentence_counting_people_are_said() -> None:
    # Before: ``the two women`` read as announcing a list of two.
    over = (
        "Readers packed the reading room on Thursday evening, and the council said the two "
        "women who started the petition would sit on its new library board."
    )
    run = ["County approves new school bus routes", "Parking charges to rise in the autumn"]
    [story] = wirestory.parse(_page(_BYLINE, run, over))
    assert "headlines-between-paragraphs" in _codes(story)


def test_a_list_under_a_sentence_counting_its_items_still_says_nothing() -> None:
    # Guard: fixF61's list, its count before a list's noun or last.
    for over in (
        "Readers packed the reading room on Thursday evening and the council set out its "
        "two changes for the year.",
        "Readers packed the reading room on Thursday evening and heard the council set out "
        "the two measures it would take.",
    ):
        run = ["A mobile library in the town square", "Free returns at the town hall desk"]
        [story] = wirestory.parse(_page(_BYLINE, run, over))
        assert "headlines-between-paragraphs" not in _codes(story), over


# --- 8. A teaser box opening with an article and a question's word ---------------------


@pytest.mark.parametrize(
    "run",
    [
        ["The finest walks around the county this spring", "How to find a cheap room in town"],
        ["A weekend guide to the county's best markets", "Where to eat well by the river"],
    ],
)
def test_teasers_opening_with_an_article_or_a_question_s_word_are_said(run: list[str]) -> None:
    # Before: kept silently, read as a feature's heading over its subheading.
    [story] = wirestory.parse(_page(_BYLINE, run))
    assert "headlines-between-paragraphs" in _codes(story)
