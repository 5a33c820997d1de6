"""Page forms of the seventh held-out round (issue #15): datelines, bylines,
captions and boxes of Latin American, Indonesian, Malaysian and Turkish sites,
with the counter-cases that read like them and must be read otherwise or
carry a diagnostic.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import functools

import pytest
from news_pages import news_page

import wirestory
from wirestory.bylines import find_page_byline
from wirestory.captions import is_page_caption, parse_credit, split_page_credit
from wirestory.layouts.page import is_date_line
from wirestory.trailers import is_dashed_sign_off

_PARAGRAPHS = (
    "The river authority opened the new flood gates on Tuesday, two years after the old "
    "ones failed during the storms that flooded the lower town.",
    "The gates cost about 40 million and were built by a consortium of three local firms, "
    "the authority said in a statement on its website.",
    "Residents of the lower town said they still feared the next storm, because the "
    "embankment on the north bank has not yet been raised.",
    "The authority said work on the embankment would begin in the spring and would take "
    "about a year to finish, weather permitting.",
)
_HEADLINE = "River authority opens new flood gates"


# A page: title line, menu, headline, ``header``, the blocks (set apart by
# blank lines), a footer.
_page = functools.partial(
    news_page,
    headline=_HEADLINE,
    header="By Aminah Yusof\nJune 25, 2024",
    site="The Valley Courier",
    year=2024,
)


_ES_PARAGRAPHS = (
    "Los diputados aprobaron el martes el presupuesto para el próximo año, después de una "
    "sesión que duró más de doce horas en el Congreso.",
    "El presupuesto asciende a unos 40 mil millones y fue aprobado con los votos de tres "
    "bancadas, informó el Congreso en un comunicado.",
    "Los diputados de la oposición dijeron que votarán en contra de la ampliación que el "
    "Ejecutivo pidió para la próxima semana, porque no hay fondos.",
)


def _es_page(*paragraphs: str) -> str:
    """A Spanish-language page around ``paragraphs``."""
    headline = "Congreso aprueba el presupuesto tras doce horas de sesión"
    return (
        f"{headline} | Prensa Sur\n\nInicio\nNacional\nInternacional\nDeportes\n\n"
        f"{headline}\nPor Ana Pérez\n14/06/2026 - 10:00 pm\n\n"
        + "\n\n".join(paragraphs)
        + "\n\nPublicidad\nQuiénes somos\nContacto\n© 2026 Prensa Sur\n"
    )


# --- Datelines -------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "raw", "places", "agencies", "date_text"),
    [
        # A news network reposting a national agency's copy joins their names
        # with a hyphen.
        (
            "KOTA LAMA, June 25 (ABN-BERNAMA) — The council met.",
            "KOTA LAMA, June 25 (ABN-BERNAMA) —",
            ("KOTA LAMA",),
            ("Bernama",),
            "June 25",
        ),
        # Latin American agencies, a day-first date and a full stop before the dash.
        (
            "Villa Nueva, 3 de junio (Télam).- El Gobierno aprobó el plan.",
            "Villa Nueva, 3 de junio (Télam).-",
            ("Villa Nueva",),
            ("Télam",),
            "3 de junio",
        ),
        (
            "PUERTO ALTO, 3 de junio (Andina).- El Gobierno aprobó el plan.",
            "PUERTO ALTO, 3 de junio (Andina).-",
            ("PUERTO ALTO",),
            ("Andina",),
            "3 de junio",
        ),
        # A site's own name in the agency's slot, in title case: read by its shape.
        (
            "Villa Nueva, 14 de junio (Prensa Sur).– Los diputados votaron.",
            "Villa Nueva, 14 de junio (Prensa Sur).–",
            ("Villa Nueva",),
            ("Prensa Sur",),
            "14 de junio",
        ),
        (
            "Villa Nueva, 14 de junio (DiarioSur).– Los diputados votaron.",
            "Villa Nueva, 14 de junio (DiarioSur).–",
            ("Villa Nueva",),
            ("DiarioSur",),
            "14 de junio",
        ),
        # Indonesian sites sign their copy with their address, after the place
        # or before it.
        (
            "KOTA BARU, KABARKITA.com – Dewan menyetujui anggaran.",
            "KOTA BARU, KABARKITA.com –",
            ("KOTA BARU",),
            (),
            None,
        ),
        (
            "Harian7.com, Kota Baru – Gubernur menyetujui anggaran.",
            "Harian7.com, Kota Baru –",
            ("Kota Baru",),
            (),
            None,
        ),
        (
            "SUARAKITA.CO, Kota Baru - Dewan menyetujui anggaran.",
            "SUARAKITA.CO, Kota Baru -",
            ("Kota Baru",),
            (),
            None,
        ),
        (
            "Kota Baru, Kabar.co.id - Dewan menyetujui anggaran.",
            "Kota Baru, Kabar.co.id -",
            ("Kota Baru",),
            (),
            None,
        ),
    ],
)
def test_page_datelines(
    paragraph: str,
    raw: str,
    places: tuple[str, ...],
    agencies: tuple[str, ...],
    date_text: str | None,
) -> None:
    """Datelines of Latin American, Malaysian and Indonesian pages are read on
    a page's first paragraph, with their place, agency and date."""
    found = wirestory.find_dateline(paragraph, page=True)
    assert found is not None
    assert (raw, places, agencies, date_text) == (
        found.raw,
        found.places,
        found.agencies,
        found.date_text,
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        # Capitals no table knows after a title-case place: no site's name.
        "Villa Nueva, 19 nov (XYZ).- El muelle reabrió.",
        # A firm's name in parentheses, no date.
        "Acme Foods (Harbour Holdings).- The firm said.",
        "Villa Nueva (Prensa Sur).– Los diputados votaron.",
        # A site's name with a dash but no full stop before it.
        "Villa Nueva, 14 de junio (Prensa Sur) – Los diputados votaron.",
        # More than three words in the slot.
        "Villa Nueva, 14 de junio (Prensa Sur Del Norte Hoy).– Los diputados.",
        # Hyphen-joined capitals neither of which is a known agency.
        "KOTA LAMA, June 25 (ABN-XYZ) — The council met.",
        "KOTA LAMA, June 25 (ABN-BERNAMA-XYZ) — The council met.",
        # A site's address, then small letters: no text of a story opens so.
        "KOTA BARU, KABARKITA.com - dewan menyetujui anggaran.",
        # An address in small letters, a firm's name, a sentence.
        "Acme, example.com - The firm said.",
        "The firm, Acme.com - Shares rose.",
        "Shares of Acme.com, Inc - The firm said.",
        # A place too long for one.
        "Harian7.com, Kota Baru Barat Daya Lama - Dewan menyetujui.",
    ],
)
def test_page_datelines_counter_cases(paragraph: str) -> None:
    """Text shaped like those datelines but missing what vouches for them is
    no dateline, on a page or in wire copy."""
    assert wirestory.find_dateline(paragraph, page=True) is None
    assert wirestory.find_dateline(paragraph) is None


def test_a_site_name_in_the_agency_slot_is_diagnosed() -> None:
    """A dateline whose agency slot holds a site's name read by its shape
    carries ``dateline-agency-by-shape``; a known agency's needs none."""
    opening = "Villa Nueva, 14 de junio (Prensa Sur).– "
    story = wirestory.parse_story(_es_page(opening + _ES_PARAGRAPHS[0], *_ES_PARAGRAPHS[1:]))
    assert story.dateline is not None
    assert story.dateline.raw == opening.strip()
    assert list(story.body) == list(_ES_PARAGRAPHS)
    assert [d.code for d in story.diagnostics] == ["dateline-agency-by-shape"]
    opening = "Villa Nueva, 14 de junio (Télam).- "
    story = wirestory.parse_story(_es_page(opening + _ES_PARAGRAPHS[0], *_ES_PARAGRAPHS[1:]))
    assert story.dateline is not None
    assert story.dateline.agencies == ("Télam",)
    assert list(story.body) == list(_ES_PARAGRAPHS)
    assert [d.code for d in story.diagnostics] == []


# --- Bylines ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # Indonesian: "Oleh" (by), "Penulis:" (writer), "dan" (and).
        ("Oleh Budi Santoso", ("Budi Santoso",)),
        ("Oleh: Budi Santoso dan Siti Rahma", ("Budi Santoso", "Siti Rahma")),
        ("Penulis: Budi Santoso", ("Budi Santoso",)),
        # Turkish "ve" (and) between two writers.
        ("Yazar: Selin Demir ve Ali Kaya", ("Selin Demir", "Ali Kaya")),
        # Frames before the opener: Spanish "Escrito por", "Publicado por",
        # English "Published by".
        ("Escrito por Ana Pérez", ("Ana Pérez",)),
        ("Publicado por Ana Pérez", ("Ana Pérez",)),
        ("Published by Jane Roe on June 3, 2024", ("Jane Roe",)),
    ],
)
def test_page_bylines(line: str, names: tuple[str, ...]) -> None:
    """Byline openers and joiners of Indonesian, Turkish and Spanish pages."""
    found = find_page_byline(line)
    assert found is not None
    assert found.names == names


@pytest.mark.parametrize(
    "line",
    [
        # A sentence opening with "Oleh karena itu" (therefore): no name.
        "Oleh karena itu dewan menunda rapat",
        # "Penulis" without its colon is a word of a sentence.
        "Penulis Buku Baru",
        # The newsroom signs a desk's copy: no person.
        "Por Redacción",
        "Redacción El Diario",
        "Tim Redaksi",
    ],
)
def test_page_bylines_counter_cases(line: str) -> None:
    """No person's name in these lines."""
    found = find_page_byline(line)
    assert found is None or not found.names


@pytest.mark.parametrize("header", ["Por Redacción", "Tim Redaksi", "Redacción El Diario"])
def test_a_newsroom_byline_names_no_person(header: str) -> None:
    """A page signed by its newsroom (``Por Redacción``, ``Tim Redaksi``:
    Indonesian for the editorial team) has no author: the desk's word is no
    person's name, where a line of two capitalised words under the headline
    was read as one."""
    story = wirestory.parse_story(_page(*_PARAGRAPHS, header=f"{header}\nJune 25, 2024"))
    assert story.byline is None or not story.byline.names
    assert list(story.body) == list(_PARAGRAPHS)


# --- Captions and credits --------------------------------------------------


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        # The Indonesian agency's photo credit, maybe with its editor's initials.
        (
            "Petugas memeriksa pintu air baru. (ANTARA FOTO/Budi Santoso)",
            "Petugas memeriksa pintu air baru.",
            "ANTARA FOTO/Budi Santoso",
        ),
        (
            "Petugas memeriksa pintu air baru. (ANTARA FOTO/Budi Santoso/abc)",
            "Petugas memeriksa pintu air baru.",
            "ANTARA FOTO/Budi Santoso/abc",
        ),
        (
            "Petugas memeriksa pintu air baru. (Foto/Budi Santoso)",
            "Petugas memeriksa pintu air baru.",
            "Foto/Budi Santoso",
        ),
        # Malaysian papers' credit of the national agency's photo.
        (
            "Workers check the new flood gates at the river mouth on Tuesday. – BERNAMAPIC",
            "Workers check the new flood gates at the river mouth on Tuesday.",
            "BERNAMAPIC",
        ),
        # A caption printed as a title (no full stop), a capitalised label
        # and a credit naming an agency or a photographer and a source.
        (
            "Vali yeni köprünün açılışını yaptı Fotoğraf: Selin Demir/AA",
            "Vali yeni köprünün açılışını yaptı",
            "Fotoğraf: Selin Demir/AA",
        ),
        (
            "Workers check the new gates on Tuesday Photo: Jane Roe/Valley Courier",
            "Workers check the new gates on Tuesday",
            "Photo: Jane Roe/Valley Courier",
        ),
        (
            "Minister visits the port Photo: AFP",
            "Minister visits the port",
            "Photo: AFP",
        ),
        # French "Crédit photo :" and its plural, Spanish "Fotografía:".
        (
            "Des ouvriers vérifient les vannes. Crédit photo : Jean Dupont",
            "Des ouvriers vérifient les vannes.",
            "Crédit photo : Jean Dupont",
        ),
        (
            "Des ouvriers vérifient les vannes. Crédits photo : Jean Dupont",
            "Des ouvriers vérifient les vannes.",
            "Crédits photo : Jean Dupont",
        ),
        (
            "Los obreros revisan las compuertas. Fotografía: Ana Pérez",
            "Los obreros revisan las compuertas.",
            "Fotografía: Ana Pérez",
        ),
    ],
)
def test_page_caption_credits(line: str, caption: str, credit: str) -> None:
    """Credits of Indonesian, Malaysian and Turkish pages are split from
    their captions, and the line is a page's caption."""
    assert split_page_credit(line) == (caption, credit)
    assert is_page_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        # A label no sentence's end sets apart, before no credit's name.
        "The museum opens the exhibition Photo: A Life in Pictures",
        "We went to see Photo: The Musical",
        # In small letters: a sentence's word.
        "Minister visits the port photo: AFP",
        # A person alone: no source vouches for a credit.
        "Vali köprüyü açtı Foto: Selin Demir",
        # A medium after the slash, no name.
        "A family portrait (Foto/video)",
        # Small letters after the slash that are no editor's initials.
        "Petugas memeriksa pintu air. (ANTARA FOTO/budi santoso dan kawan)",
    ],
)
def test_page_caption_credits_counter_cases(line: str) -> None:
    """Lines shaped like those captions whose tail credits no one are no
    page captions."""
    assert not is_page_caption(line)


def test_a_malaysian_page() -> None:
    """A Malaysian page: the agency reposted through a network, a caption
    credited to the agency's photo desk, the agency's dashed sign-off."""
    opening = "KOTA LAMA, June 25 (ABN-BERNAMA) — "
    caption = "Workers check the new flood gates at the river mouth on Tuesday."
    story = wirestory.parse_story(
        _page(
            opening + _PARAGRAPHS[0],
            _PARAGRAPHS[1],
            f"{caption} – BERNAMAPIC",
            *_PARAGRAPHS[2:],
            "-- BERNAMA",
        )
    )
    assert story.dateline is not None
    assert story.dateline.agencies == ("Bernama",)
    assert list(story.body) == list(_PARAGRAPHS)
    assert [(c.text, c.credit) for c in story.captions] == [(caption, "BERNAMAPIC")]
    assert story.byline is not None
    assert story.byline.names == ("Aminah Yusof",)
    assert is_dashed_sign_off("-- BERNAMA")


# --- Boxes of links --------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    [
        "Leé también",  # Argentine Spanish
        "Mirá también",
        "Mira también",
        "Ver también",
        "Leer más",
        "Simak juga",  # Indonesian
        "Saiba mais",  # Brazilian Portuguese
    ],
)
def test_read_also_links_between_paragraphs(label: str) -> None:
    """A "read also" link between two paragraphs is furniture, the story
    going on under it (and the story says it ran past a listing)."""
    link = f"{label}: El Gobierno anuncia nuevas medidas para el transporte público"
    story = wirestory.parse_story(_es_page(_ES_PARAGRAPHS[0], link, *_ES_PARAGRAPHS[1:]))
    assert list(story.body) == list(_ES_PARAGRAPHS)
    assert link not in story.body


# --- Furniture of Spanish, German and French pages -------------------------

_SHORT_PAGES = {
    "es": (
        "Congreso aprueba el presupuesto tras doce horas de sesión",
        "Por Ana Pérez",
        "Inicio\nNacional\nDeportes\nOpinión",
        "Publicidad\nQuiénes somos\nContacto\nAviso de privacidad",
        _ES_PARAGRAPHS,
    ),
    "de": (
        "Stadtrat beschließt Haushalt nach zwölf Stunden",
        "Von Max Muster",
        "Startseite\nPolitik\nSport\nKultur",
        "Werbung\nImpressum\nDatenschutz\nKontakt",
        (
            "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen, "
            "nach einer Sitzung, die mehr als zwölf Stunden dauerte.",
            "Der Haushalt umfasst rund 40 Millionen Euro und wurde mit den Stimmen von drei "
            "Fraktionen angenommen, teilte die Stadt mit.",
            "Die Opposition kündigte an, gegen die Erweiterung zu stimmen, die der "
            "Bürgermeister für die nächste Woche beantragt hat.",
        ),
    ),
    "fr": (
        "Le conseil adopte le budget après douze heures de séance",
        "Par Jean Dupont",
        "Accueil\nPolitique\nSport\nCulture",
        "Publicité\nMentions légales\nNous contacter\nQui sommes-nous",
        (
            "Le conseil municipal a adopté mardi le budget de l'année prochaine, après une "
            "séance qui a duré plus de douze heures à la mairie.",
            "Le budget atteint environ 40 millions d'euros et a été voté par trois groupes, "
            "a indiqué la mairie dans un communiqué.",
            "L'opposition a dit qu'elle voterait contre la rallonge demandée par le maire "
            "pour la semaine prochaine, faute de fonds.",
        ),
    ),
}


@pytest.mark.parametrize("language", sorted(_SHORT_PAGES))
def test_a_short_page_of_another_language_is_a_page(language: str) -> None:
    """A short scrape whose title line is the site's name alone, with the
    menu and footer of a Spanish, German or French site (``Inicio``,
    ``Impressum``, ``Mentions légales``): read as wire copy it kept its menu
    and footer in the body and its site's name as the headline; their
    furniture phrases make it a page."""
    headline, byline, menu, footer, paragraphs = _SHORT_PAGES[language]
    text = (
        f"Valle Diario\n\n{menu}\n\n{headline}\n{byline}\n14/06/2026\n\n"
        + "\n\n".join(paragraphs)
        + f"\n\n{footer}\n© 2026 Valle Diario\n"
    )
    story = wirestory.parse_story(text)
    assert story.layout == "page"
    assert story.headline == headline
    assert list(story.body) == list(paragraphs)
    assert story.byline is not None
    assert story.byline.names == (byline.partition(" ")[2],)
    assert "short-page-by-furniture" in [d.code for d in story.diagnostics]


@pytest.mark.parametrize("label", ["Anzeige", "Werbung", "Publicité"])
def test_an_advertisement_label_between_paragraphs(label: str) -> None:
    """A German or French advertisement's label between two paragraphs is
    furniture, the paragraphs on either side still the story's."""
    headline, _, menu, footer, paragraphs = _SHORT_PAGES["de"]
    text = (
        f"{headline} | Talbote\n\n{menu}\n\n{headline}\nVon Max Muster\n14.06.2026\n\n"
        f"{paragraphs[0]}\n\n{label}\n\n{paragraphs[1]}\n\n{paragraphs[2]}\n\n{footer}\n"
    )
    story = wirestory.parse_story(text)
    assert list(story.body) == list(paragraphs)
    assert not story.diagnostics


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("19 de noviembre de 2019 | Por Ana Pérez", ("Ana Pérez",)),
        ("14/06/2026 | Por Ana Pérez", ("Ana Pérez",)),
        ("14.06.2026 | Von Max Muster", ("Max Muster",)),
        ("3 décembre 2026 | Par Jean Dupont", ("Jean Dupont",)),
    ],
)
def test_a_date_before_another_languages_opener(line: str, names: tuple[str, ...]) -> None:
    """A date before the byline's opener, as ``11/19/2019 by Jane Roe`` is
    read, with the openers and month names of other languages."""
    found = find_page_byline(line)
    assert found is not None
    assert found.names == names


@pytest.mark.parametrize(
    "line", ["Por Agencia EFE", "Agencia EFE", "Anadolu Ajansı", "Por Vale Conteúdo"]
)
def test_an_agency_in_another_language_names_no_person(line: str) -> None:
    """``Agencia``, ``Agência``, ``Agence``, ``Agenzia``, ``Ajansı`` make a
    byline's name an agency's, ``Conteúdo`` a Brazilian paper's syndicated
    copy's: no person."""
    found = find_page_byline(line)
    assert found is None or not found.names
    story = wirestory.parse_story(_page(*_PARAGRAPHS, header=f"{line}\nJune 25, 2024"))
    assert story.byline is None or not story.byline.names


# --- Date lines of other languages -----------------------------------------


@pytest.mark.parametrize(
    "date_line",
    [
        "Sábado, 14 de junio de 2026",
        "Publicado el 14 de junio de 2026",
        "Actualizado: 14/06/2026 10:00 hs",
        "Atualizado em 14/06/2026 às 10h00",
        "quinta-feira, 14 de junho de 2026",
        "Dienstag, 14. Juni 2026, 10:00 Uhr",
        "Mis à jour le 3 décembre 2026 à 10h00",
        "Pubblicato il 3 dicembre 2026 alle ore 10:00",
        "Selasa, 14 Juni 2026 10:00 WIB",
        "Güncelleme: 14.06.2026 10:00",
        "14 Haziran 2026 Pazartesi 10:00",
        "Thursday, 25 Jun 2026 08:50 MYT",
    ],
)
def test_date_lines_of_other_languages(date_line: str) -> None:
    """A header's date line in Spanish, Portuguese, German, French, Italian,
    Indonesian or Turkish (weekdays, labels, ``Uhr``, ``10h00``, ``WIB``) is a
    date line: the name right above it is the byline (the line under the
    headline being the standfirst), and the same line between two paragraphs
    is furniture, where it was a subheading in the body."""
    standfirst = "La oposición anunció que votará en contra de la ampliación"
    text = _es_page(*_ES_PARAGRAPHS).replace(
        "Por Ana Pérez\n14/06/2026 - 10:00 pm", f"{standfirst}\nAna Pérez\n{date_line}"
    )
    story = wirestory.parse_story(text)
    assert story.byline is not None
    assert story.byline.names == ("Ana Pérez",)
    assert story.standfirst == standfirst
    assert list(story.body) == list(_ES_PARAGRAPHS)
    story = wirestory.parse_story(_es_page(_ES_PARAGRAPHS[0], date_line, *_ES_PARAGRAPHS[1:]))
    assert list(story.body) == list(_ES_PARAGRAPHS)


@pytest.mark.parametrize(
    "line",
    [
        "El 14 de junio de 2026 el Congreso votó",
        "Martes 14 de junio: el Congreso vota",
        "Santo Domingo, 14 de junio de 2026",
    ],
)
def test_date_lines_of_other_languages_counter_cases(line: str) -> None:
    """A sentence holding a date, or a place before it, is no date line."""
    assert not is_date_line(line)


def test_a_title_case_place_that_holds_no_weekday() -> None:
    """``Santo Domingo`` stays a place before a day-first date and a known
    agency: Spanish and Portuguese ``domingo`` is left out of the weekdays,
    which turn a title-case place holding one down as a time."""
    found = wirestory.find_dateline("Santo Domingo, 3 dic (EFE).- El Gobierno votó.", page=True)
    assert found is not None
    assert found.places == ("Santo Domingo",)


# --- African agencies ------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "raw", "places", "date_text", "agencies"),
    [
        # The Ghanaian agency's form: place, date, the agency after a comma, a dash.
        (
            "Tamale Ridge, May 8, GNA – The council met.",
            "Tamale Ridge, May 8, GNA –",
            ("Tamale Ridge",),
            "May 8",
            ("Ghana News Agency",),
        ),
        (
            "Kpong, Apr. 28, GNA - The council met.",
            "Kpong, Apr. 28, GNA -",
            ("Kpong",),
            "Apr. 28",
            ("Ghana News Agency",),
        ),
        (
            "KPONG, May 8, 2026, GNA - The council met.",
            "KPONG, May 8, 2026, GNA -",
            ("KPONG",),
            "May 8",
            ("Ghana News Agency",),
        ),
        # The Nigerian and Kenyan agencies in the dateline's parentheses.
        (
            "Ikeja, May 8 (NAN) - The council met.",
            "Ikeja, May 8 (NAN) -",
            ("Ikeja",),
            "May 8",
            ("News Agency of Nigeria",),
        ),
        (
            "NYERI (KNA) - The council met.",
            "NYERI (KNA) -",
            ("NYERI",),
            None,
            ("Kenya News Agency",),
        ),
    ],
)
def test_african_agency_datelines(
    paragraph: str,
    raw: str,
    places: tuple[str, ...],
    date_text: str | None,
    agencies: tuple[str, ...],
) -> None:
    """Datelines of Ghanaian, Nigerian and Kenyan agency copy on a page, the
    agency named from the table (no ``dateline-agency-by-shape`` needed)."""
    found = wirestory.find_dateline(paragraph, page=True)
    assert found is not None
    assert (raw, places, date_text, agencies) == (
        found.raw,
        found.places,
        found.date_text,
        found.agencies,
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        # An agency no table knows after the date.
        "Kpong, May 8, XYZ - The council met.",
        # Small letters after the dash.
        "Kpong, May 8, GNA - the council met.",
        # A weekday where the place stands.
        "Monday, May 8, GNA - The council met.",
        # No date between the place and the agency.
        "Kpong, Tuesday, GNA - The council met.",
    ],
)
def test_african_agency_datelines_counter_cases(paragraph: str) -> None:
    """No dateline without a known agency, a date, a place and a capital."""
    assert wirestory.find_dateline(paragraph, page=True) is None


@pytest.mark.parametrize(
    ("credit", "photographer"),
    [("Crédits photo : Jean Dupont", "Jean Dupont"), ("Fotografía: Ana Pérez", "Ana Pérez")],
)
def test_other_languages_photo_labels_name_no_source(credit: str, photographer: str) -> None:
    """The label of a credit in French or Spanish is no source's name."""
    parsed = parse_credit(credit)
    assert (parsed.photographer, parsed.source) == (photographer, None)


# --- Contributors and correspondents ---------------------------------------


@pytest.mark.parametrize(
    ("line", "names", "organization"),
    [
        # A contributor writing for the outlet (British tabloids print it so).
        ("By Jane Roe For Vale Post", ("Jane Roe",), "Vale Post"),
        ("BY JANE ROE FOR VALE POST", ("JANE ROE",), "VALE POST"),
        ("By Jane Forster For Vale Post", ("Jane Forster",), "Vale Post"),
        # A Nigerian paper's correspondent and where they filed from.
        ("From Jane Roe, Kano", ("Jane Roe",), "Kano"),
        ("FROM JANE ROE, KANO", ("JANE ROE",), "KANO"),
        ("From Jane Roe and Tom Hale, Abuja", ("Jane Roe", "Tom Hale"), "Abuja"),
    ],
)
def test_for_and_from_bylines(line: str, names: tuple[str, ...], organization: str) -> None:
    """``For`` ends the names (what follows is the outlet), ``From`` opens
    them: neither is a word of a person's name, where they were read as one
    (``Jane Roe For Vale Post``, ``From Jane Roe``)."""
    found = find_page_byline(line)
    assert found is not None
    assert (found.names, found.organization) == (names, organization)
    story = wirestory.parse_story(_page(*_PARAGRAPHS, header=f"{line}\nJune 25, 2024"))
    assert story.byline is not None
    assert story.byline.names == names


@pytest.mark.parametrize(
    "line",
    [
        "From the archives",
        "From London to Paris",
        "From Monday",
        "By Jane Roe for the first time",
        # A box's heading: no comma and place after the names.
        "From Our Partners",
        "From Wire Reports",
        "From Jane Roe",
    ],
)
def test_for_and_from_bylines_counter_cases(line: str) -> None:
    """No person's name after ``From`` or before ``for`` in these."""
    assert find_page_byline(line) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Posted on June 3, 2026 by Jane Roe", ("Jane Roe",)),
        ("Published on June 3, 2026 by Jane Roe", ("Jane Roe",)),
        ("Posted June 3, 2026 by Jane Roe", ("Jane Roe",)),
        ("Publicado el 14 de junio de 2026 por Ana Pérez", ("Ana Pérez",)),
    ],
)
def test_a_labelled_date_before_the_opener(line: str, names: tuple[str, ...]) -> None:
    """A blog's ``Posted on DATE by NAME`` (a date label before the date
    before the opener) is the byline, in the header as a line alone."""
    found = find_page_byline(line)
    assert found is not None
    assert found.names == names
    story = wirestory.parse_story(_page(*_PARAGRAPHS, header=line))
    assert story.byline is not None
    assert story.byline.names == names


@pytest.mark.parametrize(
    "line", ["Updated on June 3, 2026", "Posted on June 3, 2026 by the council"]
)
def test_a_labelled_date_before_the_opener_counter_cases(line: str) -> None:
    """A date line, or no name after ``by``, is no byline."""
    assert find_page_byline(line) is None
