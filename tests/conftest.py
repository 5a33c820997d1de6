"""Shared test setup: Hypothesis profiles and the path to ../shared/."""

from __future__ import annotations

import os
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import wirestory

# "ci" (the default, what .ci/run and the README's test command use) runs a few
# hundred examples per property, and "installed" (.ci/run's runs against built
# wheels) fewer. Both are derandomized: each test's draws are seeded from its
# source, so a gate passes or fails on the code rather than on a new draw (a
# random draw failed a stop once on a case no earlier run had drawn); a
# strategy sampling an unordered set may still draw otherwise in another
# process, as hash randomization orders the set. The random
# search for new cases is the local profiles' job: HYPOTHESIS_PROFILE=dev is
# quicker while editing, "thorough" is for a long local run; a case either
# finds becomes an @example, which every profile runs.
settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "installed",
    max_examples=50,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=50, deadline=None)
settings.register_profile("thorough", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"

# The compiled build (mypyc) installs each hot module twice, as the compiled
# extension Python imports and as its .py source. --doctest-modules, given the
# package, collects the .py file, imports the extension and stops at the
# mismatch; this lets it go on. A compiled module keeps no docstrings, so the
# collection finds no examples there: tests/test_docstrings.py runs them instead,
# read from the source, on both builds.
if wirestory.COMPILED:
    os.environ.setdefault("PY_IGNORE_IMPORTMISMATCH", "1")


def pytest_sessionstart(session: pytest.Session) -> None:
    """With WIRESTORY_EXPECT_INSTALLED set (CI's wheel run), refuse to test the
    source tree: the point of that run is the installed wheel."""
    source = Path(wirestory.__file__).resolve()
    in_tree = Path(__file__).resolve().parent.parent in source.parents
    if os.environ.get("WIRESTORY_EXPECT_INSTALLED") and in_tree:
        pytest.exit(f"testing {source}, the source tree, not the installed wheel", 1)
    # A compiled build made in the checkout itself (`python -m build --wheel` with
    # HATCH_BUILD_HOOKS_ENABLE=1 compiles in place) leaves extension modules
    # beside the sources, which Python imports instead of them: the tests would
    # run yesterday's compiled code, not the source being edited.
    leftovers = sorted(
        {
            str(path.relative_to(source.parent.parent))
            for suffix in EXTENSION_SUFFIXES
            for path in source.parent.rglob(f"*{suffix}")
        }
    )
    if in_tree and leftovers:
        pytest.exit(
            f"compiled modules in the source tree shadow the sources: {', '.join(leftovers)}; "
            "remove them (git clean -X wirestory) or test the installed wheel",
            1,
        )


@pytest.fixture
def shared() -> Path:
    """The shared folder beside the checkout; a corpus test fails (never skips) without it."""
    if not SHARED.is_dir():
        pytest.fail(
            f"{SHARED} is missing: corpus tests need ../shared/ beside the checkout "
            "(deselect them with -m 'not corpus')"
        )
    return SHARED
