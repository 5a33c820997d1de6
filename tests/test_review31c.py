"""Misfires of the captions31 page rules (review31c): lines a page prints
as prose that the new furniture rules took out of the story, silently.

- A paragraph opening with a photo label in the plural (a listing's
  ``Photos: the exhibition opens with …, and runs until May.``) was dropped
  as a gallery's link: a gallery's title is a few words with no full stop.
- A live blog's entry stamped with the time of day and quoting its source
  (``14:05 - Source: a council officer says …``) was dropped as a video's
  running time: a video's source is a name.

Near misses (the forms the rules are for, and lines they never took) read
the same before and after. Every page and line here is invented, in the
shape of real page text.
"""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY, library_page, library_story

import wirestory
from wirestory.captions import is_gallery_link, is_video_running_time
from wirestory.explain import explain_lines

CAPTION = "Pupils leave the old library on Mill Street on Monday."


def _codes(story: wirestory.Story) -> set[str]:
    return {d.code for d in story.diagnostics}


def _rule(line: str, *blocks: str) -> str:
    """The rule that read ``line`` on the library page around ``blocks``."""
    [rule] = [row.rule for row in explain_lines(library_page(*blocks)) if row.text == line]
    return rule


def _between(line: str) -> tuple[str, ...]:
    """The library story with ``line`` between its second and third paragraphs."""
    s = LIBRARY_STORY
    return (s[0], s[1], line, s[2], s[3])


# --- A paragraph opening with a photo label in the plural ---------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        # An arts listing's paragraphs, each under its art's label.
        "Photos: the exhibition opens with forty prints from the harbour archive, "
        "most never shown before, and runs until May.",
        "Photos: what we saw.",
        "Pictures: readers sent us more than two hundred of the old reading room, "
        "and we will print the best of them in Saturday's paper.",
    ],
)
def test_a_paragraph_under_a_photo_label_stays_in_the_body(paragraph: str) -> None:
    """It was dropped as ``in-story:gallery-link``, with no diagnostic."""
    story = library_story(*_between(paragraph))
    assert paragraph in story.body
    assert not is_gallery_link(paragraph)


@pytest.mark.parametrize(
    "link",
    [
        "Photos: The old library through the years",
        "Photos: what we saw",
        "Photos : the old library through the years",
        "Fotos: Die alte Bibliothek im Wandel der Zeit",
        "Photos: Were you at the library's last day?",
    ],
)
def test_a_gallery_title_stays_a_gallery_link(link: str) -> None:
    """The form the rule is for: a label and a title, no full stop."""
    blocks = _between(link)
    story = library_story(*blocks)
    assert link not in story.body
    assert story.captions == ()
    assert _rule(link, *blocks) == "in-story:gallery-link"


# --- A live blog's entry stamped with the time and its source ------------------


@pytest.mark.parametrize(
    "entry",
    [
        "14:05 - Source: a council officer says the vote is delayed",
        "14:05 - Source: Reuters says the vote on the library is delayed",
        "09:30 | Source: the mayor's office.",
    ],
)
def test_a_stamped_entry_quoting_its_source_stays_in_the_body(entry: str) -> None:
    """It was dropped as ``in-story:video-running-time``, with no diagnostic."""
    story = library_story(*_between(entry))
    assert entry in story.body
    assert not is_video_running_time(entry)


@pytest.mark.parametrize(
    "line",
    [
        "03:41 - Source: Vale TV",
        "03:41 - Source: Vale Rovers",
        "1:02:15 | Source: Friends of the Quay",
        "05:22 - Source: CNN",
    ],
)
def test_a_running_time_and_its_source_stay_furniture(line: str) -> None:
    block = f"Video Ad Feedback\nWatch the council's vote on the library\n{line}"
    blocks = _between(block)
    story = library_story(*blocks)
    assert line not in story.body
    assert story.captions == ()
    assert _rule(line, *blocks) == "in-story:video-running-time"


# --- Lines the captions31 rules never took: read the same before and after -------


@pytest.mark.parametrize(
    "line",
    [
        "Update: the council has since replied.",
        "Smith for England",
        "Jude Bellingham for Real Madrid",
        "Jane Roe for Mayor",
        "Bilder: Die alte Bibliothek im Wandel der Zeit",
        "In pictures: the old library through the years",
        "Gallery: the old library through the years",
    ],
)
def test_lines_the_rules_leave_in_the_body(line: str) -> None:
    story = library_story(*_between(line))
    assert line in story.body
    assert story.captions == ()


@pytest.mark.parametrize(
    "line",
    [
        "The new branch will cost the town (and its taxpayers) less",
        "Under the plan pensioners pay (Reuters) less",
    ],
)
def test_a_sentence_ending_in_less_after_a_bracket_stays_in_the_body(line: str) -> None:
    """The folding button's ``less`` is read off a caption only."""
    s = LIBRARY_STORY
    story = library_story(s[0], line, s[1], s[2], s[3])
    assert line in story.body
    assert story.captions == ()


def test_a_paragraph_over_a_credit_for_a_team_is_flagged() -> None:
    """``Red Star`` ends in an outlet's word: the sports line is read as a
    caption's credit, the sentence above as its caption, and said."""
    s = LIBRARY_STORY
    sentence = "He scored twice in the second half on Saturday."
    story = library_story(s[0], sentence, "Tom Hale for Red Star", s[1], s[2], s[3])
    assert sentence in story.body or "caption-may-be-paragraph" in _codes(story)


def test_a_folded_caption_under_its_caption_is_its_duplicate() -> None:
    s = LIBRARY_STORY
    folded = "Pupils leave the old library on... more"
    blocks = (s[0], f"{CAPTION} (Jane Roe/Vale Post)", folded, s[1], s[2], s[3])
    story = library_story(*blocks)
    assert [(c.text, c.credit) for c in story.captions] == [(CAPTION, "Jane Roe/Vale Post")]
    assert _rule(folded, *blocks) == "caption-shown-again"
    assert list(story.body) == list(s)


# --- An op-ed's sign-off in the NAME for OUTLET form over its writer's note -------

BIO = (
    "Jane Roe is a councillor who lives by the old quay. She has written for the paper since 2019."
)


def test_a_sign_off_over_its_writers_note_is_no_photo_credit() -> None:
    """The op-ed's last paragraph was read as a caption credited to its
    writer's sign-off (said, but wrong): the note under the line opens with
    the sign-off's name."""
    story = library_story(*LIBRARY_STORY, "Jane Roe for The Vale Post", BIO)
    assert story.captions == ()
    assert LIBRARY_STORY[-1] in story.body
    assert BIO in story.body


def test_a_credit_over_a_paragraph_naming_another_stays_a_credit() -> None:
    """A paragraph under the credit opening with another name: the credit is
    still the photo's."""
    s = LIBRARY_STORY
    under = "Tom Hale is a councillor who lives by the old quay and voted against the plan."
    story = library_story(s[0], CAPTION, "Jane Roe for The Vale Post", under, s[2], s[3])
    assert [(c.text, c.credit) for c in story.captions] == [(CAPTION, "Jane Roe for The Vale Post")]
    assert "caption-may-be-paragraph" in _codes(story)
