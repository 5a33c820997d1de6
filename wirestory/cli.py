"""The ``wirestory`` command: ``parse``, ``explain`` and ``stats``.

``wirestory FILE...`` with no subcommand is ``wirestory parse FILE...``.

Exit codes: 0 success; 1 when ``--strict`` met a problem or an input looks
binary (``--force`` parses it anyway); 2 for usage or I/O errors. Problems are
reported as ``path:line:col: message`` (``path: message`` when there is no
position), never as a traceback.
"""

from __future__ import annotations

import argparse
import codecs
import collections
import json
import lzma
import os
import sys
import time
import typing
import warnings
from collections.abc import Callable, Sequence
from typing import IO, Any

import attrs

from wirestory import COMPILED, __version__
from wirestory.errors import WirestoryError
from wirestory.explain import explain, render_html, render_terminal
from wirestory.export import DEFAULT_URI_PREFIX, to_dict, to_ninjs, to_ninjs2, to_text
from wirestory.model import Story
from wirestory.options import LayoutChoice, ParseOptions, QuotePolicy
from wirestory.runner import Job, Result, dump_blocks, run, total_size, warning_line
from wirestory.sources import expand_paths, open_dump

__all__ = ["FORMATS", "LAYOUTS", "main"]

QUOTES: tuple[str, ...] = typing.get_args(QuotePolicy)
"""``--quotes`` choices: the policies :class:`~wirestory.ParseOptions` knows."""
LAYOUTS: tuple[str, ...] = typing.get_args(LayoutChoice)
"""``--layout`` choices: the layouts :class:`~wirestory.ParseOptions` knows
(``auto`` chooses per story), so a new layout reaches the command line unchanged."""

FORMATS = ("jsonl", "ninjs", "ninjs2", "text")
"""``--format`` choices."""

_SUBCOMMANDS = ("parse", "explain", "stats")


@attrs.frozen
class _Render:
    """Turns a story into its output text; picklable, so workers can run it."""

    format: str
    with_spans: bool = False
    uri_prefix: str = DEFAULT_URI_PREFIX

    def __call__(self, story: Story) -> str:
        if self.format == "text":
            return to_text(story)
        if self.format == "ninjs":
            data = to_ninjs(story, uri_prefix=self.uri_prefix)
        elif self.format == "ninjs2":
            data = to_ninjs2(story, uri_prefix=self.uri_prefix)
        else:
            data = to_dict(story, with_spans=self.with_spans)
        return json.dumps(data, ensure_ascii=False) + "\n"


def _encoding(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {name!r}") from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _marker(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("a marker must not be blank")
    return text.strip()


def _common(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("parsing")
    group.add_argument(
        "--encoding",
        type=_encoding,
        help="decode input with this codec (default: UTF-8, invalid bytes as Windows-1252 "
        "with a warning)",
    )
    group.add_argument("--strict", action="store_true", help="stop at the first problem (exit 1)")
    group.add_argument(
        "--quotes", choices=QUOTES, default="keep", help="quote policy (default keep)"
    )
    group.add_argument(
        "--layout", choices=LAYOUTS, default="auto", help="story layout (default auto)"
    )
    group.add_argument(
        "--marker",
        action="append",
        type=_marker,
        metavar="TEXT",
        help="a line whose stripped text is TEXT ends a story's header; repeat for several "
        "(default: TT)",
    )
    group.add_argument(
        "--force",
        action="store_true",
        help="parse input that looks binary (an image, a PDF, NUL bytes) instead of "
        "stopping with exit 1",
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar and no warnings"
    )


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wirestory",
        description="Split news text dumps into structured stories. "
        "'wirestory FILE...' is short for 'wirestory parse FILE...'.",
    )
    build = "compiled with mypyc" if COMPILED else "pure Python"
    parser.add_argument("--version", action="version", version=f"wirestory {__version__} ({build})")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    parse = commands.add_parser(
        "parse",
        help="print the stories of dumps (JSON Lines, ninjs or text)",
        description="Print the stories of dumps, one record per story, in input order.",
    )
    parse.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="dump files (.gz, .bz2, .xz read transparently), folders (every file below, "
        "sorted), or - for stdin",
    )
    parse.add_argument("--format", choices=FORMATS, default="jsonl", help="default jsonl")
    parse.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    parse.add_argument(
        "--with-spans",
        action="store_true",
        help="jsonl: add every line's role, rule and offsets, and the offsets of captions "
        "and diagnostics",
    )
    parse.add_argument(
        "--uri-prefix",
        default=DEFAULT_URI_PREFIX,
        help=f"ninjs: prefix of each story's content-hash uri (default {DEFAULT_URI_PREFIX})",
    )
    parse.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        default=1,
        help="worker processes; the output is the same for any number (default 1)",
    )
    _common(parse)

    explain = commands.add_parser(
        "explain",
        help="show every line of a dump with its role and the rule that gave it",
        description=(
            "Show every input line with its role and the rule that gave it, and each "
            "story's diagnostics at its top with the lines they concern marked '!'."
        ),
    )
    explain.add_argument("path", metavar="PATH", help="a dump file, or - for stdin")
    explain.add_argument(
        "--html",
        metavar="OUT.html",
        help="write a standalone HTML page, with each story's fields beside its lines",
    )
    explain.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour roles (default: when stdout is a terminal)",
    )
    _common(explain)

    stats = commands.add_parser(
        "stats",
        help="count stories, line roles and diagnostics",
        description="Count stories, captions, paragraphs, line roles and diagnostics.",
    )
    stats.add_argument("paths", nargs="+", metavar="PATH", help="as for parse")
    stats.add_argument("--json", action="store_true", help="print the counts as JSON")
    _common(stats)
    return parser


def _options(args: argparse.Namespace) -> ParseOptions:
    options = ParseOptions(
        strict=args.strict, quotes=args.quotes, layout=args.layout, allow_binary=args.force
    )
    if args.marker:
        options = attrs.evolve(options, markers=args.marker)
    return options


class _Progress:
    """A one-line progress bar on stderr: bytes read of the total."""

    def __init__(self, total: int | None, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled
        self.done = 0
        self.started = time.monotonic()
        self.shown = 0.0

    def advance(self, size: int) -> None:
        self.done += size
        now = time.monotonic()
        if not self.enabled or now - self.shown < 0.2:
            return
        self.shown = now
        rate = self.done / max(now - self.started, 1e-9) / 1e6
        done = self.done / 1e6
        if self.total:
            share = min(self.done / self.total, 1.0)
            bar = "#" * int(share * 30)
            text = f"[{bar:<30}] {share:6.1%}  {done:,.1f} of {self.total / 1e6:,.1f} MB"
        else:
            text = f"{done:,.1f} MB"
        sys.stderr.write(f"\r{text}  {rate:,.1f} MB/s")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled and self.shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def _progress(args: argparse.Namespace, names: list[str]) -> _Progress:
    enabled = not args.quiet and sys.stderr.isatty()
    return _Progress(total_size(names) if enabled else None, enabled)


def _write(out: IO[bytes], text: str) -> None:
    out.write(text.encode("utf-8"))


def _parse_command(args: argparse.Namespace) -> int:
    names = list(expand_paths(args.paths))
    if args.output and os.path.exists(args.output):
        inputs = (name for name in names if name != "-" and os.path.exists(name))
        if any(os.path.samefile(name, args.output) for name in inputs):
            print(
                f"{args.output}: the output file is also an input; choose another", file=sys.stderr
            )
            return 2
    render = _Render(args.format, args.with_spans, args.uri_prefix)
    job = Job(_options(args), render, args.encoding)
    try:
        out: IO[bytes] = (
            open(args.output, "wb")  # noqa: SIM115
            if args.output
            else sys.stdout.buffer
        )
    except OSError as error:
        print(f"{args.output}: {error.strerror or error}", file=sys.stderr)
        return 2
    first = True

    def write(result: Result) -> None:
        nonlocal first
        for chunk in result.chunks:
            if args.format == "text" and not first:
                _write(out, "\n\n")
            _write(out, chunk)
            first = False

    try:
        return _run_reported(names, job, args, jobs=args.jobs, take=write)
    finally:
        if args.output:
            out.close()
        else:
            out.flush()


def _run_reported(
    names: list[str],
    job: Job,
    args: argparse.Namespace,
    *,
    jobs: int = 1,
    take: Callable[[Result], None] | None = None,
) -> int:
    """Run ``job`` over the dumps ``names`` as ``parse`` and ``stats`` do:
    each result goes to ``take`` (``parse`` writes its stories), then the
    progress line moves past the dump and its warnings (unless ``--quiet``)
    and failure go to stderr. The first failure stops the run: its exit
    status, or 0."""
    progress = _progress(args, names)
    try:
        for result in run(names, job, jobs=jobs):
            if take is not None:
                take(result)
            progress.advance(result.size)
            _report(result, args)
            if result.failure is not None:
                return result.failure.code
    finally:
        progress.close()
    return 0


def _report(result: Result, args: argparse.Namespace) -> None:
    if not args.quiet:
        for line in result.warnings:
            print(line, file=sys.stderr)
    if result.failure is not None:
        print(result.failure.message, file=sys.stderr)


def _read_text(name: str, args: argparse.Namespace, options: ParseOptions) -> str:
    """The whole input as text (explain shows one dump at a time)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with open_dump(name) as (file, _):
            text = "".join(dump_blocks(file, options, args.encoding))
    if not args.quiet:
        for warning in caught:
            print(warning_line(name, str(warning.message)), file=sys.stderr)
    return text


def _explain_command(args: argparse.Namespace) -> int:
    options = _options(args)
    text = _read_text(args.path, args, options)
    explanation = explain(text, options=options)
    if args.html:
        page = render_html(explanation, title=f"wirestory explain: {args.path}")
        with open(args.html, "w", encoding="utf-8", newline="\n") as file:
            file.write(page)
        return 0
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
    out = sys.stdout.buffer
    for line in render_terminal(explanation, color=color):
        _write(out, line + "\n")
    out.flush()
    return 0


def _stats_command(args: argparse.Namespace) -> int:
    names = list(expand_paths(args.paths))
    options = _options(args)
    counts: collections.Counter[str] = collections.Counter()
    roles: collections.Counter[str] = collections.Counter()
    diagnostics: collections.Counter[str] = collections.Counter()

    def count(story: Story) -> str:
        counts["stories"] += 1
        counts["captions"] += len(story.captions)
        counts["captions_with_credit"] += sum(c.credit is not None for c in story.captions)
        counts["body_paragraphs"] += len(story.body)
        counts["subheadings"] += len(story.subheading_indices)
        counts["stories_with_marker"] += story.marker is not None
        roles.update(segment.role.value for segment in story.segments)
        diagnostics.update(d.code for d in story.diagnostics)
        return ""

    status = _run_reported(names, Job(options, count, args.encoding), args)
    if status:
        return status  # a table of partial counts would read as the whole
    # Keys are identifiers (snake_case), so `report["captions_with_credit"]` and
    # `jq .lines_by_role` work; the table below spells them as words.
    report = {
        "files": len(names),
        "stories": counts["stories"],
        "stories_with_marker": counts["stories_with_marker"],
        "captions": counts["captions"],
        "captions_with_credit": counts["captions_with_credit"],
        "body_paragraphs": counts["body_paragraphs"],
        "subheadings": counts["subheadings"],
        "lines_by_role": dict(sorted(roles.items(), key=lambda item: (-item[1], item[0]))),
        "diagnostics": dict(sorted(diagnostics.items(), key=lambda item: (-item[1], item[0]))),
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(_stats_text(report))
    return status


def _stats_text(report: dict[str, Any]) -> str:
    lines = []
    for name, value in report.items():
        key = name.replace("_", " ")
        if isinstance(value, dict):
            lines.append(f"{key}:")
            lines.extend(f"  {name:<22}{count:>10,}" for name, count in value.items())
            if not value:
                lines.append("  (none)")
        else:
            lines.append(f"{key:<24}{value:>10,}")
    return "\n".join(lines)


def _with_subcommand(argv: list[str]) -> list[str]:
    """``wirestory FILE...`` is ``wirestory parse FILE...`` (the README's first command)."""
    first = next((a for a in argv if a != "--"), None)
    if first is None or first in _SUBCOMMANDS or first in ("-h", "--help", "--version"):
        return argv
    return ["parse", *argv]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        args = _arguments().parse_args(_with_subcommand(arguments))
    except SystemExit as exit:
        return exit.code if isinstance(exit.code, int) else 2
    command = {"parse": _parse_command, "explain": _explain_command, "stats": _stats_command}
    try:
        return command[args.command](args)
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
    except WirestoryError as error:
        name = getattr(args, "path", None) or "-"
        print(f"{name}:{error.line}:{error.column}: {error.msg}", file=sys.stderr)
        return 1
    except (OSError, EOFError, lzma.LZMAError, UnicodeDecodeError, ValueError) as error:
        name = getattr(args, "path", None) or getattr(args, "html", None) or "wirestory"
        if isinstance(error, OSError) and error.filename:
            name = error.filename
            message = error.strerror or str(error)
        else:
            message = str(error)
        print(f"{name}: {message}", file=sys.stderr)
        return 2
