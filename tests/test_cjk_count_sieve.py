"""The CJK count's sieve (issue #17).

A block outside ASCII has its CJK characters (Han, Hiragana, Katakana)
counted only when one scan finds a character at U+2E80 (the CJK radicals) or
above in it. These hold the sieve to the count through ``guess_language``
(Japanese when the kana are more than a fifth of the CJK characters, else
Chinese, when those outnumber the tokens): a text of CJK characters from
every range, the radicals' too, beside characters outside ASCII below them
(``é``, curly quotes) or above them and no CJK (Hangul, emoji, full-width
forms), is read by its CJK characters, whichever come first.
"""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from wirestory.layouts.page import guess_language

_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]")

_CJK_CHARACTERS = st.one_of(
    st.characters(min_codepoint=0x2E80, max_codepoint=0x2FD5),
    st.characters(min_codepoint=0x3041, max_codepoint=0x30FA),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.characters(min_codepoint=0x20000, max_codepoint=0x2A6DF),
).filter(lambda character: _CJK.fullmatch(character) is not None)
_OTHERS = st.sampled_from(["é", "\u201c", "\u2019", "한", "글", "\U0001f44d", "\uff01", "ü"])


_RADICALS = st.characters(min_codepoint=0x2E80, max_codepoint=0x2FD5).filter(
    lambda character: _CJK.fullmatch(character) is not None
)


@given(
    # Twelve radicals or Han characters first: CJK characters outnumber the
    # text's tokens whatever the rest holds (radicals alone make no token).
    opening=st.one_of(st.lists(_RADICALS, min_size=12, max_size=12), st.just(["漢字"] * 6)),
    cjk=st.lists(_CJK_CHARACTERS, max_size=8),
    before=st.lists(_OTHERS, max_size=2),
    after=st.lists(_OTHERS, max_size=2),
)
def test_a_texts_cjk_characters_are_counted_whatever_else_it_holds(
    opening: list[str], cjk: list[str], before: list[str], after: list[str]
) -> None:
    text = "".join(before + opening + cjk + after)
    count = len(_CJK.findall(text))
    kana = len(_KANA.findall(text))
    assert guess_language(text) == ("ja" if kana * 5 > count else "zh")
