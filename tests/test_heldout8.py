"""Page forms of the eighth held-out round: South Asian, Philippine, Canadian,
Australian, Italian, Dutch and Brazilian pages, opinion columns and
syndicated copy, with the counter-cases that read like them and must be read
otherwise or carry a diagnostic.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import functools

import pytest
from news_pages import news_page

import wirestory
from wirestory.agencies import find_agency
from wirestory.bylines import find_page_byline
from wirestory.captions import parse_credit

_PARAGRAPHS = (
    "The port authority will widen the main harbour channel by 2027 to let larger "
    "container ships dock, officials said on Wednesday.",
    "The harbour project will cost about 1,200 million and will be carried out by two "
    "state-run firms, the port authority said in a statement.",
    "Fishermen near the harbour said they feared the dredging would harm their catch "
    "during the breeding season next year.",
    "The port authority said it would compensate fishing families near the harbour for "
    "any losses during the dredging work.",
)
_HEADLINE = "Port authority to widen harbour channel by 2027"


# A page: title line, menu, headline, ``header``, the blocks (set apart by
# blank lines), a footer.
_page = functools.partial(
    news_page,
    headline=_HEADLINE,
    header="By Ravi Menon\nJune 5, 2024",
    site="The Coastal Herald",
    year=2024,
)


# --- Agencies --------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "raw", "places", "agencies"),
    [
        (
            "ISLAMABAD, Jun 5 (APP): The council met.",
            "ISLAMABAD, Jun 5 (APP):",
            ("ISLAMABAD",),
            ("Associated Press of Pakistan",),
        ),
        (
            "KHULNA, June 5, 2024 (BSS) - The council met.",
            "KHULNA, June 5, 2024 (BSS) -",
            ("KHULNA",),
            ("Bangladesh Sangbad Sangstha",),
        ),
        (
            "Sylhet, June 5 (UNB) - The council met.",
            "Sylhet, June 5 (UNB) -",
            ("Sylhet",),
            ("United News of Bangladesh",),
        ),
        (
            "ILOILO CITY (PNA) -- The council met.",
            "ILOILO CITY (PNA) --",
            ("ILOILO CITY",),
            ("Philippine News Agency",),
        ),
    ],
)
def test_south_asian_and_philippine_agency_datelines(
    paragraph: str, raw: str, places: tuple[str, ...], agencies: tuple[str, ...]
) -> None:
    """Pakistani, Bangladeshi and Philippine national agencies in a page's
    dateline are named from the table, not read by their shape
    (``dateline-agency-by-shape``)."""
    found = wirestory.find_dateline(paragraph, page=True)
    assert found is not None
    assert (found.raw, found.places, found.agencies) == (raw, places, agencies)
    first = paragraph.replace("The council met.", _PARAGRAPHS[0])
    story = wirestory.parse_story(_page(first, *_PARAGRAPHS[1:]))
    assert story.dateline is not None
    assert story.dateline.agencies == agencies
    assert not any(d.code == "dateline-agency-by-shape" for d in story.diagnostics)


@pytest.mark.parametrize("text", ["APP", "BSS", "UNB", "PNA"])
def test_dateline_only_agencies_of_south_asia_are_no_credit(text: str) -> None:
    """Those agencies' names are words of programmers' and bankers' text: read
    in a dateline's slot only, never as a credit's agency."""
    assert find_agency(text) is None
    assert parse_credit(f"Photo: {text}").agency is None


@pytest.mark.parametrize(
    ("credit", "agency", "photographer"),
    [
        ("THE CANADIAN PRESS/Jane Roe", "The Canadian Press", "Jane Roe"),
        ("AAP Image/Jane Roe", "Australian Associated Press", "Jane Roe"),
    ],
)
def test_canadian_and_australian_photo_credits(credit: str, agency: str, photographer: str) -> None:
    """The Canadian Press and AAP credit their photos ``AGENCY/Photographer``."""
    parsed = parse_credit(credit)
    assert (parsed.agency, parsed.photographer) == (agency, photographer)


def test_an_agency_line_under_the_writer_is_the_byline_s_organisation() -> None:
    """``Jane Roe`` / ``Australian Associated Press`` in the header: the
    agency's line is the byline's organisation."""
    story = wirestory.parse_story(
        _page(*_PARAGRAPHS, header="Jane Hollis\nAustralian Associated Press\nJune 5, 2024")
    )
    assert story.byline is not None
    assert story.byline.names == ("Jane Hollis",)
    assert story.byline.organization == "Australian Associated Press"


# --- Datelines -------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "raw", "places", "date_text", "agencies"),
    [
        (
            "(ANSA) - ROMA, 12 GIU - Il consiglio ha approvato il bilancio.",
            "(ANSA) - ROMA, 12 GIU -",
            ("ROMA",),
            "12 GIU",
            ("ANSA",),
        ),
        (
            "(CNN) -- PORT ELLIS — The council met.",
            "(CNN) -- PORT ELLIS —",
            ("PORT ELLIS",),
            None,
            ("CNN",),
        ),
    ],
)
def test_an_agency_before_the_place_and_date(
    paragraph: str,
    raw: str,
    places: tuple[str, ...],
    date_text: str | None,
    agencies: tuple[str, ...],
) -> None:
    """Italian agencies print their name before the place and the date
    (``(ANSA) - ROMA, 12 GIU - Il …``): the place and date are the same
    dateline's, not the story's first words."""
    found = wirestory.find_dateline(paragraph)
    assert found is not None
    assert (found.raw, found.places, found.date_text, found.agencies) == (
        raw,
        places,
        date_text,
        agencies,
    )
    assert paragraph[found.length :][:1].isupper()


@pytest.mark.parametrize(
    ("paragraph", "raw"),
    [
        # No place after the agency.
        ("(ANSA) - Il consiglio ha approvato il bilancio.", "(ANSA) -"),
        ("(AP) — The Senate voted on Tuesday.", "(AP) —"),
        # A place with an agency of its own is another dateline, not this one's.
        ("(ANSA) - ROMA (AGI) - Il consiglio ha approvato.", "(ANSA) -"),
        # A second agency alone is not read on (nor a thousand: one level).
        ("(AP) — (AP) — The Senate voted on Tuesday.", "(AP) —"),
        ("(AP) — " * 1000 + "The Senate voted on Tuesday.", "(AP) —"),
    ],
)
def test_an_agency_before_the_place_and_date_counter_cases(paragraph: str, raw: str) -> None:
    """The agency alone stays the dateline when no place and date of its own follow."""
    found = wirestory.find_dateline(paragraph)
    assert found is not None
    assert (found.raw, found.places) == (raw, ())


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("Cape Town - ", "Cape Town"),
        ("Port Elizabeth – ", "Port Elizabeth"),
        ("Brasília — ", "Brasília"),
    ],
)
def test_a_title_case_place_before_a_dash_on_a_page(opening: str, place: str) -> None:
    """South African and Brazilian sites open the story with the place in
    title case and a spaced dash (``Cape Town - The …``): the dateline, read
    by its shape (``dateline-place-by-shape``: a person's name before a dash
    reads the same) unless the page names the place (after the writer's
    name)."""
    story = wirestory.parse_story(_page(opening + _PARAGRAPHS[0], *_PARAGRAPHS[1:]))
    assert story.dateline is not None
    assert story.dateline.places == (place,)
    assert list(story.body) == list(_PARAGRAPHS)
    assert [d.code for d in story.diagnostics] == ["dateline-place-by-shape"]
    header = f"By Thandi Nkosi, {place}\nJune 5, 2024"
    story = wirestory.parse_story(_page(opening + _PARAGRAPHS[0], *_PARAGRAPHS[1:], header=header))
    assert story.dateline is not None
    assert story.dateline.places == (place,)
    assert story.diagnostics == ()


@pytest.mark.parametrize(
    "paragraph",
    [
        # A weekday, a label, small letters after the dash, four words.
        "Monday - The council met on Tuesday.",
        "Update - The council met on Tuesday.",
        "Cape Town - the council met on Tuesday.",
        "Port Ellis Harbour Board - The council met on Tuesday.",
    ],
)
def test_a_title_case_place_before_a_dash_counter_cases(paragraph: str) -> None:
    """No dateline where no place of a dateline's shape stands before the dash."""
    assert wirestory.find_dateline(paragraph, page=True) is None


def test_a_title_case_place_before_a_dash_is_a_page_form_only() -> None:
    """Wire copy is read by its own forms: ``Cape Town - The`` there is no dateline."""
    assert wirestory.find_dateline("Cape Town - The council met.") is None


# --- Bylines ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("di Marco Bianchi", ("Marco Bianchi",)),
        ("door Jan de Vries", ("Jan de Vries",)),
        ("di Marco Bianchi - 12 giugno 2024", ("Marco Bianchi",)),
    ],
)
def test_italian_and_dutch_openers_in_small_letters(line: str, names: tuple[str, ...]) -> None:
    """Italian and Dutch sites print the opener in small letters over the
    names (``di Marco Bianchi``, ``door Jan de Vries``)."""
    found = find_page_byline(line)
    assert found is not None
    assert found.names == names
    header = f"{line}\n12 giugno 2024"
    story = wirestory.parse_story(_page(*_PARAGRAPHS, header=header))
    assert story.byline is not None
    assert story.byline.names == names


@pytest.mark.parametrize("line", ["di recente", "door de regering", "di Redazione"])
def test_italian_and_dutch_openers_in_small_letters_counter_cases(line: str) -> None:
    """Those words before common words or a newsroom name no writer."""
    assert find_page_byline(line) is None


@pytest.mark.parametrize(
    ("line", "organization"),
    [
        ("Por Ana Souza - Repórter da Agência Brasil", "Repórter da Agência Brasil"),
        ("Por Ana Souza – Repórter da Agência Brasil", "Repórter da Agência Brasil"),
        ("Por Ana Souza, repórter", "repórter"),
        ("Por Ana Pérez - Corresponsal en Lima", "Corresponsal en Lima"),
    ],
)
def test_writer_titles_of_other_languages_after_the_names(line: str, organization: str) -> None:
    """Brazilian, Spanish-language and Italian sites print the writer's title
    after a dash (``Por Ana Souza - Repórter da Agência Brasil``): the title is
    the byline's organisation, and the line is no photo's caption and credit."""
    found = find_page_byline(line)
    assert found is not None
    assert (found.names, found.organization) == (
        ("Ana Souza",) if "Souza" in line else ("Ana Pérez",),
        organization,
    )
    story = wirestory.parse_story(
        _page(*_PARAGRAPHS, header=f"{line}\nPublicado em 12/06/2024 - 10:32")
    )
    assert story.byline is not None
    assert story.byline.organization == organization
    assert story.captions == ()


@pytest.mark.parametrize(
    ("line", "organization"),
    [
        ("By: Maria Santos - @harbournews", None),
        ("By: Maria Santos - Reporter / @msantosHN", "Reporter"),
        ("By Maria Santos - Staff Writer | @msantos", "Staff Writer"),
    ],
)
def test_a_handle_after_the_dash_is_no_title(line: str, organization: str | None) -> None:
    """Philippine sites print the writer's or the outlet's handle after a dash
    (``By: Jane Roe - @harbournews``), after the title or alone: the names are
    the byline, the handle no title (it was the organisation, or no byline)."""
    found = find_page_byline(line)
    assert found is not None
    assert (found.names, found.organization) == (("Maria Santos",), organization)


@pytest.mark.parametrize("line", ["By Jane Roe - see @harbour", "By Jane Roe - the @harbour desk"])
def test_a_handle_after_the_dash_counter_cases(line: str) -> None:
    """Words in small letters before the handle are a sentence's, no byline's tail."""
    assert find_page_byline(line) is None


# --- Standfirst ------------------------------------------------------------


def test_a_deck_over_the_date_line_is_the_standfirst() -> None:
    """``Headline`` / deck / ``Updated: … IST`` / the story, no byline: Indian
    and Gulf sites print the deck over the date line."""
    deck = "The project will cost about 1,200 million and take three years"
    story = wirestory.parse_story(
        _page(*_PARAGRAPHS, header=f"\n{deck}\n\nUpdated: Jun 05, 2024 10:32 IST")
    )
    assert story.standfirst == deck
    assert story.byline is None
    assert deck not in story.body


@pytest.mark.parametrize(
    "line",
    [
        # A label or a clock time is no deck.
        "Listen to this article",
        "Published Jun 05, 2024 10:32 IST, by our staff",
        # Too few words.
        "Harbour works",
        # A byline no form reads, names and an outlet.
        "Jane Roe and Tom Hale HARBOUR TIMES",
    ],
)
def test_a_deck_over_the_date_line_counter_cases(line: str) -> None:
    """A label, a second date line or a short phrase over the date line is no
    standfirst."""
    story = wirestory.parse_story(
        _page(*_PARAGRAPHS, header=f"\n{line}\n\nUpdated: Jun 05, 2024 10:32 IST")
    )
    assert story.standfirst is None


def test_a_deck_over_no_date_line_is_no_standfirst() -> None:
    """Without a byline or a date line under it, a line under the headline is
    left as it was (a photo's caption stands there as often)."""
    deck = "The project will cost about 1,200 million and take three years"
    story = wirestory.parse_story(_page(*_PARAGRAPHS, header=f"\n{deck}"))
    assert story.standfirst is None


# --- Notes and author boxes under the story ----------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "This report by The Canadian Press was first published June 5, 2024.",
        "This article was originally published by Harbour Weekly. Read the original article.",
        "This story first appeared in The Valley Ledger.",
        # Indian sites' notices on agency copy, longer than a furniture line.
        "(Only the headline and picture of this report may have been reworked by the "
        "Coastal Herald staff; the rest of the content is auto-generated from a syndicated "
        "feed.)",
        "(This story has been sourced from a third party syndicated feed, agencies. The "
        "Coastal Herald accepts no responsibility for its content.)",
    ],
)
def test_a_syndication_notice_under_the_story_is_its_note(note: str) -> None:
    """A syndicated story's notice of where it first ran, under its last
    paragraph, is the story's note, not its body."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS, note))
    assert story.notes == (note,)
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize(
    "last",
    [
        "This report by the harbour auditor was published in March and found that the "
        "channel silts up twice as fast as the port authority had planned.",
        "The harbour board said its notices would no longer be auto-generated from the "
        "shipping office's syndicated lists, after errors last year.",
    ],
)
def test_a_story_sentence_about_a_report_stays_in_the_body(last: str) -> None:
    """A sentence on a report's publication names no story's first run, nor
    one on a feed the story's own subject runs."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS, last))
    assert list(story.body) == [*_PARAGRAPHS, last]
    assert story.notes == ()


@pytest.mark.parametrize(
    "bio",
    [
        "The writer is a professor of economics at the University of Eastbury.",
        "(The author is a former ambassador to three countries of the region, a member of the "
        "harbour board's advisory council and the author of two books on the shipping trade.)",
        "The writers are researchers at the Harbour Policy Institute.",
    ],
)
@pytest.mark.parametrize("header", ["By Ravi Menon\nJune 5, 2024", "June 5, 2024"])
def test_an_opinion_column_s_writer_line_is_flagged(bio: str, header: str) -> None:
    """An opinion column closes with who its writer is, no name (``The writer
    is a professor …``): it stays in the body, as the labelled pages keep the
    author's box, and the story says so (``author-bio-in-body``), byline or
    none."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS, bio, header=header))
    assert story.body[-1] == bio
    assert [d.code for d in story.diagnostics] == ["author-bio-in-body"]


@pytest.mark.parametrize(
    "last",
    [
        # The story's own sentence on a writer, not its writer.
        "The writer's new novel on the harbour strike will be out in the spring.",
        "Writers are invited to send their entries before the end of June.",
    ],
)
def test_a_story_s_last_sentence_on_writers_is_not_flagged(last: str) -> None:
    """A last paragraph that says nothing of who the column's writer is."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS, last))
    assert story.body[-1] == last
    assert story.diagnostics == ()


def test_an_opinion_column_s_writer_line_inside_the_story_is_not_flagged() -> None:
    """Only the last paragraph is an author's box."""
    bio = "The writer is a professor of economics at the University of Eastbury."
    story = wirestory.parse_story(_page(_PARAGRAPHS[0], bio, *_PARAGRAPHS[1:]))
    assert story.diagnostics == ()


# --- Captions and credits --------------------------------------------------


@pytest.mark.parametrize(
    ("line", "caption", "photographer", "source"),
    [
        (
            "Traders wait for buyers at the harbour market on Tuesday. PHOTO | FILE | "
            "HARBOUR MEDIA GROUP",
            "Traders wait for buyers at the harbour market on Tuesday.",
            None,
            "HARBOUR MEDIA GROUP",
        ),
        (
            "Traders at the harbour market on Tuesday. PHOTO | AMOS KIPRONO | HARBOUR MEDIA GROUP",
            "Traders at the harbour market on Tuesday.",
            "AMOS KIPRONO",
            "HARBOUR MEDIA GROUP",
        ),
        (
            "The late pilot at the quay in 1990. PHOTO | COURTESY",
            "The late pilot at the quay in 1990.",
            None,
            None,
        ),
    ],
)
def test_a_credit_set_apart_by_bars(
    line: str, caption: str, photographer: str | None, source: str | None
) -> None:
    """Kenyan sites print the credit after the caption as ``PHOTO | NAME |
    OUTLET`` (``FILE`` or ``COURTESY`` where the name would be): the caption
    keeps its credit, and the bars part the credit's names as a slash does."""
    story = wirestory.parse_story(_page(_PARAGRAPHS[0], line, *_PARAGRAPHS[1:]))
    assert [c.text for c in story.captions] == [caption]
    assert (story.captions[0].photographer, story.captions[0].source) == (photographer, source)
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize(
    "paragraph",
    [
        # Small letters after the bar: a link's label, no name.
        "The harbour market is busiest on Tuesdays, traders said. Photo | share",
        # No photo word before the bar.
        "The harbour market is busiest on Tuesdays, traders said. Markets | Harbour",
    ],
)
def test_a_credit_set_apart_by_bars_counter_cases(paragraph: str) -> None:
    """A bar after a sentence opens no credit without a photo word and a name."""
    story = wirestory.parse_story(_page(_PARAGRAPHS[0], paragraph, *_PARAGRAPHS[1:]))
    assert story.captions == ()


@pytest.mark.parametrize(
    ("line", "credit", "photographer", "source"),
    [
        (
            "Workers repair the pier in the old port on Tuesday. — Harbour Post photo",
            "Harbour Post photo",
            None,
            "Harbour Post",
        ),
        (
            "Workers repair the pier in the old port on Tuesday. STAR FILE PHOTO",
            "STAR FILE PHOTO",
            None,
            "STAR",
        ),
        (
            "Workers repair the pier in the old port on Tuesday. — VNS Photo Tran Thi Lan",
            "VNS Photo Tran Thi Lan",
            "Tran Thi Lan",
            "VNS",
        ),
    ],
)
def test_an_outlet_s_own_photo_after_the_caption(
    line: str, credit: str, photographer: str | None, source: str | None
) -> None:
    """Thai, Bangladeshi and Vietnamese papers credit their own photos after a
    dash or the full stop: ``— Harbour Post photo``, ``STAR FILE PHOTO``,
    ``— VNS Photo Jane Roe`` (the photo word between the outlet and the
    photographer)."""
    story = wirestory.parse_story(_page(_PARAGRAPHS[0], line, *_PARAGRAPHS[1:]))
    assert [c.credit for c in story.captions] == [credit]
    assert (story.captions[0].photographer, story.captions[0].source) == (photographer, source)
    assert list(story.body) == list(_PARAGRAPHS)


def test_an_agency_and_an_outlet_s_photo_word_before_the_name() -> None:
    """``VNA/VNS Photo Jane Roe``: the agency, the outlet, the photographer."""
    parsed = parse_credit("VNA/VNS Photo Nguyen Van Thanh")
    assert (parsed.agency, parsed.photographer, parsed.source) == (
        "Vietnam News Agency",
        "Nguyen Van Thanh",
        "VNS",
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        # After a full stop, in title or small case: a sentence's words.
        "The crew lined up on the quay on Tuesday for a photo. Team photo",
        # A photo word before one word is an outlet's name.
        "Workers repair the pier in the old port on Tuesday. — Harbour Photo Agency",
    ],
)
def test_an_outlet_s_own_photo_counter_cases(paragraph: str) -> None:
    """Only the outlet's photo credit's shape makes the tail a credit."""
    story = wirestory.parse_story(_page(_PARAGRAPHS[0], paragraph, *_PARAGRAPHS[1:]))
    assert story.captions == ()


@pytest.mark.parametrize(
    ("line", "caption", "credit", "agency", "photographer"),
    [
        (
            "Robotnicy w porcie w Gdyni we wtorek. Fot. PAP/Jan Kowalski",
            "Robotnicy w porcie w Gdyni we wtorek.",
            "Fot. PAP/Jan Kowalski",
            "Polish Press Agency",
            "Jan Kowalski",
        ),
        (
            "Robotnicy w porcie w Gdyni we wtorek. Fot. Jan Kowalski",
            "Robotnicy w porcie w Gdyni we wtorek.",
            "Fot. Jan Kowalski",
            None,
            "Jan Kowalski",
        ),
        (
            "Arbeiders in de haven van Rotterdam op dinsdag. Beeld ANP",
            "Arbeiders in de haven van Rotterdam op dinsdag.",
            "Beeld ANP",
            "ANP",
            None,
        ),
        (
            "Arbeiders in de haven van Rotterdam op dinsdag. Beeld: Jan de Vries",
            "Arbeiders in de haven van Rotterdam op dinsdag.",
            "Beeld: Jan de Vries",
            None,
            "Jan de Vries",
        ),
    ],
)
def test_polish_and_dutch_photo_labels(
    line: str, caption: str, credit: str, agency: str | None, photographer: str | None
) -> None:
    """Polish sites cut their photo label short (``Fot. PAP/Jan Kowalski``: the
    label was the caption's last word, and the credit named ``Fot`` nobody);
    Dutch sites label a photo ``Beeld`` (image; ``Beeld ANP`` named a
    photographer ``Beeld ANP``)."""
    story = wirestory.parse_story(_page(_PARAGRAPHS[0], line, *_PARAGRAPHS[1:]))
    assert [(c.text, c.credit) for c in story.captions] == [(caption, credit)]
    assert (story.captions[0].agency, story.captions[0].photographer) == (agency, photographer)
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize(
    "paragraph",
    [
        # Small letters after the abbreviation: a sentence goes on.
        "Robotnicy pracowali w porcie przez cały dzień, do późna. Fot. i tekst autora",
        # The abbreviation inside a word: no label.
        "The harbour crew met on Tuesday at the old Fort. Jane Roe",
    ],
)
def test_polish_photo_label_counter_cases(paragraph: str) -> None:
    """``Fot.`` opens a credit only as a word of its own before capitalised names."""
    story = wirestory.parse_story(_page(_PARAGRAPHS[0], paragraph, *_PARAGRAPHS[1:]))
    assert story.captions == ()


@pytest.mark.parametrize(
    ("credit", "photographer", "source"),
    [
        ("PPI Images", None, "PPI Images"),
        ("Gallo Images/Jane Roe", "Jane Roe", "Gallo Images"),
        ("Image: Harbour Images/Jane Roe", "Jane Roe", "Harbour Images"),
        ("Harbour Pictures", None, "Harbour Pictures"),
    ],
)
def test_a_photo_pool_s_name_is_no_photographer(
    credit: str, photographer: str | None, source: str | None
) -> None:
    """Pakistani and South African pages credit photo pools (``— PPI
    Images``, ``Gallo Images/Jane Roe``): two capitalised words ending in
    ``Images`` or ``Pictures`` name the pool, not a photographer."""
    parsed = parse_credit(credit)
    assert (parsed.photographer, parsed.source) == (photographer, source)


def test_a_photographer_s_name_beside_a_pool_stays_the_photographer() -> None:
    """A person's name with no pool's word is still the photographer."""
    parsed = parse_credit("Jane Roe/Harbour Post")
    assert parsed.photographer == "Jane Roe"


# --- Furniture between paragraphs --------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        # Dutch and Polish sites' "read also" links, and an English "must read".
        "Lees ook: Havenbedrijf verhoogt tarieven voor containerschepen",
        "Czytaj także: Port w Gdyni rozbudowuje nabrzeże",
        "Zobacz też: Port w Gdyni rozbudowuje nabrzeże",
        "Must Read: Port of Kochi to add new berth",
        # A box's or a live blog's label alone.
        "You May Like",
        "Related Topics",
        "Key events",
        "Show key events only",
        # Italian, Polish and Dutch notices of rights reserved.
        "Riproduzione riservata © Copyright ANSA",
        "Wszelkie prawa zastrzeżone",
        "Alle rechten voorbehouden",
        # A newsletter prompt.
        "Get the latest news delivered to your inbox",
    ],
)
def test_labels_and_notices_between_paragraphs_are_furniture(line: str) -> None:
    """A link's label, a live blog's filter, a notice of rights or a newsletter
    prompt between two paragraphs is furniture: it stood in the body."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS[:2], line, *_PARAGRAPHS[2:]))
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize(
    "line",
    [
        "Get the latest figures from the harbour office before the vote, the minister told "
        "the board on Monday.",
        "Must read the rules of the harbour before sailing, the captain told the new crews.",
        "Lees ook het rapport van het havenbedrijf, zei de minister dinsdag.",
    ],
)
def test_story_sentences_opening_like_those_labels_stay(line: str) -> None:
    """A story's sentence opening with such words stays in the body."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS[:2], line, *_PARAGRAPHS[2:]))
    assert list(story.body) == [*_PARAGRAPHS[:2], line, *_PARAGRAPHS[2:]]


def test_an_editor_after_the_writer_and_a_comma_is_no_organisation() -> None:
    """``Reported by: Jane Roe, Edited by: Tom Hale`` (Indian sites): the editor
    after the comma is neither a writer nor the byline's organisation."""
    found = find_page_byline("Reported by: Ravi Menon, Edited by: Asha Rao")
    assert found is not None
    assert (found.names, found.organization) == (("Ravi Menon",), None)


def test_a_second_writer_after_a_comma_stays_a_writer() -> None:
    """Only ``Edited by`` after the comma names an editor."""
    found = find_page_byline("Reported by: Ravi Menon, Asha Rao")
    assert found is not None
    assert found.names == ("Ravi Menon", "Asha Rao")


@pytest.mark.parametrize(
    "counter",
    ["1 / 12 ", "12 / 12 ", "3 of 12 "],
)
def test_a_gallery_counter_with_a_spaced_slash_is_dropped(counter: str) -> None:
    """Photo galleries number their captions ``1 / 12`` as well as ``1 of 12``:
    the counter is no part of the caption's text."""
    caption = "Workers unload a container at the harbour on Wednesday."
    line = f"{counter}{caption} Photo: Asha Rao"
    story = wirestory.parse_story(_page(_PARAGRAPHS[0], line, *_PARAGRAPHS[1:]))
    assert [c.text for c in story.captions] == [caption]


@pytest.mark.parametrize(
    "opening",
    [
        # No spaces around the slash: a date or a name ("24/7", "9/11").
        "24/7 ",
        # A number past the last: no counter.
        "30 / 12 ",
    ],
)
def test_a_gallery_counter_counter_cases(opening: str) -> None:
    """Numbers that count no gallery's pictures stay in the caption."""
    line = f"{opening}Workers unload a container at the harbour on Wednesday. Photo: Asha Rao"
    story = wirestory.parse_story(_page(_PARAGRAPHS[0], line, *_PARAGRAPHS[1:]))
    assert [c.text for c in story.captions] == [line.removesuffix(" Photo: Asha Rao")]
