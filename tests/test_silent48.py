"""The forty-eighth silent-wrong round: the leftovers of the last rounds.

- a whole scraped page (title, menu, headline, byline or date line, prose)
  pasted under a story in a dump, its title's headline part two words
  (``Ferries return | Vale Post``) or under a line ending in a colon
  (``Read more:``): left in the story above, silently (review47 narrowed
  dumps46's cut for a table's row and a related link);
- an address between two stories whose slug names neither headline: the
  story above's note by a guess, unsaid;
- a credit beside the page's stamp (``Photographs by Tom Bay | Updated
  March 4, 2025``) on a page with no byline: the headline and the
  photographer lost (only ``headline-from-title`` said);
- ``sign-off-in-body`` said of a letter's signature or address under the
  last paragraph (``Tom Hale, Harbour Road``, ``Tom Hale, Kellsmouth, Vale``).

Every story here is invented.
"""

from __future__ import annotations

import pytest
from test_heldout28 import PIER_HEADLINE
from test_review47 import _PARAGRAPHS, _boundaries, _marked
from test_silent47 import _PARAGRAPHS as _PIER_PARAGRAPHS
from test_silent47 import _codes, _people, _wire
from test_silent47 import _page as _pier_page

import wirestory
from wirestory.layouts.page import is_date_line

_CAPTION = "Passengers board the ferry on Monday. (AFP)"
_PAGE_PARAGRAPHS = (
    "The ferry returned to the harbour on Monday after a month of repairs to its engines.",
    "Crews said the boat would run the full winter timetable from next week, weather allowing.",
    "The council thanked passengers for their patience during the works.",
)


def _whole_page(headline: str, *, byline: str = "By Mara Quill") -> str:
    """A scraped page: title, menu, headline, byline and date, prose, footer."""
    return "\n".join(
        [
            f"{headline} | Vale Post",
            "Home",
            "News",
            "Sport",
            "",
            headline,
            *([byline] if byline else []),
            "March 4, 2025",
            "",
            "\n\n".join(_PAGE_PARAGRAPHS),
            "",
            "© 2025 The Vale Post. All rights reserved.",
        ]
    )


# --- A whole page pasted under a story -----------------------------------------------


@pytest.mark.parametrize("glue", ["\n\n", "\n"])
@pytest.mark.parametrize("byline", ["By Mara Quill", ""])
def test_whole_page_with_a_two_word_headline_is_the_next_story(glue: str, byline: str) -> None:
    """Its title ``Ferries return | Vale Post`` read as a table's row (a
    name pair): the page, menu and all, was the story's body, silently."""
    text = _marked("Ferry Service Saved", _CAPTION, _PARAGRAPHS) + glue
    text += _whole_page("Ferries return", byline=byline)
    stories = wirestory.parse(text)
    assert [s.headline for s in stories] == ["Ferry Service Saved", "Ferries return"]
    assert list(stories[0].body) == _PARAGRAPHS
    assert list(stories[1].body) == list(_PAGE_PARAGRAPHS)


@pytest.mark.parametrize("glue", ["\n\n", "\n"])
def test_whole_page_under_a_line_ending_in_a_colon_is_cut_and_said(glue: str) -> None:
    """Under ``Read more:`` the page was the story's body (flagged only
    at the page's date line)."""
    text = _marked("Ferry Service Saved", _CAPTION, [*_PARAGRAPHS, "Read more:"]) + glue
    text += _whole_page("Ferries return to the harbour")
    stories = wirestory.parse(text)
    assert [s.headline for s in stories] == ["Ferry Service Saved", "Ferries return to the harbour"]
    assert list(stories[1].body) == list(_PAGE_PARAGRAPHS)
    # The line introducing what is not there stays the story's, doubted.
    assert stories[0].body[-1] == "Read more:"
    assert any("Read more:" in message for message in _boundaries(stories[0]))


@pytest.mark.parametrize(
    "lines",
    [
        # A table's row, a label line between, no byline under the side's name.
        [
            "Harbour United | Vale Rovers",
            "Score",
            "Harbour United",
            "2 goals, 5 shots on target, 54 per cent possession.",
        ],
        # A related link's teaser: a section's name between, no byline.
        [
            "Read more:",
            "Ferry fares rise | The Vale Post",
            "News",
            "Ferry fares rise",
            "Fares on the harbour ferry will rise by ten per cent from April, the council said.",
        ],
        # A byline under the name, but no menu between (a table of writers).
        [
            "Harbour United | Vale Rovers",
            "Harbour United",
            "By Mara Quill",
            "The home side scored twice in the first half and held on through a wet second half.",
        ],
    ],
)
def test_near_misses_of_a_whole_page_stay_in_the_story(lines: list[str]) -> None:
    text = _marked("Cup Final Ends in Draw", "Players at the stadium on Sunday. (AP)", _PARAGRAPHS)
    text += "\n\n" + "\n".join(lines)
    stories = wirestory.parse(text)
    assert [s.headline for s in stories] == ["Cup Final Ends in Draw"]


# --- An address between two stories naming neither headline ---------------------------


def _two_stories(address: str) -> str:
    return (
        _marked("Ferry Service Saved", _CAPTION, _PARAGRAPHS)
        + f"\n\n{address}\n\n"
        + _marked("Wheat Prices Climb", "Farmers in a dry field. (Reuters)", _PARAGRAPHS)
        + "\n"
    )


def test_address_naming_neither_headline_is_said() -> None:
    address = "https://vale.example.org/news/1/"
    stories = wirestory.parse(_two_stories(address))
    assert [s.headline for s in stories] == ["Ferry Service Saved", "Wheat Prices Climb"]
    assert address in stories[0].notes
    assert any(address in message for message in _boundaries(stories[0]))


def test_address_naming_the_headline_above_is_not_doubted() -> None:
    address = "https://vale.example.org/news/ferry-service-saved"
    stories = wirestory.parse(_two_stories(address))
    assert address in stories[0].notes
    assert _boundaries(stories[0]) == []


# --- A credit beside the page's stamp, no byline ---------------------------------------


@pytest.mark.parametrize(
    ("line", "person"),
    [
        ("Photographs by Tom Bay | Updated March 4, 2025", ("Tom Bay", "photography")),
        ("Video by Ann Lee · 3 min read", ("Ann Lee", "video")),
    ],
)
def test_credit_beside_the_stamp_with_no_byline_keeps_headline_and_person(
    line: str, person: tuple[str, str]
) -> None:
    [story] = wirestory.parse(_pier_page(*_PIER_PARAGRAPHS, header=line))
    assert story.headline == PIER_HEADLINE
    assert story.byline is None
    assert _people(story) == [person]
    assert list(story.body) == list(_PIER_PARAGRAPHS)


def test_credit_beside_a_part_that_is_no_stamp_stays_unread() -> None:
    # A place is no stamp: the line is no credit line (silent47's reading).
    [story] = wirestory.parse(
        _pier_page(*_PIER_PARAGRAPHS, header="Photographs by Tom Bay | Kellsmouth harbour")
    )
    assert _people(story) == []
    assert "headline-from-title" in _codes(story)


# --- sign-off-in-body and a signature's address ----------------------------------------


@pytest.mark.parametrize(
    "tail",
    ["Tom Hale, Harbour Road", "Tom Hale, Kellsmouth, Vale", "Tom Hale, Chair, Harbour Board"],
)
def test_signature_with_an_address_or_title_is_no_sign_off(tail: str) -> None:
    [story] = wirestory.parse(_wire(tail))
    assert story.body[-1] == tail
    assert "sign-off-in-body" not in _codes(story)


@pytest.mark.parametrize("tail", ["Tom Hale, Kellsmouth Echo", "Tom Hale, USA TODAY"])
def test_another_writers_sign_off_is_still_said(tail: str) -> None:
    [story] = wirestory.parse(_wire(tail))
    assert story.body[-1] == tail
    assert "sign-off-in-body" in _codes(story)


# --- A newswire's date line closed by its source ----------------------------------------


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        ("March 04, 2025 07:30 ET | Source: Vale Ferries Inc.", True),
        ("March 4, 2025 | Source: Kellsmouth Harbour Board", True),
        # Near misses: a part naming no source, a headline beside a source.
        ("March 4, 2025 | Kellsmouth harbour", False),
        ("Ferries return to the harbour | Source: Vale Ferries", False),
        ("March 4, 2025 | Source:", False),
    ],
)
def test_date_line_closed_by_a_source(line: str, dated: bool) -> None:
    assert is_date_line(line) is dated


def test_release_headline_over_a_dated_source_line_is_found() -> None:
    headline = "Vale Ferries Orders Two Electric Boats for Harbour Routes"
    text = "\n".join(
        [
            "Newswire Hub",
            "Newsroom",
            "Search",
            headline,
            "March 04, 2025 07:30 ET | Source: Vale Ferries Inc.",
            "Follow",
            "KELLSMOUTH, March 04, 2025 (NEWSWIRE HUB) -- Vale Ferries Inc. today ordered two "
            "electric boats for its harbour routes, the company's first without diesel engines.",
            "The boats will carry 150 passengers each and enter service in the spring of 2027, "
            "the company said.",
            "Related Links",
            "Vale Ferries Inc.",
        ]
    )
    [story] = wirestory.parse(text + "\n")
    assert story.headline == headline
    assert "headline-from-title" not in _codes(story)


# --- A release's notes on its issuer ---------------------------------------------------

_RELEASE = (
    "Vale Ferries Inc. today ordered two electric boats for its harbour routes, the first of "
    "its ferries to run without diesel engines.",
    "The boats will carry 150 passengers each and enter service in the spring of 2027, the "
    "company said in a statement on Tuesday.",
    "“These boats will make the crossing quieter and cleaner for everyone,” said Ada Quinn, "
    "the company's chief executive.",
)
_ABOUT_BOX = (
    "About Vale Ferries",
    "Vale Ferries is a ferry company based in Kellsmouth that runs four routes along the coast.",
    "Forward-Looking Statements",
    "This release contains forward-looking statements that involve risks and uncertainties.",
)


def test_release_about_box_of_its_issuer_is_out_of_the_body() -> None:
    """The box and the statements under it were the last paragraphs, said
    only ``release-boilerplate-in-body``."""
    text = _pier_page(*_RELEASE, *_ABOUT_BOX, header="By Ivo Marsh\nMarch 4, 2025")
    [story] = wirestory.parse(text)
    assert list(story.body) == list(_RELEASE)
    assert "release-boilerplate-in-body" not in _codes(story)


def test_about_box_of_an_organisation_the_story_does_not_open_on_is_still_said() -> None:
    # A news story naming the ferry company only lower down: its About box
    # may be the paper's own sidebar; kept, said as before.
    story_paragraphs = (
        "Passengers on the harbour crossing will ride on electric boats from the spring of "
        "2027, after an order placed on Tuesday.",
        *_RELEASE[1:],
    )
    text = _pier_page(*story_paragraphs, *_ABOUT_BOX, header="By Ivo Marsh\nMarch 4, 2025")
    [story] = wirestory.parse(text)
    assert list(story.body) == [*story_paragraphs, *_ABOUT_BOX]
    assert "release-boilerplate-in-body" in _codes(story)
