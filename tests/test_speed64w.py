"""The speed64w round: a note opening with an optional group read for its openings (#17).

A word's notes are searched for, and compiled, only in a paragraph opening
with one of their openings (the speed60w round). A note opening with an
optional group (``^(?:please )?see …, page 4``, ``^(?:foot|end)?notes``,
``^(?:the )?(?:views|opinions) expressed …``) was read as opening with
anything, so every paragraph holding its word (``their Facebook page``)
compiled and searched it. Its openings are now the group's branches and
what follows the group. Every text here is invented.
"""

from __future__ import annotations

from typing import Any

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import wirestory
from wirestory.knowledge import DEFAULT_KNOWLEDGE
from wirestory.trailers import classify_trailer


def _knowledge(*phrases: tuple[str, str]) -> wirestory.Knowledge:
    """A record of its own (its own compiled notes) holding ``phrases``."""
    return wirestory.Knowledge(note_phrases=phrases)


def _kind(paragraph: str, knowledge: wirestory.Knowledge = DEFAULT_KNOWLEDGE) -> str | None:
    """The kind of trailer ``paragraph`` is, or None for body text."""
    trailer = classify_trailer(paragraph, knowledge=knowledge)
    return None if trailer is None else trailer.kind


def test_prose_holding_the_word_of_a_note_opening_with_an_optional_group(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A body paragraph holding ``page`` as prose, not opening with
    ``please `` or ``see ``, compiles no note pattern; the notes are found."""
    note = r"^(?:please )?see [^,]{1,40}+, page \d{1,3}$"
    knowledge = _knowledge(("page", note))
    compiled: list[str] = []
    compile_pattern = regex.compile

    def recording(pattern: str, *args: Any, **kwargs: Any) -> Any:
        compiled.append(pattern)
        return compile_pattern(pattern, *args, **kwargs)

    monkeypatch.setattr(regex, "compile", recording)
    assert (
        _kind("In a clip posted to the club's Facebook page, the coach thanked fans.", knowledge)
        is None
    )
    assert compiled  # the record's other trailer patterns, built at its first paragraph
    assert note not in compiled
    assert _kind("Please see Harbour works, page 4", knowledge) == "note"
    assert note in compiled
    assert _kind("See Harbour works, page 4", knowledge) == "note"


def test_the_group_absent_the_note_opens_with_what_follows() -> None:
    """``^(?:foot|end)?notes:?$``: ``Notes:`` alone is the note too."""
    knowledge = _knowledge(("notes", r"^(?:foot|end)?notes:?$"))
    assert _kind("Notes:", knowledge) == "note"
    assert _kind("Endnotes", knowledge) == "note"
    assert _kind("Footnotes:", knowledge) == "note"
    assert _kind("The minister's notes were lost.", knowledge) is None


def test_a_group_after_the_optional_group_gives_its_branches() -> None:
    """``^(?:the )?(?:views|opinions) expressed``: each branch of the second
    group opens the note when the first is absent."""
    knowledge = _knowledge(("expressed", r"^(?:the )?(?:views|opinions) expressed here are mine"))
    assert _kind("Opinions expressed here are mine.", knowledge) == "note"
    assert _kind("Views expressed here are mine.", knowledge) == "note"
    assert _kind("The views expressed here are mine.", knowledge) == "note"


@pytest.mark.parametrize("mark", ["??", "?+"])
def test_a_lazy_or_possessive_optional_group(mark: str) -> None:
    """``(?:please )??see`` and ``(?:please )?+see`` are optional as ``?``."""
    knowledge = _knowledge(("wire desk", rf"^(?:please ){mark}see the wire desk\b"))
    assert _kind("See the wire desk for the times.", knowledge) == "note"
    assert _kind("Please see the wire desk for the times.", knowledge) == "note"


@pytest.mark.parametrize("quantifier", ["*", "{0,2}", "+"])
def test_a_repeated_group_is_not_read(quantifier: str) -> None:
    """A group under ``*``, ``+`` or a count is left to the search: the
    note is found whatever the paragraph opens with."""
    knowledge = _knowledge(("wire desk", rf"^(?:re: ){quantifier}see the wire desk\b"))
    assert _kind("Re: re: see the wire desk for the times.", knowledge) == "note"


def test_what_follows_the_group_opening_with_no_letter_needs_no_opening() -> None:
    """``^(?:the )?[^.]{0,20}desk``: what follows the group may open with
    anything, so the note is searched in every paragraph holding its word."""
    knowledge = _knowledge(("wire desk", r"^(?:the )?[^.]{0,20}wire desk filed\b"))
    assert _kind("Our night wire desk filed this copy.", knowledge) == "note"


# Paragraphs built of the default notes' openings and words, and prose:
# the opening sieve must turn down no paragraph a full search takes.
_PIECES = st.sampled_from(
    [
        "see ",
        "please ",
        "Please see ",
        "continued ",
        "the ",
        "The ",
        "views ",
        "opinions ",
        "expressed ",
        "here ",
        "are ",
        "those of the author",
        "foot",
        "end",
        "notes",
        ":",
        "a version of ",
        "this ",
        "This ",
        "article ",
        "appears in ",
        "the print edition ",
        "Harbour works, ",
        "page ",
        "4",
        "on ",
        "Facebook ",
        ".",
        " ",
    ]
)


@given(st.lists(_PIECES, min_size=1, max_size=12).map("".join))
def test_the_opening_sieve_agrees_with_the_full_search(paragraph: str) -> None:
    """Every default note searched whole (``Knowledge.note_phrases``, each
    with IGNORECASE) in every paragraph holding its word: a paragraph read
    as a note holds one, and one holding a note is read as a trailer (a
    note, or a form asked before the notes)."""
    text = paragraph.strip()
    if not text:
        return
    folded = text.casefold()
    full = any(
        word in folded and regex.search(phrase, text, regex.IGNORECASE) is not None
        for word, phrase in DEFAULT_KNOWLEDGE.note_phrases
    )
    kind = _kind(text)
    assert full or kind != "note"
    assert kind is not None or not full
