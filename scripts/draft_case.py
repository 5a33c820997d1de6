"""Draft a labelled case's expected result from what the parser makes of its text.

    python scripts/draft_case.py NAME "what the case shows"

reads ``tests/cases/NAME.txt`` and writes ``tests/cases/NAME.json`` in the form
``tests/test_cases.py`` compares against. The draft is what wirestory does
today, not what it should do: read every field before committing it, and
correct the ones that are wrong (the test then fails until the parser is
fixed). An existing JSON file is left alone unless ``--force`` is given.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "cases"


def draft(name: str, title: str) -> str:
    """The JSON text of the case, as the parser reads it now."""
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        from test_cases import fields  # what a case file pins down, in one place
    finally:
        sys.path.pop(0)
    import wirestory

    # As tests/test_cases.py reads a case: the bytes as written, decoded.
    stories = wirestory.parse(wirestory.decode((CASES / f"{name}.txt").read_bytes()))
    return json.dumps(
        {"title": title, "stories": [fields(s) for s in stories]}, indent=2, ensure_ascii=False
    )


def main(argv: list[str]) -> int:
    """Write the draft; 1 if the text is missing or the JSON exists without --force."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("name", help="the case's file name without .txt")
    parser.add_argument("title", help="one line: what the case shows")
    parser.add_argument("--force", action="store_true", help="overwrite an existing JSON file")
    args = parser.parse_args(argv)
    if not (CASES / f"{args.name}.txt").is_file():
        print(f"error: write tests/cases/{args.name}.txt first", file=sys.stderr)
        return 1
    target = CASES / f"{args.name}.json"
    if target.exists() and not args.force:
        print(f"error: {target.relative_to(ROOT)} exists (--force overwrites it)", file=sys.stderr)
        return 1
    target.write_text(draft(args.name, args.title) + "\n", encoding="utf-8", newline="\n")
    print(f"wrote {target.relative_to(ROOT)}: check every field by hand")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
