"""Wire copy's ``By Jane Roe, Abu Dhabi``: a second writer, or where the only
writer filed from. With no dateline naming the place and no place's shape
(``New``, ``Port``, ``San`` opening it), both read the same: two writers,
said so (``byline-place-after-name``). Before, two writers and no diagnostic.
"""

from __future__ import annotations

import pytest
from story_checks import codes as _codes

import wirestory

_BODY = (
    "The minister said on Monday that the plan would go ahead despite the protests.\n\n"
    "He added that more talks with the unions would follow next week.\n"
)


def _story(byline: str, lead: str = "") -> wirestory.Story:
    [story] = wirestory.parse(f"Minister backs harbour plan\n\n{byline}\n\n{lead}{_BODY}")
    return story


@pytest.mark.parametrize("byline", ["By Jane Roe, Abu Dhabi", "By Jane Roe, Tom Hale"])
def test_a_second_name_after_a_comma_alone_is_doubted(byline: str) -> None:
    story = _story(byline)
    assert story.byline is not None
    assert len(story.byline.names) == 2
    assert "byline-place-after-name" in _codes(story)


@pytest.mark.parametrize(
    "byline",
    [
        "By JANE DOE, JOHN ROE",  # wire copy's own list, in capitals
        "By Jane Roe and Tom Hale",  # joined by "and"
        "By Jane Roe, Associated Press",  # an agency
    ],
)
def test_a_list_of_writers_or_an_outlet_is_not_doubted(byline: str) -> None:
    assert "byline-place-after-name" not in _codes(_story(byline))


def test_the_datelines_place_after_the_writer_is_read_without_doubt() -> None:
    story = _story("By Jane Roe, Abu Dhabi", "ABU DHABI (Reuters) - ")
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)
    assert story.byline.organization == "Abu Dhabi"
    assert "byline-place-after-name" not in _codes(story)
