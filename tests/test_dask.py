"""wirestory.dask on Dask's distributed scheduler, on a local in-process cluster."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

import pytest

import wirestory

distributed = pytest.importorskip(
    "distributed", reason="wirestory.dask needs the dask extra: pip install -e '.[dask]'"
)

from wirestory.dask import read_stories  # noqa: E402

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "dump.txt"


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    """A local cluster in this process (no network beyond in-process transport)."""
    with (
        distributed.LocalCluster(
            processes=False, n_workers=2, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def test_read_stories_on_a_local_cluster(tmp_path: Path, client: distributed.Client) -> None:
    """A glob of plain and gzip dumps gives every story's record, in file order, the
    same as parsing each file in this process."""
    (tmp_path / "a.txt").write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress(b"Rain Returns\n\nIt rained.\n"))
    bag = read_stories(str(tmp_path / "*"))
    assert bag.npartitions == 2
    records = bag.compute(scheduler=client.get)
    expected = [s.to_dict() for s in wirestory.parse(EXAMPLE.read_text(encoding="utf-8"))]
    expected.append(wirestory.parse("Rain Returns\n\nIt rained.\n")[0].to_dict())
    assert [{k: v for k, v in r.items() if k != "path"} for r in records] == expected
    assert [Path(r["path"]).name for r in records] == ["a.txt"] * 3 + ["b.txt.gz"]
    headlines = bag.pluck("headline").filter(lambda h: "Rain" in h).compute(scheduler=client.get)
    assert headlines == ["Rain Returns"]


def test_read_stories_reports_a_pattern_that_matches_nothing(tmp_path: Path) -> None:
    """A glob that matches no file fails at once, naming the pattern."""
    with pytest.raises(FileNotFoundError, match=r"no file matches"):
        read_stories(str(tmp_path / "*.txt"))
