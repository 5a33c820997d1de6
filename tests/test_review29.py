"""Review of three rounds (variant16, staff29, silent29): readings their new
rules made wrong on ordinary text. An agency before a writer (``By Reuters and
Jane Roe``) was read as a given name sharing the writer's family name, the
writer ``Reuters Roe``; a section's label ending in a dash alone above the
story (``WEATHER –``) was read as the story's dateline, silently.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY, page_story_under_header, story_under_header

import wirestory
from wirestory.bylines import find_byline, find_page_byline

# --- An agency before a writer ------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names", "organization"),
    [
        ("By Reuters and Jane Roe", ("Jane Roe",), "Reuters"),
        ("By AP & Tom Smith", ("Tom Smith",), "AP"),
        ("By Agencies and Jane Roe", ("Jane Roe",), "Agencies"),
        ("By Reuters and Jane and Tom Roe", ("Jane Roe", "Tom Roe"), "Reuters"),
    ],
)
def test_an_agency_before_a_writer_is_no_writer(
    line: str, names: tuple[str, ...], organization: str
) -> None:
    """``By Reuters and Jane Roe`` gave the writers ``Reuters Roe`` and
    ``Jane Roe`` silently: the agency is the organisation."""
    for found in (find_byline(line), find_page_byline(line)):
        assert found is not None
        assert found.names == names
        assert found.organization == organization
    for story in (story_under_header(line), page_story_under_header(line)):
        assert story.byline is not None
        assert story.byline.names == names
        assert story.byline.organization == organization


@pytest.mark.parametrize(
    ("line", "names", "organization"),
    [
        # Near misses, held: the rounds' readings.
        ("By Jane Roe and Reuters", ("Jane Roe",), "Reuters"),
        ("By Jane and Tom Roe", ("Jane Roe", "Tom Roe"), None),
        ("By Reuters and AP", (), "Reuters and AP"),
        ("By Staff and Wire Reports", (), "Staff and Wire Reports"),
        ("By Jane Roe and Tom Smith", ("Jane Roe", "Tom Smith"), None),
    ],
)
def test_writers_and_signatures_near_an_agency_hold(
    line: str, names: tuple[str, ...], organization: str | None
) -> None:
    found = find_byline(line)
    assert found is not None
    assert found.names == names
    assert found.organization == organization


# --- A label and its dash alone above the story ---------------------------------


def _story_under_label(label: str) -> wirestory.Story:
    text = f"Council votes to close old library\n\n{label}\n\n" + "\n\n".join(LIBRARY_STORY) + "\n"
    return wirestory.parse(text)[0]


@pytest.mark.parametrize("label", ["WEATHER –", "MARKETS –", "LONDON –"])
def test_a_place_alone_over_the_story_says_it_may_be_a_label(label: str) -> None:
    """``WEATHER –`` alone over the story was its dateline silently: a place
    and its dash alone read as a section's label does, and the story says so."""
    story = _story_under_label(label)
    assert story.dateline is not None
    assert story.dateline.raw == label
    assert "dateline-own-line" in {d.code for d in story.diagnostics}


@pytest.mark.parametrize("label", ["PARIS (AFP) -", "LONDON, March 4 –"])
def test_an_agency_or_a_date_alone_over_the_story_is_a_dateline(label: str) -> None:
    """Near misses: an agency or a date is a dateline's own, no label's."""
    story = _story_under_label(label)
    assert story.dateline is not None
    assert story.dateline.raw == label
    assert "dateline-own-line" not in {d.code for d in story.diagnostics}


# --- A soldier's rank opening with "Staff" ----------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By Staff Sgt. Jane Roe", "Staff Sgt. Jane Roe"),
        ("By Staff Sergeant Tom Hale", "Staff Sergeant Tom Hale"),
    ],
)
def test_a_staff_sergeant_is_a_writer(line: str, name: str) -> None:
    """``By Staff Sgt. Jane Roe`` (a military paper's writer) was no byline,
    left heading the body silently: ``Staff`` read as the newsroom's word. The
    name keeps its rank, as ``By Sgt. Jane Roe`` does."""
    found = find_byline(line)
    assert found is not None
    assert found.names == (name,)
    story = story_under_header(line)
    assert story.byline is not None
    assert story.byline.names == (name,)
    assert story.body == LIBRARY_STORY[:3]


@pytest.mark.parametrize(
    ("line", "reading"),
    [
        # Near misses, held: the newsroom's signatures and no name.
        ("By Staff", ((), "Staff")),
        ("By Staff Writer", ((), "Staff Writer")),
        ("By Staff and Wire Reports", ((), "Staff and Wire Reports")),
        ("By Staff Sgt. Roe", None),
        ("By Staff Sgt", None),
    ],
)
def test_staff_without_a_soldier_s_name_holds(
    line: str, reading: tuple[tuple[str, ...], str] | None
) -> None:
    found = find_byline(line)
    assert (found and (found.names, found.organization)) == reading


# --- "From" a phrase "in" a time ---------------------------------------------------


def _wire_story_under(line: str) -> wirestory.Story:
    text = f"Council votes to close old library\n\n{line}\n\n" + "\n\n".join(LIBRARY_STORY) + "\n"
    return wirestory.parse(text)[0]


@pytest.mark.parametrize(
    "line",
    ["From Mill Street in May", "From Port Ellis in Winter", "From Wire Reports in London"],
)
def test_from_a_phrase_in_a_time_is_no_writer(line: str) -> None:
    """``From Mill Street in May`` (a subheading) gave the writer ``Mill
    Street`` silently: a month or a season after ``in`` is a time, no place
    filed from; a newsroom's signature (``Wire Reports``) is no writer."""
    assert find_page_byline(line) is None
    for story in (_wire_story_under(line), page_story_under_header(line)):
        assert story.byline is None
        assert not story.contributors


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # Near misses, held: silent29's reading.
        ("From Jane Roe in Madrid", ("Jane Roe",)),
        ("From Tom Hale in Port Ellis", ("Tom Hale",)),
        ("From Ann Lee in Mayfield", ("Ann Lee",)),
    ],
)
def test_from_a_writer_in_a_place_holds(line: str, names: tuple[str, ...]) -> None:
    found = find_page_byline(line)
    assert found is not None
    assert found.names == names
    story = _wire_story_under(line)
    assert story.byline is not None
    assert story.byline.names == names
