"""A page's text opening with a menu, a date bar or a masthead above its title line.

Scrapers often keep the site's navigation above the ``<title>`` line
(``Home | World | Business``, or one item a line). Read from the menu's first
item, the page's headline was the title with the site's name and the real
headline line a standfirst repeating it; a short scrape was not read as a page
at all (the menu's first item became a wire headline).
"""

from __future__ import annotations

import pytest

import wirestory
from wirestory import ParseOptions, Story

_TITLE = "Night ferry cancelled as storm closes harbour - The Islands Courier"
_HEADLINE = "Night ferry cancelled as storm closes harbour"
_STORY = (
    f"{_HEADLINE}\n\nBy Anna Berg\n\n"
    "The night ferry to the outer islands was cancelled on Wednesday after a storm "
    "closed the harbour to all shipping, leaving about two hundred passengers in town.\n\n"
    "The harbour master said the channel would stay shut until the wind dropped, "
    "probably not before Friday morning.\n\n"
    "Hotels near the quay offered rooms at half price to the stranded travellers, "
    "and the school hall was opened for those who could not find one.\n\n"
)
_FOOTER = "Share this article\n\nPrivacy policy\n"


def _rules(text: str, story: Story) -> dict[str, str]:
    return {text[s.start : s.end].strip(): s.rule for s in story.segments if s.rule != "blank"}


@pytest.mark.parametrize(
    "menu",
    [
        "Home | World | Business | Sport\n\n",
        "Home\nWorld\nBusiness\nSport\nCulture\nWeather\nSubscribe\n\n",
        "Tuesday, 19 November 2024\n\nHome | News | Islands\n\n",
    ],
)
@pytest.mark.parametrize("options", [None, ParseOptions(layout="page")])
def test_a_menu_above_the_title_is_furniture(menu: str, options: ParseOptions | None) -> None:
    text = menu + _TITLE + "\n\n" + _STORY + _FOOTER
    [story] = wirestory.parse(text, options=options)
    assert story.headline == _HEADLINE
    assert story.byline is not None
    assert story.byline.names == ("Anna Berg",)
    assert story.standfirst is None
    assert story.body[0].startswith("The night ferry")
    rules = _rules(text, story)
    assert rules[_TITLE] == "page-title"
    assert rules[_HEADLINE] == "headline-title-part"
    for item in menu.split("\n"):
        if item:
            assert rules[item] == "menu-above-title"


def test_wire_story_with_a_short_headline_is_no_menu() -> None:
    """A wire story's headline is short too, but a paragraph follows it, not a
    title: it stays wire copy."""
    text = "Ferry Cancelled\n\n" + _STORY.split("\n\n", 2)[2]
    [story] = wirestory.parse(text)
    assert story.headline == "Ferry Cancelled"
    assert story.layout == "wire"
    assert "menu-above-title" not in _rules(text, story).values()


def test_a_title_shape_without_its_headline_below_is_no_title() -> None:
    """Short lines above a line with a title's separator whose headline part no
    line shows again: no page title, read as before."""
    text = "Home | World\n\n" + _TITLE + "\n\n" + _STORY.split("\n\n", 1)[1]
    [story] = wirestory.parse(text)
    assert "menu-above-title" not in _rules(text, story).values()


_SHORT_TITLE = "Ferry halted - The Islands Evening Courier"


def test_the_sites_name_shown_as_a_masthead_is_no_headline() -> None:
    """In ``Headline - Site`` the longer part may be the site's name, and the
    page shows it as its masthead at the top: the title's first part, shown
    over the byline further down, is the headline. It was the masthead, with no
    diagnostic."""
    text = (
        _SHORT_TITLE
        + "\n\nThe Islands Evening Courier\n\nHome\nNews\nSport\nWeather\n\n"
        + _STORY.replace(_HEADLINE, "Ferry halted", 1)
        + _FOOTER
    )
    [story] = wirestory.parse(text)
    assert story.headline == "Ferry halted"
    assert _rules(text, story)["The Islands Evening Courier"] != "headline-title-part"


def test_a_sections_name_under_the_headline_does_not_take_over() -> None:
    """Only the title's first part takes over from a later one: a section's
    name (the title's last part) shown under the headline over a date line
    stays furniture, the longer first part the headline."""
    title = _HEADLINE + " - Island News"
    text = (
        title
        + "\n\nHome\nNews\nSport\nWeather\n\n"
        + _HEADLINE
        + "\n\nStranded passengers were offered rooms in town for the night.\n\n"
        + "Share\n\nComments\n\nIsland News\n\nNovember 19, 2024\n\n"
        + _STORY.split("\n\n", 2)[2]
        + _FOOTER
    )
    [story] = wirestory.parse(text)
    assert story.headline == _HEADLINE


def test_a_short_title_under_a_menu_is_found_in_a_short_scrape() -> None:
    """A title of a menu item's length (``Ferry halted - The Courier``: eight
    words or fewer, no full stop) under a menu is still the title: the look
    for one went on past it as a menu block, and the page was wire copy."""
    text = (
        "Home\nNews\nSport\n\nFerry halted - The Courier\n\n"
        + _STORY.replace(_HEADLINE, "Ferry halted", 1)
        + _FOOTER
    )
    [story] = wirestory.parse(text)
    assert story.headline == "Ferry halted"
    assert _rules(text, story)["Home"] == "menu-above-title"
