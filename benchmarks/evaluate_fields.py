"""Measure the fields found in real pages' text (../shared/corpus/page_fields/pages.jsonl).

    python benchmarks/evaluate_fields.py [--shared ../shared] [--show N]

Each of the 135 development pages is the whole visible text of a news page
(menus, title, story, related links, footer), labelled from the page's own
metadata (its README says how): headline, author names, photo captions, body.
Every page is parsed as users parse it, ``parse_story(text)`` and
``parse(text)[0]`` (the layout chosen by the parser), and scored the way the
shared scorer ``../shared/tools/score_fields.py`` scores it (a corpus test holds
the two to the same figures):

* text is compared *folded*: NFKC, curly quotes and dashes made straight,
  no-break and zero-width spaces, soft hyphens, runs of white space made one
  space, case folded;
* **headline**: the story's headline equals the label, on the pages with one;
* **authors**: ``story.byline.names`` against the label names (each folded and
  stripped of `` .,;:-'"()[]``), on the pages with an author label: precision is
  names right / names found, recall names right / label names (names found on
  the other pages are counted apart); names only among ``story.contributors``
  are counted apart too;
* **captions**: a label caption is found when a story caption's text is a
  prefix of it or it of the caption (folded; the shorter side at least 20
  characters or the whole label): recall over the label captions, precision over
  the story captions, both on the pages with captions labelled;
* **body**: the article-extraction benchmark's shingle F1 (as in
  ``evaluate_page.py``) of the story's body against the label body;
* the **naive rule**: headline = the first line of 4 to 25 words, body = the
  whole text.

``--show N`` lists up to N misses of each field (headline, authors, captions).
Nothing here is tuned to a page: the same parse as users get.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import attrs
from _common import tp_fp_fn

import wirestory
from wirestory import Story

_PAGES = Path("corpus") / "page_fields" / "pages.jsonl"
# The characters the fold maps: curly quotes and guillemets to straight quotes,
# no-break and thin spaces to a space, zero-width space, BOM and soft hyphen to
# nothing, the dashes to a hyphen-minus.
_FOLD = str.maketrans(
    dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb", '"')
    | dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u00b4", "'")
    | dict.fromkeys("\u00a0\u2009\u202f", " ")
    | dict.fromkeys("\u200b\ufeff\u00ad", "")
    | dict.fromkeys("\u2013\u2014\u2012\u2010\u2011", "-")
)
_WHITE = re.compile(r"\s+")
MODES: dict[str, Callable[[str], Story | None]] = {
    "parse_story": wirestory.parse_story,
    "parse()[0]": lambda text: next(iter(wirestory.parse(text)), None),
}


def fold(text: str) -> str:
    """The compare form of a text."""
    text = unicodedata.normalize("NFKC", text).translate(_FOLD)
    return _WHITE.sub(" ", text).strip().casefold()


def name_key(name: str) -> str:
    """The compare form of a person's name."""
    return fold(name).strip(" .,;:-'\"()[]")


def caption_found(label: str, predictions: Iterable[str]) -> bool:
    """Whether one of ``predictions`` is a prefix of ``label`` or has it as a
    prefix (folded), the shorter side holding 20 characters or the whole label."""
    folded = fold(label)
    for prediction in predictions:
        other = fold(prediction)
        if not other or min(len(other), len(folded)) < min(20, len(folded)):
            continue
        if folded.startswith(other) or other.startswith(folded):
            return True
    return False


def naive_headline(text: str) -> str:
    """The naive rule: the first line of 4 to 25 words."""
    return next((line.strip() for line in text.split("\n") if 4 <= len(line.split()) <= 25), "")


# Body F1: the article-extraction benchmark's metric (see evaluate_page.py).


def body_scores(counts: Sequence[tuple[float, float, float]]) -> tuple[float, float, float]:
    """F1, precision and recall, averaged per page as the benchmark averages them."""

    def precision(tp: float, fp: float, fn: float) -> float:
        if fp == fn == 0:
            return 1.0
        return 0.0 if tp == fp == 0 else tp / (tp + fp)

    def recall(tp: float, fp: float, fn: float) -> float:
        if fp == fn == 0:
            return 1.0
        return 0.0 if tp == fn == 0 else tp / (tp + fn)

    ps = [precision(*c) for c in counts if c[0] + c[1] > 0]
    rs = [recall(*c) for c in counts if c[0] + c[2] > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def _ratio(a: int, b: int) -> float:
    return a / b if b else float("nan")


@attrs.define
class Tally:
    """The counts of one mode over a set of pages."""

    pages: int = 0
    headline_right: int = 0
    headline_labelled: int = 0
    naive_headline_right: int = 0
    authors_right: int = 0
    authors_found: int = 0
    authors_labelled: int = 0
    authors_in_contributors: int = 0
    pages_with_unlabelled_byline: int = 0
    captions_found: int = 0
    captions_labelled: int = 0
    predictions_right: int = 0
    predictions: int = 0
    body: list[tuple[float, float, float]] = attrs.field(factory=list)
    naive_body: list[tuple[float, float, float]] = attrs.field(factory=list)
    crashes: list[str] = attrs.field(factory=list)
    misses: dict[str, list[str]] = attrs.field(
        factory=lambda: {"headline": [], "authors": [], "captions": []}
    )

    def add(self, record: dict[str, object], story: Story | None) -> None:
        """Count one page."""
        labels: dict[str, object] = record["labels"]  # type: ignore[assignment]
        text = str(record["text"])
        rid = str(record["id"])
        self.pages += 1
        headline = labels.get("headline")
        if headline:
            got = story.headline if story is not None else ""
            self.headline_labelled += 1
            self.headline_right += fold(got) == fold(str(headline))
            self.naive_headline_right += fold(naive_headline(text)) == fold(str(headline))
            if fold(got) != fold(str(headline)):
                self.misses["headline"].append(f"{rid}: got {got[:90]!r} want {headline!r}")
        byline = story.byline if story is not None else None
        names = [k for k in (name_key(n) for n in (byline.names if byline else ())) if k]
        authors: list[str] | None = labels.get("authors")  # type: ignore[assignment]
        if authors:
            gold = [name_key(n) for n in authors]
            contributors = [name_key(c.name) for c in story.contributors] if story else []
            self.authors_labelled += len(gold)
            self.authors_found += len(names)
            self.authors_right += sum(n in gold for n in names)
            self.authors_in_contributors += sum(g in contributors for g in gold)
            if set(gold) - set(names):
                raw = byline.raw if byline else None
                self.misses["authors"].append(f"{rid}: got {names} (byline {raw!r}) want {authors}")
        elif names:
            self.pages_with_unlabelled_byline += 1
        captions: list[str] | None = labels.get("captions")  # type: ignore[assignment]
        if captions:
            predicted = [c.text for c in story.captions] if story is not None else []
            self.captions_labelled += len(captions)
            for caption in captions:
                found = caption_found(caption, predicted)
                self.captions_found += found
                if not found:
                    self.misses["captions"].append(f"{rid}: want {caption[:110]!r}")
            self.predictions += len(predicted)
            self.predictions_right += sum(caption_found(p, captions) for p in predicted)
        body = labels.get("body")
        if body is not None:
            self.body.append(tp_fp_fn(str(body), "\n".join(story.body) if story else ""))
            self.naive_body.append(tp_fp_fn(str(body), text))

    def figures(self) -> dict[str, float]:
        """The scores, by name."""
        f1, p, r = body_scores(self.body)
        naive_f1, naive_p, naive_r = body_scores(self.naive_body)
        return {
            "headline": _ratio(self.headline_right, self.headline_labelled),
            "naive_headline": _ratio(self.naive_headline_right, self.headline_labelled),
            "authors_precision": _ratio(self.authors_right, self.authors_found),
            "authors_recall": _ratio(self.authors_right, self.authors_labelled),
            "captions_precision": _ratio(self.predictions_right, self.predictions),
            "captions_recall": _ratio(self.captions_found, self.captions_labelled),
            "body_f1": f1,
            "body_precision": p,
            "body_recall": r,
            "naive_body_f1": naive_f1,
            "naive_body_precision": naive_p,
            "naive_body_recall": naive_r,
        }


def load(shared: Path) -> list[dict[str, object]]:
    """The labelled pages, in file order."""
    path = shared / _PAGES
    if not path.is_file():
        sys.exit(f"{path} is missing: this benchmark reads ../shared/corpus/page_fields/")
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def evaluate(shared: Path, mode: str = "parse_story") -> dict[str, Tally]:
    """One tally for all pages (key ``all``) and one per source."""
    parse = MODES[mode]
    tallies: dict[str, Tally] = {"all": Tally()}
    for record in load(shared):
        story: Story | None = None
        tally = tallies.setdefault(str(record["source"]), Tally())
        try:
            story = parse(str(record["text"]))
        except Exception as error:  # a crash is a figure here
            for t in (tallies["all"], tally):
                t.crashes.append(f"{record['id']}: {type(error).__name__}: {error}")
        for t in (tallies["all"], tally):
            t.add(record, story)
    return {name: tallies[name] for name in ["all", *sorted(set(tallies) - {"all"})]}


def _cell(value: float, count: str = "") -> str:
    text = "n/a" if value != value else f"{value:.3f}"
    return f"{text} ({count})" if count else text


def table(results: dict[str, dict[str, Tally]]) -> str:
    """The figures of every mode and source as one Markdown table."""
    rows = [
        "| parse | pages | headline | naive headline | authors P | authors R | captions P "
        "| captions R | body F1 (P / R) | naive body F1 (P / R) |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for mode, tallies in results.items():
        for name, t in tallies.items():
            f = t.figures()
            rows.append(
                f"| {mode} · {name} | {t.pages} "
                f"| {_cell(f['headline'], f'{t.headline_right}/{t.headline_labelled}')} "
                f"| {_cell(f['naive_headline'], f'{t.naive_headline_right}/{t.headline_labelled}')}"
                " "
                f"| {_cell(f['authors_precision'], f'{t.authors_right}/{t.authors_found}')} "
                f"| {_cell(f['authors_recall'], f'{t.authors_right}/{t.authors_labelled}')} "
                f"| {_cell(f['captions_precision'], f'{t.predictions_right}/{t.predictions}')} "
                f"| {_cell(f['captions_recall'], f'{t.captions_found}/{t.captions_labelled}')} "
                f"| {_cell(f['body_f1'])} ({_cell(f['body_precision'])} / "
                f"{_cell(f['body_recall'])}) "
                f"| {_cell(f['naive_body_f1'])} ({_cell(f['naive_body_precision'])} / "
                f"{_cell(f['naive_body_recall'])}) |"
            )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared"
    )
    parser.add_argument("--show", type=int, default=0, help="list up to N misses of each field")
    args = parser.parse_args(argv)
    results = {mode: evaluate(args.shared, mode) for mode in MODES}
    print(table(results))
    for mode, tallies in results.items():
        t = tallies["all"]
        print(
            f"\n{mode}: {len(t.crashes)} crashes; label names among contributors "
            f"{t.authors_in_contributors}/{t.authors_labelled}; pages with a byline but no "
            f"author label {t.pages_with_unlabelled_byline}"
        )
        for crash in t.crashes[:10]:
            print(f"  crash {crash}")
        if args.show and mode == "parse_story":
            for name, misses in t.misses.items():
                for miss in misses[: args.show]:
                    print(f"  {name} miss {miss}")
    return 1 if any(t.crashes for tallies in results.values() for t in tallies.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
