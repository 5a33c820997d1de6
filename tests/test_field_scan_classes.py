"""A story's fields that are not plain (an accented name, a "£", a ligature)
are asked whether ftfy would leave them alone by the classes of the characters
the field's one scan found (issue #17's fourth round on wire copy), not by a
scan of the field for each class: what always takes more (ftfy's fixers, line
breaks), what NFC may change, the suspects of the mojibake heuristic, white
space other than the space (which tidying makes a space). Held
here to the reference: each field comes out as ftfy on the whole field makes
it, whichever of those characters it holds, with invisible characters beside
them (the byte order mark is one of the scan's, dropped before the test)."""

from __future__ import annotations

import sys
from typing import get_args

from hypothesis import example, given
from hypothesis import strategies as st

from wirestory import ParseOptions, QuotePolicy
from wirestory.normalize import FastPathTables, reference_normalize

# `wirestory.normalize` is the function; the module is reached through sys.modules.
fast = sys.modules["wirestory.normalize"]

# Every code point but the surrogates, once.
_EVERY_CHARACTER = "".join(chr(point) for point in range(0x110000) if not 0xD800 <= point < 0xE000)


def test_each_class_asked_is_part_of_the_scan() -> None:
    """A field's characters of each class asked about are among those its one
    scan finds, which are those of the line scan and the odd white space: no
    character of a class goes unseen."""
    found = set(FastPathTables.scan_or_odd_space.findall(_EVERY_CHARACTER))
    scanned = set(FastPathTables.scan.findall(_EVERY_CHARACTER))
    assert found == scanned | set(FastPathTables.odd_space.findall(_EVERY_CHARACTER))
    for pattern in (
        FastPathTables.more_than_suspects,
        FastPathTables.nfc_unsafes,
        FastPathTables.suspects,
    ):
        assert set(pattern.findall(_EVERY_CHARACTER)) <= scanned, pattern.pattern


# Pieces of a field: words, accented letters (quiet or side by side), a
# decomposed accent NFC composes, a ligature and a full-width letter ftfy
# always fixes, a line separator, mojibake, an HTML entity, a C1 control,
# invisible characters, curly quotes and dashes.
_PIECES = st.sampled_from(
    [
        *("Jos\u00e9", "Gr\u00fcne", "\u00a3120", "\u0141\u00f3d\u017a", "caf\u00e9", " ", "  "),
        *("said", "e\u0301", "\u0301", "\ufb01le", "\uff21", "a\u2028b", "\u00c3\u00a9"),
        *("\u00e2\u20ac\u2122", "&amp;", "\x85", "\ufeff", "\u200b", "\u2060", "\u201cYes\u201d"),
        *("\u2014", "\u00d7", "\u00a0", "\u0133", "x", "'", '"', "<b>", "\t", "\u2009", "\u3000"),
    ]
)


def _reference_line(text: str, options: ParseOptions) -> str:
    """normalize_line with the reference pipeline."""
    result = reference_normalize(text, options=options)
    return " ".join(part for part in result.split("\n") if part)


@given(
    st.sampled_from(get_args(QuotePolicy)),
    st.lists(st.lists(_PIECES, min_size=1, max_size=8).map("".join), min_size=1, max_size=5),
)
@example("keep", ["Jos\u00e9 cafe\u0301"])
@example("keep", ["Jos\u00e9 \ufb01le"])
@example("keep", ["caf\u00c3\u00a9 \u00e9"])
@example("straight", ["\ufeffJos\u00e9 said"])
@example("keep", ["\ufeff"])
@example("keep", ["Jos\u00e9\u2009said"])
def test_fields_not_plain_come_out_as_the_reference(quotes: QuotePolicy, texts: list[str]) -> None:
    options = ParseOptions(quotes=quotes)
    assert fast.normalize_lines(texts, options) == [_reference_line(t, options) for t in texts]
