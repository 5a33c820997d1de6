"""The page layout's header and captions: headline, byline and captions of invented pages.

Each test builds a small page from invented parts (menus, a ``<title>`` line,
the header, the story, a listing and a footer) in a shape seen in real page
text, and checks one rule of :mod:`wirestory.layouts.page` (issue #15): the
headline equal to the title's headline part (H1), the header zone anchored on
a byline or date line (H2), the byline forms, the caption forms (a credit on
the line below or above, an inline ``Credit:`` label, a gallery counter), and
the negative cases (a teaser's byline below the story is never the story's, a
menu ``A / B`` is no credit).
"""

from __future__ import annotations

import pytest

import wirestory
from wirestory.bylines import find_page_byline
from wirestory.captions import is_credit_line, split_page_credit
from wirestory.layouts.page import title_part

MENU = (
    "Home\nNews\nSport\nBusiness\nCulture\nWeather\nTravel\nPodcasts\nPuzzles\nJobs\n"
    "Newsletters\nSubscribe\nSign in\n"
)
STORY = (
    "The harbour board said on Tuesday that the new dam would be open to boats from next "
    "month, after ten years of work and two years of delays caused by the floods.\n\n"
    "Fishermen in the town have waited for the dam since the old sea wall was damaged, "
    "and the board said that the first boats would be let through at the spring tide.\n\n"
    "The project cost about twice as much as was planned when it began, the board said, "
    "and the council has asked for an inquiry into the way the money was spent.\n"
)
FOOTER = (
    "\nRelated stories\nTown council backs new ferry timetable\nBy Ruth Amsel\n"
    "Share\nFacebook\nTwitter\nEmail\nPrivacy Policy\nTerms of Use\nContact us\nAdvertise\n"
    "About us\nCareers\nArchive\nSite map\n"
)


def page(title: str, header: str, story: str = STORY, footer: str = FOOTER) -> str:
    """A page: title line, menu, header lines, the story, related links, footer."""
    return f"{title}\n\n{MENU}\n{header}\n\n{story}{footer}"


def test_title_part_is_the_longest_part_of_two_words_or_more() -> None:
    """``Headline | Section | Site``: the headline is the longest part of two
    words or more; a title without a separator has no part."""
    assert title_part("Dam opens on time | Local | The Planet") == "Dam opens on time"
    assert title_part("Harbour dam opens after ten years - The Daily Planet") == (
        "Harbour dam opens after ten years"
    )
    assert title_part("Harbour dam opens after ten years") is None
    assert title_part("Docs | A") is None


def test_the_headline_is_the_line_equal_to_the_title_part() -> None:
    """H1: under ``Headline | Section | Site`` the headline is the line equal to
    ``Headline`` (curly quotes and case aside), not a teaser above it that
    shares most of its words."""
    title = "Harbour \u2018dam\u2019 opens after ten years of work | Local | The Daily Planet"
    header = (
        "Top stories\nHarbour dam opens after ten years\nSchools to stay open in summer\n"
        "Local\nHarbour 'dam' opens after ten years of work\n"
    )
    story = wirestory.parse_story(page(title, header))
    assert story.layout == "page"
    assert story.headline == "Harbour 'dam' opens after ten years of work"
    rules = {s.rule for s in story.segments if s.role is wirestory.Role.HEADLINE}
    assert rules == {"headline-title-part"}


def test_a_short_scrape_with_a_title_line_is_a_page() -> None:
    """A scrape too short for menus (title ``Headline – Site``, the headline, the
    story) is read as a page when a line repeats the title's headline part, so
    the site's name is not kept in the headline; a wire story whose headline
    holds a dash is not."""
    text = (
        "Harbour dam opens after ten years \u2013 Daily Planet\n\n"
        "Harbour dam opens after ten years\n\n" + STORY
    )
    story = wirestory.parse_story(text)
    assert story.layout == "page"
    assert story.headline == "Harbour dam opens after ten years"
    wire = "Harbour dam opens - and boats wait\n\nBy Ruth Amsel\n\n" + STORY
    assert wirestory.parse_story(wire).layout != "page"


def test_a_headline_holding_a_separator_and_a_site_line() -> None:
    """H1 takes the longest run of the title's parts that a line shows (a
    headline may hold `` – `` itself), never a line equal to the site's name
    (``Headline – Site``: the site's part is the shorter one), and a kicker
    ``Opinion | Headline`` only when no line shows the headline alone."""
    title = "Harbour dam opens \u2013 and the boats wait | Local | The Daily Planet"
    header = "The Daily Planet\nLocal\nHarbour dam opens \u2013 and the boats wait\n"
    assert wirestory.parse_story(page(title, header)).headline == (
        "Harbour dam opens \u2013 and the boats wait"
    )
    title = "Harbour dam opens after ten years of work \u2013 The Daily Planet"
    header = "The Daily Planet\nLocal\nHarbour dam opens after ten years of hard work\n"
    assert wirestory.parse_story(page(title, header)).headline != "The Daily Planet"
    title = "Opinion | The dam was worth the wait - The Daily Planet"
    header = "Opinion | The dam was worth the wait\nThe dam was worth the wait\n"
    assert wirestory.parse_story(page(title, header)).headline == "The dam was worth the wait"


def test_the_headline_above_the_byline_when_the_title_differs() -> None:
    """H2: when no line repeats the title (an SEO title), the headline is the
    headline-shaped line above the header's byline or date line, over a
    standfirst and a photo credit, below a one-word kicker."""
    title = "Dam opening date set, harbour board says | The Daily Planet"
    header = (
        "Local\nBoats will sail through the new harbour dam next month\n"
        "The board says ten years of work are nearly over.\n(Ruth Amsel / Daily Planet)\n"
        "By Marta Quinlan\nNov. 19, 2019\n5:50 PM\nShare"
    )
    story = wirestory.parse_story(page(title, header))
    assert story.headline == "Boats will sail through the new harbour dam next month"
    assert story.byline is not None
    assert story.byline.names == ("Marta Quinlan",)
    rules = {s.rule for s in story.segments if s.role is wirestory.Role.HEADLINE}
    assert rules == {"headline-above-byline"}


def test_a_teaser_byline_below_the_story_is_not_the_byline() -> None:
    """The header zone ends a few lines into the story: a related story's
    ``By Name`` in the listing below the story never becomes its byline."""
    title = "Harbour dam opens after ten years of work | The Daily Planet"
    header = "Harbour dam opens after ten years of work\nShare"
    story = wirestory.parse_story(page(title, header))
    assert story.headline == "Harbour dam opens after ten years of work"
    assert story.byline is None


@pytest.mark.parametrize(
    ("line", "names", "organization"),
    [
        ("By Jane Roe Updated Nov 13, 2019, 10:28am EST", ("Jane Roe",), None),
        ("By Jane Roe @janeroe Nov 18, 2019, 11:47am EST", ("Jane Roe",), None),
        ("Jane Roe @janeroe", ("Jane Roe",), None),
        ("Jane Roe - Nov 19, 2019, 10:31 pm CST", ("Jane Roe",), None),
        ("**By Jane Roe**", ("Jane Roe",), None),
        ("BY JANE ROE from the Harbour Wire Agency", ("JANE ROE",), "Harbour Wire Agency"),
        ("By Jane Roe, Planetnews.com", ("Jane Roe",), "Planetnews.com"),
        ("By Jane Roe, Planet Business", ("Jane Roe",), "Planet Business"),
        ("By Jane Roe Staff Writer", ("Jane Roe",), "Staff Writer"),
        ("By Jane Roe | Daily Planet", ("Jane Roe",), "Daily Planet"),
        ("11/19/2019 by Jane Roe", ("Jane Roe",), None),
        ("Posted by Jane Roe on November 19, 2019, 6:21 AM EST", ("Jane Roe",), None),
        ("Analysis by Jane Roe, Planet Senior Legal Analyst", ("Jane Roe",), None),
        ("By Jane Roe Jane Roe", ("Jane Roe",), None),
        (
            "By Jane Roe and Tom Dunne on Monday, November 18th, 2019",
            ("Jane Roe", "Tom Dunne"),
            None,
        ),
    ],
)
def test_page_byline_forms(line: str, names: tuple[str, ...], organization: str | None) -> None:
    """The byline forms of page headers: the names without the date, handle,
    title or outlet around them; an outlet after the names is the organisation."""
    found = find_page_byline(line)
    assert found is not None
    assert names == found.names
    if organization is not None:
        assert organization == found.organization


@pytest.mark.parametrize(
    "line",
    [
        "Photo by Jane Roe/Getty Images",
        "By National Desk",
        "Follow @dailyplanet",
        "Previous Post",
        "Jane Roe View More Articles and more of the news",
        "By the way, the minister said",
        "By 2030 the harbour will be full",
    ],
)
def test_lines_that_are_no_page_bylines(line: str) -> None:
    """A photo credit, a desk, link words and sentences give no person."""
    found = find_page_byline(line)
    assert found is None or not found.names


def test_the_wire_byline_reader_is_unchanged() -> None:
    """``find_byline`` (wire copy) does not read the page forms."""
    assert wirestory.find_byline("By Jane Roe Updated Nov 13, 2019, 10:28am EST") is None
    assert wirestory.find_byline("Jane Roe @janeroe") is None


def test_by_alone_and_a_name_line_above_the_date() -> None:
    """``By`` alone on a line with the name on the next is one byline of two
    lines; a name alone right above a date line is the byline; a name in the
    listing below the story is not."""
    title = "Harbour dam opens after ten years of work | The Daily Planet"
    for header, rule in (
        (
            "Harbour dam opens after ten years of work\nBy\nMarta Quinlan\nNov. 19, 2019",
            "byline-by-alone",
        ),
        (
            "Harbour dam opens after ten years of work\nShare\nMARTA QUINLAN\n"
            "Nov. 19, 2019 Updated: 5:50 p.m.",
            "byline-name-line",
        ),
    ):
        story = wirestory.parse_story(page(title, header))
        assert story.byline is not None
        assert [n.casefold() for n in story.byline.names] == ["marta quinlan"]
        assert rule in {s.rule for s in story.segments if s.role is wirestory.Role.BYLINE}
    footer = (
        "\nRelated stories\nTown council backs new ferry timetable\nRuth Amsel\nNov. 18, 2019\n"
        + FOOTER
    )
    story = wirestory.parse_story(page(title, title.split(" | ")[0], footer=footer))
    assert story.byline is None


def test_h2_skips_a_link_above_the_headline_and_a_date_bar() -> None:
    """H2 over a date bar (``November 18``) with no headline above it, the
    writer's name between headline and date, and a three-word link above the
    headline (``Follow Planet Business``)."""
    title = "Dam opening date set, harbour board says | The Daily Planet"
    header = (
        "November 18\nFollow Planet Business\n"
        "Boats will sail through the new harbour dam next month\nMarta Quinlan\n"
        "- Nov. 18th 2019 8:54 am PT\nShare"
    )
    story = wirestory.parse_story(page(title, header))
    assert story.headline == "Boats will sail through the new harbour dam next month"
    assert story.byline is not None
    assert story.byline.names == ("Marta Quinlan",)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jane Roe/Daily Planet/Getty Images", True),
        ("Jane Roe, Associated Press", True),
        ("Photo: Jane Roe", True),
        ("Courtesy of the Harbour Board", True),
        ("Getty Images", True),
        ("News / Sport / Weather", False),
        ("Photos: The harbour through the years", False),
        ("Jane Roe, Planet diplomatic correspondent", False),
        ("(L-R) Jane Roe, John Doe", False),
        ("Jane Roe, Swedish boat builder", False),
        ("\u2014 Jane Roe, Harbour Town, May 2, 2019", False),
        ("The harbour at dawn.", False),
    ],
)
def test_credit_lines(line: str, expected: bool) -> None:
    """A credit alone on a line, by its marks; menus, gallery links, bylines,
    quote attributions and sentences are not."""
    assert expected == is_credit_line(line)


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        (
            "2 of 5 Boats in the harbour. REUTERS/Jane Roe",
            "Boats in the harbour.",
            "REUTERS/Jane Roe",
        ),
        ("Image caption The quay at dawn", "The quay at dawn", None),
        ("Boats in the harbour. Credit... Jane Roe/Daily Planet", "Boats in the harbour.", None),
        ("Boats in the harbour. Credit: Harbour Board", "Boats in the harbour.", None),
    ],
)
def test_page_caption_splits(line: str, text: str, credit: str | None) -> None:
    """A page's caption line: counter and label dropped, an inline credit label
    split off (kept in the credit as written)."""
    found_text, found_credit = split_page_credit(line)
    assert text == found_text
    if credit is not None:
        assert credit == found_credit
    elif "Credit" in line:
        assert found_credit is not None
        assert found_credit.startswith("Credit")
    else:
        assert found_credit is None


def test_a_caption_with_its_credit_on_the_next_line() -> None:
    """A short line between paragraphs with a credit alone under it is a
    caption with that credit; a teaser with an agency name under it in the
    listing below, and a menu of ``A / B`` lines, are not captions."""
    paragraphs = STORY.split("\n\n")
    story_text = (
        paragraphs[0]
        + "\n\nThe harbour dam seen from the north quay at low tide.\nJane Roe/Daily Planet\n\n"
        + "\n\n".join(paragraphs[1:])
    )
    footer = "\nNews / Sport\nTown wins the regional rowing cup\nAssociated Press\n" + FOOTER
    title = "Harbour dam opens after ten years of work | The Daily Planet"
    story = wirestory.parse_story(
        page(title, title.split(" | ")[0], story=story_text, footer=footer)
    )
    assert [(c.text, c.credit) for c in story.captions] == [
        ("The harbour dam seen from the north quay at low tide.", "Jane Roe/Daily Planet")
    ]
    assert "caption-credit-line" in {s.rule for s in story.segments}


def test_a_photo_gallery_repeating_the_headline_and_captions() -> None:
    """The headline shown again inside a photo gallery above the story is not
    the story's headline when the first showing has the byline under it; the
    gallery's repeated caption is a duplicate and its credit line alone
    (``Photo: Jane Roe, STF / Associated Press``) is no caption."""
    title = "Harbour dam opens after ten years of work | The Daily Planet"
    caption = "The harbour dam seen from the north quay at low tide. (AP Photo/Jane Roe)"
    header = (
        "Harbour dam opens after ten years of work\nBy Marta Quinlan\n"
        "Published 4:00 am CST, Wednesday, November 20, 2019\n"
        f"{caption}\n{caption}\nPhoto: Jane Roe, STF / Associated Press\n"
        "Image 1 of 9\nHarbour dam opens after ten years of work\nBack to Gallery"
    )
    story = wirestory.parse_story(page(title, header))
    assert story.byline is not None
    assert story.byline.names == ("Marta Quinlan",)
    assert [c.text for c in story.captions] == [caption.rsplit(" (", 1)[0]]
    rules = {s.rule for s in story.segments}
    assert {"caption-shown-again", "caption-credit-line"} <= rules


def test_by_alone_over_a_wrapped_paragraph_is_no_byline() -> None:
    """A stray ``BY`` alone between a hard-wrapped page's paragraphs has a line of
    prose under it, no names: it is no byline, and the first paragraph's first
    line above it no headline (found by the wrapped-page property test: the
    story lost its first paragraph to the headline, silently)."""
    first = (
        "The harbour board met on Tuesday evening to agree the budget for the\n"
        "coming year, and members said the vote had been close."
    )
    rest = (
        "Work on the new quay will start in the spring, the board's chair told\n"
        "members, once the last of the funding has been confirmed by the council."
    )
    text = (
        "Quay budget: what the vote means | The Vale Post\n\nHome\nNews\nSport\n\n"
        "Harbour board agrees budget after a close vote\nShare\nEmail\n\n"
        f"{first}\n\nBY\n\n{rest}\n\n{rest}\n\n{rest}\n\nAbout us\nContact us\n"
    )
    story = wirestory.parse_story(text, options=wirestory.ParseOptions(layout="page"))
    assert story.body[0].startswith("The harbour board met on Tuesday evening")
    codes = [d.code for d in story.diagnostics]
    # The visible headline, or the title's with the diagnostic that says so.
    assert story.headline == "Harbour board agrees budget after a close vote" or (
        story.headline == "Quay budget: what the vote means" and "headline-from-title" in codes
    )
