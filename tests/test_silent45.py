"""The forty-fifth silent-wrong round: readings heldout28 left wrong with no
diagnostic. A cookie or consent banner's sentence over its buttons (``You can
change your choices at any time …`` / ``Accept all``) was the story's first
paragraph, and the banner's heading its headline; a funding note under the
story (``… is public interest journalism funded by …``, ``This article was
produced with support from …``) was its last paragraph; a desk's signature
after ``By`` (``By Our Correspondent``, ``By Web Desk``) was a writer ``By
Our`` of the organisation ``Correspondent``, or the body's first paragraph.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest
from test_heldout28 import PIER_HEADLINE, PIER_PARAGRAPHS

import wirestory

_PARAGRAPHS = PIER_PARAGRAPHS
_HEADLINE = PIER_HEADLINE
PIER_MENU = "Vale Record\nNews\nBusiness\nSport\nWorld"
PIER_FOOTER = "Share\nMost read\nAbout us\nContact us"


def pier_page(*paragraphs: str, above: str = "", below: str = "", header: str = "") -> str:
    """A page around heldout28's pier story: menu, headline, byline and date (or
    ``header``), ``paragraphs``, footer, with ``above`` and ``below`` (test_silent46 too)."""
    header = header or "By Ruth Amsel\nMarch 4, 2025"
    parts = (above, PIER_MENU, _HEADLINE, header, *paragraphs, PIER_FOOTER, below)
    return "\n".join(part for part in parts if part) + "\n"


def codes(story: wirestory.Story) -> list[str]:
    return [d.code for d in story.diagnostics]


def assert_pier_story_read(story: wirestory.Story) -> None:
    """The pier story's headline, byline and paragraphs read, the headline
    not from the title (test_silent46 too)."""
    assert story.headline == _HEADLINE
    assert story.byline is not None
    assert story.byline.names == ("Ruth Amsel",)
    assert list(story.body) == list(_PARAGRAPHS)
    assert "headline-from-title" not in codes(story)


def banner_rules(text: str) -> list[str]:
    """The rules of the banner's two sentences (``You can …``, ``We and …``)."""
    story = wirestory.parse_story(text)
    return [
        segment.rule
        for segment in story.segments
        if text[segment.start : segment.end].startswith(("You can", "We and"))
    ]


# --- A consent banner ----------------------------------------------------------------

_BANNERS = [
    # A heading, two sentences (the second holding no cookie word), three buttons.
    "We value your privacy\n"
    "We and our partners use cookies and similar technologies to store and access information "
    "on your device, to personalise ads and content and to measure audiences.\n"
    "You can change your choices at any time by clicking Privacy settings at the bottom of "
    "the page.\nAccept all\nReject all\nManage preferences",
    # One sentence, two buttons.
    "This site uses cookies to improve your experience and to show you relevant "
    "advertising.\nAccept cookies\nCookie settings",
    # A consent sentence with no cookie word at all.
    "With your consent, we and our partners process personal data such as your visits to "
    "this site to show you ads that suit you.\nI agree\nManage options",
    # The settings' link first in the row, then the answer.
    "We use cookies to personalise content and ads.\nCookie settings\nAccept all cookies",
    # German buttons under an English sentence.
    "We use cookies to run this site and to measure how it is used.\nAlle akzeptieren\n"
    "Alle ablehnen",
]


@pytest.mark.parametrize("banner", _BANNERS)
@pytest.mark.parametrize("where", ["above", "below"])
def test_consent_banner_is_furniture_wherever_it_stands(banner: str, where: str) -> None:
    """The banner's sentence without a boilerplate word was the story's first
    paragraph (over the menu), silently, and the banner's heading the
    headline; under the footer the same sentence is the banner's."""
    text = pier_page(*_PARAGRAPHS, **{where: banner})
    [story] = wirestory.parse(text)
    assert_pier_story_read(story)


def test_banner_sentence_gets_its_rule() -> None:
    """The explanation names the banner, not a boilerplate word."""
    text = pier_page(*_PARAGRAPHS, above=_BANNERS[0])
    assert banner_rules(text) == ["before-story:consent-banner"] * 2


def test_story_paragraph_over_a_bare_accept_stays() -> None:
    """``Accept`` alone is a poll's or a form's button too: the paragraph
    over it, holding a banner's word, stays the story's."""
    paragraph = (
        "Residents who want their privacy respected at the new pier can ask the board for a "
        "screen, the chair said."
    )
    text = pier_page(*_PARAGRAPHS, paragraph, "Accept")
    [story] = wirestory.parse(text)
    assert story.body[-1] == paragraph


@pytest.mark.parametrize("link", ["Privacy settings", "Manage cookies", "Cookie settings"])
def test_story_paragraph_over_a_footer_settings_link_stays(link: str) -> None:
    """A footer's link to the settings answers no banner: a story on privacy
    whose last paragraph stands right over it keeps that paragraph."""
    paragraph = (
        "The board said it would publish a privacy notice for the pier's new cameras "
        "before they are switched on in May."
    )
    text = "\n".join((PIER_MENU, _HEADLINE, "By Ruth Amsel\nMarch 4, 2025", *_PARAGRAPHS))
    text += f"\n{paragraph}\n{link}\nAbout us\nContact us\n"
    [story] = wirestory.parse(text)
    assert story.body[-1] == paragraph


def test_paragraph_without_a_banner_word_over_buttons_stays() -> None:
    """Only the blocks holding a banner's word are the banner's."""
    text = pier_page(*_PARAGRAPHS, above="Accept all\nReject all")
    [story] = wirestory.parse(text)
    assert list(story.body) == list(_PARAGRAPHS)


# --- A funding note under the story ----------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Vale Democracy Reporting is public interest journalism funded by the Vale Trust.",
        "This article was produced with support from the Harbour Foundation.",
        "This story was made possible by a grant from the Coast Fund.",
        "Coverage of the coast at the Vale Record is supported by a grant from the Tide Trust.",
        "Our climate reporting is funded by the Tide Fund.",
        "This reporting was produced with the financial support of the Coast Fund.",
        "Our coverage of the coast is made possible by grants from the Tide Trust.",
        "This series is supported by the Harbour Foundation.",
    ],
)
def test_funding_note_under_the_story_is_its_note(note: str) -> None:
    """The note was the story's last paragraph, silently."""
    [story] = wirestory.parse(pier_page(*_PARAGRAPHS, note))
    assert list(story.body) == list(_PARAGRAPHS)
    assert story.notes == (note,)


@pytest.mark.parametrize(
    "paragraph",
    [
        # A grant to something else than the journalism.
        "The new pier is supported by a grant from the lottery fund.",
        "The project was made possible by a grant from the Harbour Trust.",
        # The journalism's funding as a source says it.
        "Our reporting is funded by taxes, the minister said.",
        "This project was funded by the council and opened in May.",
    ],
)
def test_story_sentence_on_a_grant_stays_in_the_body(paragraph: str) -> None:
    [story] = wirestory.parse(pier_page(*_PARAGRAPHS, paragraph))
    assert story.body[-1] == paragraph
    assert story.notes == ()


def test_funding_note_in_wire_copy() -> None:
    text = "\n\n".join(
        (_HEADLINE, *_PARAGRAPHS, "This story was produced with the support of the Coast Fund.")
    )
    [story] = wirestory.parse(text)
    assert list(story.body) == list(_PARAGRAPHS)
    assert story.notes == ("This story was produced with the support of the Coast Fund.",)


# --- A desk's signature after "By" ----------------------------------------------------

_DESKS = [
    "Our Correspondent",
    "Staff Reporter",
    "Special Correspondent",
    "Our Staff Reporter",
    "A Correspondent",
    "Our Special Correspondent",
    "Web Desk",
    "News Desk",
    "Reuters Staff",
]


@pytest.mark.parametrize("desk", _DESKS)
def test_find_byline_reads_a_desk_as_the_organisation(desk: str) -> None:
    """``By Our Correspondent`` was no byline (or, over a date, the writer
    ``By Our`` of ``Correspondent``); it names no one, as ``By Staff``."""
    byline = wirestory.find_byline(f"By {desk}")
    assert byline is not None
    assert byline.names == ()
    assert byline.organization == desk


@pytest.mark.parametrize("line", ["By Jane Reporter", "By Tom Staff", "By the desk, he said"])
def test_a_writer_or_prose_is_no_desk(line: str) -> None:
    byline = wirestory.find_byline(line)
    assert byline is None or byline.organization is None


@pytest.mark.parametrize("desk", _DESKS)
@pytest.mark.parametrize("date", ["", "\nPublished March 4, 2025"])
def test_desk_byline_in_wire_copy(desk: str, date: str) -> None:
    """The line stayed the body's first paragraph, or (over a date) named
    ``By Our`` as the writer, silently."""
    text = "\n\n".join(
        (_HEADLINE, f"By {desk}{date}", f"LAHORE: {_PARAGRAPHS[0]}", *_PARAGRAPHS[1:])
    )
    [story] = wirestory.parse(text)
    assert story.byline is not None
    assert story.byline.names == ()
    assert story.byline.organization == desk
    assert story.body[0].endswith(_PARAGRAPHS[0])
    assert len(story.body) == len(_PARAGRAPHS)


@pytest.mark.parametrize("desk", _DESKS)
def test_desk_byline_in_a_page_header(desk: str) -> None:
    """The line was left out of the header (``header-line-left-out``), the
    story signed by no one."""
    [story] = wirestory.parse(pier_page(*_PARAGRAPHS, header=f"By {desk}\nMarch 4, 2025"))
    assert story.headline == _HEADLINE
    assert story.byline is not None
    assert story.byline.names == ()
    assert story.byline.organization == desk
    assert list(story.body) == list(_PARAGRAPHS)
    assert "header-line-left-out" not in codes(story)


# --- A sign-up pitch under the story ----------------------------------------------------


@pytest.mark.parametrize(
    "pitch",
    [
        "Join our Telegram channel and get the latest breaking news delivered to you.",
        "Join VR's WhatsApp channel for the day's top stories.",
        "Get the news you need delivered to your inbox.\nSign up",
        "Want the valley's news in your inbox every morning? Subscribe to our daily email.\n"
        "Subscribe",
    ],
)
def test_pitch_under_the_story_is_furniture(pitch: str) -> None:
    """The pitch was the story's last paragraph (said
    ``sign-up-pitch-in-body``)."""
    [story] = wirestory.parse(pier_page(*_PARAGRAPHS, pitch))
    assert list(story.body) == list(_PARAGRAPHS)
    assert "sign-up-pitch-in-body" not in codes(story)


@pytest.mark.parametrize(
    "paragraph",
    [
        # Another's channel, or a bid reported as speech: the story's.
        "Join the council's Telegram channel for flood warnings, the mayor urged residents.",
        "Get the board's alerts sent to your inbox, the chair told the crews.",
    ],
)
def test_story_sentence_on_a_channel_or_inbox_stays(paragraph: str) -> None:
    [story] = wirestory.parse(pier_page(*_PARAGRAPHS, paragraph))
    assert story.body[-1] == paragraph
