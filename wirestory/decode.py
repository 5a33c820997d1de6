"""Bytes to text: UTF-8 first, Windows-1252 for the bytes that are not UTF-8.

News dumps are UTF-8 almost always; the exceptions are old files saved as
Windows-1252 or Latin-1, or UTF-8 files with a few pasted-in 1252 bytes
(``caf\\xe9``). Decoding each invalid byte as Windows-1252 (undefined 1252
bytes as Latin-1, ftfy's "sloppy" variant) loses nothing, keeps the valid UTF-8
around it, and leaves any mojibake to ftfy's repair in :func:`~wirestory.normalize`.
"""

from __future__ import annotations

import codecs
import re
import warnings
from collections.abc import Iterable, Iterator

import ftfy.bad_codecs  # noqa: F401  (registers the "sloppy-windows-1252" codec)

from wirestory.errors import DecodeError, DecodeWarning
from wirestory.options import ParseOptions

__all__ = ["decode"]

# surrogateescape turns each invalid byte 0x80..0xFF into U+DC80..U+DCFF; this
# table turns those into the byte's Windows-1252 character, at C speed.
_ESCAPED_TO_1252 = {
    0xDC00 + byte: bytes([byte]).decode("sloppy-windows-1252") for byte in range(0x80, 0x100)
}
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _position(data: bytes, offset: int) -> tuple[int, int]:
    line_start = data.rfind(b"\n", 0, offset) + 1
    return data.count(b"\n", 0, offset) + 1, offset - line_start + 1


def _invalid_utf8(data: bytes) -> int | None:
    """Byte offset of the first invalid UTF-8 sequence, or None."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start
    return None


def _report(
    data: bytes, offset: int, options: ParseOptions, stream: tuple[int, int, int] = (0, 0, 0)
) -> None:
    """Raise (strict) or warn (lenient) about the invalid byte at ``data[offset]``.

    ``stream`` is, for a block of a stream, the bytes before it, the line feeds
    before it, and the offset where its first (partial) line began.
    """
    consumed, newlines, line_start = stream
    line, column = _position(data, offset)
    if line == 1:
        column += consumed - line_start
    line += newlines
    offset += consumed
    msg = f"invalid UTF-8 at byte {offset}"
    if options.strict:
        raise DecodeError(msg, offset=offset, line=line, column=column)
    warnings.warn(
        DecodeWarning(f"{msg} (line {line}, column {column}); decoded as Windows-1252"),
        stacklevel=3,
    )


def decode(data: bytes, *, options: ParseOptions | None = None) -> str:
    """Decode a dump's bytes to text.

    UTF-8, with or without a BOM (the BOM is dropped), is decoded as is; UTF-16
    with a BOM is recognised. Bytes that are not valid UTF-8 raise
    :class:`~wirestory.DecodeError` in strict mode; in lenient mode (the default)
    each is decoded as its Windows-1252 character and a
    :class:`~wirestory.DecodeWarning` names the first one's position.

    >>> decode("café".encode())
    'café'
    >>> import warnings
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     decode(b"caf\\xe9 \\x93quoted\\x94")
    'café “quoted”'
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"decode() takes bytes, not {type(data).__name__}; str is already text")
    options = options or ParseOptions()
    data = bytes(data)
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            _report(data, error.start, options)
            return data.decode("utf-16", "replace")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    bad = _invalid_utf8(data)
    if bad is None:
        return data.decode("utf-8")
    _report(data, bad, options)
    return data.decode("utf-8", "surrogateescape").translate(_ESCAPED_TO_1252)


def iter_decoded(blocks: Iterable[bytes], options: ParseOptions) -> Iterator[str]:
    """Decode a stream of byte blocks the way :func:`decode` decodes one ``bytes``.

    Used by :func:`~wirestory.iter_stories` on files, so a dump never has to be
    in memory whole. Multi-byte characters split across blocks are handled by
    the incremental decoder.
    """
    decoder: codecs.IncrementalDecoder | None = None
    consumed = newlines = line_start = 0
    reported = False
    for block in blocks:
        if decoder is None:
            if not block:
                continue
            if block.startswith(_UTF16_BOMS):
                decoder = codecs.getincrementaldecoder("utf-16")("replace")
            else:
                decoder = codecs.getincrementaldecoder("utf-8-sig")("surrogateescape")
        text = decoder.decode(block)
        # translate() walks every character (~15 MB/s): only when needed.
        escaped = _ESCAPED_BYTE.search(text) is not None
        if escaped and not reported:
            bad = _invalid_utf8(block)
            # Exact unless the bad sequence is cut by the block boundary, when
            # the block's start is named instead.
            _report(block, bad if bad is not None else 0, options, (consumed, newlines, line_start))
            reported = True
        last_newline = block.rfind(b"\n")
        if last_newline >= 0:
            line_start = consumed + last_newline + 1
            newlines += block.count(b"\n")
        consumed += len(block)
        yield text.translate(_ESCAPED_TO_1252) if escaped else text
    if decoder is not None:
        tail = decoder.decode(b"", final=True)
        if not reported and _ESCAPED_BYTE.search(tail):
            _report(b"", 0, options, (consumed, newlines, line_start))
        if tail:
            yield tail.translate(_ESCAPED_TO_1252) if _ESCAPED_BYTE.search(tail) else tail
