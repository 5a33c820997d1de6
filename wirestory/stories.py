"""Cutting a dump into stories.

Stories are separated by runs of two or more blank lines. That alone would cut
a story of the seed layout in two where a page separates paragraphs with a line
holding only a no-break space (blank, NBSP line, blank: three blank-looking
lines inside one story). So once a story has shown the site's marker (``TT``)
in its header, a blank run ends it only if what follows starts a story of the
same layout: a headline followed, within ``ParseOptions.max_header_lines`` lines
and before the next blank run, by a marker line.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from itertools import islice
from typing import NamedTuple

from wirestory.errors import text_type_error
from wirestory.layouts import marked
from wirestory.lines import BLANK_CHARS, Line, split_lines
from wirestory.model import StoryChunk
from wirestory.options import ParseOptions

__all__ = ["LineGroup", "group_stories", "split_stories"]


class _Lookahead:
    """An iterator of lines that can peek ahead without consuming.

    Iterating gives the lines in order, peeked ones included; the per-line step
    is a generator's, not a Python method call (this sees every line of a dump).
    """

    def __init__(self, lines: Iterator[Line]) -> None:
        self._lines = lines
        self._ahead: deque[Line] = deque()

    def __iter__(self) -> Iterator[Line]:
        ahead, lines = self._ahead, self._lines
        while True:
            while ahead:
                yield ahead.popleft()
            for line in lines:
                yield line
                if ahead:
                    break  # the consumer peeked: replay those lines first
            else:
                return

    def ahead(self, count: int) -> deque[Line]:
        """The next ``count`` lines (fewer at the end), read but not consumed."""
        missing = count - len(self._ahead)
        if missing > 0:
            self._ahead.extend(islice(self._lines, missing))
        return self._ahead


def _starts_marked_story(lines: _Lookahead, line: Line, options: ParseOptions) -> bool:
    """Does ``line``, just taken from ``lines``, start a story of the marked
    layout: a headline whose header closes with a marker line? Asked of the
    marked layout's own ``detect``, so splitting and roles agree."""
    count = options.max_header_lines
    window = [line, *islice(lines.ahead(count), count)]
    found = marked.detect(window, 0, options)
    return found is not None and found.marker > 0


# A blank run this long ends a story whatever follows: no story holds that many
# blank lines in a row, and keeping them in memory while looking ahead would let
# a million blank lines cost a million records.
_MAX_BLANK_RUN = 64


class LineGroup(NamedTuple):
    """The lines of one story, or of the part of a story past ``max_story_chars``."""

    lines: list[Line]
    overflow: bool
    """True for lines past ``ParseOptions.max_story_chars``: kept, in no field."""


def group_stories(lines: Iterator[Line], options: ParseOptions) -> Iterator[LineGroup]:
    """Group physical lines into stories, dropping the blank separators.

    Each group runs from a story's first non-blank line to its last. A line
    longer than ``max_line_chars`` stays in its story (the role rules set it
    aside as ``other``); one longer than ``max_story_chars`` overflows. A story growing
    past ``max_story_chars`` is cut there; the rest of it comes in groups marked
    ``overflow``. Memory is bounded by ``max_story_chars`` plus
    ``max_header_lines`` of look-ahead.
    """
    source = _Lookahead(lines)
    story: list[Line] = []
    blanks: list[Line] = []
    marked_header = overflow = False
    header_lines = size = 0
    markers = options.markers
    max_story_chars = options.max_story_chars
    max_header_lines = options.max_header_lines
    for line in source:
        # is_blank() and marked.is_marker() inlined: this loop sees every line of a dump.
        if not line.text.strip(BLANK_CHARS):
            if not story:
                continue  # a separator before the first story or after a cut
            if blanks and (not marked_header or len(blanks) >= _MAX_BLANK_RUN):
                # Second blank line of a run in a story without a marker (or a
                # run no story holds): a cut, whatever follows. Yield now so a
                # long blank run costs no memory.
                yield LineGroup(story, overflow)
                story, blanks, marked_header, overflow, header_lines, size = (
                    [],
                    [],
                    False,
                    False,
                    0,
                    0,
                )
                continue
            blanks.append(line)
            continue
        if blanks:
            if story and len(blanks) >= 2 and _starts_marked_story(source, line, options):
                yield LineGroup(story, overflow)
                story, blanks, marked_header, overflow, header_lines, size = (
                    [],
                    [],
                    False,
                    False,
                    0,
                    0,
                )
                added = line.end - line.start
            else:
                added = line.end - blanks[0].start
        else:
            added = line.end - line.start
        if story and size + added > max_story_chars:
            yield LineGroup(story, overflow)
            story, overflow, size = [], True, 0
        if blanks:
            story += blanks
            blanks.clear()
        story.append(line)
        size += added
        if not marked_header and header_lines < max_header_lines:
            header_lines += 1
            marked_header = line.text.strip() in markers
    if story:
        yield LineGroup(story, overflow)


def split_stories(text: str, *, options: ParseOptions | None = None) -> list[StoryChunk]:
    """The raw story chunks of a dump, with their offsets in ``text``.

    The text between chunks is blank lines only (the separators); chunks plus
    separators rebuild ``text`` exactly.

    >>> dump = "First\\n\\nOne.\\n\\n\\nSecond\\n\\nTwo.\\n"
    >>> for chunk in split_stories(dump):
    ...     print(chunk.start, chunk.line, repr(chunk.text))
    0 1 'First\\n\\nOne.\\n'
    14 6 'Second\\n\\nTwo.\\n'
    """
    if not isinstance(text, str):
        raise text_type_error("split_stories", text)
    options = options or ParseOptions()
    return [
        StoryChunk(
            text[group[0].start : group[-1].end], group[0].start, group[-1].end, group[0].number
        )
        for group, _ in group_stories(split_lines([text]), options)
    ]
