"""The thirty-seventh review of the silent-wrong and false-alarm rounds: where
silent37's and alarm37's new rules read a text wrong and said nothing. A
place that is a common word too before an agency (``Mobile (AP) - Mobile
police … on a mobile phone``) lost its dateline, and inside a story glued two
stories, silently; a site or a body named after a person in parentheses
before an agency's credit (``(Jane Street) (AFP)``) became the photographer;
after ``From``, a site named after a person with an Arabic given name's
opener or a patronym's link (``From Rashid bin Saeed Tower in Dubai``) was a
writer with no doubt said.

Every page and line here is invented, in the shape of real page text or wire
copy.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from news_pages import (
    LIBRARY_STORY,
    library_story,
    news_page,
    story_under_header,
    wire_story_under_header,
)
from story_checks import codes as _codes

import wirestory
from wirestory.datelines import find_dateline

# --- A place that is a common word too, before an agency --------------------------

_HEADLINE = "Council closes old library"


def _first(paragraph: str) -> wirestory.Story:
    [story] = wirestory.parse(f"{_HEADLINE}\n\n{paragraph}\n\n{LIBRARY_STORY[1]}\n")
    return story


def _inside(paragraph: str) -> wirestory.Story:
    text = (
        f"{_HEADLINE}\n\nLONDON (Reuters) - {LIBRARY_STORY[0]}\n\n{paragraph}\n\n"
        f"{LIBRARY_STORY[1]}\n"
    )
    [story] = wirestory.parse(text)
    return story


_PLACE_AND_WORD = [
    "Mobile (AP) - Mobile police arrested a man on Tuesday after he filmed officers "
    "on a mobile phone.",
    "Reading (Reuters) - Reading council voted on Tuesday to close the library after "
    "a second reading of the plan.",
    "Bath (PA) - Bath council said on Tuesday the old Roman bath would reopen in June.",
    "Split (AFP) - Split city council met on Tuesday after a split vote left the budget unpassed.",
]


# Opening a story, the place written small only, never again in title case.
_PLACE_WRITTEN_SMALL = [
    "Reading (Reuters) - Councillors voted on Tuesday to close the library after a second "
    "reading of the plan.",
    "Wells (PA) - The old well in the market square will be restored, the council said.",
]


@pytest.mark.parametrize("paragraph", _PLACE_AND_WORD + _PLACE_WRITTEN_SMALL)
def test_place_that_is_a_word_opening_a_story_is_said(paragraph: str) -> None:
    """No dateline was read and the place stayed in the body, silently."""
    story = _first(paragraph)
    assert story.dateline is None
    assert "dateline-word-unread" in _codes(story)


@pytest.mark.parametrize("paragraph", _PLACE_AND_WORD)
def test_place_that_is_a_word_inside_a_story_is_a_possible_boundary(paragraph: str) -> None:
    """Another wire story glued on under the first, silently."""
    assert "possible-story-boundary" in _codes(_inside(paragraph))


def test_place_named_inside_a_sentence_keeps_its_dateline() -> None:
    """``the mayor of Orange``: a place's name, capitalised mid-sentence; the
    dateline was lost."""
    paragraph = "Orange (AFP) - The mayor of Orange said on Tuesday the orange groves flooded."
    dateline = find_dateline(paragraph)
    assert dateline is not None
    assert dateline.places == ("Orange",)
    assert _first(paragraph).dateline is not None


@pytest.mark.parametrize(
    "paragraph",
    [
        # The noun written again in small letters only: silent37's reading.
        "Crews (AP) - Road crews worked through the night to clear the roads.",
        "Firefighters (Reuters) - Two firefighters were hurt on Tuesday.",
    ],
)
def test_common_noun_before_agency_inside_a_story_says_nothing(paragraph: str) -> None:
    """silent37's reading, unsaid inside a story; opening one, a place's
    dateline reads the same (``Wells (PA) - The old well …``): said."""
    assert find_dateline(paragraph) is None
    assert "possible-story-boundary" not in _codes(_inside(paragraph))
    assert "dateline-word-unread" in _codes(_first(paragraph))


@pytest.mark.parametrize(
    "paragraph",
    [
        "Mobile (AP) - Police in Mobile arrested a man on Tuesday.",
        "Reading (Reuters) - The council voted on Tuesday to close the library.",
    ],
)
def test_place_never_written_small_keeps_its_dateline(paragraph: str) -> None:
    story = _first(paragraph)
    assert story.dateline is not None
    assert "dateline-word-unread" not in _codes(story)


# --- A site named after a person, in parentheses before an agency's credit ------

_PHOTO = "Mourners gather outside the hall in Cairo on Monday."


def _captioned(caption: str, headline: bool) -> wirestory.Story:
    head = f"{_HEADLINE}\n\n" if headline else ""
    text = f"{head}{caption}\n\nCAIRO (Reuters) - {LIBRARY_STORY[0]}\n\n{LIBRARY_STORY[1]}\n"
    [story] = wirestory.parse(text)
    return story


@pytest.mark.parametrize("headline", [True, False])
@pytest.mark.parametrize("names", ["Jane Street", "Mary Hospital", "Anna Road"])
def test_site_named_after_a_person_before_agency_is_said(names: str, headline: bool) -> None:
    """It was the photographer (``Jane Street/AFP``), silently."""
    story = _captioned(f"{_PHOTO} ({names}) (AFP)", headline)
    assert all(caption.photographer != names for caption in story.captions)
    code = "caption-holds-credit" if headline else "headline-may-be-caption"
    assert code in _codes(story)


@pytest.mark.parametrize("headline", [True, False])
def test_photographer_before_agency_keeps_its_reading(headline: bool) -> None:
    story = _captioned(f"{_PHOTO} (Anna Berg) (AFP)", headline)
    [caption] = story.captions
    assert (caption.text, caption.credit) == (_PHOTO, "Anna Berg/AFP")
    assert "caption-holds-credit" not in _codes(story)


# --- A site named after a person with an Arabic name, after From ----------------


@pytest.mark.parametrize(
    "line",
    [
        "From Abdul Rahman Mosque in Dubai",
        "From Abdul Latif Jameel Foundation in Jeddah",
        "From Rashid bin Saeed Tower in Dubai",
        "From Sheikh Zayed bin Sultan Mosque in Abu Dhabi",
        "From Abdullah bin Khalid Hall in Doha",
    ],
)
@pytest.mark.parametrize("read", [story_under_header, wire_story_under_header])
def test_site_named_after_a_person_after_from_is_doubted(
    line: str, read: Callable[[str], wirestory.Story]
) -> None:
    """Read as a writer's name, nothing said."""
    story = read(line)
    assert story.byline is not None
    assert "byline-name-may-be-phrase" in _codes(story)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("From Abdul Rahman Khalid in Dubai", "Abdul Rahman Khalid"),
        ("From Rashid bin Saeed Khalid in Abu Dhabi", "Rashid bin Saeed Khalid"),
        ("From Mary Jane Hall in London", "Mary Jane Hall"),
    ],
)
@pytest.mark.parametrize("read", [story_under_header, wire_story_under_header])
def test_writer_after_from_says_nothing(
    line: str, name: str, read: Callable[[str], wirestory.Story]
) -> None:
    story = read(line)
    assert story.byline is not None
    assert story.byline.names == (name,)
    assert "byline-name-may-be-phrase" not in _codes(story)


# --- A gallery's headline of a photo label's form ---------------------------------


def _over_lead(first: str) -> wirestory.Story:
    [story] = wirestory.parse(f"{first}\n\n{LIBRARY_STORY[0]}\n\n{LIBRARY_STORY[1]}\n")
    return story


@pytest.mark.parametrize("line", ["Photos: Election Night", "PHOTOS: Harbourton Marathon"])
def test_gallery_headline_read_as_a_credit_is_said(line: str) -> None:
    """Read as a photo's credit alone since silent37, the story headless,
    nothing said."""
    story = _over_lead(line)
    assert "credit-line-may-be-headline" in _codes(story)


@pytest.mark.parametrize(
    "line",
    ["Photos: Jane Roe", "Photo by Khaled Desouki", "Photo: Reuters", "Photo: Harbour Council"],
)
def test_credit_alone_over_the_lead_says_nothing(line: str) -> None:
    story = _over_lead(line)
    assert story.headline == ""
    assert "credit-line-may-be-headline" not in _codes(story)


# --- A results box's figures between a page's paragraphs ----------------------------

_RESULT = (
    "Jane Roe won the Harbour ward seat on Thursday with 812 votes to Tom Hale's 640, the "
    "council said.",
    "Turnout was 41 per cent, down from 48 per cent four years ago; Ann Berg took 97 votes "
    "and Sam Lee 55.",
    "Roe said she would take her seat at the council's first meeting in June.",
)


def _result_story(run: tuple[str, ...]) -> wirestory.Story:
    text = news_page(
        *_RESULT[:2],
        "\n".join(run),
        _RESULT[2],
        headline="Roe wins Harbour ward",
        header="By Jane Roe",
        site="Vale Post",
        year=2026,
    )
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout="page"))
    return story


def test_results_box_figures_left_out_are_said() -> None:
    """The figures the story writes, a line each between the candidates'
    names and parties: since alarm37 no bare number told the story's words,
    and the box was left out silently."""
    story = _result_story(
        ("Jane Roe (Lab)", "812", "Tom Hale (Con)", "640", "Ann Berg (Grn)", "97", "Sam Lee (Ind)")
    )
    assert story.body == _RESULT
    assert "short-run-left-out" in _codes(story)


@pytest.mark.parametrize("last", [6, 8])
def test_slide_counter_left_out_says_nothing(last: int) -> None:
    counter = ("HIDE CAPTION", "<", *map(str, range(1, last + 1)), ">")
    story = _result_story(counter)
    assert story.body == _RESULT
    assert "short-run-left-out" not in _codes(story)


# --- A site's archive across the years under a heading of the story's words -------


def test_archive_across_years_under_story_heading_is_said() -> None:
    """Rows of other stories, oldest first over three years, under ``More on
    the library``: read into the body as a history box since silent37,
    silently."""
    rows = (
        "March 2, 2023 – Harbour port strike ends after talks",
        "June 9, 2024 – Vale school meals price rises",
        "January 5, 2025 – New ferry timetable starts",
    )
    story = library_story(*LIBRARY_STORY, "More on the library", *rows)
    assert story.body == LIBRARY_STORY
    assert "list-rows-left-out" in _codes(story)


def test_history_box_writing_the_story_s_words_is_read_in() -> None:
    rows = (
        "June 4, 1921 – Doors open to readers",
        "May 2, 1958 – A new wing is added",
        "March 4, 2025 – The council votes on it",
    )
    story = library_story(*LIBRARY_STORY, "History of the library", *rows)
    assert story.body == (*LIBRARY_STORY, "History of the library", *rows)


# --- A converter's page with no link: subheadings of one hash ---------------------


def test_converted_page_s_first_level_subheadings_lose_their_hash() -> None:
    """A text opening with ``# Headline`` and no link: its later ``#`` lines
    were read as hashtags since silent37, their hash left in the body."""
    text = (
        f"# {_HEADLINE}\n\n{LIBRARY_STORY[0]}\n\n# What happens next\n\n{LIBRARY_STORY[1]}\n\n"
        f"# Reaction\n\n{LIBRARY_STORY[2]}\n"
    )
    [story] = wirestory.parse(text)
    assert story.headline == _HEADLINE
    assert story.body == (
        LIBRARY_STORY[0],
        "What happens next",
        LIBRARY_STORY[1],
        "Reaction",
        LIBRARY_STORY[2],
    )


def test_hashtag_under_a_plain_headline_keeps_its_hash() -> None:
    text = f"{_HEADLINE}\n\n{LIBRARY_STORY[0]}\n\n# Elections2025 trends\n\n{LIBRARY_STORY[1]}\n"
    [story] = wirestory.parse(text)
    assert story.body == (LIBRARY_STORY[0], "# Elections2025 trends", LIBRARY_STORY[1])


# --- A place's last word that is a surname too, in parentheses before an agency ----


@pytest.mark.parametrize("headline", [True, False])
@pytest.mark.parametrize("names", ["James Park", "Mary Hill", "Charles Church"])
def test_photographer_that_may_be_a_place_is_said(names: str, headline: bool) -> None:
    """Read as the photographer since silent37 (a common given name first),
    though a park, a hill or a church reads the same, silently."""
    story = _captioned(f"{_PHOTO} ({names}) (AFP)", headline)
    [caption] = story.captions
    assert caption.credit == f"{names}/AFP"
    assert "credit-name-may-be-place" in _codes(story)


@pytest.mark.parametrize("caption", [f"{_PHOTO} (Anna Berg) (AFP)", f"{_PHOTO} (Photo: Jane Hill)"])
def test_photographer_of_no_place_s_word_says_nothing(caption: str) -> None:
    story = _captioned(caption, True)
    assert "credit-name-may-be-place" not in _codes(story)
