"""Story boundaries in dumps (the bounds36 round): never two stories glued
into one record, never one lost, without a diagnostic saying so.

Fixed in this round (each read as one story on main, flagged
``possible-story-boundary`` but glued):

- wire stories one after another with one blank line between them, the next
  opening with its headline over a dateline naming an agency or a date
  (``CHICAGO, March 3 (Reuters) - …``), of one agency or of several;
- the same under an end mark or a trailer line with no blank line or one
  (``(END)``, ``ENDS``, ``-30-``, ``(Reuters)``);
- headless copy: a slug line (``BC-…``) over the dateline, after one blank
  line or none;
- a site's marked stories followed by wire stories set one blank line apart;
- wire copy or crawled pages each opening with its address line
  (``https://…``), the next page's address under one blank line or none.

A wire story glued under one that opened with no dateline, whose dateline
the story took, and a crawled page's address joined to its title under a page
that opened with no address now say so (``possible-story-boundary``; both were
silent).

Near misses stay one story: a roundup's subheading over a place alone
(``BERGEN —``), a story that opened with no dateline of its own, a line
under a wrapped paragraph's line ending no sentence, ``MORE`` (the next take
of the same story), an address inside a page that did not open with one, a
list of sources (address over title, address again).

Every dump here is invented, in the shape of real copy.
"""

from __future__ import annotations

import time

import pytest
from story_checks import codes as _codes

import wirestory

_FERRY = "Ferry crews strike across northern ports"
_FERRY_LEAD = (
    "OSLO, March 3 (Reuters) - Ferry crews walked off their ships at dawn on Tuesday, "
    "stranding thousands of travellers."
)
_FERRY_END = "The union said the strike would last two days unless talks resumed."
_GRAIN = "Grain prices climb on dry weather"
_GRAIN_LEAD = (
    "CHICAGO, March 3 (Reuters) - Wheat futures rose for a third session on Tuesday as "
    "dry weather threatened the crop."
)
_GRAIN_END = "Traders said the rally could fade if rain arrives next week."
_MINISTER = "Minister quits over housing row"
_MINISTER_LEAD = (
    "PARIS, March 3 (AFP) - France's housing minister resigned on Tuesday after a row over "
    "rent controls."
)
_MINISTER_END = "Her office gave no reason beyond the statement."
_QUAKE = "Quake shakes northern Chile"
_QUAKE_LEAD = "SANTIAGO, March 3 (AP) - A strong earthquake shook northern Chile on Tuesday."
_QUAKE_END = "There were no immediate reports of damage."

_WIRE = [
    (_FERRY, _FERRY_LEAD, _FERRY_END),
    (_GRAIN, _GRAIN_LEAD, _GRAIN_END),
    (_MINISTER, _MINISTER_LEAD, _MINISTER_END),
    (_QUAKE, _QUAKE_LEAD, _QUAKE_END),
]
_HEADLINES = [headline for headline, _, _ in _WIRE]
_ADDRESS = "https://news.example.org/2026/03/03/{}"


def _wire(headline: str, lead: str, end: str, trailer: str = "") -> str:
    return f"{headline}\n\n{lead}\n\n{end}\n" + (f"{trailer}\n" if trailer else "")


def _lead(lead: str) -> str:
    return lead.split(" - ", 1)[1]


def _check_wire(stories: list[wirestory.Story], count: int = 4) -> None:
    assert [s.headline for s in stories] == _HEADLINES[:count]
    for story, (_, lead, end) in zip(stories, _WIRE, strict=False):
        assert story.body == (_lead(lead), end)
        assert story.dateline is not None
        assert "possible-story-boundary" not in _codes(story)


def test_wire_stories_one_blank_line_apart() -> None:
    stories = wirestory.parse("\n".join(_wire(*story) for story in _WIRE))
    _check_wire(stories)
    assert [s.dateline.agencies for s in stories if s.dateline] == [
        ("Reuters",),
        ("Reuters",),
        ("Agence France-Presse",),
        ("Associated Press",),
    ]


@pytest.mark.parametrize("mark", ["(END)", "ENDS", "-30-", "(Reuters)"])
@pytest.mark.parametrize("gap", ["", "\n"])
def test_wire_stories_under_a_trailer(mark: str, gap: str) -> None:
    stories = wirestory.parse(gap.join(_wire(*story, mark) for story in _WIRE))
    _check_wire(stories)
    for story in stories:
        assert story.segments[-1].role is wirestory.Role.TRAILER


@pytest.mark.parametrize("gap", ["", "\n"])
def test_headless_wire_copy_under_slugs(gap: str) -> None:
    text = gap.join(
        f"BC-Wire-Story-{number},0300\n{lead}\n\n{end}\n"
        for number, (_, lead, end) in enumerate(_WIRE)
    )
    stories = wirestory.parse(text)
    assert len(stories) == 4
    for number, (story, (_, lead, end)) in enumerate(zip(stories, _WIRE, strict=True)):
        assert story.notes == (f"BC-Wire-Story-{number},0300",)
        assert story.body == (_lead(lead), end)
        assert "possible-story-boundary" not in _codes(story)


def test_slugs_over_headlines_one_blank_line_apart() -> None:
    text = "\n".join(
        f"BC-Wire-Story-{number},0300\n{_wire(*story)}" for number, story in enumerate(_WIRE)
    )
    _check_wire(wirestory.parse(text))


def _marked(headline: str, caption: str, body: list[str]) -> str:
    shown = f"{caption}\n{caption}"
    return f"{headline}\n\n{shown}\nTT\n\n{headline}\n\n{shown}\n\n" + "\n\n".join(body) + "\n"


_MARKED = [
    _marked(
        "Rain Returns to the Capital",
        "Wet streets in the old town. (AFP)",
        ["It rained for the first time in weeks on Monday.", "Farmers welcomed the rain."],
    ),
    _marked(
        "Harbour Bridge Reopens",
        "Cars cross the bridge at dawn. (Reuters)",
        ["The bridge reopened on Sunday after repairs.", "Traffic was light."],
    ),
]


@pytest.mark.parametrize(("marked_gap", "wire_gap"), [("\n", "\n"), ("\n\n\n", "\n")])
def test_marked_stories_then_wire_stories(marked_gap: str, wire_gap: str) -> None:
    text = (
        marked_gap.join(_MARKED) + marked_gap + wire_gap.join(_wire(*story) for story in _WIRE[:2])
    )
    stories = wirestory.parse(text)
    assert [s.headline for s in stories] == [
        "Rain Returns to the Capital",
        "Harbour Bridge Reopens",
        _FERRY,
        _GRAIN,
    ]
    assert [s.marker for s in stories] == ["TT", "TT", None, None]
    assert stories[1].body == ("The bridge reopened on Sunday after repairs.", "Traffic was light.")
    _check_wire(stories[2:], 2)


@pytest.mark.parametrize("gap", ["\n", ""])
@pytest.mark.parametrize("under", ["\n", ""])
def test_wire_copy_under_addresses(gap: str, under: str) -> None:
    text = "".join(
        (gap if number else "") + _ADDRESS.format(number) + "\n" + under + _wire(*story)
        for number, story in enumerate(_WIRE)
    )
    _check_wire(wirestory.parse(text))


_PAGE_ONE = (
    "Council approves the new harbour plan\n\nBy Anna Berg\n\nMarch 3, 2026\n\n"
    "The council approved the harbour plan on Tuesday after a long debate over its cost.\n\n"
    "Work on the first pier is due to start in the spring.\n"
)
_PAGE_TWO = (
    "School meals to be free from autumn\n\nBy Tom Hale\n\nMarch 4, 2026\n\n"
    "Every pupil in the district will get a free lunch from the autumn term, the board said.\n\n"
    "The board will pay for it from its reserves.\n"
)


@pytest.mark.parametrize("gap", ["\n", ""])
@pytest.mark.parametrize("under", ["\n", ""])
def test_crawled_pages_under_addresses(gap: str, under: str) -> None:
    text = (
        _ADDRESS.format("harbour")
        + "\n"
        + under
        + _PAGE_ONE
        + gap
        + _ADDRESS.format("meals")
        + "\n"
        + under
        + _PAGE_TWO
    )
    stories = wirestory.parse(text)
    assert [s.headline for s in stories] == [
        "Council approves the new harbour plan",
        "School meals to be free from autumn",
    ]
    assert stories[0].body[-1] == "Work on the first pier is due to start in the spring."
    assert stories[1].body[0].startswith("Every pupil")


@pytest.mark.parametrize("above", ["\n", ""])
def test_page_under_an_address_in_a_page_without_one_is_cut(above: str) -> None:
    # The first page opened with no address. It was read on as one story,
    # flagged; since dumps43 an address alone under a paragraph's end, over
    # a headline over a byline (a whole header), cuts there: the address is
    # the second page's (source-url).
    text = _PAGE_ONE + above + _ADDRESS.format("meals") + "\n" + _PAGE_TWO
    first, second = wirestory.parse(text)
    assert first.body[-1] == "Work on the first pier is due to start in the spring."
    assert second.headline == "School meals to be free from autumn"
    assert second.segments[0].rule == "source-url"


def test_shop_links_stay_quiet() -> None:
    links = "".join(
        f"{_ADDRESS.format(number)}\n{number}) Board game number {number}\n" for number in range(4)
    )
    [story] = wirestory.parse(_PAGE_ONE + "\n" + links)
    assert "possible-story-boundary" not in _codes(story)


# --- near misses: one story ----------------------------------------------------


def test_roundup_subheading_over_a_place_alone_stays() -> None:
    text = (
        f"{_FERRY}\n\n{_FERRY_LEAD}\n\nIn the south\n\n"
        "BERGEN — Crews in the south stayed at work on Tuesday.\n"
    )
    [story] = wirestory.parse(text)
    assert story.body[-2:] == (
        "In the south",
        "BERGEN — Crews in the south stayed at work on Tuesday.",
    )


def test_line_under_a_wrapped_line_stays() -> None:
    text = f"{_FERRY}\n\n{_FERRY_LEAD}\n\nThe union said\n{_GRAIN}\n\n{_GRAIN_LEAD}\n"
    [story] = wirestory.parse(text)
    assert "possible-story-boundary" in _codes(story)


def test_next_take_under_more_stays() -> None:
    text = f"{_FERRY}\n\n{_FERRY_LEAD}\n\n{_FERRY_END}\nMORE\n{_GRAIN}\n\n{_GRAIN_LEAD}\n"
    [story] = wirestory.parse(text)
    assert "possible-story-boundary" in _codes(story)


def test_wire_header_under_a_story_without_dateline_is_flagged() -> None:
    # The story above opened with no dateline: the cut is not made (two
    # stories of the wire form, one under the other, is the rule's form), and
    # the second story's dateline, read as the story's, is said to be doubtful
    # at the headline over it (it was silent).
    text = f"{_FERRY}\n\nFerry crews walked out.\n\n{_GRAIN}\n\n{_GRAIN_LEAD}\n"
    [story] = wirestory.parse(text)
    assert story.dateline is not None
    assert story.dateline.places == ("CHICAGO",)
    assert [(d.code, d.line) for d in story.diagnostics] == [("possible-story-boundary", 5)]


def test_dateline_under_a_deck_stays_quiet() -> None:
    text = f"{_FERRY}\n\nA deck that ends in a full stop.\n\n{_FERRY_LEAD}\n"
    [story] = wirestory.parse(text)
    assert story.diagnostics == ()


def test_address_inside_a_page_without_one_above_stays() -> None:
    text = _PAGE_ONE + "\n" + _ADDRESS.format("report") + "\n\nWhat comes next\n\nMore text.\n"
    [story] = wirestory.parse(text)
    assert story.headline == "Council approves the new harbour plan"


def test_list_of_sources_stays() -> None:
    text = (
        _ADDRESS.format("harbour")
        + "\n"
        + _PAGE_ONE
        + "\n"
        + _ADDRESS.format("source-one")
        + "\n\nA source's title\n\n"
        + _ADDRESS.format("source-two")
        + "\n\nAnother source's title\n"
    )
    assert len(wirestory.parse(text)) == 1


# --- long dumps ------------------------------------------------------------------


def _long_dump(count: int) -> str:
    return "\n".join(
        _wire(f"{headline} {number // 4}", lead, end)
        for number, (headline, lead, end) in zip(range(count), _WIRE * count, strict=False)
    )


def test_long_dump_loses_no_boundary() -> None:
    stories = wirestory.parse(_long_dump(400))
    assert len(stories) == 400
    assert [s.headline for s in stories[-4:]] == [f"{headline} 99" for headline in _HEADLINES]
    assert not any(s.diagnostics for s in stories)


def test_long_dump_is_linear() -> None:
    def cost(count: int) -> float:
        text = _long_dump(count)
        start = time.perf_counter()
        assert len(wirestory.parse(text)) == count
        return time.perf_counter() - start

    cost(50)  # warm: patterns compiled
    small = min(cost(200) for _ in range(3))
    large = cost(2000)
    # Ten times the stories: about ten times the time; a quadratic cut
    # would cost a hundred.
    assert large / small < 30
