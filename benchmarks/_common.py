"""Helpers shared by the benchmark scripts (not part of the library, not tests)."""

from __future__ import annotations

import json
import platform
import re
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

# `wirestory.normalize` is the function; the module holds the reference.
import wirestory  # noqa: E402

normalize_module = sys.modules["wirestory.normalize"]


def corpus_texts(corpus: Path = SHARED / "corpus") -> list[str]:
    """Every text of the shared corpus: each non-JSON file decoded like
    wirestory.decode, and each string field of the JSON files."""
    if not corpus.is_dir():
        sys.exit(f"{corpus} is missing: the benchmarks read ../shared/corpus/")
    texts: list[str] = []

    def strings(value: Any) -> None:
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                strings(item)
        elif isinstance(value, list):
            for item in value:
                strings(item)

    for path in sorted(p for p in corpus.rglob("*") if p.is_file()):
        if path.suffix == ".json":
            strings(json.loads(path.read_text(encoding="utf-8")))
        else:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                texts.append(wirestory.decode(path.read_bytes()))
    return texts


def best_of(
    repeat: int, function: Callable[[], object], clock: Callable[[], float] = time.perf_counter
) -> float:
    """The fastest of ``repeat`` runs, in seconds (the least disturbed run), by
    ``clock``: wall time by default, ``time.process_time`` for CPU time (what a
    shared, loaded machine disturbs less)."""
    best = float("inf")
    for _ in range(repeat):
        start = clock()
        function()
        best = min(best, clock() - start)
    return best


def mb(text: str) -> float:
    """Size in MB (10^6 bytes) of the text encoded as UTF-8, the unit of every figure."""
    return len(text.encode("utf-8", "surrogatepass")) / 1e6


def header() -> str:
    return f"python {platform.python_version()} on {platform.machine()}, one core"


# The scrapinghub article-extraction benchmark's body metric, shared by
# evaluate_page.py and evaluate_fields.py: tokens are runs of word characters.
_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """The benchmark's shingles: every run of ``n`` tokens (one shorter shingle
    when the text has fewer tokens, none when it has none)."""
    tokens = _TOKEN.findall(text)
    return Counter(
        tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n]
    )


def tp_fp_fn(true: str, pred: str) -> tuple[float, float, float]:
    """TP, FP and FN over shingles, normalized to sum 1 (all 0 when both are empty)."""
    t, p = shingles(true), shingles(pred)
    tp = float(sum((t & p).values()))
    fp = float(sum((p - t).values()))
    fn = float(sum((t - p).values()))
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)
