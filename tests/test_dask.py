"""wirestory.dask on Dask's distributed scheduler, on a local in-process cluster."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

import pytest

import wirestory
import wirestory.export

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


# Module-level, so that functions run by the in-process workers are pickled by
# reference and share this one dict (a closure would be pickled as a copy).
_MADE: dict[str, int] = {}


def _counting_to_dict(story: wirestory.Story, **kwargs: bool) -> dict[str, object]:
    _MADE[story.headline] = len(_MADE) + 1
    return wirestory.export.to_dict(story, **kwargs)


def _tag(record: dict[str, object]) -> tuple[object, int]:
    return record["headline"], len(_MADE)


def test_records_stream_through_the_next_step(
    tmp_path: Path, client: distributed.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A step after read_stories gets each record as soon as it is parsed, not
    after the whole file (issue #14: the partition was built as one list). Each
    record seen by `map` is tagged with how many records of its file had been made
    by then: streaming gives 1, 2, 3; a list per file would give 3, 3, 3."""
    import wirestory.dask

    monkeypatch.setattr(wirestory.dask, "to_dict", _counting_to_dict)
    _MADE.clear()
    (tmp_path / "a.txt").write_bytes(EXAMPLE.read_bytes())
    bag = read_stories(str(tmp_path / "a.txt"))
    tagged = bag.map(_tag).compute(scheduler=client.get)
    assert [count for _, count in tagged] == [1, 2, 3]
    _MADE.clear()
    # take(1) parses only as far as the first story.
    assert len(bag.pluck("headline").take(1)) == 1
    assert len(_MADE) == 1


@pytest.mark.timeout(180)
def test_read_stories_on_worker_processes(tmp_path: Path) -> None:
    """With worker processes each partition's result travels between processes:
    a bag computed as it is arrives as lists (a generator cannot be pickled), and
    a reduction over it works."""
    (tmp_path / "a.txt").write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "b.txt").write_bytes(b"Rain Returns\n\nIt rained.\n")
    with (
        distributed.LocalCluster(
            processes=True,
            n_workers=1,
            threads_per_worker=1,
            dashboard_address=":0",
            worker_dashboard_address=":0",
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        bag = read_stories(str(tmp_path / "*.txt"))
        records = bag.compute(scheduler=client.get)
        assert [r["headline"] for r in records][-1] == "Rain Returns"
        assert len(records) == 4
        assert bag.pluck("headline").count().compute(scheduler=client.get) == 4
