"""The forty-seventh silent-wrong round: what silent46, heldout29 and
review46 left wrong with no diagnostic, or flagged weakly.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest
from test_heldout28 import PIER_HEADLINE, PIER_PARAGRAPHS

import wirestory

_PARAGRAPHS = PIER_PARAGRAPHS
_MENU = "Vale Record\nNews\nBusiness\nSport\nWorld"
_FOOTER = "Share\nMost read\nAbout us\nContact us"


def _page(*paragraphs: str, header: str) -> str:
    return "\n".join((_MENU, PIER_HEADLINE, header, *paragraphs, _FOOTER)) + "\n"


def _codes(story: wirestory.Story) -> list[str]:
    return [d.code for d in story.diagnostics]


def _people(story: wirestory.Story) -> list[tuple[str, str]]:
    return [(c.name, c.role) for c in story.contributors]


# --- A credit sharing its header line with the page's stamp ---------------------------


@pytest.mark.parametrize(
    ("line", "person"),
    [
        ("Photographs by Tom Bay | Updated March 4, 2025", ("Tom Bay", "photography")),
        ("Photographs by Tom Bay — March 4, 2025 10:32 AM", ("Tom Bay", "photography")),
        ("Reviewed by Jane Roe · 5 min read", ("Jane Roe", "reviewing")),
        ("Video by Ann Lee | 3 mins read", ("Ann Lee", "video")),
    ],
)
def test_credit_beside_the_pages_stamp_is_read(line: str, person: tuple[str, str]) -> None:
    """The line was no trailer read whole, nor two credits (silent46's
    ``credit_parts``): the person was lost, silently."""
    header = f"By Ivo Marsh\n{line}\nMarch 4, 2025"
    [story] = wirestory.parse(_page(*_PARAGRAPHS, header=header))
    assert story.byline is not None
    assert story.byline.names == ("Ivo Marsh",)
    assert _people(story) == [person]
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize(
    "line",
    [
        # A part naming something else (a place) is no stamp.
        "Photographs by Tom Bay | Kellsmouth harbour",
        # A writer's credit beside the stamp is the byline's, no contributor.
        "Written by Ann Lee | Updated March 4, 2025",
    ],
)
def test_line_with_a_part_that_is_no_stamp_or_no_credit_adds_no_contributor(line: str) -> None:
    header = f"By Ivo Marsh\n{line}\nMarch 4, 2025"
    [story] = wirestory.parse(_page(*_PARAGRAPHS, header=header))
    assert _people(story) == []
    assert list(story.body) == list(_PARAGRAPHS)
