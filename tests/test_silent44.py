"""The forty-fourth silent-wrong round: readings left wrong with no
diagnostic. A contributor network's header (the writer's name over a
one-word title, the network's disclaimer, a bio in the first person, a
contact link, the date) left the page wire copy, its header the body's first
paragraphs; a health site's ``Medically reviewed by …`` over the byline was
the standfirst, and its closing box (``How we reviewed this article:``) the
body's last paragraphs; the reviewer on the byline's line between
separators left no byline, or the byline's organisation; a newsletter's
pitch left out between two paragraphs was said nowhere; a sign-up box with
an ``Email address`` field ended the story over it, and one over the last
paragraph lost it.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from news_pages import LIBRARY_HEADLINE, LIBRARY_STORY, library_story
from story_checks import codes as _codes
from test_export import _errors, _validator

import wirestory
from wirestory import export
from wirestory.trailers import classify_trailer

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


# --- A health site's reviewer and closing box ------------------------------------------

_HEALTH_PAGE = """Carewell
Conditions
Nutrition
Sleep
{headline}
{header}
Updated on March 4, 2025
{body}
{closing}
"""
_HEALTH_HEADLINE = "Does a cold shower help you sleep? What we know"
_HEALTH_STORY = (
    "Many people swear that a cold shower before bed helps them fall asleep faster, but the "
    "evidence for it is thin and mostly comes from small surveys.",
    "Sleep researchers say the body cools down as it prepares for sleep, and a warm bath an "
    "hour before bed may help that happen more than a cold shower does.",
    "Anyone with a heart condition should talk to a doctor before trying cold showers, as the "
    "sudden chill raises the heart rate.",
)


def _health_page(header: str, closing: str = "") -> wirestory.Story:
    text = _HEALTH_PAGE.format(
        headline=_HEALTH_HEADLINE,
        header=header,
        body="\n".join(_HEALTH_STORY),
        closing=closing,
    ).replace("\n\n", "\n")
    return wirestory.parse(text)[0]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Medically reviewed by Ines Moreau, MD", "Ines Moreau"),
        ("Medically reviewed by Ines Moreau, MD, FACP", "Ines Moreau"),
        ("Fact checked by Ines Moreau", "Ines Moreau"),
        ("Reviewed by Ines Moreau, RN", "Ines Moreau"),
    ],
)
def test_reviewer_over_byline_is_a_contributor(line: str, name: str) -> None:
    """The reviewer's line over ``Written by …`` was the standfirst, silently,
    and the reviewer in no field."""
    story = _health_page(f"{line}\nWritten by Pia Lund")
    assert story.headline == _HEALTH_HEADLINE
    assert story.byline is not None
    assert story.byline.names == ("Pia Lund",)
    assert story.standfirst is None
    assert [(c.name, c.role) for c in story.contributors] == [(name, "reviewing")]
    assert story.body == _HEALTH_STORY


@pytest.mark.parametrize(
    "line",
    [
        "Medically reviewed by Ines Moreau, MD — Written by Pia Lund — Updated on March 4, 2025",
        "Written by Pia Lund, MS, RD on March 4, 2025 — Medically reviewed by Ines Moreau, MD",
        "By Pia Lund | Fact checked by Ines Moreau",
    ],
)
def test_reviewer_on_the_byline_line_is_a_contributor(line: str) -> None:
    """Read whole, the line was no byline (the page wire copy, its menu the
    body) or the credit the byline's organisation, silently."""
    story = _health_page(line)
    assert story.headline == _HEALTH_HEADLINE
    assert story.byline is not None
    assert story.byline.names == ("Pia Lund",)
    assert story.byline.organization is None
    assert [(c.name, c.role) for c in story.contributors] == [("Ines Moreau", "reviewing")]
    assert story.body == _HEALTH_STORY


def test_reviewer_under_byline_is_a_contributor() -> None:
    story = _health_page("Written by Pia Lund\nMedically reviewed by Ines Moreau, MD")
    assert story.byline is not None
    assert story.byline.names == ("Pia Lund",)
    assert [(c.name, c.role) for c in story.contributors] == [("Ines Moreau", "reviewing")]
    assert story.body == _HEALTH_STORY


def test_a_deck_over_the_byline_stays_the_standfirst() -> None:
    deck = "Researchers reviewed by hand the sleep diaries of 300 swimmers"
    story = _health_page(f"{deck}\nWritten by Pia Lund")
    assert story.standfirst == deck
    assert story.contributors == ()


@pytest.mark.parametrize(
    "line",
    [
        "Reviewed by Ines Moreau, MD",
        "Medically reviewed by Ines Moreau, MD",
        "Fact-checked by Ines Moreau and Tom Hale",
    ],
)
def test_review_credit_is_a_contributors_trailer(line: str) -> None:
    trailer = classify_trailer(line)
    assert trailer is not None
    assert trailer.kind == "contributors"
    assert {c.role for c in trailer.contributors} == {"reviewing"}
    assert all(c.name in ("Ines Moreau", "Tom Hale") for c in trailer.contributors)


def test_review_credit_in_text_and_ninjs() -> None:
    story = _health_page("Medically reviewed by Ines Moreau, MD\nWritten by Pia Lund")
    assert "Reviewed by Ines Moreau" in export.to_text(story)
    people = export.to_ninjs(story)["people"]
    assert {"name": "Ines Moreau", "rel": "reviewing"} in people


@pytest.mark.corpus
def test_review_credit_ninjs_is_valid(shared: Path) -> None:
    """The new role is a ``rel`` both ninjs schemas take."""
    story = _health_page("Medically reviewed by Ines Moreau, MD\nWritten by Pia Lund")
    assert story.contributors
    v3, v2 = _validator(shared, "3.1"), _validator(shared, "2.1")
    assert _errors(v3, json.loads(json.dumps(export.to_ninjs(story)))) == []
    assert _errors(v2, json.loads(json.dumps(export.to_ninjs2(story)))) == []


@pytest.mark.parametrize(
    "closing",
    [
        "How we reviewed this article:\nOur experts continually review the health space, and we "
        "update our articles when new evidence appears.",
        "How we reviewed this article:\nOur experts continually review the health space, and we "
        "update our articles when new evidence appears.\nSources\nSleep Research Journal\n"
        "National Sleep Board",
        "Why you can trust this article\nOur writers work with doctors, and every article we "
        "publish is checked by one of them.",
    ],
)
def test_closing_box_about_the_article_is_out_of_the_body(closing: str) -> None:
    """Its heading and sentence were the body's last paragraphs, silently."""
    story = _health_page("Written by Pia Lund", closing)
    assert story.body == _HEALTH_STORY


def test_subheading_naming_this_story_stays_in_the_body() -> None:
    """A story's own closing section speaks of others, not as the site."""
    heading = "What this story means for parents:"
    section = (
        "Doctors say children should keep to a regular bedtime, and that a warm bath is "
        "safer than a cold shower for them."
    )
    story = _health_page("Written by Pia Lund", f"{heading}\n{section}")
    assert story.body == (*_HEALTH_STORY, heading, section)


# --- A newsletter's pitch left out between the paragraphs ------------------------------

# One sentence bidding the reader to a newsletter or their inbox, naming no
# site's own: a sign-up box's pitch, or a how-to story's advice.
_PITCHES_UNOWNED = [
    "Sign up to get the day's top stories from the valley delivered to your inbox every weekday.",
    "Subscribe to the library's events newsletter to hear about readings before they sell out.",
    "Never miss a reading: the library's Friday newsletter lands in your inbox at six.",
]


@pytest.mark.parametrize("pitch", _PITCHES_UNOWNED)
def test_pitch_left_out_between_paragraphs_is_said(pitch: str) -> None:
    """Left out between two paragraphs (a how-to story gives such advice in
    its own sentence), silently."""
    story = library_story(*LIBRARY_STORY[:2], pitch, *LIBRARY_STORY[2:])
    assert story.body == LIBRARY_STORY
    [said] = [d for d in story.diagnostics if d.code == "sign-up-pitch-left-out"]
    assert pitch[:40] in said.message


@pytest.mark.parametrize("pitch", _PITCHES_UNOWNED)
@pytest.mark.parametrize("where", [0, 4])
def test_pitch_at_the_storys_edge_is_furniture_unsaid(pitch: str, where: int) -> None:
    """Over the first paragraph or under the last it is the site's box."""
    story = library_story(*LIBRARY_STORY[:where], pitch, *LIBRARY_STORY[where:])
    assert story.body == LIBRARY_STORY
    assert "sign-up-pitch-left-out" not in _codes(story)


@pytest.mark.parametrize(
    "pitch",
    [
        "Get our free newsletter with the day's top stories from the valley in your inbox.",
        "Sign up for our Morning Briefing and get the valley's news in your inbox every day.",
    ],
)
def test_site_own_pitch_between_paragraphs_is_furniture_unsaid(pitch: str) -> None:
    """``our`` names the site's own newsletter: no story's sentence."""
    story = library_story(*LIBRARY_STORY[:2], pitch, *LIBRARY_STORY[2:])
    assert story.body == LIBRARY_STORY
    assert "sign-up-pitch-left-out" not in _codes(story)


# --- A newsletter's sign-up box between the story's last paragraphs -------------------

_SIGN_UP_BOXES = [
    (
        "Sign up for our daily briefing",
        "The valley's top stories, every weekday morning.",
        "Email address",
        "Subscribe",
    ),
    (
        "Sign up for our daily briefing",
        "The valley's top stories, every weekday morning.",
        "Enter your email address",
        "Subscribe",
    ),
]
# The story's last paragraph, naming its people and places.
_LAST_NAMING = (
    "Readers who use the Mill Street library can comment on the council's plan for the "
    "old library until May."
)


@pytest.mark.parametrize("box", _SIGN_UP_BOXES)
@pytest.mark.parametrize("where", [1, 2])
def test_sign_up_box_with_a_form_field_is_read_past(box: tuple[str, ...], where: int) -> None:
    """``Email address`` (no furniture phrase of its own) ended the box's walk:
    the story ended over the box, said only ``prose-left-out``."""
    story = library_story(*LIBRARY_STORY[:where], *box, *LIBRARY_STORY[where:])
    assert story.body == LIBRARY_STORY
    assert "prose-left-out" not in _codes(story)


@pytest.mark.parametrize("box", _SIGN_UP_BOXES)
def test_sign_up_box_over_the_last_paragraph_is_read_past(box: tuple[str, ...]) -> None:
    """The last paragraph under the box was lost, silently: a box is read past
    over two paragraphs, and one naming the story's words closes it."""
    story = library_story(*LIBRARY_STORY[:3], *box, _LAST_NAMING)
    assert story.body == (*LIBRARY_STORY[:3], _LAST_NAMING)


@pytest.mark.parametrize(
    "box", [*_SIGN_UP_BOXES, ("The valley's news, every morning.", "Enter your email", "Sign up")]
)
def test_paragraph_under_sign_up_box_naming_little_is_said(box: tuple[str, ...]) -> None:
    """One naming few of the story's words may be a site's blurb: left out
    (or the box's pitch read as the closing sentence), silently before."""
    story = library_story(*LIBRARY_STORY[:3], *box, LIBRARY_STORY[3])
    assert "prose-under-sign-up-box" in _codes(story)


def test_columns_closing_section_in_the_first_person_stays() -> None:
    """A column's last section says ``we`` of the world, not of the site's work."""
    heading = "Why this story matters to us"
    section = "We all sleep badly now and then, and none of us should feel ashamed to ask for help."
    story = _health_page("Written by Pia Lund", f"{heading}\n{section}")
    assert story.body == (*_HEALTH_STORY, heading, section)
