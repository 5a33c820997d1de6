"""Never silently wrong, twentieth round: bylines read wrong with no
diagnostic, each re-created with invented text. Each test failed on the code
before (but where it says it held already); the near-misses read like them
and stay as they were."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from news_pages import page_story_under_header, story_under_header, wire_story_under_header
from story_checks import codes as _codes

import wirestory
from wirestory.bylines import find_byline, find_page_byline

_Reader = Callable[[str], wirestory.Story]
_LAYOUTS: list[_Reader] = [wire_story_under_header, page_story_under_header, story_under_header]


def _byline(story: wirestory.Story) -> tuple[tuple[str, ...], str | None]:
    assert story.byline is not None
    return story.byline.names, story.byline.organization


# --- 1. A place and a date after the writer's comma ---------------------------------


@pytest.mark.parametrize("read", [wire_story_under_header, story_under_header])
@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("By Jane Roe, New Delhi, Nov 19", "New Delhi"),
        ("By Jane Roe, Port Ellis, 4 March 2025", "Port Ellis"),
    ],
)
def test_a_place_and_a_date_after_the_name_give_one_writer(
    read: _Reader, line: str, place: str
) -> None:
    """Wire copy's ``By Jane Roe, New Delhi, Nov 19``: one writer, the place
    they filed from; two writers then a date read the same, so it says so.
    (The page layout read it so already.)"""
    story = read(line)
    assert _byline(story) == (("Jane Roe",), place)
    assert "byline-place-after-name" in _codes(story)


@pytest.mark.parametrize("read", [wire_story_under_header, story_under_header])
def test_two_writers_with_a_comma_and_no_date_stay_in_wire_copy(read: _Reader) -> None:
    """Near miss: ``By JANE DOE, JOHN ROE``, wire copy's two writers."""
    story = read("By JANE DOE, JOHN ROE")
    assert _byline(story) == (("JANE DOE", "JOHN ROE"), None)
    assert "byline-place-after-name" not in _codes(story)


def test_writers_joined_by_and_then_a_place_and_a_date_need_no_diagnostic() -> None:
    """Near miss: ``and`` ends the writers' list; the place after it is sure."""
    story = wire_story_under_header("By Jane Roe and Tom Hale, Port Ellis, Nov 19")
    assert _byline(story) == (("Jane Roe", "Tom Hale"), "Port Ellis")
    assert "byline-place-after-name" not in _codes(story)


# --- 2. A street address after the writer's comma -----------------------------------


@pytest.mark.parametrize("read", _LAYOUTS)
@pytest.mark.parametrize("line", ["By Jane Roe, 10 Downing Street", "By Jane Roe, 42 Harbour Road"])
def test_a_street_address_is_no_organisation(read: _Reader, line: str) -> None:
    """``By Jane Roe, 10 Downing Street``: the address was the organisation;
    the raw keeps it, the organisation is None."""
    story = read(line)
    assert _byline(story) == (("Jane Roe",), None)
    assert story.byline is not None
    assert story.byline.raw == line


@pytest.mark.parametrize(
    ("line", "organization"),
    [
        ("By Jane Roe, Harbour Road Gazette", "Harbour Road Gazette"),
        ("By Jane Roe, 7News", "7News"),
    ],
)
def test_an_outlet_with_a_street_word_or_a_number_stays(line: str, organization: str) -> None:
    """Near miss: no house number, or one word: the organisation stays."""
    found = find_byline(line)
    assert found is not None
    assert found.organization == organization


# --- 3. The writer's credentials and the date ---------------------------------------


@pytest.mark.parametrize("read", _LAYOUTS)
@pytest.mark.parametrize(
    "line",
    [
        "Written by Jane Roe, MS, RD on March 4, 2025",
        "By Jane Roe, MD",
        "By Jane Roe, Ph.D.",
        "By Jane Roe, RN, CPA",
    ],
)
def test_credentials_after_the_name_are_no_organisation(read: _Reader, line: str) -> None:
    """Post-nominal letters (and the date after ``on``) were the organisation
    (``Ph.D.``, a name's shape, a second writer)."""
    story = read(line)
    assert _byline(story) == (("Jane Roe",), None)


def test_credentials_then_an_organisation_give_the_organisation() -> None:
    found = find_byline("By Jane Roe, Ph.D., Harbour Clinic")
    assert found is not None
    assert (found.names, found.organization) == (("Jane Roe",), "Harbour Clinic")


def test_a_second_writer_after_the_first_writer_s_credentials_is_a_writer() -> None:
    found = find_byline("By Jane Roe, MD, and Tom Hale, RN")
    assert found is not None
    assert (found.names, found.organization) == (("Jane Roe", "Tom Hale"), None)


def test_a_second_writer_whose_name_opens_like_a_credential_stays() -> None:
    """Near miss: ``Md`` abbreviates Mohammad in Bangladeshi names: a name,
    not the credential, when more words follow it."""
    found = find_byline("By Jane Roe, Md Karim Hossain")
    assert found is not None
    assert found.names == ("Jane Roe", "Md Karim Hossain")


def test_a_state_s_code_after_a_city_stays() -> None:
    """Near miss: ``Jackson, MS`` (a city and a state's code) stays together."""
    found = find_byline("By Jane Roe, Jackson, MS")
    assert found is not None
    assert found.organization == "Jackson, MS"


# --- 4. Staff writers in the plural (held already) ----------------------------------


@pytest.mark.parametrize("read", _LAYOUTS)
def test_a_plural_staff_title_reads_as_the_singular(read: _Reader) -> None:
    """Held before: ``Times Staff Writers`` after two writers is their title,
    as ``Times Staff Writer`` after one."""
    plural = read("By Jane Roe and Tom Hale, Times Staff Writers")
    singular = read("By Jane Roe, Times Staff Writer")
    assert _byline(plural) == (("Jane Roe", "Tom Hale"), "Times Staff Writers")
    assert _byline(singular) == (("Jane Roe",), "Times Staff Writer")


# --- 5. "and the Associated Press" (held already) -----------------------------------


@pytest.mark.parametrize("read", _LAYOUTS)
def test_the_agency_after_and_keeps_its_article(read: _Reader) -> None:
    """Held before: ``By Jane Roe and the Associated Press``."""
    story = read("By Jane Roe and the Associated Press")
    assert _byline(story) == (("Jane Roe",), "the Associated Press")


# --- 6. The photographer after a bar on the writer's line ---------------------------


@pytest.mark.parametrize("read", _LAYOUTS)
@pytest.mark.parametrize(
    ("line", "organization"),
    [
        ("WRITER: Jane Roe | PHOTOGRAPHER: Tom Hale", None),
        ("By Jane Roe | Photos: Tom Hale", None),
        ("By Jane Roe | Vale Post | Photographer: Tom Hale", "Vale Post"),
    ],
)
def test_the_photographer_is_neither_writer_nor_organisation(
    read: _Reader, line: str, organization: str | None
) -> None:
    """The photographer's credit after the bar was the organisation."""
    story = read(line)
    assert _byline(story) == (("Jane Roe",), organization)


def test_an_outlet_after_the_bar_stays() -> None:
    """Near miss: ``By Jane Roe | Vale Post``."""
    found = find_page_byline("By Jane Roe | Vale Post")
    assert found is not None
    assert found.organization == "Vale Post"


# --- 7. Openers of other languages --------------------------------------------------


@pytest.mark.parametrize("read", _LAYOUTS)
@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Na Jane Roe", ("Jane Roe",)),  # Swahili
        ("Deur Jane Roe", ("Jane Roe",)),  # Afrikaans
        ("Deur Jane Roe en Tom Hale", ("Jane Roe", "Tom Hale")),
        ("Av Per Hansen", ("Per Hansen",)),  # Swedish, Norwegian
    ],
)
def test_an_opener_of_another_language_is_no_first_name(
    read: _Reader, line: str, names: tuple[str, ...]
) -> None:
    story = read(line)
    assert _byline(story) == (names, None)


@pytest.mark.parametrize("line", ["Per Hansen", "Na Hye-jin"])
def test_a_given_name_like_an_opener_stays_a_name(line: str) -> None:
    """Near miss: ``Per`` is a Scandinavian given name, ``Na`` a Korean
    surname: a name alone under the headline stays the name."""
    story = page_story_under_header(line)
    assert _byline(story) == ((line,), None)
