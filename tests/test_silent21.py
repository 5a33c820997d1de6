"""Never silently wrong, twenty-first round: captions, credits and body
furniture that came out wrong with no diagnostic, each re-created with
invented text. Each test failed on the code before; the near-misses read like
them and stay as they were."""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_CAPTION, LIBRARY_STORY
from news_pages import library_story as _page
from story_checks import codes as _codes

from wirestory import parse_credit

_P1, _P2, _P3, _P4 = LIBRARY_STORY


# --- 1. A credit naming a broadcaster or an outlet ----------------------------------


@pytest.mark.parametrize(
    "outlet", ["Channel Vale", "Harbour TV", "Vale Radio", "Valley Television", "Channel NewsVale"]
)
def test_a_broadcasters_credit_is_its_source_not_a_photographer(outlet: str) -> None:
    """``Photo: Harbour TV`` credits the outlet: no photographer, the
    outlet the credit's source."""
    story = _page(_P1, f"{LIBRARY_CAPTION} Photo: {outlet}", _P2, _P3, _P4)
    [caption] = story.captions
    assert caption.photographer is None
    assert caption.source == outlet


@pytest.mark.parametrize(
    ("credit", "photographer"),
    [
        ("Photo: Jane Roe", "Jane Roe"),
        ("Photo: Jane Roe/Harbour TV", "Jane Roe"),
        ("Photo: Anne McTavish", "Anne McTavish"),
    ],
)
def test_a_persons_credit_still_names_the_photographer(credit: str, photographer: str) -> None:
    """A person's name, alone or before the outlet's, stays the photographer
    (a name run together of capitals, ``McTavish``, holds no outlet's word)."""
    assert parse_credit(credit).photographer == photographer


# --- 2. Two sentences or more, then a credit in brackets ----------------------------

_TWO_SENTENCES = (
    "The council met on Tuesday to debate the plan. Members voted to close the library "
    "after hours of argument."
)


@pytest.mark.parametrize("credit", ["(AFP)", "(Photo: Jane Roe)"])
def test_two_sentences_and_a_bracketed_credit_are_flagged(credit: str) -> None:
    """Read as a caption, the block says it may be a paragraph."""
    story = _page(_P1, f"{_TWO_SENTENCES} {credit}", _P2, _P3, _P4)
    assert "caption-may-be-paragraph" in _codes(story)


@pytest.mark.parametrize(
    "caption",
    [
        # One sentence in the present: a photo's caption.
        "Pupils leave the old library on Mill Street on Monday. (AFP)",
        "Pupils leave the old library on Mill Street on Monday. (Photo: Jane Roe)",
        # A photo desk's credit after two sentences.
        "Pupils leave the old library on Monday. The library closes on Friday. (AP Photo/Jane Roe)",
    ],
)
def test_a_photos_caption_in_brackets_is_not_flagged(caption: str) -> None:
    story = _page(_P1, caption, _P2, _P3, _P4)
    assert len(story.captions) == 1
    assert "caption-may-be-paragraph" not in _codes(story)


# --- 3. An embedded social post -----------------------------------------------------

_POST = "The old library closes its doors today after 80 years. pic.twitter.com/ab12cd"


@pytest.mark.parametrize(
    "blocks",
    [
        (f"{_POST}\n— Vale News Agency (@valenews) March 4, 2025",),
        (f"{_POST} — Vale News Agency (@valenews) 4 March 2025",),
        (_POST, "— Vale News Agency (@valenews) March 4, 2025"),
        (
            "The old library closes its doors today after 80 years. (AFP)\n"
            "— AFP News Agency (@AFP) March 4, 2025",
        ),
    ],
)
def test_an_embedded_post_is_flagged_and_no_caption(blocks: tuple[str, ...]) -> None:
    """The post's text and its signature stay the story's paragraphs (the
    post it quotes), never a caption, and the story says so."""
    story = _page(_P1, *blocks, _P2, _P3, _P4)
    assert story.captions == ()
    assert "embedded-post-in-body" in _codes(story)
    lines = [line for block in blocks for line in block.split("\n")]
    assert [p for p in story.body if p not in LIBRARY_STORY] == lines


def test_a_tagged_post_ending_in_an_agency_is_flagged() -> None:
    """No signature, a hashtag before the agency in brackets: read as a
    caption, it may be the agency's post."""
    story = _page(_P1, "#BREAKING The old library in Valeford closes after 80 years (AFP)", _P2)
    assert "caption-may-be-paragraph" in _codes(story)


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Roe (@janeroe) wrote on Monday that the library would close.",
        "The council posted the news on its account (@valecouncil) on Monday, March 4.",
    ],
)
def test_a_handle_in_a_paragraph_stays(sentence: str) -> None:
    story = _page(_P1, sentence, _P2, _P3, _P4)
    assert sentence in story.body
    assert "embedded-post-in-body" not in _codes(story)


@pytest.mark.parametrize(
    "caption",
    [
        f"{LIBRARY_CAPTION} (Photo: @janeroe)",
        # A car's number is no hashtag.
        "Car #3 crosses the line at Vale Park on Sunday. (AFP)",
    ],
)
def test_a_caption_with_a_handle_in_its_credit_or_a_number_is_not_flagged(caption: str) -> None:
    story = _page(_P1, caption, _P2, _P3, _P4)
    assert len(story.captions) == 1
    assert "caption-may-be-paragraph" not in _codes(story)


# --- 4. A live blog's timestamps ----------------------------------------------------


@pytest.mark.parametrize("stamp", ["12:41 GMT", "9.05am", "2 min ago", "4pm", "14:05", "Just now"])
def test_a_live_blogs_stamp_is_furniture(stamp: str) -> None:
    story = _page(_P1, stamp, _P2, _P3, _P4)
    assert story.body == LIBRARY_STORY


@pytest.mark.parametrize("line", ["At 9.05am", "By 4pm", "Two minutes later"])
def test_a_short_line_with_a_time_in_words_stays(line: str) -> None:
    story = _page(_P1, line, _P2, _P3, _P4)
    assert line in story.body


# --- 5. A paywall's notice ----------------------------------------------------------


@pytest.mark.parametrize(
    "notice",
    [
        ("Subscribe to continue reading",),
        ("This article is for subscribers only",),
        ("Already a subscriber? Log in",),
        ("This story is available to subscribers only.", "Already a subscriber? Sign in"),
    ],
)
def test_a_paywalls_notice_is_flagged(notice: tuple[str, ...]) -> None:
    story = _page(_P1, _P2, *notice)
    assert "story-cut-by-paywall" in _codes(story)


@pytest.mark.parametrize(
    "sentence",
    [
        "Subscribers to the library's newsletter will be told of the new branch.",
        "Sign in at the desk to borrow a book.",
    ],
)
def test_a_sentence_naming_subscribers_is_no_paywall(sentence: str) -> None:
    story = _page(_P1, _P2, sentence, _P3, _P4)
    assert "story-cut-by-paywall" not in _codes(story)


# --- 6. A correction with no label --------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "An earlier version of this story misstated the date of the vote.",
        "A previous version of this article incorrectly named the mayor.",
        "This article has been amended to correct the name of the mayor.",
    ],
)
def test_an_unlabelled_correction_is_a_note(note: str) -> None:
    story = _page(_P1, _P2, _P3, _P4, note)
    assert story.body == LIBRARY_STORY
    assert story.notes == (note,)


@pytest.mark.parametrize(
    "sentence",
    [
        "An earlier version of this report was published in 2019 and found the roof unsafe.",
        "This article has been amended to the council's rules since 2019, the mayor said.",
    ],
)
def test_a_story_sentence_on_an_earlier_version_stays(sentence: str) -> None:
    story = _page(_P1, _P2, _P3, _P4, sentence)
    assert story.body[-1] == sentence


# --- 7. Rows of figures under a heading with no colon -------------------------------

_FORECAST = ("Weekend outlook", "Saturday 12C, showers", "Sunday 14C, sunny")
_RESULTS = ("Results", "Vale United 2 Harbour City 1", "Mill Town 0 Riverside 3")


@pytest.mark.parametrize("rows", [_FORECAST, _RESULTS])
@pytest.mark.parametrize("where", ["between", "end"])
def test_rows_of_figures_under_a_heading_are_flagged(rows: tuple[str, ...], where: str) -> None:
    blocks = (_P1, _P2, *rows, _P3, _P4) if where == "between" else (*LIBRARY_STORY, *rows)
    story = _page(*blocks)
    assert "figure-rows-under-heading" in _codes(story)


@pytest.mark.parametrize(
    "blocks",
    [
        # A subheading over prose.
        (_P1, _P2, "The vote", _P3, _P4),
        # A subheading over one short line with a figure, then prose.
        (_P1, _P2, "What next", "Saturday 12C", _P3, _P4),
        # A list of headlines with figures under the story, no temperature nor score.
        (*LIBRARY_STORY, "Most read", "Council to spend 2m on roads", "Five things to do"),
    ],
)
def test_a_heading_over_no_rows_of_figures_is_not_flagged(blocks: tuple[str, ...]) -> None:
    story = _page(*blocks)
    assert "figure-rows-under-heading" not in _codes(story)
