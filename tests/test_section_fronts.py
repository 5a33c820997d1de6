"""A section front or index page (a site's "Climate" page, a homepage) read as
one story: the text lists other stories, each a headline over a one-sentence
teaser, often with a writer's name, a date or ``2 hours ago`` under them. No
one line of it is misread, so it came out as a story whose headline is the
site's name or the first headline and whose body is the list, with no
diagnostic. It now says ``page-of-teasers``. The near misses (an explainer's
subheadings over paragraphs of several sentences, a story with short
subheadings, a story with three related teasers under its prose) say nothing.
The texts in ``tests/cases_section_fronts/`` are written for these tests."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

import wirestory

CASES = Path(__file__).parent / "cases_section_fronts"


def _codes(name: str) -> list[tuple[str, ...]]:
    text = (CASES / name).read_text(encoding="utf-8")
    return [tuple(d.code for d in story.diagnostics) for story in wirestory.parse(text)]


@pytest.mark.parametrize(
    "name",
    [
        "front_under_site_name.txt",
        "front_of_headlines_and_teasers.txt",
        "front_with_menu_and_bylines.txt",
    ],
)
def test_a_section_front_says_it_lists_other_stories(name: str) -> None:
    codes = _codes(name)
    assert len(codes) == 1
    assert "page-of-teasers" in codes[0]


@pytest.mark.parametrize(
    "name",
    [
        "explainer_with_subheadings.txt",
        "story_with_short_subheadings.txt",
        "story_over_related_teasers.txt",
    ],
)
def test_a_story_with_subheadings_or_a_few_teasers_is_no_section_front(name: str) -> None:
    assert all("page-of-teasers" not in codes for codes in _codes(name))


def test_the_diagnostic_names_the_count_and_opens_the_story() -> None:
    text = (CASES / "front_of_headlines_and_teasers.txt").read_text(encoding="utf-8")
    (story,) = wirestory.parse(text)
    (found,) = [d for d in story.diagnostics if d.code == "page-of-teasers"]
    # The first headline is the story's: its block counts with the others.
    assert found.message.startswith("4 blocks")
    assert found.line == 1


def _front(blocks: list[str]) -> str:
    return "Vale News\n\n" + "\n\n".join(blocks) + "\n"


# Headlines of several lengths, as a front's are: no one wrap width explains
# them all ending their lines (see the hard-wrapped near miss below).
_HEADLINES = (
    "Council votes on harbour plan",
    "Ferry workers strike over the new rota at the port",
    "New bridge opens to traffic a year late",
)


def _teaser(n: int) -> str:
    """Headline ``n`` over one teaser sentence."""
    return f"{_HEADLINES[n]}\nThe vote follows a long debate."


@pytest.mark.parametrize(
    ("blocks", "flagged"),
    [
        # Three headline-over-teaser blocks: a listing.
        ([_teaser(n) for n in range(3)], True),
        # Two are too few: a story may end in two related teasers.
        ([_teaser(n) for n in range(2)], False),
        # Two sentences under each heading: an explainer's paragraphs.
        ([_teaser(n) + " It ran late." for n in range(3)], False),
        # Three words over each teaser: a story's subheadings.
        (["Ferries moved north\nThe vote follows a long debate." for _ in range(3)], False),
        # A heading ending in a question mark asks what its paragraph answers.
        ([_teaser(n).replace("\n", "?\n", 1) for n in range(3)], False),
        # A line under the teaser ending in a full stop is more prose.
        ([_teaser(n) + "\nIt ran late." for n in range(3)], False),
        # A time under each teaser: still a listing.
        ([_teaser(n) + f"\n{n + 2} hours ago" for n in range(3)], True),
    ],
)
def test_the_form_of_a_teaser_block(blocks: list[str], flagged: bool) -> None:
    (story,) = wirestory.parse(_front(blocks))
    assert ("page-of-teasers" in {d.code for d in story.diagnostics}) is flagged


def test_the_listing_must_be_most_of_the_body() -> None:
    prose = (
        "The council said the repairs to the sea wall could not wait for another season, "
        "and that the harbour would close on the first day of April."
    )
    blocks = [_teaser(n) for n in range(3)]
    few = _front([prose] * 2 + blocks)
    many = _front([prose] * 4 + blocks)
    stories = [wirestory.parse_story(text) for text in (few, many)]
    codes = [{d.code for d in story.diagnostics} for story in stories]
    assert "page-of-teasers" in codes[0]
    assert "page-of-teasers" not in codes[1]


# Four paragraphs of one sentence each, wire copy's, for hard-wrapping at a
# width (tests/test_related40.py wraps them too).
WIRE_PARAGRAPHS = (
    "SPRINGFIELD (AP) — The city council voted on Tuesday to approve a budget "
    "that raises spending on buses.",
    "Mayor Jane Roe said the budget would keep the city's buses running through the winter months.",
    "Opponents said the increase was too large for a city that had cut its libraries last year.",
    "The vote was seven to two, and the budget takes effect on the first day of "
    "the new fiscal year.",
)


def test_hard_wrapped_wire_copy_is_no_section_front() -> None:
    """Two-line paragraphs of one sentence each, wrapped at one width: every
    first line ends where the next word would not have fitted (a headline
    ends its line early). Found by a review: it said page-of-teasers."""
    wrapped = ["\n".join(textwrap.wrap(p, 68)) for p in WIRE_PARAGRAPHS]
    assert all(p.count("\n") == 1 for p in wrapped)
    text = "City council approves budget\n\n" + "\n\n".join(wrapped) + "\n"
    (story,) = wirestory.parse(text)
    assert "page-of-teasers" not in {d.code for d in story.diagnostics}
