"""Review of the thirteenth round's rules (silent13): near-misses of each new
rule, written for this review. Each test failed on the code before its fix;
the counter-cases read as before."""

from __future__ import annotations

import pytest

import wirestory
from wirestory import ParseOptions

_P1 = (
    "The harbour board agreed on Monday to rebuild the north pier after winter storms "
    "tore away a third of its deck and two of its lamps."
)
_P2 = (
    "Engineers told the board the work would take most of the summer and that the "
    "ferry would berth at the south quay until it was done."
)
_P3 = (
    "Fishing crews said they welcomed the plan but asked the board to keep the slipway "
    "open for small boats while the pier was closed."
)


def _story(text: str, layout: str) -> wirestory.Story:
    [story] = wirestory.parse(text, options=ParseOptions(layout=layout))
    return story


def _with_byline(line: str, layout: str) -> wirestory.Story:
    if layout == "page":
        top = "Pier to be rebuilt | Vale Post\n\nHome | News\n\nPier to be rebuilt\n\n"
    else:
        top = "Pier to be rebuilt\n\n"
    return _story(f"{top}{line}\n\n{_P1}\n\n{_P2}\n", layout)


# --- 1. A second writer whose surname is an outlet's word ---------------------------


@pytest.mark.parametrize("layout", ["wire", "page"])
@pytest.mark.parametrize(
    ("line", "names", "outlet"),
    [
        ("By Jane Roe, Emily Post", ("Jane Roe",), "Emily Post"),
        ("By Jane Roe, Tom Hale, Emily Post", ("Jane Roe", "Tom Hale"), "Emily Post"),
        ("By Jane Roe, Bill Press", ("Jane Roe",), "Bill Press"),
    ],
)
def test_two_words_ending_in_an_outlets_word_may_be_a_writer(
    line: str, names: tuple[str, ...], outlet: str, layout: str
) -> None:
    # A given name and a surname that is an outlet's word read as a paper's
    # two-word name: the outlet is taken, and the story says it may be a writer.
    story = _with_byline(line, layout)
    assert story.byline is not None
    assert story.byline.names == names
    assert story.byline.organization == outlet
    assert "byline-place-after-name" in [d.code for d in story.diagnostics]


@pytest.mark.parametrize("layout", ["wire", "page"])
@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("By Jane Roe, The Vale Post", "The Vale Post"),
        ("By Jane Roe, Harbour Valley Gazette", "Harbour Valley Gazette"),
        ("By Jane Roe, Daily Star", "Daily Star"),
        ("By Jane Roe, Gulf News", "Gulf News"),
        ("By Jane Roe, Korea Herald", "Korea Herald"),
        ("By Jane Roe, Harbour Gazette", "Harbour Gazette"),
        # A list ended by "and" has named its last writer.
        ("By Jane Roe and Tom Hale, Vale Post", "Vale Post"),
        ("By Jane Roe, Associated Press", "Associated Press"),
    ],
)
def test_an_outlets_name_no_one_bears_is_not_flagged(line: str, outlet: str, layout: str) -> None:
    # "The", three words, two outlet's words, a last word no surname is
    # (Herald, Gazette, News) or an agency: the paper, no doubt.
    story = _with_byline(line, layout)
    assert story.byline is not None
    assert story.byline.names[0] == "Jane Roe"
    assert story.byline.organization == outlet
    assert "byline-place-after-name" not in [d.code for d in story.diagnostics]


# --- 2. A paragraph ending in a generic credit's word after a dash ------------------

_PAGE_TOP = "Sales slump | Vale Post\n\nHome | News\n\nSales slump\n\nBy Jane Roe\n\n"


@pytest.mark.parametrize(
    "block",
    [
        "Asked where the sales had gone, the shop's owner had a one-word answer - Online",
        "The club said the final would be held indoors this year - Pool",
    ],
)
def test_a_paragraph_ending_in_a_generic_credits_word_is_flagged(block: str) -> None:
    # Between the story's paragraphs, words that narrate or report speech
    # before "- Online" read as a paragraph's: taken as a caption, flagged.
    story = _story(f"{_PAGE_TOP}{_P1}\n\n{_P2}\n\n{block}\n\n{_P3}\n", "page")
    assert "caption-may-be-paragraph" in [d.code for d in story.diagnostics]


def test_a_caption_with_a_generic_credit_is_not_flagged() -> None:
    block = "Crowds gather outside the court on Mill Street on Monday - Handout"
    story = _story(f"{_PAGE_TOP}{_P1}\n\n{_P2}\n\n{block}\n\n{_P3}\n", "page")
    assert [c.credit for c in story.captions] == ["Handout"]
    assert "caption-may-be-paragraph" not in [d.code for d in story.diagnostics]


# --- 3. A wire line under the headline ending in a generic credit's word ------------


@pytest.mark.parametrize(
    "line",
    [
        "Tickets for the rebuilt pier will be sold from Friday - Online",
        "The board said the ferry would berth at the south quay - Pool",
    ],
)
def test_a_sentence_under_a_wire_headline_ending_in_the_word_is_no_caption(line: str) -> None:
    # Words that narrate or report speech before "- Online": a deck's or a
    # lead's sentence, no photo's caption (it stays the story's, as before).
    story = _story(f"Pier to be rebuilt\n\n{line}\n\n{_P1}\n\n{_P2}\n", "wire")
    assert story.captions == ()
    assert line in [*story.body, story.standfirst]


def test_a_caption_under_a_wire_headline_with_a_generic_credit_stays() -> None:
    line = "Crowds gather on the north pier on Monday - Handout"
    story = _story(f"Pier to be rebuilt\n\n{line}\n\n{_P1}\n\n{_P2}\n", "wire")
    assert [c.credit for c in story.captions] == ["Handout"]


def test_a_sentence_in_a_page_s_header_ending_in_the_word_is_no_caption() -> None:
    # The page's header: the narrating line is no photo's caption credited
    # "Online" (it stays furniture, as before the thirteenth round).
    line = "Tickets for the rebuilt pier will be sold from Friday - Online"
    header = "Pier to be rebuilt | Vale Post\n\nHome | News\n\nPier to be rebuilt\n\n"
    story = _story(f"{header}{line}\n\nBy Jane Roe\nMarch 3, 2026\n\n{_P1}\n\n{_P2}\n", "page")
    assert story.captions == ()
