"""Benchmark end-to-end parsing: iter_stories streaming a dump from a file.

    python benchmarks/bench_parse.py [--mb 50] [--every-mb 5] [--repeat 2]
                                     [--page-mb 3] [--page-only]

Builds two dumps from the project's own labelled cases, repeated, stories
separated by three blank lines, each written to a temporary file piece by piece:

* (d) the seed's layout at the seed's scale, at least --mb MB: the cases
  written at the size of real stories (tests/cases/long_marked_*.txt, 3 to 5 KB
  stories of 8 to 13 paragraphs, like the seed's);
* (d, every case) at least --every-mb MB: every case and examples/dump.txt,
  every layout, most of them 0.2 to 1 KB stories of one or two paragraphs that
  exist to pin an edge case down: the per-story overhead at its worst.

For (d) it prints:

* MB/s of ``list(iter_stories(path))`` with the fast normalize, best of --repeat;
* the time split by stage, each measured as the difference between cumulative
  pipelines: decode and lines; + story splitting; + roles; + normalization and
  fields (the full iter_stories);
* the peak resident memory (VmHWM, Linux) of a fresh process that imports
  wirestory and streams the whole dump, and of one that only imports it.

And the MB/s of (d, every case).

Then three texts, each parsed from a ``str`` with ``parse`` and compared with
``ftfy.fix_text`` on the same text in the same process (the two alternated,
best of --repeat CPU times each; the ratio is ftfy's time over parse's), each
repeated to at least --page-mb MB:

* (d) the seed's layout: the stories of (d) joined the same way (beside the
  streaming figure above, the same text as a ``str``, against ftfy);
* (p) page text: the whole visible text of each page of
  ``scrapinghub_article_extraction_benchmark/output/html-text.json`` (menus,
  title, story, footer), pages in key order, separated like the stories of a
  dump (two blank lines, where ``parse`` cuts a story without a marker).
  Joined, the pages give the stories they give one by
  one (121 pages, 142 stories: a few pages hold runs of blank-looking lines, a
  byte-order mark or a no-break space alone, and are cut there alone too);
* (w) wire copy: the one-story text files of ``newspaper_test_fixtures``,
  ``bbc_news_2005`` and ``ap_raw_cs325_chasepoin`` (article bodies, a
  headline and body, scraped AP stories), joined the same way.

``--page-only`` runs (p) and (w) alone.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import ftfy
from _common import ROOT, SHARED, header

from wirestory import decode, iter_stories, parse
from wirestory.decode import text_blocks
from wirestory.lines import split_lines
from wirestory.options import ParseOptions
from wirestory.roles import assign_roles
from wirestory.stories import group_stories

SEPARATOR = "\n\n\n"


def fixture_stories(seed_scale: bool) -> list[str]:
    cases = ROOT / "tests" / "cases"
    if seed_scale:
        paths = sorted(cases.glob("long_marked_*.txt"))
    else:
        paths = [*sorted(cases.glob("*.txt")), ROOT / "examples" / "dump.txt"]
    return [path.read_text(encoding="utf-8").strip("\n") for path in paths]


def write_dump(path: Path, min_mb: float, seed_scale: bool = True) -> int:
    """Write fixtures repeated until the file holds at least ``min_mb`` MB."""
    block = (SEPARATOR.join(fixture_stories(seed_scale)) + SEPARATOR).encode("utf-8")
    copies = int(min_mb * 1e6 // len(block)) + 1
    with open(path, "wb") as file:
        for _ in range(copies):
            file.write(block)
    return copies * len(block)


def timed(function: object, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best


def lines_of(path: Path, options: ParseOptions) -> Iterator[object]:
    with open(path, "rb") as file:
        yield from split_lines(text_blocks(file, options))


def stages(path: Path, repeat: int) -> dict[str, float]:
    options = ParseOptions()

    def decode_lines() -> None:
        for _ in lines_of(path, options):
            pass

    def splitting() -> None:
        for _ in group_stories(lines_of(path, options), options):  # type: ignore[arg-type]
            pass

    def roles() -> None:
        for group, *_ in group_stories(lines_of(path, options), options):  # type: ignore[arg-type]
            assign_roles(group, options)

    def everything() -> None:
        for _ in iter_stories(path):
            pass

    cumulative = [timed(step, repeat) for step in (decode_lines, splitting, roles, everything)]
    names = ["decode and lines", "story splitting", "roles", "normalization and fields"]
    return {
        name: cumulative[i] - (cumulative[i - 1] if i else 0.0) for i, name in enumerate(names)
    } | {"total": cumulative[-1]}


def peak_rss_mb(path: Path | None) -> float:
    """Peak RSS of a fresh process that imports wirestory and streams ``path``.

    Read from VmHWM in /proc/self/status (Linux): ``ru_maxrss`` of a child
    started by fork and exec may still count the parent's pages from before exec.
    """
    code = (
        "import sys, wirestory\n"
        "if len(sys.argv) > 1:\n"
        "    for story in wirestory.iter_stories(__import__('pathlib').Path(sys.argv[1])):\n"
        "        pass\n"
        "status = open('/proc/self/status').read().split('VmHWM:')[1]\n"
        "print(int(status.split()[0]))\n"
    )
    argv = [sys.executable, "-c", code] + ([str(path)] if path else [])
    out = subprocess.run(argv, check=True, capture_output=True, text=True).stdout
    return int(out) / 1024  # kB to MB (MiB)


def page_texts() -> list[str]:
    """The whole visible text of each page of the scrapinghub benchmark, in key order."""
    path = SHARED / "corpus" / "scrapinghub_article_extraction_benchmark" / "output"
    pages = json.loads((path / "html-text.json").read_text(encoding="utf-8"))["output"]
    return [pages[key]["articleBody"] for key in sorted(pages)]


def wire_texts() -> list[str]:
    """The one-story text files of the corpus (every file but the licences,
    readmes and URL lists), decoded like ``wirestory.decode``."""
    texts = []
    for folder in ("newspaper_test_fixtures", "bbc_news_2005", "ap_raw_cs325_chasepoin"):
        for path in sorted((SHARED / "corpus" / folder).rglob("*.txt")):
            if path.name.upper() in {"README.TXT", "NEWS_URLS.TXT"}:
                continue
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                texts.append(decode(path.read_bytes()))
    return texts


def against_ftfy(name: str, stories: list[str], min_mb: float, repeat: int) -> None:
    """Print the MB/s of ``parse`` and of ``ftfy.fix_text`` on the stories joined
    like a dump and repeated to at least ``min_mb`` MB, and the ratio."""
    block = SEPARATOR.join(story.strip("\n") for story in stories) + SEPARATOR
    text = block * (int(min_mb * 1e6 // len(block.encode("utf-8"))) + 1)
    size = len(text.encode("utf-8")) / 1e6
    count = len(parse(block))
    # Alternated, and CPU time rather than wall time: on a shared machine the
    # two then see the same load, and other work does not pass for either's.
    parse_time = ftfy_time = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        parse(text)
        parse_time = min(parse_time, time.process_time() - start)
        start = time.process_time()
        ftfy.fix_text(text)
        ftfy_time = min(ftfy_time, time.process_time() - start)
    print(
        f"{name} {size:.1f} MB, {len(stories)} texts ({count} stories) a copy: "
        f"parse {size / parse_time:.2f} MB/s, ftfy.fix_text {size / ftfy_time:.2f} MB/s, "
        f"ratio {ftfy_time / parse_time:.2f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=50.0)
    parser.add_argument("--every-mb", type=float, default=5.0)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--page-mb", type=float, default=3.0)
    parser.add_argument("--page-only", action="store_true")
    args = parser.parse_args()
    print(header())
    if not args.page_only:
        seed_cases(args)
        against_ftfy("(d) the seed's layout", fixture_stories(True), args.page_mb, args.repeat)
    against_ftfy("(p) page text", page_texts(), args.page_mb, args.repeat)
    against_ftfy("(w) wire copy", wire_texts(), args.page_mb, args.repeat)


def seed_cases(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dump.txt"
        size = write_dump(path, args.mb) / 1e6
        every = Path(tmp) / "every.txt"
        every_size = write_dump(every, args.every_mb, seed_scale=False) / 1e6
        split = stages(path, args.repeat)
        total = split.pop("total")
        stories = sum(1 for _ in iter_stories(path))
        print(f"(d) {size:.1f} MB, {stories} stories: iter_stories {size / total:.1f} MB/s")
        for name, seconds in split.items():
            print(f"    {name:26s} {seconds:6.2f} s  {100 * seconds / total:5.1f} %")
        every_time = timed(lambda: list(iter_stories(every)), args.repeat)
        every_stories = sum(1 for _ in iter_stories(every))
        print(
            f"(d, every case) {every_size:.1f} MB, {every_stories} stories: "
            f"iter_stories {every_size / every_time:.1f} MB/s"
        )
        print(
            f"    peak RSS streaming {size:.0f} MB: {peak_rss_mb(path):.0f} MB "
            f"(a process that only imports wirestory: {peak_rss_mb(None):.0f} MB)"
        )


if __name__ == "__main__":
    main()
