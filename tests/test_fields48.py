"""The forty-eighth fields round: what the labelled real pages still read
wrong, by form. A plan's or guide's page opening with a few paragraphs of
prose under its header, then going on in short rows (a meal plan's menu,
``Meal 1`` / ``Eat every 2-3 hours`` / ``Porridge with berries``) down to a
box of related links and the site's disclaimer in long sentences: the story's
stretch could not cross the rows, so the disclaimer was read as the story and
its opening paragraphs were left as the header's furniture, silently
(``prose-over-story-left-out`` now says so). A share bar between a blog's
headline and its byline (``258 Shares`` / ``Buffer`` / ``Pin`` / ``Tweet``)
ended the walk up to the headline: the title (an SEO wording) was taken.
A sports site's calendar under a heading of the headline's words, its rows
numbered ``1st`` or ``1a``, was left out with no word said, the sidebar's
prose read as the story (``list-rows-left-out`` now says so).

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest
from story_checks import codes as _codes

import wirestory

_MENU = "Home\nWorkouts\nRecipes\nCommunity\nBlog\nShop\nSkip to content"

_HEADLINE = "A Week of Meal Prep for the Spring Plan"

_OPENING = (
    "If you have followed the spring plan with coach Dana Ferris, you have seen how her "
    "timed meals fit around the workouts to help you get the most from each session.",
    "The new plan follows the same nutrition guide, so you can keep using the calorie "
    "target you worked out for the first phase of the spring plan.",
    "This menu works for both programmes, so there is no need to work out a whole new "
    "meal prep when you finish one plan and start the next one.",
)

_DISCLAIMER = (
    "The information provided on this website, including the blogs, the community pages "
    "and all other content, was written for general information only and is not a "
    "substitute for the advice of your own doctor.",
    "Results vary depending on starting point, goals and effort. Exercise and a proper diet "
    "are needed to reach and keep a healthy weight and to build muscle over time.",
    "These statements have not been evaluated by any food or drug authority. These products "
    "are not intended to diagnose, treat, cure or prevent any disease at all.",
    "Consult your physician and follow all safety instructions before beginning any "
    "exercise programme or taking any supplement or meal replacement product we sell.",
)


def _menu_rows(plans: int) -> list[str]:
    """A meal plan's short rows: a heading, a time, a dish, its portions."""
    rows: list[str] = []
    for plan in "ABCD"[:plans]:
        rows.append(f"Menu for Eating Plan {plan}")
        for meal in ("Breakfast", "Meal 1", "Meal 2", "Meal 3", "Evening snack"):
            rows += [
                meal,
                "Eat every 2-3 hours",
                "Oat porridge with berries and a spoon of seeds",
                "Portions: 1 Green, 1 Red, 1 Yellow",
            ]
    return rows


def _plan_page(*opening: str, header: tuple[str, ...] = ()) -> str:
    blocks = [
        f"{_HEADLINE} | The Fit Kitchen Blog",
        _MENU,
        _HEADLINE,
        "BLOG > Nutrition > Meal Plans",
        *(header or ("March 4, 2025 | BY: Fit Kitchen",)),
        *opening,
        *_menu_rows(4),
        "Related Articles",
        "Why breakfast matters more than you think",
        "Five snacks for a long run",
        "Facebook\nPinterest\nInstagram\nJoin our newsletter",
        *_DISCLAIMER,
        "Privacy Policy\nTerms of Use\nCopyright 2025 Fit Kitchen",
    ]
    return "\n\n".join(blocks) + "\n"


@pytest.mark.parametrize("opening", [_OPENING, _OPENING[:2]])
def test_opening_prose_over_a_plan_left_out_is_said(opening: tuple[str, ...]) -> None:
    """The disclaimer was read as the story and nothing said the opening
    paragraphs under the header were left out."""
    [story] = wirestory.parse(_plan_page(*opening))
    assert story.headline == _HEADLINE
    # Either the opening is read as the story's, or the story says it was
    # left out, on the line of its first paragraph.
    if story.body[:1] != (opening[0],):
        said = [d for d in story.diagnostics if d.code == "prose-over-story-left-out"]
        assert [d.line for d in said] == [_plan_page(*opening).split("\n").index(opening[0]) + 1]


def _news_page(*between: str) -> str:
    """A news page: the headline, what stands between it and the story, the
    byline, the story right under it."""
    story = (
        "A man from Harbourton admitted on Monday that he had threatened to hurt a member "
        "of the town council in March, prosecutors said.",
        "The man, 55, admitted making the threat and keeping guns he was not allowed to "
        "own, the county prosecutor's office said in a statement on Monday.",
        "He faces up to ten years in prison and a large fine when he is sentenced in the "
        "spring, the office said.",
        "He was arrested in April after a call to the councillor's office in which he "
        "said he would come to the town hall with a gun.",
    )
    return (
        "\n\n".join(
            [
                "Harbourton man admits threat to councillor | Vale News",
                _MENU,
                "Harbourton man admits threat to councillor",
                *between,
                "March 4, 2025, 8:41 AM UTC",
                "By Tom Hale",
                *story,
                "Privacy Policy\nTerms of Service",
            ]
        )
        + "\n"
    )


@pytest.mark.parametrize(
    "between",
    [
        # The deck, then a newsletter's pitch under its own label: no run.
        (
            "The man, 55, faces up to ten years in prison when he is sentenced. He made the "
            "threat in a call to the office.",
            "Breaking News Emails",
            "Get breaking news alerts and special reports. The news and stories that matter, "
            "delivered weekday mornings.",
            "SUBSCRIBE",
        ),
        # A deck alone.
        (
            "The man, 55, faces up to ten years in prison when he is sentenced. He made the "
            "threat in a call to the office.",
        ),
        # Two short sentences over the story: no prose paragraphs.
        ("Updated at noon.", "Read more on the case below."),
    ],
)
def test_deck_and_pitch_over_a_story_say_nothing(between: tuple[str, ...]) -> None:
    [story] = wirestory.parse(_news_page(*between))
    assert any(p.startswith("A man from Harbourton admitted") for p in story.body)
    assert "prose-over-story-left-out" not in _codes(story)


# --- A share bar between the headline and the byline ---------------------------------

_BLOG_MENU = "Home\nFree Courses\nBooks\nFree Articles\nAbout\nContact"
_BLOG_HEADLINE = "Ferry Focus: It's Why Some Towns Keep Their Ferries and Others Lose Them"
_BLOG_STORY = (
    "Ferry focus is why some towns keep the boats they depend on while others talk about "
    "it for years but never find the money to run them.",
    "And why is it that some towns keep a ferry for a while but never get it to the point "
    "where the fares pay for the crew and the fuel?",
    "The answer, the harbour board found, is a plan that runs for ten years and not for "
    "one winter at a time.",
)


def _blog_page(*between: str, byline: str = "By Jane Roe") -> str:
    """A blog's page whose title (an SEO wording) differs from its headline."""
    return (
        "\n\n".join(
            [
                "Ferry Focus: Do You Have What It Takes to Keep a Ferry? | Harbour Blog",
                "Skip to content",
                _BLOG_MENU,
                _BLOG_HEADLINE,
                "\n".join(between),
                byline,
                *_BLOG_STORY,
                "Privacy Policy\nContact us\n© 2025 Harbour Blog",
            ]
        )
        + "\n"
    )


@pytest.mark.parametrize(
    "bar",
    [
        ("258 Shares", "Buffer", "Share", "Pin", "Tweet", "Share", "Email"),
        ("Share", "Tweet", "Email"),
        ("Facebook", "Twitter", "LinkedIn", "Copy link"),
        ("1.2K shares", "Share on Facebook", "Share on Twitter", "Pin it"),
        ("Share",),
    ],
)
def test_headline_over_a_share_bar_over_the_byline_is_read(bar: tuple[str, ...]) -> None:
    """The bar ended the walk up from the byline: the site's title was the
    headline (said only ``headline-from-title``), the printed headline lost."""
    [story] = wirestory.parse(_blog_page(*bar))
    assert story.headline == _BLOG_HEADLINE
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)
    assert list(story.body) == list(_BLOG_STORY)
    assert "headline-from-title" not in _codes(story)


def test_share_bar_under_a_menu_reads_no_menu_row_as_the_headline() -> None:
    """A menu's row over the bar and no headline printed: the walk passes the
    bar and meets the menu, which gives no headline."""
    page = _blog_page("Contact", "Share", "Tweet", "Email").replace(_BLOG_HEADLINE + "\n\n", "")
    [story] = wirestory.parse(page)
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)
    assert list(story.body) == list(_BLOG_STORY)
    assert story.headline != "Contact"
    assert "headline-from-title" in _codes(story)


# --- A page whose story is its list, under a heading of the headline's words ----------

_RACE_MENU = "Home\nNews\nResults\nCalendar\nDrivers\nContact"
_RACE_HEADLINE = "Harbour Kart Series Calendar 2025"
_SIDEBAR = (
    "Click on the photo of our columnist and read his columns on karting, rallying and "
    "the other series he writes about for the site every week.",
    "Click on the picture above to see how the drivers stand in this season's ranking of "
    "the Harbour Kart Series and in the overall table for the year.",
    "A long chat about everything that happened on and off the track this season, in the "
    "twelfth series of our weekly podcast with the whole team.",
)


def _calendar_page(heading: str, rows: tuple[str, ...]) -> str:
    """A calendar's page: the headline, the date, the section's label, the
    heading, the rows, their notes and tags, then the sidebar's prose."""
    return (
        "\n\n".join(
            [
                f"{_RACE_HEADLINE} | Harbour Racing",
                _RACE_MENU,
                _RACE_HEADLINE,
                "Monday, 20 January 2025 at 0:13\nShare this on WhatsApp",
                "Karting",
                heading,
                "\n".join(rows),
                "* Calendar subject to change by the organiser",
                "Tags\nkart calendar 2025, harbour kart series, quay point",
                *_SIDEBAR,
                "Privacy Policy\nContact us\n© 2025 Harbour Racing",
            ]
        )
        + "\n"
    )


_ORDINAL_ROWS = tuple(
    f"{n}{suffix} round: {day} {month} – {track}"
    for n, suffix, day, month, track in (
        (1, "st", 9, "March", "Quay Point"),
        (2, "nd", 6, "April", "Mill Lane"),
        (3, "rd", 20, "April", "Harbour Park"),
        (4, "th", 4, "May", "Castle Green"),
        (5, "th", 18, "May", "Quay Point"),
    )
)
_PORTUGUESE_ROWS = tuple(
    f"{n}{mark} etapa: {day} de {month} – {track}"
    for mark in ("a",)
    for n, day, month, track in (
        (1, 9, "março", "Porto Velho"),
        (2, 6, "abril", "Vila Nova"),
        (3, 20, "abril", "Cais Alto"),
        (4, 4, "maio", "Porto Velho"),
    )
)


@pytest.mark.parametrize(
    ("heading", "rows"),
    [
        ("Calendar of the Harbour Kart Series 2025", _ORDINAL_ROWS),
        ("Harbour Kart Series 2025 calendar", _ORDINAL_ROWS),
        ("Calendar of the Harbour Kart Series 2025", _PORTUGUESE_ROWS),
        (
            "Calendar of the Harbour Kart Series 2025",
            tuple(r.replace("a etapa", "ª etapa") for r in _PORTUGUESE_ROWS),
        ),
    ],
)
def test_list_under_a_heading_of_the_headline_left_out_is_said(
    heading: str, rows: tuple[str, ...]
) -> None:
    """The calendar's rows under a heading repeating the headline were left
    out with the heading, the sidebar's prose read as the story, silently
    (said only under a sentence ending in a colon, and rows numbered ``1st``
    or ``1a`` were no list's form)."""
    stories = wirestory.parse(_calendar_page(heading, rows))
    assert stories[0].headline == _RACE_HEADLINE
    assert "list-rows-left-out" in _codes(stories[0])


@pytest.mark.parametrize(
    "heading",
    [
        # A box's heading naming none of the headline's words: the site's own
        # list (its coming events), left out unsaid as before.
        "Upcoming events",
        "Latest results",
    ],
)
def test_list_under_a_heading_of_other_words_says_nothing(heading: str) -> None:
    [story, *_] = wirestory.parse(_calendar_page(heading, _ORDINAL_ROWS))
    assert "list-rows-left-out" not in _codes(story)
