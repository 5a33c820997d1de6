"""Benchmark wirestory.normalize against the reference pipeline, in one process.

    python benchmarks/bench_normalize.py [--min-mb 10] [--script-mb 3] [--repeat 3] [--case NAME]
                                         [--ftfy]

Cases (issue 4): (a) clean news text: the texts of ../shared/corpus/ joined by
newlines and repeated to at least --min-mb MB; (b) mojibake-heavy: that text
encoded as UTF-8 and decoded as cp1252 (undefined bytes as Latin-1), so every
non-ASCII character becomes mojibake; (c) pure ASCII: the clean text without its
non-ASCII characters.

Cases per script (issue 17): the corpus texts written mostly in one script
(each text of the corpus files, of the JSON files' fields and of the labelled
pages, counted once, classed by the script of most of its non-ASCII letters),
joined and repeated to at least --script-mb MB: ``cyrillic``, ``cjk`` (Chinese
and Japanese), ``arabic``, ``thai`` and ``latin`` (Portuguese,
Spanish, German, ...: accented Latin letters), each also as mojibake
(``NAME-mojibake``, made as in (b)). A script with no such text in the corpus
(Greek, Hangul, Devanagari today) has no case.

The texts ``bench_parse.py`` parses (issue 17): ``wire``, its wire copy (the
one-story text files, many written on Windows with "\\r\\n" line ends, with
"£", "&"), and ``page``, its page text, each joined as it joins them and not
repeated (0.5 and 1.1 MB).

Each line gives MB/s (UTF-8 MB of input per second, best of --repeat runs) for
normalize and for the reference, their ratio, and checks the two outputs are
equal; with ``--ftfy``, also the MB/s of ``ftfy.fix_text`` alone and
normalize's ratio to it (the reference runs ftfy once more on a text it
changes, to prove the result settled). Seconds are the process's CPU time
(``--clock cpu``, the default), which other jobs on a shared machine disturb
far less than the wall clock (``--clock wall``, what the figures before
issue 17 used).
"""

from __future__ import annotations

import argparse
import json
import time
import unicodedata
from collections import Counter
from collections.abc import Callable

import ftfy
from _common import SHARED, best_of, corpus_texts, header, mb, normalize_module
from bench_parse import SEPARATOR, page_texts, wire_texts

# The scripts with a case, by the first word of a letter's Unicode name.
_SCRIPTS = {
    "CYRILLIC": "cyrillic",
    "CJK": "cjk",
    "HIRAGANA": "cjk",
    "KATAKANA": "cjk",
    "HANGUL": "hangul",
    "GREEK": "greek",
    "ARABIC": "arabic",
    "HEBREW": "hebrew",
    "THAI": "thai",
    "DEVANAGARI": "devanagari",
    "LATIN": "latin",
}


def script_of(text: str) -> str | None:
    """The case a text belongs to: the script of most of its non-ASCII letters,
    when they are at least 1 % of its letters (accented Latin) or 20 % (others)."""
    letters = [char for char in text if char.isalpha()]
    scripts = Counter(
        _SCRIPTS.get(unicodedata.name(char, "?").split()[0])
        for char in letters
        if not char.isascii()
    )
    if not scripts:
        return None
    case, count = scripts.most_common(1)[0]
    share = sum(scripts.values()) / len(letters)
    if (
        case is None
        or share < (0.01 if case == "latin" else 0.2)
        or count * 2 < sum(scripts.values())
    ):
        return None
    return case


def script_texts() -> dict[str, list[str]]:
    """The corpus texts of each script, each text once."""
    texts = dict.fromkeys(corpus_texts())
    pages = SHARED / "corpus" / "page_fields" / "pages.jsonl"
    if pages.is_file():
        for line in pages.read_text(encoding="utf-8").splitlines():
            texts[json.loads(line)["text"]] = None
    by_script: dict[str, list[str]] = {}
    for text in texts:
        if (case := script_of(text)) is not None:
            by_script.setdefault(case, []).append(text)
    return by_script


def repeated(text: str, min_mb: float) -> str:
    return text * max(1, int(min_mb // mb(text) + 1))


def mojibake(text: str) -> str:
    return text.encode("utf-8").decode("sloppy-windows-1252")


def cases(min_mb: float, script_mb: float = 0.0) -> dict[str, str]:
    clean = repeated("\n".join(corpus_texts()), min_mb)
    ascii_text = clean.encode("ascii", "ignore").decode("ascii")
    result = {"clean": clean, "mojibake": mojibake(clean), "ascii": ascii_text}
    result["wire"] = SEPARATOR.join(wire_texts())
    result["page"] = SEPARATOR.join(page_texts())
    if script_mb > 0:
        for name, texts in sorted(script_texts().items()):
            text = repeated("\n".join(texts), script_mb)
            result[name] = text
            result[f"{name}-mojibake"] = mojibake(text)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--min-mb", type=float, default=10.0)
    parser.add_argument("--script-mb", type=float, default=3.0, help="0: no per-script cases")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--reference-repeat", type=int, default=1)
    parser.add_argument("--case", action="append", help="run only these cases")
    parser.add_argument("--clock", choices=("cpu", "wall"), default="cpu")
    parser.add_argument("--ftfy", action="store_true", help="also time ftfy.fix_text alone")
    args = parser.parse_args()
    clock = time.process_time if args.clock == "cpu" else time.perf_counter

    def timed(repeat: int, function: Callable[[], object]) -> float:
        return best_of(repeat, function, clock)

    print(header(), f"({args.clock} time)")
    fast, reference = normalize_module.normalize, normalize_module.reference_normalize
    for name, text in cases(args.min_mb, args.script_mb).items():
        if args.case and name not in args.case:
            continue
        size = mb(text)
        outputs: dict[str, str] = {}
        t_fast = timed(args.repeat, lambda t=text, o=outputs: o.update(fast=fast(t)))
        t_ref = timed(args.reference_repeat, lambda t=text, o=outputs: o.update(ref=reference(t)))
        assert outputs["fast"] == outputs["ref"], f"{name}: fast and reference differ"
        against = ""
        if args.ftfy:
            t_ftfy = timed(args.reference_repeat, lambda t=text: ftfy.fix_text(t))
            against = f", ftfy {size / t_ftfy:.2f} MB/s, ratio {t_ftfy / t_fast:.1f}x"
        print(
            f"({name}) {size:.1f} MB: normalize {size / t_fast:.1f} MB/s, "
            f"reference {size / t_ref:.2f} MB/s, ratio {t_ref / t_fast:.1f}x{against}",
            flush=True,
        )


if __name__ == "__main__":
    main()
