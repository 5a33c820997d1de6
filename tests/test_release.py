"""One version: ``wirestory.__version__``, the CHANGELOG's newest release and the tag agree.

The release workflow runs these on the tag it publishes (GitHub sets
``GITHUB_REF_TYPE=tag`` and ``GITHUB_REF_NAME=v0.1.0``); anywhere else (and for
tags not starting with ``v``, which release nothing) the tag test is skipped and
the package is checked against the CHANGELOG only.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
from pathlib import Path
from types import ModuleType

import pytest

import wirestory

ROOT = Path(__file__).resolve().parent.parent


def _changelog_script() -> ModuleType:
    """scripts/changelog.py as a module (the folder is not a package)."""
    spec = importlib.util.spec_from_file_location("changelog", ROOT / "scripts" / "changelog.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


changelog = _changelog_script()
CHANGELOG = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


def test_version_is_the_changelogs_newest_release() -> None:
    """__version__ is the newest released section of CHANGELOG.md: releasing means
    renaming [Unreleased] and setting __version__, in the same commit."""
    assert changelog.newest_release(CHANGELOG) == wirestory.__version__


def test_tag_is_the_version() -> None:
    """In the build of a release tag (v*, what release.yml runs on), the tag is
    'v' + __version__: a tag on the wrong commit fails the release before anything
    is published."""
    tag = os.environ.get("GITHUB_REF_NAME", "")
    if os.environ.get("GITHUB_REF_TYPE") != "tag" or not tag.startswith("v"):
        pytest.skip("not the build of a release tag (GITHUB_REF_TYPE=tag, GITHUB_REF_NAME=v*)")
    assert tag == f"v{wirestory.__version__}"


def test_installed_metadata_is_the_version() -> None:
    """The version is written once: the package metadata (what pip and PyPI show) is
    read from wirestory/__init__.py at build time."""
    try:
        installed = importlib.metadata.version("wirestory")
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("wirestory is imported from a tree that is not installed")
    assert installed == wirestory.__version__


def test_version_is_written_once() -> None:
    """pyproject.toml reads the version from the package; no file keeps a copy."""
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject
    assert 'path = "wirestory/__init__.py"' in pyproject
    assert "\nversion =" not in pyproject
    assert "\nversion:" not in (ROOT / "CITATION.cff").read_text(encoding="utf-8")


def test_changelog_releases_and_notes() -> None:
    """The script finds released sections (not [Unreleased]) and cuts one section's
    text for the GitHub release, up to the next section."""
    text = (
        "# Changelog\n\n## [Unreleased]\n\n### Fixed\n- Soon.\n\n"
        "## [1.1.0] - 2027-02-01\n\n### Added\n- `parse` got faster.\n\n"
        "## [1.0.0] - 2027-01-01\n\nThe first release.\n"
    )
    assert changelog.releases(text) == [("1.1.0", "2027-02-01"), ("1.0.0", "2027-01-01")]
    assert changelog.newest_release(text) == "1.1.0"
    assert changelog.notes(text, "1.1.0") == "### Added\n- `parse` got faster.\n"
    assert changelog.notes(text, "1.0.0") == "The first release.\n"
    with pytest.raises(ValueError, match=r"no released section for '2\.0\.0'"):
        changelog.notes(text, "2.0.0")
    with pytest.raises(ValueError, match="no released section"):
        changelog.newest_release("# Changelog\n\n## [Unreleased]\n")


def test_changelog_notes_of_this_version() -> None:
    """The notes the release workflow would attach for this version are not empty."""
    notes = changelog.notes(CHANGELOG, wirestory.__version__)
    assert notes.strip()
    assert "## [" not in notes


def test_changelog_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    """`changelog.py notes vX.Y.Z` accepts the tag as it is; errors exit non-zero."""
    assert changelog.main(["notes", f"v{wirestory.__version__}"]) == 0
    assert capsys.readouterr().out == changelog.notes(CHANGELOG, wirestory.__version__)
    assert changelog.main(["version"]) == 0
    assert capsys.readouterr().out == f"{wirestory.__version__}\n"
    assert changelog.main(["notes", "v0.0.0-not-released"]) == 1
    assert changelog.main([]) == 2
