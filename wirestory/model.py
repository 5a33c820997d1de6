"""The data model: frozen, slotted records, each knowing where it came from.

Offsets are character offsets into the string given to :func:`~wirestory.parse`
(or the text read from the source given to :func:`~wirestory.iter_stories`),
end-exclusive; lines are 1-based.
"""

from __future__ import annotations

import enum
from collections import deque
from collections.abc import Mapping, Sequence
from itertools import repeat
from typing import Any, Literal

import attrs

from wirestory.bylines import Byline
from wirestory.datelines import Dateline
from wirestory.records import SCHEMA, SPAN_ONLY_STORY_FIELDS, build_record, plain
from wirestory.trailers import Contributor

__all__ = [
    "Caption",
    "Diagnostic",
    "LayoutName",
    "Role",
    "Segment",
    "Story",
    "StoryChunk",
]

LayoutName = Literal["marked", "wire", "headless", "page"]
"""The layouts a story can have (see :attr:`ParseOptions.layout`)."""


class Role(str, enum.Enum):
    """What one input line is to its story.

    The value is the lower-case name, which is what JSON output shows.
    """

    HEADLINE = "headline"
    """The story's headline: its first non-blank line."""
    STANDFIRST = "standfirst"
    """A one-sentence subtitle between headline and captions that the site's repeat
    leaves out."""
    CAPTION = "caption"
    """A photo caption, usually ending in its credit: ``... in Iraq. (AFP)``."""
    MARKER = "marker"
    """The site's marker line that closes the header block (``TT``)."""
    FURNITURE = "furniture"
    """Page furniture kept for losslessness but in no field, such as the number line
    some pages print right after the marker, or a web page's menus, share bars and
    footer (the segment's ``rule`` says why)."""
    DUPLICATE = "duplicate"
    """A line the site shows again: the second display of a caption, or the repeated
    headline and captions below the marker."""
    DATELINE = "dateline"
    """The dateline opening the first paragraph (``WASHINGTON (AP) —``): a segment
    of its own, cut from the start of its line."""
    BYLINE = "byline"
    """A byline line (``By Jane Doe``) or the organisation line under it."""
    ADVISORY = "advisory"
    """A wire advisory above an updated story (``(Adds reaction in paragraph 3)``)."""
    TRAILER = "trailer"
    """A line after the story: contributors, copyright, sign-off, separator, notes."""
    SUBHEADING = "subheading"
    """A short label between body paragraphs (``Family's home raided``); it stays in
    :attr:`Story.body` and its index is in :attr:`Story.subheading_indices`."""
    BODY = "body"
    """A line of a body paragraph (a hard-wrapped paragraph spans several lines)."""
    BLANK = "blank"
    """A line holding only white space."""
    OTHER = "other"
    """A line no rule claimed (a diagnostic says why)."""


@attrs.frozen
class Segment:
    """A piece of the input and the role it plays: one physical line with its
    terminator, except that a dateline is cut from the start of its line into a
    segment of its own.

    The segments of all stories, with the blank separators between stories (see
    :func:`~wirestory.split_stories`), rebuild the input exactly.
    """

    role: Role
    """What the line is."""
    start: int
    """Offset of the segment's first character."""
    end: int
    """Offset just past the segment (past the line's terminator, ``\\n``, ``\\r\\n``,
    ``\\r`` or U+2028, when it ends a line)."""
    line: int
    """1-based line number."""
    rule: str
    """Name of the rule that gave the role, for explaining a parse."""


# Slot setters of Segment, in field order: they write a slot of a new instance
# directly, as the attrs-generated __init__ does through object.__setattr__.
_SEGMENT_SLOTS = tuple(Segment.__dict__[field.name].__set__ for field in attrs.fields(Segment))
_new_instance = object.__new__


def segments_from_columns(
    roles: Sequence[Role],
    starts: Sequence[int],
    ends: Sequence[int],
    lines: Sequence[int],
    rules: Sequence[str],
) -> list[Segment]:
    """``[Segment(*fields) for fields in zip(roles, starts, ends, lines, rules)]``,
    a third faster: a story has a segment per line, and calling the generated
    ``__init__`` once per segment was a tenth of the time of a parse. Each
    column is written in one ``map`` over the new instances, at C speed.
    """
    if not len(roles) == len(starts) == len(ends) == len(lines) == len(rules):
        raise ValueError("segment columns differ in length")
    segments = list(map(_new_instance, repeat(Segment, len(roles))))
    for set_slot, column in zip(_SEGMENT_SLOTS, (roles, starts, ends, lines, rules), strict=True):
        deque(map(set_slot, segments, column), maxlen=0)
    return segments


@attrs.frozen
class Diagnostic:
    """A problem found in lenient mode (strict mode raises it as a ParseError).

    Every code, with its severity and meaning, is in
    :data:`wirestory.diagnostics.CODES` and listed in docs/diagnostics.md.
    """

    code: str
    """Stable identifier of the kind of problem, a key of
    :data:`wirestory.diagnostics.CODES` (``repeat-differs``, ``no-body``...)."""
    message: str
    """What is wrong, for a person."""
    offset: int
    """Where, as a character offset."""
    line: int
    """1-based line of ``offset``."""
    column: int
    """1-based column of ``offset``."""


@attrs.frozen
class Caption:
    """A photo caption, its credit split off.

    >>> Caption(text="A US soldier in Iraq.", credit="AFP", start=0, end=28, line=3).credit
    'AFP'
    """

    text: str
    """The caption without its credit, normalized."""
    credit: str | None
    """Who the photo is credited to, as written (``AFP``, ``REUTERS/Khaled Abdullah``,
    ``Moroccan Foreign Ministry``), without parentheses; ``None`` when there is none."""
    start: int
    """Offset of the caption's first display line."""
    end: int
    """Offset just past that line."""
    line: int
    """1-based line of that line."""
    agency: str | None = None
    """The credit's agency by canonical name (``Agence France-Presse``), or None."""
    photographer: str | None = None
    """The photographer named in the credit, as written, or None."""
    source: str | None = None
    """Another source named in the credit (a newspaper, a ministry), or None."""


@attrs.frozen
class StoryChunk:
    """The raw text of one story, as cut out of a dump by :func:`~wirestory.split_stories`."""

    text: str
    """The story's lines, from its first non-blank line to its last, with terminators."""
    start: int
    """Offset of ``text`` in the dump."""
    end: int
    """Offset just past ``text`` in the dump."""
    line: int
    """1-based line of ``start`` in the dump."""


@attrs.frozen
class Story:
    """One story: the fields a reader wants, and the segments that prove nothing was lost."""

    headline: str
    """The headline, normalized (empty only when the story has none; a diagnostic says so)."""
    captions: tuple[Caption, ...]
    """Photo captions in order, each once however often the page shows it."""
    marker: str | None
    """The site's marker line (``TT``, or whatever short line stands between the
    header and its repeat), or ``None``."""
    body: tuple[str, ...]
    """Body paragraphs, normalized; hard-wrapped lines are joined with one space."""
    segments: tuple[Segment, ...]
    """Every input line of the story with its role, in order and contiguous."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """Problems found in lenient mode."""
    standfirst: str | None = None
    """A subtitle below the headline that is not a caption, or ``None``."""
    subheading_indices: tuple[int, ...] = ()
    """Indices into :attr:`body` of the paragraphs that are subheadings."""
    layout: LayoutName = "marked"
    """Which layout the story was read with: ``marked`` (the seed's headline,
    captions and marker), ``wire`` (headline, byline, dateline-led body), or
    ``headless`` (no headline found: all body), or ``page`` (the whole text of a
    web page: the story found among the site's furniture)."""
    dateline: Dateline | None = None
    """The dateline, removed from the first body paragraph, or None."""
    byline: Byline | None = None
    """The byline, or None."""
    contributors: tuple[Contributor, ...] = ()
    """People credited in trailers (reporting, writing, editing, contributing)."""
    copyright: str | None = None
    """The copyright line, normalized, or None."""
    notes: tuple[str, ...] = ()
    """Advisories and notes kept out of the body, normalized."""

    @property
    def start(self) -> int:
        """Offset of the story's first line."""
        return self.segments[0].start if self.segments else 0

    @property
    def end(self) -> int:
        """Offset just past the story's last line."""
        return self.segments[-1].end if self.segments else 0

    def to_dict(self, *, with_spans: bool = False) -> dict[str, Any]:
        """The story as plain JSON-ready data in the ``wirestory/1`` schema (what the
        command line prints); see :func:`wirestory.export.to_dict`.

        >>> story = Story(headline="Rain", captions=(), marker=None, body=("Wet.",), segments=())
        >>> data = story.to_dict()
        >>> data["schema"], data["headline"]
        ('wirestory/1', 'Rain')
        """
        data: dict[str, Any] = {"schema": SCHEMA}
        for field in attrs.fields(Story):
            if with_spans or field.name not in SPAN_ONLY_STORY_FIELDS:
                data[field.name] = plain(getattr(self, field.name), with_spans)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Story:
        """The story a :meth:`to_dict` record describes; see
        :func:`wirestory.export.story_from_dict`."""
        if not isinstance(data, Mapping):
            raise TypeError(
                f"story_from_dict() takes a dict (a to_dict record), not {type(data).__name__}"
            )
        schema = data.get("schema", SCHEMA)
        if schema != SCHEMA:
            raise ValueError(f"cannot read schema {schema!r}; this wirestory reads {SCHEMA!r}")
        story: Story = build_record(cls, data, "story")
        return story
