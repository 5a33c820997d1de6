"""Page and wire forms of the sixth held-out round (issue #15), with the
counter-cases that read like them and must be read otherwise or carry a
diagnostic."""

from __future__ import annotations

import pytest

import wirestory
from wirestory.agencies import find_agency
from wirestory.bylines import find_page_byline


@pytest.mark.parametrize(
    ("paragraph", "raw", "agencies", "date_text"),
    [
        # The Russian agencies' form: place, day-first date, a full stop, the
        # agency between slashes and a full stop.
        (
            "КИЕВ, 3 декабря. /ТАСС/. Совет утвердил бюджет.",
            "КИЕВ, 3 декабря. /ТАСС/.",
            ("TASS",),
            "3 декабря",
        ),
        (
            "MOSCOW, December 3. /TASS/. The council met.",
            "MOSCOW, December 3. /TASS/.",
            ("TASS",),
            "December 3",
        ),
        # A day-first date with a Romance-language abbreviated month, no agency.
        ("ROMA, 3 dic. - Il consiglio ha votato.", "ROMA, 3 dic. -", (), "3 dic"),
        ("LISBOA, 14 set - O conselho votou.", "LISBOA, 14 set -", (), "14 set"),
        ("PARIS, 3 déc. – Le conseil a voté.", "PARIS, 3 déc. –", (), "3 déc"),
        (
            "MILANO, 3 dicembre 2026 - Il consiglio.",
            "MILANO, 3 dicembre 2026 -",
            (),
            "3 dicembre 2026",
        ),
        # Agencies whose names are words: read in the dateline's parentheses only.
        ("BRUXELLES (Belga) - Le conseil a voté.", "BRUXELLES (Belga) -", ("Belga",), None),
        ("JAKARTA (ANTARA) - The council voted.", "JAKARTA (ANTARA) -", ("Antara",), None),
        ("MOSCOW (TASS) - The council voted.", "MOSCOW (TASS) -", ("TASS",), None),
        ("BERLİN (AA) - Meclis bütçeyi onayladı.", "BERLİN (AA) -", ("Anadolu Agency",), None),
    ],
)
def test_datelines_of_other_languages(
    paragraph: str, raw: str, agencies: tuple[str, ...], date_text: str | None
) -> None:
    """Datelines of European and Russian agency copy are read in wire copy and
    on pages alike, with the agency's name from either table."""
    for page in (False, True):
        found = wirestory.find_dateline(paragraph, page=page)
        assert found is not None, page
        assert (raw, agencies, date_text) == (found.raw, found.agencies, found.date_text)


@pytest.mark.parametrize(
    "paragraph",
    [
        # A month's letters must name a month: "big" does not.
        "ACME, 3 big deals - The firm signed them.",
        "ACME, 3 big deals 2026 - The firm signed them.",
        # Small letters after the dash: no dateline's text opens so.
        "ROMA, 3 dic. - il consiglio ha votato.",
        # A title-case place before a day-first date with no agency: a list's item.
        "Roma, 3 dic. - Il consiglio ha votato.",
        # Slashes around a word that is no agency's, in wire copy.
        "MOSCOW, December 3. /DRAFT/. The council met.",
        # A date that is none between the place and the slashes.
        "MOSCOW, many things. /TASS/. The council met.",
        # An agency of the dateline-only table where no parentheses stand.
        "Jakarta - Antara reported the council met.",
        "Jakarta, Antara - The council met.",
    ],
)
def test_datelines_of_other_languages_counter_cases(paragraph: str) -> None:
    """Text shaped like those datelines but missing what vouches for them is
    no dateline in wire copy."""
    assert wirestory.find_dateline(paragraph) is None


@pytest.mark.parametrize(
    ("paragraph", "raw", "agencies"),
    [
        ("MADRID, 3 dic (EFE).- El consejo votó.", "MADRID, 3 dic (EFE).-", ("EFE",)),
        # An agency of Knowledge.dateline_agencies in that slot.
        ("LISBOA, 3 dez (Lusa) - O conselho votou.", "LISBOA, 3 dez (Lusa) -", ("Lusa",)),
        (
            "Roma, 6 set. (askanews) – Il consiglio ha votato.",
            "Roma, 6 set. (askanews) –",
            ("askanews",),
        ),
        # A capitalised month (German, Turkish), a day with a full stop, a year.
        (
            "ANKARA, 3 Aralık (AA) - Meclis onayladı.",
            "ANKARA, 3 Aralık (AA) -",
            ("Anadolu Agency",),
        ),
        (
            "BERLIN, 3. Dezember (dpa) - Der Rat tagte.",
            "BERLIN, 3. Dezember (dpa) -",
            ("Deutsche Presse-Agentur",),
        ),
        (
            "Bruxelles, 3 décembre 2026 (Belga) - Le conseil.",
            "Bruxelles, 3 décembre 2026 (Belga) -",
            ("Belga",),
        ),
        # A space between the full stop and the dash.
        ("BOGOTÁ, 3 dic (EFE). - El consejo votó.", "BOGOTÁ, 3 dic (EFE). -", ("EFE",)),
    ],
)
def test_day_first_agency_in_parentheses_on_a_page(
    paragraph: str, raw: str, agencies: tuple[str, ...]
) -> None:
    """A known agency in parentheses after a day-first date is a page's own
    form (``test_a_spanish_agency_dateline_on_a_page``), the dateline-only
    agencies included."""
    found = wirestory.find_dateline(paragraph, page=True)
    assert found is not None
    assert (found.raw, found.agencies) == (raw, agencies)


def test_unknown_agency_in_slashes_on_a_page_only() -> None:
    """Capitals between slashes that no table knows are an agency by shape on
    a web page (the page layout says so with ``dateline-agency-by-shape``,
    see the case ``russian_unknown_agency_in_slashes``), never in wire copy."""
    paragraph = "МОСКВА, 3 декабря. /ПРАЙМ/. Экспорт вырос."
    found = wirestory.find_dateline(paragraph, page=True)
    assert found is not None
    assert (found.raw, found.agencies) == ("МОСКВА, 3 декабря. /ПРАЙМ/.", ("ПРАЙМ",))
    assert wirestory.find_dateline(paragraph) is None


@pytest.mark.parametrize(
    "text",
    [
        "the council said, according to the news agency Tass",
        "De regering zei dat het plan belga is",
        "Antara news agency said",
        "TASS",
        "Belga",
    ],
)
def test_dateline_only_agencies_are_no_credit(text: str) -> None:
    """The agencies of ``Knowledge.dateline_agencies`` are never found in
    running text or alone (a credit's form): their names are words of a
    language, or older copy names them inside its sentences."""
    assert find_agency(text) is None


def test_tass_in_a_hard_wrapped_wire_line_stays_text() -> None:
    """A wire story whose first line ends with the agency's name (the 1980s
    form that made "Tass" leave the agency table) keeps its dateline and its
    lead: the name is read only in a dateline's slot."""
    text = (
        "SOVIET GRAIN HARVEST SEEN LOWER\n\n"
        "    MOSCOW, March 3 - The Soviet grain harvest will fall short of the plan, the\n"
        "official news agency Tass said on Tuesday, citing the farm ministry.\n"
        "    The ministry gave no figure for the shortfall.\n Reuter\n"
    )
    story = wirestory.parse_story(text, options=wirestory.ParseOptions(layout="wire"))
    assert story.dateline is not None
    assert story.dateline.raw == "MOSCOW, March 3 -"
    assert story.captions == ()
    assert story.body[0].startswith("The Soviet grain harvest")


_PARAGRAPHS = (
    "The river board said on Tuesday it would spend two million on new sluice gates for "
    "the lower weir, the first such work in more than a decade, as winter floods grow.",
    "Officials said the gates would be fitted in the spring and that the towpath would "
    "stay open while they were installed, with the noisiest work done on weekdays only.",
    "Anglers welcomed the plan but said the board should also clear the reeds, since the "
    "channel above the weir had silted up badly over the past five summers.",
)


def _page(box: str) -> str:
    """A page: title line, menu, headline, byline, three paragraphs (``box``
    between the first and the second), a listing and a footer."""
    return (
        "River board to fit new sluice gates - Vale Post\n\nVale Post\nHome\nNews\nWorld\n"
        "Business\nSport\nOpinion\n\nRiver board to fit new sluice gates\nBy Ann Marsh\n"
        f"March 3, 2020\nShare\n\n{_PARAGRAPHS[0]}\n\n{box}{_PARAGRAPHS[1]}\n\n"
        f"{_PARAGRAPHS[2]}\n\nRelated\nBus fares frozen again\nNew bridge opens\n\n"
        "About us\nContact\n"
    )


@pytest.mark.parametrize(
    "credit",
    [
        "(Source: Vale Water Board)",
        "Source: Vale Water Board",
        "Fonte: Porto de Lisboa",
        "(Quelle: Hafen Hamburg)",
        "Source : Port de Nantes",
    ],
)
def test_source_credit_under_a_caption(credit: str) -> None:
    """A source's credit line (a label of ``Knowledge.source_labels``, a name,
    maybe in parentheses) glued under a photo's caption credits it."""
    caption = "Workers lift a sluice gate into place at the lower weir."
    story = wirestory.parse_story(_page(f"{caption}\n{credit}\n\n"))
    assert [(c.text, c.credit) for c in story.captions] == [(caption, credit)]
    assert list(story.body) == list(_PARAGRAPHS)


def test_source_under_a_paragraph_reporting_speech_stays_out_of_the_captions() -> None:
    """A paragraph reporting speech with its data's source glued under it
    (``… the office said.`` / ``Source: Vale Statistics``) is a paragraph, not
    a caption: it was lost from the body."""
    paragraph = "Flood claims rose by a fifth last year, the statistics office said."
    story = wirestory.parse_story(_page(f"{paragraph}\nSource: Vale Statistics\n\n"))
    assert story.captions == ()
    assert paragraph in story.body


def _header_page(header: str) -> str:
    """A page like ``_page``'s with ``header`` under the headline."""
    return _page("").replace("By Ann Marsh\nMarch 3, 2020\n", f"{header}\n", 1)


@pytest.mark.parametrize(
    ("header", "names"),
    [
        ("Reporter: Ann Marsh\nMarch 3, 2020", ("Ann Marsh",)),
        ("Writer: Ann Marsh and Tom Hale\nMarch 3, 2020", ("Ann Marsh", "Tom Hale")),
        ("Yazar: Ann Marsh\n3 Mart 2020", ("Ann Marsh",)),
        ("Muhabir: Ann Marsh\n3 Mart 2020", ("Ann Marsh",)),
        ("Autor: Ann Marsh\n3. März 2020", ("Ann Marsh",)),
        ("Автор: Анна Марш\n3 марта 2020", ("Анна Марш",)),
        ("Texto: Ann Marsh\n3 de março de 2020", ("Ann Marsh",)),
        # A label over no name gives no byline.
        ("Reporter: Staff\nMarch 3, 2020", ()),
    ],
)
def test_byline_labels_of_other_words_and_languages(header: str, names: tuple[str, ...]) -> None:
    """A page's byline printed after a label and its colon (``Reporter:``,
    ``Yazar:``, ``Автор:``; ``Knowledge.page_byline_openers``) gives the names."""
    story = wirestory.parse_story(_header_page(header))
    assert (story.byline.names if story.byline else ()) == names
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize(
    "credit",
    [
        "Crédito: Ivo Lind/Agência Vale",
        "Crédit : Ivo Lind",
        "Imagen: Ivo Lind",
        "Görsel: Ivo Lind",
    ],
)
def test_photo_labels_of_other_languages(credit: str) -> None:
    """A caption ending in a credit opened by a photo label of Portuguese,
    Spanish, French or Turkish (``Knowledge.photo_labels``) is a caption with
    that credit, between two paragraphs."""
    caption = "Workers lift a sluice gate into place at the lower weir on Monday."
    story = wirestory.parse_story(_page(f"{caption} {credit}\n\n"))
    assert [(c.text, c.credit) for c in story.captions] == [(caption, credit)]
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize(
    ("credit", "photographer", "source"),
    [
        ("Crédito: Ivo Lind/Agência Vale", "Ivo Lind", "Agência Vale"),
        ("Fotoğraf: Ivo Lind", "Ivo Lind", None),
        ("Photograph: Ivo Lind/Vale Post", "Ivo Lind", "Vale Post"),
        ("Фото: Иван Линд", "Иван Линд", None),
        ("Görsel: Ivo Lind", "Ivo Lind", None),
    ],
)
def test_photo_labels_name_no_source(credit: str, photographer: str, source: str | None) -> None:
    """A photo label of any language is a qualifier (``Knowledge.credit_qualifiers``),
    not the photo's source: ``Fotoğraf: Ivo Lind`` gave the source ``Fotoğraf``."""
    parsed = wirestory.parse_credit(credit)
    assert (parsed.photographer, parsed.source) == (photographer, source)


@pytest.mark.parametrize(
    "box",
    [
        "Join our WhatsApp channel for the latest news\n\n",
        "Join our newsletter\n\n",
        "(Story continues below)\n\n",
        "Report an error\n\n",
        "Ayrıca okuyun: Belediye yeni köprü için ihale açtı\n\n",
        "Lee más: El ayuntamiento abre un nuevo puente\n\n",
    ],
)
def test_prompts_and_boxes_between_paragraphs_are_furniture(box: str) -> None:
    """A prompt (``Join our …``, ``(Story continues below)``, ``Report an
    error``) or a Turkish or Spanish "read also" box between two paragraphs is
    furniture; the story goes on under it."""
    story = wirestory.parse_story(_page(box))
    assert list(story.body) == list(_PARAGRAPHS)


def test_join_our_opening_a_sentence_stays() -> None:
    """A story's sentence opening with ``Join our`` (more than eight words,
    ending like a sentence) stays in the body."""
    sentence = "Join our volunteers on the towpath on Sunday morning, the river board said."
    story = wirestory.parse_story(_page(f"{sentence}\n\n"))
    assert sentence in story.body


def test_wire_feed_notice_under_the_story_is_furniture() -> None:
    """The notice Indian sites print under agency copy without parentheses
    (``This story has been published from a wire agency feed …``) is no
    paragraph of the story."""
    notice = (
        "This story has been published from a wire agency feed without modifications to the text."
    )
    story = wirestory.parse_story(_page("").replace("Related\n", f"{notice}\n\nRelated\n", 1))
    assert list(story.body) == list(_PARAGRAPHS)


def _titled(title: str, header: str, *, menu: int = 6) -> str:
    """A page whose first line is ``title``, a masthead and a menu of ``menu``
    extra items, then ``header`` (headline and byline lines), the story, a
    listing and a footer."""
    items = "".join(f"Section {n}\n" for n in range(menu))
    return (
        f"{title}\n\nVale Post\nHome\nNews\n{items}\n{header}\nMarch 3, 2020\nShare\n\n"
        f"{_PARAGRAPHS[0]}\n\n{_PARAGRAPHS[1]}\n\n{_PARAGRAPHS[2]}\n\n"
        "Related\nBus fares frozen again\nNew bridge opens\n\nAbout us\nContact\nPrivacy\n"
    )


@pytest.mark.parametrize("menu", [0, 12])
def test_a_title_that_is_the_site_name_is_no_headline(menu: int) -> None:
    """A page whose title is the site's name alone (``Vale Post``, shown again
    as the masthead) takes the line above the byline for its headline, in a
    short scrape (read as a page by its furniture) and in a long page; the
    masthead was the headline, and the short scrape was read as wire copy with
    its menu and footer in the body."""
    headline = "River board to fit new sluice gates"
    story = wirestory.parse_story(_titled("Vale Post", f"{headline}\nBy Ann Marsh", menu=menu))
    assert (story.layout, story.headline) == ("page", headline)
    assert list(story.body) == list(_PARAGRAPHS)


def test_a_short_title_shown_as_the_headline_stays() -> None:
    """A short title with no site's part that the page shows as its headline
    (a standfirst between it and the byline) stays the headline."""
    headline = "Sluice gates ordered"
    header = (
        f"{headline}\nThe work is the first on the lower weir in more than ten years\nBy Ann Marsh"
    )
    story = wirestory.parse_story(_titled(headline, header, menu=12))
    assert story.headline == headline


@pytest.mark.parametrize(
    "paragraph",
    [
        # A capitalised word after the day that is no month's name.
        "ANKARA, 3 Bakanlık (AA) - Meclis onayladı.",
        # Unknown capitals after a title-case place and a date: no agency.
        "Berlin, 3. Dezember (Acme) - Der Rat tagte.",
    ],
)
def test_day_first_dates_counter_cases(paragraph: str) -> None:
    """A capitalised word after the day is a month only when it is a month's
    name; an agency no table knows after a title-case place gives none."""
    assert wirestory.find_dateline(paragraph, page=True) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ('By Ann "Annie" Marsh', ('Ann "Annie" Marsh',)),
        ("By Ann “Annie May” Marsh", ("Ann “Annie May” Marsh",)),
        ('By Ann "Annie" Marsh and Tom Hale', ('Ann "Annie" Marsh', "Tom Hale")),
        # A quote opening the names, a nickname in small letters, an unclosed
        # quote: no name.
        ('By "Annie" Marsh', None),
        ('By Ann "the Hammer" Marsh', None),
        ('By Ann "Annie Marsh', None),
    ],
)
def test_a_nickname_in_quotes_inside_a_name(line: str, names: tuple[str, ...] | None) -> None:
    """A writer's nickname in double quotes after the first name (``By Ann
    "Annie" Marsh``) is part of the name; the byline gave no names."""
    found = wirestory.find_byline(line)
    assert (found.names if found is not None else None) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("by Marla September 15, 2014", ("Marla",)),
        ("By Marla Dec. 6, 2017", ("Marla",)),
        # A month, a weekday, a word that is never a name, a name in capitals
        # or of two letters, no date after it: no byline. An agency signs
        # the story: a byline naming no one, the agency its organisation
        # (tests/test_silent8.py).
        ("By June 15, 2014", None),
        ("By Monday September 15, 2014", None),
        ("By Reuters September 15, 2014", ()),
        ("Posted by Admin September 15, 2014", None),
        ("By Staff September 15, 2014", None),
        ("By MARLA September 15, 2014", None),
        ("By Jo September 15, 2014", None),
        ("by Marla", None),
    ],
)
def test_a_blogger_signing_with_one_name_before_a_date(
    line: str, names: tuple[str, ...] | None
) -> None:
    """A page's byline of one capitalised name with its date glued after it
    (``by Marla September 15, 2014``: blogs sign so) gives that name; the date
    frames it, as ``By June`` alone frames nothing."""
    found = find_page_byline(line)
    assert (found.names if found is not None else None) == names


def test_a_breadcrumb_ending_with_the_headline_is_not_the_headline() -> None:
    """A breadcrumb trail whose separators the scraper dropped, ending with the
    headline (``Home Outdoors Hiking the ridge trail``), above the headline
    and the byline: the headline is the line the trail ends with (the trail
    was taken, as the topmost headline-shaped line above the byline)."""
    headline = "Hiking the ridge trail with small children"
    header = (
        f"Home Outdoors Family Days {headline}\n"
        "Outdoors Family Days Travel Tips\n\n"
        f"{headline}\n\nBy Marla Quinn\nSeptember 15, 2014"
    )
    page = (
        "Ten things to pack for a family hike | Marla Outdoors\n\nMarla Outdoors\nHome\n"
        "Recipes\nTravel\nCrafts\nReviews\nAbout\n\n"
        f"{header}\nShare\n\n{_PARAGRAPHS[0]}\n\n{_PARAGRAPHS[1]}\n\n{_PARAGRAPHS[2]}\n\n"
        "Related\nBus fares frozen again\nNew bridge opens\n\nAbout us\nContact\nPrivacy\n"
    )
    story = wirestory.parse_story(page)
    assert story.headline == headline
    assert story.byline is not None
    assert story.byline.names == ("Marla Quinn",)


@pytest.mark.parametrize(
    ("credit", "photographer", "source"),
    [
        ("Photo courtesy Vale Water Board", "Vale Water Board", None),
        ("Photo courtesy of Ivo Lind", "Ivo Lind", None),
    ],
)
def test_photo_courtesy_without_a_colon(
    credit: str, photographer: str | None, source: str | None
) -> None:
    """``… on Monday. Photo courtesy Vale Water Board`` (US sites print no
    colon) ends a caption; ``Courtesy of`` names no source ``of …``."""
    caption = "Workers lift a sluice gate into place at the lower weir on Monday."
    story = wirestory.parse_story(_page(f"{caption} {credit}\n\n"))
    assert [(c.text, c.credit) for c in story.captions] == [(caption, credit)]
    assert (story.captions[0].photographer, story.captions[0].source) == (photographer, source)
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize(
    "sentence",
    [
        "The photo courtesy rules were changed last year by the board.",
        "He said the photo courtesy of the family was lovely.",
    ],
)
def test_photo_courtesy_in_a_sentence_stays(sentence: str) -> None:
    """``photo courtesy`` inside a sentence, or before small letters, is no
    credit."""
    story = wirestory.parse_story(_page(f"{sentence}\n\n"))
    assert story.captions == ()
    assert sentence in story.body


def test_a_short_title_shown_again_over_a_caption_stays_the_headline() -> None:
    """A title of three words with no separator (``Storm Hits Coast``) shown
    again with a photo's caption under it, not a menu's item, is the
    headline, not a site's name: the caption above the byline is not taken
    for the headline."""
    text = (
        "Storm Hits Coast\n\nStorm Hits Coast\n\n"
        "A flooded street in the port town. (AFP)\n\nBy Ann Marsh\n\n"
        f"{_PARAGRAPHS[0]}\n\n{_PARAGRAPHS[1]}\n\n{_PARAGRAPHS[2]}\n"
    )
    story = wirestory.parse_story(text, options=wirestory.ParseOptions(layout="page"))
    assert story.headline == "Storm Hits Coast"
