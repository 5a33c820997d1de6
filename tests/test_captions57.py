"""Photo captions on page text, a fifth round (captions57): the lead photo's
caption with no credit, printed under the page's share bar right over the
story's first paragraph.

The labelled real pages' caption misses (``score_fields.py``) include a
news site's lead photo under its share bar: ``Facebook`` / ``Twitter`` /
``Email`` / ``Print`` under the date line, then the photo's caption, one
sentence with no credit, then the story. A browser's text keeps the caption
and drops the photo. Before this round the sentence was left out as the
header's furniture (``between-headline-and-story``), in no field and unsaid:
``sentence-over-story-left-out`` asks only of a sentence right under the
byline or the date line, and the share bar stood between.

Fixed (``caption-under-share-bar``): one sentence of one line (a full stop at
its end and none before it, at most 40 words and 300 characters, no date
line) right above the story's first paragraph, under a run of short lines
holding at least two share buttons, the last a known button or a line with
no capitals, right under the headline, a byline or a date line, is the lead
photo's caption; it says ``caption-without-credit``
(a short first paragraph or a standfirst reads the same, and is now in a
field and said where it was lost unsaid). Guards: two sentences, one share
button alone, a sentence with a line of prose between it and the bar, the
photo's own credit and caption between the bar and the sentence (the photo
shown, the sentence under it the story's first paragraph).

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest

import wirestory

_PARAGRAPHS = (
    "The council has put off a vote on the new bus depot on Riverside Drive after neighbours "
    "asked for more time to read a noise study released last week.",
    "The vote will now take place in April, the chair said, once residents have had a month "
    "to send in their comments on the study.",
    "Residents have collected more than 600 signatures against the plan, which would put "
    "the depot beside three streets of homes.",
    "The transport authority says the depot is needed to keep up with the new routes opening "
    "next year.",
)

_CAPTION = "Buses parked at the old depot on Riverside Drive on Monday."


def _page(header: list[str], bar: list[str], caption: str, *, blank: str = "\n\n") -> str:
    """A page story: the site's name and menu, ``header`` (headline, byline,
    date line), the share ``bar``'s buttons one a line, ``caption``, the
    story's paragraphs and the footer; blocks apart by ``blank``."""
    title = "Council delays vote on bus depot | Vale Citizen"
    lines = [title, "News", "Local News", "Sport", *header, "\n".join(bar), caption]
    return blank.join([*lines, *_PARAGRAPHS, "Share", "Privacy Policy"]) + "\n"


_HEADER = ["Council delays vote on bus depot", "By Dana Whitlock", "March 4, 2025"]


@pytest.mark.parametrize(
    ("header", "bar", "caption"),
    [
        # Under the date line, the bar's buttons in a block of their own.
        (_HEADER, ["facebook", "twitter", "email", "print"], _CAPTION),
        # Under the byline (no date line), two buttons.
        (_HEADER[:2], ["Share on Facebook", "Tweet"], _CAPTION),
        # Under the headline alone, a site's own networks among the buttons.
        (_HEADER[:1], ["Facebook", "Google+", "Mastodon", "Twitter"], _CAPTION),
        # A caption naming a place and a date, quotes closing it.
        (_HEADER, ["Facebook", "WhatsApp"], 'Crews at work on the "Riverside Loop."'),
        # A script written with no spaces between its words, its own full stop.
        (_HEADER, ["Facebook", "Twitter", "微博", "打印"], "市议会周一推迟了对新公交车站的投票。"),
    ],
)
def test_a_sentence_under_the_share_bar_is_the_lead_photos_caption(
    header: list[str], bar: list[str], caption: str
) -> None:
    """Left out as the header's furniture before captions57, silently."""
    story = wirestory.parse_story(_page(header, bar, caption))
    assert [(c.text, c.credit) for c in story.captions] == [(caption, None)]
    assert list(story.body) == list(_PARAGRAPHS)
    assert "caption-without-credit" in {d.code for d in story.diagnostics}


def test_the_share_bar_a_block_a_button() -> None:
    """Each button a block of its own (blank lines between them)."""
    text = _page(_HEADER, ["facebook"], _CAPTION).replace(
        "facebook\n\n", "facebook\n\ntwitter\n\nemail\n\n"
    )
    story = wirestory.parse_story(text)
    assert [(c.text, c.credit) for c in story.captions] == [(_CAPTION, None)]
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize(
    ("bar", "line"),
    [
        # Two sentences: a paragraph's, a standfirst's.
        (["facebook", "twitter"], "The vote is off. Residents want more time."),
        # One share button alone: a link, no bar.
        (["facebook"], _CAPTION),
        # No sentence's end: a heading's, a deck's shape.
        (["facebook", "twitter"], "Buses parked at the old depot on Riverside Drive"),
        # The photo's credit and its caption under the bar, over the sentence:
        # the photo shown, the sentence under it the story's first paragraph.
        (["FACEBOOK", "TWITTER", "EMAIL ME", "Jane Roe", "Harbour Band"], _CAPTION),
        # A site's own word with capitals last: no known bar's end.
        (["Facebook", "Twitter", "Print this page"], _CAPTION),
    ],
)
def test_lines_under_a_share_bar_that_are_no_caption(bar: list[str], line: str) -> None:
    """Guards: two sentences, one button, no sentence's end, a capitalised
    line (the photo's credit or caption) last over the sentence."""
    story = wirestory.parse_story(_page(_HEADER, bar, line))
    assert line not in [c.text for c in story.captions]


@pytest.mark.parametrize(
    ("line", "body"),
    [
        # A dateline and an agency, or a dateline and a date, open the story's
        # first paragraph (``page-agency-opening``).
        (
            "WASHINGTON (AP) — The Senate passed the bill on Monday.",
            "The Senate passed the bill on Monday.",
        ),
        (
            "CAIRO, March 4 - A source said the council would meet.",
            "A source said the council would meet.",
        ),
    ],
)
def test_a_story_opening_under_the_bar_stays_the_first_paragraph(line: str, body: str) -> None:
    """Guards: each was read as the story's first paragraph before captions57
    (its dateline cut off by the enrichment) and is still."""
    story = wirestory.parse_story(_page(_HEADER, ["facebook", "twitter"], line))
    assert line not in [c.text for c in story.captions]
    assert list(story.body) == [body, *_PARAGRAPHS]


def test_speech_reported_under_the_bar_is_no_caption_and_said_left_out() -> None:
    """Guard: a quote's sentence (``… said one driver.``) opens stories, no
    photo's caption says so. Left out over the story, it is said now
    (``sentence-over-story-left-out`` walks over the bar's buttons); before
    captions57 it was left out unsaid."""
    line = '"It was chaos," said one driver.'
    story = wirestory.parse_story(_page(_HEADER, ["facebook", "twitter"], line))
    assert line not in [c.text for c in story.captions]
    assert "sentence-over-story-left-out" in {d.code for d in story.diagnostics}


def test_a_sentence_under_prose_under_the_bar_is_no_caption() -> None:
    """A line of prose between the bar and the sentence: the walk up to the
    bar stops at it (it ends like a sentence), and nothing is read."""
    text = _page(
        _HEADER,
        ["facebook", "twitter", "email"],
        "A standfirst of the story, one sentence long.\n\n" + _CAPTION,
    )
    story = wirestory.parse_story(text)
    assert _CAPTION not in [c.text for c in story.captions]
