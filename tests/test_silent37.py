"""The thirty-seventh silent-wrong round: readings the last session left wrong
with no diagnostic. A page's story ending in a sentence of three words over
the footer (``Read more here.``) lost it.

Every page and line here is invented, in the shape of real page text or wire
copy.
"""

from __future__ import annotations

import pytest
from news_pages import (
    LIBRARY_STORY,
    library_story,
)

import wirestory


def _codes(story: wirestory.Story) -> list[str]:
    return [d.code for d in story.diagnostics]


# --- A sentence of two or three words under the story's last paragraph -----------


@pytest.mark.parametrize("closing", ["Read more here.", "The vote stands.", "Books move."])
def test_short_sentence_under_story_is_said(closing: str) -> None:
    """It was page furniture, in no field, with no diagnostic."""
    story = library_story(*LIBRARY_STORY, closing)
    assert story.body == LIBRARY_STORY
    assert "closing-sentence-left-out" in _codes(story)


@pytest.mark.parametrize(
    "closing",
    [
        # A link's label, no full stop; an exclamation; names; a label's colon.
        "Read more",
        "Sharing is caring!",
        "Jane Roe.",
        "See more photos:",
    ],
)
def test_short_furniture_under_story_keeps_its_reading(closing: str) -> None:
    story = library_story(*LIBRARY_STORY, closing)
    assert story.body == LIBRARY_STORY
    assert "closing-sentence-left-out" not in _codes(story)
