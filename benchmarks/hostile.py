"""Time wirestory on the "fatal" inputs at two sizes: time must grow linearly.

    python benchmarks/hostile.py [--sizes 1000000 10000000] [--only NAME]
    python benchmarks/hostile.py --one-story-only

For each input of tests/fatal.py, parses it (lenient ``iter_stories`` over the
string, size limits lifted) at each size and prints seconds per MB and the ratio of the largest
size's figure to the smallest's. A ratio above 1.5 means time grows faster than
the input, and the script exits 1. The figures are in docs/reliability.md.

Then the one-story table (issue #14): inputs that are a single story, at a quarter
of a megabyte and at 2 MB (``"TT\n"`` × 700,000), best of five runs each, with
the garbage collector as the library leaves it and, for reference, switched off
around the whole parse. Python's cyclic collector walks every live tracked object
on each full collection, so one ever-growing story could cost more per character
the bigger it is; a ratio above 1.5 here fails the run too.
"""

from __future__ import annotations

import argparse
import gc
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


# Single stories at the sizes of issue #14: a quarter of a megabyte and 2.1 MB.
ONE_STORY_INPUTS = ("marker-lines", "same-headline-blank")
ONE_STORY_SIZES = (262_500, 2_100_000)
_BEST_OF = 5


def best_seconds_per_mb(text: str, *, collector: bool) -> float:
    """The best of five :func:`seconds_per_mb`, the collector on (as the library
    leaves it) or off around the whole parse; best of, as other work on a shared
    machine only ever adds time."""
    figures = []
    for _ in range(_BEST_OF):
        was_enabled = gc.isenabled()
        if not collector:
            gc.disable()
        try:
            figures.append(seconds_per_mb(text))
        finally:
            if was_enabled:
                gc.enable()
        gc.collect()
    return min(figures)


def one_story_table(names: list[str]) -> list[str]:
    """Print the one-story table; return the inputs over the limit."""
    small, large = ONE_STORY_SIZES
    print(
        f"\n{'one story':28s}{'gc on: ' + f'{small / 1e6:.2f} MB':>16}{f'{large / 1e6:.1f} MB':>10}"
        f"{'ratio':>8}   {'gc off: ' + f'{small / 1e6:.2f} MB':>17}{f'{large / 1e6:.1f} MB':>10}"
        f"{'ratio':>8}   (CPU seconds per MB, best of {_BEST_OF})"
    )
    failed = []
    for name in names:
        texts = [FATAL[name](size) for size in ONE_STORY_SIZES]
        on = [best_seconds_per_mb(text, collector=True) for text in texts]
        off = [best_seconds_per_mb(text, collector=False) for text in texts]
        ratio_on, ratio_off = on[1] / on[0], off[1] / off[0]
        flag = "" if ratio_on <= _LIMIT else "  NOT LINEAR"
        print(
            f"{name:28s}{on[0]:16.3f}{on[1]:10.3f}{ratio_on:8.2f}   "
            f"{off[0]:17.3f}{off[1]:10.3f}{ratio_off:8.2f}{flag}",
            flush=True,
        )
        if ratio_on > _LIMIT:
            failed.append(f"{name} (one story)")
    return failed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000_000, 10_000_000])
    parser.add_argument("--only", action="append", help="run only these inputs")
    parser.add_argument(
        "--one-story-only", action="store_true", help="run only the one-story table"
    )
    args = parser.parse_args()
    if args.one_story_only:
        failed = one_story_table(list(ONE_STORY_INPUTS))
        print(f"python {sys.version.split()[0]}; over {_LIMIT}: {failed or 'none'}")
        return 1 if failed else 0
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
    failed += one_story_table([n for n in ONE_STORY_INPUTS if n in names])
    print(
        f"python {sys.version.split()[0]}; {len(names)} inputs; over {_LIMIT}: {failed or 'none'}"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
