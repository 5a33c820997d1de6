"""variants61: converted Markdown indented or hard-wrapped reads the same.

``test_variants50`` reads every labelled case hard-wrapped and indented; four
of its silent misreadings were one form, a converter's Markdown (a page
printed as ``# Headline``, ``* [Home](…)``, ``![caption](…)``) set four
spaces in, every line or each block's first: CommonMark reads a line four
spaces past the text around it as a code block's, and the view of the marks
(``wirestory.markdown``) read no heading, no menu and no image in it, so the
menu's first item was the headline and the byline and caption the body's,
silently. A text whose every block opens four spaces in holds no code block
past that margin: its marks are read past it. Two more were a photo's alt
text wrapped over two lines: closed by reference (``Marcos`` / ``Paiva][5]``,
read as no image) or numbered by a reader service (``![Image 1: The ferry
…``, the number kept in the caption).

Every story written here is invented.
"""

from __future__ import annotations

import pytest
from test_cases import rebuild

import wirestory

_PAGE = (
    "* [Home](https://www.kelbycourier.example/)\n"
    "* [News](https://www.kelbycourier.example/news)\n"
    "* [Sport](https://www.kelbycourier.example/sport)\n"
    "\n"
    "# Harbour town reopens its pier after a winter of repairs\n"
    "\n"
    "By [Jane Roe](https://www.kelbycourier.example/authors/jane-roe)\n"
    "\n"
    "4 March 2026\n"
    "\n"
    "![The pier at Kelby on the morning it reopened. Photo: Tom Hale]"
    "(https://img.kelbycourier.example/pier.jpg)\n"
    "\n"
    "The pier at Kelby reopened on Tuesday after four months of repairs to its boards\n"
    "and rails, the harbour master said.\n"
    "\n"
    "Fishing crews said they were glad to have their berths back before the spring.\n"
)


def _every_line_indented(text: str) -> str:
    """Every line holding more opened with four spaces."""
    return "".join("    " + line if line.strip() else line for line in text.splitlines(True))


def _first_lines_indented(text: str) -> str:
    """Four spaces opening each block's first line (the text's first line and
    each under a blank line), the block's other lines as they were."""
    lines = text.splitlines(True)
    return "".join(
        "    " + line if line.strip() and (not number or not lines[number - 1].strip()) else line
        for number, line in enumerate(lines)
    )


def _fields(text: str) -> list[object]:
    return [
        (
            story.headline,
            None if story.byline is None else story.byline.names,
            [(caption.text, caption.credit) for caption in story.captions],
            [" ".join(paragraph.split()) for paragraph in story.body],
        )
        for story in wirestory.parse(text)
    ]


@pytest.mark.parametrize(
    "indented", [_every_line_indented, _first_lines_indented], ids=["every-line", "first-lines"]
)
def test_markdown_indented_four_spaces_reads_as_at_the_margin(indented: object) -> None:
    """A converted page set four spaces in, every line or each block's first
    (a scraper's or a mail client's indent): the heading, the menu, the
    byline and the image read as at the line's start (the menu's first item
    was the headline, the rest the body's, silently)."""
    assert callable(indented)
    text = indented(_PAGE)
    (story,) = wirestory.parse(text)
    assert story.headline == "Harbour town reopens its pier after a winter of repairs"
    assert story.byline is not None
    assert story.byline.names == ("Jane Roe",)
    assert _fields(text) == _fields(_PAGE)
    assert text == rebuild(text, [story])


def test_a_heading_four_spaces_past_the_text_around_it_is_a_code_blocks() -> None:
    """Near miss: a line ``    # …`` four spaces past a text whose blocks open
    at the line's start is a code block's (a shell's comment in a story about
    software), no heading: kept in the body with its hash."""
    text = _PAGE.replace(
        "Fishing crews said",
        "    # set the berth lights to the spring timetable\n\nFishing crews said",
    )
    (story,) = wirestory.parse(text)
    assert story.headline == "Harbour town reopens its pier after a winter of repairs"
    assert "# set the berth lights to the spring timetable" in story.body


_WRAPPED_BY_REFERENCE = (
    "  * [Home][1]\n"
    "  * [News][2]\n"
    "\n"
    "# Harbour town reopens its pier after a winter of repairs\n"
    "\n"
    "**By Jane Roe**\n"
    "\n"
    "![The pier at Kelby on the morning it reopened after the repairs. Photo: Tom\n"
    "Hale][3]\n"
    "\n"
    "The pier at Kelby reopened on Tuesday after four months of repairs to its\n"
    "boards and rails, the harbour master said.\n"
    "\n"
    "   [1]: https://www.kelbycourier.example/\n"
    "   [2]: https://www.kelbycourier.example/news\n"
    "   [3]: https://img.kelbycourier.example/pier.jpg\n"
)


def test_an_alt_text_wrapped_over_a_reference_is_a_caption() -> None:
    """A photo's alt text hard-wrapped, closed by a reference (``Photo: Tom``
    / ``Hale][3]``, html2text's reference links): a caption with its credit
    (read as no image, the caption was lost, silently)."""
    (story,) = wirestory.parse(_WRAPPED_BY_REFERENCE)
    assert [(c.text, c.credit) for c in story.captions] == [
        ("The pier at Kelby on the morning it reopened after the repairs.", "Photo: Tom Hale")
    ]
    assert rebuild(_WRAPPED_BY_REFERENCE, [story]) == _WRAPPED_BY_REFERENCE


def test_a_line_going_on_after_a_reference_closes_no_alt_text() -> None:
    """Near miss: the line under the opened bracket goes on after the
    reference (``Hale][3] at the pier``): no image's closing line, no
    caption, as before."""
    text = _WRAPPED_BY_REFERENCE.replace("Hale][3]\n", "Hale][3] at the pier\n")
    (story,) = wirestory.parse(text)
    assert not story.captions


_READER = (
    "Title: Harbour town reopens its pier | Kelby Courier\n"
    "\n"
    "URL Source: https://www.kelbycourier.example/news/pier-reopens\n"
    "\n"
    "Markdown Content:\n"
    "- [News](https://www.kelbycourier.example/news)\n"
    "- [Sport](https://www.kelbycourier.example/sport)\n"
    "\n"
    "Harbour town reopens its pier\n"
    "=============================\n"
    "\n"
    "By [Jane Roe](https://www.kelbycourier.example/authors/jane-roe)\n"
    "\n"
    "![Image 1: The pier at Kelby on the morning it reopened. Photograph: Kelby\n"
    "Courier](https://img.kelbycourier.example/pier.jpg)\n"
    "\n"
    "The pier at Kelby reopened on Tuesday after four months of repairs to its\n"
    "boards and rails, the harbour master said.\n"
)


def test_a_reader_services_numbered_alt_text_wrapped_loses_its_number() -> None:
    """A reader service's numbered alt text (``![Image 1: …``) hard-wrapped
    over two lines: the caption reads without the number, as on one line
    (it kept ``Image 1:``, silently)."""
    (story,) = wirestory.parse(_READER)
    assert [(c.text, c.credit) for c in story.captions] == [
        ("The pier at Kelby on the morning it reopened.", "Photograph: Kelby Courier")
    ]
    one_line = _READER.replace("Kelby\nCourier](", "Kelby Courier](")
    assert _fields(_READER) == _fields(one_line)


def test_an_alt_text_opening_with_words_like_a_number_keeps_them() -> None:
    """Near miss: an alt text wrapped whose first words are the picture's own
    (``Image 12 of the pier …``, no colon after the number): kept."""
    text = _READER.replace("![Image 1: The pier at Kelby", "![Image 12 of the pier at Kelby")
    (story,) = wirestory.parse(text)
    assert story.captions
    assert story.captions[0].text.startswith("Image 12 of the pier at Kelby")


# A hard wrap glued a headline to the byline under it: said.

_WRAPPED_PAGE = (
    "Home\n"
    "News\n"
    "Business\n"
    "\n"
    "Harbour town to reopen its old pier to walkers after three years of work\n"
    "By Jane Roe\n"
    "12.03.2025 | 14:30\n"
    "\n"
    "The old pier at the east end of the harbour will open to walkers on\n"
    "Thursday, the town council said on Tuesday.\n"
    "\n"
    "The repairs will let the ferry berth at the pier again for the first\n"
    "time in three years, the harbour master said.\n"
    "\n"
    "The work cost about forty million euros and was paid for by the region's\n"
    "development fund.\n"
)


def test_a_headline_glued_by_a_wrap_to_its_byline_is_said() -> None:
    """A page hard-wrapped at 72 columns whose headline fills the width, its
    byline on the next line (``… three years of work`` / ``By Jane Roe``,
    ``By`` not fitting on the headline's line): the headline is joined to
    the line under it, which read alone is a byline; ``hard-wrap-doubtful``
    says so (the byline was lost into the headline with no doubt said of
    the join), or the two are read apart."""
    (story,) = wirestory.parse(_WRAPPED_PAGE)
    codes = [d.code for d in story.diagnostics]
    headline = "Harbour town to reopen its old pier to walkers after three years of work"
    assert story.headline == headline or "hard-wrap-doubtful" in codes
    assert story.byline is not None or "hard-wrap-doubtful" in codes


_NEWSLETTER = (
    "THE MORNING BRIEFING\n"
    "Tuesday, March 4, 2025\n"
    "\n"
    "Harbour council approves new ferry timetable\n"
    "By Jane Roe\n"
    "The harbour council voted on Monday to add two evening crossings to the\n"
    "ferry timetable from April. Councillors said demand had risen by a fifth\n"
    "since last summer.\n"
    "Read the full story\n"
    "\n"
    "School roof repairs to finish before the spring term\n"
    "By Tom Hale\n"
    "Builders expect to finish the roof of the primary school by the end of\n"
    "the month. The school has taught two classes in the library since the\n"
    "storm in January.\n"
    "Read the full story\n"
)


def test_a_newsletters_headline_joined_to_its_byline_is_said() -> None:
    """A newsletter hard-wrapped at 72 columns, its stories' headlines and
    bylines in its body: a headline joined to the ``By Jane Roe`` under it,
    though ``By`` would have fit on its line, says ``hard-wrap-doubtful``
    (the body's paragraph glued the two, silently), or is read apart."""
    (story,) = wirestory.parse(_NEWSLETTER)
    glued = any("timetable By Jane Roe" in paragraph for paragraph in story.body)
    assert not glued or "hard-wrap-doubtful" in [d.code for d in story.diagnostics]


def test_a_wrapped_paragraph_running_on_into_by_and_names_is_not_said() -> None:
    """Near miss: a paragraph's line filled to the width running on into
    ``by Jane Roe and …`` (the wrap's own run-on, the words a sentence's),
    the newsletter's headlines with no byline under them: nothing said."""
    text = _NEWSLETTER.replace(
        "Builders expect to finish the roof of the primary school by the end of\n"
        "the month. The school has taught two classes in the library since the\n"
        "storm in January.",
        "The school has taught two classes in the library since the storm, and\n"
        "the builders for the new roof of the primary school were hired last week\n"
        "by Jane Roe and Tom Hale.",
    )
    text = text.replace("By Jane Roe\n", "").replace("By Tom Hale\n", "")
    assert "week\nby Jane Roe and Tom Hale.\n" in text
    (story,) = wirestory.parse(text)
    assert "hard-wrap-doubtful" not in [d.code for d in story.diagnostics]


# A caption and its credit between paragraphs set one a line: a caption.

_ONE_A_LINE = (
    "Fish Market Reopens on the Quay\n"
    "The old fish market on the quay reopened on Saturday after two years of repairs,"
    " stallholders said.\n"
    "Stallholders set out crates of crab at the reopened market in Kelby, Saturday,"
    " March 1, 2025.\n"
    "Tom Hale, AP\n"
    "The town council paid for a new roof, while the cooperative rebuilt the ice house.\n"
    "An inspector said the hall would stay open six days a week through the winter.\n"
)


def test_a_caption_and_credit_between_paragraphs_set_one_a_line_is_a_caption() -> None:
    """Wire copy set one paragraph a line, no blank line in it (the blank
    lines between blocks dropped), a photo's caption and its credit between
    two paragraphs: a caption with its credit (the two lines were read as
    paragraphs, silently), as with the blank lines around the pair."""
    (story,) = wirestory.parse(_ONE_A_LINE)
    assert [(c.text, c.credit) for c in story.captions] == [
        (
            "Stallholders set out crates of crab at the reopened market in Kelby, Saturday,"
            " March 1, 2025.",
            "Tom Hale, AP",
        )
    ]
    assert len(story.body) == 3
    blocks = _ONE_A_LINE.replace("\n", "\n\n").replace("2025.\n\nTom", "2025.\nTom")
    assert _fields(blocks) == _fields(_ONE_A_LINE)


@pytest.mark.parametrize(
    ("written", "instead"),
    [
        ("repairs, stallholders said.\n", "repairs, and\n"),
        ("stallholders said.\n", "stallholders said.\n\n"),
    ],
    ids=["running-on-into-the-caption", "a-blank-line-elsewhere"],
)
def test_a_credit_under_a_line_running_on_or_in_blocks_is_no_caption(
    written: str, instead: str
) -> None:
    """Near misses: the paragraph over the caption's line runs on into it
    (``… two years of repairs, and`` / ``Stallholders set out …``), or the
    story holds a blank line, so its paragraphs are blocks and the credit's
    block goes on into the next paragraph: no caption, as before."""
    (story,) = wirestory.parse(_ONE_A_LINE.replace(written, instead))
    assert not story.captions


# A feed's link alone on its line over its item's summary, hard-wrapped.

_FEED = (
    "Kelby Courier - Latest news\n"
    "Updated: 2025-03-04T10:40:00Z\n"
    "\n"
    "Harbour town reopens its pier after repairs\n"
    "2025-03-04T10:32:00Z\n"
    "https://www.kelbycourier.example/news/pier-reopens\n"
    "The old pier at Kelby reopened to walkers on Tuesday after four months of\n"
    "repairs to its boards. The ferry will berth there again from next week.\n"
    "\n"
    "School roof to be finished soon\n"
    "2025-03-04T09:15:00Z\n"
    "https://www.kelbycourier.example/news/school-roof\n"
    "Builders expect to finish the roof of the primary school by the end of the\n"
    "month. Two classes have been taught in the library since the storm.\n"
)


def test_a_feeds_link_over_its_wrapped_summary_stays_apart() -> None:
    """A feed's items exported as text and hard-wrapped at 80 columns, each
    item's link alone on its line over its summary: the first word of the
    summary would have fit after the link, so the wrap did not move it
    there; the link is a line of its own, as when the summary is one line
    (it was glued to the summary's first line, silently)."""
    (story,) = wirestory.parse(_FEED)
    assert "https://www.kelbycourier.example/news/pier-reopens" in story.body
    assert (
        "The old pier at Kelby reopened to walkers on Tuesday after four months of "
        "repairs to its boards. The ferry will berth there again from next week."
    ) in story.body
    one_line = _FEED.replace(" of\nrepairs", " of repairs").replace(" the\nmonth.", " the month.")
    assert _fields(_FEED) == _fields(one_line)


def test_an_address_filled_to_the_width_runs_on_as_a_wraps_line() -> None:
    """Near miss: a paragraph's address moved whole to a line of its own by
    the wrap, filled nearly to the width (the next word would not have fit
    after it): it runs on into the next line, one paragraph, as before."""
    text = _FEED.replace(
        "https://www.kelbycourier.example/news/school-roof\nBuilders expect",
        "https://www.kelbycourier.example/news/2025/03/04/school-roof-repairs-spring\n"
        "Builders expect",
    )
    (story,) = wirestory.parse(text)
    assert not any(p.startswith("https://") and p.endswith("spring") for p in story.body)
