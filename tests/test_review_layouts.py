"""Silent-wrong results outside the page layout, found by a review and fixed.

Each test is a form of text that gave a wrong story with no diagnostic (a
headline taken from a lead paragraph, a header's repeat left in the body, a
body sentence read as a trailer, two stories glued together); the
counter-cases next to them are the text the fix must leave as it was.
"""

from __future__ import annotations

import wirestory
from wirestory import Story


def _one(text: str) -> Story:
    stories = wirestory.parse(text)
    assert len(stories) == 1
    return stories[0]


def _codes(story: Story) -> list[str]:
    return [d.code for d in story.diagnostics]


# --- Layout choice: a lead paragraph is no headline ---------------------------


def test_lead_opening_with_its_dateline_is_no_headline() -> None:
    """A story pasted without its headline, whose lead opens with the dateline
    and is cut at the end of a line, is read headless with its dateline (it was
    a wire headline holding the dateline, and the dateline was lost)."""
    story = _one(
        "OSLO (Reuters) - Ferry crews walked out over pay on Monday across the fjords\n"
        "\n"
        "Talks are set for Friday.\n"
    )
    assert story.layout == "headless"
    assert story.headline == ""
    assert story.dateline is not None
    assert story.dateline.places == ("OSLO",)
    assert story.body[0].startswith("Ferry crews walked out")


def test_headline_in_capitals_with_a_dash_stays_a_headline() -> None:
    """A headline in capitals with a spaced dash has a dateline's shape but no
    sentence after it: it stays the headline."""
    story = _one("GRAIN MARKETS - TRADERS WAIT\n\nPrices held steady on Monday, dealers said.\n")
    assert story.layout == "wire"
    assert story.headline == "GRAIN MARKETS - TRADERS WAIT"


def test_hard_wrapped_lead_is_not_cut_at_its_first_line() -> None:
    """The first line of a hard-wrapped lead paragraph (the next line goes on
    in lower case, the block ends a sentence) is not a headline: the paragraph
    stays whole (it was cut in two, half a sentence left atop the body)."""
    story = _one(
        "Ferry crews walked out over pay on Monday across the fjords\n"
        "and the islands, union leaders said.\n"
        "\n"
        "Talks are set for Friday.\n"
    )
    assert story.headline == ""
    assert story.body[0] == (
        "Ferry crews walked out over pay on Monday across the fjords "
        "and the islands, union leaders said."
    )


def test_headline_wrapped_over_two_lines_stays_a_headline() -> None:
    """A headline wrapped over two lines ends no sentence: the wire layout
    still reads its first line as the headline."""
    story = _one(
        "Ferry crews walk out as talks\nstall in the north\n\nCrews left the boats on Monday.\n"
    )
    assert story.layout == "wire"
    assert story.headline == "Ferry crews walk out as talks"


# --- The marked layout: a repeat that does not show the headline -------------

_HEADLINE = "Harbour Board Approves New Ferry Pier"
_CAPTION = "Workers on the old pier at dawn on Monday. (AFP)"
_BODY = (
    "\n\nThe harbour board approved the new pier on Monday after a year of talks.\n"
    "\nWork starts in the spring, the board said.\n"
)


def test_repeat_without_its_headline_is_the_repeat() -> None:
    """The site's repeat showing the captions but not the headline is still
    the repeat: the captions are not left in the body a second time, and the
    story says the repeat differs (it was silent, the captions in the body)."""
    story = _one(f"{_HEADLINE}\n\n{_CAPTION}\n{_CAPTION}\nTT\n\n{_CAPTION}\n{_CAPTION}{_BODY}")
    assert story.headline == _HEADLINE
    assert [c.text for c in story.captions] == ["Workers on the old pier at dawn on Monday."]
    assert story.body[0].startswith("The harbour board approved")
    assert "repeat-differs" in _codes(story)


def test_repeat_under_a_rewritten_headline_is_the_repeat() -> None:
    """A repeated headline rewritten beyond a small edit, with the header's
    captions shown again under it, is the repeat, reported as differing."""
    story = _one(
        f"{_HEADLINE}\n\n{_CAPTION}\n{_CAPTION}\nTT\n\n"
        f"New Ferry Pier Wins Approval After Year of Talks\n\n{_CAPTION}\n{_CAPTION}{_BODY}"
    )
    assert story.headline == _HEADLINE
    assert story.body[0].startswith("The harbour board approved")
    assert _codes(story) == ["repeat-differs"]


def test_body_under_the_marker_without_repeat_stays_body() -> None:
    """Counter-case: a header with no repeat under it; the first paragraph,
    headline-like but with no caption shown again under it, stays body, and
    the story is quiet."""
    story = _one(f"{_HEADLINE}\n\n{_CAPTION}\n{_CAPTION}\nTT\n\nA Year of Talks{_BODY}")
    assert story.body[0] == "A Year of Talks"
    assert _codes(story) == []


# --- Trailers: a sentence about copyright is body -----------------------------


def test_sentence_about_copyright_stays_in_the_body() -> None:
    """A last paragraph opening ``Copyright`` and a lower-case word is a
    sentence of the story (it was taken out of the body as a copyright trailer)."""
    story = _one(
        "Court backs archive\n\nThe ruling came on Monday.\n\n"
        "Copyright law was rewritten in 1998 to cover the archive, the judge said.\n"
    )
    assert story.body[-1].startswith("Copyright law was rewritten")
    assert story.copyright is None


def test_copyright_notices_are_still_trailers() -> None:
    """Counter-case: the notices agencies append stay copyright trailers."""
    notices = [
        "Copyright 2024 The Associated Press. All rights reserved.",
        "Copyright Thomson Reuters 2019. Click For Restrictions",
        "Copyright AFP",
        "Copyright © Press Association",
        "© 2024 Reuters",
        "(c) 2020 The Daily Example",
    ]
    for notice in notices:
        story = _one(f"Court backs archive\n\nThe ruling came on Monday.\n\n{notice}\n")
        assert story.body == ("The ruling came on Monday.",), notice
        assert story.copyright == notice, notice
