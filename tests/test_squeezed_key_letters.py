"""The squeezed phrase keys of the short lines outside ASCII (issue #17).

The page's short lines outside ASCII are keyed together: folded, then the
phrase noise (white space, punctuation, symbols, decimal digits) and the white
space ``str.split`` cuts at deleted. The ASCII noise is deleted on the UTF-8
bytes, and a line left of letters alone is taken as its key without the
pattern's scan. These hold that to each line's own phrase key without its
spaces, for lines of any characters: every class the pattern names, in ASCII
and outside it (no-break and ideographic spaces, curly quotes, dashes, ``©``,
``×``, Arabic-Indic and Devanagari digits), letters of every case and script,
combining marks and vowel signs (no letters, no noise), other numbers (``²``,
``Ⅻ``), lone surrogates and private use characters.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from wirestory.layouts.page import PHRASE_NOISE, phrase_key, squeezed_phrase_keys

_CHOSEN = (
    "aZ9 .:,!?'\"()-_/@#%&*+=<>[]{}|~`^$\\\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85"
    "\u00a0\u3000\u2009\u202f\u2028\u2029\u1680"
    "\u00a9\u00ae\u00b0\u00d7\u00a3\u20ac\u2022\u00b7\u2122\u2192\u2715\u00a7"
    "\u2018\u2019\u201c\u201d\u00ab\u00bb\u2013\u2014\u2026\u3001\u3002\u300c\uff01"
    "\u0663\u0967\uff11\u00b2\u216b\u2460"
    "\u00e9\u00c9\u00df\u1e9e\u0130\u0131\u017f\u0424\u0444\u4e2d\u3042\ud55c\u0639"
    "\u0301\u093e\u094d\u0915\u200d\u00ad\ue000\ue001\ud800\udfff\U0001f600"
)
_LINE_CHARACTERS = st.one_of(
    st.sampled_from(_CHOSEN),
    st.characters(exclude_categories=()),
)


@given(st.lists(st.text(_LINE_CHARACTERS, max_size=45), max_size=12))
@example(["\u0424\u043e\u0442\u043e:", "\u00a9 Reuters", "Espa\u00f1ol"])
@example(["\u0966\u0967\u0968", "\u0915\u093e", "a\u0301", "\u00b2"])
@example(["x\ud800", "\udfff", "\ud83d\ude00"])
@example(["\u0130LG\u0130L\u0130 HABERLER", "f\u00f3rmula 1", "\u00ab\u00bb"])
@example(["\u0424\u0430\u0301", "\u0663\u0664"])
def test_squeezed_keys_are_each_lines_key_without_spaces(texts: list[str]) -> None:
    """Each line's squeezed key is its phrase key without spaces, whichever
    characters it holds; a line holding the joining character leaves every
    line to be keyed alone."""
    if any("\ue000" in text for text in texts):
        assert squeezed_phrase_keys(texts) == [None] * len(texts)
    else:
        assert squeezed_phrase_keys(texts) == [phrase_key(text).replace(" ", "") for text in texts]


def test_no_letter_is_phrase_noise() -> None:
    """A line of letters alone holds no noise: no code point ``str.isalpha``
    takes for a letter is one the pattern drops (the two read different
    Unicode tables, Python's and the ``regex`` module's)."""
    letters = "".join(filter(str.isalpha, map(chr, range(0x110000))))
    assert PHRASE_NOISE.search(letters) is None
