"""Time wirestory on the "fatal" inputs at two sizes: time must grow linearly.

    python benchmarks/hostile.py [--sizes 1000000 10000000] [--only NAME]

For each input of tests/fatal.py, parses it (lenient ``iter_stories`` over the
string, size limits lifted) at each size and prints seconds per MB and the ratio of the largest
size's figure to the smallest's. A ratio above 1.5 means time grows faster than
the input, and the script exits 1. The figures are in docs/reliability.md.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fatal import FATAL  # the fixtures live with the tests

import wirestory

_LIMIT = 1.5


# The limits are lifted so that both sizes take the same code path: under the
# default limits a 10 MB single line is set aside unread while a 1 MB one is
# parsed, which would make any ratio meaningless.
_OPTIONS = wirestory.ParseOptions(max_line_chars=10**9, max_story_chars=10**9)


def seconds_per_mb(text: str) -> float:
    """CPU seconds per MB: process time, not wall time, so that other work on a
    shared machine does not pass for non-linear growth."""
    start = time.process_time()
    for _ in wirestory.iter_stories(text, options=_OPTIONS):
        pass
    return (time.process_time() - start) / (len(text.encode("utf-8", "surrogatepass")) / 1e6)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000_000, 10_000_000])
    parser.add_argument("--only", action="append", help="run only these inputs")
    args = parser.parse_args()
    names = args.only or sorted(FATAL)
    header = "".join(f"{size / 1e6:>9.0f} MB" for size in args.sizes)
    print(f"{'input':48s}{header}     ratio   (CPU seconds per MB)")
    failed = []
    for name in names:
        figures = [seconds_per_mb(FATAL[name](size)) for size in args.sizes]
        ratio = figures[-1] / figures[0] if figures[0] > 0 else 0.0
        flag = "" if ratio <= _LIMIT else "  NOT LINEAR"
        row = "".join(f"{f:12.3f}" for f in figures)
        print(f"{name[:48]:48s}{row}{ratio:10.2f}{flag}", flush=True)
        if ratio > _LIMIT:
            failed.append(name)
    print(
        f"python {sys.version.split()[0]}; {len(names)} inputs; over {_LIMIT}: {failed or 'none'}"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
