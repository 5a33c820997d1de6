"""The cyclic collector is paused while a story is assembled (issue #14: one
huge story cost more per character the larger it was), and across the whole of
``parse``, whose text is in hand and whose stories are all kept; never across
a yield of ``iter_stories``."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import pytest

import wirestory
from wirestory import ParseError, ParseOptions
from wirestory.collector import collection_paused
from wirestory.state import LineState

TEXT = "Rain Returns\n\nIt rained.\n\n\nSun Shines\n\nIt shone.\n"


@pytest.fixture
def collector_on() -> Iterator[None]:
    """Each test starts with the collector on and leaves it as it found it."""
    was = gc.isenabled()
    gc.enable()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_collector_is_off_during_assembly_and_on_between_stories(
    collector_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Inside a story's assembly the collector is off; while the caller holds the
    stream between two stories it is on again (never paused across a yield)."""
    seen: list[bool] = []
    unclaimed = LineState.unclaimed

    def watching(cls: type[LineState], count: int) -> LineState:
        seen.append(gc.isenabled())
        return unclaimed(count)

    # Every story's assembly starts its line state through this class method,
    # which both builds look up on the class at the call: in the compiled build
    # a call between two compiled functions (assemble_story from story_of) goes
    # straight to C and would not see a patched function, but LineState is an
    # attrs class, not one of mypyc's native classes, so its methods are found
    # by name.
    monkeypatch.setattr(LineState, "unclaimed", classmethod(watching))
    between = []
    for _ in wirestory.iter_stories(TEXT):
        between.append(gc.isenabled())
    assert seen == [False, False]
    assert between == [True, True]
    wirestory.parse_story("Rain\n\nIt rained.\n")
    assert seen[-1] is False
    assert gc.isenabled()


def test_parse_pauses_the_collector_while_it_splits_the_lines(
    collector_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``parse`` splits and groups the lines with the collector off too (its
    passes over the growing lists found no cycle to free); it is on again
    when ``parse`` returns."""
    import wirestory.parser

    seen: list[bool] = []
    split = wirestory.parser.split_lines

    def watching(blocks: Any) -> Iterator[Any]:
        for line in split(blocks):
            seen.append(gc.isenabled())
            yield line

    monkeypatch.setattr(wirestory.parser, "split_lines", watching)
    assert len(wirestory.parse(TEXT)) == 2
    assert seen
    assert not any(seen)
    assert gc.isenabled()
    seen.clear()
    list(wirestory.iter_stories(TEXT))
    assert any(seen)  # streaming: on between the stories it yields


def test_collector_is_restored_when_assembly_raises(collector_on: None) -> None:
    """A strict-mode error raised inside the assembly leaves the collector on."""
    with pytest.raises(ParseError, match="no body"):
        wirestory.parse("Lonely Headline\n", options=ParseOptions(strict=True))
    assert gc.isenabled()
    with pytest.raises(ParseError, match="no body"):
        wirestory.parse_story("Lonely Headline\n", options=ParseOptions(strict=True))
    assert gc.isenabled()


def test_a_collector_switched_off_stays_off(collector_on: None) -> None:
    """An application that switched the collector off finds it off afterwards."""
    gc.disable()
    wirestory.parse(TEXT)
    list(wirestory.iter_stories(TEXT))
    assert not gc.isenabled()
    with collection_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_collection_paused_restores_on_error(collector_on: None) -> None:
    """The context manager turns the collector back on whatever the block raises."""

    def fail_while_paused() -> None:
        with collection_paused():
            assert not gc.isenabled()
            raise KeyError("x")

    with pytest.raises(KeyError):
        fail_while_paused()
    assert gc.isenabled()
