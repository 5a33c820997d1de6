"""The forty-third silent-wrong round: readings left wrong with no
diagnostic. A page's second writer stacked over the date whose given name no
table holds (``Jane Roe`` / ``Max Brandt`` / the date) was furniture,
silently; a one-sentence newsletter pitch between or under a page story's
paragraphs stayed a paragraph; ``Contributing: …`` under a writer's sign-off
set apart under the story named no contributor; a summary box's rows over
the story were named by no diagnostic; a caption's credit after Croatian and
Slovenian ``Slika:`` or Lithuanian ``Nuotrauka:`` was no credit.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_HEADLINE, LIBRARY_STORY, library_story
from story_checks import codes as _codes

import wirestory

# --- Writers stacked over the date ---------------------------------------------------------

_DATE = "March 4, 2025"


@pytest.mark.parametrize(
    ("header", "names", "unread"),
    [
        ("Jane Roe\nMax Brandt", ("Jane Roe",), "Max Brandt"),
        ("Jane Roe\nOluwaseun Adeyemi", ("Jane Roe",), "Oluwaseun Adeyemi"),
        ("Jane Roe\nTom Hale\nMax Brandt", ("Jane Roe", "Tom Hale"), "Max Brandt"),
        # ``Max Brandt, Staff Writer`` (a writer's title) is read since
        # silent46 (tests/test_silent46.py).
        ("JANE ROE\nMAX BRANDT", ("JANE ROE",), "MAX BRANDT"),
        # A paper's name of a name's shape reads the same: doubted too.
        ("Jane Roe\nHarbour Voice", ("Jane Roe",), "Harbour Voice"),
    ],
)
def test_stacked_name_with_an_unknown_given_name_is_said(
    header: str, names: tuple[str, ...], unread: str
) -> None:
    """The line was left out as furniture between the headline and the
    story, silently: its given name is in no table."""
    story = library_story(*LIBRARY_STORY, header=f"{header}\n{_DATE}")
    assert story.byline is not None
    assert story.byline.names == names
    [said] = [d for d in story.diagnostics if d.code == "byline-stacked-name-unread"]
    assert repr(unread) in said.message
    assert story.body == LIBRARY_STORY


@pytest.mark.parametrize(
    ("header", "names"),
    [
        ("Jane Roe\nTom Hale", ("Jane Roe", "Tom Hale")),
        ("Jane Roe\nPriya Shah", ("Jane Roe", "Priya Shah")),
        ("Jane Roe", ("Jane Roe",)),
        # An outlet's word, a writer's detail, words no name holds: no doubt.
        ("Jane Roe\nVale Post", ("Jane Roe",)),
        ("Jane Roe\nCharlotte Observer", ("Jane Roe",)),
        ("Jane Roe\nHealth Correspondent", ("Jane Roe",)),
        ("Jane Roe\nUSA TODAY", ("Jane Roe",)),
        ("Jane Roe\nRead More", ("Jane Roe",)),
        ("By Jane Roe, Reuters\nMax Brandt", ("Jane Roe",)),
    ],
)
def test_no_stacked_name_says_nothing(header: str, names: tuple[str, ...]) -> None:
    story = library_story(*LIBRARY_STORY, header=f"{header}\n{_DATE}")
    assert story.byline is not None
    assert story.byline.names == names
    assert "byline-stacked-name-unread" not in _codes(story)


# --- Contributing: under a sign-off set apart ----------------------------------------------


def _network_page(*blocks: str) -> wirestory.Story:
    """A USA Today network page: the writer and the outlet stacked over the
    date under the headline, then ``blocks`` set apart by blank lines."""
    text = (
        "Home\nNews\nSports\nLife\n\n"
        f"{LIBRARY_HEADLINE}\n\nJane Roe\nUSA TODAY\nPublished 10:32 a.m. ET March 4, 2026\n\n"
        + "\n\n".join(blocks)
        + "\n\nAbout us\nContact us\nTerms of Service\n"
    )
    [story] = wirestory.parse(text)
    return story


@pytest.mark.parametrize(
    ("tail", "names"),
    [
        ("Jane Roe, USA TODAY\n\nContributing: Tom Bay, USA TODAY", ("Tom Bay",)),
        ("Jane Roe, USA TODAY\nContributing: Tom Bay, USA TODAY", ("Tom Bay",)),
        ("Jane Roe, The Vale Post\n\nContributing: Tom Bay and Ann Lee", ("Tom Bay", "Ann Lee")),
    ],
)
def test_contributing_under_a_sign_off_names_the_contributors(
    tail: str, names: tuple[str, ...]
) -> None:
    """The sign-off stood between the story and the trailer: the
    contributors were left out with the footer, in no field."""
    story = _network_page(*LIBRARY_STORY, tail)
    assert story.body == LIBRARY_STORY
    assert tuple(c.name for c in story.contributors) == names
    assert {c.role for c in story.contributors} == {"contributing"}


@pytest.mark.parametrize(
    "tail",
    [
        "Jane Roe, USA TODAY",
        # No trailer under the sign-off: it is stepped over for none.
        "Jane Roe, USA TODAY\n\nAbout the author",
        # An agency's credit is no writer's sign-off.
        "Jane Roe, AP\n\nContributing: Tom Bay, USA TODAY",
    ],
)
def test_sign_off_without_contributors_under_it_names_none(tail: str) -> None:
    story = _network_page(*LIBRARY_STORY, tail)
    assert story.body == LIBRARY_STORY
    assert story.contributors == ()


# --- A newsletter's pitch of one sentence --------------------------------------------------

_PITCHES_READ = [
    "Sign up to get the day's top stories from the valley delivered to your inbox every weekday.",
    "Sign up for The Morning Briefing newsletter to get the day's top stories every weekday.",
    "Get our free newsletter with the day's top stories from the valley in your inbox.",
    "Never miss a story from the valley: the Morning Briefing lands in your inbox at six.",
]
_PITCHES_SAID = [
    "Get the day's top stories from the valley in your inbox every morning.",
    "Want the day's top stories in your inbox? Sign up for our free newsletter.",
    "Don't miss a story: sign up for the Morning Briefing and get the news in your inbox.",
]


@pytest.mark.parametrize("pitch", _PITCHES_READ)
@pytest.mark.parametrize("where", [2, 4])
def test_one_sentence_pitch_opening_with_a_bid_is_furniture(pitch: str, where: int) -> None:
    """Between two paragraphs or under the last, the pitch was the story's
    paragraph, silently: a sign-up prompt naming a newsletter or the
    reader's inbox is the box's."""
    story = library_story(*LIBRARY_STORY[:where], pitch, *LIBRARY_STORY[where:])
    assert story.body == LIBRARY_STORY


@pytest.mark.parametrize("pitch", _PITCHES_SAID)
@pytest.mark.parametrize("where", [2, 4])
def test_one_sentence_pitch_of_a_story_sentences_form_is_said(pitch: str, where: int) -> None:
    """Kept as a paragraph (a how-to story's sentence opens so too), now said."""
    story = library_story(*LIBRARY_STORY[:where], pitch, *LIBRARY_STORY[where:])
    assert pitch in story.body
    [said] = [d for d in story.diagnostics if d.code == "sign-up-pitch-in-body"]
    assert pitch[:40] in said.message


@pytest.mark.parametrize(
    "sentence",
    [
        "Sign up for the council's flood alerts, delivered to your inbox, the mayor said.",
        "Sign up to help at the library by calling the council on weekdays before noon.",
        "Scammers send fake bank messages to your inbox, police warned on Tuesday.",
        "The newsletter the library sent to members last week listed the opening hours.",
    ],
)
def test_story_sentence_of_a_pitchs_words_stays_and_says_nothing(sentence: str) -> None:
    story = library_story(*LIBRARY_STORY[:2], sentence, *LIBRARY_STORY[2:])
    assert sentence in story.body
    assert "sign-up-pitch-in-body" not in _codes(story)


# --- A summary box's rows over the story ---------------------------------------------------

_ROWS = (
    "• The council votes to shut the old library",
    "• A new branch opens near the station in spring",
    "• A reading room stays open at the town hall",
)


@pytest.mark.parametrize("label", ["Key points", "Highlights", "Story at a glance"])
@pytest.mark.parametrize("count", [2, 3])
def test_summary_box_diagnostic_names_its_rows(label: str, count: int) -> None:
    """The rows are in no field (none of the model's holds a list of
    points): the diagnostic said how many, not which lines."""
    rows = _ROWS[:count]
    header = "\n".join((label, *rows, "By Jane Roe", _DATE))
    story = library_story(*LIBRARY_STORY, header=header)
    assert story.body == LIBRARY_STORY
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)
    [said] = [d for d in story.diagnostics if d.code == "header-line-left-out"]
    for row in rows:
        assert repr(row) in said.message
