"""Review of the silent50, silent51 and heldout31 rounds' new rules: near
misses a real site or dump prints, each read against the rule that fired.

- a list of papers closing wire copy (``Papers that backed the plan:`` /
  ``- Vale Post`` / ``- Kellsmouth Echo``): each row an outlet's dashed name,
  each read as the story's sign-off (``trailers.is_dashed_outlet``), the
  list lost to the trailers, silently;
- ``Jane Roe, Kellsmouth`` over ``© 2025 Kellsmouth Council``: the
  copyright line names the town's council, yet the town was read as her
  outlet (``enrich._sign_off_outlet``), silently.

Every story and line here is invented, in the shape of real text.
"""

from __future__ import annotations

import pytest
from story_checks import codes as _codes
from test_heldout28 import PIER_PARAGRAPHS
from test_review48 import _HEADER
from test_silent47 import _PARAGRAPHS as _WIRE_PARAGRAPHS
from test_silent47 import _page as _pier_page
from test_silent47 import _wire

import wirestory

# --- A list of outlets' dashed names closing wire copy ---------------------------------


@pytest.mark.parametrize(
    "rows",
    [
        ("Papers that backed the plan:", "- Vale Post", "- Kellsmouth Echo"),
        ("— Vale Post", "— Kellsmouth Echo"),
        ("Read the full report in:", "- Vale Post"),
    ],
)
def test_dashed_outlets_listed_under_wire_copy_stay_the_storys(rows: tuple[str, ...]) -> None:
    """A colon over the rows, or a run of them: the story's list, not its
    sign-off (a story is signed once, under its last sentence)."""
    [story] = wirestory.parse(_wire(*rows))
    assert list(story.body) == [*_WIRE_PARAGRAPHS, *rows]


@pytest.mark.parametrize("sign_off", ["— Vale Post", "- Kellsmouth Echo", "– The Times"])
def test_dashed_outlet_alone_under_wire_copy_is_still_its_sign_off(sign_off: str) -> None:
    """The guard: one dashed paper's name under the last sentence is the
    story's sign-off (silent51), nothing kept in the body."""
    [story] = wirestory.parse(_wire(sign_off))
    assert list(story.body) == list(_WIRE_PARAGRAPHS)


# --- A copyright line naming a longer name than the sign-off's word --------------------


@pytest.mark.parametrize(
    "notice", ["© 2025 Kellsmouth Council", "Copyright 2025 Kellsmouth Harbour Board Ltd."]
)
def test_copyright_of_a_longer_name_names_no_outlet(notice: str) -> None:
    """``Kellsmouth`` inside ``Kellsmouth Council`` made the town her
    outlet, silently: now read as the town and said."""
    [story] = wirestory.parse(_wire("Jane Roe, Kellsmouth", notice))
    assert story.byline is not None
    assert story.byline.organization is None
    assert "sign-off-word-may-be-outlet" in _codes(story)


@pytest.mark.parametrize(
    "notice",
    [
        "© 2025 Politico. All rights reserved.",
        "© 2025 Politico All Rights Reserved",
        "Copyright 2025 Politico",
    ],
)
def test_copyright_of_the_word_alone_still_names_the_outlet(notice: str) -> None:
    """The guard: the notice's holder is the word whole (``All Rights
    Reserved`` after it is the notice's): her outlet, unsaid."""
    [story] = wirestory.parse(_wire("Jane Roe, Politico", notice))
    assert story.byline is not None
    assert story.byline.organization == "Politico"
    assert "sign-off-word-may-be-outlet" not in _codes(story)


# --- ``in`` before an outlet's name in the story --------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "As she wrote in Politico last year, the board said",
        "In an op-ed in Politico, the board said",
        "The board, as first reported in Politico, said",
    ],
)
def test_outlet_named_after_what_it_printed_is_no_town(sentence: str) -> None:
    """``wrote in Politico``: the story names the word after ``in``, yet as
    what printed a piece, no place; taken for her town it silenced
    ``sign-off-word-may-be-outlet`` and her outlet was dropped, unsaid."""
    text = _wire("Jane Roe, Politico").replace("The board said", sentence)
    [story] = wirestory.parse(text)
    assert story.byline is not None
    assert story.byline.organization is None
    assert "sign-off-word-may-be-outlet" in _codes(story)


@pytest.mark.parametrize(
    "sentence",
    ["The board told a packed meeting in Kellsmouth it", "Crews near Kellsmouth said the board"],
)
def test_town_named_after_other_words_is_still_her_town(sentence: str) -> None:
    """The guard: ``a meeting in Kellsmouth``, ``near Kellsmouth``: a place,
    read as her town, nothing said."""
    text = _wire("Jane Roe, Kellsmouth").replace("The board said", sentence)
    [story] = wirestory.parse(text)
    assert story.byline is not None
    assert story.byline.organization is None
    assert "sign-off-word-may-be-outlet" not in _codes(story)


# --- Guards: near misses of the three rounds' rules that read right --------------------


@pytest.mark.parametrize(
    "middle",
    [
        # heldout31's date-line forms, inside the story: no cut, no paragraph eaten.
        "Source: Vale Council | 2025-03-04 10:32:15 | Editor: Lin",
        "Valetickets.com - 4 March, the day the pier reopens, is sold out.",
        "Hace 2 horas el consejo votó el plan del muelle.",
        "Publiziert wurde der Bericht am 04.03.2025.",
        # A paragraph opening with a box's label (heldout31's ``Related story``).
        "Related story: the pier was last rebuilt in 1952, when a storm tore it apart.",
        # A dashed credit's label in a sentence (heldout31's ``Foto:``).
        "The crews gathered on the quay on Tuesday - Photo opportunities were many, she said.",
        # A quote's dashed attribution (silent51's is_dashed_outlet) between paragraphs.
        '"The pier is the heart of this town," she said.\n\n— Vale Post',
        # Numbered paragraphs of prose (silent51's first entry heading).
        "1. The council said on Tuesday that the old north pier was no longer safe for "
        "walkers.\n\n2. The harbour board said it had no money to mend the pier this year.",
    ],
)
def test_near_misses_inside_a_page_story_stay_its_paragraphs(middle: str) -> None:
    """Each form a new rule reads, printed inside a story's paragraphs: the
    story keeps every paragraph, in order."""
    paragraphs = [PIER_PARAGRAPHS[0], *middle.split("\n\n"), *PIER_PARAGRAPHS[1:]]
    [story] = wirestory.parse(_pier_page("\n\n".join(paragraphs), header=_HEADER))
    assert list(story.body) == paragraphs


@pytest.mark.parametrize(
    "middle",
    [
        "Valerecord.com - 04/03/2025, 10:32 WIB",
        "Source: Vale Council | March 4, 2025 | Editor: Lin",
    ],
)
def test_date_lines_inside_wire_copy_stay_its_paragraphs(middle: str) -> None:
    """heldout31's date-line forms between wire copy's paragraphs: kept."""
    text = _wire().replace(_WIRE_PARAGRAPHS[1], f"{middle}\n\n{_WIRE_PARAGRAPHS[1]}")
    [story] = wirestory.parse(text)
    assert list(story.body) == [_WIRE_PARAGRAPHS[0], middle, *_WIRE_PARAGRAPHS[1:]]
