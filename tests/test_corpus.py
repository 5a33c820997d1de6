"""Accuracy on text written by others (../shared/corpus/), with the targets the
wire-conventions issue sets. The figures themselves are in docs/accuracy.md."""

from __future__ import annotations

import warnings
from pathlib import Path
from types import ModuleType

import benchmark_scripts
import pytest

import wirestory

pytestmark = pytest.mark.corpus


def _evaluation() -> ModuleType:
    return benchmark_scripts.load("evaluate_corpus")


def test_reuters_21578_datelines_and_bylines(shared: Path) -> None:
    """Dateline precision >= 0.99 and recall >= 0.97, byline precision >= 0.99,
    against the <DATELINE> and <AUTHOR> tags of reut2-021.sgm."""
    scores = _evaluation().reuters(shared, show=0)
    assert scores["dateline_truth"] == 460
    assert scores["dateline_precision"] >= 0.99
    assert scores["dateline_recall"] >= 0.97
    assert scores["byline_precision"] >= 0.99


def test_no_corpus_file_crashes(shared: Path) -> None:
    """Every corpus file parses in lenient mode without an exception."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", wirestory.DecodeWarning)
        total, crashed = _evaluation().crashes(shared)
    assert total > 100
    assert crashed == 0


def test_ap_pages_give_dateline_captions_and_copyright(shared: Path) -> None:
    """Every AP page in the corpus (each opens its story with a "PLACE (AP)"
    dateline whose dash the scraper dropped, checked by reading them) gets its
    dateline, and its copyright line out of the body."""
    pages = sorted((shared / "corpus" / "ap_raw_cs325_chasepoin" / "Data").rglob("*.txt"))
    assert len(pages) == 10
    for page in pages:
        text = wirestory.decode(page.read_bytes())
        story = wirestory.parse_story(text)
        assert story.copyright == "Copyright 2024 The Associated Press. All Rights Reserved."
        assert not any("Copyright" in p for p in story.body)
        assert story.dateline is not None
        assert story.dateline.raw.endswith("(AP)")
        assert story.dateline.agencies == ("Associated Press",)
