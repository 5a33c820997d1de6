"""Read CHANGELOG.md (Keep a Changelog): the newest released version, a release's notes.

    python scripts/changelog.py version          # the newest released version: 0.1.0
    python scripts/changelog.py notes 0.1.0      # that section's text, for a GitHub release

The release workflow prints the notes of the tag's version into the GitHub
release; tests/test_release.py checks that the newest released version is
``wirestory.__version__`` (and the tag, in a tag build).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

CHANGELOG = Path(__file__).resolve().parent.parent / "CHANGELOG.md"

# "## [0.1.0] - 2026-11-24": a released section. "## [Unreleased]" has no date and
# is not a release; a heading without brackets is not a section of the format.
_RELEASE = re.compile(r"^## \[(?P<version>[^\]]+)\] - (?P<date>\d{4}-\d{2}-\d{2})[ \t]*$", re.M)
_SECTION = re.compile(r"^## ", re.M)


def releases(text: str) -> list[tuple[str, str]]:
    """Every released section's (version, date), newest first as the file lists them."""
    return [(m["version"], m["date"]) for m in _RELEASE.finditer(text)]


def newest_release(text: str) -> str:
    """The version of the first released section (the one below ``[Unreleased]``)."""
    found = releases(text)
    if not found:
        raise ValueError("CHANGELOG.md has no released section ('## [X.Y.Z] - YYYY-MM-DD')")
    return found[0][0]


def notes(text: str, version: str) -> str:
    """The text of a released section, without its heading, up to the next section."""
    for match in _RELEASE.finditer(text):
        if match["version"] == version:
            following = _SECTION.search(text, match.end())
            end = following.start() if following else len(text)
            return text[match.end() : end].strip() + "\n"
    raise ValueError(f"CHANGELOG.md has no released section for {version!r}")


def main(argv: list[str]) -> int:
    """The command line: ``version``, or ``notes VERSION`` (a leading ``v`` is dropped)."""
    text = CHANGELOG.read_text(encoding="utf-8")
    try:
        if argv == ["version"]:
            print(newest_release(text))
        elif len(argv) == 2 and argv[0] == "notes":
            sys.stdout.write(notes(text, argv[1].removeprefix("v")))
        else:
            print(__doc__, file=sys.stderr)
            return 2
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
