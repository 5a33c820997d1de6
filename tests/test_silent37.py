"""The thirty-seventh silent-wrong round: readings the last session left wrong
with no diagnostic. A page's story ending in a sentence of three words over
the footer (``Read more here.``) lost it; a history box of dated rows with
their years (``June 4, 1921 – …``) under a story was left out; a photo's
credit alone under an article's headline (``Photo by Jane Roe``) stayed in
the body, and ``Foto di ANSA`` was no credit (on a page, a writer of that
name); ``Por João Silva do Globo`` put the paper in the name; ``PTI LTD``
was PTI's writer's initials; ``Crews (AP) -`` was a dateline and a caption's
``(Jane Roe) (AFP)`` kept the photographer in its text (over a headless lead,
the line was the headline); Markdown's ``**Update:**`` kept its stars, a
hashtag line ``# Elections2025 trends`` lost its hash, ``[Next](page2)`` was
no link; a hard-wrapped paragraph ending in no mark over a caption was read
into the caption.

Every page and line here is invented, in the shape of real page text or wire
copy.
"""

from __future__ import annotations

import textwrap

import pytest
from news_pages import (
    LIBRARY_CAPTION,
    LIBRARY_STORY,
    library_story,
    page_story_under_header,
    story_under_header,
)
from story_checks import codes as _codes

import wirestory
from wirestory.bylines import find_byline
from wirestory.captions import is_credit_line, split_credit
from wirestory.datelines import find_dateline, opens_wire_story
from wirestory.lines import split_lines
from wirestory.markdown import markdown_view


def _roles(story: wirestory.Story) -> list[tuple[str, str]]:
    return [(s.role.value, s.rule) for s in story.segments if s.role.value != "blank"]


# --- A sentence of two or three words under the story's last paragraph -----------


@pytest.mark.parametrize("closing", ["Read more here.", "The vote stands.", "Books move."])
def test_short_sentence_under_story_is_said(closing: str) -> None:
    """It was page furniture, in no field, with no diagnostic."""
    story = library_story(*LIBRARY_STORY, closing)
    assert story.body == LIBRARY_STORY
    assert "closing-sentence-left-out" in _codes(story)


@pytest.mark.parametrize(
    "closing",
    [
        # A link's label, no full stop; an exclamation; names; a label's colon.
        "Read more",
        "Sharing is caring!",
        "Jane Roe.",
        "See more photos:",
    ],
)
def test_short_furniture_under_story_keeps_its_reading(closing: str) -> None:
    story = library_story(*LIBRARY_STORY, closing)
    assert story.body == LIBRARY_STORY
    assert "closing-sentence-left-out" not in _codes(story)


# --- A history box: dated rows with their years -------------------------------------

_HISTORY = (
    "June 4, 1921 – Doors open to readers",
    "May 2, 1958 – A new wing is added",
    "March 4, 2025 – The council votes on it",
)


def test_history_box_under_its_heading_is_read_in() -> None:
    """Its rows, in order across the years, were out of calendar order by
    month and day, and left out with the heading, silently."""
    story = library_story(*LIBRARY_STORY, "History of the library", *_HISTORY)
    assert story.body == (*LIBRARY_STORY, "History of the library", *_HISTORY)


@pytest.mark.parametrize(
    "rows",
    [
        _HISTORY,
        (
            "4 June 1921 – Doors open to readers",
            "2 May 1958 – A new wing is added",
            "4 March 2025 – Councillors vote",
        ),
    ],
)
def test_history_box_with_no_heading_is_said(rows: tuple[str, ...]) -> None:
    """Dated rows under the story with no lead: left out, as a site's archive
    is, but said; before, only rows within one year were rows."""
    story = library_story(*LIBRARY_STORY, *rows)
    assert story.body == LIBRARY_STORY
    assert "list-rows-left-out" in _codes(story)


def test_site_archive_within_a_year_keeps_its_reading() -> None:
    """The site's archive of other headlines, oldest first, in one year and
    naming no word of the story: left out, unsaid."""
    rows = (
        "Nov. 20, 2024 – New bakery opens",
        "Nov. 24, 2024 – Ferry fares rise again",
        "Dec. 1, 2024 – Harbour market returns",
    )
    story = library_story(*LIBRARY_STORY, *rows)
    assert story.body == LIBRARY_STORY
    assert "list-rows-left-out" not in _codes(story)


# --- A photo's credit alone under the headline ----------------------------------------


@pytest.mark.parametrize(
    "credit", ["Photo by Jane Roe", "Photo: Jane Roe", "Foto di Luca Neri", "Foto di ANSA"]
)
def test_credit_alone_under_headline_is_no_paragraph(credit: str) -> None:
    """Under an article's headline it was the body's first paragraph (or a
    subheading), silently."""
    story = story_under_header(credit)
    assert story.body == LIBRARY_STORY[:3]
    assert ("caption", "caption-credit-line") in _roles(story)


@pytest.mark.parametrize("credit", ["Foto di ANSA", "Foto de EFE", "Foto di Luca Neri"])
def test_credit_after_preposition_on_a_page_is_no_byline(credit: str) -> None:
    """``Foto di ANSA`` was the page's byline, a writer of that name."""
    story = page_story_under_header(credit)
    assert story.byline is None
    assert ("caption", "caption-credit-line") in _roles(story)


@pytest.mark.parametrize(("credit", "agency"), [("Foto di ANSA", "ANSA"), ("Foto de EFE", "EFE")])
def test_agency_acronym_after_preposition_is_a_credit(credit: str, agency: str) -> None:
    assert is_credit_line(credit)
    assert split_credit(f"{LIBRARY_CAPTION} {credit}") == (LIBRARY_CAPTION, credit)


@pytest.mark.parametrize("line", ["Foto di Roma", "Foto de familia"])
def test_one_word_after_preposition_is_no_credit(line: str) -> None:
    """A photo of Rome, a family photo: no credit alone."""
    assert not is_credit_line(line)


@pytest.mark.parametrize(
    "line", ["Photos: The library through the years", "Foto di gruppo dei ministri"]
)
def test_photo_label_over_words_keeps_its_reading(line: str) -> None:
    """A gallery's link, a group photo's caption: no credit, kept as they were."""
    story = story_under_header(line)
    assert story.body[0] == line
    assert ("caption", "caption-credit-line") not in _roles(story)


@pytest.mark.parametrize("credit", ["Photo by Jane Roe", "Foto di ANSA"])
@pytest.mark.parametrize("headline", ["", "Council closes old library\n\n"])
def test_credit_alone_over_the_story_is_no_headline(credit: str, headline: str) -> None:
    """Over a headless lead (or over the headline) it was the story's
    headline, silently."""
    text = f"{credit}\n\n{headline}LONDON (Reuters) - {LIBRARY_STORY[0]}\n\n{LIBRARY_STORY[1]}\n"
    [story] = wirestory.parse(text)
    assert story.headline == headline.strip()
    assert story.body == LIBRARY_STORY[:2]
    assert ("caption", "caption-credit-line") in _roles(story)


# --- A Portuguese byline: the writer "do" the paper -----------------------------------


@pytest.mark.parametrize(
    ("line", "names", "organization"),
    [
        ("Por João Silva do Globo", ("João Silva",), "do Globo"),
        ("Por Ana Souza da Folha", ("Ana Souza",), "da Folha"),
        ("Por Ana dos Santos do Globo", ("Ana dos Santos",), "do Globo"),
        ("Por Ana Souza da CNN", ("Ana Souza",), "da CNN"),
        ("Por Ana Souza e João Silva do Estadão", ("Ana Souza", "João Silva"), "do Estadão"),
    ],
)
def test_portuguese_writer_do_paper(line: str, names: tuple[str, ...], organization: str) -> None:
    """The paper was the writer's surname: ``João Silva do Globo``."""
    found = find_byline(line)
    assert found is not None
    assert (found.names, found.organization) == (names, organization)
    story = page_story_under_header(line)
    assert story.byline is not None
    assert story.byline.names == names


@pytest.mark.parametrize(
    "line", ["Por João Silva da Costa", "Por Maria do Carmo", "Por Leonardo da Vinci"]
)
def test_portuguese_surname_with_particle_keeps_its_reading(line: str) -> None:
    found = find_byline(line)
    assert found is not None
    assert found.names == (line.removeprefix("Por "),)
    assert found.organization is None


# --- PTI's last line: an abbreviation is no writer's initials -------------------------


def _pti_story(last: str) -> wirestory.Story:
    text = (
        f"Council closes old library\n\nNEW DELHI, March 4 (PTI) {LIBRARY_STORY[0]}\n\n"
        f"{LIBRARY_STORY[1]}\n\n{last}\n"
    )
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout="wire"))
    return story


@pytest.mark.parametrize("last", ["PTI LTD", "PTI CEO", "PTI GST"])
def test_agency_and_abbreviation_stay_in_body(last: str) -> None:
    """They were PTI's desk signature, a writer's initials, out of the body."""
    story = _pti_story(last)
    assert story.body == (*LIBRARY_STORY[:2], last)
    assert ("trailer", "trailer-sign-off") not in _roles(story)


def test_pti_writer_initials_keep_their_reading() -> None:
    story = _pti_story("PTI ABC")
    assert story.body == LIBRARY_STORY[:2]
    assert ("trailer", "trailer-sign-off") in _roles(story)


# --- A common noun in title case before an agency ---------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Crews (AP) - Road crews worked through the night to clear the roads.",
        "Crews (AP) - A crew worked through the night to clear the roads.",
        "Firefighters (Reuters) - Two firefighters were hurt on Tuesday.",
    ],
)
def test_common_noun_before_agency_is_no_dateline(paragraph: str) -> None:
    """``Crews`` was the dateline's place, and the paragraph opened a wire
    story when a dump was cut."""
    assert find_dateline(paragraph) is None
    assert not opens_wire_story(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Berlin (dpa) - Die Fährleute streiken in Berlin.",
        "Washington (CNN) - The council in Washington met on Tuesday.",
        "Paris (AFP) - Ferry crews walked out in Paris on Tuesday.",
    ],
)
def test_place_before_agency_keeps_its_reading(paragraph: str) -> None:
    dateline = find_dateline(paragraph)
    assert dateline is not None
    assert dateline.agencies
    assert opens_wire_story(paragraph)


def test_common_noun_before_agency_inside_a_story_is_no_boundary() -> None:
    """The paragraph read as another wire story's first: a story boundary."""
    text = (
        "Council closes old library\n\nLONDON (Reuters) - "
        + LIBRARY_STORY[0]
        + "\n\nCrews (AP) - Road crews worked through the night to move the books.\n\n"
        + LIBRARY_STORY[1]
        + "\n"
    )
    [story] = wirestory.parse(text)
    assert "possible-story-boundary" not in _codes(story)


# --- A photographer's name in parentheses before the agency's credit ------------------

_PHOTO = "President Jane Roe meets the delegation in Cairo on Monday."


def _captioned(caption: str, headline: bool) -> wirestory.Story:
    head = "Council closes old library\n\n" if headline else ""
    text = f"{head}{caption}\n\nCAIRO (Reuters) - {LIBRARY_STORY[0]}\n\n{LIBRARY_STORY[1]}\n"
    [story] = wirestory.parse(text)
    return story


@pytest.mark.parametrize("headline", [True, False])
@pytest.mark.parametrize(
    ("names", "agency"), [("Jane Roe", "AFP"), ("Tom Hale", "Reuters"), ("Anna Berg", "AP")]
)
def test_photographer_then_agency_is_one_credit(headline: bool, names: str, agency: str) -> None:
    """The name stayed the caption's last words, or over a headless lead the
    line was the headline, silently."""
    story = _captioned(f"{_PHOTO} ({names}) ({agency})", headline)
    [caption] = story.captions
    assert (caption.text, caption.credit) == (_PHOTO, f"{names}/{agency}")
    assert caption.photographer == names
    assert story.headline == ("Council closes old library" if headline else "")


@pytest.mark.parametrize("headline", [True, False])
@pytest.mark.parametrize("names", ["Khaled Desouki", "Liberal Party"])
def test_unknown_name_then_agency_is_said(headline: bool, names: str) -> None:
    """No common given name: a photographer or a party, the form cannot
    tell; the caption keeps the words (or the line stays the headline), said."""
    story = _captioned(f"{_PHOTO} ({names}) (AFP)", headline)
    code = "caption-holds-credit" if headline else "headline-may-be-caption"
    assert code in _codes(story)


@pytest.mark.parametrize(
    "caption",
    [
        # A name's affiliation after the name, no sentence's end before it.
        "Chief executive Jane Roe (Vale Port Authority) (AFP)",
        f"{_PHOTO} (AFP)",
    ],
)
def test_caption_with_one_credit_keeps_its_reading(caption: str) -> None:
    story = _captioned(caption, True)
    [found] = story.captions
    assert found.credit == "AFP"
    assert "caption-holds-credit" not in _codes(story)


# --- Markdown page text: a label in bold, a hashtag, a relative link ------------------

_MARKDOWN_PAGE = (
    "# Council votes to close old library\n\n* [Home](https://vale.example/)\n"
    "* [News](https://vale.example/news)\n\n**By Jane Roe**\n\n"
    f"{LIBRARY_STORY[0]}\n\n{{line}}\n\n{LIBRARY_STORY[1]}\n\n{LIBRARY_STORY[2]}\n"
)


def _markdown_story(line: str) -> wirestory.Story:
    [story] = wirestory.parse(_MARKDOWN_PAGE.format(line=line))
    return story


@pytest.mark.parametrize(
    ("line", "read"),
    [
        (
            "**Update:** The council will vote again in May.",
            "Update: The council will vote again in May.",
        ),
        (
            "**Editor's note:** The vote was moved to May.",
            "Editor's note: The vote was moved to May.",
        ),
    ],
)
def test_label_in_bold_loses_its_stars(line: str, read: str) -> None:
    """The stars stayed in the body."""
    assert _markdown_story(line).body == (LIBRARY_STORY[0], read, *LIBRARY_STORY[1:3])


def _view(text: str) -> list[str] | None:
    lines = list(split_lines(text))
    view = markdown_view(lines, "".join(line.text for line in lines))
    return None if view is None else [" ".join(line.text.split()) for line in view.lines]


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("[Next](page2)", "Next"),
        ("[Next](?page=2)", "Next"),
        ("[Page 2](page-2) of 5", "Page 2 of 5"),
        # A writer's note in brackets is words alone; a line opening in bold
        # with no label is a date line's place the dateline rules read.
        ("The mayor [sic](sic) said it.", "The mayor [sic](sic) said it."),
        ("**ORTON FALLS** — The mill closed.", "**ORTON FALLS** — The mill closed."),
    ],
)
def test_markdown_line_reads_its_words(line: str, read: str) -> None:
    """``[Next](page2)``: a relative link of one word was no link, kept with
    its brackets and address."""
    view = _view(f"# Heading\n\n{line}\n")
    assert view is not None
    assert view[2] == read


def test_relative_link_on_a_page_leaves_the_body() -> None:
    story = _markdown_story("[Next](page2)")
    assert story.body == LIBRARY_STORY[:3]


_HASHTAG_STORY = (
    f"Council votes to close old library\n\n{LIBRARY_STORY[0]}\n\n# Elections2025 trends\n\n"
    f"{LIBRARY_STORY[1]}\n"
)


def test_hashtag_line_under_prose_keeps_its_hash() -> None:
    """With no link in the text, ``# Elections2025 trends`` under the story's
    prose lost its hash as a heading's."""
    [story] = wirestory.parse(_HASHTAG_STORY)
    assert story.body == (LIBRARY_STORY[0], "# Elections2025 trends", LIBRARY_STORY[1])


def test_heading_over_prose_keeps_its_reading() -> None:
    """A text with no link opening with its headline in one hash and a
    subheading of two: both headings, as before."""
    text = (
        f"# Council votes to close old library\n\n{LIBRARY_STORY[0]}\n\n## What happens next\n\n"
        f"{LIBRARY_STORY[1]}\n"
    )
    [story] = wirestory.parse(text)
    assert story.headline == "Council votes to close old library"
    assert "What happens next" in story.body


# --- A hard-wrapped paragraph ending in no mark over a caption --------------------------


def _wrapped(paragraph: str) -> str:
    return "\n".join(textwrap.wrap(paragraph, 68))


def _wrapped_page(block: str) -> wirestory.Story:
    blocks = [_wrapped(p) for p in LIBRARY_STORY]
    return library_story(blocks[0], blocks[1], block, blocks[2], blocks[3])


_UNMARKED = (
    "Union members said the closure would cost jobs and that the branch would need "
    "more staff, the union said in a statement"
)


@pytest.mark.parametrize(
    "caption",
    [
        "Pupils leave the old library on Monday. (AP Photo/Jane Roe)",
        "Jane Roe speaks at the rally on Monday. Photo: Tom Hale",
    ],
)
def test_paragraph_read_into_caption_is_said(caption: str) -> None:
    """The paragraph's lines and the caption were one caption, the paragraph
    lost from the body, silently."""
    story = _wrapped_page(f"{_wrapped(_UNMARKED)}\n{caption}")
    assert "page-hard-wrapped" in _codes(story)


def test_caption_wrapped_onto_its_date_keeps_its_reading() -> None:
    caption = "Pupils leave the old library on Mill Street after the council voted on"
    story = _wrapped_page(f"{caption}\nMonday. (AP Photo/Jane Roe)")
    assert [c.credit for c in story.captions] == ["AP Photo/Jane Roe"]
    assert "page-hard-wrapped" not in _codes(story)
