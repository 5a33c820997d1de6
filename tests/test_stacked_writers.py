"""Writers stacked one a line in a page's header (``Jane Roe`` / ``Tom Hale`` /
the date line), as a site prints each writer's name as a link of its own.

Read before as the first writer alone, the others furniture between the
headline and the story, silently (heldout26's report). Every page here is
invented.
"""

from __future__ import annotations

import pytest

import wirestory

_HEAD = (
    "The Daily Example\n\nSkip to main content\nNews\nSport\nBusiness\n\n"
    "Council approves new budget for harbour repairs\n\n"
)
_BODY = (
    "The city council on Tuesday approved a budget of 4 million dollars to repair the "
    "harbour walls damaged in last winter's storms.\n\n"
    "Work will begin in the spring and is expected to last two years, the council's "
    "planning chief said at the meeting.\n\n"
    "Residents had asked for the repairs for more than a year after waves broke through "
    "the wall twice in January.\n\n"
)
_TAIL = "Related stories\nFerry fares rise again\nAbout us\nPrivacy Policy\n"
_DATE = "Published 10:32 a.m. ET March 4, 2026"


def _story(header: str) -> wirestory.Story:
    stories = wirestory.parse(_HEAD + header + "\n\n" + _BODY + _TAIL)
    assert len(stories) == 1
    assert stories[0].headline == "Council approves new budget for harbour repairs"
    assert stories[0].body[0].startswith("The city council on Tuesday")
    return stories[0]


@pytest.mark.parametrize(
    ("header", "names"),
    [
        (f"Jane Roe\nTom Hale\n{_DATE}", ("Jane Roe", "Tom Hale")),
        (f"Jane Roe\nTom Hale\nAna Lima\n{_DATE}", ("Jane Roe", "Tom Hale", "Ana Lima")),
        (f"Jane Roe\nTom Hale, Staff Writer\n{_DATE}", ("Jane Roe", "Tom Hale")),
        (f"Jane Roe\nTom Hale\nUSA TODAY\n{_DATE}", ("Jane Roe", "Tom Hale")),
        (f"By Jane Roe\nTom Hale\n{_DATE}", ("Jane Roe", "Tom Hale")),
        ("JANE ROE\nTOM HALE\nMarch 4, 2026", ("JANE ROE", "TOM HALE")),
    ],
)
def test_stacked_writers_are_read(header: str, names: tuple[str, ...]) -> None:
    story = _story(header)
    assert story.byline is not None
    assert story.byline.names == names


@pytest.mark.parametrize(
    ("header", "names"),
    [
        # A writer's detail under the name, the name alone over the date, the
        # name shown twice, an agency after the first name, an outlet in
        # capitals between the name and the date: one writer.
        (f"Jane Roe\nHealth Correspondent\n{_DATE}", ("Jane Roe",)),
        (f"Jane Roe\n{_DATE}", ("Jane Roe",)),
        (f"By Jane Roe\nJane Roe\n{_DATE}", ("Jane Roe",)),
        (f"By Jane Roe, Reuters\nTom Hale\n{_DATE}", ("Jane Roe",)),
        (f"Jane Roe\nUSA TODAY\n{_DATE}", ("Jane Roe",)),
        # Two words in title case that are no person's name, or an outlet's
        # name of a name's shape (no common given name opens it).
        (f"Jane Roe\nLocal News\n{_DATE}", ("Jane Roe",)),
        (f"Jane Roe\nRead More\n{_DATE}", ("Jane Roe",)),
        (f"Jane Roe\nVale Post\n{_DATE}", ("Jane Roe",)),
        (f"Jane Roe\nHarbour Voice\n{_DATE}", ("Jane Roe",)),
        # A given name before an outlet's word: a paper as often as a writer.
        (f"Jane Roe\nCharlotte Observer\n{_DATE}", ("Jane Roe",)),
        (f"Jane Roe\nCharlotte Post\n{_DATE}", ("Jane Roe",)),
    ],
)
def test_one_writer_stays_one(header: str, names: tuple[str, ...]) -> None:
    story = _story(header)
    assert story.byline is not None
    assert story.byline.names == names


@pytest.mark.parametrize(
    "header",
    [
        # A section's labels, or a surname ending as a plural does: the first
        # name line is doubted, as before (label_stack_problem).
        f"Jane Roe\nVale Farmers Union\n{_DATE}",
        f"Jane Roe\nTom Hughes\n{_DATE}",
    ],
)
def test_a_stacked_label_leaves_the_first_name_doubted(header: str) -> None:
    story = _story(header)
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)
    assert "byline-name-may-be-phrase" in [d.code for d in story.diagnostics]
