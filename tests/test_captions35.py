"""The thirty-fifth caption round: photo captions a page still left in the
story or out of it. A chart's title ending in its data publisher's name
after the full stop (``… in 2025. Statista``) was a paragraph; the lead
photo's caption ending in an agency's name right over the story's first
paragraph was furniture when the page title had to be the headline (no line
of the page repeats it); a caption with no credit that places its people in
the picture (``Tom Hale, left, greets …``) was a paragraph with no word.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest
from story_checks import codes as _codes

import wirestory

_HEADLINE = "Harbour cranes stand idle as port strike enters second week"

_PARAGRAPHS = (
    "The strike at the region's busiest port entered its second week on Monday, with "
    "dozens of ships waiting at anchor and shipping firms warning of delays to "
    "deliveries across the continent.",
    "Union leaders said talks with the port authority had broken down over pay and the "
    "use of automated cranes, and that no new meeting had been set.",
    "The port authority said it remained open to talks and urged workers to return "
    "while a mediator was found.",
)


def _page(between: str) -> str:
    """A page with a title, a menu, the headline, a byline and a date over the
    story, ``between`` its first two paragraphs."""
    return (
        f"{_HEADLINE} | Harbour Post\n\nHome\nNews\nSport\n\n{_HEADLINE}\n\n"
        "By Jane Roe\n\n4 December 2026\n\n"
        f"{_PARAGRAPHS[0]}\n\n{between}\n\n" + "\n\n".join(_PARAGRAPHS[1:]) + "\n"
    )


def _read(text: str) -> wirestory.Story:
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout="page"))
    return story


# --- A chart's title and its data publisher after the full stop ---------------------


def test_chart_title_with_data_publisher_is_a_caption() -> None:
    story = _read(_page("Ports ranked by containers handled in 2025. Statista"))
    assert [(c.text, c.credit, c.agency) for c in story.captions] == [
        ("Ports ranked by containers handled in 2025.", "Statista", "Statista")
    ]
    assert story.body == _PARAGRAPHS


@pytest.mark.parametrize(
    "paragraph",
    [
        # The publisher quoted inside the sentence: the story's.
        "Rotterdam handled more containers than any other port in 2025, according to Statista.",
        "Figures from Statista show the port handled more containers than ever.",
    ],
)
def test_sentence_naming_the_data_publisher_stays_a_paragraph(paragraph: str) -> None:
    story = _read(_page(paragraph))
    assert story.captions == ()
    assert story.body == (_PARAGRAPHS[0], paragraph, *_PARAGRAPHS[1:])


# --- The lead photo's caption over the story, the page title the headline ----------


def _titled_page(over_story: str) -> str:
    """A page whose headline is only its title (no line repeats it), with a
    byline, a date and share buttons, ``over_story`` right over the story."""
    return (
        f"{_HEADLINE}\n\nJane Roe, Harbour Post\n\n04.12.2026, 09:14\n\n"
        "facebook\nlinkedin\ntwitter\nemail\nprint\n\n"
        f"{over_story}\n\n" + "\n\n".join(_PARAGRAPHS) + "\n"
    )


def test_agency_caption_over_story_under_title_headline() -> None:
    caption = "A container ship waits at anchor outside the harbour in Rotterdam."
    story = _read(_titled_page(f"{caption} Reuters"))
    assert "headline-from-title" in _codes(story)
    assert [(c.text, c.credit, c.agency) for c in story.captions] == [
        (caption, "Reuters", "Reuters")
    ]
    assert story.body == _PARAGRAPHS


@pytest.mark.parametrize(
    "over_story",
    [
        # A sentence quoting the agency, no credit: never the photo's caption.
        "The port stays shut until Friday, a spokesman told Reuters.",
        # A line with no credit at all.
        "Good morning! Here is the port news you need to know today.",
    ],
)
def test_line_over_story_without_credit_is_no_caption(over_story: str) -> None:
    story = _read(_titled_page(over_story))
    assert story.captions == ()
    assert over_story not in story.body


def test_headline_naming_an_agency_stays_the_headline() -> None:
    headline = "Port strike enters second week, Reuters poll shows"
    text = _page("").replace(_HEADLINE, headline).replace("\n\n\n\n", "\n\n")
    story = _read(text)
    assert story.headline == headline
    assert story.captions == ()
    assert story.body == _PARAGRAPHS


# --- A caption with no credit that places its people in the picture ----------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Union leader Tom Hale, left, greets dock workers outside the port gates.",
        "Harbour master Jane Roe, right, walks along the quay in Rotterdam.",
        "Mayor Tom Hale, centre, visits the picket line at the north gate.",
    ],
)
def test_positioned_sentence_between_paragraphs_is_flagged(paragraph: str) -> None:
    story = _read(_page(paragraph))
    # Kept as the story's, never guessed: said.
    assert story.body == (_PARAGRAPHS[0], paragraph, *_PARAGRAPHS[1:])
    assert story.captions == ()
    [problem] = [d for d in story.diagnostics if d.code == "paragraph-may-be-caption"]
    assert "left" in problem.message or "picture" in problem.message


@pytest.mark.parametrize(
    "paragraph",
    [
        # Narration: a speech verb, a past tense.
        "Union leader Tom Hale, right, said the talks had failed.",
        "Union leader Tom Hale, left, took part in the march to the port gates.",
        # "left" no place in a picture: no commas around it.
        "With no money left the union turned to its members for help.",
        # An agency quoted at a paragraph's end: the story's.
        "The deal values the port operator at five billion euros, said Reuters.",
    ],
)
def test_narrating_paragraph_is_not_flagged(paragraph: str) -> None:
    story = _read(_page(paragraph))
    assert story.body == (_PARAGRAPHS[0], paragraph, *_PARAGRAPHS[1:])
    assert story.captions == ()
    assert "paragraph-may-be-caption" not in _codes(story)
