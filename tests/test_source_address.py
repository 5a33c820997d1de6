"""A scraper's source address alone on its line (``roles.is_source_address``)
is told first by the line's first character (``SOURCE_ADDRESS_FIRSTS``) and
an ``://``: story grouping asks it of lines between stories, so most lines
of a story are turned down without a search of the whole paragraph. The
set must hold every character the address pattern can open with, or an
address would be missed."""

from __future__ import annotations

import sys

import regex
from hypothesis import given
from hypothesis import strategies as st

from wirestory.roles import SOURCE_ADDRESS_FIRSTS, is_source_address

# The form of an address alone on its line, written here again: blanks, an
# optional label and its colon, then the address with no space in it.
_ADDRESS_LINE = regex.compile(
    r"[ \t]*+(?:(?:url|source|link|permalink)[ \t]*+:[ \t]*+)?https?://[^\s]++[ \t]*+",
    regex.IGNORECASE,
)
_LABEL_FIRSTS = regex.compile(r"[hulsp]", regex.IGNORECASE)


def test_every_character_an_address_may_open_with_is_in_the_set() -> None:
    # Case-blind matching takes more than the ASCII letters (the long s).
    openers = {
        chr(code) for code in range(sys.maxunicode + 1) if _LABEL_FIRSTS.fullmatch(chr(code))
    }
    assert openers | {" ", "\t"} == set(SOURCE_ADDRESS_FIRSTS)


@given(
    first=st.characters(),
    rest=st.sampled_from(
        [
            "ttps://vale.example/news/1",
            "rl: https://a.example/b",
            "ource:http://x.example",
            "ink : https://q.example/",
            "ermalink: https://z.example/p?q=1",
            "ttp://a.example  ",
            " https://b.example/c",
            "ttps://vale.example/two words",
        ]
    ),
)
def test_the_first_character_test_agrees_with_the_form(first: str, rest: str) -> None:
    text = first + rest
    assert is_source_address(text) == (_ADDRESS_LINE.fullmatch(text) is not None)


def test_addresses_and_paragraphs() -> None:
    assert is_source_address("https://vale.example/news/ferry-strike")
    assert is_source_address("  URL: https://vale.example/news/ferry-strike")
    assert is_source_address("ſource: https://vale.example/a")
    assert not is_source_address("The report is online at https://vale.example/report.")
    assert not is_source_address("Read it at https://vale.example/a")
