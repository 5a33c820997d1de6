"""Never silently wrong, eighth round: forms that came out wrong with no
diagnostic, each re-created with invented text (docs/reliability-log.md). Each
test failed on the code before; the near-misses read like them and stay as
they were."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from story_checks import codes as _codes

import wirestory
from wirestory import ParseOptions
from wirestory.cli import main

PAGE = ParseOptions(layout="page")


def _rules(text: str, story: wirestory.Story) -> dict[str, str]:
    return {text[s.start : s.end].strip(): s.rule for s in story.segments}


# --- 1. A page with two blank lines between its paragraphs ----------------------

_SPREAD_PAGE = (
    "Council votes to close the old library\n"
    "By Jane Roe\n"
    "March 3, 2026\n\n"
    "The town council voted on Tuesday to close the old library on Mill Street after "
    "a long debate about its roof and the cost of repairs.\n\n\n"
    "Members said the building had been unsafe for years and that a new branch would "
    "open near the station in the spring.\n\n\n"
    '"We cannot keep pouring money into a roof that leaks," said the mayor.\n'
)


def test_the_pieces_of_a_page_cut_at_double_blanks_are_flagged() -> None:
    """A page setting two blank lines between its paragraphs is cut there into
    stories; the pieces below the first, paragraphs alone, were stories of
    their own with no diagnostic."""
    first, *pieces = wirestory.parse(_SPREAD_PAGE)
    assert first.headline == "Council votes to close the old library"
    assert "may-continue-story-above" not in _codes(first)
    assert len(pieces) == 2
    for piece in pieces:
        assert piece.headline == ""
        assert "may-continue-story-above" in _codes(piece)


@pytest.mark.parametrize(
    "second",
    [
        # A story of its own: a headline above its paragraphs.
        "Ferry strike ends after two days\n\nCrews went back to work on Thursday.\n",
        # A wire story pasted without its headline: it opens with a dateline.
        "OSLO (Reuters) - Ferry crews went back to work on Thursday after a two-day "
        "strike over pay.\n",
    ],
)
def test_a_story_of_its_own_after_a_double_blank_is_not_flagged(second: str) -> None:
    text = _SPREAD_PAGE.split("\n\n\n")[0] + "\n\n\n" + second
    stories = wirestory.parse(text)
    assert len(stories) == 2
    assert all("may-continue-story-above" not in _codes(story) for story in stories)


def test_a_dump_opening_with_paragraphs_alone_is_not_flagged() -> None:
    """The dump's first story has no story above it to belong to."""
    (story,) = wirestory.parse("Crews went back to work on Thursday after the strike.\n")
    assert "may-continue-story-above" not in _codes(story)


def test_a_worker_batch_keeps_the_cut_above_a_story(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    """--jobs N sends a large file's stories to workers packed: the cut above
    each goes too, and the pieces say the same as with --jobs 1."""
    from wirestory import runner

    monkeypatch.setattr(runner, "SMALL_FILE", 100)
    monkeypatch.setattr(runner, "BATCH_CHARACTERS", 700)
    path = tmp_path / "pages.txt"
    path.write_text("\n\n\n".join([_SPREAD_PAGE] * 8), encoding="utf-8")
    assert main(["parse", "--jobs", "1", str(path)]) == 0
    sequential = capsysbinary.readouterr().out
    assert main(["parse", "--jobs", "2", str(path)]) == 0
    parallel = capsysbinary.readouterr().out
    records = [json.loads(line) for line in parallel.splitlines()]
    flagged = [
        r for r in records if any(d["code"] == "may-continue-story-above" for d in r["diagnostics"])
    ]
    assert len(flagged) == 16
    assert parallel == sequential


# --- 2. A paragraph signed off by an agency between a page's paragraphs ----------

_MENU = "Home\nNews\nWorld\nBusiness\nSport\n"
_FOOTER = "\nAdvertisement\nAbout us\nContact us\nPrivacy Policy\n© 2026 The Vale Post\n"
_HEADLINE = "Floods cut roads across the north"
_PARAGRAPHS = (
    "Heavy rain cut roads across the north of the country on Monday, stranding drivers "
    "on the coast road and closing schools in three of the northern provinces.",
    "Rescue teams were sent to the worst hit villages by boat, and the army said it "
    "would open shelters in school halls for the families who had lost their homes.",
    "More rain is expected later this week, and the weather office has warned of "
    "landslides on the mountain roads between the valley towns and the coast.",
)


def _page(middle: str, header: str = "By Tom Hale\nDecember 3, 2026\nShare\n") -> str:
    """A page: title line, menu, headline, header, the story with ``middle``
    between its first and second paragraphs, footer."""
    first, *rest = _PARAGRAPHS
    blocks = "\n\n".join([first, middle, *rest]) if middle else "\n\n".join(_PARAGRAPHS)
    return f"{_HEADLINE} | The Vale Post\n\n{_MENU}\n{_HEADLINE}\n{header}\n{blocks}\n{_FOOTER}"


@pytest.mark.parametrize(
    "report",
    [
        "The river burst its banks near the port town overnight, officials said. \u2014 AFP",
        "The dam held through the night, the water board told reporters. (Reuters)",
        "Two fishing boats were missing off the cape, the coastguard says. -- AP",
    ],
)
def test_a_report_signed_off_between_paragraphs_is_body(report: str) -> None:
    """A sentence reporting speech, an agency after a dash or in parentheses:
    it was read as a photo's caption, lost from the body, silently."""
    text = _page(report)
    (story,) = wirestory.parse(text, options=PAGE)
    assert story.captions == ()
    assert story.body[1] == report
    assert _rules(text, story)[report] == "page-signed-paragraph"


def test_a_description_signed_off_with_a_dash_is_a_flagged_caption() -> None:
    """One sentence describing a scene, an agency after a dash (the wire's
    sign-off): a caption as before, flagged as a paragraph it may be."""
    line = "Rescuers carry a woman through the flood waters in the port town. \u2014 AFP"
    (story,) = wirestory.parse(_page(line), options=PAGE)
    assert [c.credit for c in story.captions] == ["AFP"]
    assert "caption-may-be-paragraph" in _codes(story)


@pytest.mark.parametrize(
    "caption",
    [
        "Rescuers carry a woman through the flood waters in the port town. (AFP)",
        "Rescuers carry a woman through the flood waters. (AP Photo/Tom Hale)",
    ],
)
def test_a_caption_with_its_usual_credit_stays_quiet(caption: str) -> None:
    """A credit in parentheses is a caption's usual form: caption, no doubt."""
    text = _page(caption)
    (story,) = wirestory.parse(text, options=PAGE)
    assert len(story.captions) == 1
    assert _rules(text, story)[caption] == "caption-in-story"
    assert "caption-may-be-paragraph" not in _codes(story)


# --- 4. "Image Source:" is a photo's credit label -------------------------------


@pytest.mark.parametrize(
    ("block", "agency", "photographer"),
    [
        ("Crews repair the quay wall.\nImage Source: Getty Images", "Getty Images", None),
        ("Crews repair the quay wall. Image source: Tom Hale/Reuters", "Reuters", "Tom Hale"),
        ("Crews repair the quay wall.\nPhoto Source: AFP", "Agence France-Presse", None),
        ("Crews repair the quay wall. Photo Credits: Tom Hale/Reuters", "Reuters", "Tom Hale"),
    ],
)
def test_image_source_labels_a_photo_credit(
    block: str, agency: str, photographer: str | None
) -> None:
    """``Image Source: X`` beside ``Image Credit: X``: the credit line was a
    paragraph of its own, or its label's second word the photo's source."""
    (story,) = wirestory.parse(_page(block), options=PAGE)
    (caption,) = story.captions
    assert caption.text == "Crews repair the quay wall."
    assert (caption.agency, caption.photographer, caption.source) == (agency, photographer, None)
    assert len(story.body) == 3


def test_image_credit_and_a_source_named_source_stay_as_they_were() -> None:
    """``Image Credit:`` as before; a credit naming a source with ``Source`` in
    its name keeps the whole name (only a label alone before its colon goes)."""
    (story,) = wirestory.parse(
        _page("Crews repair the quay wall.\nImage Credit: Getty Images"), options=PAGE
    )
    assert [(c.agency, c.source) for c in story.captions] == [("Getty Images", None)]
    text = "Crews repair the quay wall. Photo: Harbour Source Archive/Reuters"
    (story,) = wirestory.parse(_page(text), options=PAGE)
    (caption,) = story.captions
    assert caption.agency == "Reuters"
    assert "Harbour Source Archive" in (caption.photographer, caption.source)


# --- 6. A reading time under a wire headline -------------------------------------

_WIRE_LEAD = (
    "OSLO (Reuters) - Ferry crews went back to work on Thursday after a two-day "
    "strike over pay, the union said.\n\n"
    "The company said sailings would run to the normal timetable from Friday.\n"
)


@pytest.mark.parametrize(
    "front",
    [
        "Ferry strike ends after two days\n2 min read\n",
        "Ferry strike ends after two days\n\n5 mins read\n",
        "Ferry strike ends after two days\nBy Jane Roe\n4-minute read\n",
        "Ferry strike ends after two days\n12 minute read\n",
        "Ferry strike ends after two days\nReading time: 3 minutes\n",
        "2 min read\nFerry strike ends after two days\n",
    ],
)
def test_a_reading_time_by_a_wire_headline_is_furniture(front: str) -> None:
    """A scrape keeps the page's reading time by the headline: it was a
    subheading, the body's first paragraph (or, on top, the headline)."""
    text = f"{front}\n{_WIRE_LEAD}"
    (story,) = wirestory.parse(text)
    assert story.headline == "Ferry strike ends after two days"
    assert story.body[0].startswith("Ferry crews went back")
    assert story.subheading_indices == ()
    reading = next(line for line in front.splitlines() if "read" in line.casefold())
    assert _rules(text, story)[reading] == "reading-time"


def test_a_line_of_a_number_and_reading_words_stays_a_subheading() -> None:
    text = f"Ferry strike ends after two days\n\n2 minutes to read the rules\n\n{_WIRE_LEAD}"
    (story,) = wirestory.parse(text)
    assert story.body[0] == "2 minutes to read the rules"


# --- 3. Bylines in a frame: an agency and a date, a writer for an outlet ----------


@pytest.mark.parametrize(
    "line", ["by Reuters December 3, 2026", "By Reuters | December 3, 2026", "By Reuters"]
)
def test_an_agency_signing_with_its_date_is_the_byline(line: str) -> None:
    """``by Reuters December 3, 2026``: the agency is the byline's
    organisation, no person; the line was furniture (page) or the headline's
    wrapped end or deck (wire)."""
    (story,) = wirestory.parse(_page("", header=f"{line}\nShare\n"), options=PAGE)
    assert story.byline is not None
    assert (story.byline.names, story.byline.organization) == ((), "Reuters")
    if line != "By Reuters":  # the wire layout read that one already
        (story,) = wirestory.parse(f"Ferry strike ends after two days\n{line}\n\n{_WIRE_LEAD}")
        assert story.headline == "Ferry strike ends after two days"
        assert story.byline is not None
        assert (story.byline.names, story.byline.organization) == ((), "Reuters")


@pytest.mark.parametrize(
    ("line", "names", "outlet"),
    [
        ("Jane Roe for The Vale Post", ("Jane Roe",), "The Vale Post"),
        ("By Jane Roe for The Vale Post", ("Jane Roe",), "The Vale Post"),
        ("Jane Roe and Tom Hale for the Harbour Herald", ("Jane Roe", "Tom Hale"), None),
        ("Jane Roe for Reuters", ("Jane Roe",), "Reuters"),
    ],
)
def test_a_writer_for_an_outlet_is_the_byline(
    line: str, names: tuple[str, ...], outlet: str | None
) -> None:
    """``NAME for OUTLET``: the writer and the paper they file for; the line
    was furniture (page) or a deck, the story's standfirst (wire)."""
    outlet = outlet or "the Harbour Herald"
    for story in (
        wirestory.parse(_page("", header=f"{line}\nDecember 3, 2026\n"), options=PAGE)[0],
        wirestory.parse(f"Ferry strike ends after two days\n{line}\n\n{_WIRE_LEAD}")[0],
    ):
        assert story.byline is not None
        assert (story.byline.names, story.byline.organization) == (names, outlet)
        assert story.standfirst is None


@pytest.mark.parametrize(
    "deck", ["Big Win for The Reds", "Jude Bellingham for Real Madrid", "New Rules for The City"]
)
def test_a_deck_of_the_same_shape_stays_the_standfirst(deck: str) -> None:
    """Without ``By``, an outlet's name must end in an outlet's word or be an
    agency's: a deck in title case has the shape of ``NAME for OUTLET``."""
    (story,) = wirestory.parse(f"Ferry strike ends after two days\n{deck}\n\n{_WIRE_LEAD}")
    assert story.byline is None
    assert story.standfirst == deck


@pytest.mark.parametrize(
    ("close", "sign_off"),
    [
        ("More rain is expected later this week. \u2014 Sputnik", "\u2014 Sputnik"),
        ("More rain is expected later this week.\n\n(T\u00e9lam)", "(T\u00e9lam)"),
    ],
)
def test_a_sign_off_of_sputnik_or_telam_closes_wire_copy(close: str, sign_off: str) -> None:
    """``— Sputnik``, ``(Télam)`` closing a story: agencies' sign-offs, as
    ``— AFP`` is; they were the body's, in its last paragraph."""
    text = f"Ferry strike ends after two days\n\n{_WIRE_LEAD}\n{close}\n"
    (story,) = wirestory.parse(text)
    assert story.body[-1] == "More rain is expected later this week."
    rules = [(text[s.start : s.end].strip(), s.rule) for s in story.segments]
    assert (sign_off, "trailer-sign-off") in rules


# --- 5. A press release's contacts and its SOURCE line -----------------------------

_RELEASE = (
    "Harbour Tech launches a ferry booking app\n\n"
    "BERGEN, Norway, Dec. 3, 2026 /PRNewswire/ -- Harbour Tech today launched a booking "
    "app for the ferries of the western fjords, letting travellers buy tickets from "
    "their phones.\n\n"
    '"Travellers have asked for this for years," said Jane Roe, chief executive of '
    "Harbour Tech.\n\n"
    "About Harbour Tech\n\n"
    "Harbour Tech builds software for ferry companies in Norway and Denmark.\n\n"
)


@pytest.mark.parametrize(
    "close",
    [
        "Media contact:\nTom Hale\nHead of Communications\n+47 555 0100\n"
        "press@harbourtech.example\n\nSOURCE Harbour Tech\n",
        "Press Contacts\n\nTom Hale, +47 555 0100\n\nAnn Berg, ann@harbourtech.example\n",
        "CONTACT: Tom Hale, +47 555 0100, press@harbourtech.example\n",
        "SOURCE Harbour Tech\n",
        # The labels opening with a letter the trailer's first sieve once
        # left out (British spelling, a label of one word).
        "Enquiries: Tom Hale, +47 555 0100\n",
        "Relations: Tom Hale, +47 555 0100\n",
    ],
)
def test_a_press_release_closing_contacts_are_its_trailer(close: str) -> None:
    """The release's contacts under their label and the distributor's
    ``SOURCE`` line were the body's last paragraphs (a name a subheading)."""
    text = _RELEASE + close
    (story,) = wirestory.parse(text)
    assert story.body[-1] == (
        "Harbour Tech builds software for ferry companies in Norway and Denmark."
    )
    for line in close.splitlines():
        if line.strip():
            assert _rules(text, story)[line.strip()] == "trailer-contact"


@pytest.mark.parametrize(
    "close",
    [
        # No label over the short lines: the story's list.
        "Tickets go on sale for:\n\nBergen to Stavanger\n\nBergen to Florø\n",
        # A sentence about a contact is the story's.
        "Travellers can contact the harbour office for tickets.\n",
    ],
)
def test_a_story_ending_in_short_lines_keeps_them(close: str) -> None:
    text = _RELEASE + close
    (story,) = wirestory.parse(text)
    assert story.body[-1] == close.strip().splitlines()[-1]
    assert "trailer-contact" not in [s.rule for s in story.segments]


def _page_closed_by(close: str, header: str = "December 3, 2026\nShare\n") -> str:
    """The page of ``_page`` with ``close`` as the story's last block."""
    body = "\n\n".join([*_PARAGRAPHS, close])
    return f"{_HEADLINE} | The Vale Post\n\n{_MENU}\n{_HEADLINE}\n{header}\n{body}\n{_FOOTER}"


def test_a_writer_and_outlet_in_brackets_under_the_story_sign_it() -> None:
    """``[Jane Roe/The Vale Post]`` alone under the story, none in the header:
    the byline, flagged (a photo's credit is printed so); it was furniture
    (page) or the body's last paragraph (wire)."""
    close = "[Jane Roe/The Vale Post]"
    wire_text = f"Ferry strike ends after two days\n\n{_WIRE_LEAD}\nMore rain is due.\n\n{close}\n"
    for story in (
        wirestory.parse(_page_closed_by(close), options=PAGE)[0],
        wirestory.parse(wire_text)[0],
    ):
        assert story.byline is not None
        assert (story.byline.names, story.byline.organization) == (("Jane Roe",), "The Vale Post")
        assert "byline-after-story" in _codes(story)
        assert close not in story.body


def test_brackets_under_a_story_with_a_byline_stay_as_they_were() -> None:
    text = _page_closed_by("[Jane Roe/The Vale Post]", header="By Tom Hale\nDecember 3, 2026\n")
    (story,) = wirestory.parse(text, options=PAGE)
    assert story.byline is not None
    assert story.byline.names == ("Tom Hale",)
    assert "byline-after-story" not in _codes(story)


_REPORT = "The river burst its banks near the port town overnight, officials said."
_REST = (
    "Rescue teams were sent to the worst hit villages by boat, and the army said it "
    "would open shelters in school halls.\n\nMore rain is expected later this week.\n"
)


@pytest.mark.parametrize("sign_off", ["\u2014 AFP", "(AFP)", "-- AP"])
@pytest.mark.parametrize("headline", ["Floods cut roads across the north\n\n", ""])
def test_a_lead_reporting_speech_signed_off_is_the_body(headline: str, sign_off: str) -> None:
    """Wire copy (or a lead pasted without its headline) opening with a
    sentence reporting speech and an agency's sign-off: the lead was a
    photo's caption (under a headline, or headless with ``(AFP)``) or the
    headline (``— AFP``: no full stop at the line's end), silently."""
    lead = f"{_REPORT} {sign_off}"
    (story,) = wirestory.parse(f"{headline}{lead}\n\n{_REST}")
    assert story.headline == headline.strip()
    assert story.captions == ()
    assert story.body[0] == lead


def test_a_photo_caption_opening_a_scraped_story_stays_a_caption() -> None:
    caption = "Rescuers carry a woman through the flood waters in the port town. (AFP)"
    text = f"{caption}\nFloods cut roads across the north\n\n{_REST}"
    (story,) = wirestory.parse(text)
    assert [c.credit for c in story.captions] == ["AFP"]
    assert story.headline == "Floods cut roads across the north"
