"""The one options object every stage of the pipeline reads."""

from __future__ import annotations

from typing import Literal

import attrs

__all__ = ["ParseOptions", "QuotePolicy"]

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

    subheading_max_words: int = attrs.field(default=10, validator=_positive)
    """A one-line paragraph of at most this many words, without closing
    punctuation, is marked as a subheading (``Family's home raided``). Raising it
    risks taking short sentences without a full stop for subheadings."""
