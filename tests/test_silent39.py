"""The thirty-ninth silent-wrong round: readings the last session left wrong
with no diagnostic. ``BY JANE ROE IN LONDON AND TOM BAY IN PARIS``, two
writers each with the place they filed from, was no byline; ``Crews (AP) -
Ferry workers …`` was a dateline (and a dump's cut), ``Wells (Reuters) - …
as well`` was none; a page's two-word headline over a summary box of one
bulleted row lost its place to the bullet; a print column's headline block
holding its byline and the writer's title lost the byline in the body; a
marked story copied with no blank lines read its body as one paragraph;
``Por Ana Lima do Diário do Vale`` was no byline, ``da LUZ`` an outlet with
no doubt said, ``Foto di ROMA`` a photo's credit.

Every page and line here is invented, in the shape of real page text or wire
copy.
"""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_CAPTION, LIBRARY_STORY, three_readings
from story_checks import codes as _codes

import wirestory
from wirestory.bylines import find_byline, find_page_byline, page_person_names
from wirestory.captions import is_credit_line, split_credit
from wirestory.datelines import find_dateline

# --- Two writers, each with the place they filed from --------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("BY JANE ROE IN LONDON AND TOM BAY IN PARIS", ("JANE ROE", "TOM BAY")),
        ("By Jane Roe in London and Tom Bay in Paris", ("Jane Roe", "Tom Bay")),
        ("By Jane Roe in Port Ellis and Tom Bay in New York", ("Jane Roe", "Tom Bay")),
    ],
)
def test_two_writers_each_with_a_place(line: str, names: tuple[str, ...]) -> None:
    """The first writer's place before ``and`` made the names no names: the
    line was the body's first paragraph, silently."""
    for story in three_readings(line):
        assert story.byline is not None
        assert story.byline.names == names
        assert story.body[0] == LIBRARY_STORY[0]


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Roe in London, Tom Bay in Paris and Ann Lee in Rome",
        "By Jane Roe in London, Tom Bay and Ann Lee in Rome",
        # One place for the list: the last writers were the organisation.
        "By Jane Roe, Tom Bay and Ann Lee in Rome",
    ],
)
def test_three_writers_with_places(line: str) -> None:
    for story in three_readings(line):
        assert story.byline is not None
        assert story.byline.names == ("Jane Roe", "Tom Bay", "Ann Lee")
        assert story.byline.organization is None


def test_outlet_in_a_list_before_a_place_keeps_its_reading() -> None:
    """A paper's name is never read as a writer here."""
    byline = find_byline("By Jane Roe, Harbour Times and Ann Lee in Rome")
    assert byline is not None
    assert byline.names == ("Jane Roe",)


def test_two_writers_each_with_a_place_without_opener() -> None:
    byline = page_person_names("Jane Roe in London and Tom Bay in Paris")
    assert byline is not None
    assert byline.names == ("Jane Roe", "Tom Bay")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # One place for both writers; one writer with a place.
        ("By Jane Roe and Tom Bay in Paris", ("Jane Roe", "Tom Bay")),
        ("BY JANE ROE IN LONDON", ("JANE ROE",)),
    ],
)
def test_writers_with_one_place_keep_their_reading(line: str, names: tuple[str, ...]) -> None:
    byline = find_page_byline(line)
    assert byline is not None
    assert byline.names == names


@pytest.mark.parametrize(
    "line",
    [
        # Two places for one writer; a phrase, no place, after "in".
        "By Jane Roe in London and Paris",
        "By Jane Roe in the rain and Tom Bay in Paris",
    ],
)
def test_no_place_before_and_keeps_its_reading(line: str) -> None:
    assert find_page_byline(line) is None


# --- A title-case word before an agency, no date --------------------------------------


def _dump(paragraph: str) -> list[wirestory.Story]:
    """A story, then a headline over ``paragraph`` and a paragraph: a dump."""
    return wirestory.parse(
        f"Council closes old library\n\nLONDON (Reuters) - {LIBRARY_STORY[0]}\n\n"
        f"{LIBRARY_STORY[1]}\n\nFerry workers strike\n\n{paragraph}\n\n{LIBRARY_STORY[2]}\n"
    )


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("Crews (AP) - Ferry workers walked out on Tuesday over pay.", "Crews"),
        ("Reading (Reuters) - Ferry workers in the town walked out on Tuesday.", "Reading"),
        ("Wells (Reuters) - The council voted to close the library as well.", "Wells"),
    ],
)
def test_title_case_word_before_agency_is_said(paragraph: str, place: str) -> None:
    """``Crews`` was the second story's dateline, silently (a common noun
    opening a sentence); ``Wells … as well`` was no dateline."""
    first, second = _dump(paragraph)
    assert "dateline-place-may-be-word" not in _codes(first)
    assert second.dateline is not None
    assert second.dateline.places == (place,)
    assert "dateline-place-may-be-word" in _codes(second)


@pytest.mark.parametrize(
    "paragraph",
    [
        # Capitals; a date; the place named after "in"; German; two words.
        "CREWS (AP) - Ferry workers walked out on Tuesday over pay.",
        "Oslo, March 3 (Reuters) - Ferry workers walked out on Tuesday over pay.",
        "Reading (Reuters) - Ferry workers walked out in Reading on Tuesday.",
        "Berlin (dpa) - Die Fährleute in der Stadt streiken seit Dienstag für mehr Lohn.",
        "Port Ellis (AP) - Ferry workers walked out on Tuesday over pay.",
        # Agencies whose copy is carried with the place in title case.
        "Paris (AFP) - Ferry workers walked out on Tuesday over pay.",
        "Berlin (dpa) - Ferry workers walked out on Tuesday over pay.",
    ],
)
def test_dateline_a_place_keeps_its_reading(paragraph: str) -> None:
    first, second = _dump(paragraph)
    assert second.dateline is not None
    assert "dateline-place-may-be-word" not in _codes(first) + _codes(second)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Wells (PA) - The old well in the market square will be restored.",
        "Crews (AP) - A crew worked through the night to clear the roads.",
        "Crews (AP) - Police and crews, as well as the mayor, worked late.",
    ],
)
def test_noun_written_small_keeps_no_dateline(paragraph: str) -> None:
    """A singular with an article, or the plural after ``as``, is the noun's."""
    assert find_dateline(paragraph) is None


# --- A two-word headline over a summary box of one row ---------------------------------

_BULLET = "• The council votes to shut the old library on Mill Street."
_STORY = "\n\n".join(LIBRARY_STORY)


def _boxed_page(box: str, headline: str = "Library closes", date: str = "By Jane Roe") -> str:
    """A page with a menu, no title line, ``headline`` over ``box`` and the header."""
    return (
        f"Home\nNews\nSport\n\n{headline}\n\n{box}\n\n{date}\nMarch 4, 2025\n\n{_STORY}"
        "\n\nAbout us\nContact us\n"
    )


@pytest.mark.parametrize(
    "box",
    [
        _BULLET,
        f"Key points\n{_BULLET}",
        "- The council votes to shut the old library on Mill Street.",
        f"• {LIBRARY_STORY[0][:40]}",
    ],
)
@pytest.mark.parametrize("layout", ["page", "auto"])
def test_bullet_is_no_headline(box: str, layout: str) -> None:
    """The box's row was the headline (too short for the walk up from the
    byline, the headline was passed over), silently."""
    [story] = wirestory.parse(_boxed_page(box), options=wirestory.ParseOptions(layout=layout))
    assert story.headline == "Library closes"
    assert story.body == LIBRARY_STORY


def test_headline_of_four_words_over_box_keeps_its_reading() -> None:
    text = _boxed_page(_BULLET, "Council shuts old library")
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout="page"))
    assert story.headline == "Council shuts old library"
    assert story.standfirst == _BULLET


@pytest.mark.parametrize(
    ("headline", "read"),
    [
        # Three words with a full stop: the walk's candidate, over the row.
        ("The library closes.", "The library closes."),
        # Over the box a sentence of two words: no headline over it; the
        # title's reading, said, no bullet.
        ("Library closes.", None),
    ],
)
def test_bullet_under_a_short_line(headline: str, read: str | None) -> None:
    text = _boxed_page(_BULLET, headline)
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout="page"))
    assert story.headline != _BULLET
    if read is not None:
        assert story.headline == read
    else:
        assert "headline-from-title" in _codes(story)


# --- A print column's headline block holding its byline ---------------------------------

_COLUMN = (
    "ASHFORD VALE — The harbour\ncouncil voted on Monday to add\ntwo evening crossings to "
    "the\nferry timetable from April.\n\nCouncillors said the grant\nwould cover most of "
    "the cost\nof the extra crews.\n"
)


@pytest.mark.parametrize(
    ("block", "headline", "names"),
    [
        (
            "Council backs\nferry plan\nBy Jane Roe\nStaff Writer",
            "Council backs ferry plan",
            ("Jane Roe",),
        ),
        (
            "Council backs\nnew ferry plan\nfor the harbour\nBy JANE ROE",
            "Council backs new ferry plan for the harbour",
            ("JANE ROE",),
        ),
        (
            "Council backs\nferry plan\nBy Jane Roe and Tom Bay\nStaff Writers",
            "Council backs ferry plan",
            ("Jane Roe", "Tom Bay"),
        ),
    ],
)
def test_column_headline_block_keeps_its_byline(
    block: str, headline: str, names: tuple[str, ...]
) -> None:
    """Too many lines for a column's headline, the block was no column's:
    the headline was its first line, the rest and the byline the body's
    first paragraph, silently."""
    [story] = wirestory.parse(f"{block}\n\n{_COLUMN}")
    assert story.headline == headline
    assert story.byline is not None
    assert story.byline.names == names
    assert story.body[0].startswith("The harbour council")


def test_column_headline_over_byline_keeps_its_reading() -> None:
    """The byline in a block of its own under the headline's: as before."""
    [story] = wirestory.parse(
        f"Council backs\nferry plan\n\nBy Jane Roe\nStaff Writer\n\n{_COLUMN}"
    )
    assert story.headline == "Council backs ferry plan"
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)


def test_three_short_lines_over_column_keep_their_reading() -> None:
    """No byline in the block: three lines under the headline's first are
    no column's headline (a deck, a list)."""
    block = "Council backs\nferry plan\nfor the town\nand the harbour"
    [story] = wirestory.parse(f"{block}\n\n{_COLUMN}")
    assert story.headline == "Council backs"


# --- A marked story with no blank lines ---------------------------------------------------

_MARKED_HEADLINE = "Ferry Crews Walk Out Over Pay"
_MARKED_CAPTIONS = (
    "Ferry workers on the quay in Port Ellis on Monday. (AFP)",
    "The harbour office stands empty. (Jane Roe/Reuters)",
)
_MARKED_BODY = (
    "Ferry crews walked out on Monday after talks on pay broke down, the union said.",
    "The operator said it would run a reduced timetable until the dispute ends.",
    '"We have waited long enough," said Tom Bay, a deckhand of twenty years.',
)


def _marked(separator: str) -> str:
    captions = "\n".join(c for caption in _MARKED_CAPTIONS for c in (caption, caption))
    head = f"{_MARKED_HEADLINE}{separator}{captions}"
    return f"{head}\nTT{separator}{head}{separator}" + separator.join(_MARKED_BODY) + "\n"


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_marked_story_without_blank_lines_keeps_its_paragraphs(separator: str) -> None:
    """With no blank line, the body's lines (each under the wrapping width,
    near one another's length) were read as one hard-wrapped paragraph,
    silently."""
    [story] = wirestory.parse(_marked(separator))
    assert story.marker == "TT"
    assert story.headline == _MARKED_HEADLINE
    assert [c.credit for c in story.captions] == ["AFP", "Jane Roe/Reuters"]
    assert story.body == _MARKED_BODY


def test_hard_wrapped_paragraph_keeps_its_reading() -> None:
    """Lines ending inside a sentence are a wrapped paragraph's."""
    text = (
        "Ferry crews walk out\n\n"
        "Ferry crews walked out on Monday after talks on pay broke\n"
        "down, the union said. The operator said it would run a\n"
        "reduced timetable until the dispute ends.\n"
    )
    [story] = wirestory.parse(text)
    assert story.body == (
        "Ferry crews walked out on Monday after talks on pay broke down, the union said. "
        "The operator said it would run a reduced timetable until the dispute ends.",
    )


# --- Portuguese bylines naming a paper; a place in capitals after "Foto di" -------------


@pytest.mark.parametrize(
    ("line", "paper"),
    [
        ("Por Ana Lima do Diário do Vale", "do Diário do Vale"),
        ("Por Ana Lima da Folha de Vale", "da Folha de Vale"),
        ("Por Ana Lima do Jornal do Vale e do Mar", "do Jornal do Vale e do Mar"),
    ],
)
def test_portuguese_writer_of_a_paper_of_words(line: str, paper: str) -> None:
    """A paper of several words after ``do`` with no comma: no byline, the
    line the body's first paragraph under an article's headline, silently."""
    for story in three_readings(line):
        assert story.byline is not None
        assert story.byline.names == ("Ana Lima",)
        assert story.byline.organization == paper
        assert story.body[0] == LIBRARY_STORY[0]


@pytest.mark.parametrize(
    ("line", "names", "paper"),
    [
        # A surname's particles; the comma forms and a known paper, as before.
        ("Por Ana Maria do Carmo", ("Ana Maria do Carmo",), None),
        ("Por Maria do Rosário da Costa", ("Maria do Rosário da Costa",), None),
        ("Por Ana Lima, da Folha", ("Ana Lima",), "da Folha"),
        ("Por Ana Lima, do Diário do Vale", ("Ana Lima",), "do Diário do Vale"),
        ("Por João Silva do Globo", ("João Silva",), "do Globo"),
    ],
)
def test_portuguese_names_keep_their_reading(
    line: str, names: tuple[str, ...], paper: str | None
) -> None:
    byline = find_byline(line)
    assert byline is not None
    assert (byline.names, byline.organization) == (names, paper)


@pytest.mark.parametrize("line", ["Por Ana Lima da LUZ", "Por Ana Lima da ROSA"])
def test_surname_in_capitals_after_particle_is_said(line: str) -> None:
    """Read as the paper's initials, with no doubt said: a family name set in
    capitals (``Maria da Luz``) reads the same."""
    for story in three_readings(line):
        assert story.byline is not None
        assert "byline-surname-as-word" in _codes(story)


@pytest.mark.parametrize(
    "line", ["Por Ana Lima da CNN", "Por Ana Lima do MST", "Por Ana Lima, da LUZ"]
)
def test_initials_after_particle_say_nothing(line: str) -> None:
    for story in three_readings(line):
        assert story.byline is not None
        assert "byline-surname-as-word" not in _codes(story)


@pytest.mark.parametrize("credit", ["Foto di ROMA", "Foto de MADRID"])
def test_place_in_capitals_after_preposition_is_no_credit(credit: str) -> None:
    """A photo of the city: it was read as the photo's credit."""
    assert not is_credit_line(credit)
    assert split_credit(f"{LIBRARY_CAPTION} {credit}") == (f"{LIBRARY_CAPTION} {credit}", None)


@pytest.mark.parametrize(
    "credit", ["Foto di ANSA", "Foto de EFE", "Foto di TGR", "Foto di Luca Neri"]
)
def test_agency_after_preposition_keeps_its_credit(credit: str) -> None:
    assert is_credit_line(credit)
    assert split_credit(f"{LIBRARY_CAPTION} {credit}") == (LIBRARY_CAPTION, credit)
