"""The fifty-second silent-wrong round: a story's last lines the silent51
round left with no diagnostic.

- ``Ivo Marsh, USA TODAY`` alone under a page story by ``By Ivo Marsh``:
  the page's footer, the outlet lost, unsaid;
- ``Editor's note: …`` (``Editor’s Note —``, ``Editors' note:``) under the
  story: its last paragraph, unsaid (above it, a note already);
- ``Contact the reporter at …`` / ``Reach Ivo Marsh at …`` / ``Email: …``
  under the story: its last paragraph (wire copy) or the page's footer;
- ``Ivo Marsh, Valetickets.com.`` (a full stop after the address) under
  wire copy: its last paragraph, unsaid.

Every story and line here is invented, in the shape of real text.
"""

from __future__ import annotations

import pytest
from story_checks import codes as _codes
from test_review48 import _HEADER, _pier_page
from test_review48 import _PARAGRAPHS as _PAGE_PARAGRAPHS
from test_silent47 import _PARAGRAPHS as _WIRE_PARAGRAPHS
from test_silent47 import _WIRE_HEADLINE, _wire

import wirestory


def _page(tail: str, header: str = _HEADER) -> str:
    return _pier_page("\n\n".join(_PAGE_PARAGRAPHS) + "\n\n" + tail, header=header)


# --- The writer's sign-off alone under a page story -----------------------------------

_SIGN_OFFS = [
    ("Ivo Marsh, USA TODAY", "USA TODAY"),
    ("Ivo Marsh, The Vale Post", "The Vale Post"),
    ("Ivo Marsh, Kellsmouth Echo", "Kellsmouth Echo"),
]


@pytest.mark.parametrize(("sign_off", "outlet"), _SIGN_OFFS)
def test_writers_sign_off_alone_under_the_page_story_is_read(sign_off: str, outlet: str) -> None:
    """``By Ivo Marsh`` … ``Ivo Marsh, USA TODAY`` with no trailer under it:
    the page's footer, the outlet lost, silently."""
    text = _page(sign_off)
    [story] = wirestory.parse(text)
    assert story.byline is not None
    assert story.byline.names == ("Ivo Marsh",)
    assert story.byline.organization == outlet
    assert list(story.body) == list(_PAGE_PARAGRAPHS)
    rules = {s.rule for s in story.segments if sign_off in text[s.start : s.end]}
    assert rules == {"trailer-writer-sign-off"}


def test_another_writers_sign_off_under_the_page_story_stays_out() -> None:
    """The guard: another name and an outlet under the story (a letter's
    signature reads the same, ``Jane Roe, The Drive``) stays out, as before."""
    [story] = wirestory.parse(_page("Tom Hale, USA TODAY"))
    assert story.byline is not None
    assert story.byline.organization is None
    assert list(story.body) == list(_PAGE_PARAGRAPHS)


def test_photo_credit_under_the_page_story_is_no_sign_off() -> None:
    """Near miss: an agency after the name is a photo's credit, no outlet."""
    [story] = wirestory.parse(_page("Ivo Marsh, AP"))
    assert story.byline is not None
    assert story.byline.organization is None
    assert list(story.body) == list(_PAGE_PARAGRAPHS)


# --- An editor's note under the story -------------------------------------------------

_NOTES = [
    "Editor's note: This story has been updated to correct the date of the vote.",
    "Editor’s Note: An earlier version of this story misstated the cost of the pier.",
    "EDITOR'S NOTE — Ivo Marsh is a member of the harbour board's advisory panel.",
    "Editors' note: The board held the vote in private and has not published its minutes.",
    "Note to editors: The board's minutes will be published on Friday.",
]


@pytest.mark.parametrize("note", _NOTES)
def test_editors_note_under_wire_copy_is_a_note(note: str) -> None:
    """The note read as the story's last paragraph, silently; above the
    story it was a note already (``advisory``)."""
    [story] = wirestory.parse(_wire(note, byline="By Ivo Marsh"))
    assert list(story.body) == list(_WIRE_PARAGRAPHS)
    assert story.notes == (note,)


@pytest.mark.parametrize("note", _NOTES[:3])
def test_editors_note_under_the_page_story_is_a_note(note: str) -> None:
    [story] = wirestory.parse(_page(note))
    assert list(story.body) == list(_PAGE_PARAGRAPHS)
    assert story.notes == (note,)


@pytest.mark.parametrize("note", _NOTES[:2])
def test_editors_note_over_the_story_stays_a_note(note: str) -> None:
    """The guard: the same note above the story is a note, as it was."""
    text = "\n\n".join((_WIRE_HEADLINE, "By Ivo Marsh", note, *_WIRE_PARAGRAPHS)) + "\n"
    [story] = wirestory.parse(text)
    assert list(story.body) == list(_WIRE_PARAGRAPHS)
    assert story.notes == (note,)


@pytest.mark.parametrize(
    "last",
    [
        "The editor's note to staff said the paper would cover the vote in full.",
        "Editors noted that the board had met in private three times this year.",
    ],
)
def test_story_sentence_on_an_editors_note_is_no_note(last: str) -> None:
    """Near misses: a story's sentence naming an editor's note, no label."""
    [story] = wirestory.parse(_wire(last, byline="By Ivo Marsh"))
    assert story.body[-1] == last
    assert story.notes == ()


# --- The writer's contact under the story ---------------------------------------------

_CONTACTS = [
    "Contact the reporter at ivo.marsh@valerecord.example",
    "Reach Ivo Marsh at ivo.marsh@valerecord.example or 01632 960123.",
    "You can email him at ivo.marsh@valerecord.example",
    "Contact Ivo Marsh: ivo.marsh@valerecord.example",
]


@pytest.mark.parametrize("contact", _CONTACTS)
def test_writers_contact_under_wire_copy_is_a_contact_trailer(contact: str) -> None:
    """The contact line was the story's last paragraph, silently."""
    [story] = wirestory.parse(_wire(contact, byline="By Ivo Marsh"))
    assert list(story.body) == list(_WIRE_PARAGRAPHS)
    assert story.notes == (contact,)


@pytest.mark.parametrize("contact", [*_CONTACTS, "Email: ivo.marsh@valerecord.example"])
def test_writers_contact_under_the_page_story_is_its_note(contact: str) -> None:
    """The contact line was the page's footer, lost from the story, silently."""
    [story] = wirestory.parse(_page(contact))
    assert list(story.body) == list(_PAGE_PARAGRAPHS)
    assert story.notes == (contact,)


@pytest.mark.parametrize(
    "last",
    [
        "Contact Vale Ferries at 01632 960123 for refunds on cancelled sailings.",
        "Readers can contact the harbour office for a copy of the plans.",
    ],
)
def test_service_line_is_no_writers_contact(last: str) -> None:
    """Near misses: a story's service line names a company and a telephone
    number, or no contact's verb opens it: the story's."""
    [story] = wirestory.parse(_wire(last, byline="By Ivo Marsh"))
    assert story.body[-1] == last
    assert story.notes == ()


def test_sites_contact_us_under_the_page_is_no_writers_contact() -> None:
    """Near miss: the site's own ``Contact us at …`` names no writer."""
    [story] = wirestory.parse(_page("Contact us at news@valerecord.example"))
    assert story.notes == ()


# --- A site's address and a full stop in the writer's sign-off ------------------------


@pytest.mark.parametrize("site", ["Valetickets.com", "vale-news.co.uk", "www.valetickets.com"])
def test_sign_off_with_a_web_address_and_a_stop_is_a_trailer(site: str) -> None:
    """``Ivo Marsh, Valetickets.com.``: the stop barred the sign-off, which
    stayed the story's last paragraph, silently."""
    [story] = wirestory.parse(_wire(f"Ivo Marsh, {site}.", byline="By Ivo Marsh"))
    assert story.byline is not None
    assert story.byline.organization == site
    assert list(story.body) == list(_WIRE_PARAGRAPHS)


def test_another_writers_sign_off_with_a_stop_is_said() -> None:
    [story] = wirestory.parse(_wire("Jane Roe, Valetickets.com.", byline="By Ivo Marsh"))
    assert story.body[-1] == "Jane Roe, Valetickets.com."
    assert "sign-off-in-body" in _codes(story)


def test_name_and_town_with_a_stop_stays_the_story() -> None:
    """Near miss: ``Ivo Marsh, Kellsmouth.`` may end a sentence: kept."""
    [story] = wirestory.parse(_wire("Ivo Marsh, Kellsmouth.", byline="By Ivo Marsh"))
    assert story.body[-1] == "Ivo Marsh, Kellsmouth."
