"""The thirty-second silent-wrong round: readings tonight's rounds left wrong
with no diagnostic. A match report's clock after "By" (``By Half Time``) named
a writer.

Every page and line here is invented, in the shape of real page text or wire
copy.
"""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY, library_story, story_under_header

import wirestory
from wirestory.bylines import find_byline, find_page_byline


def _codes(story: wirestory.Story) -> list[str]:
    return [d.code for d in story.diagnostics]


# --- A match report's clock after "By" ------------------------------------------------


@pytest.mark.parametrize(
    "line", ["By Half Time", "By Full Time", "By Full-Time", "By half time:", "By Kick Off"]
)
def test_match_clock_after_by_is_no_writer(line: str) -> None:
    """The clock read as a writer's two capitalised words, "Half Time"."""
    assert find_byline(line) is None
    assert find_page_byline(line) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # Names sharing one of the clock's words keep their reading.
        ("By Jane Time", ("Jane Time",)),
        ("By Half Roe", ("Half Roe",)),
        ("By Tom Kick", ("Tom Kick",)),
    ],
)
def test_names_near_the_match_clock_keep_their_reading(line: str, names: tuple[str, ...]) -> None:
    for found in (find_byline(line), find_page_byline(line)):
        assert found is not None
        assert found.names == names


def test_match_clock_under_a_headline_stays_in_the_body_flagged() -> None:
    story = story_under_header("By Half Time")
    assert story.byline is None
    assert story.body[0] == "By Half Time"
    assert "name-as-subheading" in _codes(story)


def test_match_clock_inside_a_page_story_stays_in_the_body() -> None:
    story = library_story(LIBRARY_STORY[0], "By Half Time", *LIBRARY_STORY[1:])
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)
    assert story.body == (LIBRARY_STORY[0], "By Half Time", *LIBRARY_STORY[1:])
