"""silent57: silent misreadings and false alarms the last session left, each
probed with invented text first, then read right or said. Every text is
invented.

- A section's label in a script without capitals between the headline and
  the date line, named neither by the menu nor by the lead (Hindi ``ताज़ा
  ख़बरें``, latest news; Arabic ``آخر الأخبار``), was read as the writer,
  silently. A label holding a section's word
  (``Knowledge.section_label_words``) is no writer now; a name read there by
  its place alone, with no common given name nor initial to tell it, says
  ``byline-name-may-be-phrase``.
- Georgian's letters are small letters to Unicode: the caseless writer's
  line over the date (``ნინო ბერიძე``) was no caseless line, the writer
  unread and the site's name taken for the headline (said only
  ``headline-from-title``). One helper, ``lines.has_case``, now answers
  "this script has case" for every such test.
- ``labels-over-story`` said of a story's own table under its first
  paragraph (``Team | Won | Lost`` / rows of figures).
"""

from __future__ import annotations

import pytest
from slot_pages import ARABIC_PAGE, GEORGIAN_HEADLINE, GEORGIAN_PAGE, HINDI_PAGE, SPORT_PAGE
from story_checks import codes as _codes

import wirestory
from wirestory.lines import has_case, opens_small


@pytest.mark.parametrize(
    ("page", "line"),
    [
        (HINDI_PAGE, "ताज़ा ख़बरें"),
        (HINDI_PAGE, "राष्ट्रीय समाचार"),
        (HINDI_PAGE, "शहर की खबरें"),
        (ARABIC_PAGE, "آخر الأخبار"),
        (ARABIC_PAGE, "أخبار محلية"),
        # A kind of piece's label (special report, editorial comment): no
        # writer since alarms60 stopped doubting names no list holds.
        (HINDI_PAGE, "खास रिपोर्ट"),
        (HINDI_PAGE, "संपादकीय टिप्पणी"),
        (HINDI_PAGE, "दिल्ली से रिपोर्ट"),
        (ARABIC_PAGE, "تقرير خاص"),
        (ARABIC_PAGE, "تحليل إخباري"),
    ],
)
def test_a_caseless_section_label_over_the_date_is_no_writer(page: str, line: str) -> None:
    [story] = wirestory.parse(page.format(line=line))
    assert story.byline is None
    assert story.headline is not None
    assert story.headline in page


@pytest.mark.parametrize(
    ("page", "line"),
    [(HINDI_PAGE, "रमेश थापा"), (HINDI_PAGE, "अमित कुमार"), (ARABIC_PAGE, "أحمد رضا")],
)
def test_a_caseless_writer_with_a_common_given_name_is_read_unsaid(page: str, line: str) -> None:
    [story] = wirestory.parse(page.format(line=line))
    assert story.byline is not None
    assert story.byline.names == (line,)
    assert "byline-name-may-be-phrase" not in _codes(story)


@pytest.mark.parametrize(
    ("page", "line"),
    [(HINDI_PAGE.replace("\nदेश\n", "\nशहर\n"), "शहर संवाद"), (HINDI_PAGE, "बारिश का कहर")],
)
def test_a_caseless_name_read_by_its_place_alone_is_said(page: str, line: str) -> None:
    # A label's words (शहर संवाद, city dialogue) read as a name no given name nor common
    # surname tells: read as the writer, and said when the form tells a phrase, a word
    # of it the page's menu's (शहर, city) or a postposition (का). A name none of whose
    # words the page uses elsewhere (अमन सेठी) is no longer doubted (alarms60:
    # test_alarm60.py).
    [story] = wirestory.parse(page.format(line=line))
    assert story.byline is not None
    assert story.byline.names == (line,)
    assert "byline-name-may-be-phrase" in _codes(story)


@pytest.mark.parametrize("blank", ["\n\n", "\n"])
def test_a_georgian_writer_alone_over_the_date_is_read(blank: str) -> None:
    [story] = wirestory.parse(GEORGIAN_PAGE.format(line="ნინო ბერიძე").replace("\n\n", blank))
    assert story.headline == GEORGIAN_HEADLINE
    assert story.byline is not None
    assert story.byline.names == ("ნინო ბერიძე",)
    assert "byline-name-may-be-phrase" not in _codes(story)


def test_a_georgian_section_label_over_the_date_is_no_writer() -> None:
    [story] = wirestory.parse(GEORGIAN_PAGE.format(line="ახალი ამბები"))
    assert story.headline == GEORGIAN_HEADLINE
    assert story.byline is None


def test_a_georgian_caption_under_the_date_keeps_the_header() -> None:
    text = GEORGIAN_PAGE.format(line="ნინო ბერიძე").replace(
        "\n\nქალაქში მდინარეზე ახალი საავტომობილო ხიდი გაიხსნა,",
        "\n\nახალი ხიდი მდინარეზე. ფოტო: გიორგი ლომიძე\n\n"
        "ქალაქში მდინარეზე ახალი საავტომობილო ხიდი გაიხსნა,",
    )
    [story] = wirestory.parse(text)
    assert story.headline == GEORGIAN_HEADLINE
    assert story.byline is not None
    assert story.byline.names == ("ნინო ბერიძე",)
    assert [(c.text, c.credit) for c in story.captions] == [
        ("ახალი ხიდი მდინარეზე.", "ფოტო: გიორგი ლომიძე")
    ]
    assert len(story.body) == 4


@pytest.mark.parametrize(
    ("text", "cased"),
    [
        ("Jane Roe", True),
        ("ნინო ბერიძე", False),
        ("ᲜᲘᲜᲝ", False),  # Mtavruli: Georgian in a style sheet's capitals
        ("ნინო Roe", True),
        ("رمضان", False),
        ("रमेश थापा", False),
        ("Ирина", True),
        ("2025", False),
    ],
)
def test_has_case_reads_georgian_as_a_script_without_case(text: str, cased: bool) -> None:
    assert has_case(text) is cased


@pytest.mark.parametrize(("text", "small"), [("jane", True), ("Jane", False), ("  ნინო", False)])
def test_opens_small_passes_georgian_over(text: str, small: bool) -> None:
    assert opens_small(text) is small


@pytest.mark.parametrize(
    "table",
    [
        "Team | Won | Lost\nHarbour Rovers | 12 | 2\nCliffside | 9 | 5\nVale United | 7 | 7",
        "Team\tWon\tLost\nHarbour Rovers\t12\t2\nCliffside\t9\t5\nVale United\t7\t7",
        "Team Won Lost\nHarbour Rovers 12 2\nCliffside 9 5\nVale United 7 7",
        "Team | Points\nHarbour Rovers | 36\nCliffside | 27\nVale United | 21",
    ],
)
@pytest.mark.parametrize("blank", ["\n\n", "\n"])
def test_a_table_of_the_storys_figures_is_no_row_of_labels(table: str, blank: str) -> None:
    [story] = wirestory.parse(SPORT_PAGE.format(table=table).replace("\n\n", blank))
    assert "labels-over-story" not in _codes(story)
    assert story.body[0].startswith("Harbour Rovers stayed top")
    assert story.body[-1].startswith("Cliffside had led")


def test_a_video_players_row_with_its_running_time_is_no_table() -> None:
    # A guard: one figure (the video's length) makes no table. Since silent60
    # the player's row (a label, a title beside its running time) is read
    # past as a video box, no longer kept and said ``labels-over-story``.
    text = SPORT_PAGE.format(
        table="JUST WATCHED\nRovers fans celebrate the late winner at Cliffside\n1:45\nReplay\n"
        "More Videos ..."
    )
    [story] = wirestory.parse(text)
    assert not any("1:45" in p or "JUST WATCHED" in p for p in story.body)
    assert story.body[-1].startswith("Cliffside had led")
    assert "in-story:video-box" in {segment.rule for segment in story.segments}


_HARBOUR = (
    "Vale Citizen | Local news\nHome\nNews\nSport\nOpinion\n\n"
    "Council approves new harbour wall after long debate\n\n{under}"
    "By Tom Hale\nMarch 3, 2026\n\n{below}"
    "The council voted on Monday to approve the plan for a new harbour wall after a debate "
    "that ran late into the night.\n\n"
    "The harbour master said the old wall had been failing for a decade and the storms of "
    "the last two winters had made repairs urgent.\n\n"
    "The wall will cost about four million pounds, most of it paid by a national fund for "
    "coastal towns, officials said.\n\nAbout us\nContact\n"
)


@pytest.mark.parametrize(
    "credit",
    [
        "Photo: Jane Roe/Getty Images",
        "Photo by Jane Roe/Getty Images",
        "Photograph: Jane Roe/Reuters",
        "(Jane Roe/Getty Images)",
        "Jane Roe/Getty Images",
        "Image copyright Getty Images",
    ],
)
@pytest.mark.parametrize("place", ["under", "below"])
def test_a_photo_credit_alone_with_no_caption_is_said(credit: str, place: str) -> None:
    text = _HARBOUR.format(**{"under": "", "below": "", place: credit + "\n\n"})
    [story] = wirestory.parse(text)
    assert story.headline == "Council approves new harbour wall after long debate"
    assert story.captions == ()
    assert credit not in "\n".join(story.body)
    assert "credit-without-caption" in _codes(story)


@pytest.mark.parametrize("line", ["Photographs by Jane Roe", "Reuters"])
def test_a_credit_read_into_a_field_or_naming_no_photo_says_nothing(line: str) -> None:
    # Guards: the photographer read as a contributor is in a field; a wire's
    # name alone names no photo.
    [story] = wirestory.parse(_HARBOUR.format(under=line + "\n\n", below=""))
    assert "credit-without-caption" not in _codes(story)


def test_a_credit_under_its_caption_says_nothing() -> None:
    text = _HARBOUR.format(
        under="",
        below="Workers mend the old harbour wall at low tide.\nPhoto: Jane Roe/Getty Images\n\n",
    )
    [story] = wirestory.parse(text)
    assert [c.credit for c in story.captions] == ["Photo: Jane Roe/Getty Images"]
    assert "credit-without-caption" not in _codes(story)


def test_a_captions_credit_shown_again_over_it_says_nothing() -> None:
    # A guard: a radio site prints the photo's credit over "toggle caption"
    # and again under the caption; the first is the caption's.
    text = _HARBOUR.format(
        under="",
        below="Enlarge this image\ntoggle caption\nJane Roe/Vale Citizen\n"
        "Workers mend the old harbour wall at low tide on Monday.\nJane Roe/Vale Citizen\n\n",
    )
    [story] = wirestory.parse(text)
    assert [c.credit for c in story.captions] == ["Jane Roe/Vale Citizen"]
    assert "credit-without-caption" not in _codes(story)


def test_a_line_of_links_with_a_slash_is_no_credit() -> None:
    [story] = wirestory.parse(_HARBOUR.format(under="View PDF/Print Mode\n\n", below=""))
    assert "credit-without-caption" not in _codes(story)
