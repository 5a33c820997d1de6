"""The forty-seventh silent-wrong round: what silent46, heldout29 and
review46 left wrong with no diagnostic, or flagged weakly.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest
from story_checks import codes as _codes
from test_heldout28 import PIER_HEADLINE, PIER_PARAGRAPHS
from test_review43 import _LINEUPS

import wirestory

_PARAGRAPHS = PIER_PARAGRAPHS
_MENU = "Vale Record\nNews\nBusiness\nSport\nWorld"
_FOOTER = "Share\nMost read\nAbout us\nContact us"


def _page(*paragraphs: str, header: str) -> str:
    return "\n".join((_MENU, PIER_HEADLINE, header, *paragraphs, _FOOTER)) + "\n"


def _people(story: wirestory.Story) -> list[tuple[str, str]]:
    return [(c.name, c.role) for c in story.contributors]


# --- A credit sharing its header line with the page's stamp ---------------------------


@pytest.mark.parametrize(
    ("line", "person"),
    [
        ("Photographs by Tom Bay | Updated March 4, 2025", ("Tom Bay", "photography")),
        ("Photographs by Tom Bay — March 4, 2025 10:32 AM", ("Tom Bay", "photography")),
        ("Reviewed by Jane Roe · 5 min read", ("Jane Roe", "reviewing")),
        ("Video by Ann Lee | 3 mins read", ("Ann Lee", "video")),
    ],
)
def test_credit_beside_the_pages_stamp_is_read(line: str, person: tuple[str, str]) -> None:
    """The line was no trailer read whole, nor two credits (silent46's
    ``credit_parts``): the person was lost, silently."""
    header = f"By Ivo Marsh\n{line}\nMarch 4, 2025"
    [story] = wirestory.parse(_page(*_PARAGRAPHS, header=header))
    assert story.byline is not None
    assert story.byline.names == ("Ivo Marsh",)
    assert _people(story) == [person]
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize(
    "line",
    [
        # A part naming something else (a place) is no stamp.
        "Photographs by Tom Bay | Kellsmouth harbour",
        # A writer's credit beside the stamp is the byline's, no contributor.
        "Written by Ann Lee | Updated March 4, 2025",
    ],
)
def test_line_with_a_part_that_is_no_stamp_or_no_credit_adds_no_contributor(line: str) -> None:
    header = f"By Ivo Marsh\n{line}\nMarch 4, 2025"
    [story] = wirestory.parse(_page(*_PARAGRAPHS, header=header))
    assert _people(story) == []
    assert list(story.body) == list(_PARAGRAPHS)


# --- A writer's sign-off under wire copy ------------------------------------------------

_WIRE_HEADLINE = "Harbour board votes to rebuild pier"


def _wire(*tail: str, byline: str = "By Jane Roe", blank: str = "\n\n") -> str:
    head = [_WIRE_HEADLINE, byline] if byline else [_WIRE_HEADLINE]
    return blank.join((*head, *_PARAGRAPHS, *tail)) + "\n"


@pytest.mark.parametrize(
    "tail", [("Jane Roe, USA TODAY",), ("Jane Roe, USA TODAY", "Contributing: Tom Hale")]
)
def test_sign_off_of_the_bylines_writer_is_a_trailer(tail: tuple[str, ...]) -> None:
    """``By Jane Roe`` … ``Jane Roe, USA TODAY``: the sign-off was the
    story's last paragraph, silently."""
    [story] = wirestory.parse(_wire(*tail))
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)
    assert story.byline.organization == "USA TODAY"
    assert list(story.body) == list(_PARAGRAPHS)
    assert _people(story) == [("Tom Hale", "contributing")] * (len(tail) - 1)


def test_sign_off_of_another_writer_is_said() -> None:
    [story] = wirestory.parse(_wire("Tom Hale, USA TODAY"))
    assert story.body[-1] == "Tom Hale, USA TODAY"
    assert "sign-off-in-body" in _codes(story)


@pytest.mark.parametrize("blank", ["\n\n", "\n"])
def test_sign_off_over_contributors_with_no_byline_is_the_byline(blank: str) -> None:
    """Over ``Contributing:`` (with a blank line between, or glued in
    single-line-break copy) the sign-off stayed the last paragraph, and glued
    the contributors too, silently."""
    text = _wire("Ivo Marsh, Kellsmouth Echo", byline="", blank="\n\n")
    text = text.rstrip("\n") + blank + "Contributing: Tom Hale\n"
    [story] = wirestory.parse(text)
    assert story.byline is not None
    assert story.byline.names == ("Ivo Marsh",)
    assert story.byline.organization == "Kellsmouth Echo"
    assert "byline-after-story" in _codes(story)
    assert list(story.body) == list(_PARAGRAPHS)
    assert _people(story) == [("Tom Hale", "contributing")]


def test_agencys_credit_under_a_bylined_story_stays_as_it_was() -> None:
    [story] = wirestory.parse(_wire("Jane Roe, AP"))
    assert story.byline is not None
    assert story.byline.organization is None
    assert "sign-off-in-body" not in _codes(story)


# --- A profile's About box is no press release's --------------------------------------

_PROFILE = (
    "Marta Lind has painted the south pier every morning for thirty years, in every kind "
    "of weather the coast can throw at her.",
    "Her pictures of the boats coming in hang in the town's small gallery, and a new show "
    "of them opens on Friday.",
    "She said the pier had changed less than the town around it, and that she hoped it "
    "would stay that way.",
)


def _about(heading: str, paragraph: str) -> wirestory.Story:
    header = "By Ivo Marsh\nMarch 4, 2025"
    [story] = wirestory.parse(_page(*_PROFILE, heading, paragraph, header=header))
    return story


def test_profiles_about_box_is_not_called_a_release() -> None:
    """``About Marta`` / ``Marta grew up …`` was said to be a press
    release's boilerplate (review46: a false alarm, the fields right)."""
    story = _about(
        "About Marta",
        "Marta grew up above her father's shop on Quay Street and began painting at sixteen.",
    )
    assert story.body[-1].startswith("Marta grew up")
    assert "release-boilerplate-in-body" not in _codes(story)


@pytest.mark.parametrize(
    ("heading", "paragraph"),
    [
        (
            "About Harlow Robotics",
            "Harlow Robotics designs and builds robots for warehouses. It is based in Ashford.",
        ),
        (
            "About Vale Fisheries",
            "Vale Fisheries is a family business founded in 1962 that lands fish at the pier.",
        ),
        (
            "About Tidewell",
            "Tidewell is a maker of ferry booking software headquartered in Kellsmouth, with "
            "offices in three ports.",
        ),
    ],
)
def test_organisations_about_box_is_still_said(heading: str, paragraph: str) -> None:
    story = _about(heading, paragraph)
    assert "release-boilerplate-in-body" in _codes(story)


# --- Wire copy one paragraph a line, over a list of names --------------------------------

_TRUSTEES = (
    "KELLSMOUTH — The harbour board named five new trustees on Monday.",
    "They will serve three years and meet once a month, the board said.",
)


@pytest.mark.parametrize(
    "lead", ["The new trustees are:", "The board chose them from forty people who applied."]
)
def test_list_of_names_under_single_line_paragraphs_stays_apart(lead: str) -> None:
    """Set one paragraph a line with no blank lines, the run read as a
    hard-wrapped paragraph: the list's first name was glued to the sentence
    over it (``… who applied. Ada Quinn``), silently."""
    names = ["Ada Quinn", "Tom Hale", "Rosa Quint"]
    text = "Harbour board names trustees\nBy Jane Roe\n" + "\n".join((*_TRUSTEES, lead, *names))
    [story] = wirestory.parse(text + "\n")
    first = _TRUSTEES[0].removeprefix("KELLSMOUTH — ")
    assert list(story.body) == [first, _TRUSTEES[1], lead, *names]


def test_byline_between_single_line_paragraphs_is_said() -> None:
    """``… for Sunday's tie. By Ivo Marsh`` was one paragraph, silently."""
    text = _LINEUPS
    [story] = wirestory.parse(text)
    assert "By Ivo Marsh" in story.body
    assert "byline-inside-story" in _codes(story)


def test_hard_wrapped_paragraph_still_joins() -> None:
    """A wrapped paragraph's lines end inside sentences: still one paragraph."""
    lines = (
        "KELLSMOUTH — The harbour board voted on Monday to rebuild the old",
        "south pier, closing a debate that has run for ten years in the town.",
        "Work is set to begin in the spring and will take two years, the board",
        "said in a statement after the vote on Monday night at the town hall.",
    )
    [story] = wirestory.parse("Harbour board votes to rebuild pier\n\n" + "\n".join(lines) + "\n")
    assert len(story.body) == 1


# --- heldout29's leftovers ---------------------------------------------------------------

_OBITUARY = """The Kell Courier
News
Obituaries
Tom Hale, who kept the lighthouse on Skerry Point, dies at 86
He lit the lamp every night for 40 years and logged every ship that passed
{span}
Rosa Quint
March 4, 2025
{lede}
His son, Ivo Hale, said he had been ill for some months.
{born}
Share
Obituaries
"""


_LEDE = (
    "Tom Hale, who kept the lighthouse on Skerry Point for four decades and wrote two books "
    "about the ships he watched, died on Feb. 28 at a care home in Kellsmouth. He was 86."
)
_BORN = (
    "Born on Skerry in 1938, he took over the light from his father in 1961 and stayed until "
    "it was automated."
)


@pytest.mark.parametrize("span", ["1938–2025", "(1938 - 2025)", "1938—2025"])
def test_obituarys_years_of_life_do_not_end_the_walk_to_the_headline(span: str) -> None:
    """The years between the deck and the writer ended the walk up: the
    site's name was the headline (said only ``headline-from-title``)."""
    [story] = wirestory.parse(_OBITUARY.format(span=span, lede=_LEDE, born=_BORN))
    assert story.headline == "Tom Hale, who kept the lighthouse on Skerry Point, dies at 86"
    assert story.byline is not None
    assert story.byline.names == ("Rosa Quint",)
    assert "headline-from-title" not in _codes(story)


_FARES_LEAD = (
    "Fares on the Kellsmouth ferry will rise by a fifth from April, the council said on "
    "Tuesday, blaming the cost of fuel and repairs to the slipway."
)
_READER_VIEW = """{host}
Ferry fares to rise by a fifth from April
Ivo Marsh
4–5 minutes
{lead}
Season tickets for islanders will rise by less, and children under five will still travel free.
"""


@pytest.mark.parametrize("host", ["kellsmouthecho.example", "www.harbour-voice.example"])
def test_reader_views_host_name_is_not_the_headline(host: str) -> None:
    """The host over a reader view's text was the headline, the headline
    its deck (said only ``headline-may-be-kicker``)."""
    [story] = wirestory.parse(_READER_VIEW.format(host=host, lead=_FARES_LEAD))
    assert story.headline == "Ferry fares to rise by a fifth from April"
    assert story.standfirst is None
    assert "headline-may-be-kicker" not in _codes(story)


def test_host_name_over_a_lead_stays_as_it_was() -> None:
    """A host over the story's first paragraph (no headline under it) is not
    passed over."""
    text, lead = "kellsmouthecho.example", _FARES_LEAD
    [story] = wirestory.parse(f"{text}\n{lead}\n")
    assert story.headline == "kellsmouthecho.example"
