"""Stories from many dumps as a Dask bag (``pip install 'wirestory[dask]'``).

One partition per file: a worker opens its file (``.gz``, ``.bz2`` and ``.xz``
decompressed as read), streams its stories and yields them as
:func:`wirestory.export.to_dict` records. When the bag is reduced or mapped
further, the records flow through those steps one at a time, so memory per task is
bounded by the largest story, not the file; a partition computed as it is (the
bag's last step) is a list of its file's records, as any Dask result must be.

    from wirestory.dask import read_stories

    bag = read_stories("dumps/**/*.txt.gz")
    bag.pluck("headline").frequencies().topk(10, key=1).compute()
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from wirestory.export import to_dict
from wirestory.options import ParseOptions
from wirestory.parser import iter_stories
from wirestory.sources import open_dump

if TYPE_CHECKING:
    import dask.bag

__all__ = ["read_stories"]


def _paths(paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[str]:
    """A glob pattern, one path, or several paths and patterns → sorted file paths."""
    patterns = (
        [paths_or_glob] if isinstance(paths_or_glob, (str, os.PathLike)) else list(paths_or_glob)
    )
    found: list[str] = []
    for pattern in (os.fspath(p) for p in patterns):
        matches = sorted(glob.glob(pattern, recursive=True))
        if not matches and not glob.has_magic(pattern):
            matches = [pattern]  # a plain path: opening it reports if it is missing
        found.extend(m for m in matches if not os.path.isdir(m))
    if not found:
        raise FileNotFoundError(f"no file matches {paths_or_glob!r}")
    return found


def _records(path: str, options: ParseOptions, with_spans: bool) -> Iterator[dict[str, Any]]:
    """One file's story records, yielded one by one as the file is read."""
    with open_dump(path) as (file, _):
        for story in iter_stories(file, options=options):
            record = to_dict(story, with_spans=with_spans)
            record["path"] = path
            yield record


def read_stories(
    paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    options: ParseOptions | None = None,
    with_spans: bool = False,
) -> dask.bag.Bag:
    """A bag of story records (``wirestory/1`` dicts), one partition per file.

    ``paths_or_glob`` is a pattern (``"dumps/**/*.txt.gz"``), a path, or a list of
    them; files are taken in sorted order within each pattern. Each record also
    carries ``"path"``, the file it came from. Nothing is read until the bag is
    computed; a file that cannot be read fails the computation with its
    :class:`OSError`, a file that looks binary with
    :class:`~wirestory.BinaryInputError`.

    Each partition's task is ``list(records(path))``, the form of Dask's own
    ``Bag.map``: when the bag is the last step, the list is the partition (a
    generator could not be sent from a worker process); when more steps follow
    (``pluck``, ``map``, ``filter``, ``frequencies``, ...), Dask fuses them into the
    same task and drops the ``list``, so records stream from the file through
    them one at a time and a task never holds a whole file's records.
    """
    try:
        import dask.bag
        from dask.base import tokenize
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise ImportError(
            "wirestory.dask.read_stories needs Dask: pip install 'wirestory[dask]'"
        ) from error
    files = _paths(paths_or_glob)
    options = options or ParseOptions()
    name = "wirestory-read-stories-" + tokenize(files, repr(options), with_spans)
    graph: dict[Any, Any] = {
        (name, number): (list, (_records, path, options, with_spans))
        for number, path in enumerate(files)
    }
    bag: dask.bag.Bag = dask.bag.Bag(graph, name, len(files))
    return bag
