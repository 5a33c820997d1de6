"""Review C's defects in silent67's short lead under a caption (2026-12-08).

silent67 kept one sentence alone under the lead photo's caption as the
story's first paragraph when it named two of the story's words: a gallery's
next caption with no credit, or a related story's teaser, named them as well
and went into the body unsaid. And a label's colon among a lead sentence's
first words, which silent67 asked to keep link labels (``Read more: …``) out
of the run, cut a lead quoting its speaker (``Mayor Hale said: …``): the
whole lead was lost, silently, where 23337eb read it. Both rules are taken
back: one sentence alone under a caption is left out and said
(``sentence-over-story-left-out``), and a colon no longer ends the run.
Every line here is invented.
"""

from __future__ import annotations

import pytest
from story_checks import codes as _codes
from story_checks import one_story as _one

_HEADER = (
    "New bridge opens over the river | Vale Post\nVale Post\nHome\nNews\n"
    "New bridge opens over the river\nBy Anna Berg\n4 March 2025 10:32\n"
)
_CAPTION = "The new bridge over the river.  Vale Post/Tom Lund\n"
_STORY = [
    "The mayor said the bridge would bring the valley's towns closer together, and that "
    "traffic through the old town centre would fall by half within a year.",
    "Engineers from three countries worked on the design, which had to allow for floods "
    "that reach the lower arches every few winters, the chief engineer said.",
    "The council voted in 2021 to fund the bridge after a decade of talks with the "
    "region, and the state paid a third of the cost from its transport budget.",
]
_FOOTER = "Related stories\nContact us\n"


def _page(*middle: str) -> str:
    return (
        _HEADER
        + _CAPTION
        + "".join(f"{line}\n" for line in middle)
        + "\n".join(_STORY)
        + "\n"
        + _FOOTER
    )


@pytest.mark.parametrize(
    "line",
    [
        "The old bridge over the river closed to traffic last year.",
        "Tolls on the old bridge over the river will rise in May.",
    ],
    ids=["gallery-caption", "teaser"],
)
def test_one_sentence_under_the_caption_is_left_out_and_said(line: str) -> None:
    """A gallery's next caption or a teaser naming the story's words: left
    out, said (kept in the body unsaid on c798238)."""
    story = _one(_page(line))
    assert list(story.body) == _STORY
    assert "sentence-over-story-left-out" in _codes(story)


@pytest.mark.parametrize(
    "lead",
    [
        [
            "A new bridge opened on Monday over the river.",
            "The bridge is two hundred metres long.",
            "Mayor Hale said: it is a great day.",
        ],
        ["Mayor Hale said: it opens to cars today.", "The bridge is two hundred metres long."],
    ],
    ids=["quote-last", "quote-first"],
)
def test_a_lead_quoting_its_speaker_is_kept(lead: list[str]) -> None:
    """A short lead with a speaker's colon among a sentence's first words,
    no caption over it: the story's first paragraphs, as on 23337eb (lost
    silently on c798238)."""
    text = _HEADER + "".join(f"{line}\n" for line in lead) + "\n".join(_STORY) + "\n" + _FOOTER
    story = _one(text)
    assert list(story.body) == [*lead, *_STORY]
    assert "sentence-over-story-left-out" not in _codes(story)
