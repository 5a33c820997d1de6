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
