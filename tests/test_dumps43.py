"""Several stories in one dump, in forms the earlier rounds did not write
(dumps43): files or records joined by a script, each story's text set apart by
a rule line, a page break or the next page's address.

Fixed here (each wrong on the code before, most of them silently):

- a rule line a script prints between files (``-----``, ``==========``,
  ``* * *``, ``~~~~~``, ``+++++``, ``# # #``, ``─────``, ``=-=-=-``, ``---
  page 2 ---``, ``=== 3 ===``, ``<<<END>>>``) right under the story's last
  line or with the next story's headline right under it: the next headline
  went to the story above (its body, or its notes after a separator) and the
  next story's caption became its headline; wire copy and headline-over-byline
  text stayed glued, flagged. The rule now ends the story above (its
  ``trailer-separator``), and the story under it starts when a whole header
  follows: a marked one, a wire story's, a headline over a byline;
- a short story over a rule and the next story's marked header was read as one
  marked header across the rule (no header runs past a rule, a page break or
  an address alone now);
- a page break (a form feed alone on a line) with one blank line: the same;
- an address alone on its line between two stories (``https://…``,
  ``Source: https://…``), one blank line around it: it was story one's last
  body paragraph, silently; it now opens the next story (``source-url``) when
  a whole header follows, and an address alone under the last story of a dump
  is a note, not body.

Near misses stay as they were: a section break inside a story (``* * *`` /
a section's title / its paragraphs), a rule under a story's last paragraph
with prose under it and no header, a converter's underline of a headline, an
address a paragraph introduces (``… online at:``), a story's list of links.

Every dump here is invented, in the shape of real text.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import SeedLayoutStory, seed_layout_stories
from test_cases import rebuild

import wirestory
from wirestory.trailers import is_dump_rule

MARKED_ONE = (
    "Harbour Bridge Reopens After Repairs\n\n"
    "Workers on the bridge deck on Friday. (AFP)\n"
    "TT\n\n"
    "Harbour Bridge Reopens After Repairs\n\n"
    "Workers on the bridge deck on Friday. (AFP)\n\n"
    "The bridge reopened to traffic on Saturday after three months of repairs.\n\n"
    "Officials said the work had cost less than planned."
)
MARKED_TWO = (
    "Wheat Prices Climb on Drought Fears\n\n"
    "Farmers inspect a dry field. (Reuters)\n"
    "TT\n\n"
    "Wheat Prices Climb on Drought Fears\n\n"
    "Farmers inspect a dry field. (Reuters)\n\n"
    "Wheat futures rose for a fourth day on Monday as forecasts showed little rain.\n\n"
    "Traders said supplies could tighten before the harvest."
)
_WIRE_ONE = (
    "Ferry Operator Adds Winter Sailings\n\n"
    "OSLO, Nov 4 (Reuters) - A Norwegian ferry operator said on Tuesday it would add "
    "twelve winter sailings between the coast and the outer islands.\n\n"
    "The company said demand had risen since a road tunnel closed for repairs in the spring."
)
_WIRE_TWO = (
    "Miners Strike Over Safety Rules\n\n"
    "JOHANNESBURG, Nov 4 (AFP) - Several hundred miners walked off the job on Tuesday "
    "in a dispute over new safety rules at a platinum mine.\n\n"
    "Union leaders said talks with management would resume later in the week."
)
_BYLINED_ONE = (
    "Library Extends Weekend Hours\n\n"
    "By Marta Keel\n\n"
    "The city library will open on Sunday afternoons from next month, the council said.\n\n"
    "Staff will be paid overtime for the extra hours, a spokesman said."
)
_BYLINED_TWO = (
    "Rail Line Closed After Landslide\n\n"
    "By Tomas Vell\n\n"
    "A landslide blocked the mountain rail line on Wednesday, stranding two trains.\n\n"
    "Engineers expect to clear the track by the weekend, the operator said."
)
_TEXTS = {
    "marked": (MARKED_ONE, MARKED_TWO),
    "wire": (_WIRE_ONE, _WIRE_TWO),
    "bylined": (_BYLINED_ONE, _BYLINED_TWO),
}
_RULES = [
    "-----",
    "==========",
    "* * *",
    "***",
    "________",
    "~~~~~",
    "+++++",
    "# # #",
    "=-=-=-=-=",
    "─────",
    "————",
    "----------------------------------------",
    "--- page 2 ---",
    "===== Story 2 =====",
    "=== 2 ===",
    "<<<END>>>",
]
# The gaps a script leaves around its rule: none (``cat a; echo -----; cat
# b``), or one blank line on either side.
_AROUND = [("\n", "\n"), ("\n", "\n\n"), ("\n\n", "\n"), ("\n\n", "\n\n")]


def _headline(text: str) -> str:
    return text.split("\n", 1)[0]


def _last(text: str) -> str:
    return text.rsplit("\n", 1)[1]


def _two_stories(one: str, two: str, text: str) -> tuple[wirestory.Story, wirestory.Story]:
    stories = wirestory.parse(text)
    assert [s.headline for s in stories] == [_headline(one), _headline(two)]
    first, second = stories
    assert first.body[-1] == _last(one)
    assert second.body[-1] == _last(two)
    assert text == rebuild(text, stories)
    return first, second


@pytest.mark.parametrize("rule", _RULES)
@pytest.mark.parametrize(("above", "below"), _AROUND)
@pytest.mark.parametrize(
    ("kind_one", "kind_two"),
    [
        ("marked", "marked"),
        ("wire", "wire"),
        ("bylined", "bylined"),
        ("wire", "marked"),
        ("bylined", "marked"),
        ("marked", "bylined"),
        ("marked", "wire"),
    ],
)
def test_a_rule_between_two_stories_cuts_them(
    rule: str, above: str, below: str, kind_one: str, kind_two: str
) -> None:
    one, two = _TEXTS[kind_one][0], _TEXTS[kind_two][1]
    text = one + above + rule + below + two + "\n"
    first, second = _two_stories(one, two, text)
    # The rule ends the story above, in no field of either story.
    assert [s.rule for s in first.segments if s.role.value == "trailer"] == ["trailer-separator"]
    for story in (first, second):
        assert not any(rule in field for field in (*story.body, *story.notes))


def test_a_rule_under_the_last_line_is_no_line_of_the_paragraph() -> None:
    # One story, its file ended by a script's rule right under the last line.
    text = _WIRE_ONE + "\n~~~~~\n"
    [story] = wirestory.parse(text)
    assert story.body[-1] == _last(_WIRE_ONE)
    assert story.segments[-1].rule == "trailer-separator"


def test_a_page_break_with_one_blank_line_cuts() -> None:
    for one, two in ((_BYLINED_ONE, _BYLINED_TWO), (_WIRE_ONE, MARKED_TWO)):
        _two_stories(one, two, one + "\n\f\n" + two + "\n")


@pytest.mark.parametrize(
    "address", ["https://example.com/news/2/", "Source: https://example.com/news/2/"]
)
@pytest.mark.parametrize(
    ("kind_one", "kind_two"),
    [
        ("marked", "marked"),
        ("bylined", "bylined"),
        ("wire", "marked"),
        ("bylined", "marked"),
        ("marked", "bylined"),
        ("bylined", "wire"),
    ],
)
@pytest.mark.parametrize(("above", "below"), _AROUND)
def test_an_address_between_two_stories_opens_the_second(
    address: str, kind_one: str, kind_two: str, above: str, below: str
) -> None:
    one, two = _TEXTS[kind_one][0], _TEXTS[kind_two][1]
    text = one + above + address + below + two + "\n"
    first, second = _two_stories(one, two, text)
    if above == below == "\n\n":
        # A blank line on either side, in a dump whose first story opened
        # with no address: printed under each story, the story above's note
        # (dumps46; it was the next story's source-url, in no field).
        assert first.notes == (address,)
        assert second.segments[0].rule != "source-url"
        return
    assert second.segments[0].rule == "source-url"
    assert address not in " ".join((*first.body, *first.notes))


def test_an_address_under_the_dumps_last_story_is_a_note() -> None:
    text = MARKED_ONE + "\n\nSource: https://example.com/news/1/\n"
    [story] = wirestory.parse(text)
    assert story.body[-1] == _last(MARKED_ONE)
    assert story.notes == ("Source: https://example.com/news/1/",)


def test_an_address_a_paragraph_introduces_stays_the_storys() -> None:
    text = _WIRE_ONE + "\n\nThe full timetable is online at:\n\nhttps://example.com/ferry/winter\n"
    [story] = wirestory.parse(text)
    assert story.body[-1] == "https://example.com/ferry/winter"
    assert story.notes == ()


def test_a_storys_list_of_links_stays_its_body() -> None:
    items = "".join(
        f"\n\n{number}) Board game number {number}\n\nhttps://shop.example.com/{number}"
        for number in range(1, 4)
    )
    [story] = wirestory.parse(_WIRE_ONE + items + "\n")
    assert story.body[-1] == "https://shop.example.com/3"


@pytest.mark.parametrize("rule", ["* * *", "~~~~~", "--- 2 ---"])
def test_a_section_break_inside_a_story_does_not_cut(rule: str) -> None:
    # A feature's section break, a section's title and its paragraphs: no
    # header (no marker, dateline or byline) under the rule.
    text = (
        _BYLINED_ONE
        + f"\n\n{rule}\n\nThe Night Shift\n\n"
        + "After dark, two volunteers keep the reading room open for students.\n"
    )
    [story] = wirestory.parse(text)
    assert story.headline == "Library Extends Weekend Hours"
    assert story.body[-1].startswith("After dark")


def test_a_converters_underline_of_the_headline_is_kept() -> None:
    text = "Harbour Bridge Reopens\n=====================\n\n" + MARKED_ONE.split("\n\n", 1)[1]
    before = wirestory.parse(text)
    assert len(before) == 1
    assert before[0].body[-1] == _last(MARKED_ONE)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("-----", True),
        ("~ ~ ~", True),
        ("--- page 12 ---", True),
        ("=== Record #4 ===", True),
        ("<<<END>>>", True),
        ("──────", True),
        ("-- Jane Roe", False),
        ("--- Jane Roe, AP", False),
        ("- 3 -", False),
        ("--- The end. ---", False),
        ("-30-", False),
        ("<<<", False),
        ("### Page 2 ###", False),
        ("Officials said so.", False),
    ],
)
def test_a_dump_rule_is_told_by_its_form(line: str, rule: bool) -> None:
    assert is_dump_rule(line) is rule


def test_the_dump_rule_pattern_is_linear() -> None:
    hostile = ["-" * 150 + " x", "--- " + "a " * 90 + "-", "<<" + "a." * 90 + ">", "- " * 99 + "x"]
    began = time.perf_counter()
    for line in hostile * 200:
        is_dump_rule(line)
    assert time.perf_counter() - began < 2.0


# A rule between two stories, as scripts draw them: a mark repeated (spaced or
# not), or a short label between two runs of marks.
_MARK = st.sampled_from(list("-=_*~+#─═"))
_RULE_LINES = st.one_of(
    st.sampled_from(_RULES),
    st.builds(lambda mark, count: mark * count, _MARK, st.integers(3, 60)),
    st.builds(lambda mark, count: " ".join(mark * count), _MARK, st.integers(3, 7)),
    st.builds(
        lambda mark, label, number: f"{mark * 3} {label} {number} {mark * 3}",
        _MARK.filter(lambda mark: mark != "#"),
        st.sampled_from(["page", "Story", "Record", "File"]),
        st.integers(1, 999),
    ),
)


@given(
    seed_layout_stories(),
    seed_layout_stories().filter(lambda story: not story.unmarked),
    _RULE_LINES,
    st.sampled_from(_AROUND),
)
def test_any_rule_between_two_stories_reads_as_three_blank_lines(
    one: SeedLayoutStory, two: SeedLayoutStory, rule: str, around: tuple[str, str]
) -> None:
    """A rule between a story and a marked story (its marker line shown) or
    a wire story under it gives the same two stories as three blank lines
    between them. A header with no marker line whose repeat is edited is no
    marked header the layout finds even alone (read as wire text, flagged):
    under a rule it is left glued, and says so."""
    above, below = around
    first_text, second_text = one.text, two.text
    apart = wirestory.parse(first_text + "\n\n\n\n" + second_text + "\n")
    text = first_text + above + rule + below + second_text + "\n"
    joined = wirestory.parse(text)
    assert text == rebuild(text, joined)
    if not two.wire and two.expected["marker"] is None and len(joined) == 1:
        assert "possible-story-boundary" in [d.code for d in joined[0].diagnostics]
        return

    def fields(story: wirestory.Story) -> tuple[object, ...]:
        return (story.headline, story.captions and story.captions[0].text, story.marker, story.body)

    assert [fields(s) for s in joined] == [fields(s) for s in apart]


def test_a_sections_title_under_a_break_is_no_headline_of_the_next_story() -> None:
    # ``* * *`` / the last section's title / the next story's header glued on
    # by one blank line: the title is the story's, the header the next's.
    one = MARKED_ONE + "\n\n* * *\n\nThe Night Shift\n\n"
    first, second = wirestory.parse(one + MARKED_TWO + "\n")
    assert first.body[-1] == "The Night Shift"
    assert second.headline == _headline(MARKED_TWO)


# --- A crawler's records, each opening with its fields ----------------------------------


def _record(number: int, text: str) -> str:
    title, rest = text.split("\n\n", 1)
    fields = f"URL: https://example.com/news/{number}/\nDate: 2025-03-0{number}"
    return f"Title: {title}\n{fields}\n\n{rest}"


@pytest.mark.parametrize("gap", ["\n\n\n\n", "\n\n", "\n"])
@pytest.mark.parametrize("kind", ["bylined", "wire"])
def test_a_crawlers_records_are_read_field_by_field(gap: str, kind: str) -> None:
    # ``Title:`` / ``URL:`` / ``Date:`` over each record's text (its headline
    # in the title): the fields were the body's first paragraph and the
    # byline a subheading; one blank line apart or none, one story. Silent.
    one, two = _TEXTS[kind]
    text = _record(1, one) + gap + _record(2, two) + "\n"
    stories = wirestory.parse(text)
    assert [s.headline for s in stories] == [_headline(one), _headline(two)]
    for story, source in zip(stories, (one, two), strict=True):
        assert story.body[-1] == _last(source)
        assert not any("https://" in p or "Date:" in p for p in story.body)
        assert [s.rule for s in story.segments if s.rule == "record-field"] == ["record-field"] * 2
        assert story.diagnostics == ()
    if kind == "bylined":
        assert [s.byline.names for s in stories if s.byline] == [("Marta Keel",), ("Tomas Vell",)]
    assert text == rebuild(text, stories)


def test_a_title_field_inside_a_story_is_no_record() -> None:
    # A review's box (``Title:`` / ``Author:``) under a story that opened
    # with no record: no cut, no field claimed.
    text = _BYLINED_ONE + "\n\nTitle: The Quiet Shelf\nAuthor: Anne Hale\n"
    [story] = wirestory.parse(text)
    assert not any(s.rule == "record-field" for s in story.segments)
