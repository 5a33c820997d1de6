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
    reads both lines as the headline (the second was the body's first
    paragraph, with no diagnostic)."""
    story = _one(
        "Ferry crews walk out as talks\nstall in the north\n\nCrews left the boats on Monday.\n"
    )
    assert story.layout == "wire"
    assert story.headline == "Ferry crews walk out as talks stall in the north"
    assert story.body == ("Crews left the boats on Monday.",)


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


def test_first_paragraph_ending_in_a_quoted_full_stop_is_no_rewritten_headline() -> None:
    """Counter-case found by the property test: a first paragraph ending in a
    full stop inside a closing quote, above a paragraph that echoes a caption
    with a small edit, is body; neither is taken as the repeat."""
    quoted = 'The board chair said the pier "will open by spring."'
    echo = "Workers on the old pier at dusk on Monday."
    story = _one(f"{_HEADLINE}\n\n{_CAPTION}\n{_CAPTION}\nTT\n\n{quoted}\n\n{echo}{_BODY}")
    assert story.body[:2] == (quoted, echo)
    assert "repeat-differs" not in _codes(story)


def test_first_paragraph_equal_to_an_uncredited_caption_stays_body() -> None:
    """Counter-case found by the property test: with captions that carry no
    credit, a first paragraph equal to one of them is the body, not a repeat
    without its headline (which would leave the story with no body)."""
    caption = "Crews at the pier."
    story = _one(f"{_HEADLINE}\n\n{caption}\n{caption}\nTT\n\n{caption}\n")
    assert story.body == (caption,)
    assert "repeat-differs" not in _codes(story)


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


# --- Two stories read as one ------------------------------------------------

# A lead whose dateline is a place alone: a wire story glued under it is not
# cut (the cut wants the story above to open with an agency's or a date's
# dateline, test_second_wire_story_under_a_wire_story_is_cut), so the checks
# of the glued story are asked.
_FIRST = "Ferry crews walk out\n\nOSLO - Ferry crews walked out over pay on Monday.\n\n"
_SECOND = (
    "Grain prices hold steady\n\n"
    "CHICAGO (Reuters) - Grain prices held steady on Tuesday as traders waited for rain.\n"
)


def _boundaries(story: Story) -> list[int]:
    """The line numbers where the story says another story could start."""
    return [d.line for d in story.diagnostics if d.code == "possible-story-boundary"]


def test_second_wire_story_after_one_blank_line_is_reported() -> None:
    """Two wire stories with one blank line between them read as one story;
    the second's dateline gives it away and the story says where it could
    start: at its headline (it was silent)."""
    story = _one(_FIRST + _SECOND)
    assert _boundaries(story) == [5]


def test_second_wire_story_under_a_wire_story_is_cut() -> None:
    """Under a story opening with an agency's dateline, the second story, its
    headline over its own such dateline, is cut off after one blank line, or
    none under an end mark (it was one story, flagged)."""
    first = _FIRST.replace("OSLO -", "OSLO (Reuters) -")
    for gap in ("", "###\n", "-30-\n\n"):
        stories = wirestory.parse(first + gap + _SECOND)
        assert [s.headline for s in stories] == [
            "Ferry crews walk out",
            "Grain prices hold steady",
        ], gap
        assert [_boundaries(s) for s in stories] == [[], []], gap


def test_place_alone_in_a_later_paragraph_stays_quiet() -> None:
    """Counter-case: a roundup moving to another city (a place in capitals
    and a dash, no agency nor date) is one story."""
    story = _one(_FIRST + "BERGEN - Crews there stayed at work, a spokeswoman said.\n")
    assert _boundaries(story) == []


def test_end_mark_inside_the_body_is_reported() -> None:
    """An end mark (``###``, ``-30-``, ``END``) with text under it ends one
    story; at the end of the body it is the story's sign-off."""
    for mark in ("###", "-30-", "END"):
        if mark == "###":
            # A rule of marks with a wire story's whole header under it: two
            # stories since dumps43 (tests/test_dumps43.py).
            first, second = wirestory.parse(f"{_FIRST}{mark}\n\n{_SECOND}")
            assert (first.headline, second.headline) == (
                "Ferry crews walk out",
                "Grain prices hold steady",
            )
        else:
            story = _one(f"{_FIRST}{mark}\n\n{_SECOND}")
            assert _boundaries(story) == [7], mark
        alone = _one(f"{_FIRST}{mark}\n")
        assert alone.body == ("Ferry crews walked out over pay on Monday.",), mark
        assert _boundaries(alone) == [], mark


def test_marker_line_inside_the_body_is_reported() -> None:
    """A marked header glued on after one blank line leaves its marker line
    in the body: the story says where the glued story could start."""
    first = f"{_HEADLINE}\n\n{_CAPTION}\nTT{_BODY}"
    header = "Grain Prices Hold Steady\n\nTraders at the exchange on Tuesday. (AP)\nTT\n\n"
    story = _one(first + "\n" + header + "Grain prices held steady on Tuesday.\n")
    assert story.headline == _HEADLINE
    assert _boundaries(story) == [10]


def test_story_after_a_separator_is_reported() -> None:
    """A separator line, then a headline and a paragraph of prose: a story
    glued on, whose text went to the notes silently."""
    for separator in ("***", "---", "___"):
        story = _one(
            f"{_FIRST}{separator}\n\nGrain prices hold steady\n\n"
            "Grain prices held steady on Tuesday as traders waited for news of rain.\n"
        )
        assert _boundaries(story) == [7], separator


def test_agency_notes_after_a_separator_stay_quiet() -> None:
    """Counter-case: the notes an agency prints under its separator."""
    story = _one(
        f"{_FIRST}___\n\nFollow Jane Roe on Twitter at example.com/janeroe\n\n"
        "Associated Press writer John Doe in Bergen contributed to this report.\n"
    )
    assert _boundaries(story) == []
    story = _one(f"{_FIRST}___\n\nOnline:\n\nThe union: example.org\n")
    assert _boundaries(story) == []


def test_glued_story_check_without_markers() -> None:
    """With no marker configured (``markers=()``) the glued-story check still
    runs: the end mark and the dateline of the story glued on are reported."""
    options = wirestory.ParseOptions(markers=())
    # ``-30-``: ``###``, a rule of marks, cuts there since dumps43.
    stories = wirestory.parse(f"{_FIRST}-30-\n\n{_SECOND}", options=options)
    assert len(stories) == 1
    assert _boundaries(stories[0]) == [7]
    stories = wirestory.parse(_FIRST + _SECOND, options=options)
    assert _boundaries(stories[0]) == [5]
