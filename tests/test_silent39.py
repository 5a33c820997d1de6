"""The thirty-ninth silent-wrong round: readings the last session left wrong
with no diagnostic. ``BY JANE ROE IN LONDON AND TOM BAY IN PARIS``, two
writers each with the place they filed from, was no byline.

Every page and line here is invented, in the shape of real page text or wire
copy.
"""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY, three_readings

import wirestory
from wirestory.bylines import find_page_byline, page_person_names


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
