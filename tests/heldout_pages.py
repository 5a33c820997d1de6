"""The whole written pages and dumps of the held-out rounds (``tests/cases_heldoutNN/``).

Each page is two files: ``NAME.txt``, the page's text as a browser or a
converter gives it, and ``NAME.json``, the fields a reader sees in it (any of
``headline``, ``authors``, ``captions``, ``dateline``, ``body``). A round
leaves some misreadings, each named by page and field with the diagnostic
that says so (``None``: silent) and why; its test of that field is a strict
xfail, and a test beside it asserts the diagnostic. One class serves every
round's test module, so each round states its pages and what it left, not
the harness again. A dump (:class:`HeldOutDumps`) is the same with a list of
stories in its ``NAME.json``, each pinned down by field, and its misreadings
named by story too.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
import pytest

import wirestory

# A misreading left: the diagnostic that says so (None when silent), and why.
Left = tuple[str | None, str]


def reading(story: wirestory.Story) -> dict[str, Any]:
    """The fields a page's file pins down, as the story gives them."""
    return {
        "headline": story.headline,
        "authors": list(story.byline.names) if story.byline else [],
        "captions": [{"text": c.text, "credit": c.credit} for c in story.captions],
        "dateline": story.dateline.raw if story.dateline else None,
        "body": list(story.body),
    }


@attrs.frozen
class HeldOutPages:
    """One round's folder of pages and the misreadings it leaves, by
    ``(page, field)``."""

    folder: Path
    left: Mapping[tuple[str, str], Left] = attrs.field(factory=dict)

    @property
    def names(self) -> list[str]:
        """The pages, by name, in order."""
        return sorted(path.stem for path in self.folder.glob("*.json"))

    def expected(self, name: str) -> dict[str, Any]:
        """What the page's file says a reader sees."""
        loaded: dict[str, Any] = json.loads((self.folder / f"{name}.json").read_text("utf-8"))
        return loaded

    def text(self, name: str) -> str:
        """The page's text. Its bytes are decoded, not read as text: universal
        newlines would turn a page's Windows line ends (heldout36) into LF."""
        return (self.folder / f"{name}.txt").read_bytes().decode("utf-8")

    def first_story(self, name: str) -> wirestory.Story:
        """The page's first story: the page itself, when it is read as one."""
        return wirestory.parse(self.text(name))[0]

    def field_params(self) -> list[Any]:
        """``(name, field)`` for each field each page pins down; a field left
        misread is a strict xfail giving its reason."""
        params = []
        for name in self.names:
            for field in self.expected(name):
                left = self.left.get((name, field))
                marks = [pytest.mark.xfail(strict=True, reason=left[1])] if left else []
                params.append(pytest.param(name, field, id=f"{name}-{field}", marks=marks))
        return params

    def page_params(self) -> list[Any]:
        """Each page, for its count of stories (one); a page left read as
        several (field ``"stories"`` in ``left``) is a strict xfail."""
        params = []
        for name in self.names:
            left = self.left.get((name, "stories"))
            marks = [pytest.mark.xfail(strict=True, reason=left[1])] if left else []
            params.append(pytest.param(name, id=name, marks=marks))
        return params

    def flagged(self) -> list[tuple[str, str]]:
        """The misreadings left that a diagnostic says, by ``(name, field)``."""
        return sorted(key for key, (code, _) in self.left.items() if code is not None)

    def codes(self, name: str) -> list[str]:
        """The codes of the diagnostics of every story the page gives."""
        return [d.code for story in wirestory.parse(self.text(name)) for d in story.diagnostics]


def dump_reading(story: wirestory.Story) -> dict[str, Any]:
    """The fields a dump's file pins down of each story, as the story gives them."""
    return {
        "headline": story.headline,
        "marker": story.marker,
        "captions": [[c.text, c.credit] for c in story.captions],
        "dateline": story.dateline.raw if story.dateline else None,
        "byline": list(story.byline.names) if story.byline else None,
        "paragraphs": len(story.body),
        "first_paragraph": story.body[0] if story.body else None,
        "last_paragraph": story.body[-1] if story.body else None,
        "diagnostics": [d.code for d in story.diagnostics],
    }


@attrs.frozen
class HeldOutDumps:
    """One round's folder of dumps (several stories a text) and the
    misreadings it leaves, by ``(dump, story, field)``: story ``None`` is the
    count of stories, field ``"*"`` every field of that story."""

    folder: Path
    left: Mapping[tuple[str, int | None, str], str] = attrs.field(factory=dict)

    @property
    def names(self) -> list[str]:
        """The dumps, by name, in order."""
        return sorted(path.stem for path in self.folder.glob("*.txt"))

    def expected(self, name: str) -> list[dict[str, Any]]:
        """What the dump's file says each story is."""
        loaded: list[dict[str, Any]] = json.loads((self.folder / f"{name}.json").read_text("utf-8"))
        return loaded

    def stories(self, name: str) -> list[wirestory.Story]:
        """The dump's stories. Its bytes are decoded, not read as text: universal
        newlines would turn a CRLF case's line ends into LF."""
        return wirestory.parse((self.folder / f"{name}.txt").read_bytes().decode("utf-8"))

    def marks(self, name: str, number: int | None, field: str) -> list[Any]:
        """A strict xfail giving the reason, for a misreading left."""
        reason = self.left.get((name, number, field)) or self.left.get((name, number, "*"))
        return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []

    def count_params(self) -> list[Any]:
        """Each dump, for its count of stories."""
        return [pytest.param(name, marks=self.marks(name, None, "stories")) for name in self.names]

    def field_params(self) -> list[Any]:
        """``(name, number, field)`` for each field of each story of each dump."""
        return [
            pytest.param(
                name,
                number,
                field,
                id=f"{name}-{number}-{field}",
                marks=self.marks(name, number, field),
            )
            for name in self.names
            for number, story in enumerate(self.expected(name))
            for field in story
        ]
