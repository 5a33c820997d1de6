"""Misfires of the eighteenth held-out round's rules (``test_heldout18.py``):
lines those rules take out of the body, or readings they give, where a story's
own text of the same opening stands.

Fixed here (each silent before): a business story's sentence opening like a
price notice (``Market data provided by the exchange show …``, ``Quotes
delayed by the outage angered traders …``) was dropped as furniture; a
story's sentence quoting its source on a disclosure (``Disclosure: the council
has no shares in the developer, the mayor said.``) or going on past an issue
(``This article appears in the spring issue of the newsletter, which residents
found …``) was taken out as a note; the Guardian's ``This article was
amended on 3 March 2025. An earlier version …`` and ``A version of this
article appears in the May issue of …`` were the body's last paragraph;
other stories' teasers, one short sentence each under a box of links at the
story's end, were read as the story's last paragraphs with no word (the
story's own last sentences under a box read past read the same: now flagged).
A story's ``Sign up for a card at any branch, the mayor said.`` was
furniture (and a subheading over it opened a sign-up box). Also read now: a
price notice opening ``Data provided by …``; a match report's byline at a
racecourse, links or a bowl, or naming the ground's town (``By Sam Keller at
the Aviva Stadium, Dublin``); a sign-up box whose pitch of any
length names the site's newsletter (``Sign up to our free newsletter for …``).

Every line here is invented.
"""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY, library_story, news_page
from story_checks import codes as _codes

import wirestory
from wirestory.bylines import find_page_byline

# --- Price notices and a business story's sentences ----------------------------

_OPENING_LIKE_A_NOTICE = (
    "Market data provided by the exchange show that trading in the council's bonds "
    "fell sharply after the vote.",
    "Market data provided by Harbour Exchange show that trading fell after the vote.",
    "Quotes delayed by the outage angered traders, who said they lost money.",
    "Data delayed by the storm meant the council could not publish the survey until May.",
)


@pytest.mark.parametrize("sentence", _OPENING_LIKE_A_NOTICE)
def test_sentence_opening_like_a_price_notice_ends_the_story(sentence: str) -> None:
    """It was dropped as the page's furniture, silently."""
    story = library_story(*LIBRARY_STORY, sentence)
    assert story.body == (*LIBRARY_STORY, sentence)


@pytest.mark.parametrize("sentence", _OPENING_LIKE_A_NOTICE)
def test_sentence_opening_like_a_price_notice_inside_the_story(sentence: str) -> None:
    story = library_story(*LIBRARY_STORY[:2], sentence, *LIBRARY_STORY[2:])
    assert story.body == (*LIBRARY_STORY[:2], sentence, *LIBRARY_STORY[2:])


def test_data_provided_by_notice_stays_out() -> None:
    """``Data provided by …`` was the body's last paragraph."""
    story = library_story(*LIBRARY_STORY, "Data provided by Morningstar.")
    assert story.body == LIBRARY_STORY


@pytest.mark.parametrize(
    "notice",
    [
        "Market data provided by Example Exchange Data. Delayed at least 15 minutes.",
        "Market data provided by Harbour Data and Vale Prices.",
        "Quotes delayed at least 15 minutes.",
        "Quotes delayed.",
        "Data delayed 15 mins.",
        "Prices delayed 20 minutes.",
        "Data provided by Harbour Exchange. Delayed at least 15 minutes.",
        "Market data provided by Harbour Data Services Inc. Quotes delayed by at least "
        "15 minutes, unless otherwise noted.",
    ],
)
def test_price_notice_stays_out(notice: str) -> None:
    """The forms main read (the eighteenth round's, and the short notices
    that were furniture already), read the same."""
    story = library_story(*LIBRARY_STORY, notice)
    assert story.body == LIBRARY_STORY


# --- Notes and a story's sentences on a disclosure or an issue ------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Disclosure: the council has no shares in the developer, the mayor said.",
        "Disclosure: the mayor holds no positions on the board, a spokesman said, "
        "but her husband does.",
        "This article appears in the spring issue of the council newsletter, which "
        "residents found in their letterboxes.",
        "This story appeared in the May edition of the parish magazine, but the council "
        "never answered it.",
    ],
)
def test_story_sentence_on_a_disclosure_or_an_issue_stays_body(sentence: str) -> None:
    """It was taken out of the body as a note, silently."""
    story = library_story(*LIBRARY_STORY, sentence)
    assert story.body == (*LIBRARY_STORY, sentence)
    assert story.notes == ()


@pytest.mark.parametrize(
    "note",
    [
        "Disclosure: Jane Roe's husband owns shares in the builder.",
        "This article appears in the autumn issue of The Vale Review.",
        "This article was amended on the orders of the court to remove the names of the children.",
    ],
)
def test_note_under_the_story_stays_a_note(note: str) -> None:
    story = library_story(*LIBRARY_STORY, note)
    assert story.body == LIBRARY_STORY
    assert story.notes == (note,)


@pytest.mark.parametrize(
    "note",
    [
        "A version of this article appears in the May issue of The Vale Review.",
        "This article was amended on 3 March 2025. An earlier version misstated the cost "
        "of the roof.",
        "This article was amended on 3 March 2025 because an earlier version misstated the "
        "cost of the roof.",
    ],
)
def test_note_of_other_forms_is_a_note(note: str) -> None:
    """Forms the eighteenth round's notes missed: the body's last paragraph."""
    story = library_story(*LIBRARY_STORY, note)
    assert story.body == LIBRARY_STORY
    assert story.notes == (note,)


@pytest.mark.parametrize(
    "sentence",
    [
        "This report was amended on Tuesday. Councillors then voted to close the library.",
        "A version of this article appears to have been leaked to the council before the vote.",
    ],
)
def test_story_sentence_on_a_mended_report_stays_body(sentence: str) -> None:
    story = library_story(*LIBRARY_STORY, sentence)
    assert story.body == (*LIBRARY_STORY, sentence)
    assert story.notes == ()


# --- Teasers under a box of links at the story's end ------------------------------

_TEASERS = ("Harbour wall to be rebuilt in May.", "Bus station closes for repairs.")


@pytest.mark.parametrize(
    "box",
    [
        "Lees ook: Nieuwe parkeerregels in het centrum",
        "Read also: New parking rules for the town centre",
        "Related articles\nHarbour wall to be rebuilt\nBus station closes for repairs",
    ],
)
def test_teasers_under_a_box_at_the_end_are_flagged(box: str) -> None:
    """Two teasers of one short sentence each under the box read the same as
    the story's own last sentences under a box read past: taken into the
    body, silently. The reading stands; it says so now."""
    story = library_story(*LIBRARY_STORY, box, *_TEASERS)
    assert story.body == (*LIBRARY_STORY, *_TEASERS)
    assert "closing-sentence-under-box" in _codes(story)


def test_last_sentences_reporting_speech_under_a_box_say_nothing() -> None:
    """A sentence reporting speech under the box is the story's."""
    close = ("The books will move in May, the mayor said.", "Comments close in April.")
    story = library_story(*LIBRARY_STORY[:2], "Read also: New parking rules", *close)
    assert story.body == (*LIBRARY_STORY[:2], *close)
    assert _codes(story) == []


# --- A sign-up drive's paragraphs and a newsletter's pitch ------------------------


@pytest.mark.parametrize(
    "section",
    [
        ("Join the reading challenge", "Sign up for the summer reading challenge at any branch."),
        ("Who can join?", "Sign up for a card at any branch, the mayor said."),
    ],
)
def test_sign_up_drive_paragraphs_stay_in_the_story(section: tuple[str, str]) -> None:
    """A story's ``Sign up for …`` sentence was furniture, and the subheading
    over it opened a sign-up box with it: both left out, silently."""
    story = library_story(*LIBRARY_STORY[:2], *section, *LIBRARY_STORY[2:])
    assert story.body == (*LIBRARY_STORY[:2], *section, *LIBRARY_STORY[2:])


@pytest.mark.parametrize(
    "pitch",
    [
        "Sign up to our free newsletter for the day's top stories in your inbox.",
        "Sign up for our free newsletter to get the day's top stories in your inbox.",
    ],
)
def test_sign_up_box_of_a_long_pitch_between_paragraphs(pitch: str) -> None:
    """A pitch of nine words or more naming the site's newsletter: ``Sign up
    to our …`` was a sentence of the story, and the box cut the paragraphs
    below it off."""
    box = f"Get the evening briefing\n{pitch}\nSign up"
    story = library_story(*LIBRARY_STORY[:2], box, *LIBRARY_STORY[2:])
    assert story.body == LIBRARY_STORY


# --- A paragraph opening like a match report's byline -----------------------------


@pytest.mark.parametrize(
    "line",
    ["By the river at Meadow Park", "By Tuesday at Mill Road", "By noon at the Riverside Stadium"],
)
def test_paragraph_opening_by_a_time_or_place_at_a_ground_is_no_byline(line: str) -> None:
    assert find_page_byline(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "By Sam Keller at Cheltenham Racecourse",
        "By Sam Keller at Royal Birkdale Links",
        "By Sam Keller at the Rose Bowl",
        "By Sam Keller at the Aviva Stadium, Dublin",
        "By Sam Keller at Meadow Park, Harbourton",
    ],
)
def test_match_report_byline_at_other_grounds(line: str) -> None:
    """Grounds the eighteenth round's words missed, and a ground with its
    town after a comma: unread before."""
    byline = find_page_byline(line)
    assert byline is not None
    assert byline.names == ("Sam Keller",)


@pytest.mark.parametrize(
    "line",
    [
        "By Sam Keller at Meadow Park, on Saturday",
        "By Tuesday at the Aviva Stadium, Dublin",
        "By Sam Keller at Mill Street, Dublin",
    ],
)
def test_no_ground_with_a_town(line: str) -> None:
    assert find_page_byline(line) is None


@pytest.mark.parametrize("line", ["By the river at Meadow Park", "By Sunday at Elland Road"])
def test_such_a_paragraph_stays_in_the_story(line: str) -> None:
    story = library_story(*LIBRARY_STORY[:2], line, *LIBRARY_STORY[2:])
    assert story.body == (*LIBRARY_STORY[:2], line, *LIBRARY_STORY[2:])
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)


# --- A newsroom's signature under the story's first paragraph ---------------------


def _under_first_paragraph(line: str) -> wirestory.Story:
    """The page whose story's first paragraph stands over ``line`` and the
    date line, where a deck stands over a desk's signature."""
    text = news_page(
        *LIBRARY_STORY[1:],
        headline="Council votes to close old library",
        header=f"{LIBRARY_STORY[0]}\n{line}\n04/03/2025 12:30",
        site="The Vale Post",
        year=2025,
    )
    return wirestory.parse(text)[0]


@pytest.mark.parametrize("desk", ["Redacción", "Staff Reporter", "Haber Merkezi"])
def test_newsroom_signature_under_the_first_paragraph_is_no_paragraph(desk: str) -> None:
    """The signature was a subheading of the body, silently."""
    story = _under_first_paragraph(desk)
    assert story.body == LIBRARY_STORY
    assert story.byline is None


def test_subheading_over_the_date_stays_a_subheading() -> None:
    """A subheading in small letters is no desk's signature."""
    story = _under_first_paragraph("Press reaction")
    assert story.body == (LIBRARY_STORY[0], "Press reaction", *LIBRARY_STORY[1:])
