"""review31a: did alarm31's narrowing silence true alarms? Each narrowing
alarm31 made to cut a false alarm was read for the wrong readings it now
keeps quiet on: another story's teaser under the story's last heading naming
two of the story's words, a place's name or a title-case phrase over the date
read as a writer, a world region's section label or a street's name read as
the story's place, a related story's text read on under its one link, a
headline's question opening with an adverb. Each probe asserts the code fires
on the wrong reading; each near miss asserts it stays quiet on the right one
(alarm31's own probes are in ``test_alarm31.py``).

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from news_pages import (
    LIBRARY_STORY,
    SPANISH_HEADLINE,
    SPANISH_STORY,
    library_story,
    news_page,
    spanish_page,
)
from story_checks import codes as _codes

import wirestory

# --- Another story's teaser under the story's last heading -------------------------


@pytest.mark.parametrize(
    "tail",
    [
        # The blurb names the story's council and station, and its own square
        # and stalls; it repeats none of its heading's words.
        (
            "Harbour festival returns",
            "The town council will open the station square to food stalls in June, "
            "organisers said.",
        ),
        (
            "Bus fares rise",
            "The council will raise the cost of a ticket on every route in the spring, "
            "officials said.",
        ),
        (
            "Pool to shut for summer",
            "The council said the branch near the station would also lose its swimming "
            "lessons in June.",
        ),
    ],
)
def test_a_teaser_naming_two_story_words_is_doubted(tail: tuple[str, str]) -> None:
    story = library_story(*LIBRARY_STORY, *tail)
    assert story.body == (*LIBRARY_STORY, *tail)
    assert "closing-heading-may-be-teaser" in _codes(story)


@pytest.mark.parametrize(
    "tail",
    [
        (
            "What comes next",
            "Residents can write to the mayor about the plan before the council votes in May.",
        ),
        # A signpost of one word: the sentence may tell of new things.
        (
            "Reaction",
            "Opposition councillors called the vote a disgrace and said they would fight "
            "the closure.",
        ),
        (
            "Background",
            "The library opened on Mill Street in 1904 and was last repaired in the 1970s.",
        ),
    ],
)
def test_a_signpost_over_the_story_s_own_sentence_still_says_nothing(
    tail: tuple[str, str],
) -> None:
    """Near miss: the story's last section under a signpost, its sentence the
    story's words or its heading one word."""
    story = library_story(*LIBRARY_STORY, *tail)
    assert story.body == (*LIBRARY_STORY, *tail)
    assert "closing-heading-may-be-teaser" not in _codes(story)


# --- A place's name or a title-case phrase over the date --------------------------


@pytest.mark.parametrize(
    "line", ["Mary Ann Street", "Juan Carlos Stadium", "Jean Paul Bakery", "Anne Marie Cafe"]
)
def test_a_place_opening_with_double_given_names_is_doubted(line: str) -> None:
    """A street, a stadium or a shop named after a person over the date, read
    as a writer: its last word is a place's, no family name."""
    story = library_story(*LIBRARY_STORY, header=f"{line}\nMarch 4, 2025")
    assert "byline-name-may-be-phrase" in _codes(story)


def _spanish_article(header: str) -> wirestory.Story:
    text = f"{SPANISH_HEADLINE}\n{header}\n\n" + "\n\n".join(SPANISH_STORY) + "\n"
    return wirestory.parse(text)[0]


@pytest.mark.parametrize("read", [spanish_page, _spanish_article])
@pytest.mark.parametrize(
    "line",
    [
        # A region's section over the date: its particle in capitals.
        "Castilla La Mancha",
        "Noticias Del Puerto",
        # A place's name: its first word opens places' names.
        "San Luis Potosí",
    ],
)
def test_a_section_of_three_words_over_a_spanish_story_is_doubted(
    read: Callable[[str], wirestory.Story], line: str
) -> None:
    story = read(f"{line}\n4 de marzo de 2025")
    assert "byline-name-may-be-phrase" in _codes(story)


@pytest.mark.parametrize("read", [spanish_page, _spanish_article])
@pytest.mark.parametrize("name", ["María García López", "José Luis Rodríguez Pardo"])
def test_a_spanish_writer_over_the_date_still_says_nothing(
    read: Callable[[str], wirestory.Story], name: str
) -> None:
    """Near miss: a given name (or two) and two family names."""
    story = read(f"{name}\n4 de marzo de 2025")
    assert story.byline is not None
    assert story.byline.names == (name,)
    assert "byline-name-may-be-phrase" not in _codes(story)


# --- A region's label, or a street's name, read as the story's place --------------


def _under_label(label: str, second: str) -> wirestory.Story:
    paragraphs = (LIBRARY_STORY[0], second, *LIBRARY_STORY[2:])
    text = f"Council votes to close old library\n\n{label}\n\n" + "\n\n".join(paragraphs) + "\n"
    return wirestory.parse(text)[0]


@pytest.mark.parametrize(
    ("label", "second"),
    [
        # A site's section of world news; no dateline names a continent.
        ("EUROPE –", "Members told reporters in Europe that the building had been unsafe."),
        ("MIDDLE EAST –", "Members said libraries in Middle East cities faced the same cuts."),
        # "in London Road" names a street in any town, not London.
        ("LONDON –", "Members said a new branch would open in London Road in the spring."),
    ],
)
def test_a_label_the_story_seems_to_name_is_doubted(label: str, second: str) -> None:
    story = _under_label(label, second)
    assert story.dateline is not None
    assert story.dateline.raw == label
    assert "dateline-own-line" in _codes(story)


def test_a_region_alone_on_a_page_is_doubted() -> None:
    """The page's form: a region in capitals alone above the first paragraph."""
    paragraphs = (
        "Ministers voted on Tuesday to close the old national library after talks in Asia "
        "about its roof.",
        "Members said the building had been unsafe for years and that a new branch would "
        "open near the station in the spring.",
    )
    text = news_page(
        f"ASIA\n\n{paragraphs[0]}",
        paragraphs[1],
        headline="Parliament votes to close old library",
        header="By Jane Roe\nMarch 4, 2025",
        site="The Vale Post",
        year=2025,
    )
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout="page"))
    assert story.dateline is not None
    assert "dateline-own-line" in _codes(story)


@pytest.mark.parametrize(
    "second",
    [
        "Members told reporters in London, where the vote was held, that it was final.",
        "Members told reporters in London's town hall that the building was unsafe.",
    ],
)
def test_a_place_the_story_names_still_says_nothing(second: str) -> None:
    """Near miss: the place itself after "in", a comma or a possessive after it."""
    story = _under_label("LONDON –", second)
    assert story.dateline is not None
    assert "dateline-own-line" not in _codes(story)


# --- A related story's text read on under its one link ----------------------------

_FERRY_LINK = "Ferry fares to rise in June"
_FERRY = (
    "The ferry operator said on Monday that fares on the island route would rise by a "
    "fifth in June.",
    "Passengers have complained about delays on the crossing since the winter, when one "
    "of the two boats broke down.",
)


@pytest.mark.parametrize("prompt", ["Read more:", "RELATED:"])
@pytest.mark.parametrize("own_line", [True, False])
def test_a_link_s_story_read_on_under_its_prompt_is_doubted(prompt: str, own_line: bool) -> None:
    """The prose under the prompt tells its link's headline again (ferry,
    fares, June) and none of the story's words: the link's story glued on."""
    promo = (prompt, _FERRY_LINK) if own_line else (f"{prompt} {_FERRY_LINK}",)
    story = library_story(*LIBRARY_STORY[:2], *promo, *_FERRY)
    assert story.body == (*LIBRARY_STORY[:2], *_FERRY)
    assert "story-runs-past-listing" in _codes(story)


def test_a_german_link_s_story_read_on_under_its_prompt_is_doubted() -> None:
    german = (
        "Der Stadtrat hat am Dienstag beschlossen, die alte Bibliothek in der Mühlenstraße "
        "zu schließen, nachdem lange über das Dach gestritten worden war.",
        "Die Mitglieder sagten, das Gebäude sei seit Jahren unsicher und eine neue Filiale "
        "werde im Frühjahr am Bahnhof eröffnen.",
    )
    ferry = (
        "Die Reederei teilte am Montag mit, dass die Fahrpreise für die Fähre zur Insel im "
        "Juni um ein Fünftel steigen.",
        "Fahrgäste klagen seit dem Winter über Verspätungen, seit eines der beiden Schiffe "
        "ausgefallen ist.",
    )
    text = news_page(
        *german,
        "Lesen Sie auch:",
        "Fahrpreise für die Fähre steigen im Juni",
        *ferry,
        headline="Stadtrat schließt alte Bibliothek",
        header="Von Anna Berg\n4. März 2025",
        site="Der Hafenbote",
        year=2025,
    )
    [story] = wirestory.parse(text, options=wirestory.ParseOptions(layout="page"))
    assert story.body == (*german, *ferry)
    assert "story-runs-past-listing" in _codes(story)


@pytest.mark.parametrize("prompt", ["Read more:", "RELATED:"])
def test_the_story_going_on_under_a_prompt_still_says_nothing(prompt: str) -> None:
    """Near miss: the story goes on under the link in its own words."""
    story = library_story(*LIBRARY_STORY[:2], prompt, _FERRY_LINK, *LIBRARY_STORY[2:])
    assert story.body == LIBRARY_STORY
    assert "story-runs-past-listing" not in _codes(story)


# --- A headline's question opening with an adverb ---------------------------------


@pytest.mark.parametrize(
    "question", ["Yet another delay for the ferry?", "So much for the harbour plan?"]
)
def test_a_headline_s_question_opening_with_an_adverb_is_doubted(question: str) -> None:
    story = library_story(*LIBRARY_STORY, question)
    assert story.body[-1] == question
    assert "story-ends-in-question" in _codes(story)


def test_a_closing_question_opening_with_yet_the_conjunction_still_says_nothing() -> None:
    """Near miss: "Yet" carrying the writer's argument on."""
    question = "Yet who will pay for the roof?"
    story = library_story(*LIBRARY_STORY, question)
    assert story.body[-1] == question
    assert "story-ends-in-question" not in _codes(story)
