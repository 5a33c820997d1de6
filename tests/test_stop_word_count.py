"""The page layout counts a page's stop words a language at once (issue #17's
2026-12-05 round): each word of the tables is a number with a field a
language, summed over the page's tokens. The property holds the sum to the
rule it stands for: each language's count is how many of the page's tokens
its table holds, the language with most wins (English on a tie with it, else
the first), and it is the page's language with three words or more and a
twentieth of the tokens, and, where its words are under an eighth of the
tokens, five distinct words of its table or more. Words shared by several tables (``a``, ``de``,
``no``), a language given twice (its last table counts) and words of no table
are mixed in any proportion."""

from __future__ import annotations

import attrs
from hypothesis import example, given
from hypothesis import strategies as st

from wirestory.knowledge import DEFAULT_KNOWLEDGE, Knowledge
from wirestory.layouts.page import guess_language, page_tokens

_OTHER_WORDS = ("harbour", "council", "ferry", "votes", "2025", "Vale", "Rosa")
_SHARED = sorted(
    {
        word
        for language, table in DEFAULT_KNOWLEDGE.stop_words
        for other, words in DEFAULT_KNOWLEDGE.stop_words
        if other != language
        for word in table & words
    }
)
_ALL_WORDS = sorted({w for _, table in DEFAULT_KNOWLEDGE.stop_words for w in table})

# Two tables sharing words, and English given twice: its last table counts.
_TWICE = attrs.evolve(
    DEFAULT_KNOWLEDGE,
    stop_words=(
        ("en", frozenset({"the", "of", "and"})),
        ("xx", frozenset({"of", "and", "la", "vale"})),
        ("en", frozenset({"the", "to", "la"})),
    ),
)


def _counted(text: str, knowledge: Knowledge) -> str | None:
    """The rule, counted a language at a time."""
    tokens = page_tokens([text])[0]
    if not tokens:
        return None
    tables = dict(knowledge.stop_words)
    hits = {language: 0 for language, _ in knowledge.stop_words}
    for language in hits:
        hits[language] = sum(token in tables[language] for token in tokens)
    best = max(hits, key=lambda language: (hits[language], language == "en"))
    if hits[best] < 3 or hits[best] * 20 < len(tokens):
        return None
    distinct = {token for token in tokens if token in tables[best]}
    if hits[best] * 8 < len(tokens) and len(distinct) < 5:
        return None
    return best


_WORDS = st.sampled_from(_SHARED) | st.sampled_from(_ALL_WORDS) | st.sampled_from(_OTHER_WORDS)


@given(st.lists(_WORDS, max_size=120), st.sampled_from([DEFAULT_KNOWLEDGE, _TWICE]))
@example(["de", "la", "de", "que", "a", "o", "the"], DEFAULT_KNOWLEDGE)
@example(["the", "la", "la", "of", "vale", "to"], _TWICE)
# Three of 25 tokens (under an eighth) are one word of the table: too sparse.
@example(["a"] * 22 + ["Vale"] * 3, _TWICE)
@example(["a"] * 20 + ["Vale"] * 3, _TWICE)
def test_each_language_counts_the_tokens_its_table_holds(
    words: list[str], knowledge: Knowledge
) -> None:
    text = " ".join(words)
    assert guess_language(text, knowledge=knowledge) == _counted(text, knowledge)


def test_a_page_of_many_stop_words_counts_them_all() -> None:
    """Counts far past a byte each stay apart (a field runs into the next
    one only past 2 ** 24 tokens, and a page with more gets wider fields)."""
    text = " ".join(["de"] * 70_000 + ["the"] * 70_001 + ["harbour"] * 5)
    assert guess_language(text) == _counted(text, DEFAULT_KNOWLEDGE) == "en"
