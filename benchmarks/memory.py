"""Peak memory of ``wirestory parse`` over a large dump.

Builds a dump of the requested size by repeating the project's own fixtures
(``tests/cases/*.txt`` and ``examples/dump.txt``, text written for this project,
never corpus text), separated by three blank lines, then runs the command on it
in a child process and reports the child's peak resident set size
(``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss``) and wall time.

    python benchmarks/memory.py --size-mb 1024 --dump /tmp/wirestory-1g.txt

The dump is kept when ``--dump`` names it (and reused if it already has the
size), else written to a temporary folder and removed.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def fixture_text() -> bytes:
    """The project's own fixtures, each followed by a story separator."""
    paths = [ROOT / "examples" / "dump.txt", *sorted((ROOT / "tests" / "cases").glob("*.txt"))]
    return b"".join(path.read_bytes().rstrip(b"\r\n") + b"\n\n\n\n" for path in paths)


def build(path: Path, size: int) -> None:
    """Write at least ``size`` bytes of repeated fixtures to ``path``."""
    unit = fixture_text()
    block = unit * max(1, (1 << 20) // len(unit))
    written = 0
    with path.open("wb") as file:
        while written < size:
            file.write(block)
            written += len(block)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=1024, help="dump size (default 1024)")
    parser.add_argument("--dump", type=Path, help="where to write the dump (kept)")
    parser.add_argument("--jobs", type=int, default=1, help="wirestory parse --jobs")
    parser.add_argument("--format", default="jsonl", help="wirestory parse --format")
    args = parser.parse_args()

    size = args.size_mb << 20
    with tempfile.TemporaryDirectory() as folder:
        dump = args.dump or Path(folder) / "dump.txt"
        if not (dump.exists() and dump.stat().st_size >= size):
            build(dump, size)
        command = [
            sys.executable,
            "-m",
            "wirestory",
            "parse",
            "--quiet",
            "--jobs",
            str(args.jobs),
            "--format",
            args.format,
            "--output",
            os.devnull,
            str(dump),
        ]
        started = time.perf_counter()
        subprocess.run(command, check=True)
        seconds = time.perf_counter() - started
        # ru_maxrss is the largest child's peak, in KiB on Linux (bytes on macOS).
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        peak_mb = peak / (1 << 20) if sys.platform == "darwin" else peak / 1024
        megabytes = dump.stat().st_size / (1 << 20)
        print(f"command: {' '.join(command[1:])}")
        print(
            f"input: {megabytes:,.0f} MiB; machine: {platform.platform()}, "
            f"{os.cpu_count()} CPUs, Python {platform.python_version()}"
        )
        print(f"peak RSS (largest process): {peak_mb:,.1f} MiB")
        print(f"wall time: {seconds:,.1f} s ({megabytes / seconds:,.2f} MiB/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
