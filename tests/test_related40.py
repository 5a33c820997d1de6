"""A box of links to other stories copied under a story read as wire copy or
headless text: a label (``More on this story``, ``Lesen Sie auch``) over
blocks each a headline over a one-sentence teaser, or two such blocks alone
under the prose. The page layout reads such a box; the other layouts kept it
in the body with no diagnostic. They now say ``story-runs-past-listing`` and
keep the teasers in the body. The near misses (a story whose last paragraphs
are short, a story's own subheadings, a newsletter's items, hard-wrapped
paragraphs of two lines, one closing section) say nothing. Second, Catalan's
``Per`` opens a byline in a story holding Catalan's own function words, and
stays a Nordic given name elsewhere. Every text here and in
``tests/cases_related40/`` is written for these tests."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from story_checks import codes as _codes
from test_section_fronts import WIRE_PARAGRAPHS

import wirestory

CASES = Path(__file__).parent / "cases_related40"

_STORY = (CASES / "harbour_story.txt").read_text(encoding="utf-8")

_TEASERS = """\
Ferry workers strike over new rota
Union leaders say the changes were agreed without consultation.

New bridge opens to traffic a year late
Drivers crossed the span for the first time on Monday morning.
"""

_GERMAN = (CASES / "hafen_lesen_sie_auch.txt").read_text(encoding="utf-8")


def _only(text: str) -> wirestory.Story:
    (story,) = wirestory.parse(text)
    return story


@pytest.mark.parametrize("label", ["More on this story", "Related stories", "Read more:"])
def test_a_labelled_box_under_wire_copy_is_flagged(label: str) -> None:
    story = _only(f"{_STORY}\n{label}\n\n{_TEASERS}")
    assert story.layout == "wire"
    (found,) = [d for d in story.diagnostics if d.code == "story-runs-past-listing"]
    assert "2 blocks under a box's label" in found.message
    # The label's line: the box starts there.
    assert found.line == 11
    # Nothing is lost: the teasers stay in the body, flagged.
    body = "\n".join(story.body)
    assert "Union leaders say" in body
    assert "Drivers crossed the span" in body


def test_a_box_in_another_language_is_flagged() -> None:
    story = _only(_GERMAN)
    assert "story-runs-past-listing" in _codes(story)


def test_teaser_blocks_alone_under_the_prose_are_flagged() -> None:
    story = _only(f"{_STORY}\n{_TEASERS}")
    (found,) = [d for d in story.diagnostics if d.code == "story-runs-past-listing"]
    assert found.message.startswith("the story ends in 2 blocks each a headline")
    assert found.line == 11


def test_a_box_under_headless_text_is_flagged() -> None:
    # No headline: the story's first line is a sentence.
    text = _STORY.split("\n", 2)[2]
    story = _only(f"{text}\nMore on this story\n\n{_TEASERS}")
    assert story.layout != "page"
    assert "story-runs-past-listing" in _codes(story)


def test_short_last_paragraphs_are_the_story_s() -> None:
    ending = (
        "The work starts in March.\n\nIt will cost four million pounds.\n\n"
        "The council will meet again in June.\n"
    )
    assert "story-runs-past-listing" not in _codes(_only(f"{_STORY}\n{ending}"))


def test_one_closing_block_is_no_box() -> None:
    one = _TEASERS.split("\n\n")[0] + "\n"
    assert "story-runs-past-listing" not in _codes(_only(f"{_STORY}\n{one}"))


def test_a_story_s_own_subheadings_say_nothing() -> None:
    text = (
        "Harbour to close for a year after storm damage\n\n"
        "The council voted on Tuesday to close the harbour for a year so that the wall can be "
        "rebuilt.\n\n"
        "The vote was close, and the harbour's traders have asked the council to think "
        "again.\n\n"
        "What the engineers found\n"
        "Engineers found that the winter storms had cracked the wall in four places, and that "
        "the old stone could not be patched. They said a new wall was the only safe course.\n\n"
        "What happens to the fleet\n"
        "Fishing crews will moor at the river quay while the work goes on.\n\n"
        "When the work starts\n"
        "Work is due to start in March and should be finished by the next spring.\n"
    )
    assert "story-runs-past-listing" not in _codes(_only(text))


def test_a_newsletter_s_items_say_nothing() -> None:
    text = (
        "Good morning, and welcome to the Friday briefing from the coast.\n\n"
        "Here is what happened on the coast this week, and what to watch for next week.\n\n"
        "Harbour to close for a year\n"
        "The council voted to close the harbour for a year. The sea wall will be rebuilt "
        "with new stone from the quarry.\n\n"
        "Ferry crews to strike on Monday\n"
        "Union leaders say the new rota was agreed without consultation. Talks broke down "
        "on Thursday night.\n"
    )
    assert all("story-runs-past-listing" not in _codes(s) for s in wirestory.parse(text))


def test_hard_wrapped_paragraphs_of_two_lines_say_nothing() -> None:
    text = (
        "Harbour to close for a year after storm damage\n\n"
        "The council voted on Tuesday to close the harbour for a year so that\n"
        "the sea wall can be rebuilt before the storms of the next winter, the\n"
        "council's leader said after the meeting in the town hall.\n\n"
        "Traders on the front said they feared that fewer visitors would come\n"
        "in the summer months while the cranes stood on the quay, and asked\n"
        "the council to think again before the work starts.\n\n"
        "Engineers found that the winter storms had cracked the old sea wall\n"
        "in four places and said the stone could not be patched any longer.\n\n"
        "Fishing crews will moor at the river quay while the work goes on and\n"
        "the council said their fees at the quay will be waived for a year.\n"
    )
    story = _only(text)
    assert len(story.body) == 4
    assert "story-runs-past-listing" not in _codes(story)


def test_a_page_of_teasers_still_says_so() -> None:
    blocks = "\n".join(
        f"{head}\n{teaser}\n"
        for head, teaser in [
            ("Ferry workers strike over new rota", "Union leaders say it was never agreed."),
            ("New bridge opens to traffic a year late", "Drivers crossed it on Monday."),
            ("Sea wall repairs to cost four million pounds", "The bill is twice the estimate."),
            ("Library to open on Sundays from May", "The council found the money in June."),
        ]
    )
    (story,) = wirestory.parse(f"Coast News\n\n{blocks}")
    codes = _codes(story)
    assert "page-of-teasers" in codes
    assert "story-runs-past-listing" not in codes


_CATALAN_PAGE = """\
Inici
Economia
Cultura
Esports
La biblioteca obrirà els diumenges a partir del maig
Per Marta Soler
12/02/2025 09:15
La biblioteca del barri obrirà els diumenges amb el suport dels veïns, que ho demanaven fa anys.
L'horari nou començarà el primer diumenge de maig i durarà, de moment, fins a l'estiu.
"Volem que la sala sigui de tothom", va dir la directora de la biblioteca.
El consistori pagarà les hores de més del personal.
Comparteix
Més notícies
Un nou carril bici al passeig
"""


def test_catalan_per_opens_a_byline_in_a_catalan_story() -> None:
    story = wirestory.parse(_CATALAN_PAGE)[0]
    assert story.byline is not None
    assert story.byline.names == ("Marta Soler",)
    # The opener stays in the byline as written: nothing is lost.
    assert story.byline.raw == "Per Marta Soler"


@pytest.mark.parametrize(
    "body",
    [
        # English: no Catalan function word; "Per" is the writer's given name.
        "The ferry crews voted on Tuesday to accept the new rota after two weeks of talks.",
        # Swedish.
        "Färjornas besättningar röstade på tisdagen för det nya schemat efter två veckor.",
        # Spanish, whose "los" and "con" are no Catalan words.
        "La biblioteca abrirá los domingos con el apoyo de los vecinos del barrio.",
    ],
)
def test_a_nordic_per_keeps_its_name(body: str) -> None:
    head, _ = _CATALAN_PAGE.split("Per Marta Soler\n")
    page = f"{head}Per Olof Lind\n12/02/2025 09:15\n{body}\n{body}\nComparteix\n"
    story = wirestory.parse(page)[0]
    assert story.byline is not None
    assert story.byline.names == ("Per Olof Lind",)


_PAIRS = [
    ("Ferry workers strike over new rota", "Union leaders say the rota was never agreed."),
    ("New bridge opens to traffic a year late", "Drivers crossed the span on Monday."),
]


@pytest.mark.parametrize("apart", ["\n\n", "\n"])
def test_a_label_over_headlines_and_teasers_on_lines_of_their_own_is_flagged(
    apart: str,
) -> None:
    # A scraped page sets each line apart by a blank line; copy from an app
    # runs the label and the lines together in one block.
    box = apart.join(line for pair in _PAIRS for line in pair)
    story = _only(f"{_STORY}\nRelated stories{apart}{box}\n")
    (found,) = [d for d in story.diagnostics if d.code == "story-runs-past-listing"]
    assert "2 blocks under a box's label" in found.message
    assert found.line == 11
    assert "Drivers crossed the span on Monday." in "\n".join(story.body)


def test_a_label_over_one_headline_and_teaser_is_no_box() -> None:
    box = "\n\n".join(_PAIRS[0])
    story = _only(f"{_STORY}\nRelated stories\n\n{box}\n")
    assert "story-runs-past-listing" not in _codes(story)


def test_lines_set_apart_with_no_label_say_nothing() -> None:
    # A story's own short subheadings over one-sentence paragraphs read the
    # same as teasers set apart: with no label they are not asked.
    box = "\n\n".join(line for pair in _PAIRS for line in pair)
    story = _only(f"{_STORY}\n{box}\n")
    assert "story-runs-past-listing" not in _codes(story)


@pytest.mark.parametrize("label", ["Lire aussi :", "Читайте также:", "You may also like"])
def test_a_box_whose_teasers_carry_a_time_is_flagged(label: str) -> None:
    box = "\n\n".join(f"{head}\n{teaser}\n2 hours ago" for head, teaser in _PAIRS)
    story = _only(f"{_STORY}\n{label}\n\n{box}\n")
    (found,) = [d for d in story.diagnostics if d.code == "story-runs-past-listing"]
    assert found.line == 11


def test_hard_wrapped_wire_copy_under_a_long_headline_is_no_listing() -> None:
    """The wrap's width is measured over the body's lines: a headline longer
    than it made every wrapped first line seem to end early (a review found
    page-of-teasers, and story-runs-past-listing, on such copy)."""
    headline = "Springfield city council approves record budget with large rise in transit spending"
    for width in (50, 60, 68, 80):
        wrapped = ["\n".join(textwrap.wrap(p, width)) for p in WIRE_PARAGRAPHS]
        text = headline + "\n\n" + "\n\n".join(wrapped) + "\n"
        (story,) = wirestory.parse(text)
        codes = {d.code for d in story.diagnostics}
        assert not codes & {"story-runs-past-listing", "page-of-teasers"}, width
