"""The headless layout: no headline found, every line is body.

The fallback of ``auto``: a story whose first line is a sentence (a lead
paragraph pasted without its headline). A dateline and a byline are still
looked for in the first paragraphs by :mod:`wirestory.enrich`; the story's
``headline`` is empty.
"""

from __future__ import annotations

from collections.abc import Sequence

from wirestory.lines import Line
from wirestory.options import ParseOptions
from wirestory.paragraphs import claim_body
from wirestory.state import LineState

__all__ = ["detect", "read"]


def detect(lines: Sequence[Line], start: int, options: ParseOptions) -> int:
    """Any story can be read as headless: ``start``, always."""
    del lines, options
    return start


def read(
    lines: list[Line], start: int, found: int | None, state: LineState, options: ParseOptions
) -> None:
    """Claim every line from ``start`` on as body."""
    del found, options
    claim_body(lines, start, state)
