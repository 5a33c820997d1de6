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
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

__all__ = ["STDIN", "CountingReader", "expand_paths", "open_dump", "text_stream"]

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
"""Standard input has no suffix: it is recognised by its first bytes."""


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
    if opener is None and name == STDIN and isinstance(raw, io.BufferedReader):
        head = raw.peek(6)
        opener = next((o for magic, o in _MAGIC if head.startswith(magic)), None)
    if opener is None:
        return raw
    file: IO[bytes] = opener(raw, "rb")
    return file


@contextmanager
def open_dump(name: str) -> Iterator[tuple[IO[bytes], CountingReader]]:
    """Open a dump for reading as bytes, decompressing ``.gz``, ``.bz2`` and ``.xz``.

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
