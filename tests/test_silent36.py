"""The thirty-sixth silent-wrong round: readings the last session left wrong
with no diagnostic. Headless wire copy opening with its writer over the
story's date (``By Jane Roe`` / ``March 4, 2025``) kept both in the body's
first paragraph; ``WASHINGTON (APA) -`` named the Austrian agency; a
caption's ``(Egyptian Presidency) (AFP)`` kept the source in its text;
``Von AFP, mit Material von Reuters`` gave a writer ``Von AFP``; PTI's
``PTI ABC`` and a writer's address glued under the last paragraph stayed in
the body; ``Por Ana dos Santos`` and ``서울 김민수 특파원`` gave no byline;
``From James Park in London`` was a writer with no doubt said.

Every page and line here is invented, in the shape of real page text or wire
copy.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from news_pages import (
    LIBRARY_STORY,
    library_story,
    page_story_under_header,
    story_under_header,
    wire_story_under_header,
)
from story_checks import codes as _codes

import wirestory
from wirestory.bylines import find_byline, script_byline
from wirestory.captions import source_before_agency


def _parse(text: str) -> wirestory.Story:
    [story] = wirestory.parse(text)
    return story


def _roles(story: wirestory.Story) -> list[tuple[str, str]]:
    return [(s.role.value, s.rule) for s in story.segments if s.role.value != "blank"]


# --- Headless wire copy: the writer over the story's date ----------------------------


@pytest.mark.parametrize(
    ("header", "byline"),
    [
        ("By Jane Roe\nMarch 4, 2025", "By Jane Roe"),
        ("By Jane Roe\n\nMarch 4, 2025", "By Jane Roe"),
        ("By Jane Roe, Associated Press\nMarch 4, 2025", "By Jane Roe, Associated Press"),
        ("By Tom Hale\nTuesday, March 4, 2025 10:15 AM", "By Tom Hale"),
    ],
)
def test_byline_over_date_opening_headless_copy_is_read(header: str, byline: str) -> None:
    """The byline and the date were the body's first paragraph (or the date a
    subheading), silently."""
    story = _parse(f"{header}\n\n" + "\n\n".join(LIBRARY_STORY) + "\n")
    assert story.byline is not None
    assert story.byline.raw == byline
    assert story.body == LIBRARY_STORY
    assert ("furniture", "wire-date-line") in _roles(story)


@pytest.mark.parametrize(
    "headline",
    [
        # A headline over the date, no byline's word opening it.
        "The council met on Tuesday",
        # ``By`` opening a phrase no byline reads: a headline.
        "By the end of March",
    ],
)
def test_headline_over_date_keeps_its_reading(headline: str) -> None:
    story = _parse(f"{headline}\nMarch 4, 2025\n\n" + "\n\n".join(LIBRARY_STORY) + "\n")
    assert story.headline == headline
    assert story.byline is None
    assert story.body == LIBRARY_STORY


def test_lone_byline_opening_headless_copy_keeps_its_reading() -> None:
    story = _parse("By Jane Roe\n\n" + "\n\n".join(LIBRARY_STORY) + "\n")
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)
    assert story.body == LIBRARY_STORY


# --- An agency's acronym shared abroad: APA ------------------------------------------


def _dateline_agencies(dateline: str, lead: str) -> tuple[str, ...]:
    story = _parse(f"Council closes old library\n\n{dateline} {lead}\n\n{LIBRARY_STORY[1]}\n")
    assert story.dateline is not None
    return story.dateline.agencies


@pytest.mark.parametrize("dateline", ["WASHINGTON (APA) -", "BAKU (APA) -", "(APA) -"])
def test_apa_filed_outside_austria_names_no_austrian_agency(dateline: str) -> None:
    """It was Austria Presse Agentur, silently: the acronym is kept as written."""
    assert _dateline_agencies(dateline, LIBRARY_STORY[0]) == ("APA",)


@pytest.mark.parametrize(
    "dateline", ["Wien (APA) -", "VIENNA (APA) -", "LINZ, Austria (APA) -", "GRAZ (APA) -"]
)
def test_apa_filed_from_austria_is_the_austrian_agency(dateline: str) -> None:
    lead = "Der Gemeinderat hat am Dienstag beschlossen, die alte Bibliothek zu schließen."
    assert _dateline_agencies(dateline, lead) == ("Austria Presse Agentur",)


# --- A handout's source, then the agency, each in parentheses ------------------------

_CAPTION = "President Jane Roe meets the delegation in Cairo on Monday."


def _caption_story(caption: str, layout: str) -> wirestory.Story:
    text = f"{caption}\n\nCAIRO (Reuters) - {LIBRARY_STORY[0]}\n\n{LIBRARY_STORY[1]}\n"
    if layout == "wire":
        text = f"Council closes old library\n\n{text}"
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout="auto"))
    return story


@pytest.mark.parametrize("layout", ["wire", "headless"])
@pytest.mark.parametrize(
    ("source", "credited"),
    [("Egyptian Presidency", "Egyptian Presidency"), ("Handout", None)],
)
def test_source_then_agency_is_one_credit(layout: str, source: str, credited: str | None) -> None:
    """The source stayed the caption's last words (or, over a headless lead,
    the line was the headline), silently."""
    story = _caption_story(f"{_CAPTION} ({source}) (AFP)", layout)
    [caption] = story.captions
    assert caption.text == _CAPTION
    assert caption.credit == f"{source}/AFP"
    assert caption.agency == "Agence France-Presse"
    assert caption.source == credited


def test_source_then_agency_on_a_page() -> None:
    story = library_story(LIBRARY_STORY[0], f"{_CAPTION} (Egyptian Presidency) (AFP)")
    [caption] = story.captions
    assert (caption.text, caption.credit) == (_CAPTION, "Egyptian Presidency/AFP")


@pytest.mark.parametrize(
    ("caption", "text"),
    [
        (f"{_CAPTION} (AFP)", _CAPTION),
        # A note of the photo's, no source: the caption's words.
        (
            "A ferry leaves the port at dawn (file photo) (AFP)",
            "A ferry leaves the port at dawn (file photo)",
        ),
    ],
)
def test_one_credit_keeps_its_reading(caption: str, text: str) -> None:
    [read] = _caption_story(caption, "wire").captions
    assert (read.text, read.credit) == (text, "AFP")


@pytest.mark.parametrize("group", ["(Liberal Party)", "(VHB)", "(Oct. 8)", "(left)"])
def test_caption_words_in_parentheses_stay_the_captions(group: str) -> None:
    """A party, an acronym spelt out, a date: no source of the photo."""
    caption = f"Members of the group meet in Vale on Monday {group}"
    assert source_before_agency(caption, "AFP") == (caption, "AFP")


# --- A German desk's credit of the agencies it used, after a comma -------------------


@pytest.mark.parametrize(
    "line",
    [
        "Von AFP, mit Material von Reuters",
        "Von AFP und dpa, mit Material von Reuters",
        "Von dpa, mit Material von AFP und Reuters",
    ],
)
@pytest.mark.parametrize("layout", ["auto", "wire", "page"])
def test_agencies_credit_after_a_comma_is_the_byline(line: str, layout: str) -> None:
    """On a page the writer was ``Von AFP``; elsewhere no byline was read."""
    story = {
        "auto": story_under_header,
        "wire": wire_story_under_header,
        "page": page_story_under_header,
    }[layout](line)
    assert story.byline is not None
    assert story.byline.names == ()
    assert story.byline.organization == line[4:]
    assert story.body[0] == LIBRARY_STORY[0]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # A writer before the comma: the writer, as before.
        ("Von Anna Schmidt, mit Material von dpa", ("Anna Schmidt",)),
        # No agency after "mit Material von": no signature, as before.
        ("Von dpa, mit Material von der Polizei", None),
    ],
)
def test_lines_near_the_comma_credit_keep_their_reading(
    line: str, names: tuple[str, ...] | None
) -> None:
    byline = find_byline(line)
    assert (byline.names if byline is not None else None) == names


# --- PTI's one-writer signature -------------------------------------------------------


def _signed_story(signature: str) -> wirestory.Story:
    text = "Council closes old library\n\nNEW DELHI (PTI) - " + "\n\n".join(LIBRARY_STORY)
    return _parse(f"{text}\n\n{signature}\n")


@pytest.mark.parametrize("signature", ["PTI ABC", "PTI XYZ", "PTI ABC DEF"])
def test_desk_signature_of_one_writer_is_a_trailer(signature: str) -> None:
    """``PTI ABC`` was the body's last paragraph, silently."""
    story = _signed_story(signature)
    assert story.body == LIBRARY_STORY
    assert story.segments[-1].role is wirestory.Role.TRAILER


@pytest.mark.parametrize("line", ["AP US", "Reuters UK", "AFP TV", "AA NEWS", "PTI AB"])
def test_agency_and_a_service_code_stay_the_body(line: str) -> None:
    story = _signed_story(line)
    assert story.body == (*LIBRARY_STORY, line)


# --- The writer's address glued under the last paragraph ----------------------------

_WRAPPED_STORY = (
    "Council closes old library\n\n"
    "SEOUL, March 4 (Yonhap) -- The town council voted on Tuesday to close the old\n"
    "library on Mill Street after a long debate about its roof.\n\n"
    "Residents have until the end of the month to comment on the\n"
    "plan, which the council will vote on again in May.\n"
)
_LAST = (
    "Residents have until the end of the month to comment on the plan, which the council "
    "will vote on again in May."
)


@pytest.mark.parametrize(
    "address",
    [
        "jrk@yna.co.kr",
        "Jane Roe, jane.roe@valepost.example",
        "Seoul, Korea (Yonhap) jrk@yna.co.kr",
        "By Jane Roe (jane.roe@valepost.example)",
    ],
)
@pytest.mark.parametrize("under", ["", "(END)\n"])
def test_address_glued_under_the_last_paragraph_is_a_note(address: str, under: str) -> None:
    """With no ``(END)`` under it (or, for a signed address, with it) the
    address stayed the last paragraph's words, silently."""
    story = _parse(f"{_WRAPPED_STORY}{address}\n{under}")
    assert story.body[-1] == _LAST
    assert story.notes == (address,)


@pytest.mark.parametrize(
    "address", ["Jane Roe, jane.roe@valepost.example", "Seoul, Korea (Yonhap) jrk@yna.co.kr"]
)
def test_signed_address_as_its_own_paragraph_is_a_note(address: str) -> None:
    """The bureau's line was a photo's credit (credit-under-story); the
    writer's a paragraph of the story."""
    story = _parse(f"{_WRAPPED_STORY}\n{address}\n")
    assert story.body[-1] == _LAST
    assert story.notes == (address,)
    assert not story.captions


def test_sentence_going_on_into_an_address_stays_the_story() -> None:
    text = _WRAPPED_STORY.replace("again in May.", "again in May. Readers may write to")
    story = _parse(f"{text}Jane Roe, jane.roe@valepost.example\n")
    assert story.body[-1].endswith("Readers may write to Jane Roe, jane.roe@valepost.example")
    assert story.notes == ()


@pytest.mark.parametrize(
    "line",
    [
        "The council can be reached at info@vale.example.",
        "Readers can write to letters@valepost.example",
    ],
)
def test_sentence_giving_an_address_stays_the_story(line: str) -> None:
    story = _parse(f"{_WRAPPED_STORY}\n{line}\n")
    assert story.body[-1] == line
    assert story.notes == ()


# --- Portuguese particles in a name; a Korean correspondent's city before the name ---


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Por João Silva do Norte", ("João Silva do Norte",)),
        ("Por Ana dos Santos", ("Ana dos Santos",)),
        ("Por Maria das Dores Costa", ("Maria das Dores Costa",)),
        ("Por João da Silva e Ana dos Santos", ("João da Silva", "Ana dos Santos")),
    ],
)
def test_portuguese_particles_in_a_writers_name(line: str, names: tuple[str, ...]) -> None:
    """No byline was read: the line stayed the body's first paragraph."""
    story = story_under_header(line)
    assert story.byline is not None
    assert story.byline.names == names
    assert story.body[0] == LIBRARY_STORY[0]


@pytest.mark.parametrize("line", ["Por do Sol", "Por la tarde"])
def test_portuguese_phrases_after_por_are_no_byline(line: str) -> None:
    assert find_byline(line) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("서울 김민수 특파원", ("김민수",)),  # Seoul, the name, correspondent
        ("워싱턴 김민수 특파원", ("김민수",)),  # Washington, the name
        ("부산 김민수 기자", ("김민수",)),  # Busan, the name, reporter
    ],
)
def test_korean_post_before_the_writers_name(line: str, names: tuple[str, ...]) -> None:
    """The city read as the name and the name as a post: no byline."""
    byline = script_byline(line)
    assert byline is not None
    assert byline.names == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("김민수 특파원", ("김민수",)),
        ("김민수 서울 특파원", ("김민수",)),  # the post after the name
        ("서울 특파원", None),  # the post alone names no one
        ("서울 도쿄 특파원", None),  # two posts
        ("사진 김민수 기자", None),  # a photo's credit slot
    ],
)
def test_korean_lines_near_the_post_keep_their_reading(
    line: str, names: tuple[str, ...] | None
) -> None:
    byline = script_byline(line)
    assert (byline.names if byline is not None else None) == names


# --- From X in Place: X a person's name --------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        # A park named after a person, or a writer surnamed Park: outside
        # Korea the form cannot tell them apart.
        "From James Park in London",
        # More than two words, no given name opening them: a place's name.
        "From Hyde Park Corner in London",
        "From Royal Albert Hall in London",
    ],
)
@pytest.mark.parametrize("read", [story_under_header, wire_story_under_header])
def test_from_name_that_may_be_a_place_is_flagged(
    line: str, read: Callable[[str], wirestory.Story]
) -> None:
    """Each was the writer, silently."""
    story = read(line)
    assert story.byline is not None
    assert "byline-name-may-be-phrase" in _codes(story)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("From Mark Ellison in Madrid", ("Mark Ellison",)),
        ("From Jane Park in Seoul", ("Jane Park",)),
        ("From Mary Jane Roe in Madrid", ("Mary Jane Roe",)),
        ("From Jane Roe and Tom Hale in Madrid", ("Jane Roe", "Tom Hale")),
        # The line goes on as a sentence: no byline, as before.
        ("From Mark Ellison in Madrid, where the talks began", None),
    ],
)
def test_from_writer_stays_unflagged(line: str, names: tuple[str, ...] | None) -> None:
    story = story_under_header(line)
    assert (story.byline.names if story.byline is not None else None) == names
    assert "byline-name-may-be-phrase" not in _codes(story)
