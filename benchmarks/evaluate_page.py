"""Measure the page layout on full-page text dumps (the scrapinghub benchmark in ../shared/corpus/).

    python benchmarks/evaluate_page.py [--shared ../shared] [--worst N] [--raw] [--show KEY]

For each page, the raw text is ``output/html-text.json["output"][key]["articleBody"]``
(the whole visible text of the page, as the ``html-text`` library wrote it) and
the truth is ``ground-truth.json[key]["articleBody"]``. The page is parsed with
``parse_story(text, options=ParseOptions(layout="page"))`` and the prediction is
the story's body paragraphs joined with blank lines.

The metric is the benchmark's own (its ``evaluate.py``): per page, the multisets
of 4-token shingles of predicted and true body (tokens are ``\\w+`` runs, case
kept: the benchmark's ``IGNORECASE`` flag does not change what ``\\w+`` finds)
give TP, FP and FN, normalized to sum 1 for the page; precision is averaged over
the pages with a prediction (TP + FP > 0), recall over the pages with a truth;
F1 is the harmonic mean of the two averages.

``--raw`` scores the raw text itself (the reference: F1 0.68, P 0.52, R 0.99).
Languages are told from the page's text by the stop-word tables of
``wirestory.layouts.page`` (``ja``/``zh`` by script); sites are the URL's host name.
Nothing here is tuned to a page: the same parse as users get.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from urllib.parse import urlparse

from _common import tp_fp_fn

import wirestory
from wirestory import ParseOptions
from wirestory.layouts.page import guess_language

_FOLDER = Path("corpus") / "scrapinghub_article_extraction_benchmark"
PAGE = ParseOptions(layout="page")


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def scores(counts: Iterable[tuple[float, float, float]]) -> dict[str, float]:
    """F1, precision and recall as the benchmark averages them."""
    counts = list(counts)
    precisions = [_precision(*c) for c in counts if c[0] + c[1] > 0]
    recalls = [_recall(*c) for c in counts if c[0] + c[2] > 0]
    precision = statistics.mean(precisions) if precisions else 0.0
    recall = statistics.mean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"f1": f1, "precision": precision, "recall": recall, "pages": len(counts)}


def predict(text: str) -> str:
    """The body the page layout finds in one page's text."""
    story = wirestory.parse_story(text, options=PAGE)
    return "\n\n".join(story.body)


def load(shared: Path) -> list[dict[str, str]]:
    """The pages: key, site, language, raw text and true body, in key order."""
    folder = shared / _FOLDER
    raw = json.loads((folder / "output" / "html-text.json").read_text(encoding="utf-8"))
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth):
        text = raw["output"][key]["articleBody"]
        pages.append(
            {
                "key": key,
                "site": urlparse(truth[key]["url"]).netloc.removeprefix("www."),
                "language": guess_language(text) or "?",
                "raw": text,
                "truth": truth[key]["articleBody"],
            }
        )
    return pages


def evaluate(
    shared: Path, predictor: Callable[[str], str] = predict
) -> tuple[dict[str, float], list[dict[str, object]]]:
    """Overall scores and one row per page (its counts and scores)."""
    rows: list[dict[str, object]] = []
    for page in load(shared):
        counts = tp_fp_fn(page["truth"], predictor(page["raw"]))
        rows.append({**page, "counts": counts, **scores([counts])})
    return scores(r["counts"] for r in rows), rows  # type: ignore[misc]


def _group(rows: list[dict[str, object]], field: str) -> dict[str, dict[str, float]]:
    groups: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
    for row in rows:
        groups[str(row[field])].append(row["counts"])  # type: ignore[arg-type]
    return {name: scores(counts) for name, counts in sorted(groups.items())}


def _line(name: str, s: dict[str, float]) -> str:
    return (
        f"| {name} | {int(s['pages'])} | {s['f1']:.3f} | {s['precision']:.3f} | {s['recall']:.3f} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--shared", type=Path, default=Path(__file__).parent.parent.parent / "shared"
    )
    parser.add_argument("--worst", type=int, default=10, help="list the N worst pages by F1")
    parser.add_argument("--raw", action="store_true", help="score the raw text (the reference)")
    parser.add_argument("--sites", action="store_true", help="print the per-site table")
    parser.add_argument("--show", help="print the parse of the page whose key starts with this")
    args = parser.parse_args(argv)
    predictor = (lambda text: text) if args.raw else predict
    overall, rows = evaluate(args.shared, predictor)
    if args.show:
        for row in rows:
            if str(row["key"]).startswith(args.show):
                story = wirestory.parse_story(str(row["raw"]), options=PAGE)
                for segment in story.segments:
                    text = str(row["raw"])[segment.start : segment.end].rstrip("\n")
                    print(f"{segment.role.value:>10} {segment.rule:<24} {text[:110]}")
        return 0
    header = "| {} | pages | F1 | precision | recall |\n|---|---|---|---|---|"
    print(header.format("set"))
    print(_line("all", overall))
    print()
    print(header.format("language"))
    for name, s in _group(rows, "language").items():
        print(_line(name, s))
    if args.sites:
        print()
        print(header.format("site"))
        for name, s in _group(rows, "site").items():
            print(_line(name, s))
    if args.worst:
        print()
        print("| page (key prefix) | site | language | F1 | precision | recall |")
        print("|---|---|---|---|---|---|")
        worst = sorted(rows, key=lambda r: (r["f1"], r["key"]))[: args.worst]  # type: ignore[arg-type, return-value]
        for row in worst:
            print(
                f"| {str(row['key'])[:12]} | {row['site']} | {row['language']} | "
                f"{row['f1']:.3f} | {row['precision']:.3f} | {row['recall']:.3f} |"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
