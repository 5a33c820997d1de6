"""The headless layout: no headline found, every line is body.

The fallback of ``auto``: a story whose first line is a sentence (a lead
paragraph pasted without its headline). A dateline and a byline are still
looked for in the first paragraphs by :mod:`wirestory.enrich`; the story's
``headline`` is empty.
"""

from __future__ import annotations

from collections.abc import Sequence

from wirestory.layouts.wire import caption_with_credit
from wirestory.lines import Line, is_blank
from wirestory.model import Role
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
    """Claim every line from ``start`` on as body, but the photo captions with
    their credits opening the story (:func:`~wirestory.layouts.wire.caption_with_credit`:
    a scraper kept the photo above the lead and no headline)."""
    del found
    while start < len(lines):
        text = lines[start].text
        if is_blank(text):
            state.claim(start, Role.BLANK, "blank")
        elif text.rstrip()[-1:] == ")" and caption_with_credit(text, options.knowledge) is True:
            state.captions.append(start)
            state.claim(start, Role.CAPTION, "caption-with-credit")
        else:
            break
        start += 1
    claim_body(lines, start, state)
