"""alarm31: false alarms, diagnostics on readings that are right. A story's
real last section under a signpost heading, a short lede restating its
headline, a name of two given names borne as one over the date, a place and
its dash alone above a story naming it, a related-story prompt in sentence
case inside the body (``Lesen Sie auch:``) each carried a warning. Each probe
asserts the code is absent on the right reading; each twin asserts it still
fires on the wrong reading it was made for.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest
from news_pages import (
    LIBRARY_STORY,
    SPANISH_STORY,
    library_story,
    news_page,
    spanish_page,
)
from story_checks import codes as _codes

import wirestory

# --- A real last section under a signpost heading ---------------------------------

_LAST_SECTIONS = (
    (
        "What happens next?",
        "The council will meet again in May to vote on the plan, and residents may write "
        "to the mayor before then.",
    ),
    (
        "Next steps",
        "Residents can comment on the library plan at the town hall until the council "
        "votes in May.",
    ),
)


@pytest.mark.parametrize("tail", _LAST_SECTIONS)
def test_a_signpost_over_the_story_s_own_sentence_says_nothing(tail: tuple[str, str]) -> None:
    """A heading its one sentence does not repeat, the sentence naming the
    story's council, plan, mayor: the story's last section, doubted before."""
    story = library_story(*LIBRARY_STORY, *tail)
    assert story.body == (*LIBRARY_STORY, *tail)
    assert "closing-heading-may-be-teaser" not in _codes(story)


@pytest.mark.parametrize(
    "tail",
    [
        # A teaser's blurb tells its headline again (round 28's form).
        (
            "Council to review bus fares in May",
            "The council will review the fares of its bus routes in May, officials said.",
        ),
        (
            "Ferry fares rise",
            "The ferry operator will raise its fares in June, the harbour board said on "
            "Monday afternoon.",
        ),
        # A blurb naming none of the story's words, its heading not repeated.
        (
            "Weekend weather",
            "Rain is expected on Saturday across the coast, with sunshine returning on "
            "Sunday afternoon and evening.",
        ),
    ],
)
def test_a_teaser_under_the_story_is_still_doubted(tail: tuple[str, str]) -> None:
    story = library_story(*LIBRARY_STORY, *tail)
    assert story.body == (*LIBRARY_STORY, *tail)
    assert "closing-heading-may-be-teaser" in _codes(story)


# --- A short lede restating its headline ------------------------------------------


@pytest.mark.parametrize(
    "lede",
    [
        "PORT ELLIS, March 4 (Reuters) - The library is closing.",
        # Near miss, silent before and after: it shares the first paragraph's
        # "close the old library" word for word.
        "PORT ELLIS, March 4 - The old library will close.",
    ],
)
def test_a_short_lede_restating_the_headline_says_nothing(lede: str) -> None:
    """``The library is closing.`` under ``Council votes to close old
    library`` shares one word with the story's paragraphs by their letters;
    it tells the headline again in other forms of its words."""
    story = library_story(lede, *LIBRARY_STORY)
    assert story.body == (lede.partition(" - ")[2], *LIBRARY_STORY)
    assert story.dateline is not None
    assert "opening-may-be-teaser" not in _codes(story)


@pytest.mark.parametrize(
    "teaser",
    [
        # Round 28's teasers: one of the headline's words.
        "PORT ELLIS, March 4 - The council sets a new parking charge.",
        "HARBOURTON (AFP) - The council sets a new parking charge.",
        # Two of the headline's words, and one the story never names.
        "PORT ELLIS, March 4 - The harbour library is closing.",
    ],
)
def test_a_teaser_over_the_story_is_still_doubted(teaser: str) -> None:
    story = library_story(teaser, *LIBRARY_STORY)
    assert story.body[1:] == LIBRARY_STORY
    assert "opening-may-be-teaser" in _codes(story)


# --- Two given names borne as one over the date -----------------------------------


@pytest.mark.parametrize("name", ["Mary Ann Evans", "Jean Pierre Dupont", "José Luis García"])
def test_a_double_given_name_over_the_date_says_nothing(name: str) -> None:
    story = library_story(*LIBRARY_STORY, header=f"{name}\nMarch 4, 2025")
    assert story.byline is not None
    assert story.byline.names == (name,)
    assert "byline-name-may-be-phrase" not in _codes(story)


@pytest.mark.parametrize(
    "line",
    [
        "Floods Hit Towns",
        "Storm Closes Harbour Road",
        # The pair must open the name: a phrase after it is no name.
        "Harbour Mary Ann",
    ],
)
def test_a_phrase_over_the_date_is_still_doubted(line: str) -> None:
    story = library_story(*LIBRARY_STORY, header=f"{line}\nMarch 4, 2025")
    assert "byline-name-may-be-phrase" in _codes(story)


@pytest.mark.parametrize("name", ["María García López", "Pedro Sánchez Pérez"])
def test_a_given_name_and_two_family_names_on_aspanish_page_says_nothing(name: str) -> None:
    """A person bears two family names in Spanish, and its headlines and
    kickers are in sentence case: three capitalised words are a name."""
    story = spanish_page(f"{name}\n4 de marzo de 2025")
    assert story.byline is not None
    assert story.byline.names == (name,)
    assert story.body == SPANISH_STORY
    assert "byline-name-may-be-phrase" not in _codes(story)


def test_a_phrase_of_the_headline_s_words_on_aspanish_page_is_still_doubted() -> None:
    story = spanish_page("Biblioteca Cierra Sus Puertas\n4 de marzo de 2025")
    assert "byline-name-may-be-phrase" in _codes(story)


def _spanish_article(header: str) -> wirestory.Story:
    """The Spanish story's text with no page around it (read as wire copy)."""
    text = (
        "El ayuntamiento cierra la vieja biblioteca\n"
        + header
        + "\n\n"
        + "\n\n".join(SPANISH_STORY)
    )
    return wirestory.parse(text + "\n")[0]


def test_a_given_name_and_two_family_names_over_a_spanish_article_says_nothing() -> None:
    story = _spanish_article("María García López\n4 de marzo de 2025")
    assert story.byline is not None
    assert story.byline.names == ("María García López",)
    assert story.body == SPANISH_STORY
    assert "byline-name-may-be-phrase" not in _codes(story)


def test_a_phrase_of_the_headline_s_words_over_a_spanish_article_is_still_doubted() -> None:
    story = _spanish_article("Biblioteca Cierra Sus Puertas\n4 de marzo de 2025")
    assert "byline-name-may-be-phrase" in _codes(story)


def test_a_given_name_and_two_family_names_on_an_english_page_is_still_doubted() -> None:
    """Near miss, held: an English page's three capitalised words may be a
    kicker (``Floods Hit Towns``); no form tells ``Mary Roe Smith`` apart."""
    story = library_story(*LIBRARY_STORY, header="Mary Roe Smith\nMarch 4, 2025")
    assert "byline-name-may-be-phrase" in _codes(story)


# --- A place and its dash alone above a story that names it -----------------------

_IN_LONDON = (
    LIBRARY_STORY[0],
    "Members told reporters in London that the building had been unsafe for years.",
    *LIBRARY_STORY[2:],
)


def _under_label(label: str, paragraphs: tuple[str, ...]) -> wirestory.Story:
    text = f"Council votes to close old library\n\n{label}\n\n" + "\n\n".join(paragraphs) + "\n"
    return wirestory.parse(text)[0]


@pytest.mark.parametrize(
    ("label", "paragraphs"),
    [
        ("LONDON –", _IN_LONDON),
        ("NEW YORK —", tuple(p.replace("London", "New York") for p in _IN_LONDON)),
    ],
)
def test_a_place_the_story_names_says_nothing(label: str, paragraphs: tuple[str, ...]) -> None:
    story = _under_label(label, paragraphs)
    assert story.dateline is not None
    assert story.dateline.raw == label
    assert story.body == paragraphs
    assert "dateline-own-line" not in _codes(story)


@pytest.mark.parametrize(
    ("label", "paragraphs"),
    [
        # A section's label over a story naming its word as a common noun.
        (
            "WEATHER –",
            (
                "The weather turned cold in the north on Monday, with snow on the hills.",
                *LIBRARY_STORY[1:],
            ),
        ),
        (
            "MARKETS –",
            ("Shares fell in markets across Asia on Monday.", *LIBRARY_STORY[1:]),
        ),
        # A place the story does not name: nothing tells it from a label.
        ("LONDON –", LIBRARY_STORY),
    ],
)
def test_a_label_or_an_unnamed_place_is_still_doubted(
    label: str, paragraphs: tuple[str, ...]
) -> None:
    story = _under_label(label, paragraphs)
    assert story.dateline is not None
    assert story.dateline.raw == label
    assert "dateline-own-line" in _codes(story)


_ANKARA_STORY = (
    "Turkey's parliament voted on Tuesday to close the old national library in Ankara "
    "after a long debate about its roof.",
    "Members said the building had been unsafe for years and that a new branch would "
    "open near the station in the spring.",
)


def _page_under_place(place: str, paragraphs: tuple[str, ...], *, dash: bool) -> wirestory.Story:
    """A page whose place alone in capitals stands above the first paragraph:
    a block of its own, or the line right above it, its dash opening the
    paragraph (``ANKARA`` / ``– Turkey's parliament …``)."""
    first = f"{place}\n– {paragraphs[0]}" if dash else f"{place}\n\n{paragraphs[0]}"
    text = news_page(
        first,
        *paragraphs[1:],
        headline="Parliament votes to close old library",
        header="By Jane Roe\nMarch 4, 2025",
        site="The Vale Post",
        year=2025,
    )
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout="page"))
    return story


@pytest.mark.parametrize("dash", [False, True])
def test_a_place_alone_on_a_page_the_story_names_says_nothing(dash: bool) -> None:
    story = _page_under_place("ANKARA", _ANKARA_STORY, dash=dash)
    assert story.dateline is not None
    assert story.dateline.places == ("ANKARA",)
    assert story.body == _ANKARA_STORY
    assert "dateline-own-line" not in _codes(story)


@pytest.mark.parametrize("dash", [False, True])
@pytest.mark.parametrize(
    ("place", "paragraphs"),
    [
        # A place the story does not name.
        ("ANKARA", (_ANKARA_STORY[0].replace(" in Ankara", ""), _ANKARA_STORY[1])),
        # A section's label, the story naming another place.
        ("MARKETS", _ANKARA_STORY),
    ],
)
def test_a_place_alone_on_a_page_unnamed_is_still_doubted(
    place: str, paragraphs: tuple[str, ...], dash: bool
) -> None:
    story = _page_under_place(place, paragraphs, dash=dash)
    assert story.dateline is not None
    assert "dateline-own-line" in _codes(story)


# --- A related-story prompt in sentence case inside the body ----------------------

_GERMAN = (
    "Der Stadtrat hat am Dienstag beschlossen, die alte Bibliothek in der Mühlenstraße "
    "zu schließen, nachdem lange über das Dach gestritten worden war.",
    "Die Mitglieder sagten, das Gebäude sei seit Jahren unsicher und eine neue Filiale "
    "werde im Frühjahr am Bahnhof eröffnen.",
    "Die Anwohner können sich bis Ende des Monats zu dem Plan äußern, über den der Rat "
    "im Mai erneut abstimmen wird.",
    "Eine Sprecherin der Verwaltung wollte sich zu den Kosten am Mittwoch noch nicht "
    "äußern, kündigte aber eine Mitteilung an.",
)
_LINK = "Neue Buslinie fährt ab Juni zum Hafen"
_PROMPTS = ("Lesen Sie auch:", "Lire aussi :", "Leggi anche:", "Lea también:", "Leia também:")


def _german_page(*blocks: str) -> wirestory.Story:
    text = news_page(
        *blocks,
        headline="Stadtrat schließt alte Bibliothek",
        header="Von Anna Berg\n4. März 2025",
        site="Der Hafenbote",
        year=2025,
    )
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout="page"))
    return story


@pytest.mark.parametrize("prompt", _PROMPTS)
@pytest.mark.parametrize("own_line", [True, False])
def test_a_prompt_of_one_link_in_the_body_says_nothing(prompt: str, own_line: bool) -> None:
    """The prompt over its link (or before it on its line) between two
    paragraphs, the story going on under it in other words: no box of links."""
    promo = (prompt, _LINK) if own_line else (f"{prompt} {_LINK}",)
    story = _german_page(*_GERMAN[:2], *promo, *_GERMAN[2:])
    assert story.body == _GERMAN
    assert "story-runs-past-listing" not in _codes(story)


@pytest.mark.parametrize("prompt", _PROMPTS[:2])
def test_a_prompt_over_a_listing_is_still_doubted(prompt: str) -> None:
    """The same label over two headlines, a box of links: the prose under it,
    naming none of the story's words, may be their teasers."""
    story = _german_page(
        *_GERMAN[:2],
        prompt,
        _LINK,
        "Hafenfest lockt Tausende an die Kaimauer",
        *_GERMAN[2:],
    )
    codes = _codes(story)
    assert "story-runs-past-listing" in codes or "story-ended-at-listing" in codes


# --- A caption told by where its people stand, with no credit ----------------------


@pytest.mark.parametrize(
    "caption",
    [
        "(L-R) Jane Roe, Tom Hale and Ann Lee",
        "Harbour master Jane Roe (left) at the quay in 2016",
    ],
)
def test_a_caption_placing_its_people_in_the_photo_says_nothing(caption: str) -> None:
    """``(L-R)``, ``(left)``: the line points into a photo, which no body
    text nor standfirst does; that it prints no credit is no doubt of it."""
    story = library_story(LIBRARY_STORY[0], caption, *LIBRARY_STORY[1:])
    assert story.body == LIBRARY_STORY
    assert [c.text for c in story.captions] == [caption]
    assert "caption-without-credit" not in _codes(story)


@pytest.mark.parametrize(
    "caption",
    [
        # A credit glued on with no separator stays in the caption's text.
        "Harbour master Jane Roe (left) with Tom Hale AP",
        "Harbour master Jane Roe (left) at the quay Getty Images",
    ],
)
def test_a_placed_caption_ending_in_a_glued_credit_is_still_doubted(caption: str) -> None:
    story = library_story(LIBRARY_STORY[0], caption, *LIBRARY_STORY[1:])
    assert [c.credit for c in story.captions] == [None]
    assert "caption-without-credit" in _codes(story)


def test_an_unplaced_caption_with_no_credit_is_still_doubted() -> None:
    """Near miss, held: a caption the page told by other marks says so."""
    caption = "File photo: the old library's reading room"
    story = library_story(LIBRARY_STORY[0], caption, *LIBRARY_STORY[1:])
    assert [c.text for c in story.captions] == [caption]
    assert "caption-without-credit" in _codes(story)


# --- A French date line read as a writer (silent, found on the way) ---------------

_FRENCH = (
    "Le conseil municipal a voté mardi la fermeture de la vieille bibliothèque de la rue "
    "du Moulin, après un long débat sur sa toiture et le coût des travaux.",
    "Les élus ont indiqué que le bâtiment était dangereux depuis des années et qu'une "
    "nouvelle annexe ouvrirait près de la gare au printemps.",
    "Le maire a précisé que les livres seraient transférés dans la nouvelle annexe et "
    "qu'une salle de lecture resterait ouverte à la mairie.",
)


def _french_page(header: str) -> wirestory.Story:
    text = news_page(
        *_FRENCH,
        headline="Le conseil ferme la vieille bibliothèque",
        header=header,
        site="Le Phare",
        year=2025,
    )
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout="page"))
    return story


@pytest.mark.parametrize("header", ["Publié le 4 mars 2025", "Publié le 4 mars 2025 à 10h15"])
def test_a_french_date_line_alone_names_no_writer(header: str) -> None:
    """``Publié le`` (a date line's label, then ``le``, a name's particle as
    in ``Jean le Roux``) was the byline's name, silently."""
    story = _french_page(header)
    assert story.byline is None
    assert story.body == _FRENCH


@pytest.mark.parametrize(
    ("header", "names"),
    [
        ("Par Jean Dupont\nPublié le 4 mars 2025", ("Jean Dupont",)),
        ("Jean le Roux\n4 mars 2025", ("Jean le Roux",)),
    ],
)
def test_a_writer_over_a_french_date_line_holds(header: str, names: tuple[str, ...]) -> None:
    story = _french_page(header)
    assert story.byline is not None
    assert story.byline.names == names
    assert story.body == _FRENCH


# --- A columnist's closing question carrying the argument on ----------------------


@pytest.mark.parametrize(
    "question",
    [
        "So will the council listen this time?",
        "But who will pay for the roof?",
        "And what of the books?",
    ],
)
def test_a_closing_question_opening_with_a_conjunction_says_nothing(question: str) -> None:
    """A conjunction carries the story's argument on into its last question;
    no related story's headline opens with one."""
    story = library_story(*LIBRARY_STORY, question)
    assert story.body == (*LIBRARY_STORY, question)
    assert "story-ends-in-question" not in _codes(story)


@pytest.mark.parametrize(
    "question", ["Will the ferry run again?", "Will the council save the old library?"]
)
def test_a_headline_s_question_under_the_story_is_still_doubted(question: str) -> None:
    story = library_story(*LIBRARY_STORY, question)
    assert story.body[-1] == question
    assert "story-ends-in-question" in _codes(story)
