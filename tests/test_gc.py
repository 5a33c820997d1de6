"""The cyclic collector is paused while a story is assembled, and only then
(issue #14: one huge story cost more per character the larger it was)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

import wirestory
from wirestory import ParseError, ParseOptions
from wirestory.collector import collection_paused

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
    import wirestory.assemble
    import wirestory.parser

    seen: list[bool] = []
    assemble = wirestory.assemble.assemble_story

    def watching(*args: object, **kwargs: object) -> wirestory.Story:
        seen.append(gc.isenabled())
        return assemble(*args, **kwargs)  # type: ignore[arg-type]

    # iter_stories assembles through assemble.story_of, parse_story directly.
    monkeypatch.setattr(wirestory.assemble, "assemble_story", watching)
    monkeypatch.setattr(wirestory.parser, "assemble_story", watching)
    between = []
    for _ in wirestory.iter_stories(TEXT):
        between.append(gc.isenabled())
    assert seen == [False, False]
    assert between == [True, True]
    wirestory.parse_story("Rain\n\nIt rained.\n")
    assert seen[-1] is False
    assert gc.isenabled()


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
