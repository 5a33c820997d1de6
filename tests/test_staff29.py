"""Round staff29: a byline signed by the newsroom or the wires, naming no
person (``By Staff``, ``By Staff and Wire Reports``, ``By Reuters and AP``),
was no byline and headed the body silently, or (``By Wire Reports``) gave
the invented writer ``Wire Reports``. It is now the byline, the signature
its organisation and no names, as ``By Reuters`` has always been read. A
Korean correspondent's post of a compass word and a region (``남수단
특파원``, South Sudan) was read as the writer ``남수단``.

Every line here is invented, in the shape of real bylines.
"""

from __future__ import annotations

import pytest
from news_pages import page_story_under_header, story_under_header
from story_checks import codes as _codes
from test_silent27 import _korean_page

import wirestory
from wirestory.bylines import find_page_byline, script_byline

_SIGNATURES = (
    "By Staff and Wire Reports",
    "By Staff",
    "By Staff Writer",
    "By Staff Reports",
    "By Wire Reports",
    "By Reuters and AP",
    "By AFP and Reuters",
    "By Staff and Agencies",
    "BY STAFF AND WIRE REPORTS",
)


@pytest.mark.parametrize("line", _SIGNATURES)
def test_a_newsroom_signature_is_a_byline_naming_no_person(line: str) -> None:
    byline = wirestory.find_byline(line)
    assert byline is not None
    assert byline.names == ()
    assert byline.organization == line[3:]
    assert find_page_byline(line) == byline


@pytest.mark.parametrize("line", _SIGNATURES)
@pytest.mark.parametrize("layout", ["wire", "auto"])
def test_a_newsroom_signature_leaves_the_body(line: str, layout: str) -> None:
    """Before, the line headed the body (or gave a writer) with no diagnostic."""
    story = story_under_header(line, layout)
    assert story.byline is not None
    assert story.byline.names == ()
    assert story.byline.organization == line[3:]
    assert story.body[0].startswith("The town council voted")
    assert line not in story.body


@pytest.mark.parametrize("line", _SIGNATURES)
def test_a_newsroom_signature_is_a_page_header_byline(line: str) -> None:
    """Before, the page's header took the line as furniture, no byline."""
    story = page_story_under_header(line)
    assert story.byline is not None
    assert story.byline.names == ()
    assert story.byline.organization == line[3:]


# --- Near-misses: the readings that stay ---------------------------------------


@pytest.mark.parametrize(
    ("line", "names", "organization"),
    [
        ("By Jane Roe", ("Jane Roe",), None),
        ("By Jane Roe and Tom Smith", ("Jane Roe", "Tom Smith"), None),
        ("By Jane Roe and Agencies", ("Jane Roe",), "Agencies"),
        ("By Jane Roe, Staff Writer", ("Jane Roe",), "Staff Writer"),
        ("By Reuters", (), "Reuters"),
        ("By The Associated Press", (), "The Associated Press"),
    ],
)
def test_writers_and_an_agency_alone_read_as_before(
    line: str, names: tuple[str, ...], organization: str | None
) -> None:
    byline = wirestory.find_byline(line)
    assert byline is not None
    assert (byline.names, byline.organization) == (names, organization)


@pytest.mark.parametrize(
    "line",
    [
        "By staff accounts, the council was split",
        "By staff and wire reports",
        "By Staff accounts",
        "By Staff and Students",
        "By Wire Reports Of The Storm",
    ],
)
def test_prose_and_other_words_after_by_are_no_signature(line: str) -> None:
    """A newsroom's signature is capitalised and every part of it a
    newsroom's word or an agency: prose after ``By`` stays no byline."""
    assert wirestory.find_byline(line) is None


def test_a_title_before_a_name_is_no_signature() -> None:
    """``By Staff Sgt. Jane Roe`` opens with ``Staff`` but names a person: it is
    no newsroom's signature (whether it is read as a writer is left as it was)."""
    byline = wirestory.find_byline("By Staff Sgt. Jane Roe")
    assert byline is None or byline.organization != "Staff Sgt. Jane Roe"


# --- A Korean correspondent's post: a compass word before a region ------------

_COMPASS_POSTS = ("남수단 특파원", "서유럽 특파원", "남중국 특파원", "남아공 특파원", "남극 특파원")


@pytest.mark.parametrize("line", _COMPASS_POSTS)
def test_a_compass_word_before_a_region_is_the_post_no_writer(line: str) -> None:
    """``남수단`` (South Sudan), ``서유럽`` (Western Europe): the compass word
    "남"/"서" is a common family name too, so the place was read as the
    correspondent's name, with no diagnostic."""
    assert script_byline(line) is None
    story = _korean_page(line)
    assert story.byline is None or line.split()[0] not in story.byline.names


_COMPASS_NAMES = ("남수진 특파원", "서민준 특파원", "남도하 특파원", "서인도 특파원")


@pytest.mark.parametrize("line", _COMPASS_NAMES)
def test_a_family_name_of_a_compass_word_before_a_given_name_stays_a_writer(line: str) -> None:
    """Near misses, held: ``남``/``서`` before a given name's syllables (or a
    city's, ``도하``, or a country's a given name may spell, ``인도``) is a
    person's name."""
    byline = script_byline(line)
    assert byline is not None
    assert byline.names == (line.split()[0],)


# --- Given names alone: no writer read, the doubt said ----------------------------


@pytest.mark.parametrize(
    "line", ["By Jane and Tom", "Por Ana y Juan Pérez García", "By Ann, Jo and Kim"]
)
@pytest.mark.parametrize("layout", ["wire", "auto"])
def test_given_names_under_the_headline_are_doubted(line: str, layout: str) -> None:
    """Given names alone (or a given name before a name of three words, whose
    two family names it may share) name no writer by form; the line headed the
    body with no diagnostic. It stays in the body and the story says it may be
    the byline."""
    story = story_under_header(line, layout)
    assert story.byline is None
    assert line in story.body
    assert "byline-given-names-only" in _codes(story)


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Roe",
        "By Jane Roe and Tom Smith",
        "By Jane and Tom Roe",
        "By Staff and Wire Reports",
        "By the numbers",
        "By staff accounts, the council was split",
    ],
)
def test_writers_and_prose_under_the_headline_are_not_doubted(line: str) -> None:
    story = story_under_header(line, "wire")
    assert "byline-given-names-only" not in _codes(story)


@pytest.mark.parametrize("line", ["By Jane and Tom", "Por Ana y Juan Pérez García"])
def test_given_names_in_a_page_header_are_doubted(line: str) -> None:
    """The page's header left the line out as furniture, no byline, silently."""
    story = page_story_under_header(line)
    assert story.byline is None
    assert "byline-given-names-only" in _codes(story)


@pytest.mark.parametrize("line", ["By Jane Roe", "By Jane Roe and Tom Smith", "By Staff"])
def test_a_page_header_byline_is_not_doubted(line: str) -> None:
    story = page_story_under_header(line)
    assert story.byline is not None
    assert "byline-given-names-only" not in _codes(story)
