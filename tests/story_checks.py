"""What the tests ask of a parsed story, written once for every test module.

Most modules pin a reading and the diagnostics it carries; they import these
under their old private names (``from story_checks import codes as _codes``).
"""

from __future__ import annotations

import wirestory


def codes(story: wirestory.Story) -> list[str]:
    """The codes of ``story``'s diagnostics, in the order it says them."""
    return [d.code for d in story.diagnostics]


def one_story(text: str) -> wirestory.Story:
    """The one story ``text`` holds (a test of a single page or wire story
    fails here when the text is read as more than one)."""
    [story] = wirestory.parse(text)
    return story
