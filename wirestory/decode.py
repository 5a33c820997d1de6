"""Bytes to text: UTF-8 first, Windows-1252 for the bytes that are not UTF-8.

News dumps are UTF-8 almost always; the exceptions are old files saved as
Windows-1252 or Latin-1, or UTF-8 files with a few pasted-in 1252 bytes
(``caf\\xe9``). Decoding each invalid byte as Windows-1252 (undefined 1252
bytes as Latin-1, ftfy's "sloppy" variant) loses nothing, keeps the valid UTF-8
around it, and leaves any mojibake to ftfy's repair in :func:`~wirestory.normalize`.
"""

from __future__ import annotations

import codecs
import itertools
import re
import warnings
from collections.abc import Iterable, Iterator
from typing import IO, Any

import ftfy.bad_codecs  # noqa: F401  (registers the "sloppy-windows-1252" codec)

from wirestory.binary import check_text
from wirestory.errors import DecodeError, DecodeWarning
from wirestory.options import ParseOptions
from wirestory.sources import decompressed

__all__ = ["decode", "iter_decoded", "text_blocks"]

# surrogateescape turns each invalid byte 0x80..0xFF into U+DC80..U+DCFF; this
# table turns those into the byte's Windows-1252 character, at C speed.
_ESCAPED_TO_1252 = {
    0xDC00 + byte: bytes([byte]).decode("sloppy-windows-1252") for byte in range(0x80, 0x100)
}
# Linear: a single character class.
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _position(data: bytes, offset: int) -> tuple[int, int]:
    line_start = data.rfind(b"\n", 0, offset) + 1
    return data.count(b"\n", 0, offset) + 1, offset - line_start + 1


def _invalid_offsets(data: bytes, limit: int) -> list[int]:
    """Byte offsets of the first ``limit`` invalid UTF-8 sequences.

    Each step decodes from the last error on (a memoryview, so nothing is
    copied); ``limit`` bounds the steps, so the work is at most ``limit``
    passes over the data.
    """
    view = memoryview(data)
    offsets: list[int] = []
    position = 0
    while len(offsets) < limit and position < len(data):
        try:
            codecs.utf_8_decode(view[position:], "strict", True)
        except UnicodeDecodeError as error:
            offsets.append(position + error.start)
            position += error.end
        else:
            break
    return offsets


_LISTED_OFFSETS = 10


def _decode_error(
    data: bytes, offset: int, stream: tuple[int, int, int], encoding: str = "UTF-8"
) -> DecodeError:
    """The error for an invalid byte at ``data[offset]``, positioned in the whole
    stream: ``stream`` is the bytes and line feeds before ``data``, and the
    offset where its first (partial) line began."""
    consumed, newlines, line_start = stream
    line, column = _position(data, offset)
    if line == 1:
        column += consumed - line_start
    return DecodeError(
        f"invalid {encoding} at byte {offset + consumed}",
        offset=offset + consumed,
        line=line + newlines,
        column=column,
    )


def _report(
    data: bytes,
    offsets: list[int],
    count: int,
    options: ParseOptions,
    stream: tuple[int, int, int] = (0, 0, 0),
) -> None:
    """Raise (strict) or warn (lenient) about invalid bytes, the first at
    ``data[offsets[0]]``; ``count`` is how many bytes were invalid in all."""
    error = _decode_error(data, offsets[0], stream)
    if options.strict:
        raise error
    consumed = stream[0]
    listed = ", ".join(str(o + consumed) for o in offsets[:_LISTED_OFFSETS])
    more = f" and {count - len(offsets)} more" if count > len(offsets) else ""
    how = "as Windows-1252" if options.invalid_bytes == "windows-1252" else "as U+FFFD"
    warnings.warn(
        DecodeWarning(
            f"{error.msg} (line {error.line}, column {error.column}); "
            f"{count} invalid byte(s) decoded {how}, "
            f"at byte offsets {listed}{more}"
        ),
        stacklevel=3,
    )


def _fix_escaped(text: str, options: ParseOptions) -> str:
    """Turn surrogate-escaped invalid bytes into what the options ask for."""
    if options.invalid_bytes == "windows-1252":
        return text.translate(_ESCAPED_TO_1252)
    return _ESCAPED_BYTE.sub("\ufffd", text)


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
            if options.strict:
                raise _decode_error(data, error.start, (0, 0, 0), "UTF-16") from error
            _report(data, [error.start], 1, options)
            return data.decode("utf-16", "replace")
    skip = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    data = data[skip:]
    offsets = _invalid_offsets(data, _LISTED_OFFSETS)
    if not offsets:
        return data.decode("utf-8")
    text = data.decode("utf-8", "surrogateescape")
    # Offsets count the caller's bytes, the BOM included.
    _report(data, offsets, len(_ESCAPED_BYTE.findall(text)), options, (skip, 0, 0))
    return _fix_escaped(text, options)


def _has_escaped_bytes(text: str) -> bool:
    """Does decoded text hold a byte the UTF-8 decoder escaped (``U+DC80..U+DCFF``)?

    The only surrogates in decoded text are such bytes, and encoding to UTF-8
    fails on a surrogate: at ~1 GB/s it is a faster test than a search.
    """
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def iter_decoded(blocks: Iterable[bytes], options: ParseOptions) -> Iterator[str]:
    """Decode a stream of byte blocks the way :func:`decode` decodes one ``bytes``.

    Used by :func:`~wirestory.iter_stories` on files, so a dump never has to be
    in memory whole. Multi-byte characters split across blocks are handled by
    the incremental decoder. Offsets in warnings and errors count bytes of the
    whole stream, a BOM included.
    """
    source = iter(blocks)
    head = b""
    for block in source:
        head += block
        if len(head) >= len(codecs.BOM_UTF8):
            break
    if not head:
        return
    decoder: codecs.IncrementalDecoder
    if head.startswith(_UTF16_BOMS):
        decoder = codecs.getincrementaldecoder("utf-16")("strict" if options.strict else "replace")
        encoding, skip = "UTF-16", 0
    else:
        # Not the "utf-8-sig" decoder: it silently drops a stream that is only
        # the first byte or two of a BOM.
        decoder = codecs.getincrementaldecoder("utf-8")("surrogateescape")
        encoding, skip = "UTF-8", len(codecs.BOM_UTF8) if head.startswith(codecs.BOM_UTF8) else 0
    consumed, newlines, line_start = skip, 0, 0
    reported = False

    def decoded(block: bytes, final: bool) -> str:
        nonlocal reported
        stream = (consumed, newlines, line_start)
        try:
            text = decoder.decode(block, final)
        except UnicodeDecodeError as error:  # only the strict UTF-16 decoder raises
            raise _decode_error(block, max(0, error.start), stream, encoding) from error
        # The search and translate() walk every character: only when needed.
        if not _has_escaped_bytes(text):
            return text
        if not reported:
            # Exact unless the bad sequence is cut by the block boundary, when
            # the block's start is named instead. Streams report the first
            # invalid block only: counting all would hold the warning back to
            # the end of a file that may never end.
            offsets = _invalid_offsets(block, _LISTED_OFFSETS) or [0]
            _report(block, offsets, len(_ESCAPED_BYTE.findall(text)), options, stream)
            reported = True
        return _fix_escaped(text, options)

    for block in itertools.chain([head[skip:]], source):
        text = decoded(block, False)
        last_newline = block.rfind(b"\n")
        if last_newline >= 0:
            line_start = consumed + last_newline + 1
            newlines += block.count(b"\n")
        consumed += len(block)
        if text:
            yield text
    tail = decoded(b"", True)
    if tail:
        yield tail


BLOCK_SIZE = 1 << 20
"""How much of a file :func:`text_blocks` reads at a time (1 MiB)."""


def text_blocks(file: IO[Any], options: ParseOptions) -> Iterator[str]:
    """The text of an open file, text or binary, in blocks of ``BLOCK_SIZE``;
    binary files are decoded as :func:`iter_decoded` does, after gzip, bzip2 or
    xz data is decompressed (recognised by its first bytes) and the first block
    is checked for being text (:func:`~wirestory.binary.check_text`, unless
    ``options.allow_binary``)."""
    first = file.read(BLOCK_SIZE)
    if isinstance(first, str):
        yield first
        yield from iter(lambda: file.read(BLOCK_SIZE), "")
        return
    inflated = decompressed(first, file)
    if inflated is not None:
        file = inflated
        first = file.read(BLOCK_SIZE)
    if not options.allow_binary:
        check_text(first)

    def byte_blocks() -> Iterable[bytes]:
        yield first
        yield from iter(lambda: file.read(BLOCK_SIZE), b"")

    yield from iter_decoded(byte_blocks(), options)
