"""Findings of the review of the thirty-fifth rounds: a pass growing as the
square of the page's size, and losses said nowhere.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

import pytest
from test_cases import rebuild

import wirestory
from wirestory.trailers import Trailer, classify_trailer

# The size limits lifted: a page of thousands of blocks is read whole.
_WHOLE = wirestory.ParseOptions(max_line_chars=10**9, max_story_chars=10**9)


def _codes(story: wirestory.Story) -> list[str]:
    return [diagnostic.code for diagnostic in story.diagnostics]


@contextmanager
def _counted_searches() -> Iterator[list[int]]:
    """The calls of ``str.count`` made meanwhile (one pass over its string
    each), as the profiler sees calls into C."""
    calls = [0]

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        if event == "c_call" and getattr(arg, "__name__", "") == "count":
            calls[0] += 1

    sys.setprofile(profile)
    try:
        yield calls
    finally:
        sys.setprofile(None)


# --- 1. The pull quotes' pass is linear in the story's size ------------------------


def _agenda_page(items: int, *, said: str = "") -> str:
    """A council page listing its agenda's items as short blocks, each a
    sentence ending in a colon."""
    blocks = ["Council votes on the harbour plan", "By Ann Carter"]
    if said:
        blocks.append(said)
    blocks += [f"Item {number} of the council agenda was read aloud:" for number in range(items)]
    return "\n\n".join(blocks) + "\n"


def test_thousands_of_short_blocks_are_not_each_counted_over_the_story() -> None:
    """5,000 short blocks: at most 128 passes over the story (the short
    paragraphs counted, at most), not one each (before, 5,001 passes over a
    250 kB story)."""
    text = _agenda_page(5_000)
    with _counted_searches() as calls:
        stories = wirestory.parse(text, options=_WHOLE)
    assert calls[0] <= 128
    assert text == rebuild(text, stories)
    assert all("pull-quote-in-body" not in _codes(story) for story in stories)


def test_pull_quote_among_many_short_blocks_is_still_said() -> None:
    """Past the counted few, the longer paragraphs' word runs find the pull
    quote alone: it is said as before."""
    quoted = "The harbour plan will change this town for good"
    said = f'"{quoted}," said the mayor, Ann Carter, after the vote on the plan.'
    text = _agenda_page(512, said=said)
    text = text.replace("Item 7 of the council agenda was read aloud:", quoted + ".")
    (story,) = wirestory.parse(text, options=_WHOLE)
    assert "pull-quote-in-body" in _codes(story)


def test_short_blocks_sharing_a_long_paragraphs_words_stop_and_say_so() -> None:
    """Thousands of short blocks whose four key words a long paragraph holds,
    but not their other words: each would read the long paragraph again. The
    reading stops within a bound of the story's size and says so."""
    items = 3_000
    long = " ".join(f"Then w{n} x{n} y{n} z{n} said so." for n in range(items))
    blocks = ["Council votes on the harbour plan", "By Ann Carter", long]
    blocks += [f"Item w{n} x{n} y{n} z{n} was read aloud:" for n in range(items)]
    text = "\n\n".join(blocks) + "\n"
    (story,) = wirestory.parse(text, options=_WHOLE)
    assert text == rebuild(text, [story])
    (said,) = [d for d in story.diagnostics if d.code == "pull-quote-in-body"]
    assert "not compared" in said.message


# --- 2. A last paragraph leading into what the page no longer shows ---------------

_FARES = (
    "The harbour board said on Monday that ferry fares would rise by a tenth from April, "
    "the first rise in four years, blaming the cost of fuel and of the new piers.",
    "Commuters who cross each day said the rise would cost them more than they could "
    "afford, and the crews' union said it would ask the board to think again.",
    "The board's chair, Tom Hale, said the fares had been held down for as long as the "
    "board could hold them.",
)


def _small_page(last: str) -> str:
    """A small page: a menu, the headline, the byline, three paragraphs and
    ``last`` under them, nothing under it."""
    header = "Home\nNews\nSport\nWeather\n\nHarbour ferry fares to rise in spring\n\nBy Ann Carter"
    return "\n\n".join((header, *_FARES, last)) + "\n"


def test_colon_lead_as_last_paragraph_left_out_is_said() -> None:
    """A sentence ending in a colon with nothing under it (its list lost by
    the scraper) was furniture under the story, said nowhere."""
    last = "The council will meet again next week to settle the following questions:"
    text = _small_page(last)
    (story,) = wirestory.parse(text)
    assert text == rebuild(text, [story])
    assert story.body == _FARES
    (said,) = [d for d in story.diagnostics if d.code == "closing-sentence-left-out"]
    assert "The council will meet again" in said.message


def test_colon_prompt_and_closing_sentence_keep_their_reading() -> None:
    """A prompt of a word or two over the site's icons is furniture, unsaid;
    a short closing sentence is still the story's last paragraph."""
    (story,) = wirestory.parse(_small_page("Share this:"))
    assert story.body == _FARES
    assert "closing-sentence-left-out" not in _codes(story)
    closing = "The board meets again on Friday."
    (story,) = wirestory.parse(_small_page(closing))
    assert story.body == (*_FARES, closing)
    assert "closing-sentence-left-out" not in _codes(story)


# --- 3. Yonhap's writer's address glued under the last paragraph ------------------

_YONHAP = (
    "S. Korea to raise ferry fares\n\n"
    "SEOUL, Dec. 5 (Yonhap) -- South Korea will raise ferry fares next year, the ministry "
    "said Friday.\n\n"
    "The rise follows a year of higher fuel costs, officials said.\n"
)


def test_writer_address_glued_over_end_goes_to_the_notes() -> None:
    """``… said.`` / ``jrk@yna.co.kr`` / ``(END)`` with no blank line: the
    address is a note, as with a blank line over it; it stayed in the body."""
    text = _YONHAP + "jrk@yna.co.kr\n(END)\n"
    (story,) = wirestory.parse(text)
    assert text == rebuild(text, [story])
    assert story.body[-1] == "The rise follows a year of higher fuel costs, officials said."
    assert story.notes == ("jrk@yna.co.kr",)


def test_sentence_holding_an_address_over_end_stays_in_the_body() -> None:
    """A line of the story naming an address in a sentence is no contact."""
    line = "Readers may write to fares@harbour.example with questions."
    text = _YONHAP + line + "\n(END)\n"
    (story,) = wirestory.parse(text)
    assert story.body[-1].endswith(line)
    assert story.notes == ()


# --- 4. A desk's signature is initials, not an agency and a word ------------------

_FERRY = (
    "Ferry fares to rise\n\n"
    "MUMBAI, Dec 5 (PTI) -- Ferry fares will rise by a tenth from April, the port trust "
    "said on Friday.\n\n"
    "The trust said fuel costs had doubled since the last rise.\n\n"
)


@pytest.mark.parametrize("line", ["AP US", "Reuters UK", "AFP TV", "AA NEWS"])
def test_agency_and_one_capitals_word_is_no_desk_signature(line: str) -> None:
    """An agency's name and one word in capitals as the story's last line
    was read as a desk's signature and left the body."""
    assert classify_trailer(line) is None
    text = _FERRY + line + "\n"
    (story,) = wirestory.parse(text)
    assert story.body[-1] == line


@pytest.mark.parametrize("line", ["PTI ABC DEF RT", "PTI SK VN"])
def test_desk_initials_are_a_sign_off(line: str) -> None:
    """PTI's desk signature, the writer's and the editors' initials, stays a
    sign-off under the story."""
    assert classify_trailer(line) == Trailer("sign-off")
    text = _FERRY + line + "\n"
    (story,) = wirestory.parse(text)
    assert story.body[-1] == "The trust said fuel costs had doubled since the last rise."


# --- 5. A capitals headline of PTI's slug form ------------------------------------

_COURTS = (
    "New Delhi, Dec 5 (PTI) The government will set up new courts to clear pending cases, "
    "the ministry said on Saturday.\n\n"
    "The courts will open next year.\n"
)


# A desk's code over another desk's place (Lucknow's over New Delhi) cannot be
# told from a headline's: DEL45 over New Delhi is PTI's own, unsaid (alarm36).
@pytest.mark.parametrize("line", ["COP28 CLIMATE-DEAL", "MH17 CRASH-PROBE", "LKO45 LAW-COURTS"])
def test_slug_form_over_the_dateline_says_it_may_be_the_headline(line: str) -> None:
    """The line goes to the notes and the story is headless, as PTI's slug
    over the dateline does; a capitals headline of that form reads the same,
    so the story says so (it was silent)."""
    (story,) = wirestory.parse(f"{line}\n\n{_COURTS}")
    assert story.headline == ""
    assert story.notes == (line,)
    assert "slug-may-be-headline" in _codes(story)


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("COP28 CLIMATE-DEAL", "Court orders library to stay open"),
        ("G20 SUMMIT-TALKS", "G20 SUMMIT-TALKS"),
    ],
)
def test_slug_form_near_misses_say_nothing(line: str, headline: str) -> None:
    """Over a headline the slug is no headline; a code of one capital part
    and digits (``G20``) is no PTI code: both read as before, unsaid."""
    under = "" if line == headline else f"{headline}\n\n"
    (story,) = wirestory.parse(f"{line}\n\n{under}{_COURTS}")
    assert story.headline == headline
    assert "slug-may-be-headline" not in _codes(story)
