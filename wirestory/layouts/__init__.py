"""The layouts a story can have, as an ordered registry.

Each :class:`Layout` is a name and two functions, as markdown-it's block rules
are: ``detect`` only answers whether the layout fits the story starting at a
line (and returns what it found there, to spare ``read`` finding it again),
``read`` claims every line of the story in a :class:`~wirestory.state.LineState`.
With ``ParseOptions(layout="auto")`` the first layout of :data:`LAYOUTS` whose
``detect`` answers is read; a forced layout is read whatever its ``detect``
says (its ``read`` copes with ``None``)::

    marked    a header block closed by a marker line (the seed site)
    page      the whole visible text of a web page
    wire      a headline, byline and captions, then the body
    headless  everything is body (always fits)

Adding a layout is adding a module with ``detect`` and ``read`` and a row
here; see docs/architecture.md.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import attrs

from wirestory.layouts import headless, marked, page, wire
from wirestory.lines import Line
from wirestory.model import LayoutName
from wirestory.options import ParseOptions
from wirestory.state import LineState

__all__ = ["LAYOUTS", "Layout", "choose_layout", "layout_named"]

Detect = Callable[[Sequence[Line], int, ParseOptions], Any]
"""``detect(lines, start, options)``: what the layout found at the story whose
first non-blank line is ``lines[start]``, or None when it does not fit."""
Read = Callable[[list[Line], int, Any, LineState, ParseOptions], None]
"""``read(lines, start, found, state, options)``: claim the story's lines;
``found`` is what ``detect`` returned (None when the layout was forced)."""


@attrs.frozen
class Layout:
    """One layout: its name, how to recognise it, how to read it."""

    name: LayoutName
    detect: Detect
    read: Read
    dateline_paragraphs: int
    """In how many of the first body paragraphs a dateline is looked for. The
    seed site's body opens with it; outside that layout a scraper may keep a
    photo caption or a teaser line above the dateline paragraph
    (``1 of 18. A Republic of Singapore Air Force ...``), so the dateline may
    open one of the first three paragraphs if those before it are short."""


LAYOUTS: tuple[Layout, ...] = (
    Layout("marked", marked.detect, marked.read, dateline_paragraphs=1),
    Layout("page", page.detect, page.read, dateline_paragraphs=3),
    Layout("wire", wire.detect, wire.read, dateline_paragraphs=3),
    Layout("headless", headless.detect, headless.read, dateline_paragraphs=3),
)
"""Every layout, in the order ``auto`` tries them (``headless`` always fits)."""

_BY_NAME = {layout.name: layout for layout in LAYOUTS}


def layout_named(name: LayoutName) -> Layout:
    """The registered layout called ``name``."""
    return _BY_NAME[name]


def choose_layout(lines: Sequence[Line], start: int, options: ParseOptions) -> tuple[Layout, Any]:
    """The layout of the story whose first non-blank line is ``lines[start]``,
    and what its ``detect`` found there."""
    if options.layout != "auto":
        layout = _BY_NAME[options.layout]
        return layout, layout.detect(lines, start, options)
    for layout in LAYOUTS:
        found = layout.detect(lines, start, options)
        if found is not None:
            return layout, found
    raise AssertionError("the headless layout fits every story")  # pragma: no cover
