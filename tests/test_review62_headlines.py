"""The fourth review's items 1, 2, 3 and 13 (fixG62): a kicker or a masthead
taken for the headline under a menu, a footer or a promo kept as a story's
cut-off paragraph, and a table or a line-up under a wire headline read as a
menu.

- 1. A two-word line over the byline under a menu of one-word items was the
  headline even when the page's title line names another headline
  (``Local news`` over ``By Anna Berg``): said nothing.
- 2. A masthead or a menu item equal to a part of the title line (the site's
  name, a section's) was the headline: said nothing.
- 3. A last block ending mid-sentence that is a rights notice or a promo was
  kept as the story's cut-off last paragraph.
- 13. A league table's rows or a team's line-up under a wire headline said
  ``headline-over-menu``.

Every page and line here is invented.
"""

from __future__ import annotations

import pytest
from story_checks import codes as _codes

import wirestory

_P1 = (
    "The harbour board said the night crossing to the northern quay would stop for a "
    "month while divers checked the piles under the old landing stage."
)
_P2 = (
    "Fishermen who tie up at the quay said they had been told nothing about the work, "
    "and that the closure came in the busiest weeks of the crab season on the coast."
)
_P3 = (
    "A spokeswoman for the board said the divers had found cracks in two of the piles "
    "last autumn and that the repairs could not wait until the winter months."
)
_P4 = (
    "Passengers will be carried to the southern quay instead, where a bus will meet each "
    "boat and take them on to the town centre at no extra charge, the board said."
)
_P5 = (
    "The board said it would publish the dates of the work on its website and post them "
    "at both of the ticket offices on the quay before the end of the week."
)
_TITLE = "Divers to check quay piles - The Harbour Gazette"
_MENU = ["Home", "Harbour", "Fishing"]
_HEADLINE = "Divers to check the piles under the northern quay"


def _page(head: list[str], tail: str = "© 2025 The Harbour Gazette") -> str:
    return "\n\n".join([*head, _P1, _P2, _P3, _P4, _P5, tail]) + "\n"


# --- 1. A two-word kicker over the byline under a one-word menu ----------------------


@pytest.mark.parametrize("kicker", ["Harbour news", "Coastal life"])
def test_a_kicker_of_two_words_under_a_menu_is_no_headline(kicker: str) -> None:
    # The title line names the headline; the two-word line is none of its
    # parts: the title's headline stays, said.
    [story] = wirestory.parse(_page([_TITLE, *_MENU, kicker, "By Mary Quinn", "6 May 2025"]))
    assert story.headline != kicker
    assert "headline-from-title" in _codes(story)


def test_a_two_word_headline_equal_to_the_title_s_part_is_still_read() -> None:
    # The guard: the title's headline part of two words is read.
    title = "Quay closes - The Harbour Gazette"
    [story] = wirestory.parse(_page([title, *_MENU, "Quay closes", "By Mary Quinn", "6 May 2025"]))
    assert story.headline == "Quay closes"
    assert "headline-from-title" not in _codes(story)


# --- 2. The masthead or a menu item equal to a part of the title ----------------------


def test_a_masthead_equal_to_the_title_s_site_part_is_no_headline() -> None:
    head = ["Home", _TITLE, "The Harbour Gazette", "Harbour", "Fishing", "Weather"]
    [story] = wirestory.parse(_page([*head, "By Mary Quinn", "6 May 2025"]))
    assert story.headline != "The Harbour Gazette"
    assert "headline-from-title" in _codes(story)


def test_a_menu_item_equal_to_the_title_s_section_part_is_no_headline() -> None:
    head = ["Home", "Harbour | The Harbour Gazette", "Harbour"]
    [story] = wirestory.parse(_page([*head, "Fishing", "Weather", "By Mary Quinn", "6 May 2025"]))
    assert story.headline not in ("Harbour", "The Harbour Gazette")
    assert "headline-from-title" in _codes(story)


# --- 3. A rights notice or a promo ending mid-sentence at the page's end ---------------


@pytest.mark.parametrize(
    "tail",
    [
        "Everything published on this website belongs to the Harbour Gazette and none of it "
        "may be copied without the written permission of the publisher",
        "You can read more of our coverage of the harbour and of the fishing fleet in our "
        "special pages on the coast",
    ],
)
def test_a_rights_notice_or_promo_at_the_end_is_no_cut_off_paragraph(tail: str) -> None:
    [story] = wirestory.parse(
        _page([_TITLE, *_MENU, _HEADLINE, "By Mary Quinn", "6 May 2025"], tail=tail)
    )
    assert story.headline == _HEADLINE
    assert story.body[-1] == _P5


def test_a_story_cut_off_mid_sentence_is_still_kept() -> None:
    # The guard: a paragraph cut off by the scrape stays the body's last.
    tail = (
        "Boats that need to land their catch at night should go to the southern quay, "
        "where the harbour master said that staff would be on hand to"
    )
    [story] = wirestory.parse(
        _page([_TITLE, *_MENU, _HEADLINE, "By Mary Quinn", "6 May 2025"], tail=tail)
    )
    assert story.body[-1] == tail


# --- 13. A table or a line-up under a wire headline ------------------------------------

_WIRE_STORY = (
    "EDINBURGH (Reuters) - {lead} on Saturday, the side's coach said after a week of "
    "training at the national stadium.\n"
)


@pytest.mark.parametrize(
    ("headline", "rows", "lead"),
    [
        (
            "Championship Standings",
            ["Hearts 58", "Hibernian 57", "Ross County 49", "Dundee United 47"],
            "Hearts stayed top of the table",
        ),
        (
            "Scotland Squad Named",
            ["Callum Reid", "Ewan Fraser", "Jamie Muir", "Rory Baird"],
            "Scotland named four new caps in their squad",
        ),
    ],
)
def test_a_table_or_line_up_under_a_wire_headline_is_no_menu(
    headline: str, rows: list[str], lead: str
) -> None:
    text = headline + "\n\n" + "\n".join(rows) + "\n\n" + _WIRE_STORY.format(lead=lead)
    [story] = wirestory.parse(text)
    assert story.headline == headline
    assert "headline-over-menu" not in _codes(story)


def test_a_site_name_over_its_menu_is_still_said() -> None:
    # The guard: a site's name over its menu's items over the headline.
    text = (
        "Harbour Gazette\n\nHome\nHarbour\nFishing\nWeather\n\n"
        "Divers to check the piles under the northern quay\n\n" + _P1 + "\n\n" + _P2 + "\n"
    )
    [story] = wirestory.parse(text)
    assert "headline-over-menu" in _codes(story)
