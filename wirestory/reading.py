"""Reading dump files: :func:`read_stories`, the file entry point.

:func:`~wirestory.iter_stories` takes text *or* a path object *or* an open file,
and a ``str`` is always text, so ``iter_stories("dump.txt")`` parses the name as a
one-line story. :func:`read_stories` takes only a path, ``str`` or
:class:`os.PathLike`, as ``pandas.read_csv`` does.
"""

from __future__ import annotations

import os
import pathlib
from collections.abc import Iterator

from wirestory.model import Story
from wirestory.options import ParseOptions
from wirestory.parser import iter_stories

__all__ = ["read_stories"]


def read_stories(
    path: str | os.PathLike[str], *, options: ParseOptions | None = None
) -> Iterator[Story]:
    """Stream the stories of the dump file at ``path``, one at a time.

    The file is read in blocks (memory is bounded by the largest story), decoded
    like :func:`~wirestory.decode` (UTF-8, a BOM dropped, UTF-16 with a BOM,
    invalid bytes as Windows-1252 with a :class:`~wirestory.DecodeWarning`), and
    decompressed as read when it is gzip, bzip2 or xz data, whatever its name.
    Offsets count characters of the decoded text.

    >>> import wirestory
    >>> for story in wirestory.read_stories("examples/dump.txt"):
    ...     print(story.headline)
    Desalination Plant Opens on Red Sea Coast
    Archaeologists Find Bronze Age Harbour
    Markets Steady Ahead of Rate Decision

    Raises, at the call (not at the first story), :class:`FileNotFoundError` for a
    missing file and :class:`IsADirectoryError` for a folder; while reading,
    :class:`~wirestory.BinaryInputError` when the file looks binary (a JPEG or PDF,
    say; ``ParseOptions(allow_binary=True)`` parses it anyway), and in strict mode
    :class:`~wirestory.DecodeError` and :class:`~wirestory.ParseError`. An open
    file or a text goes to :func:`~wirestory.iter_stories` instead: passing one
    here raises :class:`TypeError`.
    """
    if not isinstance(path, (str, os.PathLike)):
        hint = (
            "; for text or an open file use wirestory.iter_stories()"
            if isinstance(path, (bytes, bytearray)) or hasattr(path, "read")
            else ""
        )
        raise TypeError(
            f"read_stories() takes a path (str or os.PathLike), not {type(path).__name__}{hint}"
        )
    name = os.fspath(path)
    if not isinstance(name, str):  # an os.PathLike of bytes
        raise TypeError("read_stories() takes a path as str or os.PathLike[str], not bytes")
    if "\n" in name:
        raise TypeError(
            "read_stories() takes a path, and this str holds a line break: "
            "for text use wirestory.parse() or wirestory.iter_stories()"
        )
    if os.path.isdir(name):
        raise IsADirectoryError(21, "Is a directory", name)
    os.stat(name)  # a missing or unreadable path raises now, not at the first story
    return iter_stories(pathlib.Path(name), options=options)
