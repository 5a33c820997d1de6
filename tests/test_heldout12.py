"""Page forms of the twelfth held-out round, told by the publishing
platform's template rather than the country: Arc XP and Brightspot papers'
bylines of several writers before a bar and a title (``By Jane Roe, Tom
Hale and Ann Lee | Staff writers``) and their captions credited to the
staff photographer and the paper in parentheses (``(Jane Roe/The Vale
Post)``) and their columns' ``Perspective by``; press rooms' ``FOR
IMMEDIATE RELEASE`` and ``PRESS RELEASE`` lines; free photo libraries'
credits on blogs and newsletters (``Photo by Jane Roe on Unsplash``);
Blogger's ``Posted by Jane Roe at 3:12 PM``; WordPress themes' ``March 4,
2025 by Jane Roe Leave a Comment``; bylines in capitals joined by ``AND``;
with the counter-cases that read like them and must be read otherwise.

Read right already, and left so: WordPress themes' ``Posted on … by``,
``Leave a comment``, ``Tags:`` and ``Related Posts``; Medium's and Ghost's
``Follow`` and ``5 min read``; local TV's ``Posted:``/``Updated:`` pairs and
``Video above:``; ``###`` and ``Media contact`` under a release; ``Print
this page`` and a URL line; ``FT:`` score lines.

Every page and line here is invented, in the shape of real page text.
"""

from __future__ import annotations

import pytest
from news_pages import LIBRARY_CAPTION as _CAPTION
from news_pages import LIBRARY_STORY as _PARAGRAPHS
from news_pages import library_page as _page

import wirestory
from wirestory.bylines import find_byline, find_page_byline
from wirestory.captions import parse_credit

# --- Bylines -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names", "organization"),
    [
        (
            "By Orla Keane, Sam Lee and Jo Park | Staff writers",
            ("Orla Keane", "Sam Lee", "Jo Park"),
            "Staff writers",
        ),
        ("By Orla Keane, Sam Lee | The Vale Post", ("Orla Keane", "Sam Lee"), "The Vale Post"),
        (
            "By Orla Keane, Sam Lee, Jo Park | Vale Post Staff",
            ("Orla Keane", "Sam Lee", "Jo Park"),
            "Vale Post Staff",
        ),
        (
            "By Orla Keane, Sam Lee and Jo Park | Mar 4, 2025",
            ("Orla Keane", "Sam Lee", "Jo Park"),
            None,
        ),
        (
            "By Orla Keane, Sam Lee and Jo Park | Staff writers | Updated 3:12 PM EST",
            ("Orla Keane", "Sam Lee", "Jo Park"),
            "Staff writers",
        ),
    ],
)
def test_several_writers_before_a_bar(
    line: str, names: tuple[str, ...], organization: str | None
) -> None:
    """Arc XP and Brightspot papers list the writers, joined by commas and
    ``and``, then a bar and their title, the paper or the date: the bar ends
    the list (read by the commas alone, the writers after the first went into
    the organisation)."""
    byline = find_page_byline(line)
    assert byline is not None
    assert (byline.names, byline.organization) == (names, organization)


def test_several_writers_before_a_bar_on_a_page() -> None:
    header = (
        "By Orla Keane, Sam Lee and Jo Park | Staff writers\nUpdated March 4, 2025, 3:12 p.m. ET"
    )
    story = wirestory.parse_story(_page(*_PARAGRAPHS, header=header))
    assert story.byline is not None
    assert story.byline.names == ("Orla Keane", "Sam Lee", "Jo Park")
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize(
    ("line", "names", "organization"),
    [
        # A writer and the agency before the bar; the date after it is the
        # page's, no organisation (review19).
        ("By Jane Roe, Reuters | Mar 4, 2025", ("Jane Roe",), "Reuters"),
        # A writer's title after the comma: no second writer.
        (
            "By Jane Roe, Staff Writer | The Vale Post",
            ("Jane Roe",),
            "Staff Writer | The Vale Post",
        ),
    ],
)
def test_a_writer_and_an_organisation_before_a_bar_stay_as_they_were(
    line: str, names: tuple[str, ...], organization: str
) -> None:
    byline = find_byline(line)
    assert byline is not None
    assert (byline.names, byline.organization) == (names, organization)


# --- Captions ----------------------------------------------------------------


@pytest.mark.parametrize(
    "credit",
    [
        "Sam Lee/The Vale Post",
        "Sam Lee / The Vale Post",
        "Sam Lee/Vale Post",
        "Sam Lee/For The Harbour Times",
    ],
)
def test_a_staff_photographer_and_the_paper_in_parentheses(credit: str) -> None:
    """Arc XP and Brightspot papers credit their own photos ``(Jane
    Roe/The Vale Post)`` after the caption: no agency named, the paper's name
    after the slash ends in an outlet's word."""
    story = wirestory.parse_story(_page(_PARAGRAPHS[0], f"{_CAPTION} ({credit})", *_PARAGRAPHS[1:]))
    [caption] = story.captions
    assert (caption.text, caption.credit) == (_CAPTION, credit)
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize(
    "paragraph",
    [
        # No outlet's word after the slash.
        "Pupils leave the old library on Mill Street on Monday. (Sam Lee/Mill Street)",
        # Not at the end of the paragraph.
        "The spokesman (Sam Lee/Vale Post) said the branch would open in the spring "
        "near the station.",
        # Ends like a sentence.
        "The figures were first printed last year (Sam Lee/Vale Post).",
        # Two people before the slash.
        "Pupils leave the old library on Mill Street on Monday. (Sam Lee and Jo Park/Vale Post)",
    ],
)
def test_a_slash_in_parentheses_without_a_photographer_and_a_paper_stays_body(
    paragraph: str,
) -> None:
    story = wirestory.parse_story(_page(*_PARAGRAPHS[:2], paragraph, *_PARAGRAPHS[2:]))
    assert story.captions == ()
    assert paragraph in story.body


# --- Press rooms -------------------------------------------------------------


@pytest.mark.parametrize(
    "notice", ["FOR IMMEDIATE RELEASE", "PRESS RELEASE", "MEDIA RELEASE", "NEWS RELEASE"]
)
def test_a_press_release_s_notice_is_no_dateline(notice: str) -> None:
    """University and government press rooms print ``FOR IMMEDIATE
    RELEASE`` or ``PRESS RELEASE`` above the release: furniture, no place in
    capitals alone (it was read as the story's dateline)."""
    story = wirestory.parse_story(_page(notice, *_PARAGRAPHS, "###"))
    assert story.dateline is None
    assert list(story.body) == list(_PARAGRAPHS)


def test_a_place_in_capitals_above_the_release_is_still_its_dateline() -> None:
    story = wirestory.parse_story(_page("PORT ELLIS", *_PARAGRAPHS))
    assert story.dateline is not None
    assert story.dateline.places == ("PORT ELLIS",)


def test_a_sentence_on_an_immediate_release_stays_body() -> None:
    paragraph = "For immediate release of the funds, the council needs a second vote in May."
    story = wirestory.parse_story(_page(*_PARAGRAPHS[:2], paragraph, *_PARAGRAPHS[2:]))
    assert paragraph in story.body


# --- Free photo libraries ------------------------------------------------------


@pytest.mark.parametrize(
    ("credit", "agency"),
    [
        ("Photo by Sam Lee on Unsplash", "Unsplash"),
        ("Image by Sam Lee from Pixabay", "Pixabay"),
        ("Photo by Sam Lee on Pexels", "Pexels"),
        ("Photo by Sam Lee / Unsplash", "Unsplash"),
    ],
)
def test_a_free_photo_library_s_credit(credit: str, agency: str) -> None:
    """Blogs and newsletters (Medium, Substack, Ghost, WordPress) credit a
    free library's photo ``Photo by Jane Roe on Unsplash``: the photographer
    and the library, where the name and the library were read as one source."""
    parsed = parse_credit(credit)
    assert (parsed.photographer, parsed.agency, parsed.source) == ("Sam Lee", agency, None)


@pytest.mark.parametrize(
    "credit",
    [
        "Photo by Sam Lee on a boat",
        "Photo: Sam Lee on Tuesday",
        "Photo by Sam Lee from Mill Street",
    ],
)
def test_on_or_from_before_no_library_splits_nothing(credit: str) -> None:
    parsed = parse_credit(credit)
    assert parsed.agency is None
    assert parsed.photographer is None


# --- Blogger's line under the post ---------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Posted by Orla Keane at 3:12 PM",
        "Posted by Orla Keane at 15:12",
        "By Orla Keane at 3:12 PM",
    ],
)
def test_the_time_after_the_names_ends_them(line: str) -> None:
    """Blogger prints ``Posted by Jane Roe at 3:12 PM`` under the post: the
    time after ``at`` ends the names (the line was no byline)."""
    byline = find_page_byline(line)
    assert byline is not None
    assert byline.names == ("Orla Keane",)


def test_blogger_s_line_under_the_post_is_its_byline() -> None:
    story = wirestory.parse_story(
        _page(
            *_PARAGRAPHS,
            "Posted by Orla Keane at 3:12 PM",
            "Labels: council, library",
            header="Tuesday, March 4, 2025",
        )
    )
    assert story.byline is not None
    assert story.byline.names == ("Orla Keane",)
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize(
    "line", ["By Orla Keane at Mill Street", "Posted by Orla Keane at the market"]
)
def test_at_before_no_time_is_still_no_byline(line: str) -> None:
    assert find_page_byline(line) is None


# --- A column's label before the byline ----------------------------------------


def test_a_column_s_perspective_label_before_the_byline() -> None:
    """Arc XP papers print ``Perspective by Jane Roe`` over a column, as
    ``Analysis by`` over an analysis: the names are the byline (there was
    none)."""
    story = wirestory.parse_story(
        _page(*_PARAGRAPHS, header="Perspective by Orla Keane\nColumnist\nMarch 4, 2025")
    )
    assert story.byline is not None
    assert story.byline.names == ("Orla Keane",)
    assert list(story.body) == list(_PARAGRAPHS)


@pytest.mark.parametrize("line", ["Perspective by the council", "A perspective by the sea"])
def test_the_perspective_label_before_no_name_is_no_byline(line: str) -> None:
    assert find_page_byline(line) is None


# --- Bylines in capitals; WordPress's entry line -------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("BY ORLA KEANE AND SAM LEE", ("ORLA KEANE", "SAM LEE")),
        ("BY ORLA KEANE, SAM LEE AND JO PARK", ("ORLA KEANE", "SAM LEE", "JO PARK")),
        ("By ORLA KEANE AND SAM LEE, Associated Press", ("ORLA KEANE", "SAM LEE")),
    ],
)
def test_and_in_capitals_joins_writers_in_capitals(line: str, names: tuple[str, ...]) -> None:
    """A byline in capitals joins its writers with ``AND`` in capitals
    (TownNews and Brightspot papers, old wire copy): two writers, where one
    person was named ``ORLA KEANE AND SAM LEE``."""
    byline = find_byline(line)
    assert byline is not None
    assert byline.names == names


def test_and_in_capitals_on_a_page_s_header() -> None:
    header = "BY ORLA KEANE AND SAM LEE | STAFF WRITERS\nMarch 4, 2025"
    story = wirestory.parse_story(_page(*_PARAGRAPHS, header=header))
    assert story.byline is not None
    assert story.byline.names == ("ORLA KEANE", "SAM LEE")


def test_and_in_title_case_stays_a_name_s_word() -> None:
    byline = find_byline("By Tom And Jerry")
    assert byline is not None
    assert byline.names == ("Tom And Jerry",)


@pytest.mark.parametrize(
    "line",
    [
        "March 4, 2025 by Orla Keane Leave a Comment",
        "By Orla Keane Leave a comment",
        "By Orla Keane Leave a Reply",
    ],
)
def test_the_comment_link_after_the_names_ends_them(line: str) -> None:
    """WordPress themes print the date, the writer and the comments' link on
    one line (``March 4, 2025 by Jane Roe Leave a Comment``): the link ends
    the names (the line was no byline)."""
    byline = find_page_byline(line)
    assert byline is not None
    assert byline.names == ("Orla Keane",)


def test_wordpress_s_entry_line_on_a_page() -> None:
    header = "March 4, 2025 by Orla Keane Leave a Comment"
    story = wirestory.parse_story(_page(*_PARAGRAPHS, header=header))
    assert story.byline is not None
    assert story.byline.names == ("Orla Keane",)
    assert list(story.body) == list(_PARAGRAPHS)


# --- Medium's label over a highlighted paragraph ------------------------------


def test_medium_s_top_highlight_label_is_furniture() -> None:
    """Medium prints ``Top highlight`` over the paragraph its readers marked
    most: a label, no paragraph of the story (it joined the body)."""
    story = wirestory.parse_story(_page(_PARAGRAPHS[0], "Top highlight", *_PARAGRAPHS[1:]))
    assert list(story.body) == list(_PARAGRAPHS)


def test_a_sentence_opening_with_top_highlights_stays_body() -> None:
    paragraph = "Top highlights of the festival include a parade along Mill Street on Saturday."
    story = wirestory.parse_story(_page(*_PARAGRAPHS[:2], paragraph, *_PARAGRAPHS[2:]))
    assert paragraph in story.body
