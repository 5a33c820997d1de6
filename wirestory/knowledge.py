"""Site knowledge, as data in one place: what wirestory knows about news copy in
general, whatever the site.

Agencies and their spellings, photo labels and credit qualifiers, caption and
copyright labels, photo positions, month names, page furniture and date-line
words, byline openers and frames, name particles, words that are no name,
writers' titles, dateline labels, advisory verbs, trailer notes and roles and
the marks that end a sentence live in one frozen record, :class:`Knowledge`.
:data:`DEFAULT_KNOWLEDGE` holds the tables every parse uses unless told
otherwise; extend it with :func:`attrs.evolve` and pass it in
through :attr:`ParseOptions.knowledge <wirestory.ParseOptions.knowledge>`::

    >>> import attrs
    >>> import wirestory
    >>> ritzau = wirestory.Agency("Ritzau", ("Ritzau",))
    >>> knowledge = attrs.evolve(
    ...     DEFAULT_KNOWLEDGE, agencies=DEFAULT_KNOWLEDGE.agencies + (ritzau,)
    ... )
    >>> wirestory.find_dateline("COPENHAGEN (Ritzau) - Rain.", knowledge=knowledge).agencies
    ('Ritzau',)

Adding an agency, a label or a language is adding data here, never a branch in
the code. The patterns built from a record are compiled once per record (and
the default's at its first use; :func:`per_knowledge`), so a record costs
nothing per story.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any, Final, Literal, SupportsIndex, TypeVar, get_args

import attrs
import regex

from wirestory.page_data import (
    BOX_LABELS,
    CONSENT_BUTTONS,
    FURNITURE_PHRASES,
    FURNITURE_PREFIXES,
    INLINE_PHRASES,
    SENTENCE_PREFIXES,
    STOP_WORDS,
)

__all__ = [
    "AGENCIES",
    "DATELINE_AGENCIES",
    "DEFAULT_KNOWLEDGE",
    "Agency",
    "ContributorRole",
    "Knowledge",
    "alternation",
    "label_pattern",
    "month_words",
    "per_knowledge",
    "writer_title_pattern",
]

_Built = TypeVar("_Built")

ContributorRole = Literal[
    "reporting",
    "writing",
    "editing",
    "additional reporting",
    "contributing",
    "photography",
    "video",
    "reviewing",
]
"""What a contributor named in a trailer did (:class:`wirestory.trailers.Contributor`):
``reviewing`` is an expert's check of the story before it ran (a health site's
``Medically reviewed by Jane Roe, MD``, ``Fact checked by Tom Hale``)."""

# English auxiliaries of a narrating sentence's past, perfect or future ("The
# road was closed", "Crews have worked", "It will reopen"): a photo's caption
# describes in the present ("Smoke billows from …"). Grammar, not a site's
# knowledge: one table for every rule that asks whether a line narrates.
NARRATION_AUXILIARIES: Final = frozenset("was were had has have will would".split())
# English modal verbs: a sentence holding one says what may be done
# ("Readers can now vote for the award"), as a paragraph does.
MODAL_VERBS: Final = frozenset("can could may might must shall should".split())


def _spellings(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(a, str) and a.strip() for a in value):
        raise TypeError(
            f"Agency.{attribute.name} must be a tuple of non-blank strings, e.g. ('Ritzau',)"
        )


@attrs.frozen
class Agency:
    """An agency and the spellings that name it.

    >>> Agency("Ritzau", ("Ritzau",)).aliases
    ('Ritzau',)
    """

    name: str
    """Canonical name."""
    aliases: tuple[str, ...] = attrs.field(validator=_spellings)
    """Spellings seen in credits and datelines. Aliases of three letters or fewer
    match only as written (``AP`` but not ``ap``); longer ones in any case
    (``REUTERS``, ``saba``)."""
    sign_offs: tuple[str, ...] = attrs.field(default=(), validator=_spellings)
    """Spellings that end a story on a line of their own (Reuters' ``Reuter``),
    as written: a paragraph holding only one of them is a sign-off trailer."""
    staff: tuple[str, ...] = attrs.field(default=(), validator=_spellings)
    """Spellings that open a contributor line naming the agency's staff
    (``Associated Press writer Jane Roe …``, ``CNN's Jane Roe …``): they are
    dropped from the names."""
    words: tuple[str, ...] = attrs.field(default=(), validator=_spellings)
    """Aliases that are also a word, a place, a given name or a product's name
    (``Sputnik``: a vaccine; ``Petra``: a city): a caption's bare tail of one
    is its credit only after a sentence's end (``… on Monday. — Sputnik``),
    or, when it is longer than three letters, written in capitals
    (``- EUROPA PRESS``); ``… a dose of the vaccine - Sputnik`` keeps it
    as text. In parentheses or after a photo label it is a credit."""
    homes: tuple[str, ...] = attrs.field(default=(), validator=_spellings)
    """For an acronym other outlets abroad share (``CNA``: Taiwan's Central
    News Agency, Singapore's CNA), the places its datelines are filed from,
    compared in any case: a dateline naming the acronym elsewhere, or no
    place, keeps it as written (``SINGAPORE (CNA) -`` gives ``CNA``, no
    agency of the wrong country). Only the aliases in Latin letters: one in
    the agency's own script (``中央社``) names it wherever it was filed from."""
    title_case_places: bool = False
    """Do the sites that carry the agency's English copy print its dateline's
    place in title case (``Paris (AFP) –``, ``Berlin (dpa) -``)? Then a
    title-case word before it is a place as written; before an agency whose
    copy keeps the place in capitals (``LONDON (Reuters) -``, ``WASHINGTON
    (AP) —``) such a word may be a common noun opening a sentence, and the
    story says ``dateline-place-may-be-word`` when it is one of
    :attr:`Knowledge.dateline_common_words`."""
    writer_initials: bool = False
    """Does the agency's desk sign a story with one writer's initials alone
    under it (PTI's ``PTI ABC``)? Only then is the agency's name and one group
    of three capitals a trailer: after another agency, the group is a
    service's or a country's code as often (``AP USA``, ``Reuters USA``), a
    line of the story. Several writers' initials (``AFP ABC DEF``) sign for
    any agency."""


AGENCIES: Final[tuple[Agency, ...]] = (
    # "PARIS (AFP) –", "... Sunday. AFP", "Jaafar ASHTIYEH / AFP"; a bare "AFP" line
    # signs a story off; "AFP reporter Jane Roe contributed".
    Agency(
        "Agence France-Presse",
        # "(أ ف ب)", "(فرانس برس)": its Arabic service's initials and name.
        ("AFP", "Agence France-Presse", "Agence France Presse", "أ ف ب", "فرانس برس"),
        sign_offs=("AFP",),
        staff=("AFP",),
        title_case_places=True,
    ),
    # "WASHINGTON (AP) —", "Associated Press" under a byline, "Associated Press
    # writer Jane Roe in Cairo contributed to this report."
    Agency(
        "Associated Press",
        ("AP", "Associated Press"),
        sign_offs=("AP",),
        staff=("Associated Press", "AP"),
    ),
    # "LONDON, March 3 (Reuters) -", "REUTERS/Khaled Abdullah", 1987's "Reuter" sign-off.
    Agency(
        "Reuters",
        ("Reuters", "Reuter", "رويترز"),  # "(رويترز) -": its Arabic service
        sign_offs=("Reuters", "Reuter", "REUTERS", "REUTER"),
        staff=("Reuters",),
    ),
    # "EPA-EFE/STRINGER"
    Agency("European Pressphoto Agency", ("EPA", "EPA-EFE")),
    # "(Getty Images)", "Photo: Getty"
    Agency("Getty Images", ("Getty Images", "Getty")),
    # Stock photo agencies credited alone: "… at dawn. (Shutterstock)", "iStock".
    Agency("Shutterstock", ("Shutterstock",)),
    Agency("iStock", ("iStock", "iStockphoto")),
    Agency("Alamy", ("Alamy",)),
    # Free photo libraries, credited after the photographer on blogs and
    # newsletters (Medium, Substack, Ghost, WordPress): "Photo by Jane Roe on
    # Unsplash", "Image by Jane Roe from Pixabay", "Photo by Jane Roe / Pexels".
    Agency("Unsplash", ("Unsplash",)),
    Agency("Pexels", ("Pexels",)),
    Agency("Pixabay", ("Pixabay",)),
    # A chart's data publisher, credited alone after the chart's title as a
    # photo's agency is after its caption: "States where the bill has passed.
    # Statista" between a story's paragraphs (business sites' embedded charts).
    Agency("Statista", ("Statista",)),
    # "(SPA)", "Riyadh - Saudi Press Agency"
    Agency("Saudi Press Agency", ("SPA", "Saudi Press Agency")),
    # "Image Credit: WAM"
    Agency("Emirates News Agency", ("WAM",)),
    # "(KUNA)"
    Agency("Kuwait News Agency", ("KUNA",)),
    # "(QNA)"
    Agency("Qatar News Agency", ("QNA",)),
    # "(Anadolu Agency)", "(AA)"
    Agency("Anadolu Agency", ("Anadolu", "Anadolu Agency", "AA")),
    # "(Xinhua)"; "新华社北京3月4日电" and "图/新华社" in its Chinese copy.
    # Its English copy ends with "Enditem", alone or after the last sentence.
    Agency("Xinhua", ("Xinhua", "新华社"), sign_offs=("Enditem",)),
    # "中新网北京3月4日电": China News Service and its site, in Chinese only.
    Agency("China News Service", ("中新社", "中国新闻社", "中新网")),
    # "Von Christian Hollmann, dpa", "BERLIN (dpa) -", a bare "dpa" sign-off.
    Agency("Deutsche Presse-Agentur", ("dpa", "DPA"), sign_offs=("dpa",), title_case_places=True),
    # "Wien (APA) -": the Austrian agency, Austria Presse Agentur. "APA" is
    # other outlets' too (Armenpress' and Azerbaijan's APA, a US trade
    # body's): "WASHINGTON (APA) -" names no Austrian agency, so the agency
    # only in a dateline filed from Austria (homes=), kept as written
    # elsewhere.
    Agency(
        "Austria Presse Agentur",
        ("APA",),
        homes=(
            *("Austria", "Österreich", "Wien", "Vienna", "Graz", "Linz", "Salzburg"),
            *("Innsbruck", "Klagenfurt", "Villach", "Wels", "St. Pölten", "Sankt Pölten"),
            *("Dornbirn", "Bregenz", "Eisenstadt", "Steyr", "Leoben", "Krems", "Feldkirch"),
            *("Niederösterreich", "Oberösterreich", "Steiermark", "Kärnten", "Tirol"),
            *("Vorarlberg", "Burgenland"),
        ),
    ),
    # The seed site's "TT" (also its header marker, see ParseOptions.markers).
    Agency("TT Nyhetsbyrån", ("TT",)),
    # "ROME (ANSA) -"
    Agency("ANSA", ("ANSA",)),
    # "MADRID (EFE) -"
    Agency("EFE", ("EFE",)),
    # "(UPI)"
    Agency("United Press International", ("UPI", "United Press International")),
    # "Beirut - Asharq Al-Awsat", "Baghdad, AP/Asharq Al-Awsat —"
    Agency("Asharq Al-Awsat", ("Asharq Al-Awsat", "Asharq al-Awsat")),
    # "(Saba)", "(SABA)"; "Saba", "Wafa", "Tasnim" are given names too, "Fars"
    # a province (words=).
    Agency("Saba News Agency", ("Saba", "SABA"), words=("Saba",)),
    # "(IRNA)"
    Agency("Islamic Republic News Agency", ("IRNA",)),
    # "(MENA)"
    Agency("Middle East News Agency", ("MENA",)),
    # "(SANA)"; matched in any case, a given name and Yemen's capital ("Sana'a")
    # too: words=.
    Agency("Syrian Arab News Agency", ("SANA",), words=("SANA",)),
    # "(BNA)"
    Agency("Bahrain News Agency", ("BNA",)),
    # "(ONA)"
    Agency("Oman News Agency", ("ONA",)),
    # "(Petra)"; a city and a given name too (words=).
    Agency("Petra", ("Petra",), words=("Petra",)),
    # "(WAFA)"
    Agency("Wafa", ("WAFA", "Wafa"), words=("Wafa",)),
    # "(Tasnim)"
    Agency("Tasnim", ("Tasnim",), words=("Tasnim",)),
    # "(Fars)"
    Agency("Fars", ("Fars",), words=("Fars",)),
    # "(Bloomberg)"
    Agency("Bloomberg", ("Bloomberg",), title_case_places=True),
    # "(Kyodo)"; its Japanese copy signs off "… 語った。（共同）" ("joint", a
    # word of Japanese: a sign-off only, never an alias).
    Agency("Kyodo", ("Kyodo",), sign_offs=("共同",), title_case_places=True),
    # "(Yonhap)"; "(서울=연합뉴스)" and "사진=연합뉴스" in its Korean copy.
    Agency("Yonhap", ("Yonhap", "연합뉴스"), title_case_places=True),
    # "[서울=뉴시스]", "사진=뉴스1": Korea's private agencies, in Korean only.
    Agency("Newsis", ("뉴시스",)),
    Agency("News1", ("뉴스1",)),
    # "(PA)"
    Agency("Press Association", ("PA",)),
    # "(CNN) --", "CNN's Jane Roe and John Doe contributed to this report."
    Agency("CNN", ("CNN",), staff=("CNN",), title_case_places=True),
    # "(BBC)"
    Agency("BBC", ("BBC",)),
    # "(Al Jazeera)"
    Agency("Al Jazeera", ("Al Jazeera",)),
    # "(Kyodo News)"
    Agency("Kyodo News", ("Kyodo News",), title_case_places=True),
    # Indian agencies: "NEW DELHI (PTI) —", "… crowd. Photo/ANI", "(IANS)"
    # "… खुला रहेगा। (भाषा)": its Hindi service signs off with its name,
    # "language", a word of Hindi (words=).
    # "PTI ABC": its desk signs a story with the writer's initials alone.
    Agency(
        "Press Trust of India",
        ("PTI", "Press Trust of India", "भाषा"),
        words=("भाषा",),
        writer_initials=True,
    ),
    Agency("Asian News International", ("ANI",)),
    Agency("Indo-Asian News Service", ("IANS",)),
    # "KUALA LUMPUR, Nov 19 (Bernama) --" (Malaysia's agency), "(NNN-BERNAMA) —"
    # when a news network reposts it, "-- BERNAMA" under the story.
    # Malaysian papers credit its photos "… on Tuesday. – BERNAMAPIC".
    Agency("Bernama", ("Bernama", "BERNAMA", "BERNAMAPIC")),
    # Latin American and Spanish agencies: "Buenos Aires, 3 de junio (Télam).- El",
    # "(Telam)" closing a reposted story, "MADRID, 3 (EUROPA PRESS) -",
    # "Foto: Notimex", "Foto: Agência Brasil". "NTX" and "Europa Press" name
    # other things too (a region, a hall): words=.
    Agency("Télam", ("Télam", "TÉLAM", "Telam")),
    Agency("Notimex", ("Notimex", "NTX"), words=("NTX",)),
    Agency("Europa Press", ("Europa Press", "EUROPA PRESS"), words=("Europa Press",)),
    Agency("Agência Brasil", ("Agência Brasil",)),
    # "Foto: Ana Souza/Folhapress" (Folha de S.Paulo's agency).
    Agency("Folhapress", ("Folhapress",)),
    # Europe's national agencies, reposted with their dateline: "ÅLESUND (NTB) -",
    # "ŁÓDŹ (PAP) -", "İZMİR (DHA) -", "ŞANLIURFA (İHA) -", "HELSINKI (STT) -",
    # "PRAHA (ČTK) -", "BRATISLAVA (TASR) -", "BUDAPEST (MTI) -", "SOFIA (BTA) -",
    # "BEOGRAD (Tanjug) -", "BUCUREŞTI (Agerpres) -", "DEN HAAG (ANP) -".
    # Aliases that are words of a language in any case ("belga", "antara")
    # are left out: an alias of four letters or more matches in any case.
    # So is "Tass": 1980s wire copy names it inside its sentences, and a
    # hard-wrapped line ending "... news agency Tass" read as a credit.
    # "Foto: Jane Roe / NTB Scanpix" (its photo service's name until 2019).
    Agency("NTB", ("NTB", "NTB Scanpix")),
    Agency("Polish Press Agency", ("PAP",)),
    Agency("Demirören News Agency", ("DHA",)),
    Agency("İhlas News Agency", ("İHA", "IHA")),
    Agency("STT-Info", ("STT",)),
    Agency("Czech News Agency", ("ČTK", "CTK")),
    Agency("TASR", ("TASR",)),
    Agency("MTI", ("MTI",)),
    Agency("Bulgarian News Agency", ("BTA",)),
    Agency("Tanjug", ("Tanjug",)),
    Agency("Agerpres", ("Agerpres",)),
    Agency("ANP", ("ANP",)),
    # "KYIV, March 4 (Interfax-Ukraine) -": Ukraine's Interfax, no Interfax.
    Agency("Interfax-Ukraine", ("Interfax-Ukraine",)),
    Agency("Interfax", ("Interfax",)),
    # A sign-off closing reposted copy: "… on Monday. — Sputnik"; the name of a
    # vaccine and a satellite too (words=): "… a dose of the vaccine - Sputnik".
    Agency("Sputnik", ("Sputnik",), words=("Sputnik",)),
    # Pakistani papers' photo service: "… on Monday. — White Star" under a
    # photo (Dawn). A ship's line and a film's name too: a credit only after
    # a sentence's end.
    Agency("White Star", ("White Star",), words=("White Star",)),
    Agency("Ukrinform", ("Ukrinform",)),
    # "ATHENS (ANA-MPA) -" (Greek English-language sites); "Kuva: Jane Roe /
    # Lehtikuva" (the Finnish photo agency, under a photo).
    Agency("Athens-Macedonian News Agency", ("ANA-MPA",)),
    Agency("Lehtikuva", ("Lehtikuva",)),
    # "TOKYO (Jiji Press) —" (Japan's second agency, beside Kyodo); "jiji" alone
    # is Swahili for a city, and an alias of four letters matches in any case.
    Agency("Jiji Press", ("Jiji Press",)),
    Agency("Vietnam News Agency", ("VNA",)),
    # Canadian and Australian agencies: "Jane Roe, The Canadian Press" under
    # the headline, "THE CANADIAN PRESS/Jane Roe" under a photo; "AAP Image/Jane
    # Roe", "Jane Roe, Australian Associated Press". Indian pages name the Aam
    # Aadmi Party AAP (words=): "… a rally in New Delhi - AAP" is the party.
    Agency("The Canadian Press", ("The Canadian Press", "Canadian Press")),
    Agency(
        "Australian Associated Press",
        ("AAP", "Australian Associated Press"),
        words=("AAP",),
    ),
)
"""The agencies wirestory knows by default."""


DATELINE_AGENCIES: Final[tuple[Agency, ...]] = (
    # Agencies whose names are words of a language or names older wire copy
    # prints inside its sentences, so they are read only in a dateline's
    # agency slot, as written: in parentheses after the place ("BRUXELLES
    # (Belga) -", "JAKARTA (ANTARA) -", "LISBOA, 3 dez (Lusa) -") or between
    # slashes after its date (the Russian agencies' "КИЕВ, 3 декабря. /ТАСС/.",
    # "MOSCOW, December 3. /TASS/."). Never as a credit: "… news agency Tass"
    # ending a hard-wrapped line of 1980s copy is no photo credit, and
    # "belga", "antara" and "lusa" are words of Dutch, Indonesian and
    # Portuguese.
    Agency("TASS", ("TASS", "ТАСС", "ИТАР-ТАСС", "ITAR-TASS", "Tass")),
    Agency("Belga", ("Belga", "BELGA")),
    Agency("Antara", ("ANTARA", "Antara")),
    Agency("Lusa", ("Lusa", "LUSA")),
    Agency("askanews", ("askanews",)),
    # "【ワシントン共同】", "【北京時事】": Japan's agencies in their own script
    # open the first paragraph; "共同" (joint) and "時事" (current affairs)
    # are words of Japanese sentences.
    Agency("Kyodo", ("共同",)),
    Agency("Jiji Press", ("時事",)),
    # "LIMA, 3 de junio (Andina).-", "LA HABANA, 3 jun (Prensa Latina) -":
    # "andina" (Andean) and "prensa latina" (the Latin press) are words of
    # Spanish sentences.
    Agency("Andina", ("Andina", "ANDINA")),
    Agency("Prensa Latina", ("Prensa Latina", "PL")),
    # African national agencies: "Accra, May 8, GNA – The …", "ABUJA (NAN) -",
    # "NAIROBI (KNA) -"; read in a dateline's slot only ("nan" is a word of
    # programmers' text, and a credit of theirs is rare).
    Agency("Ghana News Agency", ("GNA",)),
    Agency("News Agency of Nigeria", ("NAN",)),
    Agency("Kenya News Agency", ("KNA",)),
    # South Asian and Philippine national agencies: "ISLAMABAD, Jun 5 (APP):",
    # "DHAKA, June 5, 2024 (BSS) -", "Dhaka, June 5 (UNB) -", "MANILA (PNA) --";
    # "app", "bss", "unb" and "pna" stand in programmers' and bankers' text.
    Agency("Associated Press of Pakistan", ("APP",)),
    Agency("Bangladesh Sangbad Sangstha", ("BSS",)),
    Agency("United News of Bangladesh", ("UNB",)),
    Agency("Philippine News Agency", ("PNA",)),
    # "ZAGREB, March 4 (Hina) -" (Croatia's agency); Hina is a given name too.
    Agency("Hina", ("Hina", "HINA")),
    # "TUZLA, 4. marta (FENA) -" and "BANJA LUKA, 4. marta (SRNA) -"
    # (Bosnia and Herzegovina's two agencies), "Foto: FENA" under a photo.
    # Read as none, a Bosnian page's dateline stayed in its first paragraph,
    # silently (heldout38).
    Agency("FENA", ("FENA",)),
    Agency("SRNA", ("SRNA",)),
    # "Taipei, March 4 (CNA) Taiwan's …" (Taiwan's agency, its English site
    # with no dash); "CNA" names other things in running text (a nursing
    # assistant, a Singaporean channel): the agency only in a dateline filed
    # from Taiwan (homes=). "中央社台北4日電（記者 王小明）" in its Chinese
    # copy (the traditional characters), wherever it was filed from.
    Agency(
        "Central News Agency",
        ("CNA", "中央社"),
        # Taiwan's cities and counties: "TAOYUAN (CNA) -", "NEW TAIPEI (CNA) -".
        homes=(
            *("Taipei", "Taiwan", "New Taipei", "Kaohsiung", "Taichung", "Tainan", "Taoyuan"),
            *("Hsinchu", "Keelung", "Chiayi", "Changhua", "Hualien", "Taitung", "Pingtung"),
            *("Yilan", "Miaoli", "Nantou", "Yunlin", "Penghu", "Kinmen", "Matsu"),
        ),
    ),
    Agency("RIA Novosti", ("РИА Новости", "RIA Novosti")),
    # "JERUSALEM (JTA) —" (the Jewish Telegraphic Agency),
    # "KINGSTON, Jamaica, March 4 (CMC) -" (the Caribbean Media Corporation);
    # "Girona, 4 de març (ACN).-" (the Catalan agency, Agència Catalana de
    # Notícies, its date day first: no shape reads an unknown agency there);
    # "jta", "cmc" and "acn" stand for other things in running text (a
    # firm's ticker).
    Agency("Jewish Telegraphic Agency", ("JTA",)),
    Agency("Caribbean Media Corporation", ("CMC",)),
    # "HAVANA, March 4 (ACN) -" is Cuba's agency (Agencia Cubana de Noticias):
    # the Catalan one only in a dateline filed from Catalonia (homes=).
    Agency(
        "Agència Catalana de Notícies",
        ("ACN",),
        homes=(
            *("Catalonia", "Catalunya", "Cataluña", "Barcelona", "Girona", "Gerona", "Lleida"),
            *("Lérida", "Tarragona", "Sabadell", "Terrassa", "Badalona", "Mataró", "Reus"),
            *("Manresa", "Vic", "Figueres", "Granollers", "Tortosa"),
        ),
    ),
    # Press-release wires: the distributor stands in a release's dateline
    # ("BERGEN, Norway, Dec. 3, 2026 /PRNewswire/ --", "BERGEN, Norway--(BUSINESS
    # WIRE)--", "OSLO, Dec. 03, 2026 (GLOBE NEWSWIRE) --"); "Business Wire" in
    # a sentence names the firm, and a release carries no photo credit of it.
    Agency("PR Newswire", ("PRNewswire", "PR Newswire")),
    Agency("Business Wire", ("BUSINESS WIRE", "Business Wire")),
    Agency("GlobeNewswire", ("GLOBE NEWSWIRE", "GlobeNewswire")),
    Agency("ACCESSWIRE", ("ACCESSWIRE", "ACCESS Newswire")),
)
"""Agencies read only in a dateline's agency slot (see
:attr:`Knowledge.dateline_agencies`)."""


# Month spellings and their numbers, lower-case; they match in any case, with
# or without a full stop ("Oct 19", "OCT. 19", "March 3", "Sept. 3").
_ENGLISH_MONTHS: Final[tuple[tuple[str, int], ...]] = (
    ("jan", 1),
    ("january", 1),
    ("feb", 2),
    ("february", 2),
    ("mar", 3),
    ("march", 3),
    ("apr", 4),
    ("april", 4),
    ("may", 5),
    ("jun", 6),
    ("june", 6),
    ("jul", 7),
    ("july", 7),
    ("aug", 8),
    ("august", 8),
    ("sep", 9),
    ("sept", 9),  # "Sept. 3" (AP style)
    ("sepember", 9),  # "Sepember 12": the pattern this table replaced matched it
    ("september", 9),
    ("oct", 10),
    ("october", 10),
    ("nov", 11),
    ("november", 11),
    ("dec", 12),
    ("december", 12),
)


def _stop_word_pairs() -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple(STOP_WORDS.items())


def _strings_in(kind: type[tuple[str, ...]] | type[frozenset[str]]) -> Callable[..., None]:
    """A validator of a table of strings held in a ``kind``, in one call and
    without a Python step per word: the record's default is validated at
    import, and its tables hold thousands of words."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            raise TypeError(
                f"Knowledge.{attribute.name} must be a {kind.__name__} of strings, "
                f"not {type(value).__name__}"
            )
        # One pass in C over the members' types; a subclass of str is looked at again.
        for member in () if set(map(type, value)) <= {str} else value:
            if not isinstance(member, str):
                raise TypeError(
                    f"Knowledge.{attribute.name} must hold strings, not {type(member).__name__}"
                )
        if "" in value:
            raise ValueError(
                f"Knowledge.{attribute.name} holds an empty string, which matches anywhere"
            )

    return check


_STRINGS = _strings_in(tuple)
_STRING_SET = _strings_in(frozenset)


def _months(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not all(
        isinstance(m, tuple)
        and len(m) == 2
        and isinstance(m[0], str)
        and m[0]
        and isinstance(m[1], int)
        and 1 <= m[1] <= 12
        for m in value
    ):
        raise TypeError(
            "Knowledge.months must be a tuple of (spelling, month number) pairs, "
            "e.g. (('janeiro', 1), ('fevereiro', 2))"
        )


def _stop_words(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not all(
        isinstance(p, tuple)
        and len(p) == 2
        and isinstance(p[0], str)
        and isinstance(p[1], frozenset)
        for p in value
    ):
        raise TypeError(
            "Knowledge.stop_words must be a tuple of (language code, frozenset of words) pairs"
        )


def _note_phrases(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not all(
        isinstance(p, tuple) and len(p) == 2 and all(isinstance(s, str) and s for s in p)
        for p in value
    ):
        raise TypeError(
            "Knowledge.note_phrases must be a tuple of (word the note holds, pattern) pairs, "
            "e.g. (('sponsored', r'this story is sponsored by'),)"
        )


def _contributor_roles(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    roles = get_args(ContributorRole)
    if not isinstance(value, tuple) or not all(
        isinstance(p, tuple) and len(p) == 2 and isinstance(p[0], str) and p[0] and p[1] in roles
        for p in value
    ):
        raise TypeError(
            "Knowledge.contributor_roles must be a tuple of (word, role) pairs, the role one "
            f"of {roles}, e.g. (('photos', 'reporting'),)"
        )


def _agencies(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(a, Agency) for a in value):
        raise TypeError(
            "Knowledge.agencies must be a tuple of Agency, e.g. (Agency('Ritzau', ('Ritzau',)),)"
        )


# Words of a correction's notice, naming the error or the story it mends
# ("Correction: An earlier version of this story misstated the date.",
# "Clarification: A previous version of this article did not say …", "The
# mayor's name was misspelled."), within its first sentences.
_MENDS_THE_STORY: Final = (
    r"(?=.{0,400}?\b(?:(?:earlier|previous|prior|original|print) versions?"
    r"|this (?:story|article|report|item|post|headline|caption)|incorrect(?:ly)?"
    r"|misstat\w*+|misspel\w*+|misidentif\w*+|mislabel\w*+|misquot\w*+|mistaken(?:ly)?"
    r"|erroneous(?:ly)?|in error|wrongly|should have (?:said|read|stated|been)"
    r"|(?:previously|originally) reported)\b)"
)


# What a story's own sentence on a report or an issue goes on to ("This
# report was first published in 2019 and found that …", "… in March, but
# ministers …"), where a notice of where the story ran stops: a bounded
# look-ahead, linear.
_STORY_GOES_ON: Final = (
    r"(?!.{0,200}?(?:\b(?:but|found|finds|showed|shows|concluded|warned|said|says"
    r"|and (?:has|have|had|was|were|is|became|later))\b"
    # A source quoting the first run after a comma ("This story appeared in
    # a special edition last year, residents recalled.", "…, the mayor told
    # reporters"): the story's sentence. Only so: a notice's own words use
    # them too ("This story first appeared in Vale Life. Details have been
    # added since.", "…, which noted …": a relative clause, no source). At
    # most three words of the source, each a bounded run.
    r"|,\s(?!which\b|who\b|that\b)(?:[^\s,.]{1,30}\s){0,3}?"
    r"(?:recalled|recalls|remembered|noted|notes|added|adds|told)\b"
    r"|,\saccording to\b))"
)


# A source quoted after a comma (", the auditor said", ", according to the
# council"): a story's sentence on a report, never the paper's correction.
# Bounded runs: linear.
_ATTRIBUTED_AFTER: Final = (
    r".{0,300}?(?:,\s(?:the\s|a\s|an\s)?\p{L}[\p{L}' -]{0,40}?\s(?:said|says|told)\b"
    r"|\baccording to\b)"
)


# A funding note's funder, ending the paragraph: a name of a bounded run with
# no comma nor full stop, then maybe the note's full stop ("… funded by NZ On
# Air."). A story's sentence goes on past the funder ("…, the mayor said",
# "… from the trust, but it closed in May."). The funder may be described
# after a comma, as a noun phrase opening with "a", "an", "which" or "that"
# ("… funded by the Vale Foundation, a charity.", "…, a nonprofit that backs
# local news."); a source quoted there ("…, a spokesman said") is a story's,
# so the description names no speech verb (a bounded look-ahead, asked once
# at the comma). Possessive runs: linear.
_FUNDER_ENDS: Final = (
    r"[^.,;]{1,80}+(?:, (?:a|an|which|that) "
    r"(?![^.;]{0,80}?\b(?:said|says|told|tells|added|adds|wrote|according)\b)"
    r"[^.;]{1,80}+)?\.?$"
)


@attrs.frozen(cache_hash=True, repr=False, kw_only=True)
class Knowledge:
    """What wirestory knows about news copy whatever the site, as data.

    Frozen and hashable: the patterns built from a record are compiled once per
    record. Every default is today's table; make variants with
    :func:`attrs.evolve` and pass them as :attr:`ParseOptions.knowledge
    <wirestory.ParseOptions.knowledge>` (see :mod:`wirestory.knowledge`).
    """

    agencies: tuple[Agency, ...] = attrs.field(default=AGENCIES, validator=_agencies)
    """News and photo agencies: credits (``... Sunday. AFP``), datelines
    (``WASHINGTON (AP) —``), organisation lines under a byline, sign-offs and
    staff credits in trailers."""

    dateline_agencies: tuple[Agency, ...] = attrs.field(
        default=DATELINE_AGENCIES, validator=_agencies
    )
    """Agencies read only in a dateline's agency slot, as written: in
    parentheses after the place (``BRUXELLES (Belga) -``) or between slashes
    after its date (``MOSCOW, December 3. /TASS/.``), never as a credit or an
    organisation, as their names are words of a language (``belga``,
    ``antara``) or names older copy prints inside its sentences (``… news
    agency Tass``)."""

    photo_labels: tuple[str, ...] = attrs.field(
        default=(
            "file photo",  # "File photo: Reuters"
            "photo",  # "Photo: Asharq Al-Awsat", "Photo by Jane Roe"
            "photograph",  # "Photograph: Jane Roe/The Guardian"
            "image",  # "Image Credit: WAM"
            # A photo's source named as such: "Image Source: Getty Images",
            # "Photo source: Jane Roe/Reuters", "Picture Source: AFP".
            "image source",
            "photo source",
            "picture source",
            # "Photo Credits: Jane Roe" (the label's "Credit" in the plural).
            "image credits",
            "photo credits",
            "picture",  # "Picture: AFP"
            "pic",  # "Pic: Jane Roe" (British tabloids and regionals)
            # A drawn or composed picture's credit: "Illustration: Jane Roe/The
            # Guardian", "Photo illustration: Jane Roe", "Illustration by Jane Roe".
            "illustration",
            "photo illustration",
            "photo-illustration",
            "credit",  # "Credit: Reuters"
            "foto",  # "Foto: dpa" (German, Portuguese, Spanish, Italian)
            "imagem",  # "Imagem: Agência Brasil" (Portuguese)
            "immagine",  # "Immagine: ANSA" (Italian)
            "фото",  # "Фото: ТАСС" (Russian, Ukrainian)
            "تصوير",  # "تصوير: Jane Roe" (Arabic: photography)
            "צילום",  # "צילום: Jane Roe" (Hebrew: photo)
            "φωτογραφία",  # "Φωτογραφία: Jane Roe" (Greek: photograph)
            "عکس",  # "عکس: Jane Roe" (Persian: photo)
            "फोटो",  # "फोटो: Jane Roe" (Hindi: photo)
            "फ़ोटो",  # the same with the nukta
            "图片来源",  # "图片来源:新华社" (Chinese: picture source)
            "ภาพ",  # "ภาพ: รอยเตอร์" (Thai: picture)
            "图片",  # "图片:新华社" (Chinese: picture)
            "fotoğraf",  # "Fotoğraf: AA" (Turkish)
            "görsel",  # "Görsel: AA" (Turkish: image)
            "crédito",  # "Crédito: Jane Roe/Agência Brasil" (Portuguese, Spanish)
            "crédit",  # "Crédit: Jane Roe" (French)
            "crédit photo",  # "Crédit photo : Jane Roe" (French)
            "crédits photo",  # "Crédits photo : Jane Roe"
            "fotografía",  # "Fotografía: Jane Roe" (Spanish)
            "fotografia",  # "Fotografia: Jane Roe" (Portuguese, Italian)
            "imagen",  # "Imagen: EFE" (Spanish)
            "beeld",  # "Beeld: Jan de Vries" (Dutch: image)
            "bild",  # "Bild: Jane Roe/TT" (Swedish, German: picture)
            "kuva",  # "Kuva: Jane Roe / Lehtikuva" (Finnish: picture)
            "fotó",  # "Fotó: MTI/Jane Roe" (Hungarian)
            "снимка",  # "Снимка: БГНЕС" (Bulgarian: picture)
            "argazkia",  # "Argazkia: Jane Roe" (Basque: photo)
            "picha",  # "Picha: Jane Roe" (Swahili: picture)
            "larawan",  # "Larawan: PNA" (Tagalog: picture)
            "grianghraf",  # "Grianghraf: Jane Roe" (Irish: photograph)
            # Who took it, named by their trade (captions53): "Photographer:
            # Jane Roe" under the caption, "Fotograf: Jane Roe" (German, the
            # Nordic languages, Polish, Czech), "Fotógrafo: Jane Roe" (Spanish,
            # Portuguese), "Fotografo: Jane Roe" (Italian). No credit read, the
            # caption over the line was left out with it, silently.
            "photographer",
            "fotograf",
            "fotógrafo",
            "fotografo",
            "zdjęcie",  # "Zdjęcie: Jan Kowalski" (Polish: photo)
            "ảnh",  # "Ảnh: Giang Huy" (Vietnamese: picture)
            "mynd",  # "Mynd: Vegagerðin" (Icelandic: picture)
            "ljósmynd",  # "Ljósmynd: Jón Jónsson" (Icelandic: photograph)
            "llun",  # "Llun: Gareth Evans" (Welsh: picture)
            "світлина",  # "Світлина: Укрінформ" (Ukrainian: photo)
            "fotografi",  # "Fotografi: LSA" (Albanian; Danish, Norwegian, Swedish)
            "pilt",  # "Pilt: Postimees" (Estonian: picture)
            "attēls",  # "Attēls: LETA" (Latvian: image)
            "courtesy",  # "Courtesy: the family"
            # South Asia's scripts (heldout34): "ছবি: সংগৃহীত" (Bengali:
            # picture; collected), "तस्बिर : रासस" (Nepali: picture, a space
            # before the colon), "तस्वीर:" (Hindi: picture), "فوٹو: فائل"
            # (Urdu: photo; file), "تصویر:" (Urdu, Persian: picture), "படம்:"
            # (Tamil: picture). No credit read, each caption was left out
            # with the header's furniture.
            "ছবি",
            "तस्बिर",
            "तस्वीर",
            "فوٹو",
            "تصویر",
            "படம்",
            "ფოტო",  # "ფოტო: ველის ამბები" (Georgian: photo)
            # heldout35: Maltese "Ritratt: Joe Camilleri" (picture) and Armenian
            # "Լուսանկարը՝ …" (the photo, before the Armenian comma a label
            # takes, or a colon). No credit read, the caption was left out.
            "ritratt",
            "լուսանկարը",
            "լուսանկար",
            # heldout36: Belarusian "Фота: Ганна Лявонава" (photo), Hausa
            # "Hoto: Labaran Arewa" (picture), Somali "Sawir: …" (picture).
            # No credit read, the caption was left out with the header.
            "фота",
            "hoto",
            "sawir",
            # heldout37: Kinyarwanda "Ifoto: …" (the photo), Zulu "Isithombe:
            # …" (the picture), Maori "Whakaahua: …" (picture). No credit
            # read, the caption was left out with the header.
            "ifoto",
            "isithombe",
            "whakaahua",
            # heldout38, languages the rounds had not written: Gujarati
            # "તસવીર:" (picture), Kannada "ಚಿತ್ರ:" (picture), Malayalam
            # "ചിത്രം:" (picture), Telugu "ఫోటో:" and Punjabi "ਫੋਟੋ:" (photo,
            # each script's own spelling), Marathi "छायाचित्र:" (photograph),
            # Sinhala "ඡායාරූප:" (photograph), Pashto "انځور:" (picture),
            # Sorani "وێنە:" and Kurmanji "Wêne:" (picture), Kyrgyz "Сүрөт:"
            # (picture), Tajik "Акс:" (picture), Mongolian "Гэрэл зураг:"
            # (photograph, "light picture"), Amharic "ፎቶ:" (photo), Tigrinya
            # "ስእሊ:" (picture), Tibetan "པར:" (picture). No credit read, each
            # caption was glued to the first paragraph or left out.
            "તસવીર",
            "ಚಿತ್ರ",
            "ചിത്രം",
            "ఫోటో",
            "ਫੋਟੋ",
            "छायाचित्र",
            "ඡායාරූප",
            "انځور",
            "وێنە",
            "wêne",
            "сүрөт",
            "акс",
            "гэрэл зураг",
            "ፎቶ",
            "ስእሊ",
            "པར",
        ),
        validator=_STRINGS,
    )
    """Words that open a photo credit or caption line, followed by ``:`` or ``by``
    (``Photo: AFP``, ``Image Credit: WAM``, ``Photo by Jane Roe``); compared in
    any case. In a page's story a short line opening with one is a caption; after
    a caption's last sentence one opens a credit."""

    months: tuple[tuple[str, int], ...] = attrs.field(default=_ENGLISH_MONTHS, validator=_months)
    """Month spellings, lower-case, each with its number (``("sept", 9)``): the
    dates of datelines (``BAHRAIN, Oct 19 -``) and page date lines (``Wednesday
    November 20, 2019``). They match in any case, with or without a full stop.
    Add a language's names to read its datelines (``("março", 3)``)."""

    furniture_phrases: frozenset[str] = attrs.field(
        default=FURNITURE_PHRASES, validator=_STRING_SET
    )
    """Whole lines that are page furniture in any language (``share this``,
    ``leia mais``), lower-case: see :data:`wirestory.page_data.FURNITURE_PHRASES`."""

    furniture_prefixes: tuple[str, ...] = attrs.field(
        default=FURNITURE_PREFIXES, validator=_STRINGS
    )
    """Openings, lower-case, that mark a short line as furniture (``share on ``,
    ``leia também:``): see :data:`wirestory.page_data.FURNITURE_PREFIXES`."""

    sentence_prefixes: tuple[str, ...] = attrs.field(default=SENTENCE_PREFIXES, validator=_STRINGS)
    """Those of :attr:`furniture_prefixes` that open a story's sentence too
    (``sign up to``, ``story continues below``), lower-case: a line opening with
    one is furniture only when it ends like no sentence or has at most eight
    words (``Story continues below advertisement``, not ``Sign up to help at the
    library by calling the council.``): see
    :data:`wirestory.page_data.SENTENCE_PREFIXES`."""

    inline_phrases: frozenset[str] = attrs.field(default=INLINE_PHRASES, validator=_STRING_SET)
    """Furniture phrases that sites put inside a story (``advertisement``): the
    paragraphs on either side still belong together."""

    box_labels: frozenset[str] = attrs.field(default=BOX_LABELS, validator=_STRING_SET)
    """Labels of a box of links to other stories inside a story (``related
    articles`` over a few headlines, ``read more: Headline``), lower-case: the
    paragraphs on either side still belong together. See
    :data:`wirestory.page_data.BOX_LABELS`."""

    stop_words: tuple[tuple[str, frozenset[str]], ...] = attrs.field(
        factory=_stop_word_pairs, validator=_stop_words
    )
    """Common function words per language code (``("en", frozenset({"the", ...}))``),
    which tell a page's prose from its menus and the page's language; on a tie
    the first language wins. See :data:`wirestory.page_data.STOP_WORDS`."""

    boilerplate_words: tuple[str, ...] = attrs.field(
        default=(
            "cookie",  # "This site uses a cookie to ..."
            "cookies",  # "We use cookies to improve your experience"
            "javascript",  # "Please enable JavaScript to view the comments"
            "ad blocker",  # "It looks like you are using an ad blocker"
            "adblocker",  # "Please disable your adblocker"
            "privacy policy",  # "By signing up you agree to our Privacy Policy"
            "terms of use",  # "... subject to our Terms of Use"
            "terms of service",  # "... see our Terms of Service"
            "all rights reserved",  # "© 2019 Example Media. All rights reserved."
            "your browser",  # "Your browser does not support the video tag"
            "браузер",  # "Обновите браузер" (Russian: update your browser)
            "браузере",  # "Включите JavaScript в браузере" (in your browser)
            "navegador",  # "Seu navegador não suporta" (Portuguese, Spanish)
            # A review's or a travel page's notice of its affiliate links, over
            # the story or under it: "When you buy through links on our site,
            # we may earn an affiliate commission.", "This article contains
            # affiliate links." (in the site's own voice: a story on the trade
            # writes "retailers pay a commission", not "we may earn"; nor "the
            # affiliate commission they are paid" nor "pages that contain
            # affiliate links", so the bare words are not looked for).
            "earn an affiliate commission",
            "contains affiliate links",
            "may contain affiliate links",
            "we may earn a commission",
            # A notice over a machine-written summary of the story: "This is
            # AI generated summarization, which may have errors. For context,
            # always refer to the full article." (no story bids its reader so).
            "always refer to the full article",
        ),
        validator=_STRINGS,
    )
    """Words only a site's own notices use (cookie banners, script and browser
    warnings, legal lines), lower-case, matched as whole words in any case in a
    page block's first 300 characters: such a block is furniture."""

    consent_buttons: frozenset[str] = attrs.field(default=CONSENT_BUTTONS, validator=_STRING_SET)
    """The buttons of a cookie or consent banner, whole lines, lower-case
    (``accept all``, ``reject all``, ``manage preferences``): page furniture
    (add them to :attr:`furniture_phrases` too), and up to three blocks right
    above them (or right under a row of the banner's buttons and settings
    links: ``Accept all`` / ``Reject all`` / the sentence) that each hold one of
    :attr:`consent_words` are the banner's sentences, furniture wherever the
    banner stands. See
    :data:`wirestory.page_data.CONSENT_BUTTONS`."""

    consent_words: tuple[str, ...] = attrs.field(
        default=(
            "cookie",  # "We use cookies to improve your experience"
            "cookies",
            "consent",  # "You can withdraw your consent at any time"
            "privacy",  # "We value your privacy", "… Privacy settings …"
            "personal data",  # "… process personal data such as …"
            "your choices",  # "You can change your choices at any time"
            "your preferences",  # "… update your preferences …"
            "our partners",  # "We and our partners store and/or access …"
            "legitimate interest",  # "… on the basis of legitimate interest"
        ),
        validator=_STRINGS,
    )
    """Words a cookie or consent banner's sentence holds, lower-case, matched
    as whole words in any case: a block holding one right above a
    :attr:`consent_buttons` line (or above another such block) is the
    banner's."""

    comment_headings: tuple[str, ...] = attrs.field(
        default=(
            # "34 responses to ...", "12 Comments", "3 comentários", "5 commenti",
            # "2 komentar", "7 комментариев"
            r"\d{1,6}\s(?:comments?|responses?|replies|reactions?|comentários?|commenti"
            r"|komentar|комментари[йяев]{0,2})\b",
            r"(?:leave|post|add) (?:a|your) (?:comment|reply)",  # "Leave a Reply"
            r"comments? (?:are )?closed",  # "Comments are closed."
            r"join the (?:discussion|conversation)",  # "Join the conversation"
            r"(?:show|view|read|top rated|reader|all) comments",  # "View comments"
            r"deixe (?:um|seu|uma) (?:comentário|resposta)",  # "Deixe um comentário" (pt)
            r"lascia un commento",  # "Lascia un commento" (it)
            r"(?:оставить|добавить) комментарий",  # "Оставить комментарий" (ru)
            r"tinggalkan (?:komentar|balasan)",  # "Tinggalkan Balasan" (id)
            r"tambahkan komentar",  # "Tambahkan komentar" (id)
            r"deja un comentario",  # "Deja un comentario" (es)
            # The section's heading alone on its line, a bare word: "Comments",
            # "Comentar" / "Comentarios" (es), "Comentários" (pt), "Commenti"
            # (it), "Kommentare" (de), "Commentaires" (fr), "Reacties" (nl),
            # "Komentar" (id), "Комментарии" (ru); a line that goes on is a
            # sentence's. With prose right under it, it is a comment count's
            # link between paragraphs, and no wall (the page layout). Its count
            # in brackets after it ("Comments (2)") makes it the section's.
            r"(?:comments|comentar|comentarios|comentários|commenti|kommentare|commentaires"
            r"|reacties|komentar|комментарии)(?: \(\d{1,6}\))?\W{0,3}$",
            # A weekly's section heading over its rules for commenters:
            # "Comments: Our rules" (a short title after the colon, no
            # sentence's end: "Comments: residents backed the plan." is a
            # minute's line).
            r"comments?: [^.!?]{1,30}$",
            r"댓글 (?:달기|쓰기|남기기)",  # "댓글 달기" (ko)
            r"\S{1,40} (?:says|said|wrote):$",  # "jdoe says:"
        ),
        validator=_STRINGS,
    )
    """The heading of a page's comment section or a commenter's line, as
    fragments of a regular expression (the ``regex`` module's syntax, bounded
    repetitions only) matched in any case at a line's start: the story never
    runs past one."""

    byline_frames: tuple[str, ...] = attrs.field(
        default=("Story", "Written", "Words", "Text", "Reporting"), validator=_STRINGS
    )
    """Words that may come before a byline opener: ``Story by``, ``Written by``,
    ``Words by``, ``Text by``, ``Reporting by``; as written."""

    byline_openers: tuple[str, ...] = attrs.field(
        default=(
            "By",  # "By JANE DOE, Associated Press"
            "by",  # "by Laura Winter"
            "BY",  # "BY JOHN ROE"
            "Von",  # "Von Christian Hollmann, dpa" (German)
            "von",
            "Par",  # "Par Jean Dupont" (French)
            "par",
            "Por",  # "Por Maria Silva" (Spanish, Portuguese)
            "por",
            "Di",  # "Di Marco Rossi" (Italian)
            "Door",  # "Door Jan Jansen" (Dutch)
            # Swahili "Na Jane Roe" (Tanzanian and Kenyan papers), Afrikaans
            # "Deur Jane Roe", Swedish and Norwegian "Av Jane Roe": capitalised
            # only ("na", "deur", "av" open clauses; "Per Hansen" is a name).
            "Na",
            "Deur",
            "Av",
            # Danish "Af Jane Roe" and Tagalog "Ni Jane Roe" (Filipino papers):
            # capitalised only, as "Av" ("af" and "ni" open clauses).
            "Af",
            "Ni",
        ),
        validator=_STRINGS,
    )
    """The word that opens a byline, as written (case matters: ``di`` and ``door``
    are common words), followed by a colon or white space and the names."""

    page_byline_frames: tuple[str, ...] = attrs.field(
        default=(
            "Posted",  # "Posted by Jane Roe"
            "Analysis",  # "Analysis by Jane Roe"
            "Opinion",  # "Opinion by Jane Roe"
            "Commentary",  # "Commentary by Jane Roe"
            "Story",  # "Story by Jane Roe"
            "Written",  # "Written by Jane Roe"
            "Words",  # "Words by Jane Roe"
            "Text",  # "Text by Jane Roe"
            "Reporting",  # "Reporting by Jane Roe"
            "Reported",  # "Reported by Jane Roe"
            "Published",  # "Published by Jane Roe"
            # Features' and reviews' frames: "Story and photos by Jane Roe",
            # "Text and photos by Jane Roe", "Words and pictures by Jane Roe"
            # (the writer took the photos), "Interview by Jane Roe", "Review by
            # Jane Roe", "Column by Jane Roe", "Compiled by Jane Roe".
            "Story and photos",
            "Text and photos",
            "Words and pictures",
            "Words and photos",
            "Interview",
            "Review",
            "Column",
            "Compiled",
            # Arc XP papers label a column so: "Perspective by Jane Roe".
            "Perspective",
            "Escrito",  # "Escrito por Ana Pérez" (Spanish: written by)
            # German papers frame an opinion piece's or a guest's byline so: "Ein
            # Kommentar von Hans Roth", "Eine Analyse von …", "Ein Gastbeitrag
            # von …", "Eine Kolumne von …", and without the article.
            "Ein Kommentar",
            "Eine Analyse",
            "Ein Gastbeitrag",
            "Eine Kolumne",
            "Kommentar",
            "Analyse",
            "Gastbeitrag",
            "Kolumne",
            "Publicado",  # "Publicado por Ana Pérez" (Spanish, Portuguese: posted by)
            "Geschreven",  # "Geschreven door Jan de Vries" (Dutch: written by)
            # A podcast's or a radio programme's page names its host so:
            # "Presented by Jane Roe", "Hosted by Jane Roe".
            "Presented",
            "Hosted",
            # Indian portals name the desk writer who put a story together so:
            # "Curated By: Riya Sen" over "Last Updated: …" (the only name the
            # page gives; read as none, the story had no byline, silently).
            "Curated",
        ),
        validator=_STRINGS,
    )
    """Words a web page's header prints before its byline opener (``Posted by
    Jane Roe``, ``Analysis by Jane Roe``), as written; read only by the page
    byline forms (:func:`wirestory.bylines.find_page_byline`), after the forms
    of :attr:`byline_frames` and :attr:`byline_openers`."""

    page_byline_openers: tuple[str, ...] = attrs.field(
        default=(
            "By",  # "By Jane Roe Updated Nov 13, 2019"
            "by",  # "11/19/2019 by Jane Roe"
            "BY",  # "BY JANE ROE from the Wire Agency"
            "Author:",  # "Author: Jane Roe" (a label, so only with its colon)
            # Filipino papers' "Ulat ni Jane Roe" (report of; "Ni" alone is a
            # wire opener). Read as none, the line was left out under the
            # headline, the page's writer lost, silently (heldout41).
            "Ulat ni",
            # A broadcaster's header reads its hidden labels with a comma
            # (``Author, Jane Roe`` / ``Role, Environment correspondent``:
            # the words a screen reader says, kept by a browser's text); a
            # label only with its comma. Read as none, the writer went
            # unread, silently (heldout34).
            "Author,",
            # The same label in other words and languages, each only with its
            # colon: "Reporter: Jane Roe", "Writer: Jane Roe", "Words: Jane Roe"
            # (magazines), "Text:", "Story:", "Autor: Jane Roe" (Spanish,
            # Portuguese, German, Polish), "Autora:", "Autore:" (Italian),
            # "Auteur:" (French, Dutch), "Yazar:", "Muhabir:" (Turkish: writer,
            # reporter), "Автор:" (Russian), "Texto:" (Spanish, Portuguese).
            "Reporter:",
            "Writer:",
            # The same labels in capitals: "WRITER: Jane Roe" (Thai English-language
            # papers, after "PUBLISHED : …"), "AUTHOR: Jane Roe", "REPORTER: Jane Roe".
            "WRITER:",
            "AUTHOR:",
            "REPORTER:",
            "Words:",
            "Text and photos:",  # "Text and photos: Jane Roe" (features)
            "Words and pictures:",
            "Text:",
            "Story:",
            "Autor:",
            "Autora:",
            "Autore:",
            "Auteur:",
            "Yazar:",
            "Muhabir:",
            # Turkish agencies' sign-off under the story, "Haber: Elif Şahin -
            # Kamera: Burak Aydın" (news, camera: the reporter first). Read
            # as none, the writer was left out with the line, silently
            # (heldout41).
            "Haber:",
            # Turkish "Yazan: Ayşe Yılmaz" (written by), Hungarian "Szerző: Kovács
            # Eszter" (author), Finnish "Teksti: Matti Virtanen" (text), Croatian,
            # Serbian and Bosnian "Piše: Ivana Horvat" (writes; "Pišu:", they
            # write, over two): each a sentence's word too, so only with its colon.
            "Yazan:",
            "Szerző:",
            "Teksti:",
            "Piše:",
            "Pišu:",
            # The same label in the Baltic and other Slavic languages: Latvian
            # "Autors: Jānis Bērziņš", Lithuanian "Autorius: Jonas Petraitis",
            # Slovenian "Avtor: Maja Novak", Serbian in Cyrillic "Аутор: Марко
            # Петровић" (each only with its colon, as "Autor:").
            "Autors:",
            "Autorius:",
            "Avtor:",
            "Аутор:",
            # A woman's byline takes the feminine: Czech, Slovak and Polish
            # "Autorka: Jana Nováková", Lithuanian "Autorė:", Ukrainian
            # "Авторка:"; Belarusian "Аўтар:". "Text" in Polish, Dutch,
            # Danish, Norwegian and Croatian ("Tekst: Anna Berg"), Latvian
            # ("Teksts:"), Lithuanian ("Tekstas:"); "author" in Danish and
            # Norwegian ("Forfatter:"); Finnish "Toimittaja:" (reporter) and
            # "Kirjoittaja:" (writer); Turkish "Hazırlayan:" (prepared by);
            # Polish "Napisał:", "Napisała:" (wrote). Each only with its colon.
            "Autorka:",
            "Autorė:",
            "Авторка:",
            "Аўтар:",
            "Tekst:",
            "Teksts:",
            "Tekstas:",
            "Forfatter:",
            "Toimittaja:",
            "Kirjoittaja:",
            "Hazırlayan:",
            "Napisał:",
            "Napisała:",
            "Автор:",
            # Azerbaijani "Müəllif: Leyla Məmmədova" (author), only with its
            # colon as the others: read as none, the page was left without
            # its writer (heldout34).
            "Müəllif:",
            # "Текст: Иван Петров" (Russian: text), as Spanish "Texto:".
            "Текст:",
            "Texto:",
            # Indonesian: "Oleh Budi Santoso" (by; in a sentence "Oleh karena
            # itu" holds no name), "Penulis: Budi Santoso" (writer).
            "Oleh",
            "Penulis:",
            # Italian and Dutch sites print the opener in small letters over
            # the names: "di Marco Bianchi", "door Jan de Vries" (common words
            # in a sentence, so read in a page's header forms only, names after).
            "di",
            "door",
            # Romanian sites do so too: "de Ana Popescu" over the date.
            "de",
            # Albanian: "Nga Arben Hoxha" (from, by; in a sentence "Nga ana
            # tjetër", on the other hand: names after it only). Welsh: "Gan
            # Siân Jones" (by; "Gan fod …", since, opens a sentence).
            "Nga",
            "Gan",
            # Greek sites print the writer's name in the genitive after the
            # article, "of the": "Του Γιώργου Παππά", "Της Μαρίας Νικολάου"
            # (a sentence opening so names no one in the header's forms).
            "Του",
            "Της",
            # Greek: "Συντάκτης: Γιώργος Παππάς" (editor, the writer of the
            # story), a label only with its colon.
            "Συντάκτης:",
            # Languages heldout35 wrote, each label only with its colon: Uzbek
            # "Muallif: Dilnoza Karimova" (author, Azerbaijani's word in Latin
            # letters without its schwa), Kazakh "Авторы: Айгүл Серікова" (its
            # author), Basque "Egilea: Miren Etxeberria" (the author), Armenian
            # "Հեղինակ՝ Անի Պետրոսյան" (author, with the Armenian comma a
            # label takes, or a colon). Maltese "Minn Maria Borg" (from, by;
            # names after it only, as Albanian "Nga"). Read as none, the
            # Kazakh, Basque and Maltese pages were wire copy, the site's name
            # their headline, and the Uzbek and Armenian writers unread.
            "Muallif:",
            "Авторы:",
            "Egilea:",
            "Հեղինակ՝",
            "Հեղինակ:",
            "Minn",
            # heldout36: Somali "Qoraa: Faadumo Cali" (writer), only with its
            # colon; Hausa "Daga Aminu Bello" and Luxembourgish "Vum Marc
            # Weber" (from, by: each opens sentences too, "Daga bisani …",
            # "Vum Mee un …", so names after it only, as Albanian "Nga").
            # Read as none, each page was wire copy, the site's name its
            # headline (said only ``paragraphs-by-line-shape``).
            "Qoraa:",
            "Daga",
            "Vum",
            # Yoruba "Lati owo Adebayo Ogunleye" (from the hand of), names
            # after it only; "Láti ọwọ́" with its tone marks.
            "Lati owo",
            "Láti ọwọ́",
            # heldout37: West Frisian "Troch Sytse de Vries" (through, by) and
            # Kinyarwanda "Yanditswe na Jean Bosco Mugisha" (written by): each
            # opens sentences too, so names after it only. Frisian's was kept
            # in the writer's name; read as none, the Kinyarwanda page was
            # wire copy, the site's name its headline. Not Maori "Nā Aroha
            # Ngata" (by): "Nā" is the Hawaiian plural article of place and
            # prize names as well ("Nā Pali Coast", "Nā Hōkū Hanohano"), two
            # capitalised words after it either way, and read as a byline the
            # place was the writer, silently (review63).
            "Troch",
            "Yanditswe na",
            # heldout38: Albanian "Shkruan: Arta Krasniqi" (writes, Kosovo's
            # papers), Serbian in Cyrillic "Пише: Марија Јовановић" (writes,
            # as the Latin "Piše:"), Kurmanji "Nivîskar: Rojda Aydın"
            # (writer), Tajik "Муаллиф: Фарзона Раҳимова" (author, as
            # Uzbek "Muallif:"), Mongolian "Сурвалжлагч: Б.Сарантуяа"
            # (reporter): each a sentence's word too, so only with its colon.
            # Read as none, the writer went unread or the page was wire copy.
            "Shkruan:",
            "Пише:",
            "Nivîskar:",
            "Муаллиф:",
            "Сурвалжлагч:",
        ),
        validator=_STRINGS,
    )
    """The word that opens a byline in a web page's header forms (a date, a
    handle or an outlet around the names), as written, followed by an optional
    colon and white space: ``By Jane Roe | Daily Planet``."""

    script_byline_labels: tuple[str, ...] = attrs.field(
        default=(
            # Arabic: "بقلم أحمد سالم" (by the pen of), "كتب: أحمد سالم",
            # "كتبت: منى خليل" (he, she wrote: a verb opening a sentence too,
            # so only with its colon).
            "بقلم",
            "كتب:",
            "كتبت:",
            # Hebrew: "מאת דני לוי" (by).
            "מאת",
            # Hindi: "लेखक: राहुल शर्मा" (writer), "रिपोर्ट: …" (report).
            "लेखक:",
            "रिपोर्ट:",
            # Persian: "نویسنده: مریم احمدی" (writer); Thai: "ผู้เขียน: สมชาย
            # ใจดี" (writer). Words of a sentence too: only with their colon.
            "نویسنده:",
            "ผู้เขียน:",
            # Chinese: "记者 张伟" (reporter), "本报记者 张伟" (this paper's
            # reporter), "作者：张伟" (author), "文/张伟" (text), "文/图 张伟"
            # (text and photo: before "文/", which would take "图" for a name).
            "本报记者",
            "记者",
            "記者",
            "作者",
            "文/图",
            "文／图",
            "文/",
            "文／",
            # Georgian: "ავტორი: ნინო ბერიძე" (author), a sentence's word
            # too: only with its colon (heldout34).
            "ავტორი:",
            # Thai "โดย ประยูร แก้วมณี", Lao "ໂດຍ ສົມພອນ ແກ້ວມະນີ", Khmer "ដោយ
            # សុខ វណ្ណា" (by: a sentence's word too, glued there to the word
            # after it, as these scripts write words; here a space and a name
            # of two words alone, _script_names), Burmese "ရေးသားသူ:
            # ဇော်မင်းထွန်း" (writer; a sentence's word too: only with its
            # colon). Read as none, such a page was wire copy, silently
            # (scripts60).
            "โดย",
            "ໂດຍ",
            "ដោយ",
            "ရေးသားသူ:",
            # heldout38, each a sentence's word too, so only with its colon:
            # Gujarati "લેખક:" and Punjabi "ਲੇਖਕ:" (writer, Hindi's word in
            # their scripts), Kannada "ಲೇಖಕರು:", Malayalam "ലേഖകൻ:" and
            # Sinhala "ලේඛක:" (writer), Telugu "రచయిత:" (author), Pashto
            # "لیکوال:" (writer), Sorani "نووسینی:" (the writing of),
            # Amharic "ዘጋቢ:" (reporter), Tigrinya "ጸሓፊ:" (writer), Tibetan
            # "རྩོམ་པ་པོ:" (author). Read as none, each page was wire copy,
            # the site's name its headline (said only
            # ``paragraphs-by-line-shape``).
            "લેખક:",
            "ਲੇਖਕ:",
            "ಲೇಖಕರು:",
            "ലേഖകൻ:",
            "ලේඛක:",
            "రచయిత:",
            "لیکوال:",
            "نووسینی:",
            "ዘጋቢ:",
            "ጸሓፊ:",
            "རྩོམ་པ་པོ:",
        ),
        validator=_STRINGS,
    )
    """The labels that open a byline in a script without capitals (Arabic,
    Hebrew, Devanagari, Chinese, Japanese), as written, followed by an
    optional colon (``:``, ``：``) and white space: ``بقلم أحمد سالم``,
    ``מאת דני לוי``, ``记者 张伟``. Read by
    :func:`wirestory.bylines.find_page_byline` over one to three names of
    that script alone (no digit, no sentence's end)."""

    work_detail_labels: frozenset[str] = attrs.field(
        default=frozenset(
            # A review's box of the reviewed book's details: "Title: The Quiet
            # Shelf" / "Author: Anne Hale" / "Publisher: Vale Books" / "Pages:
            # 320". No label here describes the story
            # itself ("Title:", "Date:" head a scrape's own metadata too; an
            # article's "Published by:", "Translated by:", a section's
            # "Editorial:" too; a product review's "Price:", "Genre:"). Publisher
            # in Portuguese, Italian, German.
            {
                *"publisher publishers pages isbn imprint".split(),
                *"editora editore verlag".split(),
                "page count",
            }
        ),
        validator=_STRING_SET,
    )
    """Labels, lower-case, before a colon, of the lines of a review's box of
    the reviewed work's details: an ``Author:`` line next to one (above or
    below, two lines at most) names the book's author, no writer of the
    story, and is no byline."""

    byline_non_name_words: frozenset[str] = attrs.field(
        default=frozenset(
            # "Email the author", "Follow on Twitter", "5 minute read", "3 hours
            # ago", "Updated Monday", "Share 12 comments", "Print", "Photo by",
            # "Staff reporter", "By the News Agency", "Posted by Admin": furniture
            # or a title, no name. Month names are not here: "Roger May" and "April Smith" are
            # names (a date never passes, names hold no digits).
            """email e-mail author authors follow twitter minute minutes min read ago hour hours
            updated published posted share comments comment print video photo photos staff
            reporter writer correspondent editor contributor monday tuesday wednesday thursday
            friday saturday sunday today yesterday gmt utc the news agency press admin"""
            # The newsroom as a whole signs a desk's copy: "Por Redacción",
            # "Redação", "Tim Redaksi", "Redaktion", "Rédaction", "Redazione";
            # Polish "Redakcja", Czech "Redakce", Turkish "Haber Merkezi" (the
            # news centre, under the headline where a writer's name stands).
            """ redacción redaccion redação redacao redaksi redaktion rédaction
            redazione redactie redakcja redakce merkezi"""
            # Catalan "Redacció", and "Agències" (the wires) after a writer's
            # name: "Per Jordi Puig i Agències".
            """ redacció redaccio agències agencies"""
            # The openers' own staff signatures: Swahili "Na Mwandishi Wetu"
            # (by our reporter), Afrikaans "Deur Ons Verslaggewer"; no name
            # holds the words.
            """ mwandishi waandishi wetu verslaggewer verslaggewers"""
            # "By Jane Roe For Vale Post": a contributor writing for an outlet;
            # "From Jane Roe, Kano": a Nigerian paper's correspondent
            # (wirestory.bylines.find_page_byline); no name holds the words.
            """ for from"""
            # A team signing its copy: "By Sales and Marketing Team", "By Jane
            # Roe and the Data Team"; no name holds the word.
            """ team teams"""
            # A desk signing its copy where a byline stands, over the date:
            # "Web Desk", "News Desk", "Online Desk" (South Asian and Gulf
            # sites); no name holds the word.
            """ desk""".split()
        ),
        validator=_STRING_SET,
    )
    """Words, lower-case, that are never part of a person's name in a byline or a
    credit (``By Email the author``, ``By Staff Reporter``): a name holding one is
    no name (:func:`wirestory.bylines.person_names`)."""

    desk_signature_words: frozenset[str] = attrs.field(
        # The head word a newsroom's signature ends in, where a byline stands
        # over the date ("Web Desk", "Our Correspondent", "Staff Reporter",
        # "Agencies", "Redacción", "Haber Merkezi"). Its own small list: most
        # of byline_non_name_words ("the", "news", "press", "team", "staff",
        # "today") end a short title-case headline as readily ("The Lost
        # Harbour", "Team GB Triumphs", "Staff Walk Out").
        default=frozenset(
            """desk correspondent correspondents reporter reporters agencies agency
            bureau newsroom redacción redaccion redação redacao redaksi redaktion
            rédaction redazione redactie redakcja redakce merkezi redacció redaccio
            agències wetu verslaggewer verslaggewers"""
            # The same in South Asia's scripts, where a desk signs under the
            # headline with no label (heldout34): Bengali "প্রতিবেদক"
            # (reporter: "নিজস্ব প্রতিবেদক", own reporter) and "ডেস্ক" (desk),
            # Urdu "ڈیسک" (desk: "ویب ڈیسک") and "نمائندہ" (correspondent),
            # Hindi and Nepali "डेस्क" (desk) and "संवाददाता" (correspondent),
            # Tamil "செய்திப்பிரிவு" (news desk).
            """ প্রতিবেদক ডেস্ক ڈیسک نمائندہ डेस्क संवाददाता செய்திப்பிரிவு""".split()
        ),
        validator=_STRING_SET,
    )
    """Words, lower-case, one of which ends a newsroom's signature printed in a
    byline's place over a page's date (``Web Desk``, ``Our Correspondent``):
    the walk up to the headline passes such a line over."""

    section_label_words: frozenset[str] = attrs.field(
        # A page's section label printed between the headline and the date
        # line, in a script without capitals, where South Asian and Middle
        # Eastern papers set the writer's name with no label (silent57): no
        # case tells the two apart, the label's word does. The word for news
        # and for the latest of it: Hindi and Nepali "समाचार", "ख़बरें"
        # ("ताज़ा ख़बरें", latest news), "न्यूज़"; Bengali "খবর", "সংবাদ",
        # "সর্বশেষ"; Urdu "خبریں", "خبر", "تازہ"; Arabic and Persian "أخبار",
        # "الأخبار", "اخبار", "عاجل" (breaking), "آخر" (latest); Hebrew
        # "חדשות", "מבזקים"; Tamil "செய்திகள்", "செய்தி"; Georgian
        # "ამბები", "სიახლეები"; Amharic "ዜና". And the word for a kind of
        # piece, a label of the same place (``खास रिपोर्ट``, special report;
        # ``تقرير خاص``), read as a writer silently once alarms60 stopped
        # doubting caseless names no list holds: report, analysis, opinion,
        # editorial, comment, column, interview, exclusive, in Hindi,
        # Bengali, Urdu, Arabic, Persian, Hebrew and Tamil. No person's name
        # holds them. And a label's word of the forum or the special piece
        # (the fourth review of session 13, fixI62): Arabic "خاص" (exclusive
        # to, special: ``خاص بالموقع``), Hindi "मंच" and Bengali "মঞ্চ"
        # (forum, stage: ``पाठक मंच``, readers' forum, whose first word is
        # a family name too).
        default=frozenset(
            """समाचार ख़बरें खबरें ख़बर खबर ताज़ा ताजा न्यूज़ न्यूज খবর সংবাদ সর্বশেষ
            خبریں خبر تازہ أخبار الأخبار اخبار الاخبار عاجل آخر חדשות מבזקים
            செய்திகள் செய்தி ამბები სიახლეები ዜና
            रिपोर्ट टिप्पणी संपादकीय विश्लेषण एक्सक्लूसिव साक्षात्कार इंटरव्यू
            প্রতিবেদন সম্পাদকীয় মতামত বিশ্লেষণ সাক্ষাৎকার
            رپورٹ اداریہ تجزیہ کالم تقرير التقرير تحليل رأي الرأي افتتاحية حصري
            مقابلة حوار گزارش تحلیل گفتگو ניתוח פרשנות ראיון கட்டுரை தலையங்கம்
            பேட்டி خاص मंच মঞ্চ""".split()
        ),
        validator=_STRING_SET,
    )
    """Words, lower-case, one of which marks a line of a script without
    capitals between a page's headline and its date line as a section's
    label (``ताज़ा ख़बरें``, latest news; ``أخبار محلية``, local news), no
    writer's name: the line is read as no byline."""

    section_topic_words: frozenset[str] = attrs.field(
        # A tag or a section's label in a script without capitals opening with
        # a word people bear as a given name: Hindi "राम मंदिर" (the Ram
        # temple), "विजय दिवस" (victory day), "पूजा विशेष" (puja special),
        # "राम नवमी", "राम लीला". The given name made it a writer's, silently
        # (the review of silent57); its last word, the topic, tells it: a
        # name's last word is a family name, never temple, day, special,
        # festival, fair, anniversary, election, live or update.
        default=frozenset(
            """मंदिर दिवस विशेष उत्सव महोत्सव पर्व नवमी लीला जयंती मेला चुनाव लाइव अपडेट
            মন্দির দিবস বিশেষ উৎসব পূজা""".split()
        ),
        validator=_STRING_SET,
    )
    """Words, lower-case, that as the last word of a line of a script without
    capitals between a page's headline and its date line make it a tag or a
    section's label (``राम मंदिर``, ``विजय दिवस``), no writer's name, whatever
    its first word: the line is read as no byline."""

    caseless_noun_surnames: frozenset[str] = attrs.field(
        # Family names that are also common nouns, kept out of
        # caseless_surnames for it (the second review of fixB58): Hindi "राय"
        # (opinion), "अधिकारी" (officer: "जिला अधिकारी", district officer),
        # "पाठक" (reader), Bengali "সরকার" (government), "রায়" (verdict), Urdu
        # "ملک" (country: "بیرون ملک", abroad). A line ending in one is a
        # section's label as readily as a writer's name, and doubted
        # (alarms60: a name no list tells is doubted only by a phrase's form).
        default=frozenset("राय अधिकारी पाठक সরকার রায় ملک".split()),
        validator=_STRING_SET,
    )
    """Family names, lower-case, of scripts without capitals that are also
    common nouns: a line between a page's headline and its date line read as
    the writer ending in one is doubted (``byline-name-may-be-phrase``)."""

    caseless_surnames: frozenset[str] = attrs.field(
        # Common family names of South Asia's scripts: Hindi and Nepali
        # "सुरेंद्र कुमार", "नरेंद्र सिंह", "प्रियंका शर्मा", Bengali "… দাস",
        # Urdu "… خان". A writer's name over the date whose given name the
        # short list of Knowledge.given_names lacks said
        # byline-name-may-be-phrase on most real writers (the review of
        # silent57); a common surname as its last word tells a person. None
        # that is also a common noun: Hindi "राय" (opinion: "आपकी राय", your
        # say), "अधिकारी" (officer: "जिला अधिकारी"), "पाठक" (reader), Bengali
        # "সরকার" (government), "রায়" (verdict), Urdu "ملک" (country: "بیرون
        # ملک", abroad) end a section's label as often as a name, and exempted
        # it from byline-name-may-be-phrase, silently (the second review of
        # fixB58).
        default=frozenset(
            """कुमार सिंह शर्मा वर्मा गुप्ता यादव मिश्रा मिश्र पांडेय पाण्डेय पांडे तिवारी
            त्रिपाठी दुबे चौबे श्रीवास्तव जैन अग्रवाल खान पटेल शाह जोशी चौधरी ठाकुर
            थापा श्रेष्ठ पौडेल गौतम भट्ट भट्टराई झा दास प्रसाद सिन्हा सक्सेना
            मेहता रावत नेगी बिष्ट सेन चौहान राठौर शुक्ला दीक्षित कपूर मल्होत्रा अरोड़ा
            बंसल द्विवेदी चतुर्वेदी कुलकर्णी भारद्वाज सहगल नायर बाजपेयी उपाध्याय सैनी
            দাস চৌধুরী ঘোষ বসু চক্রবর্তী মুখোপাধ্যায় হোসেন রহমান আহমেদ ইসলাম
            خان قریشی صدیقی چوہدری""".split()
        ),
        validator=_STRING_SET,
    )
    """Common family names, lower-case, of scripts without capitals: a line
    between a page's headline and its date line read as the writer whose last
    word is one (``सुरेंद्र कुमार``) is a person's name, not doubted as a
    phrase (``byline-name-may-be-phrase``)."""

    caseless_function_words: frozenset[str] = attrs.field(
        # The grammar's small words of scripts without capitals, which a
        # phrase holds and a person's name never does: Hindi and Nepali
        # postpositions, particles and verbs "का की के में से पर को ने तक और है
        # हैं था थी भी ही नहीं लिए" ("बारिश का कहर", the rain's havoc; "दिल्ली से
        # रिपोर्ट", report from Delhi); Nepali "को मा ले"; Bengali "ও এবং থেকে
        # জন্য হয় না"; Urdu "کا کی کے میں سے پر کو نے اور ہے"; Arabic and
        # Persian "في من على إلى عن مع و از با در"; Hebrew "של על עם". A line
        # of a caseless script over the date read as the writer by its place
        # alone is doubted (byline-name-may-be-phrase) when it holds one
        # (alarms60): no form but these tells a phrase in a script with no
        # capitals, and doubting every name outside the short lists of given
        # and family names said so of seven writers in ten.
        # Possessive pronouns open a reader's column's label ("आपकी राय", your
        # say; "हमारी बात", our word); Egyptian and many sites' "علي" spells
        # "على" (on: "علي مدار الساعة", around the clock) as the name Ali
        # does, and stays doubted so.
        default=frozenset(
            """का की के में से पर को ने तक और है हैं था थी भी ही नहीं लिए मा ले
            आपकी आपका आपके हमारी हमारा हमारे मेरी मेरा मेरे
            ও এবং থেকে জন্য হয় না আপনার আমাদের
            کا کی کے میں سے پر کو نے اور ہے آپ کی ہماری
            في من على علي إلى عن مع و از با در
            של על עם""".split()
        ),
        validator=_STRING_SET,
    )
    """Function words, lower-case, of scripts without capitals (postpositions,
    conjunctions, particles, the verb to be): a line of such a script between
    a page's headline and its date line holding one is a phrase as readily as
    a writer's name, and doubted (``byline-name-may-be-phrase``)."""

    byline_outlet_words: frozenset[str] = attrs.field(
        # An outlet signing its staff's copy: "By Global Times", "By Harbour
        # Daily", "By Vale Tribune", "By Fjord Gazette". Only a lone name's
        # last word: a co-writer's name ending so ("By Jane Roe and Tom Times")
        # and a credit's photographer among others stay names.
        default=frozenset("times daily tribune gazette".split()),
        validator=_STRING_SET,
    )
    """Words, lower-case, that end a newspaper's name: a byline's or a
    credit's names that are one name ending in one (``By Global Times``) are
    the outlet's, no person's (:func:`wirestory.bylines.person_names`)."""

    writer_titles: tuple[str, ...] = attrs.field(
        default=(
            "writer",  # "Jane Roe, AP Sports Writer", "Staff Writers"
            "columnist",  # "Jane Roe, Planet columnist"
            "correspondent",  # "Jane Roe, Planet diplomatic correspondent"
            "contributor",  # "Jane Roe Senior Contributor"
            "editor",  # "Jane Roe, Business Editor"
            "reporter",  # "Jane Roe, Staff Reporter"
            "analyst",  # "Jane Roe, CNN Senior Legal Analyst"
            "bureau chief",  # "Jane Roe, Tokyo Bureau Chief", "Bureau Chief Jane Roe"
            # American local stations' staff: "Jane Roe, Multimedia Journalist",
            # "Jane Roe Digital Producer". A producer only with a newsroom's
            # word before it: "Saudi Arabia is the largest oil producer." is
            # no writer's bio, nor "Jane Roe, a film producer," a writer.
            "journalist",
            "digital producer",
            "news producer",
            "web producer",
            "multimedia producer",
            # British regional papers' court reporters: "Jane Roe Court Reporter"
            # (as a title of its own: "CNN Supreme Court Analyst" keeps its
            # "Court").
            "court reporter",
            "courts reporter",
            "court correspondent",
            # The same titles of Portuguese, Spanish and Italian sites: "Por Ana
            # Souza - Repórter da Agência Brasil", "Jane Roe, corresponsal",
            # "Jane Roe, corrispondente da Bruxelles".
            "repórter",
            "reportero",
            "reportera",
            "corresponsal",
            "correspondente",
            "corrispondente",
            # French: "Jane Roe, correspondant à Paris", "correspondante à Rome".
            "correspondant",
            "correspondante",
        ),
        validator=_STRINGS,
    )
    """A writer's title after a name, lower-case, matched as a whole word in any
    case with an optional plural ``s``: what follows the name in a byline
    (``Jane Roe, AP Sports Writer``), and what makes a line that ends like a
    photo credit a byline instead (``Jane Roe, Planet diplomatic correspondent``)."""

    credit_qualifiers: frozenset[str] = attrs.field(
        default=frozenset(
            # "AFP Photo", "Photos: Jane Roe", "Foto: dpa", "REUTERS file photo",
            # "Handout via Reuters", "Pool/AFP", "Video: AP", "Image Credit: WAM",
            # "Picture by", "Courtesy Jane Roe", "Photo by Jane Roe".
            """photo photos foto fotos file handout pool video image credit picture courtesy
            by""".split()
            # The photo labels of other languages, so that "Fotoğraf: Jane Roe"
            # names no source "Fotoğraf": Portuguese, Italian, Russian,
            # Turkish, Spanish, French (Knowledge.photo_labels).
            + """photograph imagem immagine фото fotoğraf görsel crédito crédit imagen"""
            # "Crédits photo : Jane Roe", "Fotografía: Jane Roe".
            """ crédits fotografía fotografia"""
            # "Beeld ANP" (Dutch: image), "Fot. PAP/Jane Roe" (Polish, abbreviated).
            """ beeld fot"""
            # "Bild: Jane Roe/TT" (Swedish, German), "Kuva: Jane Roe /
            # Lehtikuva" (Finnish), "Fotó: MTI/Jane Roe" (Hungarian).
            """ bild kuva fotó"""
            # "Argazkia: Jane Roe" (Basque), "Picha: Jane Roe" (Swahili),
            # "Grianghraf: Jane Roe" (Irish), "Larawan: PNA" (Tagalog),
            # "Illustration by Jane Roe".
            """ argazkia picha grianghraf larawan illustration photo-illustration"""
            # "Photographer: Jane Roe", "Fotograf: Jane Roe", "Fotógrafo: Jane Roe".
            """ photographer fotograf fotógrafo fotografo zdjęcie""".split()
        ),
        validator=_STRING_SET,
    )
    """Words, lower-case, that label or qualify a photo credit without naming
    anyone: dropped from each part of a credit before it is read for an agency,
    a photographer and a source (:func:`wirestory.parse_credit`)."""

    generic_credits: frozenset[str] = attrs.field(
        default=frozenset(
            # "… outside the court — Handout", "… on Mill Street - Supplied", "…
            # in 2019 - File", "… in Islamabad — Online" (Pakistani pages: the
            # Online agency), "… at the summit - Pool": where the photo came
            # from, named by no one, as "(Handout)" and "Photo: Supplied" say.
            """handout supplied file online pool""".split()
        ),
        validator=_STRING_SET,
    )
    """Words, lower-case, that alone after a spaced dash at a caption's end are
    its credit, naming no one (``… outside the court — Handout``), as they are
    in parentheses (``(Handout)``) or after a label (``Photo: Supplied``)
    (:func:`wirestory.split_credit`)."""

    institution_words: frozenset[str] = attrs.field(
        default=frozenset(
            # "Moroccan Foreign Ministry", "Israeli Army", "Harbour University",
            # "Interior Ministry Press Office", "The Daily Times", "Royal Palace":
            # a credit's part holding one names a source, not a photographer.
            """ministry army office department university government council media forces police
            authority museum agency institute centre center committee press news times
            post service services corporation company group foundation embassy presidency palace
            parliament navy military command"""
            # A sponsor or a host named after "Presented by" on a podcast's or
            # an event's page: "Vale Farmers Union", "Harbour Bank", "Coast
            # Energy", "Mill Street Trust".
            """ union bank energy trust association society federation"""
            # A newspaper credited for its own photo: "Photo: China Daily",
            # "Photo: Harbour Herald", "(Vale Tribune)".
            """ daily herald tribune gazette"""
            # A photo agency's or pool's name: "PPI Images", "Gallo Images/Jane
            # Roe", "Harbour Pictures" (Pakistani, South African pages).
            """ images pictures""".split()
        ),
        validator=_STRING_SET,
    )
    """Words, lower-case, that make a part of a photo credit an institution, not
    a photographer (``Reuters/Foreign Ministry`` names a source):
    :func:`wirestory.parse_credit` reads a part holding one as the source."""

    advisory_verbs: tuple[str, ...] = attrs.field(
        default=(
            # "(Adds prime minister's reaction in paragraph 3)", "(Updates death
            # toll)", "(Recasts with ...)", "(Corrects spelling of name in
            # paragraph 2)", "(Refiles to fix typo)", "(Writethru ...)"; as written.
            "Adds",
            "Updates",
            "Recasts",
            "Corrects",
            "Changes",
            "Fixes",
            "Refiles",
            "Rewrites",
            "Inserts",
            "Removes",
            "Deletes",
            "Repeats",
            "Withdraws",
            "Clarifies",
            "Moves",
            "Rewords",
            "Amends",
            "Edits",
            "Restores",
            "Replaces",
            "Combines",
            "Writethru",
        ),
        validator=_STRINGS,
    )
    """The verbs, as written, that open a wire advisory above an updated story,
    a paragraph in parentheses (``(Adds reaction in paragraph 3)``): it becomes
    an ``advisory`` segment, not body."""

    advisory_labels: tuple[str, ...] = attrs.field(
        default=(
            # AP's notes to editors at the top of a story: "Eds: Updates with
            # closing prices.", "EDITOR'S NOTE — This story is part of a series
            # …"; matched in any case, before a colon or a dash.
            "Eds",
            "Editor's note",
            "Editor’s note",
            "Editors' note",
            "Editors’ note",
            "Note to editors",
            # A correction notice above a corrected story: "CORRECTION: An
            # earlier version of this story gave the wrong date.",
            # "Clarification: This story has been updated to …".
            "Correction",
            "Clarification",
            # A wire's advisory to editors above a story: "ADVISORY: The story
            # below contains language some readers may find offensive." A
            # public notice opens with the word too: the note must speak to
            # the desk (trailers.find_advisory).
            "Advisory",
            # A warning to readers over a story on suicide, abuse or violence:
            # "Content warning: This article contains references to suicide.",
            # "Trigger warning: …", the label and a colon (heldout34: left out
            # as furniture, said to be maybe the story's first paragraph; the
            # label before a dash is not read so).
            "Content warning",
            "Trigger warning",
        ),
        validator=_STRINGS,
    )
    """The labels, in any case, that open a note to editors above a story, before
    a colon or a dash (``Eds: Updates with closing prices.``, ``EDITOR'S NOTE —
    …``): the paragraph becomes an ``advisory`` segment, not body. A label of
    one word takes a colon only (``EDS - the computer services firm - said``
    is a company's name before an apposition)."""

    dateline_dashes: tuple[str, ...] = attrs.field(
        default=(
            "--",  # "GREEN BAY, Wis. --" (AP's typed dash)
            "-",  # "LONDON, March 3 (Reuters) -"
            "–",  # "PARIS (AFP) –"
            "—",  # "WASHINGTON (AP) —"
            "_",  # "NEW YORK (AP) _" (AP's dash in older copy)
        ),
        validator=_STRINGS,
    )
    """What ends a dateline before the story's first words, as written (``WASHINGTON
    (AP) —``, ``BAHRAIN, Oct 19 -``, ``(CNN) --``): add a site's own separator
    (``STOCKHOLM • Rain fell``) to read its datelines."""

    page_date_months: frozenset[str] = attrs.field(
        default=frozenset(
            # "22 de outubro de 2010" (Portuguese), "3 de marzo de 2019" (Spanish),
            # "19 novembre 2019" (French), "20. November 2019" (German), "3 dicembre
            # 2019" (Italian), "3 декабря 2019" (Russian, the genitive a date
            # takes), "3 Aralık 2019" (Turkish), "4 marca 2025" (Polish, the
            # genitive too): the month names of page date
            # lines beyond those of Knowledge.months; their first three
            # letters also make the month of a day-first dateline with no
            # agency ("ROMA, 3 dic. -"), and a capitalised one may follow the
            # day before an agency ("ANKARA, 3 Aralık (AA) -").
            """janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro
            dezembro
            enero febrero marzo mayo junio julio septiembre octubre noviembre diciembre
            janvier février mars avril mai juin juillet août septembre octobre novembre décembre
            januar februar märz juni juli oktober dezember
            gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
            января февраля марта апреля мая июня июля августа сентября октября ноября
            декабря
            ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık
            stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października
            listopada grudnia"""
            # The same in the languages heldout26 wrote, as their dates take
            # them: Dutch "4 maart 2025"; Swedish, Danish and Norwegian "4 mars
            # 2025", "4. marts 2025"; Czech "4. března 2025" and Slovak "4.
            # marca 2025" (genitive); Croatian "4. ožujka 2025." and Serbian "4.
            # marta 2025." (genitive); Slovenian "4. marca 2025"; Romanian "4
            # martie 2025"; Latvian "2025. gada 4. martā" (locative);
            # Lithuanian "kovo 4 d." (genitive); Estonian "4. märts 2025";
            # Finnish "4. maaliskuuta 2025"; Hungarian "2025. március 4.";
            # Icelandic "4. mars 2025"; Albanian "4 mars 2025"; Greek "4
            # Μαρτίου 2025" and Ukrainian "4 березня 2025" (genitive).
            """ januari februari maart mei augustus
            augusti december marts maj desember
            ledna února března dubna května června července srpna září října listopadu prosince
            januára februára apríla mája júna júla augusta septembra októbra novembra decembra
            siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna studenoga
            prosinca
            januara februara marta aprila juna jula avgusta oktobra
            januarja februarja junija julija
            ianuarie februarie martie aprilie iunie iulie septembrie octombrie noiembrie
            decembrie
            janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī
            novembrī decembrī
            sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio
            lapkričio gruodžio
            jaanuar veebruar märts aprill juuni juuli oktoober detsember
            tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta
            elokuuta syyskuuta lokakuuta marraskuuta joulukuuta
            január február március április május június július augusztus szeptember október
            janúar febrúar apríl maí júní júlí ágúst október nóvember
            janar shkurt prill qershor korrik gusht shtator tetor nëntor dhjetor
            ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου
            σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου
            січня лютого березня квітня травня червня липня серпня вересня жовтня листопада
            грудня"""
            # Malay "4 Mac 2025", "Diterbitkan: Mac 4, 2025 @ 10:32am" and
            # Indonesian "Selasa, 4 Maret 2025 10:32 WIB": the months neither
            # shares with a language above (Malaysian and Indonesian portals'
            # date lines; read as none, the caption under such a date line was
            # left out as furniture).
            """ mac julai ogos disember maret agustus"""
            # Arabic: the months of Egypt and the Gulf ("4 مارس 2025", two
            # spellings of April) and of the Levant and Iraq ("4 آذار 2025";
            # "كانون" and "تشرين" open two months each, their second word "الثاني"
            # or "الأول", second or first, is one of Knowledge.date_line_words).
            """ يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر
            ديسمبر كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين"""
            # South Asia's scripts (heldout34): Hindi "4 मार्च 2025" (two
            # spellings of several months), Nepali's own calendar, Bikram
            # Sambat, "फागुन २०, २०८१" (its months, in two spellings each,
            # its digits Devanagari's), Urdu "04 مارچ 2025", Bengali "০৪ মার্চ
            # ২০২৫" and Tamil "04 மார்ச் 2025". Read as none, such a page was
            # wire copy, its menu's first item the headline, every line of
            # its header a paragraph.
            """ जनवरी फरवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर सितम्बर अक्टूबर
            अक्तूबर नवंबर नवम्बर दिसंबर दिसम्बर
            वैशाख बैशाख जेठ जेष्ठ असार आषाढ साउन श्रावण भदौ भाद्र असोज आश्विन कात्तिक
            कार्तिक मंसिर मङ्सिर पुस पौष माघ फागुन फाल्गुन चैत चैत्र
            جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر
            জানুয়ারি জানুয়ারী ফেব্রুয়ারি ফেব্রুয়ারী মার্চ এপ্রিল মে জুন জুলাই আগস্ট
            সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর
            ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர்
            டிசம்பர்"""
            # Georgian "4 მარტი 2025" (the review of silent57): read as no
            # date, a writer's name over it was no byline and the page was
            # wire copy, the site's name its headline, silently.
            """ იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი
            ოქტომბერი ნოემბერი დეკემბერი"""
            # The scripts written without spaces between words (scripts60):
            # Thai "4 มีนาคม 2568 10:32 น." (a Buddhist-era year), Lao "4 ມີນາ
            # 2025", Khmer "៤ មីនា ២០២៥" (Khmer digits) and "ថ្ងៃអង្គារ ទី៤
            # ខែមីនា ឆ្នាំ២០២៥" (the month with "ខែ", month, glued), Burmese
            # "၂၀၂၅ ခုနှစ် မတ်လ ၄ ရက်" (the month with "လ", month, glued) and
            # "မတ် ၄၊ ၂၀၂၅".
            # Read as none, such a page was wire copy, its site's name the
            # headline and its header's lines paragraphs, silently.
            """ มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน
            ตุลาคม พฤศจิกายน ธันวาคม
            ມັງກອນ ກຸມພາ ມີນາ ເມສາ ພຶດສະພາ ມິຖຸນາ ກໍລະກົດ ສິງຫາ ກັນຍາ ຕຸລາ ພະຈິກ ທັນວາ
            មករា កុម្ភៈ មីនា មេសា ឧសភា មិថុនា កក្កដា សីហា កញ្ញា តុលា វិច្ឆិកា ធ្នូ
            ខែមករា ខែកុម្ភៈ ខែមីនា ខែមេសា ខែឧសភា ខែមិថុនា ខែកក្កដា ខែសីហា ខែកញ្ញា
            ខែតុលា ខែវិច្ឆិកា ខែធ្នូ
            ဇန်နဝါရီ ဖေဖော်ဝါရီ မတ် ဧပြီ မေ ဇွန် ဇူလိုင် ဩဂုတ် စက်တင်ဘာ အောက်တိုဘာ
            နိုဝင်ဘာ ဒီဇင်ဘာ ဇန်နဝါရီလ ဖေဖော်ဝါရီလ မတ်လ ဧပြီလ မေလ ဇွန်လ ဇူလိုင်လ
            ဩဂုတ်လ စက်တင်ဘာလ အောက်တိုဘာလ နိုဝင်ဘာလ ဒီဇင်ဘာလ"""
            # heldout37: Zulu "4 Mashi 2025", Kinyarwanda "4 Werurwe 2025" and
            # Maori "4 Māehe 2025" (the months each borrows from English, and
            # Kinyarwanda's own). Read as none, a Zulu page whose writer's
            # name is glued to its "ngu" (by) was wire copy, its site's name
            # its headline.
            """ januwari februwari mashi ephreli meyi julayi agasti septhemba okthoba
            novemba disemba
            mutarama gashyantare werurwe mata gicurasi kamena nyakanga kanama nzeri ukwakira
            ugushyingo ukuboza
            hānuere pēpuere māehe āperira hune hūrae ākuhata hepetema oketopa noema
            tīhema"""
            # heldout41: Filipino "Marso 4, 2025 10:32 AM" (the months it does
            # not share with Spanish) and the Persian solar months of Iran's
            # portals, "۱۴ اسفند ۱۴۰۳" (their digits Persian). Read as none,
            # such a page's header block was one wrapped paragraph, its
            # menu's first item the headline.
            """ pebrero marso hunyo hulyo setyembre oktubre nobyembre disyembre
            فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند""".split()
        ),
        validator=_STRING_SET,
    )
    """Month names, lower-case, that make a line holding only a date in a web
    page's header (``22 de outubro de 2010 às 20:13``) besides :attr:`months`;
    their first three letters (or the whole name) also make the month of a
    dateline written day first with no agency (``ROMA, 3 dic. -``), whose date
    is then kept as written (a date to resolve needs a month's number: add it
    to :attr:`months`)."""

    caption_labels: tuple[str, ...] = attrs.field(
        default=(
            "image caption",  # BBC's "Image caption The quay at dawn"
            "image caption,",  # BBC's pages since 2021: "Image caption, The quay at dawn"
            # Blogs' and science sites' label: "Caption: A beetle walks … (Credit: Jane Roe)"
            "caption:",
            # A tech site's button glued to the caption by a browser's copy:
            # "Enlarge / A stack of cells at the plant." (not "Enlarge this
            # image", a line of its own over an NPR-style caption).
            "enlarge /",
        ),
        validator=_STRINGS,
    )
    """Labels, lower-case, that a web page prints before a photo's caption text
    (``Image caption The quay at dawn``): dropped from the caption; compared in
    any case, one to three spaces between words."""

    copyright_labels: tuple[str, ...] = attrs.field(
        default=(
            "image copyright",  # BBC's "Image copyright Reuters" above its caption
            "image source,",  # BBC's pages since 2021: "Image source, Reuters"
            "©",  # "© Jane Roe"
            "(c) ",  # "(c) Jane Roe"
        ),
        validator=_STRINGS,
    )
    """Marks, lower-case, that open a photo credit printed on a line of its own,
    usually above its caption (``Image copyright Reuters``, ``© Jane Roe``);
    compared in any case, one to three spaces between words, a label ending in a
    letter only before a word boundary, a trailing space standing for any white
    space."""

    full_stops: str = attrs.field(
        default=".…。।۔։\u104b\u17d4\u1362", validator=attrs.validators.instance_of(str)
    )
    """Marks that end a statement: full stop, ellipsis, CJK full stop (``他说。``),
    the Devanagari danda (Hindi's full stop: ``उन्होंने कहा।``), the Arabic full
    stop Urdu ends its sentences with (``گریز کریں۔``: read as none, an Urdu
    page's paragraphs were no prose, and its story was lost, heldout34),
    and the Armenian full stop (``վերջակետ``, ``… աշակերտ։``: read as none,
    an Armenian page's paragraphs were no prose, its body empty, heldout35),
    Burmese's ``။`` and Khmer's ``។`` (``… ပြောသည်။``, ``… ពីរឆ្នាំ។``: read as
    none, such a page's paragraphs were no prose, scripts60), and the
    Ethiopic full stop Amharic and Tigrinya end theirs with (``… ተከፈተ።``:
    read as none, such a page's paragraphs were no prose, its body empty,
    heldout38).
    With :attr:`exclamation_marks` and :attr:`question_marks` they make
    :attr:`sentence_ends`."""

    exclamation_marks: str = attrs.field(default="!！", validator=attrs.validators.instance_of(str))
    """Marks that end an exclamation (``Goal!``, ``好！``): a sentence's end, but a
    headline may end in one."""

    question_marks: str = attrs.field(default="?？؟", validator=attrs.validators.instance_of(str))
    """Marks that end a question (``Why now?``, the Arabic script's ``؟``): a
    sentence's end, but a headline or a subheading may end in one."""

    clause_ends: str = attrs.field(default=",;:", validator=attrs.validators.instance_of(str))
    """Marks that end a clause, not a sentence (``..., he said:``): a line ending
    in one goes on, so it is no headline, subheading, byline or credit."""

    closing_quotes: str = attrs.field(
        default="\"'”’»)]", validator=attrs.validators.instance_of(str)
    )
    """Quotes and brackets that may close after a sentence's end (``... he said."``,
    ``(... in 2019.)``); at most three are skipped."""

    photo_positions: tuple[str, ...] = attrs.field(
        default=(
            "L",  # "(L)": AFP's "Jane Roe (L) and John Doe at the quay"
            "R",  # "(2nd R)"
            "C",  # "(C, in red)"
            "left",  # "(left)"
            "right",  # "(right)"
            "center",  # "(center)"
            "centre",  # "(centre)"
            "top",  # "(top)"
            "bottom",  # "(bottom)"
            "front",  # "(front)"
            "back",  # "(back)"
            "pictured",  # "(pictured)"
            "foreground",  # "(foreground)"
            "background",  # "(background)"
        ),
        validator=_STRINGS,
    )
    """Words in brackets at a caption's end that point into the photo rather than
    credit it, compared in any case, after an optional ordinal (``(2nd R)``) and
    before an optional comma and more (``(C, in red)``): such a bracket is no
    credit (:func:`wirestory.split_credit`)."""

    credit_name_links: frozenset[str] = attrs.field(
        default=frozenset(
            # "Photo: Courtesy of the Harbour Board", "Jane Roe/Friends of the
            # Quay", "Photo via Harbour Board", "Jane Roe/Harbour and Sea
            # Museum", "Institute for Coastal Studies", "Musée de la Mer",
            # "Casa da Música", "Museum van Loon", "Schloss von Hohenberg".
            """of the via and for de da van von"""
            # The other Romance particles of a paper's or a museum's name:
            # "Foto: Ana Ruiz/Diario del Prado", "Jornal do Porto", "Musée
            # de la Mer", "Corriere della Valle", "Musée du Port".
            """ del della do dos das du des di la""".split()
        ),
        validator=_STRING_SET,
    )
    """Small words, as written, that a photo credit's name may hold besides
    capitalised words, in a web page's credit line (``Photo: Courtesy of the
    Harbour Board``, ``Jane Roe/Friends of the Quay``;
    :func:`wirestory.captions.is_credit_line`)."""

    photo_credit_prepositions: tuple[str, ...] = attrs.field(
        default=(
            # A language's own "by" between a photo label and the photographer:
            # "Foto di Luca Neri" (Italian), "Foto de Ana Ruiz", "Fotografía de
            # Ana Ruiz/EFE" (Spanish, Portuguese), "Foto por Ana Ruiz"
            # (Spanish), "Foto von Anna Berg" (German), "Foto door Jan Smit"
            # (Dutch), "Foto av Anna Berg" (Swedish, Norwegian). The same words
            # mean "of" ("Foto di gruppo dei ministri", "Foto de familia de los
            # líderes": a group or family photo), so a credit needs names after
            # them (captions._credit_keyword).
            "di",
            "de",
            "por",
            "von",
            "door",
            "av",
        ),
        validator=_STRINGS,
    )
    """Words, as written (lower-case), that stand for "by" between a photo label
    and the photographer's name in other languages (``Foto di Luca Neri``,
    ``Foto de Ana Ruiz/EFE``): read as a credit only when two to four
    capitalised words, or a name and a source after a slash, follow the word
    and end the caption (:func:`wirestory.split_credit`)."""

    release_about_marks: tuple[str, ...] = attrs.field(
        default=(
            # A company's word in the About box's name or its paragraph
            # ("About Harlow Robotics Inc.", "… is a mining exploration
            # company"), its history and seat ("founded in 2009",
            # "headquartered in", "has offices in"), its listing, its web address ("visit
            # www.…"), the company's "It is …" / "its": what a press release's
            # notes on the company print and a profile of a person ("About
            # Marta" / "Marta grew up …") does not. Compared case-folded
            # with spaces around the paragraph's words.
            " inc ",
            " inc. ",
            " ltd ",
            " ltd. ",
            " llc ",
            " corp ",
            " corp. ",
            " corporation ",
            " plc ",
            " gmbh ",
            " company ",
            " company's ",
            " companies ",
            " firm ",
            " group ",
            " holdings ",
            " founded in ",
            " founded by ",
            " headquartered ",
            " nasdaq",
            " nyse",
            " tsx",
            " www.",
            " visit ",
            " it is ",
            " its ",
            " subsidiary ",
            " customers ",
            " offices ",
        ),
        validator=_STRINGS,
    )
    """What marks a press release's About box as notes on an organisation
    (case-folded, spaces around the words): an About box holding none but a
    mark of a person's life (``profile_about_marks``) is a profile's, and
    ``release-boilerplate-in-body`` is not said of it."""

    profile_about_marks: tuple[str, ...] = attrs.field(
        default=(
            # A person's life in an About box ("About Marta" / "Marta grew
            # up above her father's shop …"): a personal pronoun, a birth,
            # a childhood. Compared as release_about_marks are.
            " she ",
            " he ",
            " her ",
            " his ",
            " grew up ",
            " was born ",
            " born in ",
        ),
        validator=_STRINGS,
    )
    """What marks an About box as a profile of a person: with one and no
    mark of ``release_about_marks``, ``release-boilerplate-in-body`` is not
    said (``About Marta`` / ``Marta grew up above her father's shop …``)."""

    release_closing_headings: tuple[str, ...] = attrs.field(
        default=(
            # The headings a press release prints under its About box, each
            # over prose or contacts of its own ("Forward-Looking Statements"
            # / "This release contains …", "Media contact:" / the contacts).
            # Compared case-folded with the whole heading (a colon after it
            # allowed), or, an entry of several words, with its opening
            # ("Cautionary note regarding forward-looking statements"). Another
            # About box ("About Kell Capital") is one too.
            "forward-looking statements",
            "forward looking statements",
            "cautionary note",
            "cautionary statement",
            "cautionary statements",
            "safe harbor statement",
            "safe harbour statement",
            "disclaimer",
            "notes to editors",
            "note to editors",
            "notes to editor",
            "contact",
            "contacts",
            "media contact",
            "media contacts",
            "media inquiries",
            "media enquiries",
            "media relations",
            "press contact",
            "press contacts",
            "investor contact",
            "investor contacts",
            "investor relations",
            "non-gaap financial measures",
            "use of non-gaap",
            "additional information",
            "important information",
            "legal notice",
            "source",
        ),
        validator=_STRINGS,
    )
    """Headings, lower-case, that open a press release's closing notes under
    its About box, compared case-folded with the whole heading (a colon after
    it allowed: ``Contacts:``, ``Source: Vale Ferries``) or, an entry of
    several words, with the heading's opening (``Cautionary note regarding
    …``); another About box's heading is one too. Prose under the box is the
    release's furniture (``release-about-box``) only under one of these;
    prose under any other heading (a crosshead ``Media reaction``), or right
    under the box, may be the story's own reporting, and the box is kept,
    said ``release-boilerplate-in-body``."""

    name_abbreviations: frozenset[str] = attrs.field(
        default=frozenset(
            # "Courtesy of Mrs. Ada Penrose", "Courtesy of Prof. Tom Hale",
            # "Harbour Bros. Archive", "the Dept. of Parks", "Harbour Inc.
            # Images", "Harbour Ltd. Archive", "Harbour Corp. Media".
            """mr mrs ms dr prof rev sen gov gen col capt sgt jr sr st mt
            bros inc ltd corp co dept univ assn intl natl""".split()
        ),
        validator=_STRING_SET,
    )
    """Abbreviations, lower-case, compared in any case, that a name in a photo
    credit may hold before a full stop (``Courtesy of Mrs. Ada Penrose``,
    ``Jane Roe/Harbour Inc. Images``): the full stop after one ends no
    sentence, so the line is still a credit alone
    (:func:`wirestory.captions.is_credit_line`)."""

    source_name_links: frozenset[str] = attrs.field(
        default=frozenset(
            # "Institute of Marine Studies", "The Harbour Survey", "Sea and Sky",
            # "Centre for Coastal Studies", "Harbour Board & Museum", "Musée de la
            # Mer", "Archives du Port", "Museum van Loon", "Schloss von Hohenberg"
            """of the and for & de du la van von""".split()
        ),
        validator=_STRING_SET,
    )
    """Small words, as written, that a source's name printed alone under a page's
    photo may hold besides capitalised words (``Institute of Marine Studies``
    under its caption): the page layout's ``caption-source-below`` rule."""

    source_labels: frozenset[str] = attrs.field(
        default=frozenset(
            # "Source: Ministry of Health", "(Source: Harbour Board)" under a
            # photo's caption or a chart's title; "Fonte:" (Portuguese,
            # Italian), "Fuente:" (Spanish), "Quelle:" (German), "Source :"
            # (French, a space before the colon), "Kaynak:" (Turkish),
            # "Источник:" (Russian), "Bron:" (Dutch), "Źródło:" (Polish).
            """source sources fonte fuente quelle kaynak источник bron źródło""".split()
        ),
        validator=_STRING_SET,
    )
    """Labels, lower-case, that open a source's credit printed on its own line
    under a page's photo caption or chart title (``Source: Ministry of Health``,
    ``(Source: Harbour Board)``): the name after the label is read as the
    source's name of the ``caption-source-below`` rule."""

    position_marks: tuple[str, ...] = attrs.field(
        default=(
            "l-r",  # "(L-R) Jane Roe, John Doe"
            "r-l",  # "(R-L) John Doe, Jane Roe"
            "from left",  # "(from left) Jane Roe, John Doe"
            "from right",  # "(from right)"
            "left",  # "Harbour master Jane Roe (left) at the quay"
            "right",  # "(right)"
            "center",  # "(center)"
            "centre",  # "(centre)"
        ),
        validator=_STRINGS,
    )
    """Where someone stands in a photo, in brackets, compared in any case, a space
    standing for any one white-space character, possibly after one of
    :attr:`position_qualifiers`: a page's line opening with one (``(L-R) Jane
    Roe, John Doe``), or a phrase that is no sentence holding one, is a caption
    without a credit."""

    position_qualifiers: tuple[str, ...] = attrs.field(
        default=(
            "second",  # "(second left)"
            "2nd",  # "(2nd right)"
            "far",  # "(far left)"
        ),
        validator=_STRINGS,
    )
    """Words before one of :attr:`position_marks` in its brackets (``(second
    left)``, ``(far right)``), compared in any case."""

    photo_pointers: tuple[str, ...] = attrs.field(
        default=(
            # A tabloid's caption: "Pictured: Jane Roe outside the court on Monday"
            "pictured:",
            "pictured above:",
            "pictured left:",
            "pictured right:",
            "pictured from left:",
            # A tech site's and a business paper's: "Above: A coworking space in Vale."
            "above:",
            "photo above:",
            "in the photo:",
            "in the picture:",
            "im bild:",  # German: "Im Bild: Anna Berg vor dem Rathaus"
            "auf dem bild:",
            "en la foto:",  # Spanish
            "en la imagen:",
            "na foto:",  # Portuguese
            "na imagem:",
            "nella foto:",  # Italian
            "sur la photo :",  # French, a space before the colon
            "sur la photo:",
            "op de foto:",  # Dutch
            "på bildet:",  # Norwegian
            "på bilden:",  # Swedish
            "na zdjęciu:",  # Polish
        ),
        validator=_STRINGS,
    )
    """Labels, lower-case, ending in a colon, that open a page's photo caption
    by pointing at the photo (``Pictured: Jane Roe outside the court``,
    ``Above: A coworking space in Vale.``, ``Im Bild: …``): kept as the
    caption's words (a page prints them inside its caption). A line opening
    with one between a page's paragraphs or over them is a caption without a
    credit; compared in any case, any white space between words. Only the
    colon's form: ``Above all, …``, ``Below, we look at …`` and ``In the photo,
    she …`` open sentences."""

    name_particles: tuple[str, ...] = attrs.field(
        default=(
            "de",  # "Ana de Souza"
            "da",  # "João da Silva"
            "do",  # "João Silva do Norte"
            "dos",  # "Ana dos Santos"
            "das",  # "Maria das Dores Costa"
            "del",  # "Juan del Castillo"
            "van",  # "Jan van Dijk"
            "von",  # "Anna von Berg"
            "der",  # "Piet van der Berg"
            "den",  # "Joost van den Heuvel"
            "al",  # "Khaled al Saud"
            "el",  # "Mohamed el Amin"
            "bin",  # "Ahmed bin Zayed"
            "binti",  # "Nurul Ain binti Yusof" (Malay: daughter of)
            "binte",  # "Siti Aminah binte Ahmad" (Singapore's spelling)
            "bint",  # "Fatima bint Khalid"
            "ibn",  # "Omar ibn Said"
            "la",  # "Marie la Fontaine"
            "le",  # "Jean le Roux"
            "du",  # "Pierre du Pont"
            "di",  # "Paolo di Stefano"
            "y",  # "José García y Pérez"
        ),
        validator=_STRINGS,
    )
    """Lower-case words, as written, that a person's name may hold between its
    capitalised words (``Jan van Dijk``, ``Ahmed bin Zayed``): in bylines,
    photographers in credits and contributors in trailers
    (:func:`wirestory.bylines.person_names`)."""

    writer_title_prefixes: tuple[str, ...] = attrs.field(
        default=(
            "staff",  # "Jane Roe Staff Writer"
            "senior",  # "Jane Roe Senior Contributor"
            "business",  # "Jane Roe Business Editor"
            "sports",  # "Jane Roe Sports Writer"
            "chief",  # "Jane Roe Chief Correspondent"
            "political",  # "Jane Roe Political Editor"
            "contributing",  # "Jane Roe Contributing Writer"
            "special",  # "Jane Roe Special Correspondent"
            "associate",  # "Jane Roe Associate Editor"
            "science",  # "Jane Roe Science Writer"
            "tech",  # "Jane Roe Tech Reporter"
            "health",  # "Jane Roe Health Reporter"
            # British regional papers' beats and American local stations'
            # desks: "Jane Roe Crime Reporter", "Jane Roe Local Democracy
            # Reporter", "Jane Roe Multimedia Journalist", "Jane Roe Digital
            # Producer"; the beat was read as the name's last word. (A court
            # reporter is a title of its own, writer_titles: "Court" before
            # any title would cut "Supreme Court Analyst".)
            "crime",
            "education",
            "local democracy",
            "trainee",
            "news",
            "digital",
            "multimedia",
            "environment",
            "transport",
            "politics",
            "community",
            "entertainment",
        ),
        validator=_STRINGS,
    )
    """A word, compared in any case, that may stand before one of
    :attr:`writer_titles` printed after a page byline's names without a comma
    (``By Jane Roe Staff Writer``): the names end before it
    (:func:`wirestory.bylines.find_page_byline`)."""

    byline_title_words: frozenset[str] = attrs.field(
        default=frozenset(
            # An outlet or a title, not a person: "Jane Roe, Daily Planet
            # Business", "CNN Senior Legal Analyst", "By National Desk", "By
            # Planet Staff", "Harbour Media", "Planet Online", "Weekly Journal".
            """agency business news desk staff media online daily weekly network magazine journal
            senior chief contributing special associate deputy managing executive"""
            # "Por Agencia EFE", "Agência Brasil", "Anadolu Ajansı": an agency
            # in other languages; "Por Estadão Conteúdo": a Brazilian paper's
            # syndicated copy ("conteúdo", content).
            """ agencia agência agenzia agence ajansı conteúdo"""
            # A station's producer after the names: "Jane Roe Digital Producer"
            # (its titles in writer_titles keep a newsroom's word before it).
            """ producer"""
            # A page's link words next to a name: "Jane Roe View More Articles",
            # "Recent from Jane Roe", "Previous Post", "Follow @site", "Watch ...",
            # "See all", "Sport".
            """ view more articles article posts previous next recent latest follow watch read
            see all sport sports""".split()
        ),
        validator=_STRING_SET,
    )
    """Words, lower-case, that make a name in a web page's byline an outlet's, a
    title or a link (with :attr:`writer_titles`): in the name's first two words,
    the whole name is the organisation; later (``Jane Roe Staff Writer``), the
    names end before it (:func:`wirestory.bylines.find_page_byline`)."""

    outlet_words: frozenset[str] = attrs.field(
        default=frozenset(
            # The last word of a paper's, a site's or a broadcaster's name:
            # "Jane Roe for The Vale Post", "… for the Harbour Herald", "… for
            # Coast Radio".
            """post times news herald tribune gazette journal telegraph guardian chronicle
            observer independent express mail mirror star standard courier globe press review
            record daily weekly magazine online media network radio television tv wire agency
            bulletin dispatch examiner inquirer sentinel monitor ledger"""
            # A regional paper's last word, no person's family name: "Jane Roe,
            # Kellsmouth Echo" (without "The", the outlet was a second writer).
            """ echo advertiser argus enquirer messenger spectator citizen clarion gleaner
            register""".split()
        ),
        validator=_STRING_SET,
    )
    """Words, lower-case, that end an outlet's name: a header line ``NAME for
    OUTLET`` without ``By`` is a byline when the outlet ends in one (``Jane
    Roe for The Vale Post``) or is a known agency; ``Big Win for The Reds``
    is a headline's (:func:`wirestory.bylines.writer_for_outlet`)."""

    street_words: frozenset[str] = attrs.field(
        default=frozenset(
            # The last word of a street's name, no outlet's: a letter's or a
            # notice's signature under its last paragraph, "Jane Roe, Harbour
            # Road", is an address, no writer's sign-off naming an outlet.
            """road rd street st lane avenue ave drive crescent terrace boulevard close""".split()
        ),
        validator=_STRING_SET,
    )
    """Words, lower-case, that end a street's name: after a name and a comma
    (``Jane Roe, Harbour Road``), the line is an address, no writer's sign-off
    naming their outlet (:func:`wirestory.layouts.page.writer_sign_off`)."""

    place_openers: frozenset[str] = attrs.field(
        default=frozenset(
            # The first word of many a place's name and of no person's: "New
            # York", "San Diego", "Port Harcourt", "Fort Worth", "Lake City",
            # "Mount Vernon", "Cape Town", "Kuala Lumpur", "Rio de Janeiro".
            """new san santa los las port fort saint st st. lake mount mt mt. cape puerto
            porto rio são sao kuala""".split()
        ),
        validator=_STRING_SET,
    )
    """Words, lower-case, that open a place's name and no person's: a Nigerian
    paper's ``From NAME, PLACE`` byline whose name opens with one is a
    phrase of places (``From New York, Ohio``), no writer
    (:func:`wirestory.bylines.find_page_byline`)."""

    double_given_names: frozenset[str] = attrs.field(
        default=frozenset(
            # Two given names borne as one, before the family name: "Mary Ann
            # Evans", "Sarah Jane Roe", "Jean Pierre Dupont", "José Luis
            # García", "Karl Heinz Berg" (printed without their hyphen).
            " ".join(pair.split())
            for pair in """mary ann, mary anne, mary jane, mary beth, mary kate, mary lou,
            mary ellen, anne marie, ann marie, jo ann, jo anne, lee ann, lou ann, sarah jane,
            betty lou, peggy sue, billie jo, bobbie jo, john paul, jean paul, jean pierre,
            jean luc, jean claude, jean marc, jean louis, jean michel, jean baptiste,
            marie claire, marie france, marie louise, anne sophie, josé luis, jose luis,
            josé maría, jose maria, juan carlos, juan pablo, juan manuel, juan josé,
            juan jose, maría josé, maria jose, ana maría, ana maria, maría luisa,
            maria luisa, luis miguel, josé antonio, jose antonio, anna maria, gian luca,
            gian carlo, pier paolo, hans peter, karl heinz, hans jürgen, klaus peter,
            eva maria, ana paula, joão pedro, joao pedro, luiz carlos, luis carlos""".split(",")
        ),
        validator=_STRING_SET,
    )
    """Pairs of given names, lower-case, borne as one before a family name
    (``Mary Ann Evans``, ``Jean Pierre Dupont``): a name of three capitalised
    words with no ``By`` opening with one is a person's, no title-case phrase
    (``byline-name-may-be-phrase``,
    :func:`wirestory.layouts.page.name_may_be_phrase`)."""

    given_name_openers: frozenset[str] = attrs.field(
        default=frozenset(
            # Arabic given names of two words open with "servant of" before
            # one of God's names: "Abdul Rahman", "Abdel Fattah", "Abdur
            # Razzaq", West Africa's "Abdoul Karim". No place's, outlet's or
            # headline's word.
            """abdul abdel abdur abdoul abd""".split()
        ),
        validator=_STRING_SET,
    )
    """Words, lower-case, that open a given name of two words and no place's
    or phrase's: a byline's name of three capitalised words or more holding
    one is a person's (``From Abdul Rahman Khalid in Dubai``, ``Abdel Fattah
    Hamdi`` over the date; ``byline-name-may-be-phrase`` says nothing,
    :func:`wirestory.bylines.person_by_name_link`)."""

    patronym_links: frozenset[str] = attrs.field(
        default=frozenset(
            # "son of" and "daughter of" between a given name and the
            # father's, in Arabic and Malay names: "Rashid bin Saeed", "Omar
            # ibn Khalid", "Siti binti Ahmad". A town may open with one ("Bin
            # Jawad"), so only a word after the name's first counts, and an
            # English phrase holds "Bin" in capitals ("Harbour Bin Collection").
            """bin binti binte bint ibn""".split()
        ),
        validator=_STRING_SET,
    )
    """Words, as printed, in small letters, that join a given name to the
    father's (``Rashid bin Saeed``, ``Omar ibn Khalid``): a byline's name of
    three words or more holding one after its first word is a person's
    (``From Rashid bin Saeed Khalid in Dubai``: ``byline-name-may-be-phrase``
    says nothing, :func:`wirestory.bylines.person_by_name_link`). In capitals
    the word is a phrase's as often (``Harbour Bin Collection Day``)."""

    given_names: frozenset[str] = attrs.field(
        default=frozenset(
            # Common given names of the languages the default tables read,
            # seldom a phrase's first word: "By Jane and Tom Roe" (two writers
            # sharing a family name), "From Jane Park in Seoul" (a surname
            # that is a place's word), "By Emily Post" (one that is an
            # outlet's). "Land", "Sea", "Green", "Vale" are none. Arabic given
            # names open a name whose family name holds the article in
            # capitals ("From Khalid Al Shamsi in Dubai"); "Al" opening the
            # words is a place's or an outlet's ("Al Jazeera English").
            """jane tom john mary anne ann emily emma sarah sara anna ana james david michael
            robert william richard thomas peter paul mark matthew andrew daniel jack harry
            george charles henry edward joseph samuel benjamin christopher stephen steven
            simon adam alex alexander nick nicholas chris ben sam joe dan tim timothy kevin
            brian jason ryan eric scott jonathan jon luke tony anthony patrick sean kate
            katherine catherine elizabeth lucy laura rachel rebecca hannah jessica jennifer
            helen claire susan karen lisa linda amy amanda alice sophie olivia charlotte
            ruth julia maria maría marie jo joanna jenny jennie ella chloe
            zoe nina eva elena isabel carmen lucía lucia pilar rosa teresa ángeles angeles
            jesús jesus
            josé jose juan luis carlos pedro pablo manuel miguel antonio javier jorge diego
            fernando francisco sergio andrés andres raúl raul ricardo rafael alejandro
            jean pierre jacques michel louis marc claude françois francois philippe nicolas
            hans karl klaus jürgen jurgen stefan wolfgang anja petra ursula giulia
            giovanni marco luca paolo francesca chiara alessandro ahmed mohamed mohammed
            ali omar hassan fatima aisha priya rahul amit ravi sunil anil raj yuki kenji
            hiroshi
            khalid abdullah ahmad muhammad mohammad hamad rashid saeed faisal youssef
            yousef mahmoud mustafa ibrahim hussein tariq nasser layla mariam noura"""
            # The same in scripts without capitals, where a writer's name
            # alone between the headline and the date line is told from a
            # section's label by its given name (silent57): Hindi and Nepali,
            # Bengali, Urdu, Arabic and Persian, Hebrew, Tamil, Georgian.
            """ राम रमेश राहुल अमित सुनील अनिल राजेश सुरेश महेश दिनेश विजय संजय अजय मनोज
            अशोक राकेश मोहन प्रिया पूजा अनीता सुनीता मोहम्मद
            মোহাম্মদ রহিম করিম আব্দুল সুমন রাজেশ ফাতেমা
            محمد احمد أحمد علی علي حسن حسین حسين خالد عمر عمران یوسف يوسف إبراهيم ابراہیم
            مصطفى فاطمة فاطمہ عائشة عائشہ مريم مریم سارة ليلى
            דוד משה יוסף שרה רחל יעקב אברהם מיכל נועה יוסי אבי
            முகமது ராஜேஷ் குமார் முருகன் லட்சுமி
            ნინო გიორგი დავით ნიკა მარიამ ანა""".split()
        ),
        validator=_STRING_SET,
    )
    """Common given names, lower-case: a byline's name opening with one is a
    person's, though its family name is a word a place, an outlet or a phrase
    ends in (``From Jane Park in Seoul``, ``By Emily Post``), and two given
    names sharing a family name are writers (``By Jane and Tom Roe``), where
    ``From Green Park in London`` and ``By Land and Sea Power`` stay doubted
    (``byline-name-may-be-phrase``); a given name, a capitalised particle and
    a given name open a Spanish name (``María Del Carmen Ruiz``). Only these
    doubts ask it: a name whose given name is missing from it is doubted as
    before, never read differently."""

    date_line_words: frozenset[str] = attrs.field(
        default=frozenset(
            # Weekdays and their abbreviations: "Wednesday November 20, 2019",
            # "Published Wed, Nov 20 2019".
            """monday tuesday wednesday thursday friday saturday sunday
            mon tue tues wed thu thur thurs fri sat sun"""
            # Clock words and ordinals: "8:54 am", "4 p.m.", "Nov. 18th 2019",
            # and the small words of other languages' dates: "22 de outubro de
            # 2010 às 20:13", "3 de marzo a las 10:00", "le 19 novembre", "um 10:00".
            """ am pm a p m st nd rd th de às a las le um"""
            # Time zones: "4:29 AM EST", "10:31 pm CST", "09:00 GMT".
            """ et est edt pt pst pdt ct cst cdt mt mst mdt gmt utc bst cet cest ist hkt aest jst"""
            # and spelt out, as newswires date a release: "March 04, 2025
            # 08:00 AM Eastern Standard Time".
            """ eastern central mountain pacific standard daylight time"""
            # Labels before a date: "Published", "Updated", "Last updated on",
            # "First published at", "Posted 3 hours ago", "Modified".
            """ published updated posted modified original first last on at ago hour hours minute
            minutes"""
            # The same labels in other languages: "Publicado", "Atualizado",
            # "Actualizado", "Publié le", "Mis à jour", "Veröffentlicht am",
            # "Aktualisiert".
            """ publicado atualizado actualizado publié mis à jour veröffentlicht
            aktualisiert"""
            # Swiss papers' "Publiziert: 04.03.2025, 10:32" over "Aktualisiert: …";
            # Brazilian portals' "04/03/2025 10h32  Atualizado há 2 horas" (ago,
            # hours), Spanish "hace 2 horas" (a line holding only these words
            # and no date is still none).
            """ publiziert há hace hora horas minuto minutos"""
            # Other languages' weekdays, labels, clock words and time zones:
            # "Sábado, 14 de junio de 2026", "Publicado el 14 de junio",
            # "Atualizado em 14/06/2026 às 10h00", "quinta-feira", "Dienstag, 14.
            # Juni 2026, 10:00 Uhr", "mardi 3 décembre 2026", "Pubblicato il 3
            # dicembre alle ore 10", "Selasa, 14 Juni 2026 10:00 WIB",
            # "Güncelleme: 14.06.2026", "14 Haziran 2026 Pazartesi",
            # "Thursday, 25 Jun 2026 08:50 MYT". Left out: "domingo" (Santo
            # Domingo), "minggu" (Pasar Minggu), "pazar" (a town): a dateline's
            # title-case place holding a weekday is turned down as a time.
            """ lunes martes miércoles jueves viernes sábado segunda terça quarta quinta
            sexta feira lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag
            mittwoch donnerstag freitag samstag sonntag lunedì martedì mercoledì giovedì
            venerdì sabato domenica senin selasa rabu kamis jumat sabtu pazartesi salı
            çarşamba perşembe cuma cumartesi"""
            """ el em h hs hrs uhr il alle ore pubblicato aggiornato diperbarui diterbitkan
            dikemaskini pukul güncelleme güncellenme yayınlanma tarihi"""
            """ wib wita wit myt sgt pht ict kst brt art wat eat cat sast msk trt"""
            # Vietnamese weekdays are "Thứ" and an ordinal ("Thứ ba, 4/3/2025,
            # 10:32 (GMT+7)": Tuesday), Sunday "Chủ nhật"; "ngày" (day) and
            # "Cập nhật" (updated) stand before a date.
            """ thứ hai ba tư năm sáu bảy chủ nhật ngày cập"""
            # The word before the time: Slovenian "4. 3. 2025 ob 10:32",
            # Croatian and Serbian "4. ožujka 2025. u 10:32", Swedish, Danish
            # and Norwegian "4 mars 2025 kl 10.32", Finnish "4.3.2025 klo
            # 10.32"; Latvian "2025. gada 4. martā" (year).
            """ ob u kl klo gada"""
            # Turkish portals' "Giriş: 04.03.2025 10:32 | Güncelleme: …" (entry,
            # posted); Polish "Data publikacji: 04.03.2025, 10:32" / "Data
            # aktualizacji: …"; a Philippine broadcaster's "Posted at Mar 04
            # 2025 10:32 AM | Updated as of Mar 04 2025 11:15 AM"; Arabic
            # weekdays ("الثلاثاء 4 مارس 2025 10:32", Tuesday); a newsletter's
            # archived issue, "Issue #112 · March 4, 2025". Read as none, each
            # such page was wire copy, its menu's first item the headline.
            # The labels before a date in South Asia's scripts: Hindi and
            # Nepali "प्रकाशित" (published), "अपडेट" / "अपडेटेड" (updated),
            # Urdu "شائع" (published) and "اپ ڈیٹ" (updated), Bengali "প্রকাশ",
            # "প্রকাশিত" and "আপডেট", Tamil "வெளியிடப்பட்டது" (published).
            """ प्रकाशित अपडेट अपडेटेड شائع اپ ڈیٹ প্রকাশ প্রকাশিত আপডেট
            வெளியிடப்பட்டது"""
            # A press room's embargo over a release, its date the release's:
            # "EMBARGOED UNTIL 00:01 GMT TUESDAY 4 MARCH 2025", "Embargo: 4
            # March 2025, 00:01" ("Embargoed to …" is not read so). Read as
            # none, a release under its menu was wire copy, the newsroom's name
            # its headline and every line its paragraphs (heldout34).
            """ embargoed embargo until"""
            """ giriş data publikacji aktualizacji opublikowano zaktualizowano as of issue
            الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأول الثاني"""
            # heldout41: Korean portals' "등록 2025.03.04 10:32:15" and "입력 …
            # 수정 …" (registered, entered, modified), Hebrew "פורסם: 04.03.25,
            # 10:32" and "עודכן" (published, updated), Persian "تاریخ انتشار: ۱۴
            # اسفند ۱۴۰۳ - ۱۰:۳۲" (date of publication) and "به‌روزرسانی"
            # (updated). Read as none, each such page's header block (headline,
            # date line) was read as one wrapped paragraph, its menu's first
            # item the headline.
            """ 등록 입력 수정 기사입력 업데이트 פורסם עודכן تاریخ انتشار به‌روزرسانی"""
            # The scripts written without spaces between words (scripts60):
            # Thai weekdays, alone or with "ที่" (the day's ordinal) glued
            # ("วันอังคารที่ 4 มีนาคม พ.ศ. 2568": Tuesday the 4th, Buddhist
            # era), "เวลา" (time) and "น." (o'clock) around the time,
            # "อัปเดต" (updated); Lao "ວັນທີ" (date); Khmer "ថ្ងៃ" (day), its
            # weekdays with it glued, "ទី" (the day's ordinal), "ឆ្នាំ" (year),
            # "ម៉ោង" (hour);
            # Burmese "ခုနှစ်" (year), "ရက်" / "ရက်နေ့" (day); Chinese and
            # Japanese "2025年3月4日 10時32分" (year, month, day, hour,
            # minute; its form in page._NUMERIC_DATE), Japanese weekdays in
            # brackets ("（火）"), Chinese "星期二" (Tuesday), "发布" /
            # "更新" (published, updated), "公開" / "更新" (Japanese).
            """ วันจันทร์ วันอังคาร วันพุธ วันพฤหัสบดี วันศุกร์ วันเสาร์ วันอาทิตย์
            วันจันทร์ที่ วันอังคารที่ วันพุธที่ วันพฤหัสบดีที่ วันศุกร์ที่ วันเสาร์ที่
            วันอาทิตย์ที่ เวลา น พ ศ อัปเดต ວັນທີ ថ្ងៃ ថ្ងៃច័ន្ទ ថ្ងៃអង្គារ ថ្ងៃពុធ
            ថ្ងៃព្រហស្បតិ៍ ថ្ងៃសុក្រ ថ្ងៃសៅរ៍ ថ្ងៃអាទិត្យ ទី ឆ្នាំ ម៉ោង ခုနှစ် ရက် ရက်နေ့
            年 月 日 時 分 火 水 木 金 土 星期一 星期二 星期三 星期四 星期五 星期六 星期日
            星期天 发布 更新 公開""".split()
        ),
        validator=_STRING_SET,
    )
    """Words, lower-case, that a line holding only a date in a web page's header
    may hold besides numbers and month names: weekdays, clock words, time zones
    and the labels sites print before a date (``Updated Nov. 19, 2019 8:21 am
    ET``; :func:`wirestory.layouts.page.is_date_line`)."""

    dateline_labels: frozenset[str] = attrs.field(
        default=frozenset(
            # Labels in capitals that open a paragraph as a place would, before a
            # dash or a colon: "UPDATE - The toll rose", "BREAKING: Rain",
            # "WATCH - ...", "EDITORS NOTE:", "CORRECTION -", "PHOTOS:", "READ
            # MORE:", "EXCLUSIVE-", "ANALYSIS-", "Q: Why now?", "FACTBOX-", "WHAT IT
            # MEANS:", "LIVE -", "URGENT -", "PRIORITY -" (a wire's priority word, as
            # URGENT, FLASH and BULLETIN), "AD -", "TRANSCRIPT:"; and in title case
            # before a page's colon ("Summary: The", "Background: The", "Tags: ").
            """UPDATE UPDATED BREAKING WATCH NOTE NOTES EDITOR EDITORS CORRECTION CORRECTIONS
            ADVISORY LISTEN PHOTOS PHOTO VIDEO READ MORE RELATED EXCLUSIVE ANALYSIS OPINION
            COMMENTARY Q A FILE FACTBOX TIMELINE WHAT WHY HOW WHO WHEN WHERE UPDATES ALSO SEE
            LIVE URGENT FLASH BULLETIN PRIORITY SPONSORED AD ADVERTISEMENT TRANSCRIPT
            SUMMARY HIGHLIGHTS BACKGROUND CONTEXT MEANWHILE SOURCE SOURCES WARNING
            DISCLAIMER CAPTION IMAGE PICTURE CREDIT EXPLAINER REVIEW INTERVIEW COMMENT
            QUESTION ANSWER TITLE HEADLINE TAGS KEYWORDS TOPICS DEAR TODAY"""
            # A fact-check's labels over its first paragraphs: "Claim: The
            # council has banned bicycles", "Verdict: False.", "Rating: Mostly
            # false", "Ruling: …".
            """ CLAIM VERDICT RATING RULING""".split()
        ),
        validator=_STRING_SET,
    )
    """Words, in capitals, that are never a dateline's place: a paragraph whose
    would-be place opens with one (``UPDATE - The toll rose``) has no dateline;
    compared with the place's first word in capitals, a full stop dropped. A
    word here opening a line of wire copy in capitals above the headline is a
    kicker (``ANALYSIS``)."""

    former_place_names: frozenset[str] = attrs.field(
        # A city renamed keeps its old name in codes made before: PTI's desks
        # (BOM for Mumbai, once Bombay; MDS for Chennai, once Madras; CAL for
        # Kolkata, once Calcutta), as airports' codes do (BOM, MAA, CCU).
        default=frozenset(
            " ".join(pair.split())
            for pair in """mumbai bombay, chennai madras, kolkata calcutta, bengaluru bangalore,
            thiruvananthapuram trivandrum, pune poona, kochi cochin, mysuru mysore,
            gurugram gurgaon, prayagraj allahabad, puducherry pondicherry,
            vadodara baroda, kanpur cawnpore""".split(",")
        ),
        validator=_STRING_SET,
    )
    """Places, lower-case, each with a former name after a space (``mumbai
    bombay``): a desk's code over a dateline may abbreviate the place's former
    name (``BOM8 STOCKS-CLOSE`` over ``Mumbai, Dec 5 (PTI) …``: the slug is
    PTI's, ``slug-may-be-headline`` says nothing,
    :func:`wirestory.layouts.wire._desk_over_its_dateline`)."""

    dateline_common_words: frozenset[str] = attrs.field(
        # "Crews (AP) - Ferry workers walked out …": a common noun opening a
        # sentence, in title case before an agency, reads as a dateline's
        # place; "Lagos (Reuters) - …", a place written as many sites print
        # agencies' copy, reads the same and is no word. The nouns a news
        # sentence opens with (who acted, what moved), and the places that
        # are English words as well (Reading, Wells, Bath, Mobile, Nice).
        default=frozenset(
            """crews crew workers officials police troops soldiers residents villagers
            protesters demonstrators rescuers firefighters paramedics doctors nurses teachers
            students pupils parents children families farmers miners fishermen drivers pilots
            passengers travellers travelers tourists visitors voters lawmakers legislators
            senators ministers leaders rebels militants fighters gunmen attackers suspects
            authorities investigators prosecutors judges lawyers officers guards staff members
            employees unions strikers shoppers consumers customers investors traders analysts
            economists scientists researchers experts engineers builders owners tenants
            landlords patients victims survivors witnesses fans players athletes coaches
            teams clubs companies firms banks markets shares stocks bonds prices sales
            exports imports profits earnings rates wages taxes costs fares bills talks
            negotiators diplomats delegates envoys observers monitors volunteers activists
            campaigners critics supporters opponents migrants refugees immigrants people
            thousands hundreds dozens millions scores many some most several others
            floods fires storms rains winds snow heat drought winter summer spring autumn
            reading wells bath mobile nice split sale deal bury hull cork derby buffalo
            phoenix orange hope independence liberty paradise normal eagle
            meanwhile however elsewhere still yet""".split()
        ),
        validator=_STRING_SET,
    )
    """Common English words, lower-case, that a title-case word before an
    agency in parentheses may be (``Crews (AP) - …``, ``Reading (Reuters) -
    …``): only for one of these does a dateline read so say
    ``dateline-place-may-be-word``; a place that is no word (``Lagos
    (Reuters) - …``) is taken as written. A common noun missing here is read
    as a place, unsaid."""

    speaker_roles: frozenset[str] = attrs.field(
        # A transcript's speaker's role, after the speaker's name or alone:
        # "JANE ROE, HOST: Good morning", "JOHN DOE (GUEST): Thanks", "HOST:
        # …". Not dateline_labels: "HOST NATION READY" over a deck is a wire
        # headline, no kicker above one. A broadcast interview's turns name
        # the asker by role: "REPORTER: Why did the council …?", "INTERVIEWER:
        # …", "MODERATOR: …"; none names a place.
        default=frozenset(
            """HOST HOSTS GUEST GUESTS REPORTER INTERVIEWER MODERATOR ANCHOR PRESENTER
            CORRESPONDENT""".split()
        ),
        validator=_STRING_SET,
    )
    """Words, in capitals, naming a transcript speaker's role: never a
    dateline's place (``HOST: Good morning``), region or agency read by its
    shape (``JANE ROE, HOST:`` and ``JANE ROE (HOST):`` open a transcript's
    turn, not a story)."""

    dateline_acronyms: frozenset[str] = attrs.field(
        default=frozenset(
            # Organisations written in capitals that open a sentence with a dash:
            # "NATO - The alliance said", "OPEC - Output rose", "WHO - Cases fell",
            # "EU - Ministers met", "UAE - ...".
            """NATO OPEC FIFA UEFA NASA ASEAN IAEA UNICEF UNESCO UNHCR UNRWA IMF WHO WTO OECD GCC
            ECB FBI CIA NSA EU UN UK US USA UAE""".split()
        ),
        validator=_STRING_SET,
    )
    """Organisations, as written in capitals, that open sentences like a place:
    in the dateline forms that name no agency and no date (``NATO - The
    alliance said``), the place is none of these (and has four letters or
    more)."""

    note_phrases: tuple[tuple[str, str], ...] = attrs.field(
        default=(
            # "The Associated Press receives support from the Foundation for ..."
            ("support from", r"receives support from"),
            # "The AP is solely responsible for all content."
            ("responsible", r"is solely responsible for all content"),
            # "This story has been corrected to show ..."
            ("corrected", r"this story has been corrected"),
            # "This story was corrected to ..."
            ("corrected", r"this story was corrected"),
            # A correction notice under the story, as above it (advisory_labels):
            # "Correction: An earlier version of this story gave the wrong
            # date.", "CLARIFICATION — …"; a note like "This story has been
            # corrected …" (the label opens the paragraph, a colon or a dash after).
            # The notice names the error or the story it mends ("earlier
            # version", "misstated", "this article"): a story's own closing
            # paragraph opening so ("Correction: the index fell 10 per cent
            # …" on a market's fall; "Corrections - the state's prison
            # service - said …") names neither and stays the story's. A
            # bounded look-ahead from the anchored start: linear.
            ("correction", rf"^corrections?\s{{0,3}}+[:\-–—]{_MENDS_THE_STORY}"),
            ("clarification", rf"^clarifications?\s{{0,3}}+[:\-–—]{_MENDS_THE_STORY}"),
            # The same notice in Spanish, French and Italian, each label the
            # paper's word for a correction and nothing else: "Fe de errores:
            # en una versión anterior …", "Fe de erratas:", "Rectificatif :
            # …", "Errata corrige: …". The label alone from the anchored
            # start (linear); read as the story's, it was the body's last
            # paragraph, silently (heldout37).
            ("fe de", r"^fe de (?:errores|erratas)\s{0,3}+[:\-–—]"),
            ("rectificatif", r"^rectificatif\s{0,3}+[:\-–—]"),
            ("errata corrige", r"^errata corrige\s{0,3}+[:\-–—]"),
            # A book's extract, its notice under it: "This is an edited
            # extract from The Salt Road by Ines Calder (Harbour Books,
            # £20).", "Extracted from …, by …". The book names its writer
            # after "by" within a bounded run; a story's sentence on a
            # report's extract names none, or goes on to what it found ("This
            # is an extract from the council's report, which found …": the
            # look-ahead). Read as the story's, it was the body's last
            # paragraph, silently (heldout37).
            # Only in a book's form (review63): its title capitalised after
            # "from" and its writer's name, two capitalised words, after
            # "by" ("… from The Salt Road by Ines Calder"), or its publisher
            # after "published by": "Extracted from the wreck by divers, the
            # part …" and "This is an extract from the report by the marine
            # accident branch" are a story's own sentences (case kept in the
            # scoped groups; the patterns are read ignoring case).
            (
                "extract",
                r"^(?:this (?:is|was) an? (?:edited |abridged |exclusive |short )?extract"
                r"|(?:edited and )?extracted) from (?-i:\p{Lu})[^.]{1,120}?"
                r"\b(?:by (?-i:\p{Lu}[\w'’-]{0,30}+ \p{Lu})|published by (?-i:\p{Lu}))"
                rf"{_STORY_GOES_ON}",
            ),
            # An advice column's call for readers' problems under its answer:
            # "Got a problem? Write to Maud at askmaud@…", "Email Maud at …".
            # The column speaks to the reader, the imperative opening the
            # paragraph or the sentence after a short question, then an
            # address: a story's sentence on writing to someone names who may
            # ("Residents can write to the council at …"). Bounded runs from
            # the anchored start: linear. Read as the story's, it was the
            # body's last paragraph, silently (heldout37).
            # Only in the column's form (review63): the short question first
            # and one capitalised name, the column's writer ("Got a problem?
            # Write to Maud at …"), or the paper itself ("Got a story? Email
            # us at tips@…", a tabloid's call for tips): "Email the operator
            # at help@…" and "Any questions? Write to the harbour master at
            # …" are a story's service lines, and stay in its body.
            (
                "@",
                r"^[^.?!]{1,60}\?\s{1,3}(?:write|e-?mail) (?:to )?"
                r"(?:us|(?-i:\p{Lu}[\w'’-]{0,30}+)) at [\w.+-]{1,64}@",
            ),
            # An editor's note under the story, as above it (advisory_labels):
            # "Editor's note: This story has been updated to …", "Editor’s
            # Note — Jane Roe is a member of the board …", "Note to editors:
            # …". The label is the editors' own voice: no story's sentence
            # opens so. It read as the story's last paragraph (silent52). The
            # label alone from the anchored start: linear.
            (
                "editor",
                r"^(?:editors?(?:['’]s|s['’])? note|note to editors)\s{0,3}+[:\-–—]",
            ),
            # A contribution note naming no person under the story: "(With
            # inputs from PTI)", "- With inputs from agencies" (Indian and
            # British papers' agency copy they edited; one naming people,
            # or an agency read as one, "With reporting by Reuters", is a
            # contributors trailer). The line alone, no comma (a sentence
            # going on, "With reporting by the staff, the study …", is the
            # story's), at most four words after "by" or "from" (a sentence
            # without a comma, "With reporting by local media suggesting a
            # higher toll.", is the story's too), anchored and bounded:
            # linear (silent55: kept as the story's last paragraph, silently).
            (
                "with",
                r"^\(?(?:[-–—]{1,2}\s{0,2})?with (?:additional )?(?:reporting|inputs?)"
                r" (?:by|from) [^.,;()\s]{1,30}(?: [^.,;()\s]{1,30}){0,3}\)?\.?$",
            ),
            # "Follow Jane Roe on Twitter: ...", "Follow AP's coverage on X"
            ("follow", r"follow .{1,60} on (?:twitter|x)\b"),
            # "For more news, visit ...", "For more coverage of the storm, ..."
            ("for more", r"^for more (?:news|stories|coverage)"),
            # A print page's jump under the story's part on it, as an
            # e-paper's or a scan's text keeps it: "Continued on Page A6",
            # "Please see FERRY, Page A6" (the line alone, bounded: linear).
            ("page", r"^continued (?:on|to) page ?[a-z]?\d{1,3}\.?$"),
            ("page", r"^(?:please )?see [^,]{1,40}+, page ?[a-z]?\d{1,3}\.?$"),
            # A syndicated story's notice of where it first ran: "This report by
            # The Canadian Press was first published June 5, 2024.", "This
            # article was originally published by …", "This story first
            # appeared in …" (a story's own sentence names no story's first run).
            # A story's own sentence on a report goes on to what it found ("This
            # report was first published in 2019 and found that …", "… in
            # March, but ministers …"): no notice (bounded look-ahead).
            (
                "published",
                r"^this (?:report|story|article) (?:by .{1,60}? )?was (?:first|originally)"
                rf" published\b{_STORY_GOES_ON}",
            ),
            (
                "appeared",
                rf"^this (?:story|article) (?:first|originally) appeared\b{_STORY_GOES_ON}",
            ),
            # A business column's disclosure of its writer's holdings:
            # "Disclosure: Jane Roe holds no positions in the companies
            # mentioned.", "Disclosure: the author owns shares in …". The
            # label and a holding within a bounded run: a story's
            # sentence on a disclosure ("Disclosure rules tighten …") has none;
            # one quoting its source ("Disclosure: the council has no shares in
            # the developer, the mayor said.") is a story's line, no note.
            (
                "disclosure",
                r"^disclosures?\s{0,3}+[:\-–—][^.]{0,60}?\b(?:holds?|owns?"
                r"|has|have|had|held|owned)(?: no| a)? (?:positions?|shares|stakes?"
                r"|investments?|financial interests?)\b"
                rf"(?!{_ATTRIBUTED_AFTER})",
            ),
            # Notices on where and how the story ran, under it: "A version of
            # this article appears in print on March 5, 2025, Section A …"
            # (American papers), "This story has been updated with …", "This
            # article was translated from the Spanish.", "This article is
            # republished from … under a Creative Commons license.", "… is
            # republished here with permission.", "This story was produced in
            # partnership with …" (nonprofit newsrooms' shared copy).
            ("in print", r"^a version of this (?:article|story) (?:appears|appeared) in print\b"),
            # A magazine's notice of the issue it ran in: "This article appears
            # in the spring issue of …", "This story appeared in the March 2025
            # edition of …" (a bounded run names the issue: no word class,
            # whose case-blind compile costs millions of instructions). Searched
            # for in a paragraph holding "appears in" or "appeared": "appear"
            # alone is in too many of a story's sentences. A story's sentence
            # on an issue goes on past it ("This article appears in the spring
            # issue of the newsletter, which residents found …"): no note.
            # "A version of this article appears in the May issue of …" too.
            (
                "appears in",
                r"^(?:a version of )?this (?:article|story|feature|piece|essay) appears in"
                r" [^.]{0,40}?"
                rf"\b(?:issue|edition)\b{_STORY_GOES_ON}",
            ),
            (
                "appeared",
                r"^this (?:article|story|feature|piece|essay) appeared in [^.]{0,40}?"
                rf"\b(?:issue|edition)\b{_STORY_GOES_ON}",
            ),
            ("updated", r"^this (?:story|article|post) (?:has been|was) updated\b"),
            # A correction with no label, under the story: "An earlier version of
            # this story misstated the date of the vote.", "This article has been
            # amended to correct the mayor's name." The verb names the error or
            # the mending: "An earlier version of this report was published in
            # 2019" is a story's sentence; so is one a source is quoted saying
            # ("An earlier version of this report did not include the costs,
            # the auditor said": an auditor's report; a correction is the
            # paper's own voice). Bounded look-ahead.
            (
                "version of this",
                r"^an? (?:earlier|previous|prior|original) version of this (?:story|article"
                r"|report|post|item) (?:misstated|misspel\w++|misidentified|mislabel\w++"
                r"|misquoted|incorrectly|wrongly|erroneously|mistakenly|gave (?:the )?(?:an )?"
                r"(?:wrong|incorrect)|should have|did not|failed to|omitted)\b"
                rf"(?!{_ATTRIBUTED_AFTER})",
            ),
            (
                "amended",
                # The Guardian dates the mending: "This article was amended on 3
                # March 2025 to correct …" (a bounded run before the "to"), or
                # names the version it mends after the date: "… amended on 3
                # March 2025. An earlier version misstated …", "… because an
                # earlier version said …" (a council's report "amended on
                # Tuesday. Councillors …" names none).
                r"^this (?:story|article|report|post) (?:has been|was) amended"
                r"(?:(?: on [^.]{1,30}?)? to"
                r" (?:correct|clarify|reflect|remove|make clear|note|show|include)\b"
                r"| on [^.]{1,30}?(?:\.\s{1,3}+|,? because )(?:an earlier|a previous|the original)"
                r" version\b)"
                rf"(?!{_ATTRIBUTED_AFTER})",
            ),
            (
                "translated",
                r"^this (?:story|article|interview|column|piece) (?:has been|was) translated\b",
            ),
            # A fact-check's notice of who checked it, under the verdict's
            # story: "This article was written by our fact-checking team.",
            # "This fact check was produced by the Vale Post's fact check
            # team." (the site's own voice naming its team: a story's
            # sentence names the team of someone else). Looked for under
            # "check", which fewer paragraphs hold than "fact" ("factory",
            # "in fact").
            (
                "check",
                r"^this (?:article|story|fact[- ]?check|report) (?:was|has been)"
                r" (?:written|produced|researched|reviewed) by (?:our|the) [^.]{0,40}?"
                r"\bfact[- ]?check\w*+ (?:team|desk|unit)\b",
            ),
            # A translator's credit under the story: "Translated from the
            # Spanish by Laura Quint.", "Translated by Ana Ruiz." (the line
            # alone: a story's sentence on a translation goes on past the
            # name, "Translated by her son, the letters …"). Left out as a
            # closing sentence, it was only said to be one. Bounded: linear.
            (
                "translated",
                # The translator's name in capitals (``(?-i:…)``): ``Translated
                # by her son.`` names no one.
                r"^translated (?:from (?:the )?[^\s.]{2,20}+ )?by"
                r"(?: (?-i:\p{Lu})[^\s.,]{0,24}+){1,4}\.?$",
            ),
            # A paid post's disclosure under it: "This content was paid for by
            # Vale Energy and produced by the Vale Times brand studio." (the
            # advertiser's voice on the page itself: a story's sentence on a
            # trip paid for by a council names its trip, no "this content").
            (
                "paid for by",
                r"^this (?:content|article|story|post|feature|piece)(?: is| was| has been)"
                r" (?:paid for|sponsored|funded) by\b",
            ),
            # Its second sentence: "The Vale Times newsroom was not involved in
            # its creation." (the newsroom or its staff, not involved in making
            # the content, the sentence ending there: a story's "The station's
            # newsroom was not involved in the decision, a spokesman said."
            # names another matter).
            (
                "not involved",
                r"^(?:the )?[^.]{0,40}?\b(?:newsroom|editorial (?:staff|team|department)"
                r"|news staff)(?: was| were| is| are| had) not involved in"
                r" (?:(?:its|the|this|their) (?:creation|production|preparation|making)"
                r"(?: of (?:this|the) (?:content|article|story|post|feature|piece))?"
                r"|(?:creating|producing|preparing|making|writing) (?:this|the|its)"
                r" (?:content|article|story|post|feature|piece))\.?$",
            ),
            (
                "republished",
                r"^this (?:story|article|piece|column) (?:is|was|has been) republished\b"
                r"|\brepublished here with permission\b",
            ),
            (
                "produced in",
                r"^this (?:story|article|report) (?:is|was) produced in"
                r" (?:partnership|collaboration) with\b",
            ),
            # A funding note under the story, in the newsroom's voice: "Local
            # Democracy Reporting is public interest journalism funded by NZ On
            # Air.", "This article was produced with support from the Vale
            # Foundation.", "This story was made possible by a grant from …",
            # "Coverage of the coast at the Vale Post is supported by a grant
            # from the Harbour Trust." The subject is the journalism itself (a
            # story's sentence on a grant names a pier or a clinic: "The new
            # pier is supported by a grant from the lottery fund"), and the
            # funder's name ends the paragraph (_FUNDER_ENDS): a story's
            # sentence goes on past it or quotes a source after a comma ("…,
            # the mayor said", "…, but it closed in May"). Bounded runs, no
            # look-ahead (each word's pattern is compiled when a paragraph
            # first holds it: a few tenths of a millisecond).
            (
                "public interest journalism",
                r"^[^.]{1,80}? (?:is|are) (?:a )?public interest journalism[^.]{0,40}?"
                rf" (?:funded|supported|backed) by {_FUNDER_ENDS}",
            ),
            *(
                (
                    word,
                    r"^(?:this|our)(?: [^\s.]{1,20}+){0,2}? (?:story|article|report|reporting"
                    r"|coverage|series|piece|project|investigation|content|journalism)\b"
                    r"[^.]{0,60}? (?:is|was|are|were|has been|have been) (?:produced|made possible"
                    r"|funded|supported|published|written|reported|undertaken)(?: in part)?"
                    r" (?:with|through|by|thanks to) (?:the )?(?:generous )?(?:financial )?"
                    rf"support (?:from|of) {_FUNDER_ENDS}",
                )
                # Keyed by the phrase, rarer than the word: a pattern is
                # compiled when a paragraph first holds its key (not "support
                # from", the agency's note's key above, searched more often).
                for word in ("support of", "with support from")
            ),
            *(
                (
                    word,
                    r"^(?:this|our)(?: [^\s.]{1,20}+){0,2}? (?:story|article|reporting|coverage"
                    r"|series|journalism)\b[^.]{0,60}? (?:is|was|are|were|has been|have been)"
                    rf"(?: (?:generously|partly|jointly))? {word[:-3]}(?: in part)? by"
                    rf" {_FUNDER_ENDS}",
                )
                for word in ("funded by", "supported by")
            ),
            *(
                (
                    word,
                    r"^(?:[^.]{0,60}? )?(?:coverage|reporting|journalism|this story|this article)"
                    r"\b[^.]{0,60}? (?:is|was|are|were) (?:made possible|supported|funded"
                    r"|produced)(?: in part)? (?:by|with|through) (?:a )?grants?"
                    rf" from {_FUNDER_ENDS}",
                )
                # "grants from" holds no "grant from" (the bare "grant" is in
                # "immigrant", "granted": its pattern compiled on most pages).
                for word in ("grant from", "grants from")
            ),
            # A helpline's notice under a story on suicide, abuse or grief: "If
            # you have been affected by any of the issues in this story,
            # support is available. Call …", "If you or someone you know has
            # been affected by the issues raised in this article, …". The
            # reader is spoken to about this story itself (a story's own
            # sentence on who is affected names a road or a flood: "If you are
            # affected by the closure, …"). Bounded runs: linear. Keyed by the
            # notice's own words, which a story's "areas affected by the
            # flood" holds none of: its pattern is compiled only when a
            # paragraph first holds them.
            *(
                (
                    words,
                    r"^if you(?: or (?:someone|anyone) you know)?(?: (?:have|has|may have)"
                    r" been| are| were| feel| is)? affected by (?:any of )?(?:the )?"
                    r"(?:issues|topics|subjects|themes|content)\b[^.]{0,40}?"
                    # "this": the reader is told about this story; "… the
                    # issues identified in the report, the council urges …"
                    # is a story's sentence on a report.
                    r"\bthis (?:story|article|report|piece|programme|program|episode)\b",
                )
                for words in (
                    "affected by any of",
                    "affected by the issues",
                    "affected by issues",
                    "affected by the topics",
                    "affected by the subjects",
                    "affected by the themes",
                    "affected by the content",
                )
            ),
            # A newsroom's notice that a machine helped write the story, under
            # it: "This article was produced with the assistance of AI tools
            # and reviewed by an editor before publication.", "This story was
            # written with the help of artificial intelligence.", "This
            # summary was generated by AI." The story itself is the subject
            # (this …) in the newsroom's voice, and the notice ends at the
            # tool or at the editor's review after it: a story's sentence on
            # a report written with AI goes on to whoever said so ("…, the
            # council said"). Keyed by the tool's name as the notice writes it
            # (" ai " before "tools", " ai." ending it, " ai," before the
            # review): " ai" alone is in "aid", "air" and "aims", and the
            # pattern was compiled on most wire copy. Anchored at both ends,
            # bounded, no look-ahead.
            *(
                (
                    word,
                    r"^this (?:story|article|report|post|summary|piece|content|text"
                    r"|translation) (?:was|is|has been|were)(?: (?:partly|partially|in part))?"
                    r" (?:produced|written|generated|created|drafted|prepared|translated"
                    r"|summari[sz]ed)(?: in part)?"
                    r" (?:with the (?:assistance|help|aid|use|support) of|using|by|with)"
                    r" (?:an? )?(?:generative )?(?:ai|artificial intelligence)"
                    r"(?: (?:tools?|technology|software|models?))?"
                    # The review after the tool ends the notice too: "… and
                    # reviewed by an editor before publication." ("… and
                    # reviewed by three judges, the council said." goes on).
                    r"(?:,? and (?:was |has been )?(?:reviewed|checked|edited|verified"
                    r"|fact-checked)(?: by [^.,]{1,60}?)?)?[.!]?$",
                )
                for word in (" ai ", " ai.", " ai,", "artificial intelligence")
            ),
            # An interview's note on its editing: "This interview has been
            # edited for length and clarity.", "This conversation has been
            # condensed and edited.", "Answers have been edited for length."
            # ("The interview was edited by the station, …" is a sentence's.)
            # A note of each verb, as each note holds its word ("This
            # interview has been condensed." holds no "edited").
            *(
                (
                    verb,
                    r"^this (?:interview|conversation|transcript|q&a|exchange) (?:has been|was)"
                    rf" (?:lightly )?{verb}\b"
                    rf"|^(?:answers|responses) have been (?:lightly )?{verb}\b",
                )
                for verb in ("edited", "condensed")
            ),
            # An opinion page's disclaimer under the column: "The views expressed
            # in this article are the author's own.", "Views expressed are
            # personal.", "The opinions expressed here are those of the
            # writer."; a contributor network's under the writer's name:
            # "Opinions expressed by contributors are their own." A story's
            # sentence on views names whose they are otherwise ("The views
            # expressed at the meeting were mixed", "The views expressed by
            # residents were mixed"). Naming the contributors, it is the
            # whole sentence, or a short clause on the site after it ("… are
            # their own and not those of Vale Money."): a story reports such
            # words as speech ("The views expressed by festival authors are
            # their own, organisers said on Tuesday, …").
            (
                "expressed",
                r"^(?:the )?(?:views|opinions) expressed (?:in this (?:article|column|piece"
                r"|op-ed|commentary|blog post|opinion piece) |here |above )?"
                r"are (?:solely )?"
                r"(?:those of the (?:author|writer|contributor)s?\b"
                r"|(?:the )?(?:author|writer)(?:['’]s|s['’]) own\b|(?:my|his|her|their) own\b"
                r"|personal\b)"
                r"|^(?:the )?(?:views|opinions) expressed by (?:\w+ ){0,2}?"
                r"(?:contributors|columnists|writers|authors|bloggers) are (?:solely )?"
                r"(?:those of the (?:author|writer|contributor)s?|(?:my|his|her|their) own)"
                r"(?:,? and (?:do |does )?not [^.,;:!?\"“”]{1,80}+)?[.!]?\s*+$",
            ),
            # The same disclaimer on a French opinion page: "Les opinions
            # exprimées dans cette tribune n'engagent que leur auteur." (commit
            # only their author). A story's sentence on opinions says whose they
            # commit otherwise ("… n'engagent que le gouvernement").
            # The word held is past the apostrophe, straight or curly.
            (
                "engagent que",
                r"^les (?:opinions|propos|idées|points de vue) exprimé(?:e)?s\b[^.]{0,60}?"
                r"\bn['’]engagent que (?:leurs? auteurs?|l['’]auteur|son auteur)\b",
            ),
            # Spanish and Portuguese: "Las opiniones expresadas en este artículo
            # son responsabilidad exclusiva de su autor.", "As opiniões expressas
            # neste artigo são de responsabilidade exclusiva da autora." A
            # story's sentence on opinions names another's responsibility.
            (
                "responsabilidad",
                r"^las opiniones expresadas\b[^.]{0,60}?\bson (?:de )?(?:la )?responsabilidad"
                r" (?:exclusiva |única )?de (?:su|sus|la|el|los) (?:autor|autora|autores)\b",
            ),
            (
                "responsabilidade",
                r"^as opiniões expressas\b[^.]{0,60}?\bsão de (?:inteira |exclusiva )?"
                r"responsabilidade (?:exclusiva )?d[oa]s? (?:autor|autora|autores|autoras)\b",
            ),
            # A science story's reference to the paper under it: "Journal
            # reference:" over "Roe, J. et al. Title of the paper. Journal
            # (2026)." After "et al." a citation goes on with the paper's
            # title or year, never a word in small letters: a story's sentence
            # opening so goes on with its verb ("Hale, T. et al. reported a
            # similar pattern …") and stays the story's (bounded runs).
            ("journal reference", r"^journal references?:?$"),
            # A long read's footnotes under the story: "Notes" (or "Footnotes",
            # "Endnotes") over "[1] Minutes of the Harwick Canal Company, 1794,
            # held at the county record office.", each note opening with the
            # marker the story's sentence carries ("… to the river.[1]"). No
            # story's paragraph opens with a bracketed number and a space, nor
            # is the heading alone; read as the story's, the notes closed its
            # body, silently (heldout35).
            ("notes", r"^(?:foot|end)?notes:?$"),
            ("[", r"^\[\d{1,3}\]\s"),
            (
                "et al",
                r"^[^\s,]{2,30}, (?:\p{Lu}\.\s?){1,3}(?:and [^.]{1,40}?\. )?et al\. "
                r"(?!(?-i:\p{Ll}))",
            ),
            # An opinion page's call for letters under the column: "Do you have
            # an opinion on the issues raised in this article? If you would
            # like to submit a letter of up to 300 words to be considered for
            # publication, email it to us." A story's sentence on a letter
            # names who sent it, not "submit a letter … for publication"; the
            # call speaks to the reader ("If you would like to submit …",
            # "Send us a letter …", "Submit a letter …"), as a story's sentence
            # on a call does not ("Readers who want to submit a letter … for
            # publication should keep it under 300 words, Hale said.")
            # (bounded runs).
            (
                "for publication",
                r"(?:^(?:please |to )?|\byou\b[^.]{0,40}?\b|\b(?=send us\b))(?:submit|send)"
                r" (?:us )?a letter\b[^.]{0,60}?\bfor publication\b",
            ),
            # Indian sites' notice on agency copy, too long for a furniture
            # prefix: "(Only the headline and picture of this report may have
            # been reworked by the … staff; the rest of the content is
            # auto-generated from a syndicated feed.)", "(This story has been
            # sourced from a third party syndicated feed, agencies. …)".
            (
                "syndicated feed",
                r"(?:auto-generated|sourced) from a (?:third[- ]party )?syndicated feed\b",
            ),
        ),
        validator=_note_phrases,
    )
    """Disclosures and boilerplate agencies append to a story, each a word or
    phrase the note always holds, case-folded (found first, as a quick test),
    and the note as a fragment of a regular expression (the ``regex`` module's
    syntax, bounded repetitions only) searched in any case: a paragraph holding
    one is a ``note`` trailer (:func:`wirestory.trailers.classify_trailer`)."""

    contributor_roles: tuple[tuple[str, ContributorRole], ...] = attrs.field(
        default=(
            ("reporting", "reporting"),  # "Reporting by Jane Roe in Cairo"
            ("reported", "reporting"),  # "Reported by Jane Roe"
            ("writing", "writing"),  # "Writing by John Doe"
            ("written", "writing"),  # "Written by John Doe"
            ("editing", "editing"),  # "Editing by Jane Roe"
            ("edited", "editing"),  # "Edited by Jane Roe"
            ("additional reporting", "additional reporting"),  # "Additional reporting by ..."
            ("compiled", "writing"),  # "Compiled by John Doe"
            ("compiling", "writing"),  # "Compiling by John Doe"
            # A page's credit for the story's pictures or film, alone on a
            # line ("Photographs by Ana Diaz", "Video by Tom Hale").
            ("photo", "photography"),
            ("photos", "photography"),
            ("photograph", "photography"),
            ("photographs", "photography"),
            ("photography", "photography"),
            ("video", "video"),
            # A health or finance site's expert who checked the story, a line
            # of its own over or under the byline ("Medically reviewed by Jane
            # Roe, MD", "Fact checked by Tom Hale", "Reviewed by …").
            ("reviewed", "reviewing"),
            ("medically reviewed", "reviewing"),
            ("clinically reviewed", "reviewing"),
            ("fact checked", "reviewing"),
            ("fact-checked", "reviewing"),
        ),
        validator=_contributor_roles,
    )
    """The words, lower-case, that name a contributor's role before ``by`` in a
    trailer (``Reporting by Jane Roe; Editing by John Doe``), each with the role it
    gives (:class:`wirestory.trailers.Contributor`); compared in any case."""

    staff_titles: tuple[str, ...] = attrs.field(
        default=(
            "writer",  # "Associated Press writer Jane Roe contributed to this report."
            "correspondent",  # "AFP correspondent Jane Roe contributed."
            "reporter",  # "Reuters reporter Jane Roe contributed to this story."
            "journalist",  # "AFP journalist Jane Roe contributed."
            "producer",  # "CNN's senior producer Jane Roe contributed to this report."
        ),
        validator=_STRINGS,
    )
    """A staff member's title, lower-case, compared in any case, singular or
    plural, after an agency's staff spelling (:attr:`Agency.staff`) and up to
    three more words in a ``contributed to this report`` trailer: dropped with
    it from the names."""

    speech_verbs: frozenset[str] = attrs.field(
        # "…, the board said.", "Officials told reporters …": a paragraph
        # reporting speech; a photo's caption describes the photo. In the
        # scripts whose agencies sign off in brackets after the paragraph
        # (``… ने कहा कि … खुलेगी। (भाषा)``, ``وقال … (رويترز)``): Hindi
        # "कहा" (said), "बताया" (told); Arabic "قال", "قالت" (said, he and
        # she), "أضاف" (added), with "و" (and) glued on as a paragraph opens;
        # Hebrew "אמר", "אמרה" (said); Korean "말했다" (said), "밝혔다"
        # (stated), closing a sentence as a paragraph's last word. Spanish
        # "dijo", "dice" and German "sagte", "sagt" (said, says), the verb
        # before its subject after a quote ("…, dijo el alcalde.", "…, sagte
        # sie.").
        default=frozenset(
            {
                "said",
                "says",
                "told",
                "dijo",
                "dice",
                "sagte",
                "sagt",
                "कहा",
                "बताया",
                "قال",
                "قالت",
                "وقال",
                "وقالت",
                "أضاف",
                "وأضاف",
                "אמר",
                "אמרה",
                "말했다",
                "밝혔다",
            }
        ),
        validator=_STRING_SET,
    )
    """Words, lower-case, that report speech: a page block holding one is a
    paragraph, not a photo's caption, when a photo credit standing alone
    between it and a sentence below could credit either (the sentence below
    is the caption)."""

    @property
    def sentence_ends(self) -> str:
        """Every mark that ends a sentence: :attr:`full_stops`,
        :attr:`exclamation_marks` and :attr:`question_marks`. What each rule
        takes as "ends like a sentence" is built from these:

        - a page block ending in one, possibly inside up to three
          :attr:`closing_quotes`, is a sentence (it reads as prose);
        - a photo credit and a byline never end in one or in a
          :attr:`clause_ends` mark (``(Reporting by Jane Roe.)`` is no credit);
        - a subheading never ends in a full stop, an exclamation mark, a clause
          end or a closing bracket, but may ask (``Why now?``);
        - a wire headline never ends in a full stop or a clause end, but may ask
          or exclaim.

        >>> DEFAULT_KNOWLEDGE.sentence_ends
        '.…。।۔։။។።!！?？؟'
        """
        return self.full_stops + self.exclamation_marks + self.question_marks

    @property
    def sentence_and_clause_ends(self) -> str:
        """What a photo credit or a byline never ends in: :attr:`sentence_ends`
        and :attr:`clause_ends` (``(Reporting by Jane Roe.)``, ``By the way,``)."""
        return self.sentence_ends + self.clause_ends

    def __repr__(self) -> str:
        """Only the fields that differ from the default (the tables run to
        thousands of characters), so the repr still builds an equal record.

        >>> Knowledge()
        Knowledge()
        >>> attrs.evolve(DEFAULT_KNOWLEDGE, photo_labels=("bild",))
        Knowledge(photo_labels=('bild',))
        """
        changed = [
            f"{field.name}={getattr(self, field.name)!r}"
            for field in attrs.fields(Knowledge)
            if getattr(self, field.name) != getattr(DEFAULT_KNOWLEDGE, field.name)
        ]
        return f"Knowledge({', '.join(changed)})"

    def __reduce_ex__(self, protocol: SupportsIndex) -> str | tuple[Any, ...]:
        # The default unpickles as the default itself (in a worker process of
        # the command line too), so its patterns, once built, are used.
        if self is DEFAULT_KNOWLEDGE:
            return "DEFAULT_KNOWLEDGE"
        return super().__reduce_ex__(protocol)


DEFAULT_KNOWLEDGE: Final = Knowledge()
"""The knowledge every parse uses unless :attr:`ParseOptions.knowledge
<wirestory.ParseOptions.knowledge>` says otherwise."""


def month_words(knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> frozenset[str]:
    """Every month spelling of ``knowledge``, lower-case.

    >>> "sept" in month_words(), "september" in month_words()
    (True, True)
    """
    return frozenset(spelling.casefold() for spelling, _ in knowledge.months)


def alternation(words: Iterable[str], *, escape: bool = True) -> str:
    """A regular-expression group matching any of ``words``, longest first (so
    ``Agence France-Presse`` is tried before ``AFP``), escaped unless told
    otherwise; a group that never matches when there are none.

    >>> alternation(["AP", "Associated Press", "a.m."])
    '(?:Associated\\\\ Press|a\\\\.m\\\\.|AP)'
    """
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    if not unique:
        return "(?!)"
    return "(?:" + "|".join(regex.escape(w) if escape else w for w in unique) + ")"


def per_knowledge(build: Callable[[Knowledge], _Built]) -> Callable[[Knowledge], _Built]:
    """What ``build`` makes of a :class:`Knowledge` (its compiled patterns),
    made once per record, when first asked for: cached on the record's value
    (its hash is cached), the default's kept apart. Every module that compiles
    patterns from a record goes through here, so none compiles per story, and
    ``import wirestory`` compiles none (a process that reads only dates or
    normalizes text does not pay for the caption and byline patterns).

    >>> sizes = per_knowledge(lambda knowledge: len(knowledge.agencies))
    >>> sizes(DEFAULT_KNOWLEDGE) == len(DEFAULT_KNOWLEDGE.agencies)
    True
    """
    cached = functools.lru_cache(maxsize=16)(build)
    # The default's, once built. Two threads asking first may both build it:
    # the same record gives equal patterns, and either is kept.
    default: list[_Built] = []

    @functools.wraps(build)
    def built(knowledge: Knowledge) -> _Built:
        # The default is what nearly every parse uses: no hashing for it.
        if knowledge is DEFAULT_KNOWLEDGE:
            if not default:
                default.append(cached(knowledge))
            return default[0]
        return cached(knowledge)

    return built


def label_pattern(labels: Iterable[str]) -> str:
    """A regular-expression group matching any of ``labels`` in any case, with
    one to three spaces between words, a label ending in a letter or digit only
    before a word boundary, and a trailing space standing for one white-space
    character (``(c) Jane Roe``); bounded runs only. See
    :attr:`Knowledge.caption_labels` and :attr:`Knowledge.copyright_labels`.

    >>> bool(regex.match(label_pattern(["image copyright"]), "Image  Copyright Reuters"))
    True
    """
    parts = []
    for label in sorted(set(labels), key=lambda w: (-len(w), w)):
        words = label.split()
        part = r"\s{1,3}".join(regex.escape(w) for w in words) if words else ""
        if label[-1:].isspace():
            part += r"\s"
        elif label[-1:].isalnum():
            part += r"\b"
        parts.append(part)
    return "(?i:" + "|".join(parts) + ")" if parts else "(?!)"


def writer_title_pattern(knowledge: Knowledge = DEFAULT_KNOWLEDGE) -> str:
    """A regular-expression group matching a writer's title of ``knowledge``
    (:attr:`Knowledge.writer_titles`) as a whole word, in any case, singular or
    plural: ``Sports Writer``, ``correspondents``; a literal alternation.

    >>> bool(regex.search(writer_title_pattern(), "Jane Roe, AP Sports Writer"))
    True
    """
    return rf"(?i:\b{alternation(knowledge.writer_titles)}s?\b)"
