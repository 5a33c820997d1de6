"""The headless layout: no headline found, every line is body.

The fallback of ``auto``: a story whose first line is a sentence (a lead
paragraph pasted without its headline). A dateline and a byline are still
looked for in the first paragraphs by :mod:`wirestory.enrich`; the story's
``headline`` is empty.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wirestory.layouts.wire import caption_with_credit, looks_like_headline, may_end_in_credit
from wirestory.lines import Line, is_blank
from wirestory.model import Role
from wirestory.options import ParseOptions
from wirestory.paragraphs import claim_body
from wirestory.state import LineState

__all__ = ["detect", "read"]

# A sentence's end inside a line: a small letter, an end mark (closing quotes
# allowed), white space and a capital (``… a stellar year. It started …``);
# ``U.S. Stocks`` has no small letter before its full stop. Linear: no nested
# repetition.
_SENTENCE_BREAK = re.compile(r"[^\W\d_](?<![A-Z])[.!?][\"'\u201d\u2019)]*\s+[\"\u201c]?[A-Z]")


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
        elif may_end_in_credit(text) and caption_with_credit(text, options.knowledge) is True:
            state.captions.append(start)
            state.claim(start, Role.CAPTION, "caption-with-credit")
        else:
            break
        start += 1
    if state.captions and _headline_under_captions(lines, start, options):
        # The photo above the story, then its headline: a line of a
        # headline's shape standing alone (blank lines around it) with text
        # below. It was the body's first paragraph, silently.
        state.headline = start
        state.claim(start, Role.HEADLINE, "headline-under-captions")
        start += 1
    claim_body(lines, start, state)


def _headline_under_captions(lines: Sequence[Line], start: int, options: ParseOptions) -> bool:
    """Is ``lines[start]``, under the story's opening captions, its headline:
    a line of a headline's shape (:func:`~wirestory.layouts.wire.looks_like_headline`:
    short, ending in no full stop) with a blank line under it and text below?
    A lead pasted under the photo without its headline ends in a full stop,
    inside closing quotes too (``… the title role in “Inside Llewyn
    Davis.”``), and holds a sentence's end before a capital (``… stellar
    year. It started …``)."""
    if start + 2 >= len(lines) or not is_blank(lines[start + 1].text):
        return False
    text = lines[start].text
    knowledge = options.knowledge
    if not looks_like_headline(text, knowledge):
        return False
    end = text.rstrip().rstrip(knowledge.closing_quotes)[-1:]
    if end in knowledge.full_stops or _SENTENCE_BREAK.search(text) is not None:
        return False
    return any(not is_blank(line.text) for line in lines[start + 2 :])
