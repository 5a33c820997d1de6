"""The errors wirestory raises: one base class, each subclass carrying a position.

Every error derives from :class:`WirestoryError`, itself a :class:`ValueError`, so
``except ValueError`` keeps working for callers who do not know this library.
Wrong argument *types* raise the built-in :class:`TypeError` instead, with a
message that says what to pass.
"""

from __future__ import annotations

__all__ = [
    "BinaryInputError",
    "DecodeError",
    "DecodeWarning",
    "ParseError",
    "PathAsTextWarning",
    "WirestoryError",
    "text_type_error",
]


class WirestoryError(ValueError):
    """Base class of every error wirestory raises about the *content* of its input.

    Attributes:
        msg: the problem, without position.
        offset: where it is, counted from 0 (characters in text, bytes in bytes).
        line: 1-based line of ``offset``.
        column: 1-based column of ``offset``.
    """

    def __init__(self, msg: str, *, offset: int, line: int, column: int) -> None:
        self.msg = msg
        self.offset = offset
        self.line = line
        self.column = column
        super().__init__(f"{msg} (at line {line}, column {column})")


class ParseError(WirestoryError):
    """Raised in strict mode (``ParseOptions(strict=True)``) at the first problem.

    The problems are the same ones lenient mode records as
    :class:`~wirestory.Diagnostic` objects; ``code`` says which.

    >>> err = ParseError("story has no body", code="no-body", offset=12, line=3, column=1)
    >>> str(err)
    'story has no body (at line 3, column 1)'
    """

    def __init__(self, msg: str, *, code: str, offset: int, line: int, column: int) -> None:
        self.code = code
        super().__init__(msg, offset=offset, line=line, column=column)


class DecodeError(WirestoryError):
    """Raised by :func:`~wirestory.decode` in strict mode when bytes are not valid UTF-8.

    ``offset`` counts bytes; ``line`` and ``column`` count lines and bytes.
    """


class BinaryInputError(WirestoryError):
    """Raised when a file or binary stream holds binary data, not text: a known
    binary signature at the start (JPEG, PNG, GIF, PDF, ZIP, ...), a NUL byte or a
    high share of control characters in its first 8 KiB.

    Parsing such bytes would give a story of gibberish without an error; parse them
    anyway with ``ParseOptions(allow_binary=True)`` (``--force`` on the command
    line). ``kind`` names what was found (``"JPEG image"``, ``"NUL byte"``,
    ``"control characters"``); ``offset`` counts bytes and points at it.

    >>> err = BinaryInputError("binary data, not text", kind="NUL byte", offset=6,
    ...                        line=1, column=7)
    >>> str(err)
    'binary data, not text (at line 1, column 7)'
    """

    def __init__(self, msg: str, *, kind: str, offset: int, line: int, column: int) -> None:
        self.kind = kind
        super().__init__(msg, offset=offset, line=line, column=column)


class PathAsTextWarning(UserWarning):
    """Issued by :func:`~wirestory.parse`, :func:`~wirestory.parse_story` and
    :func:`~wirestory.iter_stories` when the text they were given is one line that
    names an existing file: ``iter_stories("dump.txt")`` parses the *name* as a
    one-line story. Read the file with :func:`~wirestory.read_stories` (or pass a
    :class:`pathlib.Path`); if the text really is meant, silence the warning with
    :mod:`warnings` filters."""


class DecodeWarning(UserWarning):
    """Issued by :func:`~wirestory.decode` in lenient mode when it had to fall back.

    Lenient decoding never fails: bytes that are not valid UTF-8 are decoded as
    Windows-1252 (the commonest source of such bytes in news text), and this
    warning says where the first of them was. Turn it into an error with
    :mod:`warnings` filters, or pass ``ParseOptions(strict=True)``.
    """


def text_type_error(function: str, value: object) -> TypeError:
    """The TypeError for a function that takes text and was given something else;
    for bytes it names :func:`~wirestory.decode`, which is what the caller wants."""
    kind = type(value).__name__
    if isinstance(value, (bytes, bytearray, memoryview)):
        return TypeError(
            f"{function}() takes str, not {kind}; decode bytes first with wirestory.decode(data)"
        )
    return TypeError(f"{function}() takes str, not {kind}")
