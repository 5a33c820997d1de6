"""The body's flags sieved by the story's paragraphs joined (issue #17).

A page story's body is looked at for a WordPress caption shortcode
(``caption-markup-in-body``), a press release's ``About X`` boilerplate
(``release-boilerplate-in-body``) and a broadcaster's call letters alone in
brackets after a sentence (``paragraph-may-be-caption``) only when the text
of its paragraphs, joined once, holds the form's literal: a shortcode's mark
(``[caption`` or ``[/caption]``), ``About ``, ``(K`` or ``(W``; for a stock
widget's row (``stock-widget-in-body``) and a second story's header
(``possible-story-boundary``) only when one of the paragraphs' blocks opens,
stripped, with a sign or with ``By``. These hold the sieves to each form the
rules read, wherever the paragraph stands and whichever mark, letters or
wording it takes.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st
from news_pages import LIBRARY_STORY, library_story

import wirestory

_P1, _P2, _P3, _P4 = LIBRARY_STORY
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _codes(story: wirestory.Story) -> list[str]:
    return [problem.code for problem in story.diagnostics]


# --- Call letters ------------------------------------------------------------------

_SENTENCES = [
    "Crews clear the road near the quay on Monday",
    "A ferry waits at the harbour wall after the storm",
    "Firefighters walk past the old mill on Tuesday",
]


@given(
    sentence=st.sampled_from(_SENTENCES),
    stop=st.sampled_from(".!?"),
    space=st.text(alphabet=" ", min_size=1, max_size=4),
    first=st.sampled_from("KW"),
    rest=st.text(alphabet=_UPPER, min_size=2, max_size=3),
    suffix=st.sampled_from(["", "-TV", "-DT", "-FM"]),
    where=st.integers(min_value=1, max_value=3),
)
def test_call_letters_alone_after_a_sentence_are_flagged_whatever_the_letters(
    sentence: str, stop: str, space: str, first: str, rest: str, suffix: str, where: int
) -> None:
    block = f"{sentence}{stop}{space}({first}{rest}{suffix})"
    paragraphs = [_P1, _P2, _P3, _P4]
    paragraphs.insert(where, block)
    story = library_story(*paragraphs)
    # Letters that are a news agency's (``(WAM)``) make the block a caption
    # credited to it: the rule is the body's.
    assume(" ".join(block.split()) in story.body)
    assert "paragraph-may-be-caption" in _codes(story)


# --- The caption shortcode ---------------------------------------------------------

_NARRATION = [
    "Crews worked through the night to clear the quay before the ferries returned",
    "The council said the work on the roof would take most of the summer",
]


@given(
    narration=st.sampled_from(_NARRATION),
    placed=st.one_of(
        # The opening mark in any paragraph, the story's first and last too.
        st.tuples(st.just("open"), st.integers(min_value=0, max_value=4)),
        # The closing mark between two of the story's paragraphs (a block
        # ending in it on the story's first or last place is not read as a
        # paragraph).
        st.tuples(st.sampled_from(["close", "both"]), st.integers(min_value=1, max_value=3)),
    ),
)
def test_a_shortcode_mark_in_any_paragraph_is_flagged(
    narration: str, placed: tuple[str, int]
) -> None:
    marks, where = placed
    opening = (
        '[caption id="attachment_7" align="alignnone" width="640"] ' if marks != "close" else ""
    )
    closing = "[/caption]" if marks != "open" else ""
    block = f"{opening}{narration}.{closing}"
    paragraphs = [_P1, _P2, _P3, _P4]
    paragraphs.insert(where, block)
    story = library_story(*paragraphs)
    assert block in story.body
    assert "caption-markup-in-body" in _codes(story)


# --- A press release's boilerplate -------------------------------------------------

_NAMES = ["Vale Energy", "Mill Street Trust", "Harbour Ferries", "Quayside Homes Ltd."]


@given(
    name=st.sampled_from(_NAMES),
    link=st.sampled_from([" is ", " was ", " are ", ", a ", ", an ", ", the "]),
    tail=st.sampled_from(_SENTENCES),
    before=st.integers(min_value=2, max_value=4),
)
def test_an_about_heading_over_its_subject_late_in_the_story_is_flagged(
    name: str, link: str, tail: str, before: int
) -> None:
    about = f"{name}{link}{tail.lower()} and has offices across the valley."
    story = library_story(*LIBRARY_STORY[:before], f"About {name}", about)
    assert about in story.body
    assert "release-boilerplate-in-body" in _codes(story)


# --- A stock widget's row ----------------------------------------------------------

_ROW_NAMES = ["Gold", "Brent Crude", "Silver"]


@given(
    name=st.sampled_from(_ROW_NAMES),
    price=st.sampled_from(["24.50", "7.125", "61.09"]),
    sign=st.sampled_from(list("+-\u2212\u2013")),
    indent=st.sampled_from(["", " ", "\t"]),
    # Between two of the story's paragraphs (under the last, the row is left out).
    where=st.integers(min_value=1, max_value=3),
)
def test_a_widget_row_with_any_sign_is_flagged(
    name: str, price: str, sign: str, indent: str, where: int
) -> None:
    paragraphs = [_P1, _P2, _P3, _P4]
    paragraphs.insert(where, f"{name}\n{price}\n{indent}{sign}0.3%")
    story = library_story(*paragraphs)
    assert name in story.body
    assert "stock-widget-in-body" in _codes(story)


# --- A second story's header -------------------------------------------------------


@given(
    by=st.sampled_from(["By", "by", "BY"]),
    name=st.sampled_from(["Tom Hale", "Ann Lee", "Orla Keane"]),
    headline=st.sampled_from(["Bus fares frozen again", "Ferry crews walk out"]),
    where=st.integers(min_value=1, max_value=3),
)
def test_a_headline_over_a_byline_inside_the_story_is_flagged(
    by: str, name: str, headline: str, where: int
) -> None:
    byline = f"{by} {name.upper() if by == 'BY' else name}"
    paragraphs = [_P1, _P2, _P3, _P4]
    paragraphs[where:where] = [headline, byline]
    story = library_story(*paragraphs)
    assert byline in story.body
    assert "possible-story-boundary" in _codes(story)
