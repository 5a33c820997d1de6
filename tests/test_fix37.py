"""The thirty-seventh review's findings in the page and Markdown layouts:
rules of this session's merges that read a text wrong and said nothing. A
section's kicker named like a summary box's label (``In brief``) over the
headline sent the walk up past the headline, and the title was taken.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import textwrap

import pytest
from news_pages import LIBRARY_STORY, library_story

import wirestory

_HEADLINE = "Council closes old library after 90 years"
_PARAGRAPHS = (
    "The council voted on Tuesday to close the old library on Mill Street, which "
    "opened in 1935, after a review found the building unsafe.",
    "Readers who still hold books on loan can return them to the town hall until "
    "the end of March, a spokesman said.",
)
_FOOTER = "About us\nContact us\nPrivacy Policy\n© 2025 Vale Post\n"


def _page(top: str) -> wirestory.Story:
    text = f"Vale Post | Local news\n{top}\nBy Jane Roe\n\n" + "\n\n".join(_PARAGRAPHS)
    [story] = wirestory.parse(text + "\n\n" + _FOOTER)
    return story


# --- A. A section's kicker named like a summary box's label -----------------------


@pytest.mark.parametrize("label", ["In brief", "Highlights", "Summary"])
def test_kicker_named_like_a_summary_label_over_the_headline(label: str) -> None:
    story = _page(f"Home\nNews\n{label}\n{_HEADLINE}")
    assert story.headline == _HEADLINE
    assert "headline-from-title" not in [d.code for d in story.diagnostics]


def test_summary_box_under_the_headline_still_skipped() -> None:
    # Near miss: a real box of bullets between headline and byline; the
    # headline stands over its label.
    story = _page(
        f"Home\nNews\n{_HEADLINE}\nIn brief\nThe building was found unsafe in a review\n"
        "Books on loan go back to the town hall"
    )
    assert story.headline == _HEADLINE


def test_summary_box_with_no_headline_over_it_keeps_the_title() -> None:
    # Near miss: a box of two bullets and no headline on the page: no bullet
    # is taken for the headline; the title is, and said.
    text = (
        f"{_HEADLINE} | Vale Post\nHome\nNews\nKey points\n"
        "The building was found unsafe in a review\nBooks on loan go back to the town hall\n"
        "By Jane Roe\n\n" + "\n\n".join(_PARAGRAPHS) + "\n\n" + _FOOTER
    )
    [story] = wirestory.parse(text)
    assert story.headline == _HEADLINE
    assert "headline-from-title" in [d.code for d in story.diagnostics]


# --- B. A heading of one hash under a date or the site's name --------------------

_MARKDOWN_PROSE = (
    "The council voted on Tuesday to close the old library.",
    "Readers can return books until March, a spokesman said.",
)


@pytest.mark.parametrize("above", ["4 March 2025", "Vale Post"])
def test_first_level_subheading_under_a_heading_under_a_date(above: str) -> None:
    text = (
        f"{above}\n\n# Council closes old library\n\nBy Jane Roe\n\n{_MARKDOWN_PROSE[0]}\n\n"
        f"# What happens next\n\n{_MARKDOWN_PROSE[1]}\n"
    )
    [story] = wirestory.parse(text)
    assert "# What happens next" not in story.body
    assert [story.body[n] for n in story.subheading_indices] == ["What happens next"]


def test_hashtag_under_prose_with_no_heading_over_it() -> None:
    # Near miss: no heading over the prose; a line of one hash under it is a
    # hashtag, kept as the text wrote it.
    text = (
        f"Council closes old library\n\n{_MARKDOWN_PROSE[0]}\n\n# Elections2025 trends\n\n"
        f"{_MARKDOWN_PROSE[1]}\n"
    )
    [story] = wirestory.parse(text)
    assert "# Elections2025 trends" in story.body
    assert story.subheading_indices == ()


# --- C. A timeline giving the year once -------------------------------------------

_PORT_STORY = (
    "Dockers at the port of Vale returned to work on Monday after the union accepted "
    "a new pay offer, ending a strike that began in March.",
    "The port said ships held at anchor would be unloaded by the end of the week.",
)


def _port_page(rows: str) -> wirestory.Story:
    headline = "Port strike ends after two months"
    text = (
        f"{headline} | Vale Post\nHome\nNews\n{headline}\nBy Jane Roe\n\n"
        + "\n\n".join(_PORT_STORY)
        + f"\n\n{rows}\n\n{_FOOTER}"
    )
    [story] = wirestory.parse(text)
    return story


@pytest.mark.parametrize(
    "first",
    [
        "March 2, 2023 – Dockers walk out at the port",
        # Near miss: no row names a year (read as a list before too).
        "March 2 – Dockers walk out at the port",
    ],
)
def test_timeline_giving_the_year_once_is_a_list(first: str) -> None:
    story = _port_page(
        f"{first}\nMarch 9 – Talks resume at the harbour office\n"
        "May 4 – Union and port sign a new deal"
    )
    assert story.body == _PORT_STORY
    assert "list-rows-left-out" in [d.code for d in story.diagnostics]


def test_timeline_running_into_the_next_year() -> None:
    # The year carried over December into January is the next one.
    story = _port_page(
        "December 2, 2024 – Dockers walk out at the port\nDecember 9 – Talks resume at "
        "the harbour office\nJanuary 4 – Union and port sign a new deal"
    )
    assert "list-rows-left-out" in [d.code for d in story.diagnostics]


# --- D. A French paywall's notice in French type; E. a curly meter's prompt -------


def _library_page(*blocks: str) -> wirestory.Story:
    headline = "Council closes old library"
    text = (
        f"{headline} | Vale Post\nHome\nNews\n{headline}\nBy Jane Roe\n\n"
        + "\n\n".join(blocks)
        + f"\n\n{_FOOTER}"
    )
    [story] = wirestory.parse(text)
    return story


@pytest.mark.parametrize(
    "notice",
    [
        "Il vous reste 71.91% de cet article à lire.",
        "Il vous reste 72,5 % de cet article à lire.",
        "Il vous reste 72\u00a0% de cet article à lire.",
        "Il vous reste 72\u202f% de cet article à lire.",
        "Déjà abonné\u00a0? Se connecter",
        "Déjà abonnée\u202f? Se connecter",
        "La suite est réservée aux abonnés.",
        "La suite de cet article est réservée aux abonnés.",
    ],
)
def test_french_paywall_notice_in_french_type(notice: str) -> None:
    story = _library_page(*_PARAGRAPHS, notice)
    assert story.body == _PARAGRAPHS
    assert "story-cut-by-paywall" in [d.code for d in story.diagnostics]


def test_french_notice_over_the_story_prose_is_no_wall() -> None:
    # Near miss: the story's prose goes on under it (a box between the
    # paragraphs, not where the wall cut the story).
    story = _library_page(_PARAGRAPHS[0], "La suite est réservée aux abonnés.", _PARAGRAPHS[1])
    assert "story-cut-by-paywall" not in [d.code for d in story.diagnostics]


@pytest.mark.parametrize(
    "prompt", ["You\u2019ve read 3 of 5 free articles.", "You've read 3 of 5 free articles."]
)
def test_meter_prompt_with_either_apostrophe_is_furniture(prompt: str) -> None:
    story = _library_page(_PARAGRAPHS[0], prompt, _PARAGRAPHS[1])
    assert story.body == _PARAGRAPHS


def test_story_sentence_opening_like_a_meter_prompt_stays() -> None:
    # Near miss: a sentence of the story, no count of free articles.
    sentence = "You\u2019ve read the report, the mayor said."
    story = _library_page(_PARAGRAPHS[0], sentence, _PARAGRAPHS[1])
    assert sentence in story.body


# --- I. A results box's one figure counts nothing up ------------------------------

_RESULT_STORY = (
    "Jane Roe of Labour (Lab) won the Mill Street seat on Thursday with 812 votes, "
    "ahead of Tom Hale of the Conservatives (Con).",
    "Turnout was 54%, the council said, and the count ended shortly after midnight at "
    "the town hall.",
)


@pytest.mark.parametrize(
    "run",
    [
        "Jane Roe (Lab)\n812\nTom Hale (Con)\nSam Cole (Grn)\nAnn Lee (Ind)\nMore results",
        # Near miss: two figures counting nothing up (said before too).
        "Jane Roe (Lab)\n812\nTom Hale (Con)\n640\nSam Cole (Grn)\nAnn Lee (Ind)",
    ],
)
def test_results_box_with_one_figure_left_out_is_said(run: str) -> None:
    headline = "Labour holds Mill Street seat"
    text = (
        f"{headline} | Vale Post\nHome\nNews\n{headline}\nBy Jane Roe\n\n{_RESULT_STORY[0]}"
        f"\n\n{run}\n\n{_RESULT_STORY[1]}\n\n{_FOOTER}"
    )
    [story] = wirestory.parse(text)
    assert story.body == _RESULT_STORY
    assert "short-run-left-out" in [d.code for d in story.diagnostics]


# --- J. A paragraph its writer indented, read into a caption ----------------------


def _wrapped_page_with(block: str, indent: str) -> wirestory.Story:
    blocks = ["\n".join(textwrap.wrap(p, 68, initial_indent=indent)) for p in LIBRARY_STORY]
    return library_story(blocks[0], blocks[1], block, blocks[2], blocks[3])


@pytest.mark.parametrize("indent", ["    ", ""])
def test_indented_paragraph_read_into_a_caption_is_said(indent: str) -> None:
    # A hard-wrapped page indenting each paragraph's first line: a sentence
    # ends at a line's end inside the paragraph (no doubt said there, as the
    # paragraph goes on), and its last line ends in no mark over a caption.
    # Near miss: with no indent the join inside is doubted (said before too).
    block = (
        f"{indent}Union members said the closure would cost jobs in the town centre.\n"
        "Councillors said the branch would need more staff, the union said in a\n"
        "statement released by the branch secretary late on Tuesday night\n"
        "Pupils leave the old library on Monday. (AP Photo/Jane Roe)"
    )
    story = _wrapped_page_with(block, indent)
    assert "page-hard-wrapped" in [d.code for d in story.diagnostics]
