"""Short texts and the page layout's quick no (issue #17).

``page.detect`` answers no before reading a story of fewer lines than a page
has when its first line cannot be a page title; these tests hold the texts it
must still read as pages, whatever separator their title uses.
"""

from __future__ import annotations

import re

import pytest
import regex

import wirestory
from wirestory.layouts.page import title_part

# Every separator a page title may use between its headline and the site.
SEPARATORS = ["-", "\u2013", "\u2014", "|", ":", "\u00b7", "\u00bb", "\u00ab", "/", "//", "::"]


@pytest.mark.parametrize("space", [" ", "\u00a0", "\t"], ids=["space", "nbsp", "tab"])
@pytest.mark.parametrize("separator", SEPARATORS)
def test_a_short_titled_page_is_still_a_page(separator: str, space: str) -> None:
    """Title, headline, one paragraph: read as a page whatever the separator."""
    title = f"Dam Opens After Ten Years{space}{separator}{space}The Daily Planet"
    assert title_part(title) == "Dam Opens After Ten Years"
    text = f"{title}\n\nDam Opens After Ten Years\n\nThe dam opened on Monday, the council said.\n"
    [story] = wirestory.parse(text)
    assert (story.layout, story.headline) == ("page", "Dam Opens After Ten Years")


@pytest.mark.parametrize(
    "first",
    [
        "Dam Opens After Ten Years",  # no separator
        "Dam Opens After Ten Years \u2012 The Daily Planet",  # a figure dash is none
        "The dam opened on Monday - ten years late - " + "and the council said so. " * 30,
    ],
    ids=["no-separator", "figure-dash", "too-long"],
)
def test_a_short_story_whose_first_line_is_no_title_is_no_page(first: str) -> None:
    """A first line no page title can be, over the same headline and paragraph:
    not a page."""
    assert title_part(first) is None
    text = f"{first}\n\nDam Opens After Ten Years\n\nThe dam opened on Monday, the council said.\n"
    [story] = wirestory.parse(text)
    assert story.layout != "page"


def test_every_white_space_of_the_regex_module_is_white_space_to_re() -> None:
    """The quick no finds a title separator with `re`, whose ``\\s`` must match
    every character the regex module's ``\\s`` (in the separator pattern) does,
    or it would miss a title that the page layout reads."""
    regex_space = regex.compile(r"\s")
    re_space = re.compile(r"\s")
    missed = [
        hex(point)
        for point in range(0x110000)
        if regex_space.match(chr(point)) and not re_space.match(chr(point))
    ]
    assert missed == []
