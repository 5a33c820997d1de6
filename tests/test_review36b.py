"""The review of the thirty-sixth silent-wrong round's rules: where each new
rule read a text of its form wrongly, silently. ``AP USA`` under a story was
cut as a one-writer desk signature; ``Chief executive Jane Roe (Vale Port
Authority) (AFP)`` took the person's affiliation for a handout's source;
``서울 정치부 기자`` named the politics desk as the writer; ``By Jane Roe do``
read a name ending in the particle ``do``; two bylines over dates read the
first row of a list as the story's byline.

Every page and line here is invented, in the shape of real page text or wire
copy.
"""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY

import wirestory
from wirestory.bylines import find_byline, script_byline
from wirestory.captions import source_before_agency


def _parse(text: str) -> wirestory.Story:
    [story] = wirestory.parse(text)
    return story


# --- One writer's desk signature: only after an agency whose desk signs so ---------


def _signed_story(signature: str) -> wirestory.Story:
    text = "Council closes old library\n\nNEW DELHI (PTI) - " + "\n\n".join(LIBRARY_STORY)
    return _parse(f"{text}\n\n{signature}\n")


@pytest.mark.parametrize(
    "line", ["AP USA", "Reuters USA", "AFP USA", "dpa USA", "AP NYC", "IANS ABC"]
)
def test_agency_and_a_three_letter_code_stay_the_body(line: str) -> None:
    """Each was cut from the body as PTI's one-writer signature, silently."""
    story = _signed_story(line)
    assert story.body == (*LIBRARY_STORY, line)


@pytest.mark.parametrize("signature", ["PTI ABC", "PTI XYZ", "AFP ABC DEF", "PTI ABC DEF"])
def test_desk_signatures_stay_trailers(signature: str) -> None:
    story = _signed_story(signature)
    assert story.body == LIBRARY_STORY
    assert story.segments[-1].role is wirestory.Role.TRAILER


# --- An institution in parentheses before the agency: a source after a sentence ----


@pytest.mark.parametrize(
    "caption",
    [
        # The person's affiliation, right after the name.
        "Chief executive Jane Roe (Vale Port Authority)",
        "Jane Roe, a lecturer at the school (Vale University)",
        # A phrase with no sentence's end: the form cannot tell.
        "Chief executive Jane Roe speaks in Vale on Monday (Vale Port Authority)",
    ],
)
def test_institution_after_a_name_stays_the_captions(caption: str) -> None:
    """The institution was the credit's source, silently."""
    assert source_before_agency(caption, "AFP") == (caption, "AFP")


def test_institution_after_a_name_in_wire_copy() -> None:
    caption = "Chief executive Jane Roe (Vale Port Authority)"
    text = (
        f"Council closes old library\n\n{caption} (AFP)\n\n"
        f"CAIRO (Reuters) - {LIBRARY_STORY[0]}\n\n{LIBRARY_STORY[1]}\n"
    )
    [read] = _parse(text).captions
    assert (read.text, read.credit) == (caption, "AFP")


@pytest.mark.parametrize(
    ("caption", "source"),
    [
        ("Jane Roe speaks in Vale on Monday.", "Vale Port Authority"),
        ("Jane Roe speaks in Vale on Monday.", "Handout"),
        # A credit naming no one needs no sentence's end.
        ("Jane Roe speaks in Vale on Monday", "Handout"),
    ],
)
def test_source_after_a_sentence_joins_the_credit(caption: str, source: str) -> None:
    assert source_before_agency(f"{caption} ({source})", "AFP") == (caption, f"{source}/AFP")


# --- A Korean post's city, then a desk's or a beat's word ---------------------------


@pytest.mark.parametrize(
    "line",
    [
        "서울 정치부 기자",  # Seoul, the politics desk, reporter
        "서울 문화 기자",  # Seoul, culture, reporter
        "서울 국제 특파원",  # Seoul, international, correspondent
        "서울 한국 기자",  # Seoul, Korea, reporter
    ],
)
def test_korean_desk_after_the_city_names_no_one(line: str) -> None:
    """The desk's or the beat's word was the writer, silently."""
    assert script_byline(line) is None


@pytest.mark.parametrize("line", ["서울 김민수 특파원", "부산 이지은 기자"])
def test_korean_name_after_the_city_stays_the_writer(line: str) -> None:
    byline = script_byline(line)
    assert byline is not None
    assert byline.names == (line.split()[1],)


# --- A name particle stands between a name's words, never last ---------------------


@pytest.mark.parametrize("line", ["By Jane Roe do", "By Jane Roe do and Tom Hale", "By Jane do"])
def test_particle_closing_a_name_is_no_name(line: str) -> None:
    """``Jane Roe do`` was the writer, silently."""
    assert find_byline(line) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Por Ana dos Santos", ("Ana dos Santos",)),
        ("By Piet van der Berg", ("Piet van der Berg",)),
        ("Por João da Silva e Ana dos Santos", ("João da Silva", "Ana dos Santos")),
        ("By Jane Roe", ("Jane Roe",)),
    ],
)
def test_particles_between_a_names_words_stay_the_name(line: str, names: tuple[str, ...]) -> None:
    byline = find_byline(line)
    assert byline is not None
    assert byline.names == names


# --- Bylines over dates as a list's rows ---------------------------------------------


def test_two_bylines_over_dates_are_no_header() -> None:
    """The first row was the byline and the second the body's first
    paragraph, silently."""
    rows = "By Jane Roe\nMarch 4, 2025\n\nBy Tom Hale\nMarch 5, 2025"
    story = _parse(f"{rows}\n\n" + "\n\n".join(LIBRARY_STORY) + "\n")
    assert story.byline is None
    assert story.body[:2] == ("By Jane Roe March 4, 2025", "By Tom Hale March 5, 2025")


def test_one_byline_over_a_date_stays_the_header() -> None:
    story = _parse("By Jane Roe\nMarch 4, 2025\n\n" + "\n\n".join(LIBRARY_STORY) + "\n")
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)
    assert story.body == LIBRARY_STORY


# --- The story's own list of addresses under a line introducing it ------------------

_WARD_STORY = (
    "Council closes old library\n\n"
    "LONDON (Reuters) - The town council voted on Tuesday to close the old\n"
    "library on Mill Street after a long debate about its roof.\n\n"
)
_WARD_LEAD = (
    "The town council voted on Tuesday to close the old library on Mill Street after a long "
    "debate about its roof."
)
_WARD_INTRO = "Residents can send comments to the councillors for each ward:"
_WARD_ROWS = (
    ("North Ward: Jane Roe, jane.roe@vale.example", "South Ward: Tom Hale, tom.hale@vale.example"),
    ("Jane Roe, jane.roe@vale.example", "Tom Hale, tom.hale@vale.example"),
)


@pytest.mark.parametrize("rows", _WARD_ROWS)
def test_list_of_addresses_under_its_introduction_stays_the_story(
    rows: tuple[str, str],
) -> None:
    """The rows went to the notes, the story ending on its colon, silently."""
    story = _parse(_WARD_STORY + f"{_WARD_INTRO}\n\n" + "\n\n".join(rows) + "\n")
    assert story.body == (_WARD_LEAD, _WARD_INTRO, *rows)
    assert story.notes == ()


@pytest.mark.parametrize("address", ["Jane Roe, jane.roe@valepost.example", "jrk@yna.co.kr"])
def test_writers_address_under_a_sentence_stays_a_note(address: str) -> None:
    story = _parse(_WARD_STORY + f"Residents may comment until May.\n\n{address}\n")
    assert story.body == (_WARD_LEAD, "Residents may comment until May.")
    assert story.notes == (address,)


# --- A signed address glued under a line that does not end a sentence --------------

_CONSULATE = "Travellers with questions should contact the U.S."
_READERS = "Residents have until May to comment. Readers may write to"


@pytest.mark.parametrize(
    ("above", "address", "under"),
    [
        # An abbreviation's full stop: the sentence goes on into the address.
        (_CONSULATE, "Embassy Consular Section consular@vale.example", ""),
        (_CONSULATE, "Embassy Consular Section consular@vale.example", "(END)\n"),
        # Over (END), a line going on into the address.
        (_READERS, "Jane Roe, jane.roe@valepost.example", "(END)\n"),
    ],
)
def test_address_closing_the_sentence_over_it_stays_the_story(
    above: str, address: str, under: str
) -> None:
    """The address was cut off the sentence into the notes, silently."""
    story = _parse(_WARD_STORY + f"{above}\n{address}\n{under}")
    assert story.body == (_WARD_LEAD, f"{above} {address}")
    assert story.notes == ()


@pytest.mark.parametrize("under", ["", "(END)\n"])
def test_signed_address_under_a_sentence_stays_a_note(under: str) -> None:
    address = "Jane Roe, jane.roe@valepost.example"
    story = _parse(_WARD_STORY + f"Residents have until May to comment.\n{address}\n{under}")
    assert story.body == (_WARD_LEAD, "Residents have until May to comment.")
    assert story.notes == (address,)
