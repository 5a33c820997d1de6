"""The stock widget symbol's sieve (issue #17).

A short furniture block is asked the ticker symbol's pattern (capitals, maybe
a dot and a class letter: ``QUAYBANK``, ``RIVCO.B``) only when ``str.upper``
leaves it as it is: a block holding a small letter (``Share``, ``Sign in``)
is no symbol, told without the pattern's call. These hold the sieve to the
pattern for blocks of capitals of any script (those the ``regex`` module's
Unicode tables know and Python's older ones do not too), small letters,
title-case letters, ``ß`` (whose capital is two letters), dots, digits and
signs, and check that every letter the pattern takes for a capital is its
own capital to Python.
"""

from __future__ import annotations

import regex
from hypothesis import example, given
from hypothesis import strategies as st

from wirestory.layouts.page import furniture_phrase, is_stock_quote, stock_symbol_or_quote

# The symbol's rule, written out as the layout reads it.
_SYMBOL = regex.compile(r"\p{Lu}{2,12}(?:\.\p{Lu}{1,2})?")
_CAPITAL = regex.compile(r"\p{Lu}")
# A price after a currency's sign is a quote too (``$412.50``).
_CURRENCY_PRICE = regex.compile(r"[$€£¥]\d{1,7}(?:,\d{3}){0,3}(?:\.\d{1,4})?")

_CHARACTERS = (
    "QUAYBNKRIVCOabcs"
    "\u00c4\u00d8\u0416\u03a9\u015e\u0130\u1e9e"  # Ä Ø Ж Ω Ş İ ẞ
    "\ua7cb\u1c89\U00010d50"  # capitals newer than Python 3.11's tables
    "\u00df\u01c5\u0131\u00e4"  # ß, ǅ (title case), ı, ä
    ".,+-%0123 $€"
)


@given(st.text(st.sampled_from(_CHARACTERS), min_size=1, max_size=24))
@example("QUAYBANK")
@example("RIVCO.B")
@example("\ua7cb\ua7cb")
@example("Q\u00df")
@example("\u01c5Z")
@example("MENU")
@example("$412.50")
@example("€1,204.75")
def test_a_block_is_a_symbol_exactly_when_the_pattern_says_so(text: str) -> None:
    """A block is read as a symbol or quote exactly when it has a quote's
    shape or a price's after a currency's sign, or the symbol's pattern
    matches it and it is no furniture phrase."""
    stripped = text.strip()
    expected = (
        is_stock_quote(stripped)
        or (len(stripped) <= 24 and _CURRENCY_PRICE.fullmatch(stripped) is not None)
        or (_SYMBOL.fullmatch(stripped) is not None and not furniture_phrase(stripped))
    )
    assert stock_symbol_or_quote(text) == expected


def test_every_capital_is_its_own_capital() -> None:
    """No code point the pattern takes for a capital is changed by
    ``str.upper`` (a symbol of capitals passes the sieve), whichever Unicode
    version each reads."""
    capitals = "".join(filter(_CAPITAL.match, map(chr, range(0x110000))))
    assert capitals.upper() == capitals
