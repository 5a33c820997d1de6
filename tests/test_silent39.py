"""The thirty-ninth silent-wrong round: readings the last session left wrong
with no diagnostic. ``BY JANE ROE IN LONDON AND TOM BAY IN PARIS``, two
writers each with the place they filed from, was no byline; ``Crews (AP) -
Ferry workers …`` was a dateline (and a dump's cut), ``Wells (Reuters) - …
as well`` was none.

Every page and line here is invented, in the shape of real page text or wire
copy.
"""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY, three_readings

import wirestory
from wirestory.bylines import find_page_byline, page_person_names
from wirestory.datelines import find_dateline


def _codes(story: wirestory.Story) -> list[str]:
    return [d.code for d in story.diagnostics]


# --- Two writers, each with the place they filed from --------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("BY JANE ROE IN LONDON AND TOM BAY IN PARIS", ("JANE ROE", "TOM BAY")),
        ("By Jane Roe in London and Tom Bay in Paris", ("Jane Roe", "Tom Bay")),
        ("By Jane Roe in Port Ellis and Tom Bay in New York", ("Jane Roe", "Tom Bay")),
    ],
)
def test_two_writers_each_with_a_place(line: str, names: tuple[str, ...]) -> None:
    """The first writer's place before ``and`` made the names no names: the
    line was the body's first paragraph, silently."""
    for story in three_readings(line):
        assert story.byline is not None
        assert story.byline.names == names
        assert story.body[0] == LIBRARY_STORY[0]


def test_two_writers_each_with_a_place_without_opener() -> None:
    byline = page_person_names("Jane Roe in London and Tom Bay in Paris")
    assert byline is not None
    assert byline.names == ("Jane Roe", "Tom Bay")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # One place for both writers; one writer with a place.
        ("By Jane Roe and Tom Bay in Paris", ("Jane Roe", "Tom Bay")),
        ("BY JANE ROE IN LONDON", ("JANE ROE",)),
    ],
)
def test_writers_with_one_place_keep_their_reading(line: str, names: tuple[str, ...]) -> None:
    byline = find_page_byline(line)
    assert byline is not None
    assert byline.names == names


@pytest.mark.parametrize(
    "line",
    [
        # Two places for one writer; a phrase, no place, after "in".
        "By Jane Roe in London and Paris",
        "By Jane Roe in the rain and Tom Bay in Paris",
    ],
)
def test_no_place_before_and_keeps_its_reading(line: str) -> None:
    assert find_page_byline(line) is None


# --- A title-case word before an agency, no date --------------------------------------


def _dump(paragraph: str) -> list[wirestory.Story]:
    """A story, then a headline over ``paragraph`` and a paragraph: a dump."""
    return wirestory.parse(
        f"Council closes old library\n\nLONDON (Reuters) - {LIBRARY_STORY[0]}\n\n"
        f"{LIBRARY_STORY[1]}\n\nFerry workers strike\n\n{paragraph}\n\n{LIBRARY_STORY[2]}\n"
    )


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("Crews (AP) - Ferry workers walked out on Tuesday over pay.", "Crews"),
        ("Reading (Reuters) - Ferry workers in the town walked out on Tuesday.", "Reading"),
        ("Wells (Reuters) - The council voted to close the library as well.", "Wells"),
    ],
)
def test_title_case_word_before_agency_is_said(paragraph: str, place: str) -> None:
    """``Crews`` was the second story's dateline, silently (a common noun
    opening a sentence); ``Wells … as well`` was no dateline."""
    first, second = _dump(paragraph)
    assert "dateline-place-may-be-word" not in _codes(first)
    assert second.dateline is not None
    assert second.dateline.places == (place,)
    assert "dateline-place-may-be-word" in _codes(second)


@pytest.mark.parametrize(
    "paragraph",
    [
        # Capitals; a date; the place named after "in"; German; two words.
        "CREWS (AP) - Ferry workers walked out on Tuesday over pay.",
        "Oslo, March 3 (Reuters) - Ferry workers walked out on Tuesday over pay.",
        "Reading (Reuters) - Ferry workers walked out in Reading on Tuesday.",
        "Berlin (dpa) - Die Fährleute in der Stadt streiken seit Dienstag für mehr Lohn.",
        "Port Ellis (AP) - Ferry workers walked out on Tuesday over pay.",
    ],
)
def test_dateline_a_place_keeps_its_reading(paragraph: str) -> None:
    first, second = _dump(paragraph)
    assert second.dateline is not None
    assert "dateline-place-may-be-word" not in _codes(first) + _codes(second)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Wells (PA) - The old well in the market square will be restored.",
        "Crews (AP) - A crew worked through the night to clear the roads.",
        "Crews (AP) - Police and crews, as well as the mayor, worked late.",
    ],
)
def test_noun_written_small_keeps_no_dateline(paragraph: str) -> None:
    """A singular with an article, or the plural after ``as``, is the noun's."""
    assert find_dateline(paragraph) is None
