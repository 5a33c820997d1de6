"""Second review of the thirteenth held-out round and the twenty-second
silent-wrong round: near-misses of their new rules, each read wrong with no
diagnostic before the fix here. Every page and line is invented, in the
shape of real page text."""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_STORY

import wirestory

_PAGE = wirestory.ParseOptions(layout="page")
_MENU = "Home\nNews\nWorld\nBusiness\nSport"
_FOOTER = "Advertisement\nAbout us\nContact us\n© 2025 The Vale Post"
_BODY = "\n\n".join(LIBRARY_STORY)
_DATED_BYLINE = ("By Jane Roe", "March 4, 2025")


def _read(*header: str) -> wirestory.Story:
    text = "\n".join(header) + f"\n\n{_BODY}\n\n{_FOOTER}\n"
    [story] = wirestory.parse(text, options=_PAGE)
    return story


def _codes(story: wirestory.Story) -> list[str]:
    return [d.code for d in story.diagnostics]


# --- headline-may-hold-kicker: the title cut only a kicker's label off ----------


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("Jane Roe: I never left the town", "I never left the town"),
        ("Mill Street library: Council votes to close it", "Council votes to close it"),
    ],
)
def test_a_speaker_before_the_colon_stays_in_the_headline(headline: str, title: str) -> None:
    """``Jane Roe: I never left the town`` under the title ``I never left the
    town | The Vale Post``: the words before the colon name the speaker (or
    the subject), no kicker's label; a title shortened for search drops them
    too. They were cut off with no word; now kept, and said."""
    story = _read(f"{title} | The Vale Post", "", _MENU, "", headline, *_DATED_BYLINE)
    assert story.headline == headline
    assert "headline-may-hold-kicker" in _codes(story)


def test_a_kicker_label_before_the_colon_is_still_taken_off() -> None:
    """Near miss: ``Live: …`` is a kicker's label; the title showing the
    rest, it is taken off with no diagnostic, as before."""
    headline = "Council votes to close old library"
    story = _read(f"{headline} | The Vale Post", "", _MENU, "", f"Live: {headline}", *_DATED_BYLINE)
    assert story.headline == headline
    assert "headline-may-hold-kicker" not in _codes(story)
