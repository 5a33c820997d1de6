"""tidy61: the last session's cleanup list, each probed with invented text.
Every text is invented.

- A figure glued to a word's last small letter (``an mp3``, ``the h2 bus``)
  was read as a footnote's marker, and silenced ``notes-may-be-list`` on a
  story's own list numbered in square brackets under it. A glued figure is
  a flattened superscript only in a series of them: the notes' first
  number glued too (``stage1,`` … ``wall2.``).
"""

from __future__ import annotations

import pytest

import wirestory


def _codes(story: wirestory.Story) -> list[str]:
    return [d.code for d in story.diagnostics]


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
