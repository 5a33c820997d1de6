"""fixF61: the third review's items 3-7 (silent60's and alarms60's false
alarms and regressions), each probed with invented text. Every text is
invented.

- A writer's pronouns after a comma before a capitalised word open an
  outlet's name (``By Ann Lee, They/Them Collective``): read past, the
  writer's name took the outlet's next word. Pronouns closed by a semicolon
  before a second writer lost him.
- ``headlines-between-paragraphs`` on the story's own list under a sentence
  announcing it, and on a feature's heading over its subheading.
- ``notes-may-be-list`` on footnotes marked in superscript figures or in
  parentheses, or under ``Notes and references``.
- A story's subheading under ``Advertisement`` or ``Sponsored`` read as the
  ad's own line, silently.
"""

from __future__ import annotations

import pytest
from story_checks import codes as _codes

import wirestory
from wirestory.bylines import find_page_byline

# --- 3 and 6a. Pronouns after a comma ------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names", "organization"),
    [
        ("By Nora Pike, They/Them Collective", ("Nora Pike",), "They/Them Collective"),
        ("By Nora Pike, they/them Photography", ("Nora Pike",), "they/them Photography"),
        ("By Nora Pike, He/Him Media", ("Nora Pike",), "He/Him Media"),
        ("By Nora Pike, She/Her Voice | June 9, 2025", ("Nora Pike",), "She/Her Voice"),
    ],
)
def test_pronouns_opening_an_outlet_s_name_stay_the_outlet_s(
    line: str, names: tuple[str, ...], organization: str
) -> None:
    # Before: the pronouns were read past and the outlet's next word glued
    # onto the writer's name (``Nora Pike Collective``), or left alone as the
    # organisation (``Media``).
    byline = find_page_byline(line)
    assert byline is not None
    assert (byline.names, byline.organization) == (names, organization)


@pytest.mark.parametrize(
    "line",
    [
        "By Nora Pike, she/her; Owen Marsh, he/him",
        "By Nora Pike, they/them; Owen Marsh",
    ],
)
def test_pronouns_closed_by_a_semicolon_keep_the_second_writer(line: str) -> None:
    # Before: the second writer was in the organisation, silently.
    byline = find_page_byline(line)
    assert byline is not None
    assert (byline.names, byline.organization) == (("Nora Pike", "Owen Marsh"), None)


@pytest.mark.parametrize(
    ("line", "names", "organization"),
    [
        ("By Owen Marsh, he/him", ("Owen Marsh",), None),
        ("By Owen Marsh, he/him, Staff Writer", ("Owen Marsh",), "Staff Writer"),
        ("By Owen Marsh, he/him | June 9, 2025", ("Owen Marsh",), None),
        ("By Owen Marsh, he/him and Nora Pike, she/her", ("Owen Marsh", "Nora Pike"), None),
    ],
)
def test_pronouns_before_an_end_a_comma_or_a_second_writer_are_still_read_past(
    line: str, names: tuple[str, ...], organization: str | None
) -> None:
    # Guards: silent60's readings stay.
    byline = find_page_byline(line)
    assert byline is not None
    assert (byline.names, byline.organization) == (names, organization)


# --- 4. A story's list, a feature's headings ------------------------------------------

_WORKS = (
    "The ferry terminal will shut for six months from May while engineers replace the old "
    "landing stage, the port authority said on Monday.",
    "Ferry users met the port authority at a crowded meeting in the terminal building and set "
    "out their four requests on Monday night.",
    "The landing stage was built in 1968 and has been patched many times, but engineers say "
    "it can no longer carry the newer and heavier ferries.",
    "The port authority said the new stage would open in the autumn, and that ferry users "
    "would be told of every change to the timetable in good time.",
)


def _works_page(run: list[str], over: str = _WORKS[1]) -> str:
    """A page with ``run`` under ``over``, the story's second paragraph."""
    return (
        "Ferry terminal to shut for six months | Cliffside Echo\n\nCliffside Echo\nHome\n"
        "News\n\nFerry terminal to shut for six months\n\nBy Owen Marsh\nJune 9, 2025\n\n"
        + "\n\n".join([_WORKS[0], over, *run, *_WORKS[2:]])
        + "\n\nAbout us\nContact\n"
    )


_REQUESTS = [
    "Extra sailings from the harbour steps",
    "Free car parking at the old quay",
    "Refunds for season tickets already bought",
    "Weekly updates on the building work",
]


def test_a_list_under_a_sentence_giving_its_count_says_nothing() -> None:
    # Before: said ``headlines-between-paragraphs``, a promo box's headlines.
    [story] = wirestory.parse(_works_page(_REQUESTS))
    assert list(story.body) == [_WORKS[0], _WORKS[1], *_REQUESTS, *_WORKS[2:]]
    assert "headlines-between-paragraphs" not in _codes(story)


def test_a_list_under_a_sentence_announcing_the_following_says_nothing() -> None:
    over = (
        "Ferry users met the port authority at a crowded meeting in the terminal building "
        "and asked for the following on Monday night."
    )
    [story] = wirestory.parse(_works_page(_REQUESTS[:3], over))
    assert "headlines-between-paragraphs" not in _codes(story)


@pytest.mark.parametrize(
    "run",
    [
        ["Why the landing stage has to go", "The ferries that outgrew the old quay"],
        ["Extra sailings from the harbour steps", "A bus link to the station every hour"],
    ],
)
def test_a_heading_over_a_subheading_or_two_items_say_nothing(run: list[str]) -> None:
    # Before: two lines of five words or more, said a promo box's.
    [story] = wirestory.parse(_works_page(run, _WORKS[1].replace("four", "several")))
    assert "headlines-between-paragraphs" not in _codes(story)


@pytest.mark.parametrize(
    "run",
    [
        ["Bus fares frozen for another year", "Council approves new harbour bridge"],
        [
            "Bus fares frozen again",
            "New harbour bridge approved",
            "Fishermen protest over quotas",
        ],
    ],
)
def test_other_stories_headlines_are_still_said(run: list[str]) -> None:
    # Guard: a promo box's headlines under a sentence giving no count.
    [story] = wirestory.parse(_works_page(run, _WORKS[1].replace("four", "several")))
    assert "headlines-between-paragraphs" in _codes(story)


def test_headlines_under_a_sentence_giving_another_count_are_still_said() -> None:
    # Guard: ``four requests`` over three lines is no announcement of them.
    run = ["Bus fares frozen again", "New harbour bridge approved", "Fishermen protest over quotas"]
    [story] = wirestory.parse(_works_page(run))
    assert "headlines-between-paragraphs" in _codes(story)


# --- 5. Footnotes marked otherwise -----------------------------------------------------

_NOTED = (
    "CLIFFSIDE, June 9 (Reuters) - The port authority will shut the ferry terminal for six "
    "months while engineers replace the landing stage{one}, it said on Monday.",
    "The landing stage was built in 1968{two} and has been patched many times since, but it "
    "can no longer carry the newer and heavier ferries.",
    "Ferry users say the shutdown will cost them time and money, and some have asked for "
    "refunds on their season tickets.",
)
_NOTES = ["[1] Port authority board papers, June 2025.", "[2] Harbour history society, 2010."]


def _noted(one: str, two: str, label: str | None = None) -> str:
    paragraphs = [p.format(one=one, two=two) for p in _NOTED]
    return "\n\n".join([*paragraphs, *([label] if label else []), *_NOTES])


@pytest.mark.parametrize(
    ("one", "two"),
    [("\u00b9", "\u00b2"), (" (1)", " (2)"), ("(1)", "(2)"), ("1", "2")],
)
def test_footnotes_marked_in_superscript_or_parentheses_say_nothing(one: str, two: str) -> None:
    # Before: ``notes-may-be-list``, no ``[n]`` marker being found.
    [story] = wirestory.parse(_noted(one, two))
    assert list(story.notes) == _NOTES
    assert "notes-may-be-list" not in _codes(story)


@pytest.mark.parametrize("label", ["Notes and references", "Sources and notes"])
def test_notes_under_a_label_of_several_words_say_nothing(label: str) -> None:
    [story] = wirestory.parse(_noted("", "", label))
    assert "notes-may-be-list" not in _codes(story)


def test_notes_with_no_marker_and_no_label_are_still_said() -> None:
    # Guard: silent60's alarm stays.
    [story] = wirestory.parse(_noted("", ""))
    assert "notes-may-be-list" in _codes(story)


# --- 6b and 7. A subheading under an advertisement's label -----------------------------

_BRIDGE = (
    "The swing bridge over the river will close for a month from Monday while crews replace "
    "its motors, the county council said on Friday.",
    "Work on the bridge was first planned two years ago but was put off after the contractor "
    "went out of business in the middle of the job.",
    "Drivers will be sent the long way round through the town centre, and the council said "
    "extra buses would run at the busiest times of the day.",
    "The council said the bridge would reopen in time for the summer, when the river is at "
    "its busiest with boats heading for the harbour.",
)


def _bridge_page(box: str) -> str:
    """A page with ``box`` between the story's first and second paragraphs."""
    return (
        "Swing bridge to close for a month | Riverside Gazette\n\nRiverside Gazette\nHome\n"
        "News\n\nSwing bridge to close for a month\n\nBy Nora Pike\nJune 9, 2025\n\n"
        + _BRIDGE[0]
        + "\n\n"
        + box
        + "\n\n"
        + "\n\n".join(_BRIDGE[1:])
        + "\n\nAbout us\nContact\n"
    )


@pytest.mark.parametrize(
    "line", ["Keep the bridge open", "Where we go now", "The $12m motor", "Why it matters now"]
)
def test_a_subheading_under_an_advertisement_label_is_said(line: str) -> None:
    # Before: the ad's own line by a bidding verb first, a bidding last word
    # or a price, left out unsaid.
    [story] = wirestory.parse(_bridge_page(f"Advertisement\n{line}"))
    assert list(story.body) == list(_BRIDGE)
    assert "advertisement-line-left-out" in _codes(story)


@pytest.mark.parametrize(
    "line", ["Shop now", "Learn more", "From $49.99", "Book today", "Sign up", "Save 20% off"]
)
def test_a_clear_call_to_action_under_an_advertisement_label_says_nothing(line: str) -> None:
    # Guard: the ad's own line, read past unsaid as before.
    [story] = wirestory.parse(_bridge_page(f"Advertisement\n{line}"))
    assert list(story.body) == list(_BRIDGE)
    assert "advertisement-line-left-out" not in _codes(story)


def test_a_line_alone_under_sponsored_is_said() -> None:
    # Before: a box of sponsored links, left out silently.
    [story] = wirestory.parse(_bridge_page("Sponsored\nWhere it goes from here"))
    assert list(story.body) == list(_BRIDGE)
    assert "advertisement-line-left-out" in _codes(story)
