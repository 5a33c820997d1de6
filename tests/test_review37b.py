"""The thirty-seventh review of the held-out and variants rounds: where
heldout23's and variants37's new rules read a text wrong. A story about a
paper's paywall whose last paragraph names its subscribers (``From April the
archive will be for subscribers only, he said.``, ``The archive is to
subscribers only from April.``) lost the paragraph to the paywall's cut, with
a false ``story-cut-by-paywall``; a byline in capitals whose writer's name
holds ``IN`` or ``AT`` as a word (the Korean surname ``In``, a Vietnamese
given name ``At``) lost its writers, read as a place: the line stayed in the
body, silently.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest
from story_checks import codes as _codes

import wirestory
from wirestory.bylines import find_byline, find_page_byline

_MENU = "The Vale Post\nNews\nSport\nBusiness\n"
_HEADER = "Paper to close free archive\nBy Jane Roe\n4 March 2025\n"
_OPENING = (
    "The Vale Post will close its free online archive next month, its editor said on "
    "Tuesday, after twenty years of letting readers search every story since 1990."
)
_SECOND = (
    "The editor, Tom Marsh, said the cost of keeping the archive running had tripled "
    "since 2020 and that advertising no longer paid for it."
)


def _page(*paragraphs: str) -> wirestory.Story:
    text = _MENU + _HEADER + "\n".join(paragraphs) + "\nShare this article\n"
    [story] = wirestory.parse(text)
    return story


# --- A story about a paywall, not cut by one --------------------------------------


@pytest.mark.parametrize(
    "last",
    [
        "From April the archive will be for subscribers only, he said.",
        "The archive is to subscribers only from April.",
        "Readers who subscribe to continue reading the archive will pay £4, Mr Marsh said.",
    ],
)
def test_story_sentence_naming_subscribers_is_kept(last: str) -> None:
    story = _page(_OPENING, _SECOND, last)
    assert story.body == (_OPENING, _SECOND, last)
    assert "story-cut-by-paywall" not in _codes(story)


@pytest.mark.parametrize(
    "notice",
    [
        "This article is for subscribers only",
        "For subscribers only.",
        "Subscribe to continue reading",
    ],
)
def test_paywall_notice_still_cuts_the_story(notice: str) -> None:
    """Near misses: the notices themselves, closing the page's story."""
    story = _page(_OPENING, _SECOND, notice)
    assert story.body == (_OPENING, _SECOND)
    assert "story-cut-by-paywall" in _codes(story)


# --- IN and AT as a name's word in a capitals byline ------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("BY IN SOO-MIN", ("IN SOO-MIN",)),
        ("BY TRAN VAN AT AND JANE ROE", ("TRAN VAN AT", "JANE ROE")),
        ("BY MARY AT & JANE ROE", ("MARY AT", "JANE ROE")),
    ],
)
def test_capitals_name_holding_in_or_at(line: str, names: tuple[str, ...]) -> None:
    for read in (find_byline(line), find_page_byline(line)):
        assert read is not None
        assert read.names == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("BY JANE ROE IN KYIV", ("JANE ROE",)),
        ("By JANE ROE AT MEADOW PARK", ("JANE ROE",)),
        ("BY TRAN VAN AT, JANE ROE AND TOM BAY", ("TRAN VAN AT", "JANE ROE", "TOM BAY")),
    ],
)
def test_capitals_byline_place_still_read(line: str, names: tuple[str, ...]) -> None:
    """Near misses: ``IN``/``AT`` before a place is still the place's."""
    read = find_page_byline(line)
    assert read is not None
    assert read.names == names


def test_capitals_name_with_at_is_the_byline_of_a_story() -> None:
    text = (
        "Council sets out plan for new bus routes\n\nBY TRAN VAN AT AND JANE ROE\n\n"
        "The council will add four new bus routes in the spring, with buses every twenty "
        "minutes on the busiest of them, the transport committee said on Tuesday.\n\n"
        "The routes will link the three new housing estates in the north of the town with "
        "the station and the hospital.\n"
    )
    [story] = wirestory.parse(text)
    assert story.byline is not None
    assert story.byline.names == ("TRAN VAN AT", "JANE ROE")
    assert not any(paragraph.startswith("BY ") for paragraph in story.body)


# --- Tagalog "Ni" and Spanish or French "Ni … ni …" -------------------------------

_PRIZE = (
    "El delantero del Vale ganó el premio al mejor jugador de la liga el lunes, por "
    "delante de los dos favoritos, tras marcar 31 goles en la temporada."
)
_JURY = (
    "El jurado, formado por periodistas de veinte países, le dio 412 votos, frente a los "
    "388 del segundo, según anunció la liga en un comunicado."
)


@pytest.mark.parametrize("line", ["Ni Messi Ni Ronaldo", "Ni Oui Ni Non", "Ni Juan Ni Pedro"])
def test_neither_nor_headline_is_no_byline(line: str) -> None:
    assert find_byline(line) is None
    assert find_page_byline(line) is None
    [story] = wirestory.parse(f"{line}\n\n{_PRIZE}\n\n{_JURY}\n")
    assert story.headline == line
    assert story.byline is None


@pytest.mark.parametrize("line", ["Ni Maria Santos", "Ni Jose Cruz"])
def test_tagalog_ni_byline_still_read(line: str) -> None:
    """Near misses: heldout23's Tagalog opener over one writer."""
    read = find_page_byline(line)
    assert read is not None
    assert read.names == (line.removeprefix("Ni "),)


# --- A menu's item named as a summary box ------------------------------------------

_SIGNING = (
    "Vale Rovers have signed the Kingsmead Town striker Sam Lee on a three-year deal for "
    "an undisclosed fee, the club said on Tuesday.",
    "Lee, 24, scored 19 goals for Kingsmead last season and had been wanted by several "
    "clubs in the division above, manager Ann Marsh said.",
)
_SIGNING_HEADLINE = "Vale Rovers sign striker from Kingsmead"


@pytest.mark.parametrize(
    ("menu", "header"),
    [
        ("Vale Sport\nFootball\nFixtures\nResults\nHighlights\n", "By Tom Bay\n4 March 2025\n"),
        ("Vale Sport\nFootball\nFixtures\nResults\nHighlights\n", "4 March 2025\n"),
        ("Vale Post\nNews\nIn Brief\nOpinion\nSport\n", "By Tom Bay\n4 March 2025\n"),
        ("Vale Post\nNews\nSport\nKey Points\n", "By Tom Bay\n4 March 2025\n"),
    ],
)
def test_menu_item_named_as_a_box_keeps_the_headline(menu: str, header: str) -> None:
    text = menu + _SIGNING_HEADLINE + "\n" + header + "\n".join(_SIGNING) + "\nShare\n"
    [story] = wirestory.parse(text)
    assert story.headline == _SIGNING_HEADLINE
    assert story.body == _SIGNING


def test_summary_box_under_headline_still_looked_past() -> None:
    """Near miss: a box's label under the headline, its bullets over the byline."""
    text = (
        "Vale Sport\nFootball\nFixtures\nResults\n"
        f"{_SIGNING_HEADLINE}\nKey points\nLee joins on a three-year deal.\n"
        "He scored 19 goals last season.\nBy Tom Bay\n4 March 2025\n"
        + "\n".join(_SIGNING)
        + "\nShare\n"
    )
    [story] = wirestory.parse(text)
    assert story.headline == _SIGNING_HEADLINE
    assert story.body == _SIGNING
