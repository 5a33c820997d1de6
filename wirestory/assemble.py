"""Story assembly: one story's lines, roles and wire fields made into a :class:`~wirestory.Story`.

The last stage of the pipeline. The fields are normalized here, in one call
per story (captions, then paragraphs), the segments are built from the roles,
and the problems found by every stage become :class:`~wirestory.Diagnostic`
records, or a :class:`~wirestory.ParseError` in strict mode.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs
import regex

from wirestory.captions import (
    credit_of_credit_line,
    parse_credit,
    split_credit,
    split_page_credit,
)
from wirestory.collector import collection_paused
from wirestory.enrich import WireFields, enrich
from wirestory.errors import ParseError, WirestoryError
from wirestory.knowledge import Knowledge
from wirestory.lines import Line
from wirestory.model import Caption, Diagnostic, Role, Segment, Story, segments_from_columns
from wirestory.normalize import normalize_line, normalize_lines
from wirestory.options import ParseOptions
from wirestory.roles import assign_roles
from wirestory.state import LineState, Problem
from wirestory.stories import LineGroup

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


def _segments(lines: list[Line], layout: LineState, found: WireFields) -> tuple[Segment, ...]:
    if not lines:
        return ()
    _, starts, ends, numbers = zip(*lines, strict=True)
    segments = segments_from_columns(layout.roles, starts, ends, numbers, layout.rules)
    if found.sign_off_line is not None:
        # An agency's sign-off glued at the end of the last body line is cut
        # from it into a trailer segment (before the dateline's cut, which may
        # share the line and comes first in it: the index still holds).
        index = found.sign_off_line
        line = lines[index]
        cut = line.start + found.sign_off_cut
        segments[index : index + 1] = [
            attrs.evolve(segments[index], end=cut),
            Segment(Role.TRAILER, cut, segments[index].end, line.number, "trailer-sign-off"),
        ]
    if found.dateline is not None and found.dateline_line is not None:
        # The dateline is cut from the start of its line into a segment of its own.
        index = found.dateline_line
        line = lines[index]
        cut = line.start + found.dateline.length
        pieces = [Segment(Role.DATELINE, line.start, cut, line.number, "dateline")]
        if cut < line.end:
            pieces.append(attrs.evolve(segments[index], start=cut))
        segments[index : index + 1] = pieces
    return tuple(segments)


def _paragraph_text(lines: list[Line], paragraph: list[int], found: WireFields) -> str:
    if len(paragraph) == 1 and paragraph[0] != found.dateline_line:
        if paragraph[0] == found.sign_off_line:
            return lines[paragraph[0]].text[: found.sign_off_cut].rstrip()
        return lines[paragraph[0]].text  # most paragraphs: one line, no dateline
    texts = [lines[i].text for i in paragraph]
    if paragraph[-1] == found.sign_off_line:
        texts[-1] = texts[-1][: found.sign_off_cut].rstrip()
    if paragraph[0] == found.dateline_line and found.dateline is not None:
        texts[0] = texts[0][found.dateline.length :]
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
    if credit is None and credit_line:
        # The page printed the credit on a line of its own; BBC's label goes
        # ("Image copyright AFP" above a caption: the credit is "AFP").
        credit = credit_of_credit_line(credit_line, knowledge=knowledge)
    if credit is None:
        return Caption(text, None, line.start, line.end, line.number)
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


def assemble_story(
    lines: list[Line],
    options: ParseOptions,
    *,
    doubtful_cut: int = 0,
    after_blank_run: bool = False,
) -> Story:
    """Assemble one story's fields from its lines, their roles and the wire fields.

    ``doubtful_cut`` is :attr:`~wirestory.stories.LineGroup.doubtful_cut`: the
    story was cut from the one above after that many blank lines only because
    its first line looks like a headline, which the story then says.
    ``after_blank_run`` is :attr:`~wirestory.stories.LineGroup.after_blank_run`:
    a story of paragraphs alone cut from the one above may be its rest.
    """
    layout = assign_roles(lines, options)
    found = enrich(lines, layout, options)
    problems = list(layout.problems)
    if doubtful_cut and lines:
        problems.append(
            Problem(
                "possible-story-boundary",
                f"cut from the story above after {doubtful_cut} blank lines because its "
                "first line looks like a headline; it could be a subheading of that story",
                0,
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
    # A field joined from several physical lines (a hard-wrapped page) reads
    # the joined line: its first line alone holds part of its text.
    field_lines: Mapping[int, Line] | Sequence[Line] = (
        {**dict(enumerate(lines)), **layout.joined} if layout.joined else lines
    )
    # The many-field parts of a story, normalized in one call: captions, then
    # paragraphs. Most paragraphs are one line holding neither the dateline
    # nor a glued sign-off: their text is the line's, read without a call.
    dateline_line, sign_off_line = found.dateline_line, found.sign_off_line
    fields = normalize_lines(
        [field_lines[i].text for i in layout.captions]
        + [
            lines[paragraph[0]].text
            if len(paragraph) == 1
            and paragraph[0] != dateline_line
            and paragraph[0] != sign_off_line
            else _paragraph_text(lines, paragraph, found)
            for paragraph in layout.paragraphs
        ],
        options,
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
        if caption.credit is None:
            problems.append(
                Problem(
                    "caption-without-credit", f"caption has no credit: {caption.text[:60]!r}", index
                )
            )
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
    if not body and not any(p.code == "empty-story" for p in problems):
        problems.append(Problem("no-body", "story has no body paragraphs", len(lines) - 1))
    diagnostics = tuple(_diagnostic(lines, p) for p in sorted(problems, key=lambda p: p.index))
    _raise_if_strict(diagnostics, options)
    headline = ""
    if layout.headline is not None:
        headline = normalize_line(
            layout.headline_text
            if layout.headline_text is not None
            else lines[layout.headline].text,
            options,
        )
        headline = (
            _HEADLINE_LABEL.sub("", headline, count=1)
            if _HEADLINE_LABEL.match(headline, 0, None, False)
            else headline
        )
    dateline = found.dateline
    if dateline is not None:
        dateline = attrs.evolve(dateline, raw=normalize_line(dateline.raw, options))
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
        byline=found.byline,
        contributors=tuple(found.contributors),
        copyright=normalize_line(" ".join(lines[i].text for i in found.copyright), options)
        if found.copyright
        else None,
        notes=tuple(
            normalize_line(" ".join(lines[i].text for i in note), options) for note in found.notes
        ),
    )


def story_of(group: LineGroup, options: ParseOptions) -> Story:
    """The story of one group of lines from :func:`~wirestory.stories.group_stories`
    (what :func:`~wirestory.parse`, :func:`~wirestory.parse_story`,
    :func:`~wirestory.iter_stories` and the command line's runner do with each),
    the garbage collector paused while it is assembled. An exception no rule
    expects gives :func:`unread_story`; wirestory's own errors (strict mode's
    ``ParseError``), ``MemoryError`` and ``TimeoutError`` (a caller's time
    limit, raised by their signal handler) go through."""
    with collection_paused():
        if group.overflow:
            return overflow_story(group.lines, options)
        try:
            return assemble_story(
                group.lines,
                options,
                doubtful_cut=group.doubtful_cut,
                after_blank_run=group.after_blank_run,
            )
        except (WirestoryError, MemoryError, TimeoutError):
            # TimeoutError: a caller's own time limit (a signal handler
            # raising it mid-story) is theirs, no defect to set aside.
            raise
        except Exception as error:  # a defect of wirestory's, not the input's
            return unread_story(group.lines, options, error)
