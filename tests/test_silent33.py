"""The thirty-third silent-wrong round: readings tonight's reviews left wrong
with no diagnostic. A short story sentence opening like a sign-up pitch and
reporting speech (``Sign up for a card, the mayor said.``) was dropped as
furniture. A date, an occasion or an idiom after "By" under a headline
(``By Christmas Eve``, ``By Royal Appointment``) was a writer's name. A
teaser's headline over an in-story ``Advertisement`` was the story's
subheading. On a page, ``By Half Time`` or ``By Tuesday`` on the header line
was left out as furniture.

Every page and line here is invented, in the shape of real page text or wire
copy.
"""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY, library_story, page_story_under_header, story_under_header
from story_checks import codes as _codes

from wirestory.bylines import occasion_after_by
from wirestory.layouts.page import furniture_phrase

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


# --- A date or an occasion after "By" under a headline --------------------------------

_OCCASIONS = ("By Christmas Eve", "By Royal Appointment", "By New Year's Day", "By Boxing Day")


@pytest.mark.parametrize("line", _OCCASIONS)
@pytest.mark.parametrize("layout", ["auto", "headless"])
def test_occasion_after_by_under_a_headline_is_flagged(line: str, layout: str) -> None:
    """The occasion was read as a writer's two capitalised words, silently."""
    story = story_under_header(line, layout=layout)
    assert story.byline is not None
    assert "byline-name-may-be-phrase" in _codes(story)


@pytest.mark.parametrize("line", _OCCASIONS)
def test_occasion_after_by_on_a_page_header_is_flagged(line: str) -> None:
    story = page_story_under_header(line)
    assert story.byline is not None
    assert "byline-name-may-be-phrase" in _codes(story)


@pytest.mark.parametrize(
    "line",
    # Names sharing an occasion's word: a given name, a family name.
    ["By Christmas Jones", "By Doris Day", "By Eve Roe", "By Mark Ellison", "By Royal Roe"],
)
@pytest.mark.parametrize("layout", ["auto", "headless"])
def test_names_near_an_occasion_keep_their_reading_unflagged(line: str, layout: str) -> None:
    story = story_under_header(line, layout=layout)
    assert story.byline is not None
    assert story.byline.names == (line[3:],)
    assert "byline-name-may-be-phrase" not in _codes(story)


@pytest.mark.parametrize(
    ("name", "occasion"),
    [
        ("Christmas Eve", True),
        ("Election Night", True),
        ("Mother’s Day", True),
        ("Popular Demand", True),
        ("Christmas Jones", False),
        ("Doris Day", False),
        ("Royal", False),
    ],
)
def test_occasion_after_by(name: str, occasion: bool) -> None:
    assert occasion_after_by(name) is occasion


# --- A teaser's headline over an in-story furniture line ------------------------------

_FURNITURE_UNDER = ("Advertisement", "Share this article", "Story continues below advertisement")


@pytest.mark.parametrize("furniture", _FURNITURE_UNDER)
@pytest.mark.parametrize("heading", ["Ferry fares rise again", "Harbour festival returns"])
def test_teaser_headline_over_in_story_furniture_is_flagged(furniture: str, heading: str) -> None:
    """Kept as the story's subheading (silent32's rule) with no word of the
    story's: another story's teaser, silently."""
    story = library_story(*LIBRARY_STORY[:2], f"{heading}\n{furniture}", *LIBRARY_STORY[2:])
    assert story.body == (*LIBRARY_STORY[:2], heading, *LIBRARY_STORY[2:])
    assert "subheading-may-be-teaser" in _codes(story)


@pytest.mark.parametrize("furniture", _FURNITURE_UNDER)
@pytest.mark.parametrize(
    "heading",
    # The prose above writes "new branch", the prose under it "books" and
    # "reading room".
    ["The new branch", "Books on the move", "A reading room"],
)
def test_subheading_sharing_the_story_words_says_nothing(furniture: str, heading: str) -> None:
    story = library_story(*LIBRARY_STORY[:2], f"{heading}\n{furniture}", *LIBRARY_STORY[2:])
    assert story.body == (*LIBRARY_STORY[:2], heading, *LIBRARY_STORY[2:])
    assert "subheading-may-be-teaser" not in _codes(story)


# --- A byline's shape naming no writer on a page's header line ------------------------


@pytest.mark.parametrize("line", ["By Half Time", "By Tuesday", "By Full Time"])
@pytest.mark.parametrize("date", ["", "\nMarch 4, 2025"])
def test_by_words_naming_no_writer_on_the_header_are_flagged(line: str, date: str) -> None:
    """Left out as furniture between the headline and the story, silently."""
    story = library_story(*LIBRARY_STORY, header=f"{line}{date}")
    assert story.byline is None
    assert story.body == LIBRARY_STORY
    assert "header-line-left-out" in _codes(story)


@pytest.mark.parametrize(
    "header",
    [
        # A writer, and the page's own header lines: nothing to say.
        "By Jane Roe\nMarch 4, 2025",
        "March 4, 2025",
        "By the numbers\nMarch 4, 2025",
        "Share this article\nMarch 4, 2025",
    ],
)
def test_header_lines_near_the_by_words_say_nothing(header: str) -> None:
    story = library_story(*LIBRARY_STORY, header=header)
    assert story.body == LIBRARY_STORY
    assert "header-line-left-out" not in _codes(story)
