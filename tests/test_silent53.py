"""The fifty-third silent-wrong round: forms the silent52 round and the
second reviewer left read wrong with no diagnostic.

- ``— Jane Roe`` (a dash and a name alone) under wire copy: its last
  paragraph, unsaid;
- another writer's name and outlet alone under a page story by another
  (``Tom Hale, USA TODAY`` under ``By Ivo Marsh``): the page's footer, unsaid;
- the writer's sign-off over a ``Contributing:`` line under a page story
  with a byline in its header: stepped over as furniture, the outlet unread;
- ``Ivo Marsh, Valetickets.com.`` (a stop after the address) under a page
  story: its footer, unsaid;
- numbered key points under a page story's byline (``1. …`` / ``2. …``):
  left out as the header's furniture, unsaid;
- ``Minuto 90`` / ``90 Minutes`` over wire copy's byline: a date line (clock
  words and a number, no date), the line lost from every field.

Every story and line here is invented, in the shape of real text.
"""

from __future__ import annotations

import pytest
from story_checks import codes as _codes
from test_review48 import _HEADER, _pier_page
from test_review48 import _PARAGRAPHS as _PAGE_PARAGRAPHS
from test_silent47 import _PARAGRAPHS as _WIRE_PARAGRAPHS
from test_silent47 import _WIRE_HEADLINE, _wire
from test_silent51 import _GUIDE_CLOSE, _entries, _guide

import wirestory
from wirestory.layouts.wire import front_date_line


def _page(tail: str, header: str = _HEADER) -> str:
    return _pier_page("\n\n".join(_PAGE_PARAGRAPHS) + "\n\n" + tail, header=header)


def _rules_of(story: wirestory.Story, text: str, line: str) -> set[str]:
    return {s.rule for s in story.segments if line in text[s.start : s.end]}


# --- 1. A dash and a name alone under wire copy ---------------------------------------


@pytest.mark.parametrize("dashed", ["— Ivo Marsh", "-- Ivo Marsh", "– Ivo Marsh", "—Ivo Marsh"])
def test_writers_dashed_name_under_wire_copy_is_her_sign_off(dashed: str) -> None:
    """``By Ivo Marsh`` … ``— Ivo Marsh``: the byline's writer signing the
    story, kept as its last paragraph, silently."""
    text = _wire(dashed, byline="By Ivo Marsh")
    [story] = wirestory.parse(text)
    assert list(story.body) == list(_WIRE_PARAGRAPHS)
    assert _rules_of(story, text, dashed) == {"trailer-writer-sign-off"}


@pytest.mark.parametrize("dashed", ["— Jane Roe", "-- Tom Hale", "– Ada van Quinn"])
def test_another_dashed_name_under_wire_copy_is_said(dashed: str) -> None:
    """Another name after a dash (a second writer, a quote's or a letter's
    author): kept as the last paragraph, now said."""
    [story] = wirestory.parse(_wire(dashed, byline="By Ivo Marsh"))
    assert story.body[-1] == dashed
    assert "sign-off-in-body" in _codes(story)


def test_dashed_name_under_unbylined_wire_copy_is_said() -> None:
    [story] = wirestory.parse(_wire("— Jane Roe", byline=""))
    assert story.body[-1] == "— Jane Roe"
    assert "sign-off-in-body" in _codes(story)


@pytest.mark.parametrize(
    "tail",
    [
        # A list of names closing the story: rows, no sign-off.
        ("The speakers at Friday's meeting:", "— Jane Roe", "— Tom Hale"),
        ("— Tom Hale", "— Jane Roe"),
        # A dashed phrase of small words is no name.
        ("— and more to come",),
    ],
)
def test_dashed_rows_and_phrases_under_wire_copy_say_nothing(tail: tuple[str, ...]) -> None:
    """Near misses: a list's dashed rows, a dashed phrase: the story's, unsaid."""
    [story] = wirestory.parse(_wire(*tail, byline="By Ivo Marsh"))
    assert list(story.body[-len(tail) :]) == list(tail)
    assert "sign-off-in-body" not in _codes(story)


def test_dashed_outlet_under_wire_copy_stays_a_sign_off() -> None:
    """The guard: an outlet's dashed name is a sign-off trailer, as before."""
    text = _wire("— Vale Post", byline="By Ivo Marsh")
    [story] = wirestory.parse(text)
    assert list(story.body) == list(_WIRE_PARAGRAPHS)
    assert "sign-off-in-body" not in _codes(story)


# --- 2. A heading over a guide's first numbered entry ---------------------------------


@pytest.mark.parametrize(
    "heading", ["Our favourite cafés on the quay", "Where to drink coffee in Kellsmouth"]
)
def test_heading_over_a_guides_first_entry_left_out_is_said(heading: str) -> None:
    """A heading of its own over ``1. Harbour Beans …`` (the guide's first
    entry, read in since silent51) was left out, silently: its words are
    none of the first entry's. Left out still (a section's label reads the
    same), now said."""
    text = _guide(heading, *_entries())
    [story] = wirestory.parse(text)
    assert list(story.body) == [*_entries(), _GUIDE_CLOSE]
    said = [d for d in story.diagnostics if d.code == "heading-over-story-left-out"]
    assert [d.line for d in said] == [text.split("\n").index(heading) + 1]


@pytest.mark.parametrize("heading", ["Best cafés in Kellsmouth", "The best cafés in Kellsmouth"])
def test_headline_shown_again_over_a_guides_first_entry_says_nothing(heading: str) -> None:
    """The guard (the brief's item): a heading writing only the headline's
    words (``The best cafés in Kellsmouth``) is the headline shown again:
    left out, unsaid, as a repeat in the body would be a duplicate."""
    [story] = wirestory.parse(_guide(heading, *_entries()))
    assert list(story.body) == [*_entries(), _GUIDE_CLOSE]
    assert "heading-over-story-left-out" not in _codes(story)


# --- 3. Another writer's sign-off alone under a page story ----------------------------


@pytest.mark.parametrize(
    "sign_off", ["Tom Hale, USA TODAY", "Tom Hale, The Vale Post", "Jane Roe, The Drive"]
)
def test_another_writers_sign_off_under_the_page_story_is_said(sign_off: str) -> None:
    """Another name and an outlet under a story by ``By Ivo Marsh``: a
    second writer's sign-off or a reader's letter's signature (the forms
    read the same): left out as the page's footer, as before, now said."""
    [story] = wirestory.parse(_page(sign_off))
    assert story.byline is not None
    assert story.byline.organization is None
    assert list(story.body) == list(_PAGE_PARAGRAPHS)
    said = [d for d in story.diagnostics if d.code == "sign-off-left-out"]
    assert len(said) == 1
    assert sign_off in said[0].message


@pytest.mark.parametrize("tail", ["Tom Hale, AP", "Kim Gump, Dallas", "Ivo Marsh, USA TODAY"])
def test_credit_town_and_own_sign_off_under_the_page_story_are_not_said(tail: str) -> None:
    """Near misses: a photo's credit, a letter's name and town, the byline's
    own writer (a trailer since silent52): nothing said."""
    [story] = wirestory.parse(_page(tail))
    assert "sign-off-left-out" not in _codes(story)


# --- 4. The writer's sign-off over ``Contributing:`` under a bylined page story -------


@pytest.mark.parametrize(
    ("sign_off", "outlet"),
    [
        ("Ivo Marsh, USA TODAY", "USA TODAY"),
        ("Ivo Marsh, The Vale Post", "The Vale Post"),
        ("Ivo Marsh, Kellsmouth Echo", "Kellsmouth Echo"),
    ],
)
@pytest.mark.parametrize(
    "contributing", ["Contributing: Tom Hale", "Contributing: Tom Hale, Jane Roe, USA TODAY"]
)
def test_writers_sign_off_over_contributing_under_the_page_story_is_read(
    sign_off: str, outlet: str, contributing: str
) -> None:
    """``By Ivo Marsh`` … ``Ivo Marsh, USA TODAY`` / ``Contributing: Tom
    Hale``: the sign-off was stepped over as furniture, the outlet lost,
    silently."""
    text = _page(f"{sign_off}\n\n{contributing}")
    [story] = wirestory.parse(text)
    assert story.byline is not None
    assert story.byline.names == ("Ivo Marsh",)
    assert story.byline.organization == outlet
    assert list(story.body) == list(_PAGE_PARAGRAPHS)
    assert _rules_of(story, text, sign_off) == {"trailer-writer-sign-off"}
    assert "Tom Hale" in [c.name for c in story.contributors]


def test_another_writers_sign_off_over_contributing_is_said() -> None:
    """Another writer's sign-off over the trailer: left out, now said."""
    [story] = wirestory.parse(_page("Tom Hale, USA TODAY\n\nContributing: Jane Roe"))
    assert story.byline is not None
    assert story.byline.organization is None
    assert "sign-off-left-out" in _codes(story)


# --- 5. A stop after the site's address in the page's sign-off ------------------------


@pytest.mark.parametrize("stop", [".", ""])
@pytest.mark.parametrize("site", ["Valetickets.com", "vale-news.co.uk", "www.valetickets.com"])
def test_page_sign_off_with_a_web_address_is_read(site: str, stop: str) -> None:
    """``Ivo Marsh, Valetickets.com.`` under ``By Ivo Marsh``: the page's
    footer, the address lost, silently (wire copy read it at silent52); with
    no stop too, the address taken for a letter's town."""
    sign_off = f"Ivo Marsh, {site}{stop}"
    text = _page(sign_off)
    [story] = wirestory.parse(text)
    assert story.byline is not None
    assert story.byline.organization == site
    assert list(story.body) == list(_PAGE_PARAGRAPHS)
    assert _rules_of(story, text, sign_off) == {"trailer-writer-sign-off"}


def test_page_name_and_town_with_a_stop_is_no_sign_off() -> None:
    """Near miss: ``Ivo Marsh, Kellsmouth.`` reads no address: unread, as before."""
    [story] = wirestory.parse(_page("Ivo Marsh, Kellsmouth."))
    assert story.byline is not None
    assert story.byline.organization is None


# --- 6. Numbered key points under a page story's byline -------------------------------

_POINTS = (
    "1. The old north pier will be rebuilt before next summer.",
    "2. The work will cost about $4 million.",
    "3. Fishing crews will be asked how it should be laid out.",
)


@pytest.mark.parametrize("points", [_POINTS, _POINTS[:2]])
@pytest.mark.parametrize("blank", [False, True])
def test_numbered_key_points_under_the_byline_are_said(
    points: tuple[str, ...], blank: bool
) -> None:
    """Numbered sentences between the date line and the story (a summary
    box with no label): left out as the header's furniture, silently."""
    block = ("\n".join(points),) if blank else points
    header = "By Ivo Marsh\nMarch 4, 2025"
    [story] = wirestory.parse(_pier_page(*block, *_PAGE_PARAGRAPHS, header=header))
    assert list(story.body) == list(_PAGE_PARAGRAPHS)
    said = [d for d in story.diagnostics if d.code == "header-line-left-out"]
    assert len(said) == 1
    assert points[0] in said[0].message


@pytest.mark.parametrize(
    "over",
    [
        # One numbered line: a list of one counts nothing.
        ("1. The old north pier will be rebuilt before next summer.",),
        # Numbered words of no sentence: a menu's or a contents box's rows.
        ("1. News", "2. Sport"),
    ],
)
def test_one_numbered_line_or_a_menu_says_no_key_points(over: tuple[str, ...]) -> None:
    header = "By Ivo Marsh\nMarch 4, 2025"
    [story] = wirestory.parse(_pier_page(*over, *_PAGE_PARAGRAPHS, header=header))
    assert not any(
        d.code == "header-line-left-out" and over[0] in d.message for d in story.diagnostics
    )


# --- 9. Clock words and a number over wire copy's byline -------------------------------


@pytest.mark.parametrize("line", ["Minuto 90", "90 Minutes", "Minute 90", "24 Horas", "48 hours"])
def test_duration_alone_is_no_front_date_line(line: str) -> None:
    """A number and a unit of time alone names no date nor time of day (a
    programme's, a match's minute): it was wire copy's date line, lost."""
    assert not front_date_line(line)


@pytest.mark.parametrize(
    "line", ["Updated 3 hours ago", "Hace 2 horas", "Posted 10:15 am ET", "10:32 horas"]
)
def test_date_words_with_a_label_or_a_time_stay_date_lines(line: str) -> None:
    """The guard: a label, ``ago`` or a time of day beside the unit."""
    assert front_date_line(line)


@pytest.mark.parametrize("line", ["Minuto 90", "90 Minutes"])
def test_duration_over_wire_copys_byline_is_kept(line: str) -> None:
    text = "\n\n".join((_WIRE_HEADLINE, line, "By Ivo Marsh", *_WIRE_PARAGRAPHS)) + "\n"
    [story] = wirestory.parse(text)
    assert "wire-date-line" not in _rules_of(story, text, line)
    assert line in (*story.body, story.standfirst, story.headline) or any(
        d.line == 3 for d in story.diagnostics
    )


# --- 7. A heading's words in the ``Penulis … | Editor …`` frame -----------------------


@pytest.mark.parametrize(
    "line", ["Penulis Muda Berbakat | Editor Pilihan", "Penulis Tamu Kami | Editor Senior"]
)
@pytest.mark.parametrize("header", ["{}\nMarch 4, 2025", "04/03/2025, 10:32 WIB\n{}"])
def test_heading_in_the_writer_and_editor_frame_is_doubted(line: str, header: str) -> None:
    """Words of a heading in the frame (young talented writer | editor's
    pick) were read as the byline, ``Muda Berbakat`` the writer, silently:
    an editor's part naming no person is doubted now."""
    [story] = wirestory.parse(_pier_page(*_PAGE_PARAGRAPHS, header=header.format(line)))
    said = [d for d in story.diagnostics if d.code == "byline-name-may-be-phrase"]
    assert len(said) == 1
    assert line[:40] in said[0].message


def test_editor_of_one_name_keeps_the_byline_doubted() -> None:
    """An editor known by one name reads the same as a heading's word: the
    writer is still read, the doubt said."""
    line = "Penulis Rina Sari | Editor Sukarno"
    [story] = wirestory.parse(_pier_page(*_PAGE_PARAGRAPHS, header=f"{line}\nMarch 4, 2025"))
    assert story.byline is not None
    assert story.byline.names == ("Rina Sari",)
    assert "byline-name-may-be-phrase" in _codes(story)


def test_writer_and_editor_named_stay_the_byline() -> None:
    """The guard (heldout31's form): a writer and an editor each named."""
    line = "Penulis Rina Sari | Editor Adi Putra"
    [story] = wirestory.parse(_pier_page(*_PAGE_PARAGRAPHS, header=f"{line}\nMarch 4, 2025"))
    assert story.byline is not None
    assert story.byline.names == ("Rina Sari",)
    assert "byline-name-may-be-phrase" not in _codes(story)


# --- 8. A portal's pitch to follow it on the reader's phone ----------------------------


_ID_PARAGRAPHS = (
    "DERMAGA, ValeWarta.id - Dewan pelabuhan memutuskan pada Selasa untuk membangun "
    "kembali dermaga utara yang rusak diterjang badai musim lalu.",
    "Ketua dewan, Ada Quinn, mengatakan pembangunan akan menelan biaya sekitar Rp 60 "
    "miliar dan selesai sebelum musim panas.",
    "Para nelayan selama ini harus berlabuh di dermaga lain yang berjarak enam kilometer "
    "dari kampung mereka.",
)


def _id_page(tail: str) -> str:
    return (
        "\n".join(
            (
                "ValeWarta.id",
                "Beranda",
                "Nasional",
                "Regional",
                "Dewan Pelabuhan Putuskan Bangun Kembali Dermaga Utara",
                "ValeWarta.id - 04/03/2025, 10:32 WIB",
                "Penulis Rina Sari | Editor Adi Putra",
                *_ID_PARAGRAPHS,
                tail,
                "Copyright 2025 ValeWarta.id. All Rights Reserved.",
            )
        )
        + "\n"
    )


@pytest.mark.parametrize(
    "pitch",
    [
        "Simak breaking news dan berita pilihan kami langsung di ponselmu.",
        "Ikuti berita terkini dan pilihan dari kami langsung di ponsel Anda.",
        "Dapatkan kabar terbaru dari pelabuhan setiap pagi langsung di ponselmu.",
    ],
)
def test_pitch_to_the_readers_phone_under_the_page_story_is_said(pitch: str) -> None:
    """The bid to follow the portal on the reader's phone (heldout31's
    ``Simak …``) was kept as the story's last paragraph, unsaid."""
    [story] = wirestory.parse(_id_page(pitch))
    assert list(story.body[1:]) == [*_ID_PARAGRAPHS[1:], pitch]
    assert "sign-up-pitch-in-body" in _codes(story)


def test_english_pitch_to_the_readers_phone_is_said() -> None:
    pitch = "Get the latest harbour news and alerts on your phone with our free app."
    [story] = wirestory.parse(_page(pitch))
    assert story.body[-1] == pitch
    assert "sign-up-pitch-in-body" in _codes(story)


def test_story_sentence_on_phones_is_no_pitch() -> None:
    """Near miss: a story's sentence naming a phone bids nothing."""
    last = "Crews said they had found a phone on the pier but no sign of its owner."
    [story] = wirestory.parse(_page(last))
    assert story.body[-1] == last
    assert "sign-up-pitch-in-body" not in _codes(story)


# --- Found on the way: a portal's address over its date read as the byline ------------


@pytest.mark.parametrize("site", ["ValeWarta.id", "Kabarlembah.id"])
def test_portals_address_and_date_line_is_no_byline(site: str) -> None:
    """``ValeWarta.id - 04/03/2025, 10:32 WIB`` over ``Penulis Rina Sari |
    Editor Adi Putra``: the address was read as the writer's name, the
    writer under it left out, silently (a ``.com`` address read right)."""
    text = _id_page("Harga tiket kapal tidak akan naik tahun ini.").replace("ValeWarta.id", site)
    [story] = wirestory.parse(text)
    assert story.byline is not None
    assert story.byline.names == ("Rina Sari",)
