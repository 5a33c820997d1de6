"""A story's last sentence of two or three words in a script without capitals.

Hebrew, Arabic, Hangul and Devanagari glue articles, prepositions and
particles to their words, so a short last sentence there ("the works begin in
May.", three words in Hebrew) is under the four words a closing sentence needs
in English. It was left out as furniture with no diagnostic; it only may be
the story's (a site's prompt is as short), so it is left out and said so.
"""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY, library_story
from story_checks import codes as _codes
from test_heldout13 import _HEBREW, _HINDI, _KOREAN, _korean_page, _script_page

import wirestory


@pytest.mark.parametrize(
    ("script", "closing"),
    [
        # The minister told the reporters (Korean, three words).
        ("korean", "장관은 기자들에게 말했다."),
        # The works begin in May (Korean, two words).
        ("korean", "공사는 시작된다."),
        # The works will begin in May (Hebrew, three words).
        ("hebrew", "העבודות יתחילו במאי."),
        # The work will begin (Hindi, three words and the danda).
        ("hindi", "काम शुरू होगा।"),
    ],
)
def test_a_short_last_sentence_without_capitals_is_not_lost_silently(
    script: str, closing: str
) -> None:
    if script == "korean":
        story = wirestory.parse_story(_korean_page(*_KOREAN, closing))
    else:
        paragraphs = {"hebrew": _HEBREW, "hindi": _HINDI}[script]
        story = wirestory.parse_story(_script_page(script, *paragraphs, closing))
    if closing not in story.body:
        assert "closing-sentence-left-out" in _codes(story)


def test_one_word_under_a_korean_story_is_furniture_unsaid() -> None:
    # Near miss: a word alone ("끝.", the end) is no sentence of the story.
    story = wirestory.parse_story(_korean_page(*_KOREAN, "끝."))
    assert "끝." not in story.body
    assert "closing-sentence-left-out" not in _codes(story)


def test_english_link_label_under_a_story_stays_furniture_unsaid() -> None:
    # Near miss: in a script with capitals a link's label under the story (no
    # full stop) is furniture, unsaid. Three words of a sentence's form
    # ("Read more here.") may be the story's last line: said since the
    # thirty-seventh silent round (test_silent37.py).
    story = library_story(*LIBRARY_STORY, "Read more")
    assert "Read more" not in story.body
    assert "closing-sentence-left-out" not in _codes(story)
