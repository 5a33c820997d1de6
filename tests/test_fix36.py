"""Wire stories glued by one blank line (the fix36 round, after bounds36).

Fixed here (each read wrong on main):

- a story whose headline ends in ``?`` or ``!`` over a byline: whether it
  opened with a dateline was asked under the headline alone and the answer
  (no) kept, so the wire stories glued below it were never cut;
- dpa's and APA's title-case datelines (``Berlin (dpa) -``, ``Wien (APA) -``,
  ``Oslo, March 3 (Reuters) -``) were no wire story's start, so such copy
  glued by one blank line stayed one story;
- a wire story glued on whose header is the marked layout's (a marker line,
  the headline shown again) was taken for a story of no marked header, so a
  blank run inside its body cut it in two;
- hard-wrapped wire copy asked whether each wrapped line was a slug or an
  address, though only a line under a sentence's end can be one.

Near misses stay one story: a subheading over a place alone, a title-case
paragraph naming no agency, a sentence opening with a parenthesis.

Every dump here is invented, in the shape of real copy.
"""

from __future__ import annotations

import textwrap

import pytest
from story_checks import codes as _codes

import wirestory
from wirestory import grouping
from wirestory.datelines import opens_wire_story
from wirestory.lines import split_lines
from wirestory.options import ParseOptions


def _groups(text: str) -> list[list[str]]:
    return [
        [line.text for line in group.lines if line.text]
        for group in grouping.group_stories(iter(split_lines([text])), ParseOptions())
    ]


def _two_ferry_stories(headline: str, second_lead: str) -> str:
    return (
        f"{headline}\n\nBy Jane Roe\n\n"
        "OSLO, March 3 (Reuters) - Ferry crews walked out on Monday over pay.\n\n"
        "The union said the strike would last two days.\n\n"
        f"Crews in Bergen return to work\n\n{second_lead}\n\n"
        "Operators said timetables would be back to normal by Wednesday.\n"
    )


_BERGEN = "BERGEN, March 4 (Reuters) - Ferry crews went back to work on Tuesday."


@pytest.mark.parametrize(
    "headline",
    ["Will Norway's ferries stop?", "Norway's ferries stop!", "Ferries stop in Norway"],
)
def test_question_headline_over_a_byline_still_cuts_glued_wire_stories(headline: str) -> None:
    stories = wirestory.parse(_two_ferry_stories(headline, _BERGEN))
    assert [s.headline for s in stories] == [headline, "Crews in Bergen return to work"]
    assert stories[0].byline is not None
    assert [s.dateline.raw if s.dateline else None for s in stories] == [
        "OSLO, March 3 (Reuters) -",
        "BERGEN, March 4 (Reuters) -",
    ]
    for story in stories:
        assert "possible-story-boundary" not in _codes(story)


def test_question_headline_over_a_subheading_stays_one_story() -> None:
    # A roundup's next city names no agency: a subheading, not a story.
    text = _two_ferry_stories("Will Norway's ferries stop?", "BERGEN — Crews stayed at work.")
    assert len(_groups(text)) == 1


def test_question_headline_with_no_dateline_is_not_cut() -> None:
    # The story opened with no dateline within its header: a dateline lower
    # down is no glued story's (bounds36 flags it instead).
    text = "Will Norway's ferries stop?\n\nBy Jane Roe\n\n" + "".join(
        f"Paragraph {n} of the story ends here.\n\n" for n in range(30)
    )
    text += f"Crews in Bergen return to work\n\n{_BERGEN}\n"
    assert len(_groups(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Berlin (dpa) - Die Fährleute streiken seit Montag.",
        "Wien (APA) - Die Fährleute streiken seit Montag.",
        "Frankfurt/Main (dpa) - Die Fährleute streiken seit Montag.",
        "Oslo, March 3 (Reuters) - Ferry crews walked out.",
        "Oslo, 3 March (Reuters) - Ferry crews walked out.",
        "Washington (AP) — The Senate voted on Monday.",
    ],
)
def test_title_case_datelines_naming_an_agency_open_wire_stories(text: str) -> None:
    assert opens_wire_story(text)


@pytest.mark.parametrize(
    "text",
    [
        "Oslo, March 3 - Ferry crews walked out.",  # no agency's parenthesis
        "Jane Roe (left) said on Monday the crews would return.",
        "Monday (March 3) - the crews said they would return.",
        "Paris, March 3 (local time) - crews returned.",
        "The ferry (built in 1998) sank off the coast.",
        "Bergen — Crews stayed at work.",
    ],
)
def test_title_case_paragraphs_naming_no_agency_open_no_wire_story(text: str) -> None:
    assert not opens_wire_story(text)


def _dpa(headline: str, place: str, agency: str) -> str:
    return (
        f"{headline}\n\n{place} ({agency}) - Die Fährleute streiken seit Montag.\n\n"
        "Die Gewerkschaft verlangt mehr Lohn.\n"
    )


@pytest.mark.parametrize(("place", "agency"), [("Berlin", "dpa"), ("Wien", "APA")])
def test_title_case_wire_copy_one_blank_line_apart(place: str, agency: str) -> None:
    text = (
        _dpa("Fähren stehen still", place, agency)
        + "\n"
        + _dpa("Bahn fährt wieder", "Linz", agency)
    )
    stories = wirestory.parse(text)
    assert [s.headline for s in stories] == ["Fähren stehen still", "Bahn fährt wieder"]
    for story in stories:
        assert story.dateline is not None
        assert story.body == (
            "Die Fährleute streiken seit Montag.",
            "Die Gewerkschaft verlangt mehr Lohn.",
        )


def test_title_case_subheading_over_a_place_alone_stays_one_story() -> None:
    text = _dpa("Fähren stehen still", "Berlin", "dpa") + "\nIn Linz\n\nLinz - Die Bahn fährt.\n"
    assert len(_groups(text)) == 1


_STRIKE = (
    "Ferries stop in Norway\n\nOSLO, March 3 (Reuters) - Ferry crews walked out on Monday.\n"
    + "".join(f"\nParagraph {n} of the strike story ends here.\n" for n in range(12))
)


def test_glued_wire_story_with_a_marked_header_keeps_its_body_together() -> None:
    # Its header is the marked layout's (a marker line, the headline shown
    # again): a blank run in its body is the site's paragraph break.
    text = (
        _STRIKE + "\nRain returns to the capital\n\n"
        "STOCKHOLM, March 4 (Reuters) - Rain fell on Tuesday.\nTT\n\n"
        "Rain returns to the capital\n\nThe rain ended a dry month.\n\n\n"
        "It was the wettest day.\n"
    )
    groups = _groups(text)
    assert [group[0] for group in groups] == [
        "Ferries stop in Norway",
        "Rain returns to the capital",
    ]
    assert groups[1][-1] == "It was the wettest day."


def test_glued_wire_story_without_a_marker_is_cut_at_a_blank_run() -> None:
    text = (
        _STRIKE + "\nRain returns to the capital\n\n"
        "STOCKHOLM, March 4 (Reuters) - Rain fell on Tuesday.\n\n"
        "The rain ended a dry month.\n\n\nIt was the wettest day.\n"
    )
    groups = _groups(text)
    assert [group[0] for group in groups] == [
        "Ferries stop in Norway",
        "Rain returns to the capital",
        "It was the wettest day.",
    ]


def test_wrapped_lines_are_not_asked_for_a_slug(monkeypatch: pytest.MonkeyPatch) -> None:
    # Hard-wrapped copy: only a paragraph's last line ends a sentence, so no
    # line under a wrapped one is asked whether it is a slug or an address.
    paragraph = " ".join(["ferry crews walked out on Monday over long-term pay"] * 8) + "."
    wrapped = [textwrap.fill(paragraph, 70) for _ in range(20)]
    text = "Ferries stop\n\nOSLO, March 3 (Reuters) - " + "\n\n".join(wrapped) + "\n"
    asked: list[str] = []
    is_slug = grouping.wire.is_slug

    def counting(line: str) -> bool:
        asked.append(line)
        return is_slug(line)

    monkeypatch.setattr(grouping.wire, "is_slug", counting)
    assert len(_groups(text)) == 1
    # _glued_start asks each paragraph's first line once; nothing else is.
    assert len(asked) <= len(wrapped)
