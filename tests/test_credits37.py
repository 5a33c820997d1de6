"""Photo credits written with a language's own "by" after the photo label:
``Foto di Luca Neri`` (Italian), ``Foto de Ana Ruiz/EFE``, ``Fotografía de
Ana Ruiz`` (Spanish, Portuguese), ``Foto por Ana Ruiz`` (Spanish), ``Foto von
Anna Berg`` (German), ``Foto door Jan de Vries`` (Dutch), ``Foto av Anna
Berg/TT`` (Swedish) (``Knowledge.photo_credit_prepositions``). Before, only
``:`` or ``by`` after a label made a credit: the caption ending in such a
credit was left out of a page as furniture, or its credit kept the
preposition as a source (``de Ana Ruiz``), silently.

The same words mean "of" and open captions and sentences (``Foto di gruppo
dei ministri a Roma.``, ``Foto de familia de los líderes``: a group or
family photo): those stay a caption's text, as does a single capitalised
word after the preposition (``Foto di Roma``: a photo of Rome) and a name
with words after it (``Foto di Luca Neri mentre parla``).

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest

import wirestory
from wirestory.captions import parse_credit, split_credit

# A caption, then its credit with the language's "by", and the photographer
# the credit names; each one's credit was not read (or kept the preposition
# in its source) before.
_CREDITED = [
    ("La piazza vista dal campanile.", "Foto di Luca Neri", "Luca Neri"),
    ("Los vecinos llenan la plaza.", "Foto de Ana Ruiz/EFE", "Ana Ruiz"),
    ("Los vecinos llenan la plaza.", "Fotografía de Ana Ruiz", "Ana Ruiz"),
    ("Los vecinos llenan la plaza.", "Foto por Ana Ruiz", "Ana Ruiz"),
    ("Moradores na praça do mercado.", "Foto de João Silva/Agência Brasil", "João Silva"),
    ("Moradores na praça do mercado.", "Fotografia de João Silva", "João Silva"),
    ("Die Brücke am Morgen.", "Foto von Anna Berg", "Anna Berg"),
    ("De brug bij nacht.", "Foto door Jan de Vries", "Jan de Vries"),
    ("Bron vid gryning.", "Foto av Anna Berg/TT", "Anna Berg"),
]


@pytest.mark.parametrize(("text", "credit", "photographer"), _CREDITED)
def test_preposition_credit_is_split_off_with_its_photographer(
    text: str, credit: str, photographer: str
) -> None:
    assert split_credit(f"{text} {credit}") == (text, credit)
    assert parse_credit(credit).photographer == photographer


def test_parenthesized_preposition_credit_names_the_photographer() -> None:
    # "(foto di Luca Neri)": read as a credit before, its source "di Luca Neri".
    caption = "La piazza vista dal campanile (foto di Luca Neri)"
    assert split_credit(caption) == ("La piazza vista dal campanile", "foto di Luca Neri")
    credit = parse_credit("foto di Luca Neri")
    assert (credit.photographer, credit.source) == ("Luca Neri", None)


# Near misses: the same words as "of", or names with words after them. No
# credit is split off, before or after.
_NOT_CREDITS = [
    "I ministri arrivano al vertice. Foto di gruppo dei ministri a Roma.",
    "Los líderes llegan a la cumbre. Foto de familia de los líderes en la cumbre.",
    "Foto de familia de los líderes en la cumbre",
    "Les dirigeants au sommet. Photo de famille des dirigeants.",
    "La piazza vista dal campanile. Foto di Roma",
    "Los líderes llegan a la cumbre. Foto de Familia",
    "La cumbre de la capital. Foto de los Reyes en Madrid",
    "La piazza del mercato. Foto di Luca Neri mentre parla",
    "Die Brücke am Morgen. Foto von oben",
]


@pytest.mark.parametrize("caption", _NOT_CREDITS)
def test_preposition_as_of_is_no_credit(caption: str) -> None:
    assert split_credit(caption) == (caption, None)


_PARAGRAPHS = {
    "it": (
        "I lavori per il nuovo ponte sul fiume partiranno a maggio e dureranno circa "
        "due anni, ha annunciato ieri sera il sindaco al termine del consiglio comunale.",
        "Il progetto prevede due corsie per le auto, una pista ciclabile e un "
        "marciapiede largo sul lato del fiume, per un costo di 14 milioni di euro.",
        "I commercianti del centro chiedono che il cantiere non chiuda la strada "
        "principale durante i mesi estivi, quando arrivano più turisti.",
    ),
    "es": (
        "Las obras del nuevo puente sobre el río empezarán en mayo y durarán unos dos "
        "años, anunció anoche el alcalde al término del pleno municipal.",
        "El proyecto incluye dos carriles para coches, un carril bici y una acera "
        "ancha junto al río, con un coste de 14 millones de euros.",
        "Los comerciantes del centro piden que la obra no corte la calle principal "
        "durante los meses de verano, cuando llegan más turistas.",
    ),
    "pt": (
        "As obras da nova ponte sobre o rio começam em maio e devem durar cerca de "
        "dois anos, anunciou ontem à noite o prefeito no fim da sessão da câmara.",
        "O projeto prevê duas faixas para carros, uma ciclovia e uma calçada larga "
        "junto ao rio, com um custo de 14 milhões de reais.",
        "Os comerciantes do centro pedem que a obra não feche a rua principal durante "
        "os meses de verão, quando chegam mais turistas.",
    ),
}
_HEADLINES = {
    "it": "Il comune approva il nuovo ponte sul fiume: lavori al via a maggio",
    "es": "El ayuntamiento aprueba el nuevo puente sobre el río: obras en mayo",
    "pt": "Prefeitura aprova a nova ponte sobre o rio: obras começam em maio",
}
_BYLINES = {"it": "di Giulia Ferri", "es": "Por Marta Gil", "pt": "Por Ana Costa"}


def _page(language: str, caption: str) -> str:
    """A page of ``language``: a menu, the headline, a byline, the caption
    line under them, then the story."""
    return (
        "Home\nCronaca\nPolitica\nSport\n\n"
        f"{_HEADLINES[language]}\n\n{_BYLINES[language]}\n\n{caption}\n\n"
        + "\n\n".join(_PARAGRAPHS[language])
        + "\n"
    )


@pytest.mark.parametrize(
    ("language", "text", "credit", "photographer"),
    [
        ("it", "Il fiume visto dal vecchio ponte.", "Foto di Luca Neri", "Luca Neri"),
        ("es", "El río visto desde el puente viejo.", "Foto de Ana Ruiz/EFE", "Ana Ruiz"),
        ("pt", "O rio visto da ponte velha.", "Fotografia de João Silva", "João Silva"),
    ],
)
def test_page_caption_with_preposition_credit(
    language: str, text: str, credit: str, photographer: str
) -> None:
    story = wirestory.parse(_page(language, f"{text} {credit}"))[0]
    assert [(c.text, c.credit, c.photographer) for c in story.captions] == [
        (text, credit, photographer)
    ]
    assert story.body == _PARAGRAPHS[language]


@pytest.mark.parametrize(
    ("language", "caption"),
    [
        ("it", "Il fiume visto dal vecchio ponte. Foto di Roma"),
        ("es", "El río visto desde el puente viejo. Foto de Familia"),
    ],
)
def test_caption_with_unproved_preposition_credit_is_flagged(language: str, caption: str) -> None:
    # One capitalised word after the language's "by" may be a place (a photo
    # of Rome): no credit is read, and the line left out over the story was
    # silent before; now it says so.
    story = wirestory.parse(_page(language, caption))[0]
    assert story.captions == ()
    assert story.body == _PARAGRAPHS[language]
    assert "sentence-over-story-left-out" in [d.code for d in story.diagnostics]


def test_preposition_credit_alone_under_its_caption() -> None:
    # The credit on a line of its own under the caption (a page printing the
    # two apart): the caption's credit, not a line left out.
    text = "Il fiume visto dal vecchio ponte."
    story = wirestory.parse(_page("it", f"{text}\n\nFoto di Luca Neri"))[0]
    assert [(c.text, c.credit, c.photographer) for c in story.captions] == [
        (text, "Foto di Luca Neri", "Luca Neri")
    ]
    assert story.body == _PARAGRAPHS["it"]
