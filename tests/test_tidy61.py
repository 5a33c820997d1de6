"""tidy61: the last session's cleanup list, each probed with invented text.
Every text is invented.

- A figure glued to a word's last small letter (``an mp3``, ``the h2 bus``)
  was read as a footnote's marker, and silenced ``notes-may-be-list`` on a
  story's own list numbered in square brackets under it. A glued figure is
  a flattened superscript only in a series of them: the notes' first
  number glued too (``stage1,`` … ``wall2.``).
- The photo label's and credit mark's sieves let every line opening with a
  label's first letter through to the case-insensitive match, and Hausa's
  ``Hoto`` and Somali's ``Sawir`` made ``Home`` and ``Share`` such lines: a
  line's first three characters are asked now, once a head, as the
  pattern's partial match. The sieve turns down no line either pattern
  matches.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from story_checks import codes as _codes

import wirestory
from wirestory.captions import credit_mark, heads_may_open, is_credit_line, photo_label
from wirestory.knowledge import DEFAULT_KNOWLEDGE, Knowledge

# --- 2. A word ending in figures is no footnote's marker --------------------------------

_LIBRARY = (
    "The town library will lend audiobooks from next month, the council said on Tuesday, "
    "after readers asked for {word} copies of the most popular titles.",
    "Librarians said the scheme would cost little, as the books are stored online and each "
    "loan ends by itself after three weeks.",
    "Readers who want to join should bring a card and a photo to the front desk, where "
    "staff can help them set up the service.",
)
_STEPS = (
    "[1] Bring your library card to the desk.",
    "[2] Choose a password for the service.",
    "[3] Download the reading app on your phone.",
)


def _library_page(word: str, steps: tuple[str, ...] = _STEPS) -> str:
    """A page with ``word`` in the story's first paragraph and the story's
    own steps, numbered in square brackets, under its last."""
    body = [p.format(word=word) for p in _LIBRARY]
    return (
        "Library to lend audiobooks - The Valley Post\nHome\nNews\n\n"
        "Library to lend audiobooks from next month\n\nBy Ann Lee\nMay 6, 2025\n\n"
        + "\n\n".join([*body, *steps])
        + "\n\nAbout us\nContact\n"
    )


@pytest.mark.parametrize(("word", "steps"), [("mp3", _STEPS), ("h2", _STEPS[:2])])
def test_a_word_ending_in_figures_leaves_a_bracketed_list_said(
    word: str, steps: tuple[str, ...]
) -> None:
    # Before: ``mp3`` read as the marker of ``[3]`` (``h2``: of ``[2]``),
    # the list's lines under the story kept as notes, silently.
    [story] = wirestory.parse(_library_page(word, steps))
    assert len(story.body) == len(_LIBRARY)
    assert "notes-may-be-list" in _codes(story)


def test_glued_markers_from_the_first_note_on_still_say_nothing() -> None:
    # Guard: flattened superscripts (``desk1,`` … ``service2.``) mark the notes.
    text = (
        _library_page("more")
        .replace("the front desk,", "the front desk1,")
        .replace("up the service.", "up the service2.")
    )
    [story] = wirestory.parse(text)
    assert "notes-may-be-list" not in _codes(story)


# --- 4. The heads of the photo label and the credit marks ------------------------------

# A user's labels beside the default's: outside ASCII, with letters whose
# case variants are ASCII letters (the Kelvin sign, the long s, the dotted
# and dotless i), one of one character, and one of two words.
_ODD_KNOWLEDGE = attrs.evolve(
    DEFAULT_KNOWLEDGE,
    photo_labels=(*DEFAULT_KNOWLEDGE.photo_labels, "Фото", "\u212aamera", "ſnap", "İmaj", "x"),
    copyright_labels=(*DEFAULT_KNOWLEDGE.copyright_labels, "Ho copyright"),
)
_KNOWLEDGES = (DEFAULT_KNOWLEDGE, _ODD_KNOWLEDGE)


def _label_opened(knowledge: Knowledge) -> st.SearchStrategy[str]:
    """Lines opening with a photo or copyright label of ``knowledge`` (or a
    piece of one), in any case, after white space or a bracket at times, then
    a label's end or prose."""
    labels = [*knowledge.photo_labels, *knowledge.copyright_labels, "courtesy of"]
    cased = st.sampled_from(labels).flatmap(
        lambda label: st.sampled_from(
            [label, label.upper(), label.lower(), label.title(), label[:1], label[:2], label[1:]]
        )
    )
    return st.builds(
        lambda lead, label, end, rest: lead + label + end + rest,
        st.sampled_from(["", "", " ", "(", "[", "\t", "\u00a0"]),
        cased,
        st.sampled_from(["", ":", " by", "s:", " credit:", " AFP", "...", "\u2026", " courtesy "]),
        st.text(alphabet="abcKSſıİ :.()-", max_size=12),
    )


def _heads_agree(text: str, knowledge: Knowledge) -> None:
    """Neither head sieve turns down a line its pattern matches."""
    may = heads_may_open(text, knowledge=knowledge)
    if photo_label(text, knowledge=knowledge) is not None:
        assert may["photo_label"], text
    if credit_mark(text, knowledge=knowledge) is not None:
        assert may["credit_mark"], text


@pytest.mark.parametrize("knowledge", _KNOWLEDGES, ids=["default", "odd-labels"])
@given(data=st.data())
def test_head_sieves_turn_down_no_line_their_pattern_matches(
    knowledge: Knowledge, data: st.DataObject
) -> None:
    text = data.draw(st.one_of(_label_opened(knowledge), st.text(max_size=8)))
    _heads_agree(text, knowledge)
    _heads_agree(text.strip(), knowledge)


@pytest.mark.parametrize("knowledge", _KNOWLEDGES, ids=["default", "odd-labels"])
def test_head_sieves_on_every_short_opening_of_label_letters(knowledge: Knowledge) -> None:
    """Every opening of up to three characters from the letters of the
    labels opening with ``H``, ``S``, ``P`` and ``C`` and of the menu's
    ``Home`` and ``Share``, white space, brackets and the letters whose case
    variants are ASCII, alone and before a label's end."""
    letters = "hotsawirpcuremHOTSAWIRPCUREM"
    chars = [*letters, " ", "(", "[", ":", "\u212a", "ſ", "ı", "İ"]
    for first in chars:
        for second in chars:
            for third in ["", *chars]:
                for end in ("", ":", "o: AFP", "s by Jane Roe", " AFP"):
                    _heads_agree(first + second + third + end, knowledge)


def test_head_sieves_turn_down_a_menu_opening_like_a_rare_label() -> None:
    """``Home`` and ``Share`` open with the first letters of ``Hoto`` and
    ``Sawir``, but no match opens ``Hom`` or ``Sha``; the labels' lines and
    a line opening with white space still reach the match."""
    both = {"photo_label": True, "credit_mark": True}
    for _ in range(2):
        assert heads_may_open("Home") == {"photo_label": False, "credit_mark": False}
        assert heads_may_open("Share") == {"photo_label": False, "credit_mark": False}
        assert heads_may_open("Hoto: Labaran Arewa") == both
        assert heads_may_open("Sawir: Jane Roe") == both
    assert heads_may_open("  Hoto: AFP")["photo_label"]
    assert is_credit_line("Hoto: Labaran Arewa")
    assert not is_credit_line("Home")
