"""silent60: silent misreadings the last session left, each probed with
invented text first, then read right or said. Every text is invented.

- A video player's box between the story's paragraphs, with no box label
  over it (``JUST WATCHED`` / a title / ``1:45`` / another title / ``2:10``
  / ``Replay`` / ``More Videos ...``; ``Now playing`` / ``0:45`` / ``Watch:
  …``): its lines were kept as subheadings and paragraphs, or the story's
  first paragraph was left out over it. Told by its form now: short lines
  holding running times beside titles, with a player's label, or two
  running times or more each beside a title (said: a timetable reads the
  same, ``video-box-read-past``).
- ``By Tom Hale, she/her, Staff Writer``: the pronouns and the title were the
  byline's organisation, silently.
"""

from __future__ import annotations

import pytest
from story_checks import codes as _codes

import wirestory
from wirestory.bylines import find_page_byline

_STORY = (
    "Harbour Rovers stayed top of the county league on Saturday after a late goal from "
    "Ben Carter gave them a two-one win at Cliffside.",
    "Carter turned in a low cross in the last minute, after a long run down the right by "
    "the Rovers captain, to settle the game at Cliffside.",
    "Cliffside had led at half time and looked set for a point until Rovers changed their "
    "shape and pressed higher, Carter said afterwards.",
    "Rovers play Vale United at home next Saturday, when a win would put them five points "
    "clear at the top of the league.",
)


def _sport_page(box: str, blank: str = "\n\n") -> str:
    """A page with ``box`` between the story's first and second paragraphs."""
    text = (
        "Vale Citizen | Sport\nHome\nNews\nSport\n\n"
        "Harbour Rovers stay top after late win at Cliffside\n\nBy Tom Hale\nMarch 3, 2026\n\n"
        + _STORY[0]
        + "\n\n"
        + box
        + "\n\n"
        + "\n\n".join(_STORY[1:])
        + "\n\nAbout us\nContact\n"
    )
    return text.replace("\n\n", blank)


_LABELLED_BOXES = [
    "JUST WATCHED\nRovers fans celebrate the late winner\n1:45\nManager praises young "
    "striker\n2:10\nReplay\nMore Videos ...",
    "Now playing\n0:45\nWatch: Rovers fans celebrate the late winner",
    "Now Playing\n0:45\nRovers fans celebrate the late winner\nUp next\n2:10\nManager "
    "praises young striker",
    "Up next\nRovers fans celebrate the late winner\n0:58\nManager praises young "
    "striker\n3:02\nAutoplay",
]


@pytest.mark.parametrize("box", _LABELLED_BOXES)
@pytest.mark.parametrize("blank", ["\n\n", "\n"])
def test_a_video_players_box_between_paragraphs_is_read_past(box: str, blank: str) -> None:
    [story] = wirestory.parse(_sport_page(box, blank))
    assert story.headline == "Harbour Rovers stay top after late win at Cliffside"
    assert list(story.body) == list(_STORY)
    assert _codes(story) == []
    rules = {segment.rule for segment in story.segments}
    assert "in-story:video-box" in rules


@pytest.mark.parametrize("blank", ["\n\n", "\n"])
def test_one_time_under_a_colon_label_is_read_past_and_said(blank: str) -> None:
    # One running time under a title opening with a player's word and a colon:
    # a play's showing (``Play: Hamlet …`` / ``19:30``) has the same form, so
    # the box is read past and said (fixE61; silent here before).
    box = "Video: Rovers fans celebrate the late winner\n1:12"
    [story] = wirestory.parse(_sport_page(box, blank))
    assert list(story.body) == list(_STORY)
    assert _codes(story) == ["video-box-read-past"]


@pytest.mark.parametrize("blank", ["\n\n", "\n"])
def test_titles_with_running_times_and_no_label_are_read_past_and_said(blank: str) -> None:
    # No player's label: two titles, each beside its running time. A
    # timetable of the story's (a departure's time beside its route) has the
    # same form, so the story says so.
    box = "Rovers fans celebrate the late winner\n1:45\nManager praises young striker\n2:10"
    [story] = wirestory.parse(_sport_page(box, blank))
    assert list(story.body) == list(_STORY)
    assert _codes(story) == ["video-box-read-past"]


def test_one_time_beside_a_title_with_no_label_is_no_video_box() -> None:
    # A guard: one running time and no label tells no player; the lines stay
    # the story's (as before silent60).
    box = "Kick-off moved to the evening\n7:45"
    [story] = wirestory.parse(_sport_page(box))
    assert "in-story:video-box" not in {segment.rule for segment in story.segments}
    assert "in-story:video-titles-box" not in {segment.rule for segment in story.segments}


def test_a_video_box_over_the_first_paragraph_stays_furniture() -> None:
    # A guard: the player under the header, over the story, was already
    # furniture, the first paragraph kept.
    text = (
        "Vale Citizen | Sport\nHome\nNews\nSport\n\n"
        "Harbour Rovers stay top after late win at Cliffside\n\nBy Tom Hale\nMarch 3, 2026\n\n"
        + _LABELLED_BOXES[0]
        + "\n\n"
        + "\n\n".join(_STORY)
        + "\n\nAbout us\nContact\n"
    )
    [story] = wirestory.parse(text)
    assert list(story.body) == list(_STORY)


@pytest.mark.parametrize(
    ("line", "organization"),
    [
        ("By Tom Hale, she/her, Staff Writer", "Staff Writer"),
        ("By Tom Hale, he/him, Reporter", "Reporter"),
        ("By Tom Hale, they/them, The Harbour Times", "The Harbour Times"),
        ("By Tom Hale, she/her | March 4, 2025", None),
    ],
)
def test_pronouns_between_the_name_and_a_title_are_no_organisation(
    line: str, organization: str | None
) -> None:
    byline = find_page_byline(line)
    assert byline is not None
    assert byline.names == ("Tom Hale",)
    assert byline.organization == organization


def test_two_writers_each_with_pronouns_after_a_comma() -> None:
    byline = find_page_byline("By Tom Hale, she/her and Jo Lee, he/him")
    assert byline is not None
    assert byline.names == ("Tom Hale", "Jo Lee")
    assert byline.organization is None


def test_pronouns_in_a_page_header_byline() -> None:
    text = (
        "Ferry fares to rise - The Harbour Times\nHome\nNews\nSport\n\n"
        "Ferry fares to rise by ten percent next month\n\n"
        "By Tom Hale, she/her, Staff Writer\nMarch 4, 2025\n\n"
        "Ferry fares across the harbour will rise by ten percent from next month, the "
        "operator said on Tuesday.\n\n"
        "The company blamed higher fuel costs and a shortage of crew for the increase, and "
        "said it had held its prices for two years.\n\nAbout us\nContact\n"
    )
    [story] = wirestory.parse(text)
    assert story.byline is not None
    assert story.byline.names == ("Tom Hale",)
    assert story.byline.organization == "Staff Writer"


# An advertisement's label and its own line under the story's first paragraph.
_FERRY = (
    "Ferry fares across the harbour will rise by ten percent from next month, the operator "
    "said on Tuesday, blaming fuel.",
    "The company blamed higher fuel costs and a shortage of crew for the increase, and said "
    "it had held its prices for two years.",
    "Commuters said the rise would hit those on low incomes hardest, and a group of them "
    "plans to protest at the terminal.",
    "The council has asked the operator to reconsider before the change takes effect, a "
    "spokesman said on Wednesday.",
)


def _ferry_page(ad: str, under: int = 1, blank: str = "\n\n") -> str:
    """A page with ``ad`` under the story's paragraph number ``under``."""
    text = (
        "Ferry fares to rise - The Harbour Times\nHome\nNews\nSport\n\n"
        "Ferry fares to rise by ten percent next month\n\nBy Jane Doe\nMarch 4, 2025\n\n"
        + "\n\n".join(_FERRY[:under])
        + "\n\n"
        + ad
        + "\n\n"
        + "\n\n".join(_FERRY[under:])
        + "\n\nAbout us\nContact\n"
    )
    return text.replace("\n\n", blank)


@pytest.mark.parametrize(
    "ad",
    [
        "Advertisement\n\nLearn more.",
        "Advertisement\n\nUnlock 50% off today.",
        "Advertisement\n\nFrom $49.99",
        "Advertisement\n\nQuay Bank. Shop now",
        "Advertisement\n\nLearn more.\n\nAdvertisement",
        "Advertisement\n\nSummer sale: 30% off",
    ],
)
@pytest.mark.parametrize("under", [1, 2])
@pytest.mark.parametrize("blank", ["\n\n", "\n"])
def test_an_ads_call_to_action_is_left_out_and_the_story_kept(
    ad: str, under: int, blank: str
) -> None:
    # Under the first paragraph, the label and its line outweighed it: the
    # story's first paragraph was left out, silently; between two labels
    # the call to action was kept as a paragraph.
    [story] = wirestory.parse(_ferry_page(ad, under, blank))
    assert list(story.body) == list(_FERRY)
    assert _codes(story) == []


@pytest.mark.parametrize(
    "ad",
    [
        "Advertisement\n\nQuay Bank",
        "Advertisement\n\nEarn 5% cash back",
        "Advertisement\n\nPassengers queue at the ferry terminal on Monday morning"
        "\n\nAdvertisement",
        "Advertisement\n\nWhat happens next",
    ],
)
@pytest.mark.parametrize("under", [1, 2])
def test_an_ads_line_of_no_call_to_action_is_left_out_and_said(ad: str, under: int) -> None:
    # A brand's name, a tagline, a caption with no credit between two labels
    # or a subheading of the story: the same form (a short line ending in no
    # end mark under the label). Left out, said; the story's paragraphs kept.
    [story] = wirestory.parse(_ferry_page(ad, under))
    assert list(story.body) == list(_FERRY)
    assert _codes(story) == ["advertisement-line-left-out"]


@pytest.mark.parametrize("line", ["Nobody was hurt.", "Police are investigating."])
def test_a_short_sentence_under_an_ad_is_still_the_storys(line: str) -> None:
    # A guard (fixC59): a statement under the label is the story's paragraph.
    [story] = wirestory.parse(_ferry_page("Advertisement\n\n" + line, 2))
    assert line in story.body
    assert story.body[0] == _FERRY[0]


def _ferry_story(middle: str, tail: str = "") -> str:
    """A page with ``middle`` between the story's second and third
    paragraphs and ``tail`` under its last."""
    return (
        "Ferry fares to rise - The Harbour Times\nHome\nNews\nSport\n\n"
        "Ferry fares to rise by ten percent next month\n\nBy Jane Doe\nMarch 4, 2025\n\n"
        + "\n\n".join(_FERRY[:2])
        + "\n\n"
        + (middle + "\n\n" if middle else "")
        + "\n\n".join(_FERRY[2:])
        + "\n\n"
        + (tail + "\n\n" if tail else "")
        + "About us\nContact\n"
    )


@pytest.mark.parametrize(
    "run",
    [
        "Bus fares frozen for another year\n\nCouncil approves new harbour bridge",
        "Bus fares frozen again\n\nNew harbour bridge approved\n\nFishermen protest over quotas",
        "Bus fares frozen for another year\nCouncil approves new harbour bridge\n"
        "Fishermen protest over new quotas",
    ],
)
def test_different_headlines_in_a_row_between_paragraphs_are_said(run: str) -> None:
    # Kept as subheadings (a related box with no label, or a section's
    # headings: not told for sure), said now; before, silently.
    [story] = wirestory.parse(_ferry_story(run))
    assert list(story.body[:2]) == list(_FERRY[:2])
    assert list(story.body[-2:]) == list(_FERRY[2:])
    assert _codes(story) == ["headlines-between-paragraphs"]


@pytest.mark.parametrize(
    "run",
    [
        "What the council wants",
        "The council's view\n\nWhat happens next",
        "Get it on Amazon for 39.99\n\nHarbour Bank season ticket deal for commuters",
        "One chapter over, another barely begun\n\nJane Roe, our transport correspondent",
    ],
)
def test_a_subheading_a_price_or_a_writer_under_a_heading_says_nothing(run: str) -> None:
    # Guards: a subheading, a section's heading over a shorter one, a
    # product box's price row, an analysis box's heading over its writer.
    [story] = wirestory.parse(_ferry_story(run))
    assert "headlines-between-paragraphs" not in _codes(story)


@pytest.mark.parametrize(
    "notes",
    [
        "[1] Check the new timetable before you travel.\n\n[2] Buy a season ticket before "
        "March to keep the old price.",
        "[1] Ferry fares rise by ten percent\n[2] Season tickets rise by five percent\n"
        "[3] Child fares stay the same",
    ],
)
def test_bracketed_numbers_under_the_story_with_no_marker_or_label_are_said(notes: str) -> None:
    # Read as notes (footnotes whose markers the page dropped read the same:
    # the reading is kept), said now; before, silently.
    [story] = wirestory.parse(_ferry_story("", notes))
    assert list(story.body) == list(_FERRY)
    assert [note[:3] for note in story.notes] == ["[1]", "[2]", "[3]"][: len(story.notes)]
    assert len(story.notes) >= 2
    assert _codes(story) == ["notes-may-be-list"]


def test_footnotes_with_their_markers_in_the_story_say_nothing() -> None:
    # A guard: the story prints the markers, so the lines are its footnotes.
    text = _ferry_story("", "[1] Harbour Board annual report, 2024.").replace(
        "for two years.", "for two years.[1]"
    )
    [story] = wirestory.parse(text)
    assert story.notes == ("[1] Harbour Board annual report, 2024.",)
    assert _codes(story) == []


def test_footnotes_under_a_notes_label_say_nothing() -> None:
    [story] = wirestory.parse(_ferry_story("", "Notes\n\n[1] Harbour Board annual report, 2024."))
    assert "notes-may-be-list" not in _codes(story)


@pytest.mark.parametrize(
    "title", ["{h} - The Harbour Times", "{h} | Harbour Times", "Fares to rise | Harbour Times"]
)
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_pages_title_over_its_headline_and_byline_is_already_read(title: str, gap: str) -> None:
    # Pins the reading silent60's probes found right: the page's title line
    # over the story's headline and byline, no caption above, in one block
    # or apart, is the page's title; the headline and the byline are read.
    headline = "Ferry fares to rise by ten percent next month"
    text = (
        title.format(h=headline)
        + gap
        + headline
        + gap
        + "By Jane Doe\nMarch 4, 2025\n\n"
        + "\n\n".join(_FERRY)
        + "\n"
    )
    [story] = wirestory.parse(text)
    assert story.layout == "page"
    assert story.headline == headline
    assert story.byline is not None
    assert story.byline.names == ("Jane Doe",)
    assert list(story.body) == list(_FERRY)
