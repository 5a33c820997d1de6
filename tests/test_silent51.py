"""The fifty-first silent-wrong round: misreadings the silent50 round left
with no diagnostic.

- ``Jane Roe, Valetickets.com`` (a site's address after the writer's name)
  under wire copy's last paragraph: no sign-off by its full stop, kept as
  the story's last paragraph, unsaid;
- ``— Vale Post`` / ``- Kellsmouth Echo`` (a paper's name of two words after
  a dash) under a page story's last paragraph: the page's footer, lost from
  the story, unsaid; under wire copy, its last paragraph;
- a dashed name no outlet's form tells (``— Kellsmouth Live``) there: left
  out as footer, unsaid.

Every story and line here is invented, in the shape of real text.
"""

from __future__ import annotations

import pytest
from test_review48 import _HEADER, _pier_page
from test_review48 import _PARAGRAPHS as _PAGE_PARAGRAPHS
from test_silent47 import _PARAGRAPHS as _WIRE_PARAGRAPHS
from test_silent47 import _wire

import wirestory


def _codes(story: wirestory.Story) -> list[str]:
    return [d.code for d in story.diagnostics]


# --- A site's address after the writer's name in her sign-off --------------------------

_SITES = ["Valetickets.com", "vale-news.co.uk", "www.valetickets.com", "KELLSMOUTH.co.uk"]


@pytest.mark.parametrize("site", _SITES)
def test_sign_off_with_a_web_address_is_a_trailer(site: str) -> None:
    """``By Jane Roe`` … ``Jane Roe, Valetickets.com``: the address's full
    stop barred the sign-off, which stayed the last paragraph, silently."""
    [story] = wirestory.parse(_wire(f"Jane Roe, {site}"))
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)
    assert story.byline.organization == site
    assert list(story.body) == list(_WIRE_PARAGRAPHS)
    assert "sign-off-word-may-be-outlet" not in _codes(story)


@pytest.mark.parametrize("site", _SITES[:2])
def test_sign_off_with_a_web_address_and_no_byline_is_said(site: str) -> None:
    """No byline over the story: the sign-off is read as the byline, said
    (``byline-after-story``: a photo's credit reads the same)."""
    [story] = wirestory.parse(_wire(f"Jane Roe, {site}", byline=""))
    assert story.byline is not None
    assert story.byline.organization == site
    assert list(story.body) == list(_WIRE_PARAGRAPHS)
    assert "byline-after-story" in _codes(story)


def test_another_writers_sign_off_with_a_web_address_is_said() -> None:
    [story] = wirestory.parse(_wire("Tom Hale, Valetickets.com"))
    assert story.body[-1] == "Tom Hale, Valetickets.com"
    assert "sign-off-in-body" in _codes(story)


@pytest.mark.parametrize("after", ["jane.roe@vale.example", "12 Harbour Road", "01632 960123"])
def test_name_over_an_address_or_number_is_no_sign_off(after: str) -> None:
    """Near misses: an e-mail address, a street or a telephone number after
    the name is no outlet: the row is not read as the writer's sign-off."""
    [story] = wirestory.parse(_wire(f"Jane Roe, {after}"))
    assert story.byline is not None
    assert story.byline.organization is None


# --- A paper's name after a dash under the story's last paragraph ----------------------

_OUTLETS = ["— Vale Post", "- Kellsmouth Echo", "– The Vale Post", "— Harbour Radio", "— The Times"]


@pytest.mark.parametrize("glue", ["\n", "\n\n"])
@pytest.mark.parametrize("sign_off", _OUTLETS)
def test_dashed_outlet_under_the_page_story_is_its_trailer(glue: str, sign_off: str) -> None:
    """The dashed paper's name was the page's footer, lost from the story."""
    text = _pier_page("\n\n".join(_PAGE_PARAGRAPHS) + glue + sign_off, header=_HEADER)
    [story] = wirestory.parse(text)
    assert list(story.body) == list(_PAGE_PARAGRAPHS)
    rules = {
        segment.rule for segment in story.segments if sign_off in text[segment.start : segment.end]
    }
    assert rules == {"trailer-sign-off"}
    assert "dashed-name-left-out" not in _codes(story)


@pytest.mark.parametrize("sign_off", _OUTLETS[:2])
def test_dashed_outlet_under_wire_copy_is_its_trailer(sign_off: str) -> None:
    """Wire copy's last paragraph held the sign-off, silently."""
    [story] = wirestory.parse(_wire(sign_off))
    assert list(story.body) == list(_WIRE_PARAGRAPHS)


@pytest.mark.parametrize("sign_off", ["— Kellsmouth Live", "– Vale Ferries", "— Jane Roe"])
def test_dashed_name_of_no_outlets_form_is_said(sign_off: str) -> None:
    """A dashed name no outlet's word ends: left out as footer, said."""
    text = _pier_page("\n\n".join(_PAGE_PARAGRAPHS) + "\n\n" + sign_off, header=_HEADER)
    [story] = wirestory.parse(text)
    assert list(story.body) == list(_PAGE_PARAGRAPHS)
    said = [d for d in story.diagnostics if d.code == "dashed-name-left-out"]
    assert [d.line for d in said] == [text.split("\n").index(sign_off) + 1]


@pytest.mark.parametrize(
    "tail",
    [
        "- Privacy Policy",
        "— Back to top",
        "- Latest News\n- Sport\n- Contact us",
        "– Vale Ferries\n– Harbour Buses",
    ],
)
def test_footers_dashed_links_are_no_sign_off(tail: str) -> None:
    """Near misses: a footer's dashed link (a furniture phrase) and a run of
    dashed rows (a menu, even when its first row ends in ``News``) stay
    footer, nothing said."""
    text = _pier_page("\n\n".join(_PAGE_PARAGRAPHS) + "\n\n" + tail, header=_HEADER)
    [story] = wirestory.parse(text)
    assert list(story.body) == list(_PAGE_PARAGRAPHS)
    assert not any(segment.rule == "trailer-sign-off" for segment in story.segments)
    assert "dashed-name-left-out" not in _codes(story)
