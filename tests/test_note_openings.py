"""The notes' openings: a paragraph is searched for the notes of a word it
holds only when it opens as one of them must (issue #17, the speed37w round).

``Knowledge.note_phrases`` are patterns; most of the defaults are anchored
notices on the story (``^this (?:story|article) (?:first|originally)
appeared …``) whose word stands in many of a story's sentences (``He
appeared in court``). ``trailers.note_openings`` reads the literal letters
after each alternative's ``^`` from the pattern's source, and
``_holds_note`` turns a paragraph not opening with one of them down without
the notes' pattern. These hold that sieve to the search it spares: whatever
the pattern's form (sets, escapes, groups, quantifiers, inline flags), a
text the pattern matches opens, case-folded, with one of the openings read
from it; the default notes find what the whole search finds; and each
letter an opening is read from matches, case-blind, only characters that
fold to it alone, ``İ`` aside (let through).
"""

from __future__ import annotations

import sys

import attrs
import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from wirestory.knowledge import DEFAULT_KNOWLEDGE, Knowledge
from wirestory.trailers import classify_trailer, note_openings

# The default notes, each in a group of its own: they match what they
# match, and no opening is read of them (an alternative opening with ``(``),
# so classify_trailer searches them as it did before the sieve.
_UNSIEVED = attrs.evolve(
    DEFAULT_KNOWLEDGE,
    note_phrases=tuple((word, f"(?:{phrase})") for word, phrase in DEFAULT_KNOWLEDGE.note_phrases),
)
# The characters an opening is read from, as note_openings reads them: each
# printable ASCII character that a one-character opening is read of.
_OPENING_CHARACTERS = [
    character
    for character in map(chr, range(0x20, 0x7F))
    if note_openings([f"^{character}z"]) == (f"{character}z",)
]


def test_each_opening_letter_matches_only_what_folds_to_it() -> None:
    """Every character a letter or the space of an opening matches under
    IGNORECASE folds to that letter alone, but ``İ`` (folded to two
    characters), which ``_holds_note`` searches whatever it opens with.
    (Not so of capitals: ``I`` matches the dotless ``ı``, which folds to
    itself; an opening stops at a capital.)"""
    everything = "".join(
        chr(point) for point in range(sys.maxunicode + 1) if not 0xD800 <= point <= 0xDFFF
    )
    odd = []
    assert len(_OPENING_CHARACTERS) == 27  # the small letters and the space
    for letter in _OPENING_CHARACTERS:
        pattern = regex.compile(regex.escape(letter), regex.IGNORECASE)
        odd += [
            (letter, found.group())
            for found in pattern.finditer(everything)
            if found.group().casefold() != letter.casefold()
        ]
    assert odd == [("i", "\u0130")]


def test_openings_read_from_the_default_notes() -> None:
    """The anchored defaults give their openings; a note that may match
    anywhere, or opens with an optional group or a set, gives none."""
    phrases: dict[str, list[str]] = {}
    for word, phrase in DEFAULT_KNOWLEDGE.note_phrases:
        phrases.setdefault(word, []).append(phrase)
    openings = {word: note_openings(found) for word, found in phrases.items()}
    assert openings["appeared"] == ("this ",)
    assert openings["correction"] == ("correction",)  # ``corrections?``: the s may be missing
    assert openings["version of this"] == ("a",)  # ``an?``
    assert openings["follow"] is None  # not anchored
    assert openings["appears in"] is None  # ``^(?:a version of )?this``
    assert openings["et al"] is None  # ``^[^\s,]{2,30}``


@pytest.mark.parametrize(
    ("phrases", "expected"),
    [
        ([r"^ab|cd"], None),
        ([r"^this (?:story|article) appeared"], ("this ",)),
        ([r"^corrections?\s*:"], ("correction",)),
        ([r"^ab{0,2}c", r"^xy*"], ("a", "x")),
        ([r"^abc+d"], ("ab",)),
        ([r"^a\|b"], ("a",)),  # an escaped bar: one alternative
        ([r"^ab[|(]c|^de"], ("ab", "de")),  # a set holding a bar and a parenthesis
        ([r"^ab[]|]c"], ("ab",)),  # ``]`` first in a set is itself
        ([r"^ab[^]|]c"], ("ab",)),
        ([r"^ab(?:c|d)|^ef"], ("ab", "ef")),
        ([r"^ab|"], None),  # the empty alternative matches anywhere
        ([r"^(?m)ab"], None),
        ([r"(?m)^ab"], None),
        ([r"^ab(?x) c"], None),
        ([r"^ab(?#note)"], None),
        ([r"^ab[[:alpha:]]"], None),
        ([r"^ab(c"], None),
        ([r"^ab)c"], None),
        ([r"^\w+ab"], None),
        ([r"^(?:ab)"], None),
        ([r"\Aab"], None),
        ([r"^This story"], None),  # a capital ends the opening: none of its own
        ([r"^tHis"], ("t",)),
    ],
)
def test_openings_of_each_form(phrases: list[str], expected: tuple[str, ...] | None) -> None:
    """Each form of a pattern's source gives the openings it must start with,
    or None where the cut does not read it."""
    assert note_openings(phrases) == expected


_ATOMS = st.one_of(
    st.sampled_from(list("abcisStTI ")),
    st.sampled_from(["\\|", "\\(", "\\s", "\\b", ".", "[|(]", "[]a]", "[^)]", "\\w", "ſ"]),
)


@st.composite
def _phrases(draw: st.DrawFn) -> str:
    """A note's pattern: alternatives of atoms, groups and quantifiers, most
    anchored."""
    alternatives = []
    for _ in range(draw(st.integers(1, 3))):
        parts = ["^"] if draw(st.booleans()) or draw(st.booleans()) else []
        for _ in range(draw(st.integers(0, 6))):
            atom = draw(_ATOMS)
            if draw(st.integers(0, 4)) == 0:
                atom = f"(?:{atom}|{draw(_ATOMS)})"
            parts.append(atom + draw(st.sampled_from(["", "", "", "?", "*", "+", "{0,2}", "{1}"])))
        alternatives.append("".join(parts))
    return "|".join(alternatives)


@given(
    phrases=st.lists(_phrases(), min_size=1, max_size=2),
    text=st.text(alphabet="abcistSTIİıſ K|()\u0307", max_size=12),
)
@example(phrases=["^this"], text="thİs")
@example(phrases=["^ts"], text="Tſ")
@example(phrases=["^tIs"], text="tıs")
def test_a_text_a_pattern_matches_opens_with_an_opening(phrases: list[str], text: str) -> None:
    """Whatever the pattern's form, a text it matches (case-blind, from its
    start, as ``_holds_note`` searches) opens, case-folded, with one of the
    openings read from it, or holds ``İ``."""
    openings = note_openings(phrases)
    matched = regex.search("|".join(phrases), text, regex.IGNORECASE) is not None
    if matched and openings is not None:
        assert text.casefold().startswith(openings) or "\u0130" in text


_NOTES = [
    "This story first appeared in Vale Life.",
    "THIS STORY FIRST APPEARED IN VALE LIFE.",
    "Thİs story first appeared in Vale Life.",
    "Thiſ story first appeared in Vale Life.",
    "This report by The Vale Press was first published June 5.",
    "Correction: An earlier version of this story misstated the date.",
    "Corrections - an earlier version of this story gave the wrong name.",
    "An earlier version of this story misspelled the mayor's name.",
    "This interview has been edited for length and clarity.",
    "He appeared in court on Monday and was first published in 2019.",
    "Ministers said this story first appeared in the paper.",
    "For more news, visit the site.",
]


@given(
    note=st.sampled_from(_NOTES),
    before=st.sampled_from(["", " ", "A ", "“"]),
    after=st.sampled_from(["", " Details were added.", " residents recalled."]),
)
def test_default_notes_find_what_the_whole_search_finds(note: str, before: str, after: str) -> None:
    """classify_trailer with the openings reads a paragraph as the search of
    every note of a word it holds does (the notes in groups: no opening)."""
    text = before + note + after
    assert classify_trailer(text) == classify_trailer(text, knowledge=_UNSIEVED)


def test_a_user_note_without_an_anchor_is_searched_anywhere() -> None:
    """A note of the user's that may match anywhere (no ``^``) is found in
    the middle of a paragraph: no opening is asked of it."""
    knowledge = Knowledge(note_phrases=(("syndicated", r"was syndicated by"),))
    trailer = classify_trailer("The column was syndicated by Vale Media.", knowledge=knowledge)
    assert trailer is not None
    assert trailer.kind == "note"
