"""``benchmarks/instructions.py``, the process docs/performance.md counts
instructions of: it parses what it says, and nothing with ``none``."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmark_scripts import load


@pytest.mark.corpus
@pytest.mark.parametrize("text", ["page", "wire", "seed"])
def test_the_parse_run_parses_the_benchmark_text_and_none_parses_less(
    shared: Path, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = load("instructions")
    sizes: dict[str, list[int]] = {"parse": [], "none": []}
    for what in sizes:
        monkeypatch.setattr("sys.argv", ["instructions.py", what, text])
        monkeypatch.setattr(script, "parse", lambda dump, w=what: sizes[w].append(len(dump)))
        script.main()
    # The warm-up's three dumps in both runs; the benchmark text after them only in one.
    assert sizes["parse"][:3] == sizes["none"]
    assert len(sizes["parse"]) == 4
    assert sizes["parse"][3] > max(sizes["none"])


@pytest.mark.corpus
def test_the_normalize_run_normalizes_the_text_once_more(
    shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With ``--normalize``, both runs normalize the whole text once after the
    warm-up, and ``parse`` once more in place of parsing it."""
    script = load("instructions")
    calls: dict[str, list[str]] = {"parse": [], "none": []}
    for what in calls:
        monkeypatch.setattr("sys.argv", ["instructions.py", what, "wire", "--normalize"])
        monkeypatch.setattr(script, "normalize", lambda text, w=what: calls[w].append(text))
        monkeypatch.setattr(script, "parse", lambda dump: None)
        script.main()
    assert len(calls["none"]) == 1
    assert calls["parse"] == calls["none"] * 2
    assert len(calls["none"][0]) > 100_000  # the whole wire copy, not the warm-up's stories
