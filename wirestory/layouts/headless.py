"""The headless layout: no headline found, every line is body.

The fallback of ``auto``: a story whose first line is a sentence (a lead
paragraph pasted without its headline). A dateline and a byline are still
looked for in the first paragraphs by :mod:`wirestory.enrich`; the story's
``headline`` is empty.
"""

from __future__ import annotations

from collections.abc import Sequence

from wirestory.bylines import find_byline
from wirestory.layouts.page import sentence_break, title_part
from wirestory.layouts.wire import (
    caption_with_credit,
    credit_alone,
    credit_alone_may_be_title,
    front_date_line,
    looks_like_headline,
    may_end_in_credit,
)
from wirestory.lines import Line, is_blank
from wirestory.model import Role
from wirestory.options import ParseOptions
from wirestory.paragraphs import claim_body
from wirestory.state import LineState, Problem

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
    first = start
    start = _claim_captions(lines, start, state, options)
    photo = bool(state.captions) or "caption-credit-line" in state.rules[first:start]
    rule = None
    if photo and _headline_under_captions(lines, start, options):
        # The photo above the story, then its headline: a line of a
        # headline's shape standing alone (blank lines around it) with text
        # below. It was the body's first paragraph, silently.
        rule = "headline-under-captions"
    elif _headline_over_byline(lines, start, options):
        # A line of a headline's shape right over a byline (``Fares rise
        # again`` / ``By Mark Ellison``, in one block or two, under a photo's
        # caption or not): the byline frames it as the headline. The two were
        # the body's first paragraph, no byline, silently.
        rule = "headline-over-byline"
    if rule in (None, "headline-under-captions"):
        # The title line and the headline in one block or two.
        below = _title_over_headline(lines, start, state, options)
        if below != start:
            start, rule = below, "headline-over-byline"
    if rule is not None:
        state.headline = start
        state.claim(start, Role.HEADLINE, rule)
        if title_part(lines[start].text) is not None:
            # ``Ferry service halted - Vale Post Daily`` under the captions: a
            # page's title line, its site's name in the headline, where no
            # line of the page shows its headline part alone (the page layout
            # reads the title so when one does).
            state.problems.append(
                Problem(
                    "headline-from-title",
                    "the headline under the photo captions has a page title's parts "
                    "(Headline - Site): it may hold the site's name",
                    start,
                )
            )
        if _kicker_label(lines[start].text, options):
            # ``Opinion`` / ``By Mark Ellison``: a section's label over the
            # byline has the headline's shape; the story's own headline is
            # not in the text.
            state.problems.append(
                Problem(
                    "headline-may-be-kicker",
                    f"the headline {lines[start].text.strip()!r}, over the story's byline or "
                    "under its photo, is a kicker's label alone: the story's headline may not "
                    "be in the text",
                    start,
                )
            )
        start += 1
    if state.captions:
        start = _claim_captions(lines, start, state, options)
    claim_body(lines, start, state)


def _title_over_headline(
    lines: Sequence[Line], start: int, state: LineState, options: ParseOptions
) -> int:
    """Under the opening captions, a page's title line (``Ferry halted - The
    Island Courier``: :func:`~wirestory.layouts.page.title_part`) over the
    story's own headline over its byline (``Ferry halted after engine
    fault`` / ``By Anna Berg``, :func:`_headline_over_byline`), the title's
    words sharing one with the headline: claim the title as the
    page's title (furniture, ``page-title``) and the blank line under it, and
    return the headline's line; else return ``start`` unclaimed. A scrape
    that kept the lead photo above the page's title read the title as the
    headline, the headline as a subheading and the byline as another,
    silently: the byline was lost from its field."""
    if start >= len(lines) or title_part(lines[start].text) is None:
        return start
    below = start + 1
    if below < len(lines) and is_blank(lines[below].text):
        below += 1
    if below >= len(lines) or not _headline_over_byline(lines, below, options):
        return start
    # The title's parts, the site's name among them (the longest part may be
    # either: ``Ferry halted - The Island Courier``).
    title_words = {word.casefold() for word in lines[start].text.split() if len(word) > 3}
    if title_words.isdisjoint(word.casefold() for word in lines[below].text.split()):
        # A title naming none of the headline's words may be the story's
        # own headline over a second story's: left as it was, said
        # ``headline-from-title``.
        return start
    state.claim(start, Role.FURNITURE, "page-title")
    for blank in range(start + 1, below):
        state.claim(blank, Role.BLANK, "blank")
    return below


def _claim_captions(lines: list[Line], start: int, state: LineState, options: ParseOptions) -> int:
    """Claim the blank lines, photo captions with their credits and, once a
    caption is read, lines holding only a date (``Posted 10:15 am ET``:
    :func:`~wirestory.layouts.wire.front_date_line`, the page's date a scrape
    kept by the photo; furniture, ``wire-date-line``) from ``start`` on;
    return the first line that is none of them. A date line was the headline
    under the captions, or a subheading under it, silently."""
    while start < len(lines):
        text = lines[start].text
        if is_blank(text):
            state.claim(start, Role.BLANK, "blank")
        elif may_end_in_credit(text) and caption_with_credit(text, options.knowledge) is True:
            state.captions.append(start)
            state.claim(start, Role.CAPTION, "caption-with-credit")
        elif credit_alone(text, options.knowledge):
            # "Photo by Jane Roe" over the lead: the photo's credit, its
            # caption not in the text (it was the headline, silently).
            state.claim(start, Role.CAPTION, "caption-credit-line")
            if credit_alone_may_be_title(text, options.knowledge):
                # "Photos: Election Night": a gallery's headline as often.
                state.problems.append(
                    Problem(
                        "credit-line-may-be-headline",
                        "a line of a photo label, a colon and a name no common given name "
                        "opens was read as a photo's credit alone over the story: it may be "
                        "a gallery's headline",
                        start,
                    )
                )
        elif state.captions and front_date_line(text, options.knowledge):
            state.claim(start, Role.FURNITURE, "wire-date-line")
        else:
            break
        start += 1
    return start


def _headline_over_byline(lines: Sequence[Line], start: int, options: ParseOptions) -> bool:
    """Is ``lines[start]`` the story's headline over its byline: a line of a
    headline's shape (:func:`_headline_not_lead`), then, on the next line or
    after one blank line, a byline naming a writer
    (:func:`~wirestory.bylines.find_byline`), then text? The byline stays for
    :mod:`wirestory.enrich` to read as the body's first line."""
    at = start + 1
    if at < len(lines) and is_blank(lines[at].text):
        at += 1
    if at + 1 >= len(lines) or not _headline_not_lead(lines[start].text, options):
        return False
    byline = find_byline(lines[at].text, knowledge=options.knowledge)
    return (
        byline is not None
        and bool(byline.names)
        and any(not is_blank(line.text) for line in lines[at + 1 :])
    )


def _kicker_label(text: str, options: ParseOptions) -> bool:
    """Is ``text`` one word of :attr:`Knowledge.dateline_labels` in any case
    (``Opinion``, ``ANALYSIS``): a section's label or a kicker, no headline?"""
    words = text.split()
    return len(words) == 1 and words[0].upper() in options.knowledge.dateline_labels


def _headline_not_lead(text: str, options: ParseOptions) -> bool:
    """Has ``text`` a headline's shape (:func:`~wirestory.layouts.wire.looks_like_headline`:
    short, ending in no full stop) and no sentence in it? A lead pasted
    without its headline ends in a full stop, inside closing quotes too (``…
    the title role in “Inside Llewyn Davis.”``), and holds a sentence's end
    before a capital (``… stellar year. It started …``)."""
    knowledge = options.knowledge
    if not looks_like_headline(text, knowledge):
        return False
    end = text.rstrip().rstrip(knowledge.closing_quotes)[-1:]
    return end not in knowledge.full_stops and not sentence_break(text)


def _headline_under_captions(lines: Sequence[Line], start: int, options: ParseOptions) -> bool:
    """Is ``lines[start]``, under the story's opening captions, its headline:
    a line of a headline's shape (:func:`_headline_not_lead`) with a blank line
    under it and text below?"""
    if start + 2 >= len(lines) or not is_blank(lines[start + 1].text):
        return False
    if not _headline_not_lead(lines[start].text, options):
        return False
    return any(not is_blank(line.text) for line in lines[start + 2 :])
