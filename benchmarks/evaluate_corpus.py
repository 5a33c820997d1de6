"""Measure wire-convention extraction on text written by others (../shared/corpus/).

    python benchmarks/evaluate_corpus.py [--shared ../shared] [--show N]

1. Reuters-21578 (``reuters21578/reut2-021.sgm``): each story is rebuilt as a wire
   would carry it — title line, the author line if any, then the dateline followed
   by the body, with the collection's hard wrapping and 4-space paragraph indents —
   and parsed with ``ParseOptions(layout="wire")``. Its ``<DATELINE>`` and
   ``<AUTHOR>`` tags are the truth: precision and recall of datelines (exact text)
   and bylines (exact names).
2. ``newspaper_test_fixtures/`` and ``ap_raw_cs325_chasepoin/``: one story a file,
   parsed with ``parse_story``; what was found is printed to be checked by reading.
3. Every corpus file is parsed whole in lenient mode: crashes are counted.

Nothing here is tuned to a file: the same parse as users get.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import traceback
from pathlib import Path

import wirestory
from wirestory import ParseOptions

_REUTERS = re.compile(r"<REUTERS .*?</REUTERS>", re.S)


def _tag(record: str, name: str) -> str | None:
    match = re.search(rf"<{name}>(.*?)</{name}>", record, re.S)
    return html.unescape(match.group(1)) if match else None


def reuters(shared: Path, show: int) -> dict[str, float]:
    text = (shared / "corpus" / "reuters21578" / "reut2-021.sgm").read_text(encoding="latin-1")
    wire = ParseOptions(layout="wire")
    counts = dict.fromkeys(
        ["stories", "dateline_truth", "dateline_found", "dateline_right",
         "byline_truth", "byline_found", "byline_right"], 0)  # fmt: skip
    wrong: list[str] = []
    for record in _REUTERS.findall(text):
        title, body = _tag(record, "TITLE"), _tag(record, "BODY")
        if title is None:
            continue
        if body is None:
            # A BRIEF: the text after the title ("Blah blah blah."), a negative case.
            after = re.search(r"</TITLE>(.*?)</TEXT>", record, re.S)
            body = html.unescape(after.group(1)) if after else ""
        author, dateline = _tag(record, "AUTHOR"), _tag(record, "DATELINE")
        # The collection ends bodies with "Reuter" and an end-of-text control
        # character (&#3;): the character is transmission framing, not text.
        body = body.replace("\x03", "")
        lines = [" ".join(title.split())]
        if author:
            lines.append(author.rstrip())
        story_text = "\n".join(lines) + "\n" + (dateline.strip() + " " if dateline else "") + body
        story = wirestory.parse_story(story_text, options=wire)
        counts["stories"] += 1
        truth = " ".join(dateline.split()) if dateline else None
        found = story.dateline.raw if story.dateline else None
        counts["dateline_truth"] += truth is not None
        counts["dateline_found"] += found is not None
        counts["dateline_right"] += found is not None and found == truth
        if found != truth and len(wrong) < show:
            wrong.append(f"dateline: truth {truth!r} found {found!r}")
        truth_names = _author_names(author)
        found_names = story.byline.names if story.byline else None
        counts["byline_truth"] += truth_names is not None
        counts["byline_found"] += found_names is not None
        counts["byline_right"] += found_names is not None and found_names == truth_names
        if found_names != truth_names and len(wrong) < show:
            wrong.append(f"byline: truth {truth_names!r} found {found_names!r}")
    for line in wrong:
        print("  ", line)
    return {
        **counts,
        "dateline_precision": counts["dateline_right"] / max(1, counts["dateline_found"]),
        "dateline_recall": counts["dateline_right"] / max(1, counts["dateline_truth"]),
        "byline_precision": counts["byline_right"] / max(1, counts["byline_found"]),
        "byline_recall": counts["byline_right"] / max(1, counts["byline_truth"]),
    }


def _author_names(author: str | None) -> tuple[str, ...] | None:
    """The names in an <AUTHOR> tag: "By A and B" -> ("A", "B")."""
    if not author:
        return None
    text = re.sub(r"^\s*by\s+", "", author.strip(), flags=re.I)
    text = text.split(",")[0]
    return tuple(n.strip() for n in re.split(r"\s+and\s+", text))


def single_story_files(shared: Path) -> list[Path]:
    corpus = shared / "corpus"
    return sorted(
        [
            *(corpus / "newspaper_test_fixtures").rglob("*.txt"),
            *(corpus / "ap_raw_cs325_chasepoin" / "Data").rglob("*.txt"),
        ]
    )


def report_files(shared: Path) -> None:
    for path in single_story_files(shared):
        story = wirestory.parse_story(wirestory.decode(path.read_bytes()))
        found = {
            "layout": story.layout,
            "headline": story.headline[:60],
            "dateline": story.dateline.raw if story.dateline else None,
            "byline": story.byline.names if story.byline else None,
            "captions": [(c.text[:30], c.credit, c.agency, c.photographer) for c in story.captions],
            "contributors": [(c.name, c.role, c.place) for c in story.contributors],
            "copyright": story.copyright,
            "notes": [n[:60] for n in story.notes],
            "first": story.body[0][:60] if story.body else None,
        }
        print(path.relative_to(shared / "corpus"))
        for key, value in found.items():
            if value:
                print(f"    {key}: {value}")


def crashes(shared: Path) -> tuple[int, int]:
    files = [p for p in sorted((shared / "corpus").rglob("*")) if p.is_file()]
    crashed = 0
    for path in files:
        try:
            text = wirestory.decode(path.read_bytes())
            wirestory.parse(text)
            if path.suffix == ".json":
                for value in _strings(json.loads(text)):
                    wirestory.parse(value)
        except Exception:  # counting every crash is the point: none may escape uncounted
            crashed += 1
            traceback.print_exc()
    return len(files), crashed


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared"
    )
    parser.add_argument("--show", type=int, default=20, help="how many misses to print")
    parser.add_argument(
        "--files", action="store_true", help="print what each single-story file gave"
    )
    args = parser.parse_args()
    import warnings

    warnings.simplefilter("ignore", wirestory.DecodeWarning)
    print("Reuters-21578 reut2-021.sgm:")
    for key, value in reuters(args.shared, args.show).items():
        print(f"  {key}: {value:.4f}" if isinstance(value, float) else f"  {key}: {value}")
    if args.files:
        report_files(args.shared)
    total, crashed = crashes(args.shared)
    print(f"crashes: {crashed} of {total} corpus files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
