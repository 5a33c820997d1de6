"""Second review of the seventeenth and eighteenth silent rounds and the
twelfth held-out round: near-misses of their rules, each written for this
review, that came out wrong with no diagnostic. Each test failed on the code
before its fix; the forms the rounds were for still read as they did."""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY
from news_pages import library_story as _page
from story_checks import codes as _codes

import wirestory
from wirestory import ParseOptions
from wirestory.bylines import find_byline

PAGE = ParseOptions(layout="page")

_P1, _P2, _P3, _P4 = LIBRARY_STORY


# --- 1. A closing paragraph opening with "Correction:" that mends nothing ----------


@pytest.mark.parametrize(
    "closing",
    [
        # A market's correction, the story's last paragraph.
        "Correction: the index fell 10 per cent over the month, its steepest slide "
        "since the spring, and traders expect more selling next week.",
        # A prison service named "Corrections", set off by dashes.
        "Corrections - the state's prison service - said it would move the inmates "
        "to a new site by the end of the year.",
        "Clarification: the council will publish the full cost of the new branch "
        "before the vote in June.",
    ],
)
def test_a_closing_paragraph_naming_no_error_stays_body(closing: str) -> None:
    """``Correction:`` opening the story's own last paragraph, naming no
    error and no story it mends, is the story's: it was moved to notes."""
    story = _page(_P1, _P2, _P3, closing)
    assert story.body[-1] == closing
    assert story.notes == ()


@pytest.mark.parametrize(
    "correction",
    [
        "Correction: An earlier version of this story gave the wrong date for the vote.",
        "CORRECTION: The librarian's name was misspelled in a previous version.",
        "Clarification - This article has been updated to say who owns the building.",
        "Correction: The vote was on Tuesday, not Monday, as previously reported.",
    ],
)
def test_a_correction_notice_still_goes_to_notes(correction: str) -> None:
    """The notices the round was for still go to notes."""
    story = _page(_P1, _P2, _P3, _P4, correction)
    assert story.notes == (correction,)


# --- 2. A paragraph of the story ending in a staff photographer's credit ------------

_ROOF = (
    "The council had spent four years arguing over the roof. Engineers said the beams "
    "were rotten and the cost had doubled. Residents wrote hundreds of letters asking for "
    "the branch to stay open."
)


def test_a_narrating_paragraph_in_a_staff_credit_s_brackets_is_flagged() -> None:
    """Three sentences that narrate, then ``(Jane Roe/The Vale Post)``: read
    as a caption at any length, the story loses its paragraph; it says so."""
    story = _page(_P1, _P2, f"{_ROOF} (Jane Roe/The Vale Post)", _P3, _P4)
    assert "caption-may-be-paragraph" in _codes(story)


@pytest.mark.parametrize(
    "caption",
    [
        # The staff photo's caption the form is for: one sentence.
        "Residents pack the hall for the vote on Monday. (Jane Roe/The Vale Post)",
        # An agency's caption adds the background: not looked at.
        f"{_ROOF} (AP Photo/Jane Roe)",
    ],
)
def test_a_staff_or_agency_caption_is_not_flagged(caption: str) -> None:
    story = _page(_P1, _P2, caption, _P3, _P4)
    assert "caption-may-be-paragraph" not in _codes(story)


# --- 3. A year alone after a byline's comma ------------------------------------------


@pytest.mark.parametrize("line", ["By Jane Roe, 2025", "By Jane Roe, Vale City, 2019"])
def test_a_year_after_the_names_is_no_organisation(line: str) -> None:
    """``By Jane Roe, 2025``: the page's year, as ``By Jane Roe, Mar 4,
    2025``'s date is, is no organisation (the raw keeps it)."""
    found = find_byline(line)
    assert found is not None
    assert found.names[0] == "Jane Roe"
    assert found.organization is None


def test_an_organisation_opening_with_a_number_stays() -> None:
    """Near miss: ``1984 Films`` is an organisation's name, no year alone."""
    found = find_byline("By Jane Roe, 1984 Films")
    assert found is not None
    assert found.organization == "1984 Films"


# --- 4. A headline before sections written in sentence case --------------------------


def _piped(headline: str) -> wirestory.Story:
    text = (
        f"The Vale Post\n\nHome\nNews\nSport\n\n{headline}\nBy Jane Roe\nMarch 4, 2025\n\n"
        + "\n\n".join(LIBRARY_STORY)
        + "\n\nAbout us\nContact us\n"
    )
    [story] = wirestory.parse(text, options=PAGE)
    return story


@pytest.mark.parametrize(
    "headline",
    [
        "Rates rise again | UK news | The Vale Post",
        "Rates rise again | Life and style | The Vale Post",
        "Rates rise again | Television & radio | Vale Post",
    ],
)
def test_sections_in_sentence_case_are_cut_from_the_headline(headline: str) -> None:
    """``UK news``, ``Life and style``: a section's nouns in small letters
    are no clause's verb; the section and the site were kept in the headline."""
    assert _piped(headline).headline == "Rates rise again"


def test_piped_clauses_still_stay_whole() -> None:
    """Near miss: ``Markets fall``, ``Oil jumps`` hold verbs: one headline."""
    headline = "Rates rise again | Markets fall | Oil jumps"
    assert _piped(headline).headline == headline


# --- 5. A date after a writer's paper and a bar --------------------------------------


@pytest.mark.parametrize(
    "line", ["By Jane Roe, The Vale Post | Mar 4, 2025", "By Jane Roe, The Vale Post | 3:12 PM"]
)
def test_the_date_after_the_paper_and_a_bar_is_no_organisation(line: str) -> None:
    """``By Jane Roe, The Vale Post | Mar 4, 2025``: the page's date after
    the bar was glued to the paper in the organisation."""
    found = find_byline(line)
    assert found is not None
    assert found.names == ("Jane Roe",)
    assert found.organization == "The Vale Post"


def test_a_title_after_the_paper_and_a_bar_stays() -> None:
    """Near miss: a word after the bar with no digit stays the organisation's."""
    found = find_byline("By Jane Roe, Reporter | The Vale Post")
    assert found is not None
    assert found.organization == "Reporter | The Vale Post"


# --- 6. A date after a writer's organisation and a comma -----------------------------


@pytest.mark.parametrize(
    ("line", "organization"),
    [
        ("By Jane Roe, Reuters, Mar 4, 2025", "Reuters"),
        ("By Jane Roe, The Vale Post, 2025", "The Vale Post"),
        # Near miss: an organisation's word that is a month stays.
        ("By Jane Roe, Reuters, May Day Fund", "Reuters, May Day Fund"),
    ],
)
def test_the_date_after_the_organisation_is_no_organisation(line: str, organization: str) -> None:
    """``By Jane Roe, Reuters, Mar 4, 2025``: the date the story ran, after
    the organisation's comma, is no part of it (the raw keeps it)."""
    found = find_byline(line)
    assert found is not None
    assert found.organization == organization


def test_a_year_closing_a_date_inside_the_organisation_is_not_cut_off() -> None:
    """Near miss: ``… RD on November 14, 2019``: the year closes the date
    before it; cutting it alone would leave ``on November 14`` behind."""
    found = find_byline("Written by Jane Roe, MS, RD on November 14, 2019")
    assert found is not None
    assert found.organization is None or found.organization.endswith("2019")
