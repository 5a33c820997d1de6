"""The thirty-seventh review's findings in the page and Markdown layouts:
rules of this session's merges that read a text wrong and said nothing. A
section's kicker named like a summary box's label (``In brief``) over the
headline sent the walk up past the headline, and the title was taken.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest

import wirestory

_HEADLINE = "Council closes old library after 90 years"
_PARAGRAPHS = (
    "The council voted on Tuesday to close the old library on Mill Street, which "
    "opened in 1935, after a review found the building unsafe.",
    "Readers who still hold books on loan can return them to the town hall until "
    "the end of March, a spokesman said.",
)
_FOOTER = "About us\nContact us\nPrivacy Policy\n© 2025 Vale Post\n"


def _page(top: str) -> wirestory.Story:
    text = f"Vale Post | Local news\n{top}\nBy Jane Roe\n\n" + "\n\n".join(_PARAGRAPHS)
    [story] = wirestory.parse(text + "\n\n" + _FOOTER)
    return story


# --- A. A section's kicker named like a summary box's label -----------------------


@pytest.mark.parametrize("label", ["In brief", "Highlights", "Summary"])
def test_kicker_named_like_a_summary_label_over_the_headline(label: str) -> None:
    story = _page(f"Home\nNews\n{label}\n{_HEADLINE}")
    assert story.headline == _HEADLINE
    assert "headline-from-title" not in [d.code for d in story.diagnostics]


def test_summary_box_under_the_headline_still_skipped() -> None:
    # Near miss: a real box of bullets between headline and byline; the
    # headline stands over its label.
    story = _page(
        f"Home\nNews\n{_HEADLINE}\nIn brief\nThe building was found unsafe in a review\n"
        "Books on loan go back to the town hall"
    )
    assert story.headline == _HEADLINE
