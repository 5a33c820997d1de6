"""The page layout counts the stop words of the blocks whose density
``_classify`` reads together with the page's language (issue #17's
2026-12-05 eighth page round): the blocks weighing at least 70 are summed
alone, the lighter ones all at once, and each heavy block's count is its
sum's field of the language. The property holds the counts to the rule they
stand for: the language is :func:`guess_language` of the blocks joined, and
a heavy block's count is how many of its tokens the language's table holds
(a language given twice: its last table), counted a block at a time; the
lighter blocks have none. Blocks of any length around the bound, words
shared by several tables and words of no table, in any proportion."""

from __future__ import annotations

import attrs
from hypothesis import example, given
from hypothesis import strategies as st

from wirestory.knowledge import DEFAULT_KNOWLEDGE, Knowledge
from wirestory.layouts.page import guess_language, page_tokens, stop_word_counts

_HEAVY = 70
_OTHER_WORDS = ("harbour", "council", "ferry", "votes", "2025", "Vale", "Rosa", "quay,")
# Words of the tables below the CJK scripts and Hangul (whose characters
# weigh more than one): a block's weight is then its length stripped.
_TABLE_WORDS = sorted(
    {w for _, table in DEFAULT_KNOWLEDGE.stop_words for w in table if max(w) < "\u2e80"}
)
_TWICE = attrs.evolve(
    DEFAULT_KNOWLEDGE,
    stop_words=(
        ("en", frozenset({"the", "of", "and"})),
        ("xx", frozenset({"of", "and", "la", "vale"})),
        ("en", frozenset({"the", "to", "la", "harbour"})),
    ),
)

_WORDS = st.sampled_from(_TABLE_WORDS) | st.sampled_from(_OTHER_WORDS)
_BLOCK = st.lists(_WORDS, min_size=0, max_size=24).map(" ".join)


def _counted(texts: list[str], knowledge: Knowledge) -> tuple[str | None, list[int | None]]:
    """The rule: the page's language, and each heavy block's tokens in its table."""
    language = guess_language("\n".join(texts), knowledge=knowledge)
    table = dict(knowledge.stop_words).get(language or "", frozenset())
    return language, [
        sum(token in table for token in tokens) if len(text.strip()) >= _HEAVY else None
        for text, tokens in zip(texts, page_tokens(texts), strict=True)
    ]


@given(st.lists(_BLOCK, min_size=1, max_size=12), st.sampled_from([DEFAULT_KNOWLEDGE, _TWICE]))
@example(
    # A block of exactly the bound and one a character short of it.
    [
        "the harbour and the quay of the town of the vale was open to all of us",
        "the harbour and the quay of the town of the vale was open to all of u",
        "Home",
    ],
    DEFAULT_KNOWLEDGE,
)
@example(["la vale of la harbour and the quay of la vale and the harbour to the la", "of"], _TWICE)
def test_a_heavy_blocks_stop_words_are_its_tokens_in_the_pages_table(
    texts: list[str], knowledge: Knowledge
) -> None:
    language, counts = stop_word_counts(texts, knowledge=knowledge)
    expected_language, expected = _counted(texts, knowledge)
    assert language == expected_language
    if language is not None:
        assert counts == expected
    else:
        assert counts is None
