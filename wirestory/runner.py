"""Running the parser over many inputs, in order, on one or several processes.

The unit of work is a *task*: a whole small file (parsed in a worker from
reading to rendering), or a batch of consecutive stories of a large file or of
standard input (read, decoded and cut into stories here, in order, then parsed
and rendered in a worker). Either way a task's result is the rendered text of
its stories, and results are written in input order, so the output of
``--jobs N`` is byte-identical to ``--jobs 1`` (which runs the very same tasks
inline).
"""

from __future__ import annotations

import lzma
import operator
import os
import re
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import accumulate, repeat
from typing import IO, Any

import attrs

from wirestory.assemble import story_of
from wirestory.decode import text_blocks
from wirestory.errors import WirestoryError
from wirestory.grouping import LineGroup, group_stories
from wirestory.lines import Line, read_lines, split_lines
from wirestory.model import Story
from wirestory.options import ParseOptions
from wirestory.sources import STDIN, CountingReader, open_dump, text_stream

__all__ = ["Failure", "Job", "Result", "dump_blocks", "run"]

BATCH_CHARACTERS = 1 << 18
"""A batch of a large file holds stories of about this many characters (256 Ki):
big enough that sending it to a worker costs little, small enough that a few
batches per worker in flight keep memory low."""
SMALL_FILE = 1 << 22
"""Files up to this size (4 MiB on disk) are one task, read by the worker itself."""

Renderer = Callable[[Story], str]


@attrs.frozen
class Job:
    """What every task needs: the parse options, how to render a story, and the
    ``--encoding`` (``None``: wirestory's UTF-8 / Windows-1252 decoding)."""

    options: ParseOptions
    render: Renderer
    encoding: str | None = None


@attrs.frozen
class Failure:
    """Why the run stopped: ``name:line:col: message`` (or ``name: message``) and
    the exit code (1 for a strict-mode problem, 2 for I/O)."""

    message: str
    code: int


@attrs.define
class Result:
    """A task's rendered stories, the warnings met, the input bytes it covers
    (for progress) and, if it stopped early, why."""

    name: str
    chunks: list[str] = attrs.field(factory=list)
    warnings: list[str] = attrs.field(factory=list)
    size: int = 0
    failure: Failure | None = None


_WARNING_POSITION = re.compile(
    r"^(?P<msg>.*) \(line (?P<line>\d+), column (?P<col>\d+)\)(?P<rest>.*)$"
)


def warning_line(name: str, message: str) -> str:
    """``name:line:col: warning: ...`` for a warning that names its position."""
    match = _WARNING_POSITION.match(message)
    if match is None:
        return f"{name}: warning: {message}"
    return f"{name}:{match['line']}:{match['col']}: warning: {match['msg']}{match['rest']}"


def _failure(name: str, error: BaseException) -> Failure:
    """The message and exit code for an error met while reading or parsing ``name``."""
    if isinstance(error, WirestoryError):
        return Failure(f"{name}:{error.line}:{error.column}: {error.msg}", 1)
    if isinstance(error, UnicodeDecodeError):
        return Failure(
            f"{name}: cannot decode byte {error.start} of a block as {error.encoding}: "
            f"{error.reason}",
            2,
        )
    if isinstance(error, OSError):
        return Failure(f"{name}: {error.strerror or error}", 2)
    if isinstance(error, EOFError):
        return Failure(f"{name}: compressed file ended early", 2)
    return Failure(f"{name}: {error}", 2)


_READ_ERRORS = (OSError, EOFError, lzma.LZMAError, UnicodeDecodeError, WirestoryError)


def dump_blocks(file: IO[bytes], options: ParseOptions, encoding: str | None) -> Iterator[str]:
    """The text of an open dump in blocks: decoded the way the library decodes
    (:func:`~wirestory.decode.text_blocks`), or with the codec named by
    ``--encoding``, which is trusted (UTF-16 without a BOM is half NULs)."""
    source: IO[Any] = file if encoding is None else text_stream(file, encoding)
    return text_blocks(source, options)


def _lines(file: IO[bytes], job: Job) -> Iterator[Line]:
    return split_lines(dump_blocks(file, job.options, job.encoding))


def _render(groups: Iterable[LineGroup], job: Job, result: Result) -> None:
    """Parse and render stories into ``result`` until the first strict-mode problem.

    Exactly what :func:`~wirestory.iter_stories` does with each group."""
    try:
        for group in groups:
            story = story_of(group, job.options)
            result.chunks.append(job.render(story))
    except WirestoryError as error:
        result.failure = _failure(result.name, error)


@attrs.frozen
class _WholeFile:
    """A small file: a worker reads, parses and renders it."""

    name: str
    size: int

    def run(self, job: Job) -> Result:
        result = Result(self.name, size=self.size)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                with open_dump(self.name) as (file, _):
                    _render(group_stories(_lines(file, job), job.options), job, result)
            except _READ_ERRORS as error:
                result.failure = _failure(self.name, error)
        result.warnings = [warning_line(self.name, str(w.message)) for w in caught]
        return result


@attrs.frozen
class _Batch:
    """Consecutive stories of a large file, cut here, parsed in a worker."""

    name: str
    groups: list[LineGroup]
    size: int
    warnings: list[str]
    failure: Failure | None = None

    def run(self, job: Job) -> Result:
        result = Result(self.name, warnings=list(self.warnings), size=self.size)
        _render(self.groups, job, result)
        if result.failure is None:
            result.failure = self.failure
        return result


@attrs.frozen
class _PackedBatch:
    """A :class:`_Batch` as it is sent to a worker: its lines' texts joined in
    one string, each line's terminator length in one byte, and each story's
    first offset, first line number, line count and flags.

    Sent as the batch itself, a batch is a list of lines, each a tuple of a
    string and three numbers, which the main process pickled one by one and the
    worker unpickled one by one: for a dump of short stories that cost about a
    seventh of the parse, most of it in the main process, which must also read
    and cut the whole file alone. Joined, the lines pickle as one string; the
    worker cuts it at its line feeds (a line's text holds no line break) and
    rebuilds every line with the offsets and numbers it had (a story's lines
    are consecutive: each starts where the one before ends).
    """

    name: str
    texts: str
    """Every line's text, story after story, joined by line feeds."""
    terminators: bytes
    """Each line's terminator length: 1 (``\\n`` or ``\\r``), 2 (``\\r\\n``) or 0
    (the last line of the input)."""
    stories: tuple[tuple[int, int, int, bool, int, bool, bool, bool], ...]
    """Each story's first offset, first line number, line count, ``overflow``,
    ``doubtful_cut``, ``after_blank_run``, ``separator_under`` and
    ``address_guessed``."""
    size: int
    warnings: list[str]
    failure: Failure | None = None

    @classmethod
    def pack(cls, batch: _Batch) -> _PackedBatch:
        """The batch, packed to be sent."""
        lines = [line for group in batch.groups for line in group.lines]
        texts, starts, ends, _, written = (
            zip(*lines, strict=True) if lines else ((), (), (), (), ())
        )
        if any(written):
            # The lines as written: unpack reads them again as split_lines did.
            texts = tuple(map(_as_written, texts, written))
        return cls(
            batch.name,
            "\n".join(texts),
            bytes(map(operator.sub, map(operator.sub, ends, starts), map(len, texts))),
            tuple(
                (
                    group.lines[0].start,
                    group.lines[0].number,
                    len(group.lines),
                    group.overflow,
                    group.doubtful_cut,
                    group.after_blank_run,
                    group.separator_under,
                    group.address_guessed,
                )
                for group in batch.groups
            ),
            batch.size,
            batch.warnings,
            batch.failure,
        )

    def unpack(self) -> _Batch:
        """The batch that was packed: the same lines, offsets and numbers."""
        read, indexes = read_lines(self.texts)
        texts = read.split("\n") if self.stories else []
        written: list[str | None] = [None] * len(texts)
        if indexes:
            as_written = self.texts.split("\n")
            for index in indexes:
                written[index] = as_written[index]
        sizes = list(map(operator.add, map(len, texts), self.terminators))
        groups: list[LineGroup] = []
        first = 0
        for start, number, count, overflow, doubtful, follows, parted, guessed in self.stories:
            last = first + count
            offsets = list(accumulate(sizes[first:last], initial=start))
            lines = list(
                map(
                    _new_line,
                    repeat(Line),
                    zip(
                        texts[first:last],
                        offsets[:-1],
                        offsets[1:],
                        range(number, number + count),
                        written[first:last],
                        strict=True,
                    ),
                )
            )
            groups.append(LineGroup(lines, overflow, doubtful, follows, parted, guessed))
            first = last
        return _Batch(self.name, groups, self.size, self.warnings, self.failure)

    def run(self, job: Job) -> Result:
        return self.unpack().run(job)


_new_line = tuple.__new__


def _as_written(text: str, written: str | None) -> str:
    return text if written is None else written


def _run_task(task: _WholeFile | _Batch | _PackedBatch, job: Job) -> Result:
    return task.run(job)


class _Cutter:
    """Collects the stories of one streamed input into batches."""

    def __init__(self, name: str, caught: list[warnings.WarningMessage]) -> None:
        self.name = name
        self.caught = caught
        self.counter: CountingReader | None = None
        self.groups: list[LineGroup] = []
        self.characters = 0
        self.read = 0
        self.warned = 0

    def add(self, group: LineGroup) -> bool:
        """Add a story; True when the batch is full."""
        self.groups.append(group)
        self.characters += group.lines[-1].end - group.lines[0].start
        return self.characters >= BATCH_CHARACTERS

    def batch(self, failure: Failure | None = None) -> _Batch:
        """The stories collected so far, with the warnings and bytes read since the last."""
        read = self.counter.count if self.counter is not None else self.read
        new_warnings = [warning_line(self.name, str(w.message)) for w in self.caught[self.warned :]]
        made = _Batch(self.name, self.groups, read - self.read, new_warnings, failure)
        self.groups, self.characters, self.read, self.warned = [], 0, read, len(self.caught)
        return made


def _streamed(name: str, job: Job) -> Iterator[_Batch]:
    """Read ``name`` here and cut it into batches of stories, in order."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        cutter = _Cutter(name, caught)
        try:
            with open_dump(name) as (file, counter):
                cutter.counter = counter
                for group in group_stories(_lines(file, job), job.options):
                    if cutter.add(group):
                        yield cutter.batch()
        except _READ_ERRORS as error:
            yield cutter.batch(_failure(name, error))
            return
        yield cutter.batch()


def _tasks(names: Iterable[str], job: Job, jobs: int) -> Iterator[_WholeFile | _Batch]:
    for name in names:
        size = _size(name)
        if jobs > 1 and name != STDIN and size is not None and size <= SMALL_FILE:
            yield _WholeFile(name, size)
        else:
            yield from _streamed(name, job)


def _size(name: str) -> int | None:
    """The size of a regular file, else None."""
    if name == STDIN:
        return None
    try:
        stat = os.stat(name)
    except OSError:
        return None
    return stat.st_size if os.path.isfile(name) else None


def total_size(names: Iterable[str]) -> int | None:
    """The bytes on disk of all ``names``, or None when one is standard input."""
    total = 0
    for name in names:
        size = _size(name)
        if name == STDIN:
            return None
        total += size or 0
    return total


def run(names: Iterable[str], job: Job, *, jobs: int = 1) -> Iterator[Result]:
    """The results of all tasks over ``names``, in input order.

    Stop iterating after a result with a ``failure``: the tasks behind it are
    cancelled. At most ``2 * jobs`` tasks are in flight, which bounds memory.
    """
    tasks = _tasks(names, job, jobs)
    if jobs <= 1:
        for task in tasks:
            yield task.run(job)
        return
    executor = ProcessPoolExecutor(max_workers=jobs)
    window: deque[Future[Result]] = deque()
    try:
        for task in tasks:
            sent = _PackedBatch.pack(task) if isinstance(task, _Batch) else task
            window.append(executor.submit(_run_task, sent, job))
            if len(window) >= 2 * jobs:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
