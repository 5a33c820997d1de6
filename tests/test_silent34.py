"""The thirty-fourth silent-wrong round: readings the last session's reviews
left wrong with no diagnostic. On a page, a short story sentence or a
one-word subheading right over an in-story ``Advertisement`` was lost with
the ad.

Every page and line here is invented, in the shape of real page text or wire
copy.
"""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY, library_story

import wirestory


def _codes(story: wirestory.Story) -> list[str]:
    return [d.code for d in story.diagnostics]


# --- A short sentence or a one-word subheading over in-story furniture --------------

_FURNITURE_UNDER = ("Advertisement", "Share this article")


@pytest.mark.parametrize("furniture", _FURNITURE_UNDER)
@pytest.mark.parametrize(
    "sentence",
    # Each names a word of the paragraph above ("building", "branch",
    # "station") or under ("books", "reading").
    ["The building was closed.", "The new branch is bigger.", "Most books are ready."],
)
def test_short_sentence_over_in_story_furniture_stays_in_the_body(
    furniture: str, sentence: str
) -> None:
    """It was left out with the ad, in no field, silently."""
    story = library_story(*LIBRARY_STORY[:2], f"{sentence}\n{furniture}", *LIBRARY_STORY[2:])
    assert story.body == (*LIBRARY_STORY[:2], sentence, *LIBRARY_STORY[2:])
    assert "subheading-may-be-teaser" not in _codes(story)


@pytest.mark.parametrize("furniture", _FURNITURE_UNDER)
def test_short_sentence_of_other_words_over_furniture_is_kept_and_flagged(furniture: str) -> None:
    story = library_story(
        *LIBRARY_STORY[:2], f"The vote was close.\n{furniture}", *LIBRARY_STORY[2:]
    )
    assert story.body == (*LIBRARY_STORY[:2], "The vote was close.", *LIBRARY_STORY[2:])
    assert "subheading-may-be-teaser" in _codes(story)


@pytest.mark.parametrize("furniture", _FURNITURE_UNDER)
def test_one_word_subheading_over_in_story_furniture_is_kept(furniture: str) -> None:
    story = library_story(*LIBRARY_STORY[:2], f"Books\n{furniture}", *LIBRARY_STORY[2:])
    assert story.body == (*LIBRARY_STORY[:2], "Books", *LIBRARY_STORY[2:])
    assert story.subheading_indices == (2,)
    assert "subheading-may-be-teaser" not in _codes(story)


def test_one_word_subheading_of_no_story_word_is_kept_and_flagged() -> None:
    story = library_story(*LIBRARY_STORY[:2], "Reaction\nAdvertisement", *LIBRARY_STORY[2:])
    assert story.body == (*LIBRARY_STORY[:2], "Reaction", *LIBRARY_STORY[2:])
    assert "subheading-may-be-teaser" in _codes(story)


@pytest.mark.parametrize(
    "block",
    [
        # A teaser cut short, a lone word with a full stop, a furniture
        # phrase: none is read as the story's line.
        "The vote was close...\nAdvertisement",
        "Close.\nAdvertisement",
        "Related\nAdvertisement",
    ],
)
def test_near_misses_over_in_story_furniture_stay_out(block: str) -> None:
    story = library_story(*LIBRARY_STORY[:2], block, *LIBRARY_STORY[2:])
    assert story.body == LIBRARY_STORY
