"""The one options object every stage of the pipeline reads."""

from __future__ import annotations

import datetime
from typing import Literal

import attrs

__all__ = ["LayoutChoice", "ParseOptions", "QuotePolicy"]

LayoutChoice = Literal["auto", "marked", "wire", "headless", "page"]
"""How to read each story's layout; ``auto`` chooses per story."""

QuotePolicy = Literal["keep", "straight", "curly"]
"""How quotes and apostrophes come out of :func:`~wirestory.normalize`."""


def _positive(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 1:
        raise ValueError(f"ParseOptions.{attribute.name} must be at least 1, not {value}")


def _markers(instance: object, attribute: attrs.Attribute[tuple[str, ...]], value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(m, str) and m.strip() for m in value):
        raise TypeError("ParseOptions.markers must be a tuple of non-blank strings, e.g. ('TT',)")


@attrs.frozen
class ParseOptions:
    """How to parse: one frozen object, passed by keyword to every function.

    Make variants with :func:`attrs.evolve`::

        >>> import attrs
        >>> strict = attrs.evolve(ParseOptions(), strict=True)
        >>> strict.strict, strict.quotes
        (True, 'keep')

    Every default below is chosen for the seed layout (a headline, captions, a
    ``TT`` marker, the site's repeat of headline and captions, then the body)
    and degrades gracefully on text without those parts.

    Options, with their defaults (each attribute's own docstring gives the
    trade-off in full):

    - ``strict=False``: raise ``ParseError`` at the first problem instead of
      recording a ``Diagnostic``; lenient mode never raises on a ``str``.
    - ``quotes="keep"``: leave the publisher's quotes alone; ``"straight"`` makes
      them ASCII (easier to search, apostrophe and closing quote look alike),
      ``"curly"`` makes them typographic, guessing each from its context.
    - ``markers=("TT",)``: the marker lines a site prints where a story's header
      block ends; a line whose stripped text equals one closes the header.
    - ``max_header_lines=24``: how far below the headline to look for a marker
      (24 lines cover eleven photos shown twice).
    - ``layout="auto"``: choose ``page``, ``marked``, ``wire`` or ``headless`` per
      story; force one when a feed is known.
    - ``reference_date=None``: the date the text was published, which gives a
      dateline's month and day (``Oct 19``) its year; without it no year is guessed.
    - ``subheading_max_words=10``: a one-line paragraph of at most this many words,
      without closing punctuation, is a subheading.
    - ``max_line_chars=1_000_000``: a longer line is kept as a segment of role
      ``other`` (``line-too-long``), in no field and not normalized.
    - ``max_story_chars=10_000_000``: lines past this size of story are kept as
      ``other`` (``story-too-large``); it bounds the memory of streaming.
    - ``invalid_bytes="windows-1252"``: how lenient ``decode`` reads bytes that are
      not UTF-8: as Windows-1252 characters (nothing lost) or ``"replace"``
      (U+FFFD, the damage visible).
    """

    strict: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    """Raise :class:`~wirestory.ParseError` at the first problem instead of recording a
    :class:`~wirestory.Diagnostic`. Default ``False``: lenient mode never raises on a
    ``str``, which is what an unattended pipeline wants; strict mode is for checking
    that a feed still has the layout you expect."""

    quotes: QuotePolicy = attrs.field(
        default="keep", validator=attrs.validators.in_(("keep", "straight", "curly"))
    )
    """``"keep"`` (default) leaves the publisher's typography alone, curly or straight;
    ``"straight"`` turns curly quotes and apostrophes into ASCII ``"`` and ``'``
    (easier to search, but loses the distinction between an apostrophe and a
    closing quote); ``"curly"`` turns straight ones into typographic ones
    (``Baghdad's`` → ``Baghdad’s``, ``"word"`` → ``“word”``, ``'90s`` → ``’90s``),
    so a feed mixing both comes out consistent; it guesses from context (what
    comes before and after each quote), so an unusual use of a straight quote,
    such as ``5'10"`` for feet and inches, gets a quote mark, not a prime."""

    markers: tuple[str, ...] = attrs.field(default=("TT",), validator=_markers)
    """Lines that mark the end of a story's header block (the seed site prints
    ``TT`` there). A line is a marker when its stripped text equals one of these
    exactly. A site with another marker is data here, not a code change."""

    max_header_lines: int = attrs.field(default=24, validator=_positive)
    """How far below the headline to look for a marker line. The header holds the
    headline, an optional standfirst and each caption shown twice, so 24 lines
    covers eleven photos; a larger value costs look-ahead on every story start,
    a smaller one misses headers with many photos."""

    layout: LayoutChoice = attrs.field(
        default="auto",
        validator=attrs.validators.in_(("auto", "marked", "wire", "headless", "page")),
    )
    """Which layout to read each story with. ``"auto"`` (default) chooses per story:
    ``marked`` when a marker line closes the header (the seed site), else ``wire``
    when the first line looks like a headline (short, no closing full stop), else
    ``headless`` (everything is body; a dateline is still looked for in the first
    paragraphs); ``page`` before those two when the text has the marks of a whole
    web page (30 lines or more, with furniture phrases and menus; see
    :mod:`wirestory.page`). Force one when a feed is known, so an odd first line cannot
    change how a story is read."""

    reference_date: datetime.date | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(attrs.validators.instance_of(datetime.date)),
    )
    """The date the text was published or received. Datelines carry a month and day
    without a year (``Oct 19``); with a reference date they resolve to the nearest
    such date (:attr:`Dateline.date`), without one ``date`` stays ``None`` rather
    than guess a year."""

    subheading_max_words: int = attrs.field(default=10, validator=_positive)
    """A one-line paragraph of at most this many words, without closing
    punctuation, is marked as a subheading (``Family's home raided``). Raising it
    risks taking short sentences without a full stop for subheadings."""

    max_line_chars: int = attrs.field(default=1_000_000, validator=_positive)
    """The longest line read as text (default one million characters). A longer
    line — a whole site saved on one line, binary junk — is kept as a segment of
    role ``other`` with a ``line-too-long`` diagnostic, in no field, and is not
    normalized: repairing megabytes that hold no story would only cost time."""

    max_story_chars: int = attrs.field(default=10_000_000, validator=_positive)
    """The largest story (default ten million characters, a hundred times a long
    feature). Lines past it, up to the next story, are kept as segments of role
    ``other`` with a ``story-too-large`` diagnostic, in no field; streaming memory
    is bounded by this."""

    invalid_bytes: Literal["windows-1252", "replace"] = attrs.field(
        default="windows-1252", validator=attrs.validators.in_(("windows-1252", "replace"))
    )
    """What lenient :func:`~wirestory.decode` does with bytes that are not UTF-8:
    ``"windows-1252"`` (default) decodes each as its Windows-1252 character, which
    is right for the commonest cause (old or mixed Windows files) and loses
    nothing; ``"replace"`` puts U+FFFD in their place, which is right for binary
    junk and makes the damage visible."""
