"""The entry points: text or a stream in, :class:`~wirestory.Story` objects out.

decode → lines → stories → roles → fields: each stage is a pure function over
the previous stage's output, so :func:`parse`, :func:`iter_stories` and
:func:`parse_story` differ only in where the lines come from.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import IO, Any

import attrs
import regex

from wirestory._gc import collection_paused
from wirestory.binary import check_text
from wirestory.captions import parse_credit, split_credit
from wirestory.decode import iter_decoded
from wirestory.enrich import WireFields, enrich
from wirestory.errors import ParseError, text_type_error
from wirestory.lines import Line, split_lines
from wirestory.model import Caption, Diagnostic, Role, Segment, Story, segments_from_columns
from wirestory.normalize import normalize_line, normalize_lines
from wirestory.options import ParseOptions
from wirestory.roles import Problem, StoryLayout, assign_roles
from wirestory.sources import decompressed, warn_if_path
from wirestory.stories import group_stories

__all__ = ["iter_stories", "parse", "parse_story"]

_BLOCK_SIZE = 1 << 20


def _options(options: object) -> ParseOptions:
    if options is None:
        return ParseOptions()
    if not isinstance(options, ParseOptions):
        raise TypeError(
            f"options must be a wirestory.ParseOptions, not {type(options).__name__}; "
            "build one with ParseOptions(strict=True, ...)"
        )
    return options


def parse(text: str, *, options: ParseOptions | None = None) -> list[Story]:
    r"""Parse a dump into its stories.

    >>> dump = "Water Fund Agreed\n\nMinisters meet. (SPA)\nMinisters meet. (SPA)\nTT\n\n"
    >>> dump += "Water Fund Agreed\n\nMinisters meet. (SPA)\nMinisters meet. (SPA)\n\n"
    >>> dump += "Gulf ministers agreed on Sunday.\n\nThe fund opens in May.\n"
    >>> [story] = parse(dump)
    >>> story.headline, story.marker, story.captions[0].credit, len(story.body)
    ('Water Fund Agreed', 'TT', 'SPA', 2)

    Lenient by default: problems become :attr:`Story.diagnostics` and no ``str``
    makes it raise. With ``ParseOptions(strict=True)`` the first problem raises
    :class:`~wirestory.ParseError`. Bytes raise :class:`TypeError`: decode them
    first with :func:`~wirestory.decode`.
    """
    if not isinstance(text, str):
        raise text_type_error("parse", text)
    warn_if_path("parse", text)
    return list(_stories(split_lines([text]), _options(options)))


def parse_story(chunk: str, *, options: ParseOptions | None = None) -> Story:
    """Parse text known to hold exactly one story (no splitting at blank runs).

    Offsets in the result are into ``chunk``.
    """
    if not isinstance(chunk, str):
        raise text_type_error("parse_story", chunk)
    warn_if_path("parse_story", chunk)
    lines = list(split_lines([chunk]))
    with collection_paused():
        return _story(lines, _options(options))


def iter_stories(
    source: str | os.PathLike[str] | IO[str] | IO[bytes], *, options: ParseOptions | None = None
) -> Iterator[Story]:
    """Stream the stories of a dump, one at a time.

    ``source`` is the text itself (a ``str``), a path (:class:`os.PathLike`, read
    as bytes and decoded like :func:`~wirestory.decode`), or an open file, text
    or binary. A path given as a ``str`` is text, not a file: use
    :func:`~wirestory.read_stories` for that (a one-line ``str`` naming an existing
    file gets a :class:`~wirestory.PathAsTextWarning`). Files are read in 1 MiB
    blocks, so memory is bounded by the largest story, not the file. Offsets
    count characters of the decoded text.

    Bytes (from a path or a binary file) that start gzip, bzip2 or xz data are
    decompressed as read, whatever the file's name. Bytes that look binary (a
    JPEG, PNG, GIF, PDF or ZIP signature, a NUL byte or many control characters
    at the start) raise :class:`~wirestory.BinaryInputError` unless
    ``ParseOptions(allow_binary=True)``.
    """
    options = _options(options)
    if isinstance(source, str):
        warn_if_path("iter_stories", source)
        yield from _stories(split_lines([source]), options)
    elif isinstance(source, os.PathLike):
        with open(source, "rb") as file:
            yield from _stories(split_lines(_text_blocks(file, options)), options)
    elif hasattr(source, "read"):
        yield from _stories(split_lines(_text_blocks(source, options)), options)
    else:
        raise TypeError(
            f"iter_stories() takes str text, an os.PathLike path or an open file, "
            f"not {type(source).__name__}"
            + (
                "; decode bytes first with wirestory.decode(data)"
                if isinstance(source, bytes)
                else ""
            )
        )


def _text_blocks(file: IO[Any], options: ParseOptions) -> Iterator[str]:
    first = file.read(_BLOCK_SIZE)
    if isinstance(first, str):
        yield first
        yield from iter(lambda: file.read(_BLOCK_SIZE), "")
        return
    inflated = decompressed(first, file)
    if inflated is not None:
        file = inflated
        first = file.read(_BLOCK_SIZE)
    if not options.allow_binary:
        check_text(first)

    def byte_blocks() -> Iterable[bytes]:
        yield first
        yield from iter(lambda: file.read(_BLOCK_SIZE), b"")

    yield from iter_decoded(byte_blocks(), options)


def _stories(lines: Iterator[Line], options: ParseOptions) -> Iterator[Story]:
    for group, overflow in group_stories(lines, options):
        # The collector is paused while a story is assembled, never across the yield.
        with collection_paused():
            story = _overflow(group, options) if overflow else _story(group, options)
        yield story


def _overflow(lines: list[Line], options: ParseOptions) -> Story:
    """Lines past ``max_story_chars``: kept as segments, in no field."""
    problem = Problem(
        "story-too-large", f"story longer than {options.max_story_chars} characters", 0
    )
    diagnostic = _diagnostic(lines, problem)
    _raise_if_strict((diagnostic,), options)
    return Story(
        headline="",
        captions=(),
        marker=None,
        body=(),
        segments=tuple(
            Segment(Role.OTHER, line.start, line.end, line.number, "story-too-large")
            for line in lines
        ),
        diagnostics=(diagnostic,),
        layout="headless",
    )


def _raise_if_strict(diagnostics: tuple[Diagnostic, ...], options: ParseOptions) -> None:
    """Strict mode: the first problem is an error."""
    if options.strict and diagnostics:
        first = diagnostics[0]
        raise ParseError(
            first.message,
            code=first.code,
            offset=first.offset,
            line=first.line,
            column=first.column,
        )


def _diagnostic(lines: list[Line], problem: Problem) -> Diagnostic:
    line = lines[problem.index] if lines else Line("", 0, 0, 1)
    return Diagnostic(problem.code, problem.message, line.start, line.number, 1)


# Labels a scraper writes before the headline ("Title: Rare sea creature ...").
# Linear: anchored match, literals and possessive runs.
_HEADLINE_LABEL = regex.compile(r"(?i)(?:title|headline)\s*+:\s*+")


def _segments(lines: list[Line], layout: StoryLayout, found: WireFields) -> tuple[Segment, ...]:
    if not lines:
        return ()
    _, starts, ends, numbers = zip(*lines, strict=True)
    segments = segments_from_columns(layout.roles, starts, ends, numbers, layout.rules)
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
        return lines[paragraph[0]].text  # most paragraphs: one line, no dateline
    texts = [lines[i].text for i in paragraph]
    if paragraph[0] == found.dateline_line and found.dateline is not None:
        texts[0] = texts[0][found.dateline.length :]
    return " ".join(texts)


def _caption(line: Line, normalized: str) -> Caption:
    text, credit = split_credit(normalized)
    if credit is None:
        return Caption(text, None, line.start, line.end, line.number)
    parts = parse_credit(credit)
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


def _story(lines: list[Line], options: ParseOptions) -> Story:
    """Assemble one story's fields from its lines, their roles and the wire fields."""
    layout = assign_roles(lines, options)
    found = enrich(lines, layout, options)
    problems = list(layout.problems)
    # The many-field parts of a story, normalized in one call: captions, then paragraphs.
    fields = normalize_lines(
        [lines[i].text for i in layout.captions]
        + [_paragraph_text(lines, paragraph, found) for paragraph in layout.paragraphs],
        options,
    )
    count = len(layout.captions)
    captions = tuple(
        _caption(lines[i], text) for i, text in zip(layout.captions, fields[:count], strict=True)
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
        headline = normalize_line(lines[layout.headline].text, options)
        headline = (
            _HEADLINE_LABEL.sub("", headline, count=1)
            if _HEADLINE_LABEL.match(headline)
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
        standfirst=normalize_line(lines[layout.standfirst].text, options)
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
