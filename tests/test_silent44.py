"""The forty-fourth silent-wrong round: readings left wrong with no
diagnostic. A contributor network's header (the writer's name over a
one-word title, the network's disclaimer, a bio in the first person, a
contact link, the date) left the page wire copy, its header the body's first
paragraphs; a health site's ``Medically reviewed by …`` over the byline was
the standfirst, and its closing box (``How we reviewed this article:``) the
body's last paragraphs; a newsletter's pitch left out between two
paragraphs was said nowhere.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_HEADLINE, LIBRARY_STORY

import wirestory
from wirestory.trailers import classify_trailer


def _codes(story: wirestory.Story) -> list[str]:
    return [d.code for d in story.diagnostics]


# --- A contributor network's header ----------------------------------------------------

_NETWORK_PAGE = """Harbour Money
Markets
Investing
Retirement
{headline}
Nadia Flores
{title}
{disclaimer}
{bio}
{links}
Mar 4, 2025, 06:00am EST
{body}
Editorial Standards
Reprints & Permissions
"""


@pytest.mark.parametrize(
    ("title", "disclaimer", "bio", "links"),
    [
        (
            "Contributor",
            "Opinions expressed by contributors are their own.",
            "I write about pensions, savings and the people who run them.",
            "Follow",
        ),
        (
            "Columnist",
            "Views expressed by Harbour Money contributors are their own.",
            "I cover retirement planning for families on a budget.",
            "Follow\n@nadiaflores",
        ),
        (
            "Senior Contributor",
            "Opinions expressed by contributors are their own.",
            "I'm a former pension fund manager who writes about saving.",
            "Follow",
        ),
        # No bio, no link: the disclaimer alone under the title.
        ("Contributor", "Opinions expressed by contributors are their own.", "", ""),
    ],
)
def test_contributor_network_header(title: str, disclaimer: str, bio: str, links: str) -> None:
    """The page was wire copy: its site's name the headline, the name, the
    disclaimer and the bio paragraphs, with no diagnostic on them."""
    text = _NETWORK_PAGE.format(
        headline=LIBRARY_HEADLINE,
        title=title,
        disclaimer=disclaimer,
        bio=bio,
        links=links,
        body="\n".join(LIBRARY_STORY),
    ).replace("\n\n", "\n")
    story = wirestory.parse(text)[0]
    assert story.layout == "page"
    assert story.headline == LIBRARY_HEADLINE
    assert story.byline is not None
    assert story.byline.names == ("Nadia Flores",)
    assert story.standfirst is None
    assert story.body == LIBRARY_STORY


def test_first_person_paragraph_under_the_date_stays_the_story() -> None:
    """A column opening ``I write …`` under the date is the story's first
    paragraph: only a line between the name and the date is the writer's bio."""
    opening = "I write this from a kitchen table in Kellbrook, where the library used to be."
    text = _NETWORK_PAGE.format(
        headline=LIBRARY_HEADLINE,
        title="Contributor",
        disclaimer="Opinions expressed by contributors are their own.",
        bio="",
        links="Follow",
        body="\n".join((opening, *LIBRARY_STORY)),
    ).replace("\n\n", "\n")
    story = wirestory.parse(text)[0]
    assert story.body == (opening, *LIBRARY_STORY)


@pytest.mark.parametrize(
    "line",
    [
        "Opinions expressed by contributors are their own.",
        "The views expressed by our columnists are their own.",
    ],
)
def test_network_disclaimer_is_a_note(line: str) -> None:
    trailer = classify_trailer(line)
    assert trailer is not None
    assert trailer.kind == "note"


@pytest.mark.parametrize(
    "line",
    [
        "The views expressed by residents at the meeting were mixed.",
        "Opinions expressed by contributors at the hearing differed sharply.",
    ],
)
def test_views_of_others_are_no_note(line: str) -> None:
    assert classify_trailer(line) is None
