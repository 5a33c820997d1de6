"""A story with no headline whose first line reads as a byline: the line may
be a title-case headline opening with a word that opens bylines."""

from __future__ import annotations

import pytest
from story_checks import codes as _codes

import wirestory

LEAD = "The minister said on Monday that the plan would go ahead despite the protests.\n"


@pytest.mark.parametrize(
    "first",
    [
        "By Land And Sea",  # a headline
        "Von Der Leyen Visits Kyiv",  # a headline
        "Na Li Wins Final",  # a headline
        "By Jane Roe",  # a byline
        "Av Kari Nordmann",  # a byline
    ],
)
def test_a_bare_byline_opening_a_headless_story_is_doubted(first: str) -> None:
    (story,) = wirestory.parse(f"{first}\n\n{LEAD}")
    assert story.headline == ""
    assert story.byline is not None
    assert "byline-may-be-headline" in _codes(story)


def test_the_generated_seed_layout_case_that_lost_its_headline_says_so() -> None:
    # hypothesis's seed-layout property drew this dump: the headline 'Na A A'
    # was read as the byline 'A A' with an empty headline and no diagnostic.
    (story,) = wirestory.parse("Na A A\n\nA a \u201ca\u201d \u201ca\u201d.\n")
    assert story.headline == ""
    assert story.byline is not None
    assert "byline-may-be-headline" in _codes(story)


@pytest.mark.parametrize(
    "first",
    [
        "Von Christian Hollmann, dpa",  # an agency after the names
        "By Jane Roe, Associated Press",
        "By Jane Roe, Vale Post",  # a comma after the names
    ],
)
def test_a_byline_with_an_outlet_or_comma_is_not_doubted(first: str) -> None:
    (story,) = wirestory.parse(f"{first}\n\n{LEAD}")
    assert story.byline is not None
    assert "byline-may-be-headline" not in _codes(story)


def test_a_byline_under_a_headline_is_not_doubted() -> None:
    (story,) = wirestory.parse(f"Minister backs plan\n\nBy Jane Roe\n\n{LEAD}")
    assert story.headline == "Minister backs plan"
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)
    assert "byline-may-be-headline" not in _codes(story)


def test_a_surname_opener_in_a_headless_story_is_doubted_as_in_a_headed_one() -> None:
    # "Na Hye Jin": Swahili "by Hye Jin", or the Korean name, surname first.
    # The doubt was raised only when the layout's header held the byline.
    (story,) = wirestory.parse(f"Na Hye Jin\n\n{LEAD}")
    assert "byline-opener-as-name" in _codes(story)
