"""The speed57w round: a short scrape's first two blocks read once (#17).

Every story that is not marked is asked whether it is a page, and most of
wire copy is short: the page layout's rules for a scrape too plain for a
page's marks (a title under a menu, a menu over a byline) each walked the
story's first lines again. Now the first two blocks are read once, and a
rule they rule out is not asked: each sieve must turn down only what its
rule turns down. These scrapes stand at each sieve's edge (a skip link or a
menu's item first, a tagline longer than an item second, a photo's caption
or a menu over the title) and must still be read as pages; a wire story
must still be wire copy. Every text here is invented.
"""

from __future__ import annotations

import pytest

import wirestory

_BODY = (
    "The night ferry to the outer islands was cancelled on Wednesday after a storm "
    "closed the harbour to all shipping, leaving about two hundred passengers in town.\n\n"
    "The harbour master said the channel would stay shut until the wind dropped, "
    "probably not before Friday morning.\n\n"
    "Hotels near the quay offered rooms at half price to the stranded travellers, "
    "and the school hall was opened for those who could not find one.\n"
)


def _story(text: str) -> wirestory.Story:
    [story] = wirestory.parse(text)
    return story


def test_a_skip_link_over_a_long_tagline_and_a_menu_is_a_page() -> None:
    """The skip link is counted as the menu's first item: the tagline under
    it (longer than an item) does not rule the menu out."""
    story = _story(
        "SKIP TO MAIN CONTENT\n"
        "Everything that happens along the Vale, every single day\n"
        "Islands\nHarbour\nFarming\n\n"
        "Night ferry cancelled as storm shuts harbour\n\n"
        "By Anna Berg\n\n" + _BODY
    )
    assert story.layout == "page"
    assert story.headline == "Night ferry cancelled as storm shuts harbour"


def test_a_blog_name_over_its_long_tagline_and_menu_is_a_page() -> None:
    """A menu's item first (a blog's name) with its tagline under it, longer
    than an item, over the menu: the tagline wants the items under it, and
    the look goes on."""
    story = _story(
        "Kellsmouth Notes\n"
        "Local news and views from Kellsmouth\n"
        "Home\nAbout\nContact\n\n"
        "Night ferry cancelled as storm shuts harbour\n\n"
        "By Jess Appiah\n\n" + _BODY
    )
    assert story.layout == "page"
    assert story.headline == "Night ferry cancelled as storm shuts harbour"


@pytest.mark.parametrize(
    "above",
    [
        "Islands\nHarbour\n\n",
        "The quay at dawn, before the storm closed the harbour. (AP Photo/Jane Roe)\n\n",
    ],
    ids=["menu", "caption"],
)
def test_a_title_under_a_menu_or_a_caption_in_a_short_scrape(above: str) -> None:
    """A title line under a menu's items, or under the lead photo's caption
    with its credit: the first and second blocks are menu blocks or a
    caption, and the look for the title goes on to it."""
    story = _story(
        above
        + "Ferry service halted after storm - Vale Post Daily\n\n"
        + "Ferry service halted after storm\nBy Anna Berg\n\n"
        + _BODY
        + "\nShare this\n\nRelated stories\n"
    )
    assert story.layout == "page"
    assert story.headline == "Ferry service halted after storm"


def test_a_site_name_in_capitals_over_short_items_is_a_page() -> None:
    """A site's name in capitals first (no item), then items a little
    longer than a word: the second block, as short as an item, does not rule
    the menu out."""
    story = _story(
        "VALE POST\nIsland Life\nHarbour Matters\n\n"
        "Night ferry cancelled as storm shuts harbour\n\n"
        "By Anna Berg\n\n" + _BODY
    )
    assert story.layout == "page"
    assert story.headline == "Night ferry cancelled as storm shuts harbour"


def test_a_wire_story_is_still_wire_copy() -> None:
    """A headline over its first paragraph: both rules ruled out by the two
    blocks, and the story read as wire copy."""
    story = _story("Night ferry cancelled as storm shuts harbour\n\n" + _BODY)
    assert story.layout == "wire"
    assert story.headline == "Night ferry cancelled as storm shuts harbour"
