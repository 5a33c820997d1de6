"""Story assembly: one story's lines, roles and wire fields made into a :class:`~wirestory.Story`.

The last stage of the pipeline. The fields are normalized here, in one call
per story (captions, then paragraphs), the segments are built from the roles,
and the problems found by every stage become :class:`~wirestory.Diagnostic`
records, or a :class:`~wirestory.ParseError` in strict mode.
"""

from __future__ import annotations

import gc
import operator
from collections.abc import Mapping, Sequence
from typing import Final

import attrs
import regex

from wirestory.agencies import find_agency
from wirestory.bylines import (
    CATALAN_OPENER,
    Byline,
    catalan_opener,
    credential_may_be_outlet,
    find_page_byline,
    korean_name_doubtful,
    long_name_after_opener,
    opener_may_be_surname,
    outlet_between_may_be_writer,
    page_person_names,
    particle_outlet_may_be_surname,
    place_shaped,
    titled_name_may_be_place,
    writes_catalan,
)
from wirestory.captions import (
    copyright_label,
    credit_of_credit_line,
    ends_in_named_parenthesis,
    parse_credit,
    photo_label,
    photographer_may_be_place,
    source_before_agency,
    source_may_be_photographer,
    split_credit,
    split_page_credit,
)
from wirestory.collector import collection_paused
from wirestory.datelines import Dateline
from wirestory.enrich import WireFields, byline_line, enrich
from wirestory.errors import ParseError, WirestoryError
from wirestory.grouping import LineGroup
from wirestory.knowledge import Knowledge
from wirestory.layouts.page import box_label, guess_language
from wirestory.lines import BLANK_CHARS, Line, as_written, is_blank, split_lines
from wirestory.model import Caption, Diagnostic, Role, Segment, Story, segments_from_columns
from wirestory.normalizing import line_repaired, normalize_line, normalize_lines, repaired_line
from wirestory.options import ParseOptions
from wirestory.roles import assign_roles
from wirestory.state import LineState, Problem
from wirestory.trailers import contact_detail, contact_shaped

__all__ = ["assemble_story", "overflow_story", "story_of", "unread_story"]


def overflow_story(lines: list[Line], options: ParseOptions) -> Story:
    """Lines past ``max_story_chars``: kept as segments, in no field."""
    problem = Problem(
        "story-too-large", f"story longer than {options.max_story_chars} characters", 0
    )
    diagnostic = _diagnostic(lines, problem)
    _raise_if_strict((diagnostic,), options)
    return _set_aside(lines, diagnostic)


def unread_story(lines: list[Line], options: ParseOptions, error: Exception) -> Story:
    """A story whose reading failed on a defect of wirestory's own (an exception
    no rule expects, such as the ``StopIteration`` a dateline alone on its line
    once raised): its lines kept as segments, in no field, with an
    ``internal-error`` diagnostic naming the exception, so that lenient mode
    keeps its promise never to raise on a ``str`` and one story's failure does
    not end a dump's stream. Strict mode raises :class:`~wirestory.ParseError`
    with the exception as its cause."""
    problem = Problem(
        "internal-error",
        f"wirestory failed to read this story ({type(error).__name__}: {error}); "
        "its lines are kept unread: please report the text",
        0,
    )
    diagnostic = _diagnostic(lines, problem)
    if options.strict:
        strict_error = _parse_error(diagnostic)
        # Set by hand, not by ``raise … from``: the compiled build (mypyc)
        # leaves ``__cause__`` unset on a ``raise … from`` in a function it
        # compiles (seen in .ci/run's compiled test run).
        strict_error.__cause__ = error
        raise strict_error
    return _set_aside(lines, diagnostic)


def _set_aside(lines: list[Line], diagnostic: Diagnostic) -> Story:
    """A story of ``lines`` in no field: each line an ``other`` segment under the
    diagnostic's code."""
    return Story(
        headline="",
        captions=(),
        marker=None,
        body=(),
        segments=tuple(
            Segment(Role.OTHER, line.start, line.end, line.number, diagnostic.code)
            for line in lines
        ),
        diagnostics=(diagnostic,),
        layout="headless",
    )


def _raise_if_strict(diagnostics: tuple[Diagnostic, ...], options: ParseOptions) -> None:
    """Strict mode: the first problem is an error."""
    if options.strict and diagnostics:
        raise _parse_error(diagnostics[0])


def _parse_error(diagnostic: Diagnostic) -> ParseError:
    """Strict mode's error for ``diagnostic``: its message, code and place."""
    return ParseError(
        diagnostic.message,
        code=diagnostic.code,
        offset=diagnostic.offset,
        line=diagnostic.line,
        column=diagnostic.column,
    )


def _diagnostic(lines: list[Line], problem: Problem) -> Diagnostic:
    line = lines[problem.index] if lines else Line("", 0, 0, 1)
    return Diagnostic(problem.code, problem.message, line.start, line.number, 1)


# Labels a scraper writes before the headline ("Title: Rare sea creature ...").
# Linear: anchored match, literals and possessive runs.
_HEADLINE_LABEL = regex.compile(r"(?i)(?:title|headline)\s*+:\s*+")


def _bounded(segment: Segment, start: int, end: int) -> Segment:
    """``segment`` from ``start`` to ``end``: its constructor called directly,
    where ``attrs.evolve`` reads the class's fields and builds keyword
    arguments at each call (every story with a dateline cuts a line so)."""
    return Segment(segment.role, start, end, segment.line, segment.rule)


def _shift(layout: LineState, index: int) -> int:
    """How much further in line ``index`` as printed a column of the text the
    fields read stands (a converter's opening marks taken out of it:
    :attr:`~wirestory.state.LineState.read_shifts`), 0 for a line read as it
    stands."""
    return layout.read_shifts[index] if layout.read_shifts is not None else 0


_WRITTEN: Final = operator.itemgetter(4)  # Line.written, read in C
_TEXT: Final = operator.itemgetter(0)  # Line.text, read in C


def _segments(lines: list[Line], layout: LineState, found: WireFields) -> tuple[Segment, ...]:
    if not lines:
        return ()
    _, starts, ends, numbers, _ = zip(*lines, strict=True)
    segments = segments_from_columns(layout.roles, starts, ends, numbers, layout.rules)
    if found.sign_off_line is not None:
        # An agency's sign-off glued at the end of the last body line is cut
        # from it into a trailer segment (before the dateline's cut, which may
        # share the line and comes first in it: the index still holds).
        index = found.sign_off_line
        line = lines[index]
        cut = line.start + _shift(layout, index) + found.sign_off_cut
        segments[index : index + 1] = [
            _bounded(segments[index], segments[index].start, cut),
            Segment(Role.TRAILER, cut, segments[index].end, line.number, "trailer-sign-off"),
        ]
    if found.dateline_dash_line is not None:
        # The dateline's dash opening the line under it: cut from that line too
        # (it comes after the dateline's line: the dateline's index still holds).
        index = found.dateline_dash_line
        line = lines[index]
        cut = line.start + _shift(layout, index) + found.dateline_dash_cut
        segments[index : index + 1] = [
            Segment(Role.DATELINE, line.start, cut, line.number, "dateline"),
            _bounded(segments[index], cut, segments[index].end),
        ]
    if found.dateline is not None and found.dateline_line is not None:
        # The dateline is cut from the start of its line into a segment of its own.
        index = found.dateline_line
        line = lines[index]
        cut = (
            line.start
            + _shift(layout, index)
            + (len(line.text) if found.dateline_dash_line is not None else found.dateline.length)
        )
        pieces = [Segment(Role.DATELINE, line.start, cut, line.number, "dateline")]
        if cut < line.end:
            pieces.append(_bounded(segments[index], cut, segments[index].end))
        segments[index : index + 1] = pieces
    return tuple(segments)


def _no_break_spaces_kept(line: Line) -> Line:
    """``line`` with each no-break space it was written with back where its
    text reads a space; the rest of its text as read (a converter's marks a
    layout read as spaces stay spaces: ``[8]Mark Oduya``, a Lynx link)."""
    written = line.written
    if written is None or len(written) != len(line.text):
        return line
    text = list(line.text)
    at = written.find("\xa0")
    while at >= 0:
        if text[at] == " ":
            text[at] = "\xa0"
        at = written.find("\xa0", at + 1)
    return line._replace(text="".join(text))


def _paragraph_text(lines: list[Line], paragraph: list[int], found: WireFields) -> str:
    if (
        len(paragraph) == 1
        and paragraph[0] != found.dateline_line
        and paragraph[0] != found.dateline_dash_line
    ):
        if paragraph[0] == found.sign_off_line:
            return lines[paragraph[0]].text[: found.sign_off_cut].rstrip()
        return lines[paragraph[0]].text  # most paragraphs: one line, no dateline
    texts = [lines[i].text for i in paragraph]
    if paragraph[-1] == found.sign_off_line:
        texts[-1] = texts[-1][: found.sign_off_cut].rstrip()
    if paragraph[0] == found.dateline_line and found.dateline is not None:
        texts[0] = texts[0][found.dateline.length :]
    elif paragraph[0] == found.dateline_dash_line:
        texts[0] = texts[0][found.dateline_dash_cut :]
    return " ".join(texts)


def _caption(
    line: Line,
    normalized: str,
    knowledge: Knowledge,
    *,
    page: bool = False,
    credit_line: str = "",
) -> Caption:
    text, credit = (
        split_page_credit(normalized, knowledge=knowledge)
        if page
        else split_credit(normalized, knowledge=knowledge)
    )
    if credit is None and not page and not credit_line:
        # "… at dawn. © Jane Roe" between an article's paragraphs read as wire
        # copy: a page's credit mark, which wire's credits do not read (the
        # wire layout takes such a caption only with a page's credit).
        text, credit = split_page_credit(normalized, knowledge=knowledge)
    if credit is None and credit_line:
        # The page printed the credit on a line of its own; BBC's label goes
        # ("Image copyright AFP" above a caption: the credit is "AFP").
        credit = credit_of_credit_line(credit_line, knowledge=knowledge)
    if credit is None:
        return Caption(text, None, line.start, line.end, line.number)
    text, credit = source_before_agency(text, credit, knowledge=knowledge)
    parts = parse_credit(credit, knowledge=knowledge)
    return Caption(
        text,
        credit,
        line.start,
        line.end,
        line.number,
        parts.agency,
        parts.photographer,
        parts.source,
    )


def _ends_in_credit(text: str, knowledge: Knowledge) -> bool:
    """Does a caption's text end in a credit naming an agency (``… on Monday.
    (AFP)``) or a photographer after a photo's label (``… on Monday. (Photo:
    Jane Roe)``, over ``(AFP)`` read as the caption's credit)? Only these: a
    date in parentheses closes AP's video captions (``… for years. (Oct.
    8)``) and reads as a credit's shape. Nor an agency's initials spelling out
    its name just before them (``… a photographer of Agence France-Presse
    (AFP)``): the caption's own words."""
    credit = split_credit(text, knowledge=knowledge)[1]
    if credit is None:
        return False
    if ends_in_named_parenthesis(text, knowledge=knowledge):
        # "… on Monday. (Khaled Desouki)" over "(AFP)": a photographer's name
        # or a source's, the form cannot tell which from a party's.
        return True
    found = parse_credit(credit, knowledge=knowledge)
    if found.agency is not None:
        before = text[: text.rfind("(")].rstrip().casefold()
        return not before.endswith(found.agency.casefold())
    label, mark, named = credit.partition(":")
    if not mark:
        label, mark, named = credit.partition(" by ")
    return bool(mark and named.strip()) and label.strip().casefold() in knowledge.photo_labels


# The rule of a photo's credit alone on its line (no caption on it).
_LONE_CREDIT_RULE: Final = "caption-credit-line"


def _lone_photo_credits(
    lines: list[Line], layout: LineState, found: WireFields, knowledge: Knowledge
) -> list[Problem]:
    """``credit-without-caption`` for each photo's credit alone on its line
    that no caption of the story took (``Photo: Jane Roe/Getty Images`` or
    ``Jane Roe/Getty Images`` right under the headline, over the date line,
    between paragraphs with no caption read beside it): a lead photo printed
    with no caption, or whose caption the text lacks. The layouts set it
    aside as a caption's line, but no :class:`Caption` holds it and no field
    read it: the photographer was lost, silently (silent57). Only a line
    holding a photo's label or a copyright's (``Photo:``, ``Photograph by``,
    ``Image copyright``) or a photographer's name over an outlet after a
    slash: a wire's name alone (``Reuters``, ``PTI, Washington,``) is set
    aside under that rule too, and names no photo. A credit read into the
    story's contributors (``Photographs by Jane Roe``) is in a field."""
    taken = set(layout.captions) | set(layout.caption_credits.values())
    credited = [contributor.name for contributor in found.contributors]
    # A caption's credit shown again beside it (NPR's over ``toggle
    # caption`` and under the caption; a gallery's under ``Image 1 of 9``)
    # is that caption's.
    shown = {lines[index].text.strip() for index in layout.caption_credits.values()}
    problems: list[Problem] = []
    rules = layout.rules
    # The credit lines found by list.index (in C): a page's story holds
    # thousands of lines and a few credits.
    index = -1
    for _ in range(rules.count(_LONE_CREDIT_RULE)):
        index = rules.index(_LONE_CREDIT_RULE, index + 1)
        if index in taken:
            continue
        written = lines[index].text.strip()
        text = written.lstrip("([").rstrip(")]").strip()
        if written in shown or any(name in text for name in credited):
            continue
        if (
            photo_label(text, knowledge=knowledge) is None
            and copyright_label(text, knowledge=knowledge) is None
            and not _photographer_over_slash(text, knowledge)
        ):
            continue
        problems.append(
            Problem(
                "credit-without-caption",
                f"{text[:80]!r}, a picture's credit alone on its line with no caption beside "
                "it, is set aside in no field: the picture was printed with no caption, or "
                "its caption is not in the text or was read as another field (a paragraph)",
                index,
            )
        )
    return problems


# The most words of a photographer's name before a credit's slash.
_SLASH_NAME_MAX_WORDS: Final = 4


def _photographer_over_slash(text: str, knowledge: Knowledge) -> bool:
    """Is ``text`` a photographer's name, one slash and who they shoot for
    (``Jane Roe/Getty Images``, ``Amy K. Dragoo/AIMMEDIA``)? Two to four
    words before the slash, each opening in a capital and none in capitals
    but an initial (``View PDF/Print Mode``, a page's links, is none), read
    as one person's name; no colon (``Path A: Iceland, Bulgaria/Israel``, a
    table's row, is none). String tests first."""
    head, slash, rest = text.partition("/")
    words = head.split()
    if (
        not slash
        or "/" in rest
        or ":" in text
        or not rest.strip()[-1:].isalpha()
        or not 2 <= len(words) <= _SLASH_NAME_MAX_WORDS
        or not all(word[:1].isupper() and (len(word) <= 2 or not word.isupper()) for word in words)
    ):
        return False
    found = page_person_names(head.strip(), knowledge=knowledge)
    return found is not None and len(found.names) == 1 and found.organization is None


def _named_elsewhere(source: str, lines: list[Line], index: int, credit_line: int) -> bool:
    """Does a line of the story other than the caption's (``index``) and its
    credit's line under it (``credit_line``: ``Photo: Jane Herald`` on its
    own line, which named the source "elsewhere" and hid the doubt) name
    ``source`` (the outlet in the page's title, ``… | Vale Herald``)? Then
    the outlet credits its own photo. Asked only of a credit
    :func:`~wirestory.captions.source_may_be_photographer` doubts (rare)."""
    return any(
        source in line.text
        for number, line in enumerate(lines)
        if number != index and number != credit_line
    )


# The fewest short questions, one a line, that end a story as a list.
_QUESTION_LIST_MIN: Final = 2
# A story of one line may sit where a text's LF ends meet its CRLF ends (a
# story pasted together from two files): two lines each with a blank line
# ending in CRLF under it are a text written with doubled line ends.
_DOUBLED_ENDS_MIN: Final = 2
# The most characters of a related story's headline.
_QUESTION_HEADLINE_MAX: Final = 120


def _question_list(paragraphs: Sequence[Sequence[int]], texts: Sequence[str]) -> int:
    """How many of the story's last ``paragraphs`` (their line indexes; their
    ``texts``) are a list of other stories' headlines asking a question: at
    least two, each one line of at most 120 characters ending in ``?`` with
    no full stop inside, on the lines right under each other (one block),
    under a paragraph that is no question. Related-stories boxes without a
    label list such headlines (Korean sites' ``…여나?``); a story's own
    questions are set apart by blank lines, or answered below. 0 when none.
    String tests from the end: most stories end in no question."""
    count = 0
    at = len(texts) - 1
    while at > 0:
        text = texts[at].rstrip()
        if (
            not text
            or text[-1] not in "?？"
            or len(text) > _QUESTION_HEADLINE_MAX
            or ". " in text
            or len(paragraphs[at]) != 1
        ):
            break
        count += 1
        if paragraphs[at - 1][-1] + 1 != paragraphs[at][0]:
            break
        at -= 1
    if count < _QUESTION_LIST_MIN or count >= len(texts):
        return 0
    before = texts[len(texts) - count - 1].rstrip()
    return 0 if before[-1:] in "?？" else count


# A section front or a site's index page (its "Politics" page, a homepage)
# lists other stories, each a headline over its one-sentence teaser and often
# a short line under both (``2 hours ago``, ``Yesterday``, a writer's name),
# each set apart by a blank line. Read as one story, the site's name or the
# first headline is its headline and the list its body: no one line is
# misread, so only the whole tells it. Three such blocks making two thirds
# of the body or more are a listing; an explainer's subheadings stand over
# paragraphs of several sentences, or ask a question.
_TEASER_LISTING_MIN: Final = 3
_TEASER_HEADLINE_WORDS: Final = (4, 16)
_TEASER_MAX_CHARS: Final = 300
_TEASER_NOTE_MAX_CHARS: Final = 40
_TEASER_HEADLINE_ROLES: Final = frozenset({Role.HEADLINE, Role.SUBHEADING, Role.BODY})
_BODY_ROLES: Final = frozenset({Role.SUBHEADING, Role.BODY})
_SENTENCE_INSIDE: Final = regex.compile(r"[.!?…。][\"”’»]?\s+\S")


def _teaser_listing(lines: Sequence[Line], roles: list[Role]) -> int:
    """How many blocks of the story are another story's headline over its
    teaser (see ``_TEASER_LISTING_MIN``), when they make two thirds of its
    body lines or more; else 0.
    """
    body = roles.count(Role.BODY) + roles.count(Role.SUBHEADING)
    if body < 2 * _TEASER_LISTING_MIN or roles.count(Role.BLANK) < _TEASER_LISTING_MIN:
        return 0
    # Most stories' paragraphs are blocks of one line, no teaser's: the walk
    # (block by block, each found by list.index) stops once more than a third
    # of the body lies outside teaser blocks.
    units = other = width = 0
    early = False
    end = len(roles)
    start = 0
    while start < end:
        try:
            stop = roles.index(Role.BLANK, start)
        except ValueError:
            stop = end
        if stop - start == 1:
            if roles[start] in _BODY_ROLES:
                other += 1
                if 3 * other > body:
                    return 0
        elif stop > start:
            block = range(start, stop)
            if _teaser_block(lines, roles, block) and not _explainer_heading(lines[start].text):
                units += 1
                early = early or _line_ends_early(
                    lines, start, start + 1, width := width or _body_width(lines, roles)
                )
            else:
                other += sum(roles[i] in _BODY_ROLES for i in block)
                if 3 * other > body:
                    return 0
        start = stop + 1
    # Hard-wrapped copy's two-line paragraphs of one sentence read the same,
    # but one wrap width explains them all: each first line ends where the
    # next word would not have fitted. A headline ends its line early.
    return units if units >= _TEASER_LISTING_MIN and early else 0


# An explainer's subheading asks its question without a question mark, in a
# few words ("What the council decided", "Why the roof matters", "Where the
# books will go") over a sentence answering it: no other story's headline.
_EXPLAINER_OPENERS: Final = frozenset({"what", "why", "how", "where", "when", "who", "which"})
_EXPLAINER_HEADING_MAX_WORDS: Final = 6


def _explainer_heading(text: str) -> bool:
    """Is ``text`` an explainer's subheading: at most
    ``_EXPLAINER_HEADING_MAX_WORDS`` words opening with a question's word
    (``_EXPLAINER_OPENERS``)? A section front's headline opening so (``How
    the budget affects your bills``) is mostly longer, and one such among its
    teasers leaves the rest a listing."""
    words = text.split()
    return (
        len(words) <= _EXPLAINER_HEADING_MAX_WORDS
        and bool(words)
        and words[0].casefold() in _EXPLAINER_OPENERS
    )


def _teaser_block(lines: Sequence[Line], roles: Sequence[Role], block: Sequence[int]) -> bool:
    """Is ``block`` (line indexes, no blank among them) a headline of four to
    sixteen words ending in no sentence mark, over one sentence, and at most
    two short lines under them (a writer's name, a date, ``2 hours ago``)."""
    if (
        not 2 <= len(block) <= 4
        or roles[block[0]] not in _TEASER_HEADLINE_ROLES
        or roles[block[1]] not in _BODY_ROLES
        or not _headline_over_teaser(lines[block[0]].text.strip(), lines[block[1]].text.strip())
    ):
        return False
    return all(
        len(note) <= _TEASER_NOTE_MAX_CHARS and note[-1:] not in ".!?"
        for note in (lines[i].text.strip() for i in block[2:])
    )


def _headline_over_teaser(head: str, teaser: str) -> bool:
    """Is ``head`` a headline of four to sixteen words ending in no sentence
    mark and ``teaser`` one sentence (:func:`_teaser_block`)?"""
    if (
        not head
        or not teaser
        or head[-1] in ".!?:;,…。？"
        or not (head[0].isupper() or head[0].isdigit())
        or teaser[-1] not in '.!?…"”’»。'
        or len(teaser) > _TEASER_MAX_CHARS
    ):
        return False
    low, high = _TEASER_HEADLINE_WORDS
    # One sentence: a teaser is one; an explainer's paragraph under its
    # subheading runs on ("… pay half. The operator disagrees.").
    return low <= len(head.split()) <= high and _SENTENCE_INSIDE.search(teaser) is None


# A box of links to other stories copied with the story from a site or an
# app (a newsletter item, a story pasted whole) stands under its last
# paragraph as on the page: a label (``More on this story``, ``Lesen Sie
# auch``) over blocks each a headline over a one-sentence teaser, or two
# such blocks alone under the prose. The page layout reads such a box
# (``story-ended-at-listing``); wire copy and headless text kept it in the
# body silently. Two blocks at the end make a box; one is the story's own
# closing section as often as a teaser (``closing-heading-may-be-teaser``).
_TEASERS_UNDER_STORY_MIN: Final = 2
# The fewest paragraphs of prose above two teaser blocks with no label: a
# newsletter's items under one line of greeting are its own.
_PROSE_ABOVE_TEASERS_MIN: Final = 2


def _teasers_under_story(
    lines: Sequence[Line], roles: Sequence[Role], knowledge: Knowledge
) -> tuple[int, int, bool] | None:
    """The box of other stories' teasers at the story's end (see
    ``_TEASERS_UNDER_STORY_MIN``): its first line (the label's, else the
    first headline's), its number of teaser blocks (:func:`_teaser_block`)
    and whether a box's label (:func:`~wirestory.layouts.page.box_label`)
    stands over them; None when there is none. With no label, the story
    above must be prose and use no subheadings (a story's own subheadings
    over one sentence each read the same). In hard-wrapped copy a
    paragraph of two lines reads as a headline over a sentence: a headline
    ends its line where the teaser's first word would still have fitted
    (the story's longest line). Walked from the end, block by block: most
    stories end in a paragraph of one line, no teaser block, and cost one
    look."""
    end = len(roles)
    while end and roles[end - 1] == Role.BLANK:
        end -= 1
    width = 0
    blocks: list[range] = []
    start = end
    while end:
        start = end
        while start and roles[start - 1] != Role.BLANK:
            start -= 1
        block = range(start, end)
        if not _teaser_block(lines, roles, block):
            break
        width = width or _body_width(lines, roles)
        if not _line_ends_early(lines, block[0], block[1], width):
            break
        blocks.append(block)
        end = start
        while end and roles[end - 1] == Role.BLANK:
            end -= 1
    if len(blocks) < _TEASERS_UNDER_STORY_MIN:
        return _teaser_pairs_under_label(lines, roles, knowledge) or _wrapped_teasers_under_label(
            lines, roles, knowledge
        )
    if not end:
        return None
    above = lines[start].text.strip()
    first = blocks[-1][0]
    if end - start == 1 and _listing_label(above, knowledge):
        labelled = start
        end = start
        while end and roles[end - 1] == Role.BLANK:
            end -= 1
        return (labelled, len(blocks), True) if Role.BODY in roles[:end] else None
    if Role.SUBHEADING in roles[:first] or lines[end - 1].text.strip()[-1:] not in '.!?…"”’»。':
        return None
    prose = sum(
        1
        for number in range(end)
        if roles[number] == Role.BODY and (number == 0 or roles[number - 1] == Role.BLANK)
    )
    return (first, len(blocks), False) if prose >= _PROSE_ABOVE_TEASERS_MIN else None


# A site's box of its own stories under a story names the site after "More
# from" ("More from the Coast Post", "More from BBC News"): the name's words
# capitalised but its small words, at most this many.
_MORE_FROM: Final = "more from "
_MORE_FROM_NAME_MAX_WORDS: Final = 5
_NAME_SMALL_WORDS: Final = frozenset({"the", "of", "and", "&"})


def _listing_label(text: str, knowledge: Knowledge) -> bool:
    """Is ``text`` a box's label over other stories' teasers: one of
    :attr:`Knowledge.box_labels <wirestory.Knowledge.box_labels>`
    (:func:`~wirestory.layouts.page.box_label`), or ``More from`` and a
    site's name (``More from the Coast Post``; a clause, ``More from the
    council on Monday``, holds a word in small letters)? The label's first
    words are asked first."""
    if text[: len(_MORE_FROM)].casefold() == _MORE_FROM:
        words = text[len(_MORE_FROM) :].split()
        return 0 < len(words) <= _MORE_FROM_NAME_MAX_WORDS and all(
            word[:1].isupper() or word.casefold() in _NAME_SMALL_WORDS for word in words
        )
    return box_label(text, knowledge)


def _body_width(lines: Sequence[Line], roles: Sequence[Role]) -> int:
    """The length of the story's longest body line (its subheadings' too):
    a hard wrap's width. The headline, a dateline's line or an address may
    run past it."""
    return max(
        (len(lines[i].text.strip()) for i, role in enumerate(roles) if role in _BODY_ROLES),
        default=0,
    )


def _line_ends_early(lines: Sequence[Line], head: int, teaser: int, width: int) -> bool:
    """Does the line ``head`` end where the first word of line ``teaser``
    would still have fitted on it (``width``: the story's longest line)? A
    headline ends its line; a hard-wrapped paragraph's first line ends where
    the next word would not fit."""
    first_word = lines[teaser].text.split(None, 1)[0]
    return len(lines[head].text.strip()) + 1 + len(first_word) <= width


def _filled_above(roles: Sequence[Role], at: int) -> int:
    """The last line above line ``at`` that is no blank, or -1."""
    at -= 1
    while at >= 0 and roles[at] == Role.BLANK:
        at -= 1
    return at


# The most lines of a hard-wrapped teaser block: a headline of two lines
# over a teaser of four.
_WRAPPED_TEASER_MAX_LINES: Final = 6


def _wrapped_teasers_under_label(
    lines: Sequence[Line], roles: Sequence[Role], knowledge: Knowledge
) -> tuple[int, int, bool] | None:
    """A box's label over two teaser blocks or more at the story's end whose
    lines are hard-wrapped (``Related stories`` / blank / ``Ferry workers
    strike over new rota`` / ``Union leaders say the changes were agreed`` /
    ``without consultation.``; a headline of two lines goes on in small
    letters), as :func:`_teasers_under_story` says it (the label's line, the
    blocks, True); else None. Read as a teaser's paragraph of two lines,
    such a block was none: the box stayed in the body, unsaid. Only under a
    label: with none, a wrapped paragraph opening with a short line reads
    the same. The last block's length is asked first: a story whose last
    paragraph is one line costs one look."""
    end = len(roles)
    count = width = 0
    while True:
        while end and roles[end - 1] == Role.BLANK:
            end -= 1
        start = end
        while start and roles[start - 1] != Role.BLANK:
            start -= 1
        if not 2 <= end - start <= _WRAPPED_TEASER_MAX_LINES:
            break
        block = range(start, end)
        if not _wrapped_teaser_block(lines, roles, block):
            # A teaser short enough for one line in the same box (its shape
            # asked before the story's width, a walk over every line).
            if not _teaser_block(lines, roles, block):
                break
            width = width or _body_width(lines, roles)
            if not _line_ends_early(lines, block[0], block[1], width):
                break
        count += 1
        end = start
    label = end - 1
    if (
        count < _TEASERS_UNDER_STORY_MIN
        or label < 1
        or roles[label - 1] != Role.BLANK
        or not _listing_label(lines[label].text.strip(), knowledge)
        or Role.BODY not in roles[:label]
    ):
        return None
    return label, count, True


def _wrapped_teaser_block(lines: Sequence[Line], roles: Sequence[Role], block: range) -> bool:
    """Is ``block`` a headline (one line, or two when the second goes on in
    small letters) over one sentence hard-wrapped over two lines or more,
    the headline ending its line where the teaser's first word would still
    have fitted? The teaser's lines but its last give the wrap's width: a
    wrapped paragraph's first line ends where the next word would not fit,
    whatever the width of the story above it."""
    texts = [lines[i].text.strip() for i in block]
    head_lines = 2 if len(texts) > 3 and texts[1][:1].islower() else 1
    wrapped = texts[head_lines:-1]
    # Whether the headline ends early first: a wrapped paragraph's first
    # line, most blocks asked, runs to the width.
    if not wrapped or not all(texts):
        return False
    first_word = texts[head_lines].split(None, 1)[0]
    return (
        len(texts[head_lines - 1]) + 1 + len(first_word) <= max(map(len, wrapped))
        and roles[block[0]] in _TEASER_HEADLINE_ROLES
        and all(roles[i] in _BODY_ROLES for i in block[1:])
        and _headline_over_teaser(" ".join(texts[:head_lines]), " ".join(texts[head_lines:]))
    )


def _teaser_pairs_under_label(
    lines: Sequence[Line], roles: Sequence[Role], knowledge: Knowledge
) -> tuple[int, int, bool] | None:
    """A box's label over two headlines or more each over its one-sentence
    teaser (:func:`_teaser_block` of the two lines) at the story's end, a
    blank line between any two of them or none (``More on this story`` /
    blank / ``Ferry workers strike over new rota`` / blank / ``Union
    leaders say …``, or the label and the pairs in one block), as
    :func:`_teasers_under_story` says it (the label's line, the pairs, True);
    else None. Under a label, a scraped page sets each line apart, and copy
    from an app runs them together; with no label such lines are a story's
    own subheadings over short paragraphs as often, and are not asked
    (but see :func:`_run_of_teaser_pairs`)."""
    at, pairs = _teaser_pairs_at_end(lines, roles)
    if pairs < _TEASERS_UNDER_STORY_MIN:
        return None
    label = _filled_above(roles, at)
    if (
        label > 0
        and _listing_label(lines[label].text.strip(), knowledge)
        and Role.BODY in roles[:label]
    ):
        return label, pairs, True
    return _run_of_teaser_pairs(lines, roles, at, pairs)


def _teaser_pairs_at_end(lines: Sequence[Line], roles: Sequence[Role]) -> tuple[int, int]:
    """The first line of the headline-and-teaser pairs (each a headline
    ending its line early over one sentence, :func:`_teaser_block`) ending
    the story, blank lines between them or none, and how many there are."""
    at = len(roles)
    pairs = width = 0
    while True:
        teaser = _filled_above(roles, at)
        head = _filled_above(roles, teaser) if teaser > 0 else -1
        if head < 0 or not _teaser_block(lines, roles, (head, teaser)):
            break
        width = width or _body_width(lines, roles)
        if not _line_ends_early(lines, head, teaser, width):
            break
        pairs += 1
        at = head
    return at, pairs


# With no label, the fewest pairs of a run of headlines and teasers with no
# blank line between them under the story, and the fewest words of each
# headline: a story's own subheadings are shorter ("The cost of repairs").
_TEASER_RUN_MIN: Final = 3
_TEASER_RUN_HEADLINE_MIN_WORDS: Final = 5


def _run_of_teaser_pairs(
    lines: Sequence[Line], roles: Sequence[Role], at: int, pairs: int
) -> tuple[int, int, bool] | None:
    """With no label over them, ``pairs`` headline-and-teaser pairs from
    line ``at`` as :func:`_teasers_under_story` says them (``at``, the pairs,
    False) when they are at least ``_TEASER_RUN_MIN``, in one block with no
    blank line (``Ferry workers strike over new rota`` / ``Union leaders say
    …`` / ``New bridge opens to traffic a year late`` / ``Drivers crossed
    …``: a box of links copied with the story, its lines run together and
    read as one paragraph of glued headlines, silently), under two
    paragraphs of prose with no subheading, each headline of
    ``_TEASER_RUN_HEADLINE_MIN_WORDS`` words or more and none an explainer's
    question (:func:`_explainer_heading`), opening a block not under a
    colon. A story's own subheadings are shorter, stand apart from their
    paragraphs, or ask their question; a Q&A's questions end in a question
    mark (no teaser's headline); a story's own list runs on from its
    paragraph or stands under the sentence introducing it."""
    end = at + 2 * pairs
    if pairs < _TEASER_RUN_MIN or Role.BLANK in roles[at:end] or Role.SUBHEADING in roles[:at]:
        return None
    # The box stands apart: a run inside a paragraph's block, or under a
    # sentence ending in a colon (``The winners in the main categories
    # were:``), is the story's own list.
    if at and roles[at - 1] != Role.BLANK:
        return None
    above = at - 1
    while above >= 0 and roles[above] == Role.BLANK:
        above -= 1
    if above >= 0 and lines[above].text.rstrip()[-1:] in ":：":
        return None
    if any(
        len(lines[head].text.split()) < _TEASER_RUN_HEADLINE_MIN_WORDS
        or _explainer_heading(lines[head].text)
        for head in range(at, end, 2)
    ):
        return None
    prose = sum(
        1
        for number in range(at)
        if roles[number] == Role.BODY and (number == 0 or roles[number - 1] == Role.BLANK)
    )
    return (at, pairs, False) if prose >= _PROSE_ABOVE_TEASERS_MIN else None


def _catalan_byline(byline: Byline | None, body: Sequence[str]) -> Byline | None:
    """The byline with Catalan's opener ``Per`` taken off its one name of
    three words or more (``Per Jordi Puig`` -> ``Jordi Puig``, ``PER JORDI
    PUIG`` in capitals -> ``JORDI PUIG``) when the story's ``body`` holds a
    function word only Catalan uses (:func:`~wirestory.bylines.writes_catalan`);
    else ``byline`` as it is. A string test first: most names open with no
    ``Per``."""
    if (
        byline is None
        or len(byline.names) != 1
        or not catalan_opener(byline.names[0])
        # The line opens with "Per" itself: "Av Per Olof Lind" names Per.
        # (its raw as written: "Per\xa0Jordi Puig" from a scraped page).
        or byline.raw.split(None, 1)[:1] != byline.names[0].split(None, 1)[:1]
        or len(byline.names[0].split()) < 3
        or not writes_catalan(body)
    ):
        return byline
    return attrs.evolve(byline, names=(byline.names[0][len(CATALAN_OPENER) :].strip(),))


def _question_headline(texts: Sequence[str]) -> bool:
    """Is the story's last paragraph (of ``texts``) a related story's headline
    asking a question: one sentence of at most ten words ending in ``?``,
    opening with a capital, no quotation mark nor word speaking to the reader
    (``you``, ``we``: a columnist's closing question) nor a conjunction
    carrying the argument on (``But who will pay?``), under a paragraph
    ending in a full stop? A story's own question is answered or speaks to
    the reader; a headline under the story does neither. String tests on the
    last paragraph first: most stories end in no question."""
    last = texts[-1].rstrip()
    if last[-1:] != "?" or not last[:1].isupper() or len(texts) < _QUESTION_LIST_MIN + 1:
        return False
    words = last.casefold().rstrip("?").split()
    return (
        len(words) <= _QUESTION_HEADLINE_WORDS
        and not any(mark in last for mark in _QUOTE_MARKS)
        and not any(sign in last[:-1] for sign in ".!?:;")
        and texts[-2].rstrip()[-1:] == "."
        # Letters' runs: "you," and "we’re" speak to the reader too.
        and _READER_WORDS.isdisjoint(_LETTER_RUNS.findall(last.casefold()))
        # "So will the council listen this time?": a conjunction carries the
        # story's argument on; no headline opens with one. "Yet another delay
        # for the ferry?", "So far, so good?": the word is an adverb there, as
        # headlines open with it.
        and not (
            words[0].strip(",") in _ARGUMENT_CONJUNCTIONS
            and (len(words) < 2 or words[1].strip(",") not in _ADVERB_PARTNERS)
        )
    )


# A related story's headline: ten words at most ("Will the ferry run again?").
_QUESTION_HEADLINE_WORDS: Final = 10
# Double quotation marks: a quoted question is someone's speech (single
# ones are apostrophes too: "Will the library’s roof hold?").
_QUOTE_MARKS: Final = '"“”«»'
# Words a writer asks the reader with ("What would you do?", "Where do we go
# from here?"): a column's own close, no headline.
_READER_WORDS: Final = frozenset("you your we our us i my".split())
# Conjunctions that carry a writer's argument on into a closing question
# ("But who will pay for the roof?", "So will the council listen?").
_ARGUMENT_CONJUNCTIONS: Final = frozenset("and but so yet or".split())
# Words after which "yet" and "so" are adverbs, no conjunction ("Yet another
# delay for the ferry?", "Yet again?", "So far, so good?", "So long, old
# library?", "So much for the plan?"): a headline's openings.
_ADVERB_PARTNERS: Final = frozenset("another again far long much".split())
# A run of letters: a word without the comma or the apostrophe glued to it.
_LETTER_RUNS: Final = regex.compile(r"\p{L}+")


def _menu_lines_alone(lines: Sequence[Line], layout: LineState) -> bool:
    """Is the story, read as wire copy or headless, only a run of a menu's
    items (``Arts Desk`` / ``Music`` / ``Theatre``): ``_MENU_PIECE_LINES``
    lines or more, each at most ``_MENU_PIECE_WORDS`` words opening with a
    capital and ending in no end mark? A page's text that sets two blank
    lines between its header's blocks is cut at them (``group_stories``):
    the site's name and its menu become a story of their own, the name its
    headline, the sections its paragraph."""
    if layout.kind not in ("wire", "headless") or len(lines) > 2 * _MENU_PIECE_MAX_LINES:
        return False
    # Read line by line, stopping at the first that is no menu's item: a wire
    # story's first line, its headline, mostly is none (every story is asked).
    items = 0
    for line in lines:
        text = line.text.strip(BLANK_CHARS)
        if not text:
            continue
        if (
            len(text) > _MENU_PIECE_CHARS
            or len(text.split()) > _MENU_PIECE_WORDS
            or not text[:1].isupper()
            or text[-1] in _MENU_PIECE_END_MARKS
        ):
            return False
        items += 1
    return _MENU_PIECE_LINES <= items <= _MENU_PIECE_MAX_LINES


# A menu's piece: at least three lines (a site's name and two sections), at
# most a long menu's; each a section's few words.
_MENU_PIECE_LINES = 3
_MENU_PIECE_MAX_LINES = 20
_MENU_PIECE_WORDS = 3
_MENU_PIECE_CHARS = 30
_MENU_PIECE_END_MARKS = ".!?:;,\u2026"


def _paragraphs_alone(layout: LineState, found: WireFields) -> bool:
    """Is the story paragraphs alone: read headless (its first line a sentence,
    not a headline), no dateline, byline or caption opening it? Such a story
    after a blank run reads the same as the next paragraphs of the story above
    on a page that sets its paragraphs two blank lines apart; a story of its
    own opens with a headline or a dateline (``OSLO (Reuters) -``)."""
    return (
        layout.kind == "headless"
        and bool(layout.paragraphs)
        and not layout.captions
        and found.dateline is None
        and found.byline is None
    )


# A subheading is a few words ("What happens next", "Cost of repairs"); a
# story's headline in a dump mostly says who did what in more.
_SUBHEADING_WORDS = 4
# A writer's name alone on its line is this many words at most (``Tom Hale``,
# ``Mary Jane Roe``).
_NAME_LINE_WORDS = 3
# A word of a subheading set in sentence case, lower case past its first
# letter ("happens", "repairs"): at least this long, so that the small words a
# title-case headline keeps in lower case ("of", "the", "in") do not count.
_LOWER_WORD_CHARS = 4
# The opening letters by which a headline's word is found in its lead.
_STEM_CHARS = 5
# Punctuation around a word: stripped before it is compared.
_WORD_EDGES = "\"'“”‘’«»()[],.;:!?"


def _subheading_piece(
    lines: list[Line], layout: LineState, found: WireFields, knowledge: Knowledge
) -> bool:
    """Is the story a headline over paragraphs alone, the headline a
    subheading's few words in sentence case (``What happens next``; a
    story's headline in title case, ``Harbour Bridge Reopens``, is none) or
    its first paragraph running on in lower case (``the roof alone would cost
    …``)? A page that sets two blank lines around its subheadings is cut at
    each, and each piece reads as a story: the subheading its headline, no
    dateline, byline or caption of its own."""
    if (
        layout.headline is None
        or not layout.paragraphs
        or layout.captions
        or layout.standfirst is not None
        or found.dateline is not None
        or found.byline is not None
    ):
        return False
    opening = lines[layout.paragraphs[0][0]].text.strip()
    if (
        len(layout.paragraphs[0]) == 1
        and len(opening.split(None, _SUBHEADING_WORDS)) <= _NAME_LINE_WORDS
        and page_person_names(opening, knowledge=knowledge) is not None
        # "Mill Street": a place's name is a subheading's.
        and not place_shaped(opening, knowledge=knowledge)
    ):
        # "Ferry fares to rise" / "Tom Hale" / the story: the next story's
        # writer's name alone under its headline, no "By" (a page of stories
        # one after the other), is a header of its own, no subheading's piece.
        return False
    if opening[:1].islower():
        return True
    words = (layout.headline_text or lines[layout.headline].text).split(None, _SUBHEADING_WORDS)
    if len(words) > _SUBHEADING_WORDS:
        return False
    small = dict(knowledge.stop_words).get("en", frozenset())
    if not any(
        len(word) >= _LOWER_WORD_CHARS and word[:1].islower() and word not in small
        for word in words
    ):
        return False
    # A story's lead restates its headline ("Ferry crews strike" over "Ferry
    # crews walked out …"); a subheading names what follows in other words.
    # Words compared by their opening letters: "reopens", "reopened".
    stems = {
        word[:_STEM_CHARS]
        for word in (w.strip(_WORD_EDGES).casefold() for w in words)
        if len(word) >= _LOWER_WORD_CHARS and word not in small
    }
    lead = lines[layout.paragraphs[0][0]].text.casefold().split()
    return not any(word.strip(_WORD_EDGES)[:_STEM_CHARS] in stems for word in lead)


# A press release's contacts: a few lines for each of two or three people.
_CONTACT_LINES = 12


def _contacts_alone(lines: list[Line], found: WireFields) -> bool:
    """Is the story a press release's contacts alone (``Tom Hale`` / ``+47 555
    0100`` / ``press@…``), no dateline nor byline: every line shaped as a
    contact's, one holding a telephone number or an address? Cut from the story
    above at a blank run, they are that story's contacts, their label
    (``Media contacts``) left closing it."""
    # Most stories are longer than any contacts, told by their line count
    # (blank lines between the contacts counted too).
    if len(lines) > 2 * _CONTACT_LINES or found.dateline is not None or found.byline is not None:
        return False
    texts = [line.text for line in lines if line.text.strip()]
    return (
        len(texts) <= _CONTACT_LINES
        and all(map(contact_shaped, texts))
        and any(map(contact_detail, texts))
    )


# The spaces of an opener and a name of four words: fewer ask nothing more.
_LONG_NAME_SPACES = 4


def _written_in_another_language(body: Sequence[str], knowledge: Knowledge) -> bool:
    """Do the story's first paragraphs (``body``) read as a language other
    than English? Title case is English headlines' style: a subheading of
    capitalised words opening with another language's opener (``Von Der
    Leyen Visits Kyiv``) stands over an English story; over a story in the
    opener's own language a long name is the writer's (Spanish ``Por María
    José García López``: a given name and a surname of two words each; that
    language's subheadings are set in sentence case). A story too short to
    tell, or in a language with no stop-word table, is left in doubt. Asked
    only of a byline already doubted (rare)."""
    language = guess_language(" ".join(body[:_LANGUAGE_PARAGRAPHS]), knowledge=knowledge)
    return language is not None and language != "en"


# The paragraphs read for the story's language: enough words for its stop words.
_LANGUAGE_PARAGRAPHS = 3


def _byline_doubts(
    byline: Byline,
    line: int,
    knowledge: Knowledge,
    *,
    headline_doubted: bool = False,
    body: Sequence[str] = (),
) -> list[Problem]:
    """The warnings on a byline read one way whose words read another way
    too (its first line ``line``): an opener that is a surname, a long name
    after an opener that may be a subheading (unless ``headline_doubted``:
    the line is doubted as the story's headline already, or ``body``, its
    paragraphs' texts, reads as another language than English), a credential that
    is an outlet's letters, an outlet between two writers that may be a
    writer, a titled second writer who may be a place."""
    doubts: list[Problem] = []
    raw = byline.raw[:80]
    if (opener := opener_may_be_surname(byline)) is not None:
        # "Na Hye Jin": Swahili "by Hye Jin", or the Korean name, surname first.
        doubts.append(
            Problem(
                "byline-opener-as-name",
                f"{raw!r} was read as the opener {opener!r} and a writer of two words: the "
                "opener is a surname too, and the line may be one person's name, surname first",
                line,
            )
        )
    if (
        not headline_doubted
        and byline.raw.count(" ") >= _LONG_NAME_SPACES
        and (opener := long_name_after_opener(byline, knowledge=knowledge)) is not None
        and not _written_in_another_language(body, knowledge)
    ):
        # "Von Der Leyen Visits Kyiv" under a headline: a subheading, or a
        # writer of four words after German "von".
        doubts.append(
            Problem(
                "byline-may-be-subheading",
                f"{raw!r} was read as the opener {opener!r} and one writer of four words or "
                "more: a title-case subheading opening with that word (a surname's first "
                "word, as in 'Von Der Leyen') reads the same",
                line,
            )
        )
    if (
        ", " in byline.raw
        and (credential := credential_may_be_outlet(byline, knowledge=knowledge)) is not None
    ):
        # "By Jane Roe, MSN": a nurse's degree or the news site.
        doubts.append(
            Problem(
                "byline-credential-may-be-outlet",
                f"{raw!r} was read with {credential!r} as the writer's credential: the "
                "letters name an outlet too, and nothing after them tells which (a "
                "credential is followed by another or by 'on' and the date)",
                line,
            )
        )
    if byline.organization is not None and outlet_between_may_be_writer(
        byline, knowledge=knowledge
    ):
        # "By Jane Roe, Tom Times, and Ann Lee": the first's paper, or a writer.
        doubts.append(
            Problem(
                "byline-surname-as-word",
                f"{raw!r} was read with {byline.organization!r} as the first writer's "
                "outlet; a writer whose surname is that word reads the same",
                line,
            )
        )
    if particle_outlet_may_be_surname(byline):
        # "Por Ana Lima da LUZ": the paper's initials, or a family name in capitals.
        doubts.append(
            Problem(
                "byline-surname-as-word",
                f"{raw!r} was read with {byline.organization!r} as the writer's outlet; "
                "a family name set in capitals after that particle reads the same "
                "(Maria da Luz)",
                line,
            )
        )
    if (
        # String tests first: most bylines hold no knight's title.
        (" Sir " in byline.raw or " Dame " in byline.raw)
        and (titled := titled_name_may_be_place(byline)) is not None
    ):
        # "By Jane Roe, Sir Lowry Pass, Nov 19": a titled writer, or a place.
        doubts.append(
            Problem(
                "byline-titled-name-may-be-place",
                f"{raw!r} was read with {titled!r} as a second writer (a title opens it); a "
                "place's name opens with that word too: it may be where the first writer "
                "filed from",
                line,
            )
        )
    if " 특파원" in byline.raw and (
        post := next((n for n in byline.names if korean_name_doubtful(n)), None)
    ):
        # "김빛나리 특파원": a writer's native given name, or a post's city.
        doubts.append(
            Problem(
                "byline-korean-name-may-be-post",
                f"{raw!r} was read with {post!r} as the correspondent's name: its form "
                "(a family name's syllable, then a given name of no common form) does not "
                "tell it from the city or region of the correspondent's post",
                line,
            )
        )
    return doubts


# A credit glued on a caption's end with no separator is this many words at
# most (``… colleague Timothy Weeks AP``, ``… at the quay Getty Images``).
_GLUED_CREDIT_WORDS: Final = 2


def _placed_in_photo(text: str, rule: str, knowledge: Knowledge) -> bool:
    """Is a caption with no credit one the page told by where its people
    stand in the photo (``caption-by-position``: ``(L-R) Jane Roe, Tom
    Hale``, ``Jane Roe (left) at the quay``) or by a label pointing at the
    photo (``caption-pointing-label``: ``Pictured: Jane Roe at the quay``), its
    end no credit glued on with
    no separator (a word in capitals, ``… Timothy Weeks AP``, or an agency,
    ``… Getty Images``)? Such a line points into a photo: no body text nor
    standfirst does, so ``caption-without-credit`` would cry wolf."""
    if rule != "caption-by-position" and rule != "caption-pointing-label":
        return False
    words = text.split()
    last = words[-1].strip(".,;:()") if words else ""
    if len(last) > 1 and last.isupper():
        return False
    return find_agency(" ".join(words[-_GLUED_CREDIT_WORDS:]), knowledge=knowledge) is None


# What a dump's separator alone under a story is read as when it stays in the
# story's text: a paragraph, a subheading.
_SEPARATOR_UNDER_ROLES: Final = frozenset((Role.BODY, Role.SUBHEADING))


# A hard wrap's width: wrapping tools (an e-mail client, html2text, lynx,
# w3m, an old wire feed) break at 60 to 80 columns; a text whose longest line
# is wider or much narrower is not read as wrapped at a fixed width here.
_WRAP_WIDEST = 100
_WRAP_NARROWEST = 50
# Is a length wider than a wrap (``100 < n``, asked in C)?
_WIDER_THAN_WRAP: Final = _WRAP_WIDEST.__lt__
# How many lines filled to the width and running on mid-sentence onto the
# next line make a story's text a hard wrap's (one may be chance).
_WRAP_RUN_ONS = 2
# What ends a sentence at a line's end (a danda, a CJK full stop, an Arabic
# question mark, Ethiopic's full stop too), a closing quote or bracket after it.
_SENTENCE_END = ".?!:;\u0964\u0965\u3002\uff01\uff1f\u061f\u1362"
_CLOSERS = "\"'”’»)]*"
# Roles whose lines hold no field: their lines split or joined change no field.
_FIELDLESS = frozenset(
    {Role.FURNITURE, Role.TRAILER, Role.DUPLICATE, Role.BLANK, Role.OTHER, Role.MARKER}
)

_CAPTION_ROLES = frozenset({Role.CAPTION, Role.DUPLICATE})


def _ends_sentence(text: str) -> bool:
    """Does a line's text end a sentence (a full stop, a question or an
    exclamation mark, a colon, a closing quote or bracket after one)?"""
    return text.rstrip(_CLOSERS)[-1:] in _SENTENCE_END


def _first_word(text: str) -> int:
    """The length of a line's first word (0 for a blank line)."""
    words = text.split(None, 1)
    return len(words[0]) if words else 0


def _field_units(lines: Sequence[Line], layout: LineState) -> dict[int, tuple[object, ...]]:
    """Which field each line's text went into: a body paragraph's number, a
    field read from several physical lines by its first line (a caption with
    its credit line under it), the headline; each other field's line its own
    (a line holding no field is not in the map)."""
    units: dict[int, tuple[object, ...]] = {}
    for number, paragraph in enumerate(layout.paragraphs):
        for index in paragraph:
            units[index] = ("paragraph", number)
    # A joined field's lines: from its first line on, while no paragraph
    # holds them and the role is the first line's.
    for first in layout.joined:
        index = first
        while index < len(lines) and index not in units:
            units[index] = ("joined", first)
            index += 1
            if index < len(lines) and layout.roles[index] is not layout.roles[first]:
                break
    for caption, credit in layout.caption_credits.items():
        units[credit] = units.setdefault(caption, ("caption", caption))
    for index, role in enumerate(layout.roles):
        if index not in units and role not in _FIELDLESS:
            units[index] = ("headline",) if role is Role.HEADLINE else ("line", index)
    return units


def _credit_cut_over_name(
    role: Role, below: tuple[object, ...] | None, upper: str, under: str
) -> bool:
    """A caption (the ``upper`` line's ``role``) filled to the width, ending in
    a letter, over a line left out in no field (``under``) that holds one to
    three words in title case ending like no sentence (no marker's capitals,
    ``PX``): the credit's name cut at the wrap (``… rano. Fot. PAP/Tomasz`` /
    ``Wójcik``, a Polish page wrapped at 72 columns; ``… Photo: Jane`` /
    ``Roe``), the surname lost, silently (heldout39). One run-on alone says
    so: the rest of the page may be set one short paragraph a line."""
    words = under.split()
    return (
        role is Role.CAPTION
        and below is None
        and 0 < len(words) <= _CUT_NAME_MOST_WORDS
        and all(word[:1].isupper() and not word.isupper() for word in words)
        and not _ends_sentence(under)
        # A credit closed on its line (``(Jane Roe/Vale Post)``) is whole.
        and upper.rstrip()[-1:].isalpha()
    )


# A credit's name cut at a wrap leaves at most this many words on the next line.
_CUT_NAME_MOST_WORDS: Final = 3


def _hard_wrap_doubts(
    lines: Sequence[Line], layout: LineState, knowledge: Knowledge
) -> list[Problem]:
    """``hard-wrap-doubtful`` where a story whose lines are cut at a fixed
    width (most lines filled to it run on mid-sentence onto the next) is read
    against the wrap: a field or paragraph ends right under a line filled to
    the width and ending like no sentence (its rest is the next line: a
    caption's credit ``(AP Photo/Alex`` / ``Brandon)``, a paragraph of a page
    set one a line), or a line is joined to the line above though that line
    had room for its first word (a headline glued to its byline, a title to
    its date), or a line reading alone as a byline is joined to the field
    above (a headline of nearly the width glued to its byline). Asked only of
    text no line of which is wider than a wrap."""
    # A line wider than a wrap looked for in C, stopping at the first (asked
    # of every story; most of a page's stories hold such a paragraph near
    # their top, so measuring every line costs more): a generator over the
    # lines cost a Python call a line.
    if not lines or any(map(_WIDER_THAN_WRAP, map(len, map(_TEXT, lines)))):
        return []
    texts = [line.text.rstrip() for line in lines]
    width = max(map(len, texts))
    if width < _WRAP_NARROWEST:
        return []
    # Pairs of lines with no blank line between, the upper one full: the
    # next line's first word would not have fit on it.
    pairs = [
        (upper, len(texts[upper]) + 1 + _first_word(texts[upper + 1]) > width)
        for upper in range(len(texts) - 1)
        if texts[upper].strip() and texts[upper + 1].strip()
    ]
    run_ons = sum(full and not _ends_sentence(texts[upper]) for upper, full in pairs)
    if not run_ons:
        return []
    units = _field_units(lines, layout)
    credit_lines = set(layout.caption_credits.values())
    for upper, full in pairs:
        above, below = units.get(upper), units.get(upper + 1)
        if above is None and below is None:
            continue
        # One run-on alone may be chance (a headline as wide as the page's
        # widest line over its byline), save where the line filled to the
        # width is left out right over a paragraph: a page set one paragraph
        # a line, its one wrapped paragraph's first line read as the header's
        # furniture (``… nach fünf Monaten Revision den`` / ``Betrieb wieder
        # auf.``), the paragraph's opening lost.
        if run_ons < _WRAP_RUN_ONS and not (
            (above is None and below is not None and below[0] == "paragraph")
            or (
                full
                and _credit_cut_over_name(
                    layout.roles[upper], below, texts[upper], texts[upper + 1]
                )
            )
        ):
            continue
        # Two captions one under the other, or under a caption's repeat: each
        # line ends in its own credit (``… REUTERS/Sami Haddad`` over the next
        # photo's caption).
        if (
            full
            and above != below
            and not _ends_sentence(texts[upper])
            and not (
                layout.roles[upper] in _CAPTION_ROLES and layout.roles[upper + 1] in _CAPTION_ROLES
            )
        ):
            return [
                Problem(
                    "hard-wrap-doubtful",
                    f"the story's lines are cut at {width} characters, and a field or "
                    f"paragraph ends under a line of nearly that width ending like no "
                    f"sentence ({texts[upper].strip()[-40:]!r}): its rest may be the next "
                    f"line ({texts[upper + 1].strip()[:40]!r})",
                    upper + 1,
                )
            ]
        # A line reading alone as a byline joined to the line above: a
        # headline of nearly the width glued to the byline under it, the
        # label not fitting on its line (``… τρία χρόνια εργασιών`` /
        # ``Συντάκτης: Γιώργος Παπαδόπουλος``), or a newsletter's headline
        # in its body joined to its ``By Jane Roe`` though ``By`` would have
        # fit. A paragraph's line filled to the width running on into ``by
        # Jane Roe and …`` is the wrap's: only a paragraph joined short of
        # the width says.
        if (
            above == below
            and above is not None
            and (not full or above[0] != "paragraph")
            and find_page_byline(texts[upper + 1], knowledge=knowledge) is not None
        ):
            return [
                Problem(
                    "hard-wrap-doubtful",
                    f"the story's lines are cut at {width} characters, and a line that "
                    f"reads alone as a byline ({texts[upper + 1].strip()[:40]!r}) was "
                    f"joined to the one above ({texts[upper].strip()[-40:]!r}): a "
                    f"headline may be glued to its byline",
                    upper + 1,
                )
            ]
        # A paragraph's lines joined short of the width are a hand wrap's
        # ragged edge (a README's): only a header's field, joined so, says. A
        # caption's credit on the line under it is read apart, no join (``…
        # Feb. 3, 2025.`` / ``Jane Roe, AP`` under a wrapped caption).
        if (
            not full
            and above == below
            and above is not None
            and above[0] != "paragraph"
            and upper + 1 not in credit_lines
        ):
            return [
                Problem(
                    "hard-wrap-doubtful",
                    f"the story's lines are cut at {width} characters, and a line "
                    f"({texts[upper + 1].strip()[:40]!r}) was joined to the one above "
                    f"though its first word would have fit on it "
                    f"({texts[upper].strip()[-40:]!r}): they may be two fields or paragraphs",
                    upper + 1,
                )
            ]
    return []


def _line_ends_doubled(lines: Sequence[Line]) -> bool:
    """Does every line of ``lines`` holding more than white space (its last
    aside) end with a lone line end, a blank line ending in CRLF right under
    it? A Windows text (CRLF) written again through a text-mode file ends its
    lines CR CR LF (``The talks followed\\r\\r\\n``): the CR is a line end of
    its own, so a blank line stands under every line, a hard-wrapped
    paragraph is read a paragraph a line and a feed's items are cut into
    pieces, with no other doubt said. Told from the lines' lengths and
    offsets alone; a text's one such line in a CRLF text is no such story.
    A story's second line holding more that is no such line ends the look
    (most stories' first two), so the cost is a few lines a story."""
    doubled = missed = 0
    last = len(lines) - 1
    for index, line in enumerate(lines):
        if not line.text or is_blank(line.text):
            continue
        if index < last and line.end - line.start - len(line.text) == 1:
            under = lines[index + 1]
            if not under.text and under.end - under.start == 2:
                doubled += 1
                continue
        missed += 1
        if missed > 1:
            return False
    return doubled >= _DOUBLED_ENDS_MIN


def assemble_story(
    lines: list[Line],
    options: ParseOptions,
    *,
    doubtful_cut: int = 0,
    after_blank_run: bool = False,
    separator_under: bool = False,
    address_guessed: bool = False,
    doubled_gap: bool = False,
    repairs: bool = True,
) -> Story:
    """Assemble one story's fields from its lines, their roles and the wire fields.

    ``repairs``: whether a story holding mojibake or an HTML entity is read
    again repaired (``repaired-text-read-as-written`` is said only when that
    reading differs); False for that second reading itself.

    ``doubtful_cut`` is :attr:`~wirestory.stories.LineGroup.doubtful_cut`: the
    story was cut from the one above after that many blank lines only because
    its first line looks like a headline, which the story then says.
    ``after_blank_run`` is :attr:`~wirestory.stories.LineGroup.after_blank_run`:
    a story of paragraphs alone cut from the one above may be its rest.
    ``separator_under`` is :attr:`~wirestory.stories.LineGroup.separator_under`:
    the story's last line, a short line alone over the next story's header,
    may be a dump's separator. ``address_guessed`` is
    :attr:`~wirestory.stories.LineGroup.address_guessed`: the story's last
    line, an address kept as its note, may be the next story's.
    ``doubled_gap`` is :attr:`~wirestory.stories.LineGroup.doubled_gap`: the
    story and the one above, each one block, were parted by two blank lines
    alone, which may be the text's gap between any two blocks.
    """
    given = lines
    layout = assign_roles(lines, options)
    if layout.read_lines is not None:
        lines = layout.read_lines  # a converter's marks read as spaces
    found = enrich(lines, layout, options)
    problems = list(layout.problems)
    if doubtful_cut and lines:
        problems.append(
            Problem(
                "possible-story-boundary",
                (
                    f"cut from the story above after {doubtful_cut} blank lines because its "
                    "first line looks like a headline; it could be a subheading of that story"
                    if doubtful_cut > 1
                    else "cut from the story above after one blank line or none at a page's "
                    "title whose headline part is two words (a menu, a byline or date and prose "
                    "under it): it could be a table's row of that story"
                ),
                0,
            )
        )
    last = len(lines) - 1
    # Only a line read as the body's (a trailer, ``Reporting by …``, is the
    # story's own under it).
    if (
        separator_under
        and layout.roles[last] in _SEPARATOR_UNDER_ROLES
        and not any(
            problem.index == last and problem.code == "possible-story-boundary"
            for problem in problems
        )
    ):
        problems.append(
            Problem(
                "possible-story-boundary",
                f"the story's last line ({lines[last].text.strip()[:40]!r}), a short line "
                "alone right over the next story's header, may be a dump's separator or "
                "the next story's (a page count, a date), not the story's",
                last,
            )
        )
    if address_guessed:
        problems.append(
            Problem(
                "possible-story-boundary",
                f"the address under the story ({lines[last].text.strip()[:60]!r}) names "
                "neither its headline nor the next story's: kept as this story's note "
                "(a dump printing each story's address under it), it may be the next "
                "story's source-url",
                last,
            )
        )
    if after_blank_run and _paragraphs_alone(layout, found):
        problems.append(
            Problem(
                "may-continue-story-above",
                "cut from the story above at a run of blank lines, this story has no "
                "headline, dateline, byline or caption of its own: it may be the rest of "
                "that story (a page setting two blank lines between its paragraphs)",
                0,
            )
        )
    elif after_blank_run and _contacts_alone(lines, found):
        problems.append(
            Problem(
                "may-continue-story-above",
                "cut from the story above at a run of blank lines, this story is contacts "
                "alone (a name, a telephone number, an address): they may be the contacts "
                "of the story above, whose label (Media contacts) closes it",
                0,
            )
        )
    elif after_blank_run and _subheading_piece(lines, layout, found, options.knowledge):
        problems.append(
            Problem(
                "may-continue-story-above",
                "cut from the story above at a run of blank lines, this story's headline "
                "is a subheading's few words in sentence case or its text runs on in lower "
                "case, with no dateline, byline or caption of its own: it may be the rest "
                "of that story (a page setting two blank lines around its subheadings)",
                0,
            )
        )
    # A story opening with its own dateline (``OSLO (Reuters) -``) is a story
    # of its own whatever the gap: a dump of wire stories set one paragraph a
    # line, two blank lines between them, says nothing. So is one with its own
    # byline under its headline (``Ferry fares to rise`` / ``By Jane Roe``): a
    # feed's items and a list's entries carry none, and a dump of bylined
    # stories two blank lines apart said the doubt of every story (review65).
    # A byline alone, no headline over it, may be a block of the story above.
    if (
        doubled_gap
        and found.dateline is None
        and (found.byline is None or Role.HEADLINE not in layout.roles)
        and not any(problem.code == "may-continue-story-above" for problem in problems)
    ):
        problems.append(
            Problem(
                "cut-at-doubled-blank-lines",
                "cut from the story above at a run of two blank lines, with no blank line "
                "inside this story or the one above: a text setting two blank lines between "
                "every block (a converter's <p> margins) is cut at each, so this may be a "
                "block of the story above (a feed's item, a list's entry)",
                0,
            )
        )
    if _line_ends_doubled(given):
        problems.append(
            Problem(
                "line-ends-doubled",
                "each line of the story ends with a lone line end, a blank line ending in CRLF "
                "under it (CR CR LF: a Windows text written again through a text-mode file): "
                "read as a blank line under every line, a wrapped paragraph's lines, a block's "
                "lines and the story's blocks may be read apart",
                0,
            )
        )
    if _menu_lines_alone(lines, layout):
        problems.append(
            Problem(
                "story-of-menu-lines",
                "every line of the story is a few words with no end mark (a site's name "
                "over its sections): it may be a page's header cut from the story under it "
                "at a run of blank lines, its first line no headline",
                0,
            )
        )
    # A field's text is its lines' as written: split_lines read a no-break
    # space as a space for the rules, but normalization reads the character
    # (``voilÃ\xa0``, mojibake of ``voilà``, is repaired only with it).
    read_otherwise = any(map(_WRITTEN, lines))
    written = (
        [line if line.written is None else _no_break_spaces_kept(line) for line in lines]
        if read_otherwise
        else lines
    )
    # A field joined from several physical lines (a hard-wrapped page) reads
    # the joined line: its first line alone holds part of its text.
    field_lines: Mapping[int, Line] | Sequence[Line] = (
        {**dict(enumerate(written)), **layout.joined} if layout.joined else written
    )
    # The many-field parts of a story, normalized in one call: captions, then
    # paragraphs. Most paragraphs are one line holding neither the dateline
    # nor a glued sign-off nor a dateline's dash: their text is the line's,
    # read without a call.
    dateline_line, sign_off_line = found.dateline_line, found.sign_off_line
    dash_line = found.dateline_dash_line
    fields = normalize_lines(
        [field_lines[i].text for i in layout.captions]
        + [
            written[paragraph[0]].text
            if len(paragraph) == 1
            and paragraph[0] != dateline_line
            and paragraph[0] != sign_off_line
            and paragraph[0] != dash_line
            else _paragraph_text(written, paragraph, found)
            for paragraph in layout.paragraphs
        ],
        options,
    )
    if layout.kind == "page" and len(layout.paragraphs) > _QUESTION_LIST_MIN:
        asked = _question_list(layout.paragraphs, fields[len(layout.captions) :])
        if not asked and _question_headline(fields[len(layout.captions) :]):
            # "Will the ferry run again?" alone under a story's last sentence.
            problems.append(
                Problem(
                    "story-ends-in-question",
                    "the story's last paragraph is one short question under its prose: it "
                    "may be another story's headline under it (a related story's link "
                    "without its label)",
                    layout.paragraphs[-1][0],
                )
            )
        if asked:
            # "새 분관은 언제 문을 여나?" over two more such lines under the story.
            problems.append(
                Problem(
                    "story-ends-in-question-list",
                    f"the story's last {asked} paragraphs are lines of one block, each a "
                    "short question, right under its prose: they may be a box of other "
                    "stories' headlines (a related-stories list without its label)",
                    layout.paragraphs[-asked][0],
                )
            )
    byline_at = byline_line(layout, found)
    if found.byline is not None and byline_at is not None:
        # A headless story's first line already doubted as its headline
        # ("Von Der Leyen Visits Kyiv" alone over the lead) is no subheading.
        headline_doubted = any(p.code == "byline-may-be-headline" for p in problems)
        problems.extend(
            _byline_doubts(
                found.byline,
                byline_at,
                options.knowledge,
                headline_doubted=headline_doubted,
                body=fields[len(layout.captions) :],
            )
        )
    count = len(layout.captions)
    page = layout.kind == "page"
    credit_lines = dict(
        zip(
            layout.caption_credits,
            normalize_lines(
                [field_lines[i].text for i in layout.caption_credits.values()], options
            ),
            strict=True,
        )
        if layout.caption_credits
        else ()
    )
    captions = tuple(
        _caption(
            field_lines[i],
            text,
            options.knowledge,
            page=page,
            credit_line=credit_lines.get(i, "").strip(),
        )
        for i, text in zip(layout.captions, fields[:count], strict=True)
    )
    for index, caption in zip(layout.captions, captions, strict=True):
        if caption.credit is None and not _placed_in_photo(
            caption.text, layout.rules[index], options.knowledge
        ):
            problems.append(
                Problem(
                    "caption-without-credit", f"caption has no credit: {caption.text[:60]!r}", index
                )
            )
        elif caption.text[-1:] == ")" and _ends_in_credit(caption.text, options.knowledge):
            # "… in Cairo on Monday. (AFP) (Egyptian Presidency)": of two
            # credits in parentheses the last is read as the credit, and the
            # first stays the caption's last words.
            problems.append(
                Problem(
                    "caption-holds-credit",
                    f"the caption's text still ends in a credit after its own "
                    f"({caption.credit!r}) was split off: {caption.text[-60:]!r}",
                    index,
                )
            )
        elif caption.photographer is not None and photographer_may_be_place(
            lines[layout.caption_credits.get(index, index)].text, caption.photographer
        ):
            # "… on Monday. (Jane Hill) (AFP)": a photographer, or a park or a
            # hill the caption names ("(James Park)"), read as the credit.
            problems.append(
                Problem(
                    "credit-name-may-be-place",
                    f"the credit's photographer {caption.photographer!r}, read from "
                    "parentheses before the agency's, ends in a word of a place's name "
                    "(a park, a hill, a church): it may be the place the caption names",
                    index,
                )
            )
        elif (
            caption.source is not None
            and caption.photographer is None
            and source_may_be_photographer(caption.source, knowledge=options.knowledge)
            and not _named_elsewhere(
                caption.source, lines, index, layout.caption_credits.get(index, index)
            )
        ):
            # "Photo: Jane Herald": a paper credited for its own photo ("Vale
            # Herald"), or a photographer whose surname is an outlet's word.
            problems.append(
                Problem(
                    "credit-surname-as-outlet",
                    f"the credit's {caption.source!r} is read as the photo's source (an outlet); "
                    "a photographer whose surname is an outlet's word reads the same",
                    index,
                )
            )
    if _LONE_CREDIT_RULE in layout.rules:  # in C: most stories hold no credit alone
        problems.extend(_lone_photo_credits(lines, layout, found, options.knowledge))
    body: list[str] = []
    subheadings: list[int] = []
    for number, (paragraph, text) in enumerate(zip(layout.paragraphs, fields[count:], strict=True)):
        if not text:
            # Only control or invisible characters: nothing to read, kept as "other".
            for index in paragraph:
                layout.claim(index, Role.OTHER, "empty-after-normalization")
            continue
        if number in layout.subheadings:
            subheadings.append(len(body))
        body.append(text)
    listed = _teaser_listing(lines, layout.roles)
    if listed:
        problems.append(
            Problem(
                "page-of-teasers",
                f"{listed} blocks of the story are each a headline over a one-sentence "
                "teaser: the text may be a section front or an index page listing other "
                "stories, not one story",
                0,
            )
        )
    elif layout.kind != "page":
        teasers = _teasers_under_story(lines, layout.roles, options.knowledge)
        if teasers is not None:
            at, count, labelled = teasers
            under = "under a box's label " if labelled else ""
            problems.append(
                Problem(
                    "story-runs-past-listing",
                    f"the story ends in {count} blocks {under}each a headline over a "
                    "one-sentence teaser: they may be a box of links to other stories "
                    "copied with it, kept in the body",
                    at,
                )
            )
    if not body and not any(p.code == "empty-story" for p in problems):
        problems.append(Problem("no-body", "story has no body paragraphs", len(lines) - 1))
    headline = ""
    if layout.headline is not None:
        headline = normalize_line(
            layout.headline_text
            if layout.headline_text is not None
            else written[layout.headline].text,
            options,
        )
        headline = (
            _HEADLINE_LABEL.sub("", headline, count=1)
            # The label ends in a colon: a headline without one (most) is
            # told without the pattern.
            if ":" in headline and _HEADLINE_LABEL.match(headline, 0, None, False)
            else headline
        )
    dateline = found.dateline
    if dateline is not None:
        dateline = attrs.evolve(dateline, raw=normalize_line(dateline.raw, options))
    byline = found.byline
    if byline is not None and read_otherwise:
        # A byline's raw text is as written: split_lines read its line's
        # no-break spaces as spaces (``By\u00a0Jane Roe``).
        # Its own lines where the layout or the enrichment says which: a
        # later line may hold the same words written otherwise.
        own = [lines[i] for i in layout.byline]
        if found.byline_line is not None:
            own.append(lines[found.byline_line])
        byline = attrs.evolve(byline, raw=as_written(byline.raw, own or lines))
    if repairs and any(p.code == _REPAIRED for p in problems):
        reading = (headline, [(c.text, c.credit) for c in captions], tuple(body))
        if reading + _names(dateline, byline) == _repaired_reading(given, options):
            # The repaired text reads the same: nothing to say.
            problems = [p for p in problems if p.code != _REPAIRED]
    if repairs and any(p.code == _SOFT_HYPHENS for p in problems):
        reading = (headline, [(c.text, c.credit) for c in captions], tuple(body))
        unhyphenated = _unhyphenated(reading + _names(dateline, byline))
        if unhyphenated == _unhyphenated_reading(given, options):
            # Read without its soft hyphens the story reads the same.
            problems = [p for p in problems if p.code != _SOFT_HYPHENS]
    problems.extend(_hard_wrap_doubts(lines, layout, options.knowledge))
    diagnostics = tuple(_diagnostic(lines, p) for p in sorted(problems, key=lambda p: p.index))
    _raise_if_strict(diagnostics, options)
    return Story(
        headline=headline,
        captions=captions,
        marker=lines[layout.marker].text.strip() if layout.marker is not None else None,
        body=tuple(body),
        segments=_segments(lines, layout, found),
        diagnostics=diagnostics,
        standfirst=normalize_line(field_lines[layout.standfirst].text, options)
        if layout.standfirst is not None
        else None,
        subheading_indices=tuple(subheadings),
        layout=layout.kind,
        dateline=dateline,
        byline=_catalan_byline(byline, body),
        contributors=tuple(found.contributors),
        copyright=normalize_line(" ".join(written[i].text for i in found.copyright), options)
        if found.copyright
        else None,
        notes=tuple(
            normalize_line(" ".join(written[i].text for i in note), options) for note in found.notes
        ),
    )


_REPAIRED: Final = "repaired-text-read-as-written"


def _names(dateline: Dateline | None, byline: Byline | None) -> tuple[object, ...]:
    """The dateline's places and agencies and the byline's names, or None."""
    return (
        None if dateline is None else (dateline.places, dateline.agencies),
        None if byline is None else byline.names,
    )


def _repaired_reading(lines: list[Line], options: ParseOptions) -> tuple[object, ...]:
    """What the story's lines read as with their mojibake and HTML entities
    repaired (``normalizing.line_repaired``): the headline, the captions and
    their credits, the body, the dateline's places and agencies, the
    byline's names. A story whose lines the layouts read as written (a
    dateline ``WASHINGTON (AP) â€”``, a paragraph opening ``&quot;We``) may
    read otherwise; one whose repairs are in words alone (``cafÃ©``) reads
    the same and says nothing."""
    # Only the lines a repair changes are written repaired: the rest read as
    # in the first reading, so a difference is the repairs' alone, and ftfy
    # runs on those lines only (on a page of 347 lines, four of them escaped
    # markup, the field repair of every line was most of the second reading).
    text = "\n".join(
        line_repaired(line.text) if repaired_line(line.text) else line.text for line in lines
    )
    text += "\n"
    story = assemble_story(
        list(split_lines([text])), attrs.evolve(options, strict=False), repairs=False
    )
    captions = [(c.text, c.credit) for c in story.captions]
    return (story.headline, captions, story.body, *_names(story.dateline, story.byline))


_SOFT_HYPHENS: Final = "soft-hyphens-read-as-written"


def _unhyphenated(value: object) -> object:
    """``value`` (a field, or tuples and lists of fields) without its soft
    hyphens (U+00AD)."""
    if isinstance(value, str):
        return value.replace("\xad", "")
    if isinstance(value, tuple):
        return tuple(_unhyphenated(item) for item in value)
    if isinstance(value, list):
        return [_unhyphenated(item) for item in value]
    return value


def _unhyphenated_reading(lines: list[Line], options: ParseOptions) -> tuple[object, ...]:
    """What the story's lines read as without their soft hyphens (U+00AD, a
    scraper's ``&shy;`` kept inside long words): the fields
    :func:`_repaired_reading` compares. A credit's label (``Photo\xadgraph:``),
    an agency's name, a line of furniture (``Adver\xadtisement``) or a
    byline's word written with one is read by no rule asking for the word;
    a soft hyphen inside a paragraph's words changes nothing and says
    nothing."""
    text = "\n".join(line.text.replace("\xad", "") for line in lines) + "\n"
    story = assemble_story(
        list(split_lines([text])), attrs.evolve(options, strict=False), repairs=False
    )
    captions = [(c.text, c.credit) for c in story.captions]
    return (story.headline, captions, story.body, *_names(story.dateline, story.byline))


def story_of(group: LineGroup, options: ParseOptions) -> Story:
    """The story of one group of lines from :func:`~wirestory.stories.group_stories`
    (what :func:`~wirestory.parse`, :func:`~wirestory.parse_story`,
    :func:`~wirestory.iter_stories` and the command line's runner do with each),
    the garbage collector paused while it is assembled. An exception no rule
    expects gives :func:`unread_story`; wirestory's own errors (strict mode's
    ``ParseError``), ``MemoryError`` and ``TimeoutError`` (a caller's time
    limit, raised by their signal handler) go through."""
    if not gc.isenabled():
        # Off already (parse() pauses it across the whole text): the pause's
        # context manager, a generator and two calls a story, is skipped.
        return _assembled(group, options)
    with collection_paused():
        return _assembled(group, options)


def _assembled(group: LineGroup, options: ParseOptions) -> Story:
    """:func:`story_of` with the collector as the caller left it."""
    if group.overflow:
        return overflow_story(group.lines, options)
    try:
        return assemble_story(
            group.lines,
            options,
            doubtful_cut=group.doubtful_cut,
            after_blank_run=group.after_blank_run,
            separator_under=group.separator_under,
            address_guessed=group.address_guessed,
            doubled_gap=group.doubled_gap,
        )
    except (WirestoryError, MemoryError, TimeoutError):
        # TimeoutError: a caller's own time limit (a signal handler
        # raising it mid-story) is theirs, no defect to set aside.
        raise
    except Exception as error:  # a defect of wirestory's, not the input's
        return unread_story(group.lines, options, error)
