"""The one options object every stage of the pipeline reads."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from typing import Any, Literal

import attrs

from wirestory.knowledge import DEFAULT_KNOWLEDGE, Knowledge

__all__ = ["DatelineYear", "LayoutChoice", "ParseOptions", "QuotePolicy"]

LayoutChoice = Literal["auto", "marked", "wire", "headless", "page"]
"""How to read each story's layout; ``auto`` chooses per story."""

QuotePolicy = Literal["keep", "straight", "curly"]
"""How quotes and apostrophes come out of :func:`~wirestory.normalize`."""

DatelineYear = Literal["past", "nearest"]
"""Which year a dateline's month and day resolve to (:attr:`ParseOptions.dateline_year`)."""


def _shown(value: object) -> str:
    """A value as an error message shows it: its repr, cut to 60 characters."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _positive(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(
            f"ParseOptions.{attribute.name} must be a whole number of at least 1, "
            f"not {_shown(value)}"
        )
    if value < 1:
        raise ValueError(f"ParseOptions.{attribute.name} must be at least 1, not {value}")


def _flag(instance: object, attribute: attrs.Attribute[bool], value: object) -> None:
    if not isinstance(value, bool):
        raise TypeError(f"ParseOptions.{attribute.name} must be True or False, not {_shown(value)}")


def _one_of(*allowed: str) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """A validator that allows exactly ``allowed``, with a message that lists them
    (attrs' own ``in_`` raises a tuple holding an ``Attribute(...)`` repr)."""
    listed = ", ".join(repr(a) for a in allowed)

    def validate(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value not in allowed or not isinstance(value, str):
            raise ValueError(
                f"ParseOptions.{attribute.name} must be one of {listed}, not {_shown(value)}"
            )

    return validate


def _to_markers(value: Iterable[str]) -> tuple[str, ...]:
    """Any iterable of non-blank strings (a tuple, a list, a generator) → a tuple.

    A lone ``str`` is refused: iterating it would make each of its characters a
    marker, which is never what was meant.
    """
    if isinstance(value, str):
        raise TypeError(
            f"ParseOptions.markers must be an iterable of strings, not the str {_shown(value)}; "
            f"for one marker write markers=({value!r},)"
        )
    try:
        markers = tuple(value)
    except TypeError:
        raise TypeError(
            f"ParseOptions.markers must be an iterable of strings such as ('TT',), "
            f"not {type(value).__name__}"
        ) from None
    for marker in markers:
        if not isinstance(marker, str):
            raise TypeError(
                f"ParseOptions.markers must hold only strings, not {_shown(marker)} "
                f"({type(marker).__name__})"
            )
        if not marker.strip():
            raise ValueError(
                f"ParseOptions.markers must hold non-blank strings (a marker is a line's "
                f"stripped text), not {_shown(marker)}"
            )
    return markers


def _to_date(value: datetime.date | str | None) -> datetime.date | None:
    """``None``, a :class:`datetime.date`, or an ISO date string (``"2024-10-08"``)
    → a date; a :class:`datetime.datetime` gives its date."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(
                f"ParseOptions.reference_date must be an ISO date such as '2024-10-08', "
                f"not {_shown(value)}"
            ) from None
    raise TypeError(
        f"ParseOptions.reference_date must be a datetime.date, an ISO date string such as "
        f"'2024-10-08', or None, not {type(value).__name__}"
    )


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
    - ``markers=("TT",)``: a hint: marker lines a site prints where a story's
      header block ends; a line whose stripped text equals one closes the header
      (without one, a header shown again before the body is recognised whatever
      its marker line says). Any iterable of non-blank strings.
    - ``max_header_lines=24``: how far below the headline to look for a marker
      (24 lines cover eleven photos shown twice).
    - ``layout="auto"``: choose ``page``, ``marked``, ``wire`` or ``headless`` per
      story; force one when a feed is known.
    - ``reference_date=None``: the date the text was published (a ``date`` or ISO
      text), which gives a dateline's month and day (``Oct 19``) its year;
      without it no year is guessed.
    - ``dateline_year="past"``: that year makes the latest such date not after
      the reference; ``"nearest"`` takes the nearest one either side.
    - ``subheading_max_words=10``: a one-line paragraph of at most this many words,
      without closing punctuation, is a subheading.
    - ``max_line_chars=1_000_000``: a longer line is kept as a segment of role
      ``other`` (``line-too-long``), in no field and not normalized.
    - ``max_story_chars=10_000_000``: lines past this size of story are kept as
      ``other`` (``story-too-large``); it bounds the memory of streaming.
    - ``invalid_bytes="windows-1252"``: how lenient ``decode`` reads bytes that are
      not UTF-8: as Windows-1252 characters (nothing lost) or ``"replace"``
      (U+FFFD, the damage visible).
    - ``allow_binary=False``: bytes that look binary (a JPEG, a PDF, NUL bytes)
      raise ``BinaryInputError``; ``True`` parses them anyway.
    - ``knowledge=DEFAULT_KNOWLEDGE``: agencies, photo labels, month names, page
      furniture and the like, as one record a user extends with ``attrs.evolve``.
    """

    strict: bool = attrs.field(default=False, validator=_flag)
    """Raise :class:`~wirestory.ParseError` at the first problem instead of recording a
    :class:`~wirestory.Diagnostic`. Default ``False``: lenient mode never raises on a
    ``str``, which is what an unattended pipeline wants; strict mode is for checking
    that a feed still has the layout you expect."""

    quotes: QuotePolicy = attrs.field(
        default="keep", validator=_one_of("keep", "straight", "curly")
    )
    """``"keep"`` (default) leaves the publisher's typography alone, curly or straight;
    ``"straight"`` turns curly quotes and apostrophes into ASCII ``"`` and ``'``
    (easier to search, but loses the distinction between an apostrophe and a
    closing quote); ``"curly"`` turns straight ones into typographic ones
    (``Baghdad's`` → ``Baghdad’s``, ``"word"`` → ``“word”``, ``'90s`` → ``’90s``),
    so a feed mixing both comes out consistent; it guesses from context (what
    comes before and after each quote), so an unusual use of a straight quote,
    such as ``5'10"`` for feet and inches, gets a quote mark, not a prime."""

    markers: tuple[str, ...] = attrs.field(default=("TT",), converter=_to_markers)
    """Marker lines to expect at the end of a story's header block (the seed site
    prints ``TT`` there): a hint, not a requirement. A line whose stripped text
    equals one of these closes the header at once; without one, the layout is
    still recognised when the header is shown again before the body, and the
    short line between header and repeat is the marker whatever it says (see
    docs/layouts.md). Any iterable of non-blank strings is accepted
    (``["TT", "***"]``) and kept as a tuple; a lone string is refused, as its
    characters would each be a marker."""

    max_header_lines: int = attrs.field(default=24, validator=_positive)
    """How far below the headline to look for a marker line. The header holds the
    headline, an optional standfirst and each caption shown twice, so 24 lines
    covers eleven photos; a larger value costs look-ahead on every story start,
    a smaller one misses headers with many photos."""

    layout: LayoutChoice = attrs.field(
        default="auto",
        validator=_one_of("auto", "marked", "wire", "headless", "page"),
    )
    """Which layout to read each story with. ``"auto"`` (default) chooses per story:
    ``marked`` when a marker line closes the header or the header is shown again
    before the body (the seed site), else ``wire``
    when the first line looks like a headline (short, no closing full stop), else
    ``headless`` (everything is body; a dateline is still looked for in the first
    paragraphs); ``page`` before those two when the text has the marks of a whole
    web page (30 lines or more, with furniture phrases and menus; see
    :mod:`wirestory.layouts.page`). Force one when a feed is known, so an odd first line cannot
    change how a story is read."""

    reference_date: datetime.date | None = attrs.field(default=None, converter=_to_date)
    """The date the text was published or received: a :class:`datetime.date` or an
    ISO date string (``"2024-10-08"``; a :class:`datetime.datetime` gives its date).
    Datelines carry a month and day without a year (``Oct 19``); with a reference
    date they resolve to a date (:attr:`Dateline.date`) by the rule of
    :attr:`dateline_year`; without one ``date`` stays ``None`` rather than guess
    a year."""

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
        default="windows-1252", validator=_one_of("windows-1252", "replace")
    )
    """What lenient :func:`~wirestory.decode` does with bytes that are not UTF-8:
    ``"windows-1252"`` (default) decodes each as its Windows-1252 character, which
    is right for the commonest cause (old or mixed Windows files) and loses
    nothing; ``"replace"`` puts U+FFFD in their place, which is right for binary
    junk and makes the damage visible."""

    dateline_year: DatelineYear = attrs.field(default="past", validator=_one_of("past", "nearest"))
    """How a dateline's month and day get their year from :attr:`reference_date`.
    ``"past"`` (default): the latest such date not after the reference (``Jan 3``
    with a reference of 8 October 2024 is 3 January 2024), as news is filed
    before it is scraped or received. ``"nearest"``: the such date nearest the
    reference, before or after it (``Jan 3`` is then 3 January 2025), for a
    reference date that may lag the stories (a feed's start date, say)."""

    allow_binary: bool = attrs.field(default=False, validator=_flag)
    """Parse bytes that look binary. By default (``False``) a file or binary
    stream that starts with a known binary signature (JPEG, PNG, GIF, PDF, ZIP,
    ...) or has a NUL byte or a high share of control characters in its first
    8 KiB raises :class:`~wirestory.BinaryInputError`, as parsing it would give
    a story of gibberish without a word of warning (see :mod:`wirestory.binary`).
    ``True`` parses such bytes like any others. Text given as a ``str`` is never
    checked."""

    knowledge: Knowledge = attrs.field(
        default=DEFAULT_KNOWLEDGE, validator=attrs.validators.instance_of(Knowledge)
    )
    """What is known about news copy whatever the site: agencies, photo labels,
    month names, page furniture, byline openers, sentence ends (see
    :class:`~wirestory.Knowledge`). The default holds wirestory's own tables;
    extend them with :func:`attrs.evolve` to read an agency, a label or a
    language they lack. A larger table costs nothing per story (its patterns are
    compiled once per table), but each added word is one more that can turn
    ordinary text into a credit, a dateline or furniture."""
