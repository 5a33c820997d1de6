"""The thirty-fifth silent-wrong round: readings this session's reviewers
left wrong with no diagnostic. On a page, a sponsor after ``Presented by``
(``Vale Farmers Union``) was the story's writer; a stack of section labels
over the date (``Coastal Towns`` over ``Ferry Services``) gave its first
line as the byline. In the marked layout, a marker line ``By Royal
Appointment`` named a writer ``Royal Appointment`` with none of the doubts a
header byline gets. In wire copy, a Press Trust of India slug line
(``DEL45 LAW-COURTS``) over the dateline was the headline.

Every page and line here is invented, in the shape of real page text or wire
copy.
"""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY, library_story
from story_checks import codes as _codes

import wirestory

# --- A sponsor or a host after Presented by ----------------------------------------


@pytest.mark.parametrize(
    "sponsor",
    [
        "Presented by Vale Farmers Union",
        "Hosted by Harbour Energy",
        "Presented by Coast Savings Bank",
        "Hosted by Mill Street Trust",
    ],
)
def test_sponsor_after_presented_by_is_flagged(sponsor: str) -> None:
    """It was the writer, silently."""
    story = library_story(*LIBRARY_STORY, header=f"{sponsor}\nMarch 4, 2025")
    assert story.byline is not None
    assert "byline-name-may-be-phrase" in _codes(story)
    assert story.body == LIBRARY_STORY


@pytest.mark.parametrize("host", ["Presented by Jane Roe", "Hosted by Tom Baker"])
def test_person_after_presented_by_stays_the_byline(host: str) -> None:
    story = library_story(*LIBRARY_STORY, header=f"{host}\nMarch 4, 2025")
    assert story.byline is not None
    assert story.byline.names == (host.split(" by ")[1],)
    assert "byline-name-may-be-phrase" not in _codes(story)


# --- Section labels over the date -----------------------------------------------------


@pytest.mark.parametrize(
    "labels", ["Coastal Towns\nFerry Services", "Ferry Services", "Harbour Life\nRiver Towns"]
)
def test_section_labels_over_the_date_are_flagged(labels: str) -> None:
    """The first label was the byline, silently."""
    story = library_story(*LIBRARY_STORY, header=f"{labels}\nMarch 4, 2025")
    assert story.byline is not None
    assert "byline-name-may-be-phrase" in _codes(story)
    assert story.body == LIBRARY_STORY


@pytest.mark.parametrize(
    ("header", "names"),
    [
        ("Jane Roe\nMarch 4, 2025", ("Jane Roe",)),
        ("Max Roe\nThe Harbour Voice\nMarch 4, 2025", ("Max Roe",)),
        # An outlet under its writer's name: an outlet's word, or no plural.
        ("Jane Roe\nVale Post\nMarch 4, 2025", ("Jane Roe",)),
        ("Jane Roe\nHarbour News\nMarch 4, 2025", ("Jane Roe",)),
        ("Jane Roe\nHarbour Voice\nMarch 4, 2025", ("Jane Roe",)),
    ],
)
def test_writer_over_the_date_stays_unflagged(header: str, names: tuple[str, ...]) -> None:
    story = library_story(*LIBRARY_STORY, header=header)
    assert story.byline is not None
    assert story.byline.names == names
    assert "byline-name-may-be-phrase" not in _codes(story)


def _page_under_menu(menu: str, header: str) -> wirestory.Story:
    text = (
        f"Council votes to close old library | The Vale Post\n\n{menu}\n\n"
        f"Council votes to close old library\n{header}\nMarch 4, 2025\n\n"
        + "\n\n".join(LIBRARY_STORY)
        + "\n"
    )
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout="page"))
    return story


@pytest.mark.parametrize("menu", ["Home\nNews\nTowns\nSport", "Home\nCoastal Life\nSport"])
def test_name_line_sharing_a_menu_word_is_flagged(menu: str) -> None:
    """``Coastal Towns`` over the date was the byline, silently."""
    story = _page_under_menu(menu, "Coastal Towns")
    assert story.byline is not None
    assert story.byline.names == ("Coastal Towns",)
    assert "byline-name-may-be-phrase" in _codes(story)


@pytest.mark.parametrize(
    ("menu", "header"),
    [
        ("Home\nNews\nSport", "Jane Roe"),
        ("Home\nNews\nJane Roe", "Jane Roe"),  # the byline shown above the headline too
        ("Home\nRoe Valley\nSport", "Jo Roe"),  # a word of three letters
    ],
)
def test_name_line_under_an_unrelated_menu_stays_unflagged(menu: str, header: str) -> None:
    story = _page_under_menu(menu, header)
    assert story.byline is not None
    assert story.byline.names == (header,)
    assert "byline-name-may-be-phrase" not in _codes(story)


# --- The marked layout's marker line as a byline -------------------------------------

_CAPTION = "Pupils leave the old library on Mill Street on Monday. (Reuters)"


def _marked_story(marker: str, layout: str) -> wirestory.Story:
    headline = "Council votes to close old library"
    text = (
        f"{headline}\n\n{_CAPTION}\n\n{marker}\n\n{headline}\n\n{_CAPTION}\n\n"
        + "\n\n".join(LIBRARY_STORY[:3])
        + "\n"
    )
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout=layout))
    return story


@pytest.mark.parametrize("layout", ["marked", "auto"])
@pytest.mark.parametrize("marker", ["By Royal Appointment", "By Christmas Eve"])
def test_occasion_in_the_marker_line_is_flagged(marker: str, layout: str) -> None:
    """It named the writer with no warning."""
    story = _marked_story(marker, layout)
    assert story.layout == "marked"
    assert story.marker == marker
    assert "byline-name-may-be-phrase" in _codes(story)


@pytest.mark.parametrize("layout", ["marked", "auto"])
def test_writer_in_the_marker_line_stays_unflagged(layout: str) -> None:
    story = _marked_story("By Rami Khalil", layout)
    assert story.byline is not None
    assert story.byline.names == ("Rami Khalil",)
    assert "byline-name-may-be-phrase" not in _codes(story)


# --- A Press Trust of India slug line over the dateline -------------------------------


def _pti_story(top: str) -> wirestory.Story:
    text = f"{top}\n\nNew Delhi, Mar 4 (PTI) " + "\n\n".join(LIBRARY_STORY[:3]) + "\n"
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout="wire"))
    return story


@pytest.mark.parametrize("slug", ["DEL45 LAW-COURTS", "BOM12 BIZ-MARKETS-CLOSE", "CAL3 WB-POLLS"])
def test_pti_slug_over_the_dateline_is_no_headline(slug: str) -> None:
    """It was the headline, silently."""
    story = _pti_story(slug)
    assert story.headline == ""
    assert story.notes == (slug,)
    assert story.dateline is not None
    assert story.dateline.places == ("New Delhi",)


def test_pti_slug_over_a_headline_leaves_the_headline() -> None:
    story = _pti_story("DEL45 LAW-COURTS\n\nCourt orders library to stay open")
    assert story.headline == "Court orders library to stay open"
    assert story.notes == ("DEL45 LAW-COURTS",)


@pytest.mark.parametrize(
    "headline", ["G20 SUMMIT-TALKS", "Covid-19 cases rise in Delhi", "DELHI HIGH COURT RULES"]
)
def test_headline_over_the_dateline_stays_the_headline(headline: str) -> None:
    story = _pti_story(headline)
    assert story.headline == headline
    assert story.notes == ()
