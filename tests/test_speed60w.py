"""The speed60w round: a note's pattern searched only where it may match (#17).

A trailer's notes are searched for only in a paragraph holding their word
(``published``, ``appeared``), and each word's notes are compiled when a
paragraph first holds it. Wire copy's body paragraphs hold those words as
prose (``The council published its accounts``), while the notes holding
them are anchored notices (``This story was first published in …``): a
word whose notes all open with known letters is now searched, and its
pattern compiled, only for a paragraph opening with one of them. The
opening read from a note's pattern must be one every match needs: these
notes stand at the reading's edges (a letter under a quantifier, a branch
outside the groups, an inline flag carried into the next note, an
escaped bracket, a capital ``İ``) and must still be found. Every text here
is invented.
"""

from __future__ import annotations

from typing import Any

import pytest
import regex

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


def test_prose_holding_a_notes_word_compiles_no_note_pattern(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A body paragraph holding the word of an anchored note, not opening
    with the note's letters, is not searched: its pattern is not compiled."""
    note = r"^this story was (?:first )?published\b"
    knowledge = _knowledge(("published", note))
    compiled: list[str] = []
    compile_pattern = regex.compile

    def recording(pattern: str, *args: Any, **kwargs: Any) -> Any:
        compiled.append(pattern)
        return compile_pattern(pattern, *args, **kwargs)

    monkeypatch.setattr(regex, "compile", recording)
    assert _kind("The council published its accounts on Monday, a week late.", knowledge) is None
    assert compiled  # the record's other trailer patterns, built at its first paragraph
    assert note not in compiled
    assert _kind("This story was first published in the Vale Gazette.", knowledge) == "note"
    assert note in compiled


def test_a_note_opening_with_its_letters_is_found() -> None:
    knowledge = _knowledge(("published", r"^this story was (?:first )?published\b"))
    assert (
        _kind("This story was first published in the Vale Gazette.", knowledge=knowledge) == "note"
    )


def test_a_letter_under_a_quantifier_is_not_needed() -> None:
    """``^wire desks?:`` opens with ``wire desk``: the ``s`` may be absent."""
    knowledge = _knowledge(("wire desk", r"^wire desks?:"))
    assert _kind("Wire desk: corrects the spelling of a name.", knowledge=knowledge) == "note"


def test_a_branch_outside_the_groups_may_match_anywhere() -> None:
    """The second branch of ``^this copy …|\\bfiled …`` needs no opening."""
    knowledge = _knowledge(
        ("filed by the desk", r"^this copy was filed by the desk|\bfiled by the desk at\b")
    )
    assert _kind("Copy filed by the desk at noon.", knowledge=knowledge) == "note"


def test_an_escaped_bracket_opens_no_set() -> None:
    """``\\[`` is a bracket, not a set: the ``|`` after it is outside the
    groups, and the second branch needs no opening."""
    knowledge = _knowledge(("filed by the desk", r"^desk note \[1\]|filed by the desk"))
    assert _kind("Copy filed by the desk.", knowledge=knowledge) == "note"


def test_an_inline_flag_carried_into_the_next_note() -> None:
    """The notes of a word are one alternation: an ``x`` flag at the end of
    one note ignores the spaces of the next, which then matches its letters
    run together, and its opening (``wire copy filed``) is not needed."""
    knowledge = _knowledge(
        ("filed", r"^desk filed(?x) "),
        ("filed", r"^wire copy filed"),
    )
    assert _kind("Wirecopyfiled by the desk.", knowledge=knowledge) == "note"


def test_a_capital_dotted_i_reads_every_opening_as_possible() -> None:
    """IGNORECASE matches ``İ`` to ``i``, where ``casefold()`` makes it two
    characters (``i̇``): the paragraph's folded text no longer opens with
    ``this ``, and the note is still searched for."""
    assert _kind("THİS STORY FIRST APPEARED IN THE VALE GAZETTE.") == "note"


def test_a_bracket_first_in_a_set_is_its_member() -> None:
    """``[]([]`` is one set (a ``]`` right after ``[`` is a member), and the
    ``(`` in it opens no group: the ``|`` after it is outside the groups."""
    knowledge = _knowledge(("filed by the desk", r"^desk note []([]|filed by the desk"))
    assert _kind("Copy filed by the desk.", knowledge=knowledge) == "note"


def test_each_branch_of_an_opening_group_is_an_opening() -> None:
    """``^(?:wire desks?|night desk)``: either branch may open the note, and
    the ``s`` under its quantifier may be absent."""
    knowledge = _knowledge(("desk", r"^(?:wire desks?|night desk):"))
    assert _kind("Wire desk: corrects a name.", knowledge) == "note"
    assert _kind("Night desk: corrects a name.", knowledge) == "note"
    assert _kind("The desk stayed open all night.", knowledge) is None


def test_an_optional_opening_group_needs_no_opening() -> None:
    """``^(?:the )?wire desk``: the group may be absent, and the note then
    opens with ``wire desk``."""
    knowledge = _knowledge(("wire desk", r"^(?:the )?wire desk:"))
    assert _kind("Wire desk: corrects a name.", knowledge) == "note"


def test_a_second_branch_of_the_word_s_note_opens_on_its_own() -> None:
    """``^this copy …|^(?:answers|replies) …``: each branch's openings."""
    knowledge = _knowledge(
        ("edited", r"^this copy has been edited\b|^(?:answers|replies) have been edited\b")
    )
    assert _kind("Replies have been edited for length.", knowledge) == "note"
    assert _kind("This copy has been edited for length.", knowledge) == "note"
