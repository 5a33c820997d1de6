"""The page layout looks for a share bar between a story's paragraphs only at
a furniture phrase with prose right above it (issue #17's last round: the
few furniture phrases are found first, with no call a block, in place of
every block under prose). The property holds the sieve to the rule: a bar of
two buttons or more, in any order, under the story's first or second
paragraph (two paragraphs under it: the story goes on), is read past and
the story keeps all its paragraphs."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from news_pages import LIBRARY_STORY

import wirestory
from wirestory import ParseOptions

PAGE = ParseOptions(layout="page")

_TOP = (
    "Council votes to close the old library | Vale Post\n\nHome | News | Sport\n\n"
    "Council votes to close the old library\n\nBy Jane Roe\nMarch 4, 2025\n\n"
)
_FOOT = "\n\nAdvertisement\nAbout us\nContact us\n© 2025 Vale Post\n"
_BUTTONS = ("Share", "Tweet", "Email", "Facebook", "WhatsApp", "Copy link", "Twitter")


@settings(deadline=None)
@given(
    st.lists(st.sampled_from(_BUTTONS), min_size=2, max_size=5, unique=True),
    st.integers(min_value=1, max_value=2),
)
@example(["Share", "Tweet", "Email", "Facebook"], 2)
def test_a_share_bar_between_paragraphs_is_read_past(buttons: list[str], place: int) -> None:
    paragraphs = list(LIBRARY_STORY)
    shown = [*paragraphs[:place], "\n".join(buttons), *paragraphs[place:]]
    [story] = wirestory.parse(_TOP + "\n\n".join(shown) + _FOOT, options=PAGE)
    assert story.body == tuple(paragraphs)
