"""variants48: the same story in more layout variations reads the same, or says so.

Every labelled case (``cases/``, ``cases_heldout*/``) is read again under each
variation added to ``strategies.LAYOUT_VARIATIONS`` in this round (which
``test_variants37``'s property tests combine with the others, one to three at a
time), and under each of ``strategies.SAID_VARIATIONS``.

Read the same (``LAYOUT_VARIATIONS``; what may change: offsets, the raw text,
white space; what must not: the story count, the headline, the captions and
their credits, the dateline's places and agencies, the byline's names, the
body's paragraphs, compared as ``test_variants37`` folds them):

- ``tab-indented``: every line holding more opened with a tab (a converter's
  indent: ``\\t# Headline``, ``\\tImage caption, …``);
- ``first-line-tab``: a tab opening the first line of each block;
- ``two-spaces-after-full-stops``: a typist's two spaces after a sentence;
- ``no-final-line-break``: the text's last line ending in no line break;
- ``trailing-blank-lines``: six line feeds ending the text.

Read the same or said (``SAID_VARIATIONS``; what may change besides: any field,
but only with a diagnostic on a story the plain text's reading does not carry):

- ``mojibake``: the text's UTF-8 read as Windows-1252 (``â€”`` for ``—``).
  normalization repairs the fields, the layouts' rules read the lines as
  written: ``repaired-text-read-as-written`` on a story whose lines, repaired,
  read otherwise (a story repaired in its words alone reads the same);
- ``html-entities``: ``&amp;``, ``&quot;``, ``&#8217;``, ``&nbsp;`` left in: the
  same diagnostic;
- ``one-line-feed-between-blocks``: a line feed in place of each single blank
  line: where lines are joined into a paragraph in a story holding no blank
  line, ``paragraphs-by-line-shape``; seven cases read otherwise silently
  (measured on b598861: 38 read otherwise, 7 silently), six now (37 / 6:
  variants61 read a wire caption and its credit line between paragraphs set
  one a line, ``tests/test_variants61.py``), five now (variants64, measured
  on 5032437: 37 / 6), three now (variants64: 34 / 3; a quotation's speaker
  on the line under the quote is the quote's paragraph's, a newsletter's
  links under a sentence are no wrapped tail of it, ``tests/test_variants64.py``);
  left: a page's caption and its source under it, a Markdown page's header
  glued to its menu, a wrapped paragraph's lines (see
  ``_SILENT_ONE_LINE_FEED``), strict xfails.

Fixed in this round (each silent before): a Markdown heading behind a tab
(``\\t# Headline``) was no heading; a BBC caption's label behind a tab
(``\\tImage caption, …`` under ``\\tImage source, Getty Images``) lost its
credit (the labelled case ``broadcaster_image_source`` tab-indented); a
page's block weighed each space of a typist's two after a full stop, so a
closing line of 69 characters left out as short was kept with 70; found by
``test_variants37``'s property tests once the new variations changed their
draws (both on main too): ``By Met desk`` was no byline where ``BY MET DESK``
was a desk's signature, and a date line closed by a reading time (``… 10:32
AM 3 min read``) was none with spaces after it.

Every story written here is invented.
"""

from __future__ import annotations

import functools

import pytest
from strategies import LAYOUT_VARIATIONS, SAID_VARIATIONS
from test_cases import rebuild
from test_variants37 import _NAMES, _case_reading, _reading, _text

import wirestory
from wirestory import normalizing
from wirestory.bylines import find_byline
from wirestory.layouts.page import is_date_line

_NEW = (
    "tab-indented",
    "first-line-tab",
    "two-spaces-after-full-stops",
    "no-final-line-break",
    "trailing-blank-lines",
)


@pytest.mark.parametrize("variation", _NEW)
@pytest.mark.parametrize("name", _NAMES)
def test_a_labelled_case_reads_the_same_in_a_new_variation(name: str, variation: str) -> None:
    """Each labelled case under each new variation: the same reading, and the
    text rebuilt whole from its segments."""
    varied = LAYOUT_VARIATIONS[variation](_text(name))
    assert _reading(varied) == _case_reading(name, False)
    assert varied == rebuild(varied, wirestory.parse(varied))


@functools.cache
def _codes(text: str) -> frozenset[str]:
    return frozenset(d.code for story in wirestory.parse(text) for d in story.diagnostics)


# The labelled cases that still read otherwise, silently, with one line feed
# between their blocks (measured in this round; docs/reliability-log.md).
_SILENT_ONE_LINE_FEED = {
    "cases/page_caption_source_below": "a page's caption and its source under it glued "
    "to the paragraphs around them: read as paragraphs",
    "cases/wire_quote_speaker_not_caption": "a quotation's speaker line a paragraph of its own",
    "cases/wire_wrapped_paragraph_credit_not_caption": "a wrapped paragraph's lines, "
    "each ending a sentence or a name, read one paragraph a line",
    "cases_heldout22/md_blockquote_interview": "a Markdown page's header glued to its "
    "menu: the menu's line read as the headline",
}


def _said_cases() -> list[object]:
    """Each said variation with each case, the silent ones strict xfails."""
    cases: list[object] = []
    for variation in _SAID_BY:  # tests/test_variants52.py reads the later ones
        for name in _NAMES:
            silent = _SILENT_ONE_LINE_FEED.get(name)
            marks = (
                [pytest.mark.xfail(strict=True, reason=f"silent: {silent}")]
                if variation == "one-line-feed-between-blocks" and silent
                else []
            )
            cases.append(pytest.param(variation, name, marks=marks, id=f"{variation}-{name}"))
    return cases


_SAID_BY = {
    "mojibake": "repaired-text-read-as-written",
    "html-entities": "repaired-text-read-as-written",
    "one-line-feed-between-blocks": None,
}


@pytest.mark.parametrize(("variation", "name"), _said_cases())
def test_a_labelled_case_reads_the_same_in_a_said_variation_or_says_so(
    variation: str, name: str
) -> None:
    """Each labelled case under each variation the rules cannot always read
    the same: the same reading, or a diagnostic the plain text's reading
    does not carry (the variation's own, where it has one); the text is
    rebuilt whole either way."""
    plain = _text(name)
    varied = SAID_VARIATIONS[variation](plain)
    assert varied == rebuild(varied, wirestory.parse(varied))
    if _reading(varied) == _case_reading(name, False):
        return
    said = _codes(varied) - _codes(plain)
    code = _SAID_BY[variation]
    assert said if code is None else code in said


# The fixes, each on a text written for it, with near misses.

_WIRE = (
    "Ferry Strike Halts Island Crossings\n"
    "\n"
    "By Jane Roe\n"
    "\n"
    "PORT ELLIS (Reuters) — Ferry crews walked out on Monday over pay, halting"
    " crossings to the islands for the first time in a decade.\n"
    "\n"
    "“We have no choice,” the union’s leader, Tom O’Hale, said.\n"
)


@pytest.mark.parametrize(
    "written",
    [
        _WIRE.encode("utf-8").decode("sloppy-windows-1252"),
        _WIRE.replace("(Reuters) —", "(Reuters)&nbsp;—"),
        _WIRE.replace("(Reuters) —", "(Reuters) &mdash;"),
        _WIRE.replace("By Jane Roe", "By Jane O&#8217;Roe"),
    ],
    ids=["mojibake-dateline", "nbsp-dateline", "mdash-dateline", "entity-in-byline"],
)
def test_repaired_text_read_otherwise_is_said(written: str) -> None:
    """A story holding mojibake or an HTML entity that its repaired lines
    read otherwise (the dateline's dash, the byline's name) says
    ``repaired-text-read-as-written``."""
    (story,) = wirestory.parse(written)
    assert "repaired-text-read-as-written" in [d.code for d in story.diagnostics]


@pytest.mark.parametrize(
    "written",
    [
        _WIRE.replace("’", "&#8217;"),
        _WIRE.replace("“", "&quot;").replace("”", "&quot;"),
        _WIRE.replace("Ferry crews", "Caf\u00c3\u00a9 owners"),
    ],
    ids=["numeric-entity-in-words", "quot", "mojibake-in-words"],
)
def test_repaired_text_read_the_same_is_not_said(written: str) -> None:
    """Near misses: repairs inside words and quotes that the repaired lines
    read the same (the fields repaired, no rule turning on them) say
    nothing."""
    (story,) = wirestory.parse(written)
    assert story.dateline is not None
    assert story.diagnostics == ()


@pytest.mark.parametrize(
    "line",
    [
        "SÃO PAULO (Reuters) - Coffee prices rose on Monday.",
        "Café “Noir” opens on the quay, its owner said.",
        "AT&T and R&D budgets rose, the firm said.",
        "Tickets cost 5 &amp 6 euros at the gate.",
        "The tag <b>&amp;</b> stays as written in markup.",
        "Âge moyen: 42 ans, selon l’étude.",
        "Tom O’Hale — the union’s leader — said so…",
    ],
)
def test_text_no_field_repairs_is_not_said(line: str) -> None:
    """Near misses: a Portuguese ``Ã``, curly quotes after ``é``, ``AT&T``,
    an entity with no semicolon, an entity in markup (ftfy leaves a field
    holding ``<`` alone), ``Â`` opening a French word: nothing repaired,
    nothing said."""
    assert not normalizing.repaired_line(line)
    text = f"Ferry Strike Halts Island Crossings\n\nBy Jane Roe\n\n{line}\n\nThe union met.\n"
    assert "repaired-text-read-as-written" not in _codes(text)


_ONE_A_LINE = (
    "Shares End Higher, Led by Banks\n"
    "By Jane Roe\n"
    "Shares ended higher on Tuesday, led by banks, after two days of losses\n"
    "in the city. The broader index rose 0.4 percent.\n"
)


def test_paragraphs_joined_in_a_story_without_blank_lines_are_said() -> None:
    """A story holding no blank line whose lines were joined into one paragraph
    by their shape says ``paragraphs-by-line-shape``."""
    (story,) = wirestory.parse(_ONE_A_LINE)
    assert len(story.body) == 1
    assert "paragraphs-by-line-shape" in [d.code for d in story.diagnostics]


@pytest.mark.parametrize(
    "text",
    [
        # Blank lines between the paragraphs: they tell where each ends.
        _ONE_A_LINE.replace("By Jane Roe\n", "\nBy Jane Roe\n\n"),
        # Every line a sentence: one paragraph a line, none joined.
        "Shares End Higher, Led by Banks\n"
        "By Jane Roe\n"
        "Shares ended higher on Tuesday, led by banks, after two days of losses.\n"
        "The broader index rose 0.4 percent.\n",
    ],
    ids=["blank-lines", "every-line-a-sentence"],
)
def test_paragraphs_told_apart_are_not_said(text: str) -> None:
    """Near misses: blank lines in the story, or no line joined to another."""
    assert "paragraphs-by-line-shape" not in _codes(text)


_MARKDOWN_PAGE = (
    "* [Home](https://gazette.example/)\n"
    "* [News](https://gazette.example/news)\n"
    "\n"
    "# Harbour wall repairs to begin in spring after council vote\n"
    "\n"
    "By Jane Roe\n"
    "\n"
    "The council voted on Monday night to spend 2.1 million pounds on repairs"
    " to the harbour wall, which was damaged in the January storms.\n"
    "\n"
    "Work will begin in the spring and is expected to last two years, the"
    " council's leader said after the meeting.\n"
)


@pytest.mark.parametrize("indent", ["", "  ", "\t"])
def test_a_markdown_heading_behind_a_tab_is_the_headline(indent: str) -> None:
    """``\\t# Headline`` is a heading as ``# Headline`` and ``  # Headline``
    are: the page's headline, without its hashes."""
    text = "".join(
        indent + line if line.strip() else line for line in _MARKDOWN_PAGE.splitlines(True)
    )
    (story,) = wirestory.parse(text)
    assert story.headline == "Harbour wall repairs to begin in spring after council vote"


_FORECAST = (
    "The Harbour Courier\n"
    "News\n"
    "Weather\n"
    "Weather: Storm brings gales and heavy rain to the islands tonight\n"
    "By Weather desk\n"
    "March 4, 2026 6:00 am\n"
    "Gales of up to 70 mph are expected across the islands tonight as a storm moves in"
    " from the west.\n"
    "A yellow warning for wind is in place from 6pm until 9am on Wednesday, and crossings"
    " may be cancelled.\n"
    "Up to 40mm of rain could fall on the hills, with a risk of flooding on roads near"
    " the harbour.\n"
    "Today: Cloudy with outbreaks of rain, heavy later. Highest temperature 11C.\n"
    "Tonight: Gales and heavy rain, easing before dawn. Lowest temperature 6C.\n"
    "Tomorrow: Bright spells and squally showers. Highest temperature 10C.\n"
    "Share\n"
    "More weather\n"
)


def test_two_spaces_after_a_full_stop_weigh_as_one() -> None:
    """A page's closing line of 69 characters (``Tomorrow: … showers.
    Highest temperature 10C.``) with a typist's two spaces after its full
    stops reads as with one: left out as short both ways (said), not kept
    for the one character more."""
    plain = wirestory.parse(_FORECAST)[0]
    spaced = wirestory.parse(_FORECAST.replace(". ", ".  "))[0]
    assert spaced.body == plain.body
    assert "closing-sentence-left-out" in [d.code for d in spaced.diagnostics]


# Found by test_variants37's property tests once the new variations changed
# their draws (each on main too, silent).


@pytest.mark.parametrize(
    ("signature", "organization"),
    [
        ("By Met desk", "Met desk"),
        ("By Sports desk", "Sports desk"),
        ("BY MET DESK", "MET DESK"),
        ("By Met Desk", "Met Desk"),
    ],
)
def test_a_desk_in_small_letters_signs_as_in_capitals(signature: str, organization: str) -> None:
    """``By Met desk`` is a desk's signature naming no writer, as ``By Met
    Desk`` and ``BY MET DESK`` are (a byline set in capitals read a
    signature the same text in small letters did not)."""
    found = find_byline(signature)
    assert found is not None
    assert (found.names, found.organization) == ((), organization)


@pytest.mark.parametrize("line", ["By the desk", "By desk light", "By Met desk lamp"])
def test_desk_words_in_prose_sign_nothing(line: str) -> None:
    """Near misses: ``desk`` after a small word, first, or before another."""
    assert find_byline(line) is None


@pytest.mark.parametrize("after", ["", " ", " \t", "\t"])
def test_a_date_line_with_a_reading_time_may_end_in_spaces(after: str) -> None:
    """``Tue, Mar 4, 2025, 10:32 AM 3 min read`` with spaces or a tab after it
    is a date line, as without them (a finance portal's page read it as
    none and took its menu's first item for the headline)."""
    assert is_date_line(f"Tue, Mar 4, 2025, 10:32 AM 3 min read{after}")
