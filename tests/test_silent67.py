"""silent67: short first paragraphs under the lead photo's caption.

A page story whose header (menu, headline, byline, date line) is followed by
the lead photo's caption with its credit, then short paragraphs of one
sentence each over the story's longer ones, lost the short ones as the
header's furniture (``between-headline-and-story``), silently: silent65's
rule keeping such a lead asked for the byline or the date line right above
it, and the caption stood there. The caption (read as one, with its credit on
its line or on a line of its own, one photo or two) is walked over now; one
sentence alone under it is the lede too when it names the story's words (a
second photo's caption would carry a credit as the first does). A run under
the header's other lines (a share bar, ``Listen to this article``, a
gallery's count, a ``Read more:`` link) is said
(``sentence-over-story-left-out``), as is a run under a caption whose first
sentence names none of the story's words (a site's notice, a pitch).

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest

import wirestory

# Each language's page: the header, four short sentences of a lead, two
# paragraphs of a line's length, the page's links under the story.
_PAGES = {
    "en": (
        ["Vale Post", "Home", "News", "Sport", "New bridge opens over the river"],
        ["By Anna Berg", "4 March 2025 10:32"],
        [
            "A new bridge opened on Monday over the river.",
            "The bridge is two hundred metres long.",
            "The work on the bridge took two years.",
            "Cars will cross it from next week.",
        ],
        [
            "The mayor said the bridge would bring the valley's towns closer together, and "
            "that traffic through the old town centre would fall by half within a year.",
            "Engineers from three countries worked on the design, which had to allow for "
            "floods that reach the lower arches every few winters, the chief engineer said.",
        ],
        ["Related stories", "Contact us"],
    ),
    "sv": (
        ["Dalabladet", "Nyheter", "Sport", "Kultur", "Ny bro öppnar över älven"],
        ["Av Anna Berg", "4 mars 2025 10.32"],
        [
            "En ny bro öppnades på måndagen över älven.",
            "Bron är tvåhundra meter lång.",
            "Arbetet med bron tog två år.",
            "Bilar får köra över den från nästa vecka.",
        ],
        [
            "Kommunalrådet sa att bron skulle föra dalens orter närmare varandra, och att "
            "trafiken genom den gamla stadskärnan skulle halveras inom ett år.",
            "Ingenjörer från tre länder arbetade med ritningarna, som måste ta hänsyn till "
            "översvämningar som når de nedre valven några vintrar av tio, sa chefsingenjören.",
        ],
        ["Läs också", "Kontakta oss"],
    ),
    "it": (
        ["La Valle", "Home", "Cronaca", "Sport", "Nuovo ponte aperto sul fiume"],
        ["di Anna Berg", "4 marzo 2025 10:32"],
        [
            "Un nuovo ponte è stato aperto lunedì sul fiume.",
            "Il ponte è lungo duecento metri.",
            "I lavori sul ponte sono durati due anni.",
            "Le auto potranno attraversarlo dalla prossima settimana.",
        ],
        [
            "Il sindaco ha detto che il ponte avvicinerà i paesi della valle, e che il "
            "traffico nel centro storico si dimezzerà entro un anno dall'apertura.",
            "Ingegneri di tre paesi hanno lavorato al progetto, che doveva tenere conto delle "
            "piene che raggiungono gli archi più bassi ogni pochi inverni, ha detto l'ingegnere.",
        ],
        ["Leggi anche", "Contatti"],
    ),
    "de": (
        ["Talbote", "Startseite", "Lokales", "Sport", "Neue Brücke über den Fluss eröffnet"],
        ["Von Anna Berg", "04.03.2025, 10:32 Uhr"],
        [
            "Am Montag wurde eine neue Brücke über den Fluss eröffnet.",
            "Die Brücke ist zweihundert Meter lang.",
            "Die Arbeiten an der Brücke dauerten zwei Jahre.",
            "Autos dürfen sie ab nächster Woche befahren.",
        ],
        [
            "Der Bürgermeister sagte, die Brücke werde die Orte des Tals näher "
            "zusammenbringen, und der Verkehr durch die Altstadt werde sich halbieren.",
            "Ingenieure aus drei Ländern arbeiteten an dem Entwurf, der Hochwasser "
            "berücksichtigen musste, das die unteren Bögen alle paar Winter erreicht.",
        ],
        ["Mehr zum Thema", "Kontakt"],
    ),
}

# The lead photo's caption, by language: its credit on its line, and on a
# line of its own.
_CAPTIONS = {
    "en": [
        ["The new bridge over the river.  Vale Post/Tom Lund"],
        ["The new bridge over the river.", "Photo: Tom Lund/Vale Post"],
        ["The new bridge over the river. Photo: Tom Lund"],
    ],
    "sv": [
        ["Den nya bron över älven. Foto: Tom Lund"],
        ["Den nya bron över älven.", "Foto: Tom Lund"],
    ],
    "it": [
        ["Il nuovo ponte sul fiume. (Foto Ansa)"],
        ["Il nuovo ponte sul fiume.", "Foto di Tom Lund"],
    ],
    "de": [["Die neue Brücke über den Fluss. Foto: Tom Lund"]],
}


def _page(lines: list[str], *, blank: bool = False) -> str:
    return ("\n\n" if blank else "\n").join(lines) + "\n"


def _codes(story: wirestory.Story) -> set[str]:
    return {d.code for d in story.diagnostics}


_CAPTIONED = [
    (language, caption) for language, captions in _CAPTIONS.items() for caption in captions
]


@pytest.mark.parametrize("blank", [False, True], ids=["one-a-line", "blank-lines"])
@pytest.mark.parametrize("count", [1, 2, 3, 4])
@pytest.mark.parametrize(("language", "caption"), _CAPTIONED)
def test_short_lead_under_caption_is_the_story(
    language: str, caption: list[str], count: int, blank: bool
) -> None:
    """The caption keeps its credit; the short paragraphs under it open the
    body, none said (silently lost before). One sentence alone under the
    caption is left out and said, as before silent67: naming the story's
    words, it may as well be a gallery's next caption with no credit or a
    teaser (review66c), and kept it was in the body unsaid."""
    head, sign, lead, story, links = _PAGES[language]
    (read,) = wirestory.parse(
        _page([*head, *sign, *caption, *lead[:count], *story, *links], blank=blank)
    )
    # Each caption here is one sentence, its credit after it.
    assert [c.text for c in read.captions] == [caption[0].split(".")[0] + "."]
    if count == 1:
        assert list(read.body) == story
        assert "sentence-over-story-left-out" in _codes(read)
        return
    assert list(read.body) == [*lead[:count], *story]
    assert "sentence-over-story-left-out" not in _codes(read)


@pytest.mark.parametrize("blank", [False, True], ids=["one-a-line", "blank-lines"])
def test_two_captions_over_the_lead(blank: bool) -> None:
    """Two photos, each captioned with its credit, over the short lead."""
    head, sign, lead, story, links = _PAGES["en"]
    captions = [
        "The new bridge over the river.  Vale Post/Tom Lund",
        "The old ferry at its last crossing.  Vale Post/Tom Lund",
    ]
    (read,) = wirestory.parse(_page([*head, *sign, *captions, *lead, *story, *links], blank=blank))
    assert list(read.body) == [*lead, *story]
    assert [c.text for c in read.captions] == [
        "The new bridge over the river.",
        "The old ferry at its last crossing.",
    ]


def _en(middle: list[str], lead: int = 2) -> wirestory.Story:
    head, sign, short, story, links = _PAGES["en"]
    (read,) = wirestory.parse(
        _page(
            [
                *head,
                *sign,
                "The new bridge over the river.  Vale Post/Tom Lund",
                *middle,
                *short[:lead],
                *story,
                *links,
            ]
        )
    )
    return read


@pytest.mark.parametrize(
    "middle",
    [
        ["Share", "Tweet", "Email"],
        ["Listen to this article", "4 min"],
        ["1 / 5"],
        ["Read more: Tolls on the old bridge will rise in May."],
    ],
    ids=["share-bar", "listen", "gallery-count", "read-more"],
)
def test_lead_under_other_header_lines_is_said(middle: list[str]) -> None:
    """Under a share bar, a player's label, a gallery's count or a link
    between the caption and the lead, the lead is left out as before (the
    form cannot tell it from a box's sentences), said now."""
    read = _en(middle)
    _, _, _, story, _ = _PAGES["en"]
    assert list(read.body) == story
    assert "sentence-over-story-left-out" in _codes(read)
    for line in middle:
        assert line not in read.body


def test_lead_under_header_lines_without_caption_is_said() -> None:
    """The same with no caption: a share bar between the date line and a
    lead of two sentences left them out, silently."""
    head, sign, short, story, links = _PAGES["en"]
    (read,) = wirestory.parse(
        _page([*head, *sign, "Share", "Tweet", "Email", *short[:2], *story, *links])
    )
    assert list(read.body) == story
    assert "sentence-over-story-left-out" in _codes(read)


@pytest.mark.parametrize(
    "middle",
    [
        ["Share", "Tweet", "Email"],
        ["Listen to this article", "4 min"],
        ["Related", "Tolls on the old bridge to rise in May", "Ferry crews vote to strike"],
        ["Read more: Tolls on the old bridge will rise in May."],
        [
            "Read more: Tolls on the old bridge will rise in May.",
            "Read more: Ferry crews vote to strike over their pay.",
        ],
        ["This article is more than two years old."],
    ],
    ids=["share-bar", "listen", "teasers", "read-more", "two-read-more", "notice"],
)
def test_furniture_under_caption_stays_out(middle: list[str]) -> None:
    """Neighbours: the header's furniture right under the caption, over a
    story with no short lead, stays out of the body, unsaid. Two links'
    sentences (``Read more: …``) read as a run of short sentences and are
    said left out (review66c: a label's colon among a sentence's first
    words, which kept them out of the run, also cut a lead quoting its
    speaker, ``Mayor Hale said: …``, silently)."""
    read = _en(middle, lead=0)
    _, _, _, story, _ = _PAGES["en"]
    assert list(read.body) == story
    said = "sentence-over-story-left-out" in _codes(read)
    assert said == (sum(line.startswith("Read more:") for line in middle) >= 2)


def test_notice_and_pitch_under_caption_stay_out_said() -> None:
    """Two sentences under the caption that name none of the story's words
    (a site's notice and its newsletter's pitch) are no lead: left out, said
    (a lede would name the bridge and the river)."""
    read = _en(
        ["This article is more than two years old.", "Sign up for our morning newsletter today."],
        lead=0,
    )
    _, _, _, story, _ = _PAGES["en"]
    assert list(read.body) == story
    assert "sentence-over-story-left-out" in _codes(read)


def test_sentence_over_caption_is_no_lead() -> None:
    """A sentence over the caption (a deck, the photo's alt text) is none of
    the lead under it: the lead under the caption is cut off from the date
    line, left out and said, the sentence over the caption too."""
    head, sign, short, story, links = _PAGES["en"]
    caption = "The new bridge over the river.  Vale Post/Tom Lund"
    (read,) = wirestory.parse(_page([*head, *sign, short[0], caption, *short[1:3], *story, *links]))
    assert list(read.body) == story
    assert "sentence-over-story-left-out" in _codes(read)


def test_one_sentence_naming_no_story_word_under_caption_is_said() -> None:
    """One sentence under the caption naming none of the story's words is
    left out and said, as before (``_flag_sentence_over_story``)."""
    read = _en(["Cars queued at the toll gates for an hour."], lead=0)
    _, _, _, story, _ = _PAGES["en"]
    assert list(read.body) == story
    assert "sentence-over-story-left-out" in _codes(read)


def test_lead_without_caption_unchanged() -> None:
    """silent65's reading with no caption stays: two short sentences or more
    under the date line are the story's, one alone is said."""
    head, sign, short, story, links = _PAGES["en"]
    (read,) = wirestory.parse(_page([*head, *sign, *short[:2], *story, *links]))
    assert list(read.body) == [*short[:2], *story]
    (one,) = wirestory.parse(_page([*head, *sign, short[0], *story, *links]))
    assert list(one.body) == story
    assert "sentence-over-story-left-out" in _codes(one)


def test_caption_over_byline_unchanged() -> None:
    """A caption between the headline and the byline stands outside the
    walk: silent65's rule reads the lead under the date line as before."""
    head, sign, short, story, links = _PAGES["en"]
    caption = "The new bridge over the river.  Vale Post/Tom Lund"
    (read,) = wirestory.parse(_page([*head, caption, *sign, *short[:2], *story, *links]))
    assert list(read.body) == [*short[:2], *story]
