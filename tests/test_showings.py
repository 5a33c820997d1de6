"""Comparing two showings of a line (the seed site's repeated header), against
the rule written out plainly: equal keys, else equal words or a small edit."""

from __future__ import annotations

import difflib

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st
from strategies import showing_pairs

from wirestory.layouts.marked import compare_showings, showing_comparer
from wirestory.lines import line_key

_PUNCTUATION = regex.compile(r"[\p{P}\p{S}]++")


def _plain_words(text: str) -> tuple[str, ...]:
    return tuple(_PUNCTUATION.sub(" ", line_key(text).casefold()).split())


def _plain_compare(text: str, other: str) -> bool | None:
    """The rule as docs/layouts.md states it ("An edited repeat"), with no shortcut."""
    if line_key(text) == line_key(other):
        return True
    words, other_words = _plain_words(text), _plain_words(other)
    if not words or not other_words:
        return None
    if words == other_words:
        return False
    longest = max(len(words), len(other_words))
    allowed = max(1, longest // 5)
    if not 4 <= longest <= 60 or abs(len(words) - len(other_words)) > allowed:
        return None
    blocks = difflib.SequenceMatcher(None, words, other_words, autojunk=False)
    shared = sum(block.size for block in blocks.get_matching_blocks())
    return False if longest - shared <= allowed else None


@given(showing_pairs())
def test_compare_showings_follows_the_plain_rule(pair: tuple[str, str]) -> None:
    """The shortcuts (words of ASCII lines by a byte table, keys built only
    when the words are equal, a word count before the matcher) change no answer."""
    text, other = pair
    assert _plain_compare(text, other) == compare_showings(text, other)
    assert _plain_compare(other, text) == compare_showings(other, text)
    compare = showing_comparer(other)  # one line compared with many
    assert _plain_compare(text, other) == compare(text)
    assert _plain_compare(other, other) == compare(other)


# Wire copy's punctuation beyond ASCII (quotes, dashes, currency, bullets,
# guillemets), spaces, an accent and an invisible character.
_BEYOND_ASCII = (
    "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a3\u2022\u00a0"
    "\u20ac\u00a7\u00ab\u00bb\u00e9\u200b\u2028"
)


def test_compare_showings_with_every_ascii_character() -> None:
    """Each ASCII character, punctuation or not, and wire copy's common
    punctuation beyond ASCII, in a headline and its edited showing: the
    shortcut must split and keep exactly what the regex does."""
    headline = "Storm hits coast as towns flood"
    for character in [*map(chr, range(128)), *_BEYOND_ASCII]:
        for text in (
            f"Storm hits{character}coast as towns flood",
            f"Storm hits coast as towns flood{character}",
            f"storm{character}hits coast as TOWNS flood",
            f"Storm hits c{character}ast as towns flood",
            character,
        ):
            assert _plain_compare(text, headline) == compare_showings(text, headline), text


@pytest.mark.parametrize(
    "block", [(0x80, 0x250), (0x2000, 0x2070), (0x20A0, 0x20D0)], ids=["latin", "punct", "currency"]
)
def test_every_character_of_the_latin_blocks_splits_words_as_the_regex_class(
    block: tuple[int, int],
) -> None:
    """The words of a line whose characters are all ASCII, Latin, general
    punctuation or currency symbols are found by ``re`` (faster than the regex
    module): every character of those blocks, between two words of a line with
    an accented name, gives the answer of the rule written out plainly."""
    for point in range(*block):
        character = chr(point)
        for text, other in (
            (f"Gr\u00fcne{character}Liste hits coast today", "Gr\u00fcne Liste hits coast today"),
            (f"Caf\u00e9 bar {character} opens late", "Caf\u00e9 bar opens late"),
        ):
            assert compare_showings(text, other) == _plain_compare(text, other), hex(point)


def test_long_lines_compared_with_a_headline_follow_the_plain_rule() -> None:
    """One line compared with many turns down a line with too many words from
    its first tokens: around every bound (a headline of one to sixty-two words,
    lines of as many words and a few more or fewer, with tokens of only
    punctuation that hold no word), the answer is the plain rule's."""
    vocabulary = [f"word{n}" for n in range(80)]
    for size in [*range(1, 13), 19, 20, 21, *range(46, 63)]:
        headline = " ".join(vocabulary[:size])
        compare = showing_comparer(headline)
        for extra in range(-2, 5):
            count = max(0, size + extra + size // 4)
            words = vocabulary[:count]
            for text in (
                " ".join(words),
                " \u2014 ".join(words),
                " ".join(words).upper() + " --",
                " ".join(words) + " -- \u2014",
                "\u2014 " + " ".join(words[1:]) + " word79 --",
                "-- " * 3 + " ".join(words[::-1]),
                " ".join(words[:-1]) + ", and more.",
            ):
                assert compare(text) == _plain_compare(text, headline), (size, text)


def test_lines_against_a_headline_too_long_for_an_edit_follow_the_plain_rule() -> None:
    """A first line of more than sixty words (a wire story opening with its
    first paragraph) is shown again only by the same words: one line compared
    with many reads a line's first tokens first (issue #17). With a word
    changed, dropped or split by punctuation before, at and after those
    tokens, tokens of only punctuation among them, case and quotes changed,
    the answer is the plain rule's."""
    vocabulary = [f"w{n}x" for n in range(90)]
    for size in (59, 60, 61, 62, 70):
        words = vocabulary[:size]
        headline = " ".join(words)
        compare = showing_comparer(headline)
        variants = [
            words,
            [w.upper() for w in words],
            ["--", *words],
            [*words[:3], "\u2014", *words[3:]],
            [f"{words[0]}-{words[1]}", *words[2:]],
            [f"{words[0]}{words[1]}", *words[2:]],
        ]
        for at in (0, 3, 6, 7, 8, 9, size - 1):
            variants.append([*words[:at], "other", *words[at + 1 :]])
            variants.append([*words[:at], *words[at + 1 :]])
        for variant in variants:
            for text in (" ".join(variant), "\u201c" + " ".join(variant) + ".\u201d"):
                assert compare(text) == _plain_compare(text, headline), (size, text)


_ABOUT_AS_LONG_PIECES = st.sampled_from(
    [
        "storm",
        "COAST",
        "towns",
        "flood",
        "sea-wall",
        "\u2014",
        "--",
        "(AFP)",
        "a",
        "\u201cquote\u201d",
    ]
)


@given(
    st.lists(_ABOUT_AS_LONG_PIECES, min_size=1, max_size=14),
    st.lists(_ABOUT_AS_LONG_PIECES, min_size=0, max_size=30),
)
def test_lines_about_as_long_as_the_headline_are_read_whole(
    headline_pieces: list[str], line_pieces: list[str]
) -> None:
    """A line at most twice the headline's length (and two characters), as the
    repeat's candidates are, is read whole rather than by its first tokens
    (issue #17): a line of more tokens than the headline's words allow, some
    of them punctuation alone (no word) or hyphenated (two words), is
    answered as the plain rule answers it."""
    headline = " ".join(headline_pieces)
    compare = showing_comparer(headline)
    for text in (
        " ".join(line_pieces),
        " ".join([*headline_pieces, *line_pieces]),
        " ".join(
            piece for pair in zip(headline_pieces, line_pieces, strict=False) for piece in pair
        ),
    ):
        if len(text) <= 2 * len(headline) + 2:
            assert compare(text) == _plain_compare(text, headline), text


@given(st.text(alphabet=st.sampled_from("ab. \t\u00a0\u2028\u200b\ufeff\u2060\x1c\u00e9\u201c")))
def test_line_key_follows_the_plain_rule(text: str) -> None:
    """A line's key is its words joined by single spaces, invisible characters
    dropped; a printable line without a space at an end or two together is its
    own key (the shortcut)."""
    visible = text.replace("\u200b", "").replace("\u2060", "").replace("\ufeff", "")
    assert line_key(text) == " ".join(visible.split())


def test_lines_compared_with_a_headline_by_their_first_words_follow_the_plain_rule() -> None:
    """A long line's first tokens, each opening or ending in a letter or digit
    or neither (a dash, a credit in parentheses), turn it down exactly when
    the rule written out plainly does."""
    headline = "Storm hits coast as towns flood"
    for token in ("word", "\u201cWe", "council,", "31", "\u2014", "(AFP)", "...", "\u00e9t\u00e9"):
        for count in range(1, 12):
            text = " ".join([token] * count) + " and more words after it to make it long enough"
            assert showing_comparer(headline)(text) == _plain_compare(text, headline), text
