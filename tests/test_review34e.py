"""Fixes from a second reading of this session's library diff (review34e).

A note to editors under ``Eds:`` or Reuters' ``(Adds …)`` that quotes someone
(``…, who told reporters the plan stands``) had become the story's lead:
review34c's test for a public advisory's lead (``Advisory: …, police said on
Saturday.``) was asked under every label of a note, not only ``Advisory``.
A page's short headline holding a writer's title (``Foreign correspondent
quits``) over the byline was passed over as the writer's title line
(heldout20), the page's title taken instead with ``headline-from-title``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wirestory import parse

CASES = Path(__file__).parent / "cases_pages"


@pytest.mark.parametrize(
    "note",
    [
        "(Adds quotes from the minister, who told reporters the plan stands)",
        "Eds: Updates with comment from the minister, who said the plan would proceed.",
    ],
)
def test_note_to_editors_quoting_someone_stays_a_note(note: str) -> None:
    text = (
        f"Minister defends port plan\n\n{note}\n\n"
        "LONDON, March 4 (Reuters) - The minister defended the plan on Tuesday.\n\n"
        "The port opens in May.\n"
    )
    [story] = parse(text)
    assert story.notes == (note,)
    assert story.body[0] == "The minister defended the plan on Tuesday."


def test_public_advisory_lead_stays_the_body() -> None:
    """Near miss: under ``Advisory`` a lead naming what a desk note names and
    crediting a speaker is the story's (review34c)."""
    lead = (
        "Advisory: Residents should not share images of the flooded road, police said on Saturday."
    )
    [story] = parse(f"Flooded road closed\n\n{lead}\n\nThe road reopens on Monday.\n")
    assert story.body[0] == lead
    assert not story.notes


def _page(headline: str, under: str) -> str:
    base = (CASES / "author_bio_under_story.txt").read_text(encoding="utf-8")
    old = "Transport\nWhy Small Ports Are Betting on Electric Ferries\nNov. 18"
    assert old in base
    return base.replace(old, f"Transport\n{headline}\n{under}\nNov. 18")


@pytest.mark.parametrize("headline", ["Foreign correspondent quits", "New sports editor named"])
def test_short_headline_with_a_title_is_the_headline(headline: str) -> None:
    [story] = parse(_page(headline, "By Signe Halvorsen"))
    assert story.headline == headline
    assert story.byline is not None
    assert story.byline.names == ("Signe Halvorsen",)
    assert "headline-from-title" not in {d.code for d in story.diagnostics}
