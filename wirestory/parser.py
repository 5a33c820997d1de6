"""The entry points: text or a stream in, :class:`~wirestory.Story` objects out.

decode → lines → stories → roles (layouts) → enrich → assemble: each stage is a
pure function over the previous stage's output, so :func:`parse`, :func:`iter_stories` and
:func:`parse_story` differ only in where the lines come from.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import IO

from wirestory.assemble import story_of
from wirestory.collector import collection_paused
from wirestory.decode import text_blocks
from wirestory.errors import text_type_error
from wirestory.grouping import LineGroup, group_stories
from wirestory.lines import Line, split_lines
from wirestory.model import Story
from wirestory.options import ParseOptions
from wirestory.sources import warn_if_path

__all__ = ["iter_stories", "parse", "parse_story"]


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
    # The whole text is in hand and every story is kept: the collector,
    # paused while each story is assembled, is paused across the line
    # splitting and story grouping too, where its passes over the growing
    # list of lines and stories find no cycle to free.
    with collection_paused():
        return list(_stories(split_lines([text]), _options(options)))


def parse_story(chunk: str, *, options: ParseOptions | None = None) -> Story:
    """Parse text known to hold exactly one story (no splitting at blank runs).

    Offsets in the result are into ``chunk``.
    """
    if not isinstance(chunk, str):
        raise text_type_error("parse_story", chunk)
    warn_if_path("parse_story", chunk)
    # A chunk is read as a story of a text (split_stories' chunks read as
    # parse reads them): a byte order mark opening it is a character of its
    # first line, as it is past the text's start (decode() drops a file's).
    lines = split_lines([chunk], opens_text=False)
    return story_of(LineGroup(list(lines), overflow=False), _options(options))


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
            yield from _stories(split_lines(text_blocks(file, options)), options)
    elif hasattr(source, "read"):
        yield from _stories(split_lines(text_blocks(source, options)), options)
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


def _stories(lines: Iterator[Line], options: ParseOptions) -> Iterator[Story]:
    for group in group_stories(lines, options):
        # The collector is paused while a story is assembled, never across the yield.
        yield story_of(group, options)
