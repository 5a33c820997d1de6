"""The user's own sample, read from ../shared/seeds/."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cases import rebuild

import wirestory

pytestmark = pytest.mark.corpus


def test_seed_gives_two_stories(shared: Path) -> None:
    """The seed holds two stories, each with one AFP caption, marker TT, and
    11 and 7 body paragraphs; no headline or caption text reaches a body."""
    path = shared / "seeds" / "000_298515e6b968809b.txt"
    text = wirestory.decode(path.read_bytes())
    stories = wirestory.parse(text)
    assert [s.headline for s in stories] == [
        "ISIS Dormant Cells Pave Way for Open US Presence in Iraq",
        "US Defers Removal of Some Lebanese, Citing Israel-Hezbollah Tensions",
    ]
    assert [len(s.body) for s in stories] == [11, 7]
    assert [[c.credit for c in s.captions] for s in stories] == [["AFP"], ["AFP"]]
    assert [s.marker for s in stories] == ["TT", "TT"]
    assert stories[0].captions[0].text == "A US soldier in Iraq."
    assert [s.diagnostics for s in stories] == [(), ()]
    for story in stories:
        for paragraph in story.body:
            assert story.headline not in paragraph
            assert story.captions[0].text not in paragraph
    assert text == rebuild(text, stories)
    assert stories == list(wirestory.iter_stories(path))


def test_seed_quotes_are_kept_or_straightened(shared: Path) -> None:
    """The seed mixes curly and straight quotes: "keep" leaves both, "straight"
    leaves no curly quote in any field."""
    text = (shared / "seeds" / "000_298515e6b968809b.txt").read_text(encoding="utf-8")
    kept = wirestory.parse(text)
    assert any("“" in p for p in kept[0].body)
    assert any('"' in p for p in kept[1].body)
    straight = wirestory.parse(text, options=wirestory.ParseOptions(quotes="straight"))
    assert not any(c in p for s in straight for p in s.body for c in "“”‘’")
