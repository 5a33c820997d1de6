"""review65: variants64's rules reading other forms wrong, silently.

A read-only review of variants64's merge found three of its rules firing on
forms they were not written for:

- a quotation's speaker under the quote (``paragraphs._speaker_under_quote``)
  glued a byline (``By Jane Roe, Staff Writer``), a subheading (``New
  Timetable, Old Boats``) or a list's first entry (``Best Film, Harbour
  Lights``) onto a quote's paragraph that already names its speaker after
  the quote (``…,” the board's chair said. “…”``), silently. A speaker line
  joins a paragraph that is a quotation alone, and is no byline, no
  credit's label and no list's entry;
- a byline in small letters under a wrapped headline or standfirst
  (``layouts.page._small_byline``) took the field's wrapped tail (``di
  Jakarta Selatan``, ``by Jane Roe``) for the byline where the header's
  byline or a name followed it: the tail ends the field only where a date
  line or the block's end follows it;
- ``cut-at-doubled-blank-lines`` said its doubt of stories with a byline
  under their headline, and of a story under one closing with an end mark
  (``###``): both show a story's own bounds.

The first two rules were withdrawn in review s15c (5032437's reading is
back); the tests here assert readings that hold without them.

Every story written here is invented.
"""

from __future__ import annotations

import pytest
from test_cases import rebuild

import wirestory


def _codes(text: str) -> list[set[str]]:
    """Each story's diagnostic codes."""
    return [{d.code for d in story.diagnostics} for story in wirestory.parse(text)]


# Defect 1: a quote's paragraph naming its speaker after the quote.

_FERRY = (
    "Ferry fares to rise in April\n"
    "\n"
    "The harbour board said on Monday that fares on the island crossings would rise by a"
    " tenth from April, the first rise in years.\n"
    "“We will keep the crossings running whatever it costs the town, and we will not cut"
    " a single sailing,” the board's chair said. “It is our lifeline.”\n"
    "{line}\n"
    "The operator said the boats would stay in service until 2030 at least, despite their"
    " age and the cost of repairs.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Roe, Staff Writer",
        "New Timetable, Old Boats",
        # Variations: a byline with its agency, a credit's label.
        "By Tom Hale, Reuters",
        "Photo: Jane Roe, Reuters",
    ],
    ids=["byline", "subheading", "byline-agency", "photo-credit"],
)
def test_a_line_under_a_quote_naming_its_speaker_is_not_glued(line: str) -> None:
    """Under a quote's paragraph that names its speaker after the quote
    (``…,” the board's chair said. “It is our lifeline.”``), a line of a
    name's shape (a byline, a subheading of two capitalised phrases) is no
    speaker line: it is not the quote's paragraph's (variants64 glued it,
    silently)."""
    text = _FERRY.format(line=line)
    paragraphs = [p for story in wirestory.parse(text) for p in story.body]
    assert not any(p.endswith(f"lifeline.” {line}") for p in paragraphs)
    assert text == rebuild(text, wirestory.parse(text))


_WRAPPED_QUOTE = (
    "Ferry fares to rise in April\n"
    "\n"
    "HARBOURTON (Reuters) - The harbour board said on Monday that fares on the\n"
    "island crossings would rise by a tenth from April, the first rise in five\n"
    "years, and that the operator had agreed to keep every winter sailing.\n"
    "“We will keep the crossings running whatever it costs the town,” the\n"
    "chair said. “It is the town’s lifeline.”\n"
    "{line}\n"
    "The operator said the boats would stay in service until 2030 at least,\n"
    "despite their age and the rising cost of repairs to the older hulls.\n"
)


@pytest.mark.parametrize(
    "line",
    ["New Timetable, Old Boats", "By Jane Roe, Staff Writer"],
    ids=["subheading", "byline"],
)
def test_a_line_under_a_wrapped_quote_naming_its_speaker_is_not_glued(line: str) -> None:
    """Hard-wrapped, the quote's paragraph naming its speaker on a line
    above its last: the line under it is not the paragraph's."""
    text = _WRAPPED_QUOTE.format(line=line)
    paragraphs = [p for story in wirestory.parse(text) for p in story.body]
    assert not any(p.endswith(f"lifeline.” {line}") for p in paragraphs)


_AWARDS = (
    "Harbour film festival names its winners\n"
    "\n"
    "HARBOURTON (Reuters) - The Harbour film festival named its winners on Saturday night"
    " at a ceremony on the quay, its tenth since it began.\n"
    "{quote}\n"
    "Best Film, Harbour Lights\n"
    "Best Actor, Jane Roe\n"
    "Best Director, Tom Hale\n"
    "The festival will return next August, the organisers said in a statement on their"
    " website.\n"
)


@pytest.mark.parametrize(
    "quote",
    [
        "“It was the best year we have had, and the town turned out for every screening,”"
        " the festival's director said. “We will be back next year.”",
        # Variation: a quotation alone over the list: the list's shape tells.
        "“It was the best year we have had, and the town turned out for every screening.”",
    ],
    ids=["speaker-named", "quote-alone"],
)
def test_a_lists_first_entry_under_a_quote_is_its_own(quote: str) -> None:
    """A list's entries of a name's shape under a quote (``Best Film,
    Harbour Lights`` over ``Best Actor, Jane Roe``) each stay apart: a line
    followed by lines of its shape is a list's entry, no speaker."""
    text = _AWARDS.format(quote=quote)
    (story,) = wirestory.parse(text)
    for entry in ("Best Film, Harbour Lights", "Best Actor, Jane Roe", "Best Director, Tom Hale"):
        assert entry in story.body


# Defect 2: a wrapped headline's or standfirst's tail in small letters.

_INDONESIAN = (
    "Ribuan warga mengungsi akibat banjir | Kabar Kota\n"
    "\n"
    "Berita\n"
    "Olahraga\n"
    "Ekonomi\n"
    "\n"
    "Ribuan warga mengungsi akibat banjir besar yang melanda kawasan permukiman\n"
    "di Jakarta Selatan\n"
    "Oleh Budi Santoso\n"
    "7 April 2025\n"
    "\n"
    "Ribuan warga mengungsi pada Senin pagi setelah hujan deras semalaman membuat\n"
    "sungai meluap dan merendam ratusan rumah di tepi sungai.\n"
    "\n"
    "Petugas pemadam kebakaran dan relawan membantu warga memindahkan barang-barang\n"
    "ke tempat yang lebih tinggi, kata juru bicara pemerintah kota.\n"
    "\n"
    "Hujan diperkirakan masih akan turun hingga akhir pekan ini.\n"
    "\n"
    "Hak cipta 2025 Kabar Kota\n"
)

_REVIEW = (
    "Review: The Harbour Lights | Vale Post\n"
    "\n"
    "News\n"
    "Books\n"
    "Sport\n"
    "\n"
    "Review: The Harbour Lights\n"
    "A quiet, moving first novel about a ferry town's last winter, the long-awaited debut\n"
    "by Jane Roe\n"
    "Tom Hale\n"
    "March 4, 2025\n"
    "\n"
    "The Harbour Lights opens on the last ferry of the winter, its crew of three and\n"
    "the handful of passengers who never seem to leave the island at all.\n"
    "\n"
    "Roe writes the town with care, and the slow middle of the book pays off in a\n"
    "final chapter that is as moving as anything published this year.\n"
    "\n"
    "The Harbour Lights is published by Quay Books.\n"
    "\n"
    "Copyright 2025 Vale Post\n"
)

_ITALIAN = (
    "Manovra, via libera al taglio del cuneo | Gazzetta del Lago\n"
    "\n"
    "Cronaca\n"
    "Politica\n"
    "Sport\n"
    "\n"
    "Manovra, via libera del Consiglio dei ministri al taglio del cuneo voluto dal governo\n"
    "di Giorgia Meloni\n"
    "di Marco Bianchi\n"
    "7 aprile 2025\n"
    "\n"
    "Il Consiglio dei ministri ha approvato lunedì sera la manovra di bilancio che\n"
    "conferma il taglio del cuneo fiscale per i redditi più bassi.\n"
    "\n"
    "La misura costerà circa dieci miliardi di euro, ha detto il ministro\n"
    "dell'economia in conferenza stampa.\n"
    "\n"
    "Il testo passa ora al Parlamento.\n"
    "\n"
    "Riproduzione riservata\n"
    "© 2025 Gazzetta del Lago\n"
)


@pytest.mark.parametrize(
    ("text", "tail", "names"),
    [
        (_INDONESIAN, "di Jakarta Selatan", ("Budi Santoso",)),
        (_ITALIAN, "di Giorgia Meloni", ("Marco Bianchi",)),
        # Variation: the header's byline naming two writers.
        (
            _INDONESIAN.replace("Oleh Budi Santoso\n", "Oleh Budi Santoso dan Siti Rahma\n"),
            "di Jakarta Selatan",
            ("Budi Santoso", "Siti Rahma"),
        ),
    ],
    ids=["indonesian", "italian", "indonesian-two-writers"],
)
def test_a_wrapped_fields_tail_over_the_byline_is_the_fields(
    text: str, tail: str, names: tuple[str, ...]
) -> None:
    """A wrapped headline's tail in small letters (``di Jakarta Selatan``)
    over the header's byline is the headline's: the byline is the line
    under it (variants64 read the tail as the byline and lost the real one,
    silently)."""
    (story,) = wirestory.parse(text)
    assert story.headline is not None
    assert story.headline.endswith(tail)
    assert story.byline is not None
    assert story.byline.names == names


def test_a_wrapped_standfirsts_tail_over_a_name_is_the_standfirsts() -> None:
    """``… the long-awaited debut`` / ``by Jane Roe`` / ``Tom Hale`` over
    the date: ``by Jane Roe`` ends the standfirst, ``Tom Hale`` is the
    byline."""
    (story,) = wirestory.parse(_REVIEW)
    assert story.standfirst is not None
    assert story.standfirst.endswith("debut by Jane Roe")
    assert story.byline is not None
    assert story.byline.names == ("Tom Hale",)


# Defect 3: stories two blank lines apart showing their own bounds.

_BYLINED = (
    "Ferry fares to rise in April\n"
    "By Jane Roe\n"
    "The harbour board said on Monday that fares on the island crossings would rise by a"
    " tenth from April.\n"
    "The operator said the boats would stay in service until 2030 at least, despite their"
    " age.\n"
    "\n"
    "\n"
    "School roof repairs finish early\n"
    "By Tom Hale\n"
    "Builders finished the roof of the primary school a week early, the council said on"
    " Tuesday.\n"
    "Pupils will return to the upper classrooms after the Easter holidays, the head"
    " teacher said.\n"
    "\n"
    "\n"
    "Harbour wall to be rebuilt in May\n"
    "By Ann Lee\n"
    "The council will rebuild the harbour wall in May after winter storms damaged it,"
    " officials said.\n"
    "Work is expected to take six weeks and will close the quay to cars, the council"
    " said.\n"
)

_ENDED = (
    "Ferry fares to rise in April\n"
    "The harbour board said on Monday that fares on the island crossings would rise by a"
    " tenth from April.\n"
    "The operator said the boats would stay in service until 2030 at least, despite their"
    " age.\n"
    "{mark}\n"
    "\n"
    "\n"
    "School roof repairs finish early\n"
    "Builders finished the roof of the primary school a week early, the council said on"
    " Tuesday.\n"
    "Pupils will return to the upper classrooms after the Easter holidays, the head"
    " teacher said.\n"
    "{mark}\n"
)


@pytest.mark.parametrize(
    "text",
    [
        _BYLINED,
        _ENDED.format(mark="###"),
        # Variations: a byline with its agency; another end mark.
        _BYLINED.replace("By Tom Hale\n", "By Tom Hale, Reuters\n"),
        _ENDED.format(mark="-30-"),
    ],
    ids=["bylined", "end-mark", "bylined-agency", "end-mark-30"],
)
def test_stories_showing_their_bounds_two_blank_lines_apart_say_nothing(text: str) -> None:
    """Stories each with a byline under its headline, or under a story
    closing with an end mark, two blank lines apart: stories of their own,
    no ``cut-at-doubled-blank-lines``."""
    assert len(wirestory.parse(text)) >= 2
    assert not any("cut-at-doubled-blank-lines" in codes for codes in _codes(text))


def test_a_byline_alone_under_a_doubled_gap_still_says_its_cut() -> None:
    """Near miss: a byline with no headline over it, cut from its headline
    above at two blank lines, may be a block of the story above: it still
    says ``cut-at-doubled-blank-lines``."""
    text = (
        "Library volunteers save village branch\n"
        "\n"
        "\n"
        "By Helen Carr\n"
        "\n"
        "\n"
        "Volunteers have taken over the running of the village library, saving it from"
        " closure.\n"
    )
    assert "cut-at-doubled-blank-lines" in _codes(text)[1]
