"""Benchmark wirestory.normalize against the reference pipeline, in one process.

    python benchmarks/bench_normalize.py [--min-mb 10] [--repeat 3] [--case clean|mojibake|ascii]

Cases (issue 4): (a) clean news text: the texts of ../shared/corpus/ joined by
newlines and repeated to at least --min-mb MB; (b) mojibake-heavy: that text
encoded as UTF-8 and decoded as cp1252 (undefined bytes as Latin-1), so every
non-ASCII character becomes mojibake; (c) pure ASCII: the clean text without its
non-ASCII characters. Each line gives MB/s (UTF-8 MB of input per second, best of
--repeat runs) for normalize and for the reference, their ratio, and checks the
two outputs are equal.
"""

from __future__ import annotations

import argparse

from _common import best_of, corpus_texts, header, mb, normalize_module


def cases(min_mb: float) -> dict[str, str]:
    base = "\n".join(corpus_texts())
    clean = base * max(1, int(min_mb // mb(base) + 1))
    mojibake = clean.encode("utf-8").decode("sloppy-windows-1252")
    ascii_text = clean.encode("ascii", "ignore").decode("ascii")
    return {"clean": clean, "mojibake": mojibake, "ascii": ascii_text}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--min-mb", type=float, default=10.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--reference-repeat", type=int, default=1)
    parser.add_argument("--case", choices=("clean", "mojibake", "ascii"), action="append")
    args = parser.parse_args()
    print(header())
    fast, reference = normalize_module.normalize, normalize_module._reference_normalize
    for name, text in cases(args.min_mb).items():
        if args.case and name not in args.case:
            continue
        size = mb(text)
        outputs: dict[str, str] = {}
        t_fast = best_of(args.repeat, lambda t=text, o=outputs: o.update(fast=fast(t)))
        t_ref = best_of(args.reference_repeat, lambda t=text, o=outputs: o.update(ref=reference(t)))
        assert outputs["fast"] == outputs["ref"], f"{name}: fast and reference differ"
        print(
            f"({name}) {size:.1f} MB: normalize {size / t_fast:.1f} MB/s, "
            f"reference {size / t_ref:.2f} MB/s, ratio {t_ref / t_fast:.1f}x"
        )


if __name__ == "__main__":
    main()
