"""A scrape that kept the lead photo's caption above the page's title.

``caption (credit)`` / ``Headline - Site`` / ``Headline`` / ``By Name`` /
the story: the headless layout read the title line under the captions as
the headline, the story's own headline as a subheading and the byline as
another subheading, with no diagnostic: the byline was lost from its field
(found by the speed57w round, 2026-12-07). The title line is the page's
title now, the line over the byline the headline. A title naming none of the
headline's words is left as it was, and still says ``headline-from-title``.
Every text here is invented.
"""

from __future__ import annotations

import pytest

import wirestory

_CAPTION = "A crowd waits at the quay on Monday. (Jane Roe/Island Courier)\n\n"
_BODY = (
    "The island's only ferry stopped running on Monday after a fault was found in "
    "its engine, the operator said.\n\n"
    "Passengers were told to expect delays of at least a week while parts are "
    "shipped from the mainland.\n"
)


def _story(text: str) -> wirestory.Story:
    [story] = wirestory.parse(text)
    return story


@pytest.mark.parametrize(
    ("title", "gap_under_title", "gap_under_headline"),
    [
        ("Ferry halted - The Island Courier", "\n\n", "\n\n"),
        ("Ferry halted | The Island Courier", "\n", "\n\n"),
        ("Ferry halted after engine fault – Island Courier", "\n\n", "\n"),
    ],
)
def test_the_title_under_the_captions_is_no_headline_over_the_story_s_own(
    title: str, gap_under_title: str, gap_under_headline: str
) -> None:
    story = _story(
        _CAPTION
        + title
        + gap_under_title
        + "Ferry halted after engine fault"
        + gap_under_headline
        + "By Anna Berg\n\n"
        + _BODY
    )
    assert story.headline == "Ferry halted after engine fault"
    assert story.byline is not None
    assert story.byline.names == ("Anna Berg",)
    assert [caption.text for caption in story.captions] == ["A crowd waits at the quay on Monday."]
    assert len(story.body) == 2
    assert story.body[0].startswith("The island's only ferry")
    assert [d.code for d in story.diagnostics] == []
    rules = {segment.rule for segment in story.segments}
    assert "page-title" in rules


def test_a_title_naming_none_of_the_headline_s_words_is_left_and_said() -> None:
    """Nothing ties the title to the headline under it: the reading is
    left as it was, and says the headline may hold the site's name."""
    story = _story(
        _CAPTION
        + "Harbour fees frozen - The Island Courier\n\n"
        + "Ferry halted after engine fault\n\nBy Anna Berg\n\n"
        + _BODY
    )
    assert story.headline == "Harbour fees frozen - The Island Courier"
    assert "headline-from-title" in [d.code for d in story.diagnostics]


def test_a_title_over_a_paragraph_is_still_the_headline() -> None:
    """No byline under the line below the title: the title line stays the
    story's headline (its site's name said), the line below the body's."""
    story = _story(_CAPTION + "Ferry halted - The Island Courier\n\n" + _BODY)
    assert story.headline == "Ferry halted - The Island Courier"
    assert "headline-from-title" in [d.code for d in story.diagnostics]
    assert len(story.body) == 2


def test_a_story_of_captions_alone_reads_without_a_headline() -> None:
    """Nothing under the captions: no line to ask whether it is a title
    (the first cut of the title rule asked past the story's last line)."""
    story = _story(_CAPTION)
    assert story.headline == ""
    assert [caption.text for caption in story.captions] == ["A crowd waits at the quay on Monday."]
    assert "internal-error" not in [d.code for d in story.diagnostics]
