"""Findings of the read-only review of the 2026-12-06 (third session) merges
that were fixed in the modules they name: a family name set in capitals after
``do``/``da`` is no outlet's initials, a photographer's empty name does not
raise, and the common-noun test of a title-case dateline asks a substring
first with the same answers; and a byline holding a daughter-of link
(``binti``), found left in the body by alarm37.

Every line here is invented, in the shape of real bylines and datelines.
"""

from __future__ import annotations

import pytest

import wirestory
from wirestory.bylines import find_byline
from wirestory.captions import photographer_may_be_place
from wirestory.datelines import find_dateline


@pytest.mark.parametrize(
    "line",
    ["Por Ana Maria do NASCIMENTO", "Por Pedro Alves da CONCEIÇÃO", "Por Rita Lopes dos SANTOS"],
)
def test_family_name_in_capitals_after_particle_is_no_outlet(line: str) -> None:
    """Agencies print family names in capitals (``Ana Maria do
    NASCIMENTO``): a word of five capitals or more after ``do``/``da`` is the
    name's, not an outlet's initials."""
    byline = find_byline(line)
    assert byline is not None
    assert byline.organization is None
    assert byline.names == (line.removeprefix("Por "),)


@pytest.mark.parametrize(
    ("line", "names", "organization"),
    [
        ("Por Ana Souza da CNN", ("Ana Souza",), "da CNN"),
        ("Por Ana Souza do IBGE", ("Ana Souza",), "do IBGE"),
        ("Por João Silva do Globo", ("João Silva",), "do Globo"),
    ],
)
def test_outlet_initials_after_particle_still_read(
    line: str, names: tuple[str, ...], organization: str
) -> None:
    byline = find_byline(line)
    assert byline is not None
    assert (byline.names, byline.organization) == (names, organization)


def test_empty_photographer_is_no_place() -> None:
    """An empty name read from ``()`` before a credit raised IndexError."""
    assert photographer_may_be_place("Pupils leave the library. () (AFP)", "") is False
    assert photographer_may_be_place("Pupils leave. (Jane Hill) (AFP)", "Jane Hill") is True


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("Berlin (dpa) - Die Fährleute streiken seit Montag.", "Berlin"),
        ("Orange (AFP) - The mayor of Orange said the orange groves froze.", "Orange"),
        ("Mobile (AP) - Police in Mobile said the road reopened.", "Mobile"),
    ],
)
def test_title_case_dateline_read(paragraph: str, place: str) -> None:
    dateline = find_dateline(paragraph)
    assert dateline is not None
    assert dateline.places == (place,)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Crews (AP) - Road crews worked through the night to clear the roads.",
        "Crews (AP) - A crew worked through the night to clear the roads.",
    ],
)
def test_common_noun_before_agency_still_no_dateline(paragraph: str) -> None:
    assert find_dateline(paragraph) is None


_FERRY_PARAGRAPHS = (
    "Ferry crews returned to work on Monday after a week-long strike over pay, the operator said.\n"
    "\n"
    "The first crossing left the harbour at dawn with about forty passengers on board.\n"
)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("From Nurul Ain binti Yusof in Kuala Lumpur", "Nurul Ain binti Yusof"),
        ("From Siti Aminah binte Ahmad in Johor Bahru", "Siti Aminah binte Ahmad"),
        ("By Fatima bint Khalid", "Fatima bint Khalid"),
    ],
)
def test_daughter_of_link_in_a_byline(line: str, name: str) -> None:
    """``binti``, ``binte``, ``bint`` (daughter of) join a Malay or Arabic
    name as ``bin`` does: the line is the byline, not the first paragraph
    (alarm37 found it left in the body, silently)."""
    text = f"Harbour ferry service resumes after strike\n\n{line}\n\n{_FERRY_PARAGRAPHS}"
    [story] = wirestory.parse(text)
    assert story.byline is not None
    assert story.byline.names == (name,)
    assert story.body[0].startswith("Ferry crews")


@pytest.mark.parametrize("text", ["\r\ufeffTT", "Ferry crews strike\n\n\n\ufeffTT\n", "\ufeffTT"])
def test_chunk_opening_with_a_mark_reads_as_in_the_text(text: str) -> None:
    """A story cut from a text reads as the text reads it: a byte order mark
    past the text's start is a character of its line (``\\ufeffTT`` is no
    marker there), and ``parse_story`` of the chunk opening with it reads the
    same (found by CI's property run: ``\\r\\ufeffTT``)."""
    chunks = wirestory.split_stories(text)
    stories = wirestory.parse(text)
    assert len(chunks) == len(stories)
    for chunk, story in zip(chunks, stories, strict=True):
        alone = wirestory.parse_story(chunk.text)
        assert (alone.headline, alone.body) == (story.headline, story.body)


def test_second_writers_ni_in_small_letters_keeps_the_byline() -> None:
    """Tagalog ``Ni Juan Cruz, kasama ni Maria Santos``: the second ``ni`` is
    small, a credit's link, not Spanish ``Ni … Ni …`` (neither … nor)."""
    byline = find_byline("Ni Juan Cruz, kasama ni Maria Santos")
    assert byline is not None
    assert byline.names[0] == "Juan Cruz"
    assert find_byline("Ni Messi Ni Ronaldo") is None


def test_headline_with_a_code_and_a_date_is_no_print_folio() -> None:
    """``G7 SUMMIT  March 4, 2025`` reads like a folio (``G7`` a page's number,
    one word of a paper's name): a folio names the paper in two words or more."""
    text = (
        "G7 SUMMIT  March 4, 2025\n\nROME (Reuters) - Leaders of the group met on Tuesday "
        "to discuss trade and energy prices, officials said.\n\nThe talks continue on Wednesday.\n"
    )
    [story] = wirestory.parse(text)
    assert story.headline == "G7 SUMMIT March 4, 2025"


def test_from_and_a_number_is_no_print_jump() -> None:
    """A jump line names its page (``From Page A1``, ``Continued from A1``);
    ``From 100`` alone is none."""
    text = (
        "Council backs ferry plan\n\nFrom 100\n\n"
        "The council backed the plan on Monday after a long debate, members said.\n"
    )
    [story] = wirestory.parse(text)
    assert story.body[0] == "From 100"
