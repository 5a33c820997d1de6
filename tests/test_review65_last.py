"""Review s15c's last round: inputs that read worse than at 5032437.

Each text is invented in the shape of the real thing; each test failed on
the branch point (eb77cc9) before its fix.
"""

from __future__ import annotations

import pytest

import wirestory

# --- 1. Citations under Quellen / Bronnen: a year in brackets cites -------

_DE = (
    "TALHEIM, 4. März (dpa) - Im Stadtwald von Talheim haben Förster drei neue Quellen "
    "entdeckt, die das ganze Jahr über Wasser führen.\n\n"
    "Die Stadt will die Quellen schützen und einen Wanderweg anlegen, sagte der "
    "Bürgermeister am Montag.\n\n"
)
_NL = (
    "DRIEBERGEN, 4 maart (ANP) - Het waterschap heeft in het bos bij Driebergen drie nieuwe "
    "bronnen gevonden die het hele jaar water geven.\n\n"
    "De gemeente wil de bronnen beschermen en een wandelpad aanleggen, zei de burgemeester "
    "maandag.\n\n"
)


@pytest.mark.parametrize(
    ("lead", "label", "rows"),
    [
        (
            _DE,
            "Quellen",
            (
                "1. Statistisches Bundesamt (2023): Wasserversorgung in Deutschland.",
                "2. Umweltbundesamt (2022): Grundwasser in Zahlen.",
                "3. Landesamt für Umwelt (2021): Quellen im Stadtwald.",
            ),
        ),
        (
            _DE,
            "Quellen",
            (
                "1. J. Roth (2021): Wasser im Wald.",
                "2. K. Berger (2019): Quellen und Bäche.",
                "3. M. Vogt (2020): Der Stadtwald.",
            ),
        ),
        (
            _NL,
            "Bronnen",
            (
                "1. CBS (2023): Waterverbruik in Nederland.",
                "2. Rijkswaterstaat (2022): Grondwater in cijfers.",
                "3. KNMI (2021): Neerslag en droogte.",
            ),
        ),
        (
            _NL,
            "Bronnen",
            (
                "1. P. Jansen (2020): Bronnen in het bos.",
                "2. Jansen et al. (2020): Water onder de heide.",
                "3. De Vries et al. (2018): Kwel en bronnen.",
            ),
        ),
    ],
)
def test_citations_with_a_year_in_brackets_are_notes(
    lead: str, label: str, rows: tuple[str, ...]
) -> None:
    text = lead + f"{label}\n\n" + "\n\n".join(rows) + "\n"
    story = wirestory.parse(text)[0]
    assert story.notes
    assert not any(row in story.body for row in rows)


# --- 2. Withdrawn: the small byline and the quote's speaker ---------------

_KABAR = (
    "Ribuan warga mengungsi akibat banjir | Kabar Kota\n\n"
    "Berita\nOlahraga\nEkonomi\n\n"
    "Ribuan warga mengungsi akibat banjir besar yang melanda kawasan permukiman\n"
    "di Jakarta Selatan\n"
    "7 April 2025\n\n"
    "Ribuan warga mengungsi pada Senin pagi setelah hujan deras semalaman membuat\n"
    "sungai meluap dan merendam ratusan rumah di tepi sungai.\n\n"
    "Petugas pemadam kebakaran dan relawan membantu warga memindahkan barang-barang\n"
    "ke tempat yang lebih tinggi, kata juru bicara pemerintah kota.\n\n"
    "Hujan diperkirakan masih akan turun hingga akhir pekan ini.\n\n"
    "Hak cipta 2025 Kabar Kota\n"
)


def test_a_wrapped_headlines_tail_over_the_date_is_the_headlines() -> None:
    """A headline wrapped at the page's width, its tail in small letters
    (``di Jakarta Selatan``) over the date and no byline: the tail is the
    headline's (variants64's small-byline rule read it as the byline)."""
    (story,) = wirestory.parse(_KABAR)
    assert story.headline is not None
    assert story.headline.endswith("permukiman di Jakarta Selatan")
    assert story.byline is None or "Jakarta" not in " ".join(story.byline.names)


_FERRY = (
    "Ferry fares to rise in April\n\n"
    "HARBOURTON (Reuters) - The harbour board said on Monday that fares on the island "
    "crossings would rise by a tenth from April.\n"
    "“We will keep the crossings running whatever it costs the town, and we will not cut a "
    "single sailing.”\n"
    "{}\n"
    "The operator said the boats would stay in service until 2030 at least, despite their age "
    "and the cost of repairs.\n"
    "Fares for children and pensioners will not change, the board said in a statement on its "
    "website.\n"
)


@pytest.mark.parametrize("line", ["New Timetable, Old Boats", "Jane Roe, Staff Writer"])
def test_a_line_under_a_quote_alone_is_not_glued_to_it(line: str) -> None:
    """A subheading or a writer's line under a paragraph that is a quotation
    alone stays off the quote's paragraph (variants64's speaker rule glued
    it on, silently)."""
    (story,) = wirestory.parse(_FERRY.format(line))
    assert not any(line in paragraph and "sailing" in paragraph for paragraph in story.body)


# --- 3. credit-line-in-body: a firm's or group's word is no paper's --------

_WIRE_TOP = (
    "KELLSTON, March 4 (Reuters) - Hundreds of students marched through the town centre on "
    "Saturday to protest against the closure of the library.\n"
    "They carried banners and sang as they passed the shops, and the police closed the high "
    "street to traffic for an hour.\n"
)
_WIRE_END = (
    "The council will vote on the closure again in May, after a month in which residents can "
    "comment on the plan.\n"
)


@pytest.mark.parametrize(
    "signer",
    [
        "Tom Hale, Royal Mail",
        "Tom Hale, Kellston Express",
        "Tom Hale, Kellston Independent",
        "Tom Hale, Vale Sentinel",
        "Tom Hale, Harbour Echo",
        "Tom Hale, Kellston Gleaner",
    ],
)
def test_a_quote_signed_by_a_firm_or_group_is_no_credit(signer: str) -> None:
    """A quoted line and its speaker's firm or group (``Royal Mail``, a coach
    firm ``Kellston Express``) under wire copy are no photo's credit."""
    text = (
        _WIRE_TOP + "We will not give up the library without a fight.\n" + signer + "\n" + _WIRE_END
    )
    (story,) = wirestory.parse(text)
    assert "credit-line-in-body" not in {d.code for d in story.diagnostics}


# --- 4. paragraph-shown-again: a refrain is no button ----------------------

_PAGE = (
    "Students march | The Vale Post\n\nHome\nNews\nWorld\n\n"
    "Students march to save the library\nBy Jane Roe\nMarch 4, 2025\n\n{}\n\n"
    "About us\nContact us\n"
)
_M1 = (
    "Hundreds of students marched through the town centre on Saturday to protest against the "
    "closure of the library on Mill Street."
)
_M2 = (
    "They carried banners and sang as they passed the shops, and the police closed the high "
    "street to traffic for an hour."
)
_M3 = (
    "The council will vote on the closure again in May, after a month in which residents can "
    "comment on the plan."
)
_M4 = "The library has stood on Mill Street since 1904 and lends more than a thousand books a week."


@pytest.mark.parametrize(
    "refrain",
    [
        "Save our post office, save our town",
        "Read the story of our town",
        "Share the post, share the load",
    ],
)
def test_an_imperative_refrain_printed_twice_is_no_button(refrain: str) -> None:
    """A refrain bidding the reader act, printed twice between paragraphs,
    is the story's: no site's button shown again."""
    text = _PAGE.format("\n\n".join([_M1, refrain, _M2, refrain, _M3, _M4]))
    (story,) = wirestory.parse(text)
    assert "paragraph-shown-again" not in {d.code for d in story.diagnostics}


@pytest.mark.parametrize(
    "button", ["Read this article", "Read the full story", "Watch this video", "Save this story"]
)
def test_a_button_printed_twice_is_still_said(button: str) -> None:
    """The neighbour: a site's button printed twice is said."""
    text = _PAGE.format("\n\n".join([_M1, button, _M2, button, _M3, _M4]))
    (story,) = wirestory.parse(text)
    assert "paragraph-shown-again" in {d.code for d in story.diagnostics}


# --- 5. Burmese: "သင့်" + a syllable is a word of fitness, no reader ---------

_BURMESE = (
    "ရွှေတောင်သတင်း\nပင်မစာမျက်နှာ\nပြည်တွင်း\nအားကစား\n\n"
    "မြို့နယ်တွင် တံတားအသစ် ဖွင့်လှစ်\n\n"
    "ရေးသားသူ: ဇော်မင်းထွန်း\n၂၀၂၅ ခုနှစ် မတ်လ ၄ ရက်\n\n"
    "မြို့နယ်တွင် မြစ်ကိုဖြတ်ကျော်သည့် တံတားအသစ်ကို တနင်္လာနေ့က တရားဝင်ဖွင့်လှစ်ခဲ့သည်။\n\n"
    "တံတားသည် မီတာငါးရာ ရှည်ပြီး ကားများ နှစ်ဖက်စလုံး သွားလာနိုင်သည်။\n\n"
    "{}\n\n"
    "ဆက်သွယ်ရန်\nကိုယ်ရေးအချက်အလက်မူဝါဒ\n"
)


@pytest.mark.parametrize("your", ["\u101e\u1004\u1037\u103a", "\u101e\u1004\u103a\u1037"])
@pytest.mark.parametrize(
    "closing",
    [
        "ဈေးနှုန်းများ {}\u1010\u1004\u1037\u103a\u101e\u100a\u103a။",
        "ရွာသားများ {}\u1019\u103c\u1010\u103a\u1005\u103d\u102c နေထိုင်ကြသည်။",
    ],
    ids=["reasonable", "harmonious"],
)
def test_a_burmese_word_of_fitness_is_no_readers_bid(your: str, closing: str) -> None:
    """``သင့်တင့်`` (reasonable), ``သင့်မြတ်`` (harmonious) in the story's last
    sentence, either mark order: no reader addressed, no notice."""
    (story,) = wirestory.parse(_BURMESE.format(closing.format(your)))
    assert "closing-sentence-may-be-notice" not in {d.code for d in story.diagnostics}


# --- 6. A paywall's question over a story's long sentence -------------------

_VALLE = (
    "Diario del Valle\nPortada\nLocal\nDeportes\n"
    "Valdecruz aprueba la reforma del viejo mercado\nPor Lucía Serrano\n"
    "3 de abril de 2025 - 12:05\n"
    "El ayuntamiento de Valdecruz aprobó este jueves la reforma del antiguo mercado de "
    "abastos, cerrado desde hace más de una década.\n"
    "Las obras comenzarán en septiembre y durarán unos dieciocho meses, según explicó la "
    "concejala de Urbanismo.\n"
    "{}\n"
    "Aviso legal\nContacto\n"
)
_HEMEROTECA = (
    "¿Ya eres suscriptor? Accede a la nueva hemeroteca, que el diario abrió el lunes con "
    "todos los números desde 1920, dijo la directora."
)


def test_a_paywall_question_over_a_story_sentence_keeps_it() -> None:
    """``¿Ya eres suscriptor?`` then a prompt's verb (``Accede``) opening a
    long sentence that goes on past a comma: the story's paragraph."""
    (story,) = wirestory.parse(_VALLE.format(_HEMEROTECA))
    assert story.body[-1] == _HEMEROTECA
    assert "story-cut-by-paywall" not in {d.code for d in story.diagnostics}


def test_a_paywall_question_over_a_short_prompt_is_still_the_notice() -> None:
    """The neighbour: a short prompt ending its line is the notice."""
    notice = "¿Ya eres suscriptor? Inicia sesión aquí"
    (story,) = wirestory.parse(_VALLE.format(notice))
    assert notice not in story.body
