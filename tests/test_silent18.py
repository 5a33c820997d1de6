"""Never silently wrong, eighteenth round: forms that came out wrong with no
diagnostic, each re-created with invented text. Each test failed on the code
before; the near-misses read like them and stay as they were."""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY
from news_pages import library_story as _page
from story_checks import codes as _codes

_P1, _P2, _P3, _P4 = LIBRARY_STORY


# --- 1. A long paragraph ending in an inline credit ---------------------------------

_MUSEUM = (
    "The museum opened its new wing on Saturday with a show of old maps of the valley. "
    "Curators had spent two years restoring the sheets, some of them folded in drawers "
    "since the war. The show runs until the end of August and entry is free for residents."
)


@pytest.mark.parametrize("credit", ["Courtesy of Vale Museum", "Photo: Vale Museum"])
def test_a_paragraph_ending_in_a_credit_is_flagged(credit: str) -> None:
    """Three sentences of the story that narrate, then ``Courtesy of Vale
    Museum`` (or ``Photo: Vale Museum``): read as a photo's caption, the story
    loses a paragraph; the story says so."""
    story = _page(_P1, _P2, f"{_MUSEUM} {credit}", _P3, _P4)
    assert "caption-may-be-paragraph" in _codes(story)


@pytest.mark.parametrize(
    "caption",
    [
        # Two sentences: a photo's caption and its background.
        "Curators unfold a map of the valley at the museum on Saturday. The show runs "
        "until August. Courtesy of Vale Museum",
        # Three sentences that describe in the present, none narrating.
        "Curators unfold a map of the valley. A sheet from 1850 lies on the table. "
        "Visitors look on. Photo: Vale Museum",
        # An agency's caption, its credit in brackets, adds the background.
        "Crews clear the road near the quay on Monday. The storm had closed it for two "
        "days. Residents were told to stay at home. (AP Photo/Jane Roe)",
    ],
)
def test_a_caption_of_a_sentence_or_two_says_nothing(caption: str) -> None:
    """Near miss: a caption that describes its photo stays a caption, unflagged."""
    story = _page(_P1, _P2, caption, _P3, _P4)
    assert len(story.captions) == 1
    assert "caption-may-be-paragraph" not in _codes(story)


# --- 2. A note paragraph holding a story's sentence -------------------------------


def test_a_note_holding_a_story_sentence_is_flagged() -> None:
    """``This story has been updated with the vote. Residents can still write
    to the council until Friday.``: the paragraph goes to notes whole, the
    story's sentence with it; the story says so."""
    note = (
        "This story has been updated with the vote. Residents can still write to the "
        "council until Friday."
    )
    story = _page(_P1, _P2, _P3, _P4, note)
    assert story.notes == (note,)
    assert "note-holds-story" in _codes(story)


@pytest.mark.parametrize(
    "note",
    [
        "This story has been updated with the vote.",
        "This story has been updated with the vote. Read the original article.",
        # A site's boilerplate of several sentences, no notice on the story.
        "Follow @ValeDeals on X for the latest offers. Prices are subject to change "
        "without notice and offers may end at any time.",
    ],
)
def test_a_note_alone_says_nothing(note: str) -> None:
    """Near miss: a note, or a note and a short pointer, goes to notes unflagged."""
    story = _page(_P1, _P2, _P3, _P4, note)
    assert story.notes == (note,)
    assert "note-holds-story" not in _codes(story)


# --- 3. Corrections, under the story, in either form ------------------------------


@pytest.mark.parametrize(
    "correction",
    [
        "Correction: An earlier version of this story gave the wrong date for the vote.",
        "CLARIFICATION - An earlier version of this story did not say who owns the building.",
    ],
)
def test_a_closing_correction_goes_to_notes(correction: str) -> None:
    """A closing ``Correction: …`` paragraph is a note, as ``This story has
    been updated to correct …`` is (and as the label above the story is)."""
    story = _page(_P1, _P2, _P3, _P4, correction)
    assert story.notes == (correction,)
    assert correction not in story.body


def test_a_story_sentence_on_corrections_stays_body() -> None:
    """Near miss: ``Correction officers …`` (no label's colon) is the story's."""
    closing = "Correction officers at the county jail said they had not been told of the plan."
    story = _page(_P1, _P2, _P3, _P4, closing)
    assert story.body[-1] == closing
    assert story.notes == ()


# --- 4. A furniture phrase that is the story's subheading --------------------------

_AD1 = (
    "The company said advertising revenue fell by a fifth last year as firms cut their "
    "budgets for print and radio."
)
_AD2 = (
    "Its advertising sales in the spring were the lowest in a decade, the chief executive "
    "told shareholders on Monday."
)


def test_a_furniture_phrase_the_paragraphs_write_is_flagged() -> None:
    """``Advertising`` between two paragraphs on advertising, in a story on a
    media company: left out as a site's label, it may be the subheading."""
    story = _page(_P1, _AD1, "Advertising", _AD2, _P4, headline="Vale Media profits fall")
    assert "furniture-may-be-subheading" in _codes(story)


def test_an_advertisement_label_says_nothing() -> None:
    """Near miss: ``Advertisement`` between paragraphs that never write the
    word stays furniture, unflagged."""
    story = _page(_P1, _P2, "Advertisement", _P3, _P4)
    assert "furniture-may-be-subheading" not in _codes(story)
    assert "Advertisement" not in story.body


# --- 5. A transcript opening with role labels --------------------------------------

_TURNS = (
    "REPORTER: Mayor, why did the council close the library on Mill Street this week?",
    "MAYOR: The roof was unsafe and the repairs would have cost more than a new branch.",
    "REPORTER: What happens to the books while the new branch is being built?",
    "MAYOR: They move to the town hall, where a reading room will stay open until spring.",
)


@pytest.mark.parametrize("header", ["March 4, 2025", "By Jane Roe\nMarch 4, 2025"])
def test_a_transcripts_turns_stay_body(header: str) -> None:
    """``REPORTER: …`` over ``MAYOR: …``: the speakers' labels in capitals are
    the turns' own, no dateline and no byline."""
    story = _page(*_TURNS, header=header)
    assert story.body == _TURNS
    assert story.dateline is None


def test_a_reporter_label_in_the_header_is_a_byline() -> None:
    """Near miss: ``REPORTER: Jane Roe`` under the headline names the writer."""
    story = _page(_P1, _P2, _P3, _P4, header="REPORTER: Jane Roe\nMarch 4, 2025")
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)
