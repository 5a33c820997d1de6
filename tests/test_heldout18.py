"""Forms of the eighteenth held-out round: page layouts of kinds the earlier
rounds did not write, read as a whole page each (``cases_heldout18``): local
and regional papers, British tabloids, magazine features, match reports,
business pages, press releases, obituaries, blogs, and pages in Dutch,
Polish, Spanish, Portuguese, Italian, German, Turkish, Indonesian,
Vietnamese and Japanese, with breadcrumbs, share counters, reading times,
cookie banners and newsletter boxes around the story.

Fixed in this round (each silent before): a box of links read past between
the story's paragraphs (``Lees ook: …``, ``Czytaj także: …``) over the
story's last two paragraphs of one short sentence each, which were left out
with the box; a newsletter's sign-up box opening on its pitch's heading
(``Get the morning briefing`` / ``Sign up for our free newsletter …`` /
``Sign up``), which cut the paragraphs below it off; notes under the story
that were its last paragraph: a magazine's ``This article appears in the
spring issue of …``, the Guardian's dated ``This article was amended on 3
March 2025 to correct …``, a column's ``Disclosure: … holds no positions
…``, a business page's ``Market data provided by …``; a match report's
byline naming the ground (``By Jane Roe at Meadow Park``), unread; a deck
over a newsroom's signature and the date (``Redacción`` / ``04/03/2025``),
left furniture; Turkish ``Haber Merkezi`` and Polish ``Redakcja`` read as
writers' names; a byline in capitals (``JIM OKAFOR jokafor@…``) whose writer's
bio in title case closes the story, unflagged; a blog's ``Caption:`` label
kept in its caption's text.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from news_pages import LIBRARY_STORY, library_page, library_story, news_page
from story_checks import codes as _codes
from test_page_fields_cases import page_case

import wirestory
from wirestory.bylines import find_page_byline, page_person_names

# Whole pages of this round's forms in the format of ``cases_pages``:
# ``NAME.txt`` in, ``NAME.json`` the fields expected.
_CASES = Path(__file__).parent / "cases_heldout18"
_NAMES = sorted(p.stem for p in _CASES.glob("*.txt"))


@pytest.mark.parametrize("name", _NAMES)
def test_whole_page(name: str) -> None:
    """Each page's fields as its file pins them down, read as a page."""
    got, expected = page_case(_CASES, name)
    assert got == expected


def test_whole_pages_are_there() -> None:
    assert len(_NAMES) == 33


# --- A box of links read past over the story's short last paragraphs ---------

# The story's last two paragraphs, one short sentence each (under the
# ``_LENGTH_LOW`` of a paragraph of prose).
_SHORT_CLOSE = (
    "The books will move to the new branch, the mayor said.",
    "Residents can comment on the plan until May.",
)


@pytest.mark.parametrize(
    "box",
    [
        "Lees ook: Nieuwe parkeerregels in het centrum",
        "Czytaj także: Nowe zasady parkowania w centrum",
        "Read also: New parking rules for the town centre",
        "Related articles\nNew parking rules for the town centre\nBus station to close for repairs",
    ],
)
def test_short_last_paragraphs_under_a_box_read_past(box: str) -> None:
    """They were left out with the box, silently: the box is read past (the
    story goes on below it), the short sentences under it close the story."""
    story = library_story(*LIBRARY_STORY[:2], box, *_SHORT_CLOSE)
    assert story.body == (*LIBRARY_STORY[:2], *_SHORT_CLOSE)
    assert _codes(story) == []


def test_teasers_under_a_box_at_the_end_stay_out() -> None:
    """A box under the story over a listing's headlines and one teaser each:
    no short sentences of the story; it still ends the story."""
    story = library_story(
        *LIBRARY_STORY,
        "Related articles",
        "Harbour wall to be rebuilt",
        "Work starts in May.",
        "Bus station closes for repairs",
        "It reopens in June.",
    )
    assert story.body == LIBRARY_STORY


# --- A newsletter's sign-up box opening on its pitch's heading -----------------


def test_sign_up_box_under_a_heading_between_paragraphs() -> None:
    """The box cut the paragraphs below it off, silently."""
    box = (
        "Get the morning briefing\n"
        "Sign up for our free newsletter to get the day's top stories in your inbox.\n"
        "Sign up"
    )
    story = library_story(*LIBRARY_STORY[:2], box, *LIBRARY_STORY[2:])
    assert story.body == LIBRARY_STORY
    assert _codes(story) == []


def test_sign_up_box_under_a_heading_under_the_story() -> None:
    """At the story's end, with no prose below, the box stays out."""
    box = (
        "Get the morning briefing\n"
        "Sign up for our free newsletter to get the day's top stories in your inbox.\n"
        "Sign up"
    )
    story = library_story(*LIBRARY_STORY, box)
    assert story.body == LIBRARY_STORY


# --- Notes under the story ---------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "This article appears in the spring issue of The Vale Review.",
        "This story appeared in the March 2025 edition of The Vale Review.",
        "This article was amended on 3 March 2025 to correct the spelling of a name.",
        "This article was amended to correct the date of the vote.",
        "Disclosure: Jane Roe holds no positions in the companies mentioned.",
        "Disclosure: the author owns shares in Harbour Robotics.",
    ],
)
def test_note_under_the_story_is_a_note(note: str) -> None:
    """It was the body's last paragraph, silently."""
    story = library_story(*LIBRARY_STORY, note)
    assert story.body == LIBRARY_STORY
    assert story.notes == (note,)


@pytest.mark.parametrize(
    "sentence",
    [
        # The story's own sentences on an article, a mending and a disclosure.
        "This article appears to contradict the report the council published in May.",
        "Disclosure of the costs was amended on Monday to include the roof.",
        "Disclosure: the council has yet to say how much the repairs will cost.",
    ],
)
def test_story_sentence_like_a_note_stays_body(sentence: str) -> None:
    story = library_story(*LIBRARY_STORY, sentence)
    assert story.body == (*LIBRARY_STORY, sentence)
    assert story.notes == ()


@pytest.mark.parametrize(
    "notice",
    [
        "Market data provided by Example Exchange Data. Delayed at least 15 minutes.",
        "Quotes delayed at least 15 minutes.",
    ],
)
def test_market_data_notice_stays_out(notice: str) -> None:
    """A business page's notice on its prices was the body's last paragraph."""
    story = library_story(*LIBRARY_STORY, notice)
    assert story.body == LIBRARY_STORY


# --- Bylines -------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "By Sam Keller at Meadow Park",
        "By Sam Keller at the Riverside Stadium",
        "By Sam Keller at Elland Road",
    ],
)
def test_match_report_byline_names_the_ground(line: str) -> None:
    """Unread before: the ground the writer reported from follows ``at``, its
    last word a ground's (``By Orla Keane at Mill Street`` stays no byline:
    tests/test_heldout12.py)."""
    byline = find_page_byline(line)
    assert byline is not None
    assert byline.names == ("Sam Keller",)


@pytest.mark.parametrize(
    "line", ["By Sam Keller at work", "By Sam Keller at dawn", "Sam Keller at Meadow Park"]
)
def test_no_ground_after_at(line: str) -> None:
    """A time or a word in small letters after ``at`` is no place, and
    without ``By`` the line is no byline: unread, as before."""
    assert find_page_byline(line) is None


@pytest.mark.parametrize("line", ["Haber Merkezi", "Redakcja", "Redakce"])
def test_newsroom_signature_is_no_writer(line: str) -> None:
    """``Haber Merkezi`` (Turkish: the news centre) was read as a writer."""
    byline = page_person_names(line)
    assert byline is None or byline.names == ()


@pytest.mark.parametrize("desk", ["Redacción", "Staff Reporter", "Haber Merkezi"])
def test_deck_over_a_newsroom_signature_and_the_date(desk: str) -> None:
    """The deck over a desk's signature and the date line was left
    furniture, silently."""
    deck = "The members voted after a long debate about the roof and the cost"
    text = news_page(
        *LIBRARY_STORY,
        headline="Council votes to close old library",
        header=f"{deck}\n{desk}\nMarch 4, 2025",
        site="The Vale Post",
        year=2025,
    )
    story = wirestory.parse(text)[0]
    assert story.standfirst == deck
    assert story.body == LIBRARY_STORY


def test_line_over_a_newsroom_signature_without_a_date_stays_furniture() -> None:
    """Without the date line under the signature, the line may be any of the
    header's: left as it was."""
    deck = "The members voted after a long debate about the roof and the cost"
    text = news_page(
        *LIBRARY_STORY,
        headline="Council votes to close old library",
        header=f"{deck}\nRedacción",
        site="The Vale Post",
        year=2025,
    )
    story = wirestory.parse(text)[0]
    assert story.standfirst is None


def test_bio_under_a_byline_in_capitals_is_said() -> None:
    """The writer's box in title case under a byline in capitals stays in the
    body, as the labelled pages keep it, and says so now (silent before)."""
    bio = "Jim Okafor is a staff writer for The Vale Post. Reach him at 555-0199."
    text = library_page(*LIBRARY_STORY, bio).replace(
        "By Orla Keane", "JIM OKAFOR jokafor@valepost.example"
    )
    story = wirestory.parse(text)[0]
    assert story.byline is not None
    assert story.byline.names == ("JIM OKAFOR",)
    assert story.body == (*LIBRARY_STORY, bio)
    assert "author-bio-in-body" in _codes(story)


# --- A caption's label -------------------------------------------------------


def test_caption_label_is_no_caption_text() -> None:
    """A blog's ``Caption:`` before the caption's text stayed in the text (no
    label match with the labelled pages' captions)."""
    caption = "Caption: Pupils leave the old library on Mill Street on Monday. (Credit: Jane Roe)"
    story = library_story(caption, *LIBRARY_STORY)
    assert [(c.text, c.credit) for c in story.captions] == [
        ("Pupils leave the old library on Mill Street on Monday.", "Credit: Jane Roe")
    ]
    assert story.body == LIBRARY_STORY
