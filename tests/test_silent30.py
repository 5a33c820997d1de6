"""silent30: a wire's service notices over a story (a kill, an ``ADVISORY`` line,
a take line) were read as the story's headline with no diagnostic. A kill or a
withdrawal is now a note of the story flagged ``story-withdrawn``; a take line
is the slug's. Every text here is invented."""

from __future__ import annotations

import pytest
from story_checks import codes as _codes

import wirestory
from wirestory import ParseOptions, Role

_LAYOUTS = ("auto", "wire")
_HEAD = "Tram drivers walk out over rota changes"
_LEAD = (
    "LEEDS (Reuters) - Tram drivers stopped work at noon on Friday, leaving commuters "
    "waiting at shelters across the city."
)
_MORE = "The operator said it hoped talks would resume next week."
_WHY = "Tram story withdrawn: the operator's statement was forged. Please do not use it."


def _one(text: str, layout: str) -> wirestory.Story:
    stories = list(wirestory.parse(text, options=ParseOptions(layout=layout)))  # type: ignore[arg-type]
    assert len(stories) == 1
    story = stories[0]
    # Nothing lost: the story's segments rebuild the text.
    assert "".join(text[seg.start : seg.end] for seg in story.segments) == text
    return story


def _role_of(story: wirestory.Story, text: str, line: str) -> set[Role]:
    start = text.index(line)
    return {seg.role for seg in story.segments if seg.start < start + len(line) and seg.end > start}


@pytest.mark.parametrize("layout", _LAYOUTS)
@pytest.mark.parametrize("kill", ["KILL - KILL - KILL", "KILL", "WITHDRAWAL - WITHDRAWAL"])
def test_kill_notice_is_a_flagged_note(layout: str, kill: str) -> None:
    text = f"{kill}\n\n{_WHY}\n\n{_HEAD}\n\n{_LEAD}\n\n{_MORE}\n"
    story = _one(text, layout)
    assert story.headline == _HEAD
    assert "story-withdrawn" in _codes(story)
    assert _role_of(story, text, kill) == {Role.ADVISORY}
    assert _role_of(story, text, _WHY) == {Role.ADVISORY}
    assert any(kill in note for note in story.notes)
    assert any("withdrawn" in note for note in story.notes)


@pytest.mark.parametrize("layout", _LAYOUTS)
def test_kill_notice_alone_is_flagged(layout: str) -> None:
    text = f"KILL - KILL - KILL\n\n{_WHY}\n"
    story = _one(text, layout)
    assert story.headline != "KILL - KILL - KILL"
    assert "story-withdrawn" in _codes(story)


@pytest.mark.parametrize("layout", _LAYOUTS)
def test_advisory_line_is_a_note(layout: str) -> None:
    notice = "ADVISORY - Tram story withdrawn"
    text = f"{notice}\n\n{_HEAD}\n\n{_LEAD}\n\n{_MORE}\n"
    story = _one(text, layout)
    assert story.headline == _HEAD
    assert _role_of(story, text, notice) == {Role.ADVISORY}
    assert "story-withdrawn" in _codes(story)


@pytest.mark.parametrize("layout", _LAYOUTS)
def test_advisory_not_withdrawing_is_a_note_unflagged(layout: str) -> None:
    notice = "ADVISORY - Tram story will be updated at 1600 GMT"
    text = f"{notice}\n\n{_HEAD}\n\n{_LEAD}\n\n{_MORE}\n"
    story = _one(text, layout)
    assert story.headline == _HEAD
    assert _role_of(story, text, notice) == {Role.ADVISORY}
    assert "story-withdrawn" not in _codes(story)


@pytest.mark.parametrize("layout", _LAYOUTS)
@pytest.mark.parametrize(
    "take", ["Tram strike, Add 2", "Tram strike, 1st Add", "Tram strike, 2nd Ld"]
)
def test_take_line_is_the_slug(layout: str, take: str) -> None:
    text = f"{take}\n\n{_HEAD}\n\n{_LEAD}\n\n{_MORE}\n"
    story = _one(text, layout)
    assert story.headline == _HEAD
    assert _role_of(story, text, take) == {Role.ADVISORY}
    assert any(seg.rule == "wire-slug" for seg in story.segments if seg.role is Role.ADVISORY)
    assert "story-withdrawn" not in _codes(story)


@pytest.mark.parametrize("layout", _LAYOUTS)
@pytest.mark.parametrize(
    "headline",
    ["Kill the bill, say residents", "Advisory board meets", "Add-ons cost more"],
)
def test_near_misses_stay_headlines(layout: str, headline: str) -> None:
    text = f"{headline}\n\n{_LEAD}\n\n{_MORE}\n"
    story = _one(text, layout)
    assert story.headline == headline
    assert "story-withdrawn" not in _codes(story)
    assert not story.notes


@pytest.mark.parametrize("layout", _LAYOUTS)
def test_kill_over_headline_keeps_the_headline(layout: str) -> None:
    # No explanation under the kill: the line under it is the story's headline.
    text = f"KILL\n\n{_HEAD}\n\n{_LEAD}\n\n{_MORE}\n"
    story = _one(text, layout)
    assert story.headline == _HEAD
    assert "story-withdrawn" in _codes(story)
    assert story.notes == ("KILL",)


@pytest.mark.parametrize("layout", _LAYOUTS)
@pytest.mark.parametrize("notice", ["KILL - KILL - KILL", "ADVISORY - Tram story withdrawn"])
def test_withdrawing_notice_alone_is_flagged(layout: str, notice: str) -> None:
    # The notice is the text's only line: it stays the story's line, flagged.
    story = _one(f"{notice}\n", layout)
    assert "story-withdrawn" in _codes(story)
