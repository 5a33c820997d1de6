"""Page and wire forms of the tenth held-out round: Nordic and Hungarian photo
labels, a newspaper credited for its own photo, Greek, Croatian and Finnish
agencies, the Emirati agency's ordinal date, a radio transcript's speakers,
correction notices above the story and footnote numbers after a sentence,
with the counter-cases that read like them and must be read otherwise.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import functools

import pytest
from hypothesis import given
from hypothesis import strategies as st
from news_pages import news_page

import wirestory
from wirestory.captions import parse_credit
from wirestory.datelines import find_dateline
from wirestory.layouts.page import sentence_blocks, sentence_end_pattern
from wirestory.trailers import find_advisory

_PARAGRAPHS = (
    "The harbour board will dredge the north channel before the autumn storms to keep "
    "the ferries running, officials said on Tuesday.",
    "The dredging will cost about 40 million and take eleven weeks, the harbour board "
    "said in a statement.",
    "Ferry crews said the channel had grown so shallow that boats had twice touched the "
    "bottom at low tide this winter.",
    "The harbour board said the ferries would keep their timetable while the work went on.",
)
_HEADLINE = "Harbour board to dredge north channel before storms"
_CAPTION = "A dredger moored at the north quay on Monday."

_page = functools.partial(
    news_page,
    headline=_HEADLINE,
    header="By Liisa Korpela\nMarch 4, 2025",
    site="The Fjord Gazette",
    year=2025,
)


# --- Photo labels and credits ---------------------------------------------


@pytest.mark.parametrize(
    ("credit", "agency", "photographer"),
    [
        ("Kuva: Liisa Korpela / Lehtikuva", "Lehtikuva", "Liisa Korpela"),
        ("Kuva: Lehtikuva", "Lehtikuva", None),
        ("Bild: Sven Ekdahl/TT", "TT Nyhetsbyrån", "Sven Ekdahl"),
        ("Fotó: MTI/Tóth Gábor", "MTI", "Tóth Gábor"),
    ],
)
def test_finnish_swedish_and_hungarian_photo_labels(
    credit: str, agency: str, photographer: str | None
) -> None:
    """``Kuva:`` (Finnish), ``Bild:`` (Swedish, German) and ``Fotó:``
    (Hungarian) open a photo credit as ``Foto:`` does; the label names no
    source, and Finland's photo agency is an agency."""
    story = wirestory.parse_story(_page(f"{_CAPTION} {credit}", *_PARAGRAPHS))
    [caption] = story.captions
    assert (caption.text, caption.credit) == (_CAPTION, credit)
    assert (caption.agency, caption.photographer, caption.source) == (agency, photographer, None)
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The tabloid Bild reported on Monday that the ferries would stop for a week.",
        "Kuva Lake froze early this year, and the ferries to its islands stopped.",
    ],
)
def test_the_labels_words_in_a_sentence_stay_body(paragraph: str) -> None:
    """Without its colon the word is a name in a sentence, no credit."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS[:2], paragraph, *_PARAGRAPHS[2:]))
    assert story.captions == ()
    assert paragraph in story.body


@pytest.mark.parametrize(
    ("credit", "source"),
    [
        ("Photo: China Daily", "China Daily"),
        ("Photo: Fjord Herald", "Fjord Herald"),
        ("Photo: Valley Tribune", "Valley Tribune"),
    ],
)
def test_a_newspaper_credited_for_its_photo_is_no_photographer(credit: str, source: str) -> None:
    """``Photo: China Daily``: a newspaper's name (its last word ``Daily``,
    ``Herald``, ``Tribune``, ``Gazette``) is the photo's source, no person."""
    found = parse_credit(credit)
    assert (found.photographer, found.source) == (None, source)


@pytest.mark.parametrize("credit", ["Photo: Hina Sato", "Photo: Liisa Korpela"])
def test_a_person_named_like_an_agency_stays_the_photographer(credit: str) -> None:
    """An agency read in datelines only (``Hina``, a given name too) makes no
    credit's agency: the name stays a person's."""
    found = parse_credit(credit)
    assert found.photographer == credit.removeprefix("Photo: ")
    assert found.agency is None


# --- Datelines ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "agency"),
    [
        ("ATHENS (ANA-MPA) - ", "Athens-Macedonian News Agency"),
        ("ZAGREB, March 4 (Hina) - ", "Hina"),
        ("ABU DHABI, 4th March, 2025 (WAM) -- ", "Emirates News Agency"),
        ("ABU DHABI, 22nd May 2025 (WAM) -- ", "Emirates News Agency"),
    ],
)
def test_greek_croatian_and_emirati_agency_datelines(opening: str, agency: str) -> None:
    """``ATHENS (ANA-MPA) -`` (Greek English-language sites), ``ZAGREB, March
    4 (Hina) -`` and the Emirati agency's ordinal day before its month
    (``ABU DHABI, 4th March, 2025 (WAM) --``) are datelines on a page."""
    story = wirestory.parse_story(_page(opening + _PARAGRAPHS[0], *_PARAGRAPHS[1:]))
    assert story.dateline is not None
    assert story.dateline.raw == opening.rstrip()
    assert story.dateline.agencies == (agency,)
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Liisa Korpela, 4th March, 2025 - The ferry crews met on Tuesday.",
        "ABU DHABI, 4th Marchx, 2025 (WAM) -- The ferry crews met on Tuesday.",
    ],
)
def test_ordinal_dates_and_given_names_counter_cases(paragraph: str) -> None:
    """An ordinal day vouches for nothing without a known agency, and a word
    that is no month's name is no date."""
    assert find_dateline(paragraph, page=True) is None


# --- Transcripts ---------------------------------------------------------------


@pytest.mark.parametrize("role", [", HOST", " (HOST)", ", GUEST"])
def test_a_transcript_s_speaker_and_role_is_no_dateline(role: str) -> None:
    """``JANE ROE, HOST: Good morning.`` opens a radio show's transcript: a
    name in capitals and a role is a speaker's turn, not a place and region,
    and the next speaker's ``JOHN DOE:`` is no dateline either."""
    first = f"LIISA KORPELA{role}: {_PARAGRAPHS[0]}"
    second = f"SVEN EKDAHL: {_PARAGRAPHS[1]}"
    story = wirestory.parse_story(_page(first, second, *_PARAGRAPHS[2:]))
    assert story.dateline is None
    assert list(story.body) == [first, second, *_PARAGRAPHS[2:]]


@pytest.mark.parametrize(
    ("first", "raw"),
    [
        ("UPDATE: The harbour board met again on Friday.", "RIYADH:"),
        ("A dredger moored at the north quay.", "RIYADH:"),
    ],
)
def test_a_label_or_a_caption_above_a_colon_dateline_keeps_it(first: str, raw: str) -> None:
    """A label in capitals is no speaker's turn: the colon dateline under it
    stays the story's."""
    story = wirestory.parse_story(_page(first, f"{raw} {_PARAGRAPHS[1]}", *_PARAGRAPHS[2:]))
    assert story.dateline is not None
    assert story.dateline.raw == raw


def test_a_place_and_region_before_a_colon_stays_a_dateline() -> None:
    """Only a role word in the region's slot turns the colon form down."""
    found = find_dateline("PERRIS, CALIF: The ferry crews met.", page=True)
    assert found is not None
    assert found.region == "CALIF"


# --- Correction notices ----------------------------------------------------------


@pytest.mark.parametrize(
    "notice",
    [
        "CORRECTION: An earlier version of this story gave the wrong cost of the dredging. "
        "It is 40 million, not 14 million.",
        "Clarification: This story has been updated to say the ferries keep their timetable.",
    ],
)
def test_a_correction_notice_above_the_story_is_a_note(notice: str) -> None:
    """``CORRECTION: An earlier version of this story …`` above the story is
    a note to readers, as ``Editor's note:`` is, not its first paragraph."""
    story = wirestory.parse_story(_page(notice, *_PARAGRAPHS))
    assert story.notes == (notice,)
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Correction officers at the port jail said the ferries carried their visitors.",
        "CORRECTION - the harbour board said - was never its word.",
    ],
)
def test_a_correction_word_opening_a_sentence_is_no_notice(paragraph: str) -> None:
    """The label takes a colon: a sentence opening with the word is body."""
    assert not find_advisory(paragraph)


# --- Footnotes ----------------------------------------------------------------


@pytest.mark.parametrize(("one", "two"), [("[1]", '"[12]'), ("\u00b9", "\u00b2")])
def test_paragraphs_ending_in_a_footnote_number_stay_the_story(one: str, two: str) -> None:
    """``… on Tuesday.[1]``, ``… on Tuesday.¹``: a footnote's number after a
    sentence's end (a page with references under the story) still ends the
    paragraph like a sentence; the paragraphs stay the story's."""
    first, second = _PARAGRAPHS[0] + one, _PARAGRAPHS[1] + two
    references = "References\n[1] Harbour board, annual report, 2024.\n[12] Ferry log, 2025."
    story = wirestory.parse_story(_page(first, second, *_PARAGRAPHS[2:], references))
    assert list(story.body) == [first, second, *_PARAGRAPHS[2:]]


@pytest.mark.parametrize(
    ("block", "ends"),
    [
        ("The quay reopened.[3]", True),
        ('He said "no."[123]', True),
        ("The quay reopened.[1234]", False),
        ("The quay reopened[3]", False),
        ("The quay reopened.[]", False),
        ("Weather [3]", False),
        ("The quay reopened.\u00b9", True),
        ('He said "no."\u00b2\u00b3', True),
        ("The quay reopened.\u00b9\u00b2\u00b3\u2074", False),
        ("The site covers 40 km\u00b2", False),
    ],
)
def test_a_footnote_number_after_the_sentence_end(block: str, ends: bool) -> None:
    """One to three digits in brackets after the mark (and its closing
    quotes); nothing else."""
    assert sentence_blocks([block]) == [ends]


@given(
    st.lists(
        st.text(st.sampled_from("a .!?\"')]\u201d[]0129\u0663\u00b9\u00b2\u2074"), max_size=14)
    )
)
def test_sentence_ends_with_footnotes_are_the_sentence_pattern(texts: list[str]) -> None:
    """The string tests read footnote numbers as the pattern does."""
    pattern = sentence_end_pattern()
    expected = [pattern.search(t.strip()[-8:]) is not None for t in texts]
    assert sentence_blocks(texts) == expected


# --- Bylines and sign-offs ---------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "names", "organization"),
    [
        ("By ZHOU MEI in Shenzhen | Harbour Daily", ("ZHOU MEI",), "Harbour Daily"),
        ("By Zhou Mei in Shenzhen | harbourdaily.com.cn", ("Zhou Mei",), "harbourdaily.com.cn"),
        (
            "By ZHOU MEI and GAO JUN in Shenzhen | Harbour Daily",
            ("ZHOU MEI", "GAO JUN"),
            "Harbour Daily",
        ),
        (
            "By ZHOU MEI in Shenzhen | Harbour Daily | Updated: 2025-03-04 10:12",
            ("ZHOU MEI",),
            None,
        ),
    ],
)
def test_a_writer_s_place_before_the_bar_and_the_outlet(
    header: str, names: tuple[str, ...], organization: str | None
) -> None:
    """``By Jane Roe in Beijing | China Daily | Updated: …`` (Chinese
    English-language papers): the place the writer filed from stands before
    the bar, the outlet and the date after it; the byline was lost."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS, header=header))
    assert story.byline is not None
    assert (story.byline.names, story.byline.organization) == (names, organization)
    assert story.byline.raw == header


@pytest.mark.parametrize(
    "line", ["Trapped in Shenzhen | Harbour Daily", "By Zhou Mei in the rain | Harbour Daily"]
)
def test_words_before_in_and_a_bar_that_are_no_writer_and_place(line: str) -> None:
    """No opener and names, or no place after ``in``: no byline."""
    from wirestory.bylines import find_page_byline

    assert find_page_byline(line) is None


@pytest.mark.parametrize("header", ["By Harbour Times", "By Fjord Gazette", "By Vale Tribune"])
def test_an_outlet_signing_its_staff_s_copy_is_no_writer(header: str) -> None:
    """``By Global Times``: the outlet signs its staff's copy; its name (last
    word ``Times``, ``Daily``, ``Tribune``, ``Gazette``) is no person's."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS, header=f"{header}\nMarch 4, 2025"))
    assert story.byline is None or not story.byline.names
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize(
    "sign_off", [" - Emirates News Agency, WAM –", " - Emirates News Agency, WAM", " - WAM"]
)
def test_the_emirati_agency_s_sign_off_closes_the_last_paragraph(sign_off: str) -> None:
    """``… on Monday. - Emirates News Agency, WAM –``: the agency's name and
    alias after a comma, a dash maybe closing them, sign the story off; the
    last paragraph was read as a photo's caption and its credit."""
    last = _PARAGRAPHS[-1] + sign_off
    story = wirestory.parse_story(
        _page(
            "Dubai, 4th March, 2025 (WAM) - " + _PARAGRAPHS[0],
            *_PARAGRAPHS[1:-1],
            last,
            header="posted on 04/03/2025",
        )
    )
    assert story.captions == ()
    assert list(story.body) == list(_PARAGRAPHS)
    assert story.dateline is not None
    assert story.dateline.agencies == ("Emirates News Agency",)


@pytest.mark.parametrize(
    "sign_off", ["- Liisa Korpela, WAM –", "- WAM, Liisa Korpela", "- Fjord Gazette, WAM"]
)
def test_a_person_or_an_outlet_beside_the_agency_is_no_sign_off(sign_off: str) -> None:
    """Only agencies' names on both sides of the comma make a sign-off."""
    from wirestory.trailers import is_dashed_sign_off

    assert not is_dashed_sign_off(sign_off)


def test_an_outlet_word_after_the_comma_makes_the_organisation_sure() -> None:
    """``By Jane Roe, Harbour Gazette``: a newspaper's word ends the name
    after the comma, so it is the outlet with no doubt (a second writer or a
    place never ends in ``Gazette``)."""
    header = "By Liisa Korpela, Fjord Gazette\nMarch 4, 2025"
    story = wirestory.parse_story(_page(*_PARAGRAPHS, header=header))
    assert story.byline is not None
    assert (story.byline.names, story.byline.organization) == (("Liisa Korpela",), "Fjord Gazette")
    assert "byline-place-after-name" not in [d.code for d in story.diagnostics]


def test_a_title_case_deck_naming_an_outlet_word_is_the_standfirst() -> None:
    """``Tough Times for Local News`` under a wire headline: ``Times`` is no
    name's word, so the deck is no writer-for-outlet byline but the
    standfirst."""
    lead = (
        "OSLO (Reuters) - The ferry strike ended on Tuesday after two days, the union "
        "said, and the boats sailed again."
    )
    [story] = wirestory.parse(
        f"Ferry strike ends after two days\nTough Times for Local News\n\n{lead}"
    )
    assert story.byline is None
    assert story.standfirst == "Tough Times for Local News"


@pytest.mark.parametrize(
    ("header", "organization"),
    [
        ("By Liisa Korpela Court Reporter", "Court Reporter"),
        ("By Liisa Korpela Local Democracy Reporter", "Local Democracy Reporter"),
        ("By Liisa Korpela News Reporter", "News Reporter"),
        ("By Liisa Korpela Trainee Reporter", "Trainee Reporter"),
        ("By Liisa Korpela Digital Producer", "Digital Producer"),
        ("By Liisa Korpela, Multimedia Journalist", "Multimedia Journalist"),
    ],
)
def test_a_regional_paper_s_beat_or_a_station_s_title_after_the_name(
    header: str, organization: str
) -> None:
    """``By Jane Roe Court Reporter`` (British regional papers), ``By Jane
    Roe, Multimedia Journalist`` (American local stations): the beat and the
    title are no part of the name (``Court`` was read as a surname, ``News
    Reporter`` lost the byline; ``, Multimedia Journalist`` after a comma was
    the organisation before, a counter-case)."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS, header=f"{header}\n4 March 2025"))
    assert story.byline is not None
    assert (story.byline.names, story.byline.organization) == (("Liisa Korpela",), organization)


@pytest.mark.parametrize("header", ["By Mary Court", "By Tom Crime"])
def test_a_beat_word_as_a_surname_stays_the_name(header: str) -> None:
    """A beat's word ends the name only before a title."""
    from wirestory.bylines import find_page_byline

    found = find_page_byline(header)
    assert found is not None
    assert found.names == (header.removeprefix("By "),)


@pytest.mark.parametrize(
    ("opening", "raw", "agency"),
    [
        ("TOKYO (Jiji Press) — ", "TOKYO (Jiji Press) —", "Jiji Press"),
        ("Taipei, March 4 (CNA) ", "Taipei, March 4 (CNA)", "Central News Agency"),
        ("TAIPEI (CNA) - ", "TAIPEI (CNA) -", "Central News Agency"),
    ],
)
def test_japanese_and_taiwanese_agency_datelines(opening: str, raw: str, agency: str) -> None:
    """``TOKYO (Jiji Press) —`` and Taiwan's agency, whose English site puts
    no dash after it (``Taipei, March 4 (CNA) Taiwan's …``): known agencies,
    the dateline read with no diagnostic."""
    story = wirestory.parse_story(_page(opening + _PARAGRAPHS[0], *_PARAGRAPHS[1:]))
    assert story.dateline is not None
    assert (story.dateline.raw, story.dateline.agencies) == (raw, (agency,))
    assert list(story.body) == list(_PARAGRAPHS)
    assert not [d for d in story.diagnostics if d.code.startswith("dateline")]


@pytest.mark.parametrize("credit", ["Photo: CNA", "Photo: Jiji"])
def test_agencies_read_in_datelines_only_name_no_credit_s_agency(credit: str) -> None:
    """``CNA`` (a nursing assistant, a channel) and ``jiji`` (Swahili: a
    city) are no credit's agency."""
    assert parse_credit(credit).agency is None


@pytest.mark.parametrize(
    "header",
    [
        "BY LIISA KORPELA [korpela.liisa@fjordgazette.example]",
        "By Liisa Korpela [lk@fjord.example]",
    ],
)
def test_a_writer_s_address_in_brackets_after_the_names(header: str) -> None:
    """``BY JANE ROE [jroe@example.com]`` (Korean English-language papers): the
    address in brackets is read as in parentheses; the byline was lost."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS, header=f"{header}\nMarch 4, 2025"))
    assert story.byline is not None
    assert story.byline.names == (header.split(" [")[0].removeprefix("BY ").removeprefix("By "),)
    assert story.byline.raw == header


def test_words_in_brackets_that_are_no_address_make_no_byline() -> None:
    """Only an address in the brackets is dropped."""
    from wirestory.bylines import find_page_byline

    assert find_page_byline("By Liisa Korpela [Updated]") is None


@pytest.mark.parametrize(
    ("line", "names", "organization"),
    [
        ("By Sun Mei | Harbour Daily", ("Sun Mei",), "Harbour Daily"),
        ("By Sun Mei in Shenzhen | Harbour Daily", ("Sun Mei",), "Harbour Daily"),
        ("Sun Mei - March 4, 2025", ("Sun Mei",), None),
    ],
)
def test_the_surname_sun_is_no_weekday(
    line: str, names: tuple[str, ...], organization: str | None
) -> None:
    """``By Sun Mei | China Daily``: ``Sun`` with no day or month after it is
    a surname (common in Chinese names), not Sunday's date opening; the byline
    was lost."""
    from wirestory.bylines import find_page_byline

    found = find_page_byline(line)
    assert found is not None
    assert (found.names, found.organization) == (names, organization)


@pytest.mark.parametrize(
    "line", ["By Liisa Korpela Sun Mar 4, 2025", "By Liisa Korpela Sun 4 March 2025"]
)
def test_sun_before_a_date_is_still_the_weekday(line: str) -> None:
    """Before a day or a month, ``Sun`` opens the page's date."""
    from wirestory.bylines import find_page_byline

    found = find_page_byline(line)
    assert found is not None
    assert found.names == ("Liisa Korpela",)


@pytest.mark.parametrize(
    ("credit", "agency", "photographer"),
    [
        ("Foto: Ola Berge / NTB Scanpix", "NTB", "Ola Berge"),
        ("Foto: Ana Souza/Folhapress", "Folhapress", "Ana Souza"),
    ],
)
def test_norwegian_and_brazilian_photo_agencies(
    credit: str, agency: str, photographer: str
) -> None:
    """``NTB Scanpix`` (the Norwegian agency's photo service) is the agency,
    not a source beside it; ``Folhapress`` (a Brazilian paper's agency) is an
    agency."""
    found = parse_credit(credit)
    assert (found.agency, found.photographer, found.source) == (agency, photographer, None)


@pytest.mark.parametrize(
    ("header", "organization"),
    [
        ("KYODO NEWS - Mar 4, 2025 - 10:12 | World", "KYODO NEWS"),
        ("Reuters - Mar 4, 2025", "Reuters"),
    ],
)
def test_an_agency_alone_before_the_dashed_date_is_the_organisation(
    header: str, organization: str
) -> None:
    """``KYODO NEWS - Mar 4, 2025 - 10:12 | World`` under the headline (the
    Japanese agency's English site): the agency signs, no writer; the line
    gave no byline."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS, header=header))
    assert story.byline is not None
    assert (story.byline.names, story.byline.organization) == ((), organization)
    assert list(story.body) == list(_PARAGRAPHS)


def test_a_section_before_the_dashed_date_is_no_organisation() -> None:
    """Only a known agency signs so: ``World - Mar 4, 2025`` is a section's."""
    from wirestory.bylines import find_page_byline

    assert find_page_byline("World - Mar 4, 2025") is None
