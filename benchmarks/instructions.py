"""One parse to count instructions under valgrind (issue #17's measure).

Time on a shared machine moves by a fifth from run to run; the instruction
count of a process does not move with the load. This script parses three
stories of each benchmark text first (so every lazily compiled pattern is
built), then, with ``parse``, one copy of the chosen text of
``bench_parse.py``: the page text (p), wire copy (w) or the seed's layout
(d). The parse's cost is the count of a ``parse`` run minus a ``none`` run:

    PYTHONDONTWRITEBYTECODE=1 PYTHONHASHSEED=0 valgrind --tool=cachegrind \\
        --cache-sim=no --cachegrind-out-file=/dev/null \\
        python benchmarks/instructions.py parse page     # then: none page

(``wire`` or ``seed`` in place of ``page``). Runs of the same code move by a
few million instructions (object addresses differ between processes).

With ``--normalize``, ``wirestory.normalize`` of the whole chosen text is
counted in place of the parse: both runs normalize it once after the
warm-up parses (so every pattern its scans need is compiled), and ``parse``
normalizes it once more.
"""

from __future__ import annotations

import argparse

from bench_parse import SEPARATOR, fixture_stories, page_texts, wire_texts

from wirestory import normalize, parse


def joined(stories: list[str]) -> str:
    """The stories as one dump, as ``bench_parse.py`` joins them."""
    return SEPARATOR.join(story.strip("\n") for story in stories) + SEPARATOR


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("parse", "none"))
    parser.add_argument("text", choices=("page", "wire", "seed"), nargs="?", default="page")
    parser.add_argument("--normalize", action="store_true", help="count normalize, not parse")
    args = parser.parse_args()
    texts = {"page": page_texts(), "wire": wire_texts(), "seed": fixture_stories(True)}
    for stories in texts.values():
        parse(joined(stories[:3]))
    text = joined(texts[args.text])
    if args.normalize:
        normalize(text)
    if args.what == "parse" and args.normalize:
        normalize(text)
    elif args.what == "parse":
        parse(text)


if __name__ == "__main__":
    main()
