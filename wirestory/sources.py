"""Where dumps come from: paths, folders, standard input, compressed files.

Used by the command line and :mod:`wirestory.dask`; the parser itself only sees
an open binary file.
"""

from __future__ import annotations

import bz2
import codecs
import gzip
import io
import lzma
import os
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from wirestory.errors import PathAsTextWarning

__all__ = [
    "STDIN",
    "CountingReader",
    "compression_of",
    "decompressed",
    "expand_paths",
    "open_dump",
    "text_stream",
    "warn_if_path",
]

STDIN = "-"
"""The name that means standard input."""

_COMPRESSED: dict[str, Callable[..., Any]] = {
    ".gz": gzip.open,
    ".bz2": bz2.open,
    ".xz": lzma.open,
}
"""Suffix → opener; the files are decompressed as they are read, never whole."""
_MAGIC: tuple[tuple[bytes, Callable[..., Any]], ...] = (
    (b"\x1f\x8b", gzip.open),
    (b"BZh", bz2.open),
    (b"\xfd7zXZ\x00", lzma.open),
)
"""First bytes → opener: for standard input, files without a known suffix, and
open files given to :func:`~wirestory.iter_stories`."""
_BZ2_BLOCKS = (b"1AY&SY", b"\x17rE8P\x90")
"""What follows ``BZh`` and the block-size digit in a bzip2 file: a block's
magic (pi) or the end of stream (sqrt(pi)), so a text starting "BZh" is text."""


def compression_of(head: bytes) -> Callable[..., Any] | None:
    """The opener for compressed data starting with ``head`` (6 bytes or more
    are enough; 10 for bzip2), or None.

    >>> import gzip
    >>> compression_of(gzip.compress(b"x")) is gzip.open
    True
    >>> compression_of(b"BZh is not a bzip2 file") is None
    True
    """
    for magic, opener in _MAGIC:
        if head.startswith(magic):
            if opener is bz2.open and not (
                head[3:4] in (b"1", b"2", b"3", b"4", b"5", b"6", b"7", b"8", b"9")
                and head[4:10] in _BZ2_BLOCKS
            ):
                return None
            return opener
    return None


class _Prefixed(io.RawIOBase):
    """A binary file whose first bytes were already read: ``prefix``, then the rest."""

    def __init__(self, prefix: bytes, rest: IO[bytes]) -> None:
        super().__init__()
        self._prefix = memoryview(prefix)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._prefix:
            size = min(len(buffer), len(self._prefix))
            buffer[:size] = self._prefix[:size]
            self._prefix = self._prefix[size:]
            return size
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def decompressed(first: bytes, rest: IO[bytes]) -> IO[bytes] | None:
    """If ``first`` (the first block read from ``rest``) starts compressed data
    (gzip, bzip2, xz), a file of the decompressed bytes of ``first`` and the rest;
    else None. Decompressed as read, never whole."""
    opener = compression_of(first)
    if opener is None:
        return None
    file: IO[bytes] = opener(io.BufferedReader(_Prefixed(first, rest), 1 << 16), "rb")
    return file


def expand_paths(names: Iterable[str]) -> Iterator[str]:
    """Each name in order; a folder becomes the regular files below it,
    recursively, sorted by path, skipping hidden files and folders (names
    starting with ``.``) and anything that is not a regular file (a named pipe
    would block the run).

    A missing path is passed on as is: opening it raises the :class:`OSError`.
    """
    for name in names:
        if name != STDIN and os.path.isdir(name):
            found: list[str] = []
            for folder, folders, files in os.walk(name):
                folders[:] = [f for f in folders if not f.startswith(".")]
                found.extend(
                    path
                    for path in (os.path.join(folder, f) for f in files if not f.startswith("."))
                    if os.path.isfile(path)
                )
            yield from sorted(found, key=lambda path: Path(path).parts)
        else:
            yield name


class CountingReader(io.RawIOBase):
    """A binary file that counts the bytes read from it (for a progress bar)."""

    def __init__(self, raw: IO[bytes]) -> None:
        super().__init__()
        self._raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        # read1: at most one system call, so a pipe's data flows as it arrives.
        data = (
            self._raw.read1(len(buffer))
            if hasattr(self._raw, "read1")
            else self._raw.read(len(buffer))
        )
        size = len(data)
        buffer[:size] = data
        self.count += size
        return size


def _decompressing(raw: IO[bytes], name: str) -> IO[bytes]:
    opener = _COMPRESSED.get(Path(name).suffix.lower()) if name != STDIN else None
    if opener is None and isinstance(raw, io.BufferedReader):
        # No known suffix (or standard input): the first bytes say.
        opener = compression_of(raw.peek(10)[:10])
    if opener is None:
        return raw
    file: IO[bytes] = opener(raw, "rb")
    return file


@contextmanager
def open_dump(name: str) -> Iterator[tuple[IO[bytes], CountingReader]]:
    """Open a dump for reading as bytes, decompressing ``.gz``, ``.bz2`` and ``.xz``
    files, and gzip, bzip2 and xz data under any other name (by its first bytes).

    Yields the (decompressed) binary file and the counter of raw bytes read, so
    progress is measured against the size on disk. ``-`` is standard input.
    """
    raw: IO[bytes] = sys.stdin.buffer if name == STDIN else open(name, "rb")  # noqa: SIM115
    try:
        counter = CountingReader(raw)
        buffered = io.BufferedReader(counter, 1 << 16)
        yield _decompressing(buffered, name), counter
    finally:
        if name != STDIN:
            raw.close()


def text_stream(binary: IO[bytes], encoding: str) -> IO[str]:
    """The file decoded with a named encoding, line ends kept as they are
    (offsets stay true to the file). Invalid bytes raise :class:`UnicodeDecodeError`."""
    codecs.lookup(encoding)
    return io.TextIOWrapper(binary, encoding=encoding, errors="strict", newline="")


_LONGEST_PATH = 4096
"""Longer one-line texts are not looked up as paths (PATH_MAX on Linux)."""


def warn_if_path(function: str, text: str) -> None:
    """Warn when ``text``, given to ``function`` as text, is one line naming an
    existing file: ``iter_stories("dump.txt")`` parses the name, not the file.

    One ``stat`` call, only for a one-line text of at most 4096 characters; a name
    that cannot be a path (a NUL, a lone surrogate) is not one.
    """
    if not text or len(text) > _LONGEST_PATH or "\n" in text or "\r" in text:
        return
    if os.path.isfile(text):  # False, not an error, for what cannot be a path
        warnings.warn(
            PathAsTextWarning(
                f"{function}() got the text {text!r}, which names an existing file; "
                f"it is parsed as a one-line story. To read the file, use "
                f"wirestory.read_stories({text!r}) or pass pathlib.Path({text!r})"
            ),
            stacklevel=3,
        )
