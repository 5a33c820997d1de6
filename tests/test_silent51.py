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
from story_checks import codes as _codes
from test_review48 import _HEADER, _pier_page
from test_review48 import _PARAGRAPHS as _PAGE_PARAGRAPHS
from test_silent47 import _PARAGRAPHS as _WIRE_PARAGRAPHS
from test_silent47 import _wire

import wirestory

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


# --- A guide's first entry heading over the story's first paragraph --------------------

_GUIDE_HEADLINE = "The best cafés in Kellsmouth"
_ENTRIES = (
    (
        "1. Harbour Beans, 12 Quay Street",
        "Its flat white is the best on the quay, and the "
        "window seats look straight out at the boats.",
    ),
    (
        "2. The Net Loft, 3 Mill Lane",
        "A former sail loft with long tables, it serves soup and bread until the last ferry.",
    ),
    (
        "3. Gull & Kettle, 40 Castle Green",
        "Small and loud, it bakes its own scones every morning and sells out of them by noon.",
    ),
)
_GUIDE_CLOSE = "Prices were checked in February and may have changed since."


def _guide(*blocks: str) -> str:
    return (
        "\n\n".join(
            (
                f"{_GUIDE_HEADLINE} | Kellsmouth Guide",
                "Kellsmouth Guide\nHome\nEat\nDrink\nStay\nContact",
                _GUIDE_HEADLINE,
                "By Ada Quinn\nMarch 4, 2025",
                *blocks,
                _GUIDE_CLOSE,
                "Share\nMost read\nAbout us\nContact us\n© 2025 Kellsmouth Guide",
            )
        )
        + "\n"
    )


def _entries(heading: object = str) -> list[str]:
    return [part for name, text in _ENTRIES for part in (heading(name), text)]  # type: ignore[operator]


@pytest.mark.parametrize("over", [(), ("Best cafés in Kellsmouth",)])
@pytest.mark.parametrize("countdown", [False, True])
def test_guides_first_numbered_entry_is_the_storys(over: tuple[str, ...], countdown: bool) -> None:
    """``1. Harbour Beans …`` right over the first entry's text, ``2. The
    Net Loft …`` under it: the first entry heading was left out as the
    header's furniture, silently (the others read as subheadings)."""
    entries = _entries()
    if countdown:
        entries = [
            part.replace("1. ", "4. ").replace("2. ", "3. ").replace("3. G", "2. G")
            for part in entries
        ]
    [story] = wirestory.parse(_guide(*over, *entries))
    assert list(story.body) == [*entries, _GUIDE_CLOSE]


def test_guides_first_named_entry_left_out_is_said() -> None:
    """Entries headed by a name alone (``Harbour Beans`` / its text / ``The
    Net Loft`` / …): the first name shares no word with its text; left out,
    now said ``heading-over-story-left-out``."""
    entries = _entries(lambda name: name.split(". ")[1].split(",")[0])
    text = _guide(*entries)
    [story] = wirestory.parse(text)
    if entries[0] not in story.body:
        said = [d for d in story.diagnostics if d.code == "heading-over-story-left-out"]
        assert [d.line for d in said] == [text.split("\n").index(entries[0]) + 1]


@pytest.mark.parametrize(
    "over",
    [
        # A numbered line whose next number opens no block under the text.
        ("1. Harbour Beans, 12 Quay Street", _ENTRIES[0][1], _ENTRIES[1][1], _ENTRIES[2][1]),
        # The next number in another mark (``2)`` under ``1.``).
        (
            "1. Harbour Beans, 12 Quay Street",
            _ENTRIES[0][1],
            "2) The Net Loft",
            _ENTRIES[1][1],
        ),
    ],
)
def test_numbered_line_of_no_entries_form_stays_out(over: tuple[str, ...]) -> None:
    """Near misses: the line stays out of the story as before."""
    [story] = wirestory.parse(_guide(*over))
    assert "1. Harbour Beans, 12 Quay Street" not in story.body
