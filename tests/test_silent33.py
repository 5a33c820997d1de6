"""The thirty-third silent-wrong round: readings tonight's reviews left wrong
with no diagnostic. A short story sentence opening like a sign-up pitch and
reporting speech (``Sign up for a card, the mayor said.``) was dropped as
furniture.

Every page and line here is invented, in the shape of real page text or wire
copy.
"""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY, library_story

import wirestory
from wirestory.layouts.page import furniture_phrase


def _codes(story: wirestory.Story) -> list[str]:
    return [d.code for d in story.diagnostics]


# --- A short sentence opening like a sign-up pitch, reporting speech ------------------

_SPEECH_SENTENCES = (
    "Sign up for a card, the mayor said.",
    "Sign up for a card at any branch, officials said.",
    "Suscríbete a la biblioteca, dijo el alcalde.",
    "Melde dich für den Kurs an, sagte sie.",
    "Sign up to help on Saturday, she told members.",
)


@pytest.mark.parametrize("sentence", _SPEECH_SENTENCES)
def test_short_pitch_shaped_sentence_reporting_speech_is_no_furniture(sentence: str) -> None:
    assert not furniture_phrase(sentence)


@pytest.mark.parametrize("sentence", _SPEECH_SENTENCES)
def test_short_pitch_shaped_sentence_reporting_speech_stays_in_the_body(sentence: str) -> None:
    story = library_story(LIBRARY_STORY[0], sentence, *LIBRARY_STORY[1:])
    assert story.body == (LIBRARY_STORY[0], sentence, *LIBRARY_STORY[1:])


@pytest.mark.parametrize(
    "pitch",
    [
        # Pitches: no clause reporting speech after a comma.
        "Sign up for our newsletter.",
        "Sign up for a card, or call.",
        "Sign up for updates, it's free.",
        "Suscríbete a nuestro boletín.",
        "Melde dich für unseren Newsletter an.",
        # A speech word with no subject, or not in the last clause.
        "Sign up for alerts, said.",
        "Sign up to what she said, today.",
        # The site's own newsletter is a pitch at any length.
        "Sign up to our newsletter, the editor says.",
    ],
)
def test_pitches_near_the_speech_sentence_stay_furniture(pitch: str) -> None:
    assert furniture_phrase(pitch)
    story = library_story(LIBRARY_STORY[0], pitch, *LIBRARY_STORY[1:])
    assert pitch not in story.body
    assert story.body == LIBRARY_STORY
