"""silent58: silent misreadings this session's rounds (body57, silent57,
heldout35) found and left, each probed with invented text first, then read
right or said. Every text is invented.

- A page's headline of four words or fewer under a site's menu, right over
  its byline or date line (``Port`` / ``City`` / ``Weather`` / ``Ferry fares
  rise again`` / ``By Jane Roe``), was counted as the menu's last item and
  the byline as one more: the page was wire copy, the site's name its
  headline, silently. No menu's item stands right over a byline or a date
  line; with two items or more over it, the last is the headline.
- ``By Sam Rivera, they/them``: the pronouns after a comma were the byline's
  organisation, silently.
- A page's closing links opening with an advertisement's label under the
  story's last paragraph (``Advertisement`` / ``Editor's picks`` / ``About
  us`` / …) left the story's short subheadings between paragraphs of
  middling length at its edge: dropped, silently.
- A promo in square brackets between paragraphs (``[Related: Headline]``,
  ``[READ MORE: Headline]``) stayed in the body, silently.
- A promo box's headlines printed twice between paragraphs (two or three
  short lines with no full stop, then the same again) were kept as the
  story's subheadings, silently: now said (``headlines-between-paragraphs``).
"""

from __future__ import annotations

import pytest
from story_checks import codes as _codes

import wirestory
from wirestory.bylines import find_page_byline

_PARAGRAPHS = (
    "Ferry fares across the harbour will rise by ten percent from next month, the "
    "operator said on Tuesday.",
    "The company blamed higher fuel costs and a shortage of crew for the increase, and "
    "said it had held its prices for two years.",
    "Commuters said the rise would hit those on low incomes hardest, and a group of them "
    "plans to protest at the terminal.",
    "The council has asked the operator to reconsider before the change takes effect, a "
    "spokesman said.",
)


def _short_headline_page(menu: str, headline: str, header: str) -> str:
    return f"The Harbour Times\n{menu}\n{headline}\n{header}\n" + "\n".join(_PARAGRAPHS) + "\n"


@pytest.mark.parametrize(
    ("menu", "headline", "header"),
    [
        ("Port\nCity\nBoats\nWeather", "Ferry fares rise again", "By Jane Doe\nMarch 4, 2025"),
        ("Port\nCity\nBoats\nWeather", "Ferry fares rise", "By Jane Doe\nMarch 4, 2025"),
        ("Port\nCity\nBoats\nWeather", "Ferry fares rise again", "By Jane Doe"),
        ("Port\nCity\nBoats\nWeather", "Ferry fares rise again", "March 4, 2025"),
        ("Home\nNews\nSport\nWeather", "Ferry fares rise again", "By Jane Doe\nMarch 4, 2025"),
        (
            "Local News\nReal Estate\nHigh Schools",
            "Ferry fares rise again",
            "By Jane Doe\nMarch 4, 2025",
        ),
    ],
)
def test_a_short_headline_under_a_menu_over_its_byline_is_the_headline(
    menu: str, headline: str, header: str
) -> None:
    [story] = wirestory.parse(_short_headline_page(menu, headline, header))
    assert story.layout == "page"
    assert story.headline == headline
    assert list(story.body) == list(_PARAGRAPHS)
    if header.startswith("By "):
        assert story.byline is not None
        assert story.byline.names == ("Jane Doe",)


def test_a_short_headline_over_its_byline_alone_is_still_wire_copy() -> None:
    # The guard: wire copy's short headline stands right over its byline too,
    # under no run of a menu's items.
    text = "Grain prices hold steady\nBy Jane Roe\n" + "\n".join(_PARAGRAPHS[:2]) + "\n"
    [story] = wirestory.parse(text)
    assert story.layout != "page"
    assert story.headline == "Grain prices hold steady"


def test_a_short_headline_under_a_menu_in_maltese_is_read_or_said() -> None:
    # A menu of words no table knows, over a byline with Maltese's opener:
    # the page is a page now; its headline is the site's name, said.
    text = (
        "Il-Gazzetta tal-Port\nPajjiż\nDinja\nSport\nKultura\nIl-prezzijiet jogħlew\n"
        "Minn Marija Borg\n4 ta' Marzu 2025\n"
        "Il-prezzijiet tal-vapuri se jogħlew b'għaxra fil-mija mix-xahar id-dieħel, qalet "
        "il-kumpanija nhar it-Tlieta.\n"
        "Il-kumpanija qalet li l-ispejjeż tal-fjuwil għolew ħafna.\n"
        "Il-vjaġġaturi qalu li ż-żieda se tolqot lill-foqra l-aktar.\n"
    )
    [story] = wirestory.parse(text)
    assert story.byline is not None
    assert story.byline.names == ("Marija Borg",)
    assert story.headline == "Il-prezzijiet jogħlew" or "headline-from-title" in _codes(story)


@pytest.mark.parametrize("pronouns", ["they/them", "she/her", "he/him/his", "She/Her"])
def test_pronouns_after_a_comma_are_no_organisation(pronouns: str) -> None:
    byline = find_page_byline(f"By Sam Rivera, {pronouns}")
    assert byline is not None
    assert byline.names == ("Sam Rivera",)
    assert byline.organization is None


def test_an_outlet_after_a_comma_is_still_the_organisation() -> None:
    byline = find_page_byline("By Jane Roe, Planetnews.com")
    assert byline is not None
    assert byline.organization == "Planetnews.com"


_LONG = (
    "The council said the work on the harbour wall would take about eighteen months to "
    "finish, and that the road along the front would close for most of that time.",
    "Engineers found last winter that the wall had moved by several centimetres after a "
    "run of storms, and the council's insurers asked for the repairs to be brought forward.",
    "Traders on the front said they feared a long closure would keep visitors away in the "
    "summer, when most of them make the bulk of their money.",
    "The council said it would keep one lane open for deliveries and that the promenade "
    "would stay open to walkers for most of the works.",
)
_LEAD = (
    "It was not the first time that they had been there, and they said that it was so, "
    "but the council's engineers, who had watched the harbour wall move for three winters, "
    "said the repairs could not wait for another storm season."
)


@pytest.mark.parametrize(
    "closing",
    [
        "Advertisement\nAbout us\nContact us\nPrivacy Policy\nTerms of Use\n",
        "Related stories\nHarbour works to start in spring\nCouncil election date confirmed\n"
        "Advertisement\nAbout us\nContact us\nPrivacy Policy\n",
        "Related stories\nHarbour works to start in spring\nCouncil election date confirmed\n"
        "Editor's picks\nAdvertisement\nAbout us\nContact us\nPrivacy Policy\n",
    ],
)
def test_closing_links_under_an_advertisement_keep_the_subheadings(closing: str) -> None:
    text = "\n\n".join(
        [
            "Harbour works to start in the spring | The Daily Example",
            "Skip to main content\nMenu\nNews\nWorld\nBusiness\nSport\nCulture\nSubscribe\nSign In",
            "Harbour works to start in the spring\nShare\nTweet\nEmail",
            _LEAD,
            _LONG[0],
            "What happens next",
            _LONG[1],
            "Who pays",
            _LONG[2],
            _LONG[3],
            closing + "© 2024 The Daily Example. All rights reserved.\n",
        ]
    )
    story = wirestory.parse_story(text, options=wirestory.ParseOptions(layout="page"))
    assert list(story.body) == [
        _LEAD,
        _LONG[0],
        "What happens next",
        _LONG[1],
        "Who pays",
        _LONG[2],
        _LONG[3],
    ]


_PROMO_PAGE = (
    "The Harbour Times\nHome\nNews\nSport\nWeather\n"
    "Ferry fares rise again across the harbour this spring\nBy Jane Doe\nMarch 4, 2025\n"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("[Related: Bus fares frozen for another year]", "[READ MORE: Council approves bridge]"),
        ("[ Related: Bus fares frozen ]", "[See also: Council approves new harbour bridge]"),
    ],
)
def test_bracketed_promos_between_paragraphs_are_left_out(first: str, second: str) -> None:
    text = _PROMO_PAGE + "\n".join(
        [_PARAGRAPHS[0], _PARAGRAPHS[1], first, _PARAGRAPHS[2], second, _PARAGRAPHS[3]]
    )
    [story] = wirestory.parse(text + "\n")
    assert list(story.body) == list(_PARAGRAPHS)
    assert "story-runs-past-listing" not in _codes(story)


def test_a_short_quote_over_a_bracketed_promo_stays() -> None:
    # A short paragraph of one quote right over the promo: with the promo a
    # furniture line and no box, the quote stood at the story's edge, dropped.
    quote = '"We really took that challenge to heart," he said.'
    text = _PROMO_PAGE + "\n\n".join(
        [
            _PARAGRAPHS[0],
            _PARAGRAPHS[1],
            quote,
            "[Related: Bus fares frozen for another year as council holds budget]",
            _PARAGRAPHS[2],
            _PARAGRAPHS[3],
        ]
    )
    [story] = wirestory.parse(text + "\n")
    assert list(story.body) == [_PARAGRAPHS[0], _PARAGRAPHS[1], quote, *_PARAGRAPHS[2:]]


_A = "Bus fares frozen for another year"
_B = "Council approves new harbour bridge"
_C = "Storm damage closes the coast road"


@pytest.mark.parametrize("promo", [[_A, _B, _A, _B], [_A, _B, _C, _A, _B]])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_headlines_printed_twice_between_paragraphs_are_said(promo: list[str], gap: str) -> None:
    text = _PROMO_PAGE + gap.join([*_PARAGRAPHS[:2], *promo, *_PARAGRAPHS[2:]]) + "\n"
    [story] = wirestory.parse(text)
    assert "headlines-between-paragraphs" in _codes(story)


@pytest.mark.parametrize("headings", [["What happens next"], ["The new timetable", "Who pays"]])
def test_a_story_s_own_headings_say_nothing(headings: list[str]) -> None:
    # The guard: one heading, or two different ones, none printed twice.
    text = _PROMO_PAGE + "\n".join([*_PARAGRAPHS[:2], *headings, *_PARAGRAPHS[2:]]) + "\n"
    [story] = wirestory.parse(text)
    assert "headlines-between-paragraphs" not in _codes(story)
    assert headings[0] in story.body
