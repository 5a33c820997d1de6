"""The ``wirestory`` command: dumps in, one JSON object per story out (JSON Lines).

Exit codes: 0 success; 1 when ``--strict`` met a problem; 2 for usage or I/O
errors. Problems are reported as ``path:line:col: message``, never as a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path

from wirestory import __version__
from wirestory.errors import WirestoryError
from wirestory.options import ParseOptions
from wirestory.parser import iter_stories

__all__ = ["main"]


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wirestory",
        description="Split news text dumps into stories; print one JSON object per story.",
    )
    parser.add_argument("paths", nargs="+", metavar="FILE", help="dump files, or - for stdin")
    parser.add_argument("--strict", action="store_true", help="stop at the first problem (exit 1)")
    parser.add_argument(
        "--quotes", choices=("keep", "straight", "curly"), default="keep", help="default keep"
    )
    parser.add_argument(
        "--with-spans", action="store_true", help="include each line's role and span"
    )
    parser.add_argument("--version", action="version", version=f"wirestory {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _arguments().parse_args(argv)
    options = ParseOptions(strict=args.strict, quotes=args.quotes)
    out = sys.stdout
    for name in args.paths:
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                source = sys.stdin.buffer if name == "-" else Path(name)
                for story in iter_stories(source, options=options):
                    out.write(
                        json.dumps(story.to_dict(with_spans=args.with_spans), ensure_ascii=False)
                    )
                    out.write("\n")
            for warning in caught:
                print(f"{name}: warning: {warning.message}", file=sys.stderr)
        except WirestoryError as error:
            print(f"{name}:{error.line}:{error.column}: {error.msg}", file=sys.stderr)
            return 1
        except OSError as error:
            print(f"{name}: {error.strerror or error}", file=sys.stderr)
            return 2
    return 0
