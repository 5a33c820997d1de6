"""The page layout classifies only the blocks whose class needs a look (issue #17).

A block lighter than ``_LENGTH_LOW`` characters that is neither a furniture
phrase nor holds a boilerplate word is short whatever else it is, so the page
layout classifies only the others: every block weighing at least the bound,
every furniture phrase, every block holding a boilerplate word, however short.
These pages hold one block of each kind at the edge of that sieve inside a
story's stretch, where its class decides its role.
"""

from __future__ import annotations

import pytest

import wirestory

_PARAGRAPHS = (
    "The river ferry across the estuary will run again from Monday, the harbour "
    "board said on Thursday after a long winter of repairs to its engines.",
    "Engineers replaced both of the old diesel engines and a new ramp was fitted "
    "at the northern landing, where cars had waited for an hour at a time.",
    "Commuters who drove the long way around the bay for four months said they "
    "would be glad to see the boat back on the water before the summer.",
    "The board said fares would stay the same for the rest of the year, and that "
    "a second boat would join the route when the repairs to it were done.",
)


def _page_with(line: str) -> str:
    """A page: a menu, a headline, four paragraphs with ``line`` between the
    second and the third, share buttons."""
    lines = [
        "Home",
        "News",
        "Sport",
        "Weather",
        "",
        "Ferry returns to the estuary after winter repairs",
        "",
        _PARAGRAPHS[0],
        "",
        _PARAGRAPHS[1],
        "",
        line,
        "",
        _PARAGRAPHS[2],
        "",
        _PARAGRAPHS[3],
        "",
        "Share",
        "Comments",
    ]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("line", "role", "rule"),
    [
        # A short line holding a boilerplate word (far lighter than the bound).
        ("Enable JavaScript to watch", "furniture", "in-story:boilerplate-words"),
        # A sentence of exactly the bound's 70 characters is classified: prose.
        (
            "The new ramp at the landing is wide enough for all of the big lorries.",
            "body",
            "page-prose-medium",
        ),
        # Two characters lighter it is short, kept between the prose.
        (
            "The new ramp at the landing is wide enough for all of the old lorry.",
            "body",
            "page-short-between-prose",
        ),
    ],
)
def test_blocks_at_the_sieves_edge_are_classified(line: str, role: str, rule: str) -> None:
    text = _page_with(line)
    story = wirestory.parse_story(text)
    found = [
        (segment.role.value, segment.rule)
        for segment in story.segments
        if text[segment.start : segment.end].strip() == line
    ]
    assert found == [(role, rule)]
    assert "".join(text[s.start : s.end] for s in story.segments) == text
