"""The "fatal" inputs: text built to make a line-based parser slow or crash.

Each builder takes a size in characters and returns about that much text. Tests
run them small under a timeout (tests/test_hostile.py); the benchmark
(benchmarks/hostile.py) runs them at 1 MB and 10 MB and checks that time grows
linearly.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial


def _repeat(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


def _one_line(miss: str, size: int) -> str:
    return "Headline\n\n" + _repeat(miss, size)


# Near-misses of every dateline, byline, credit and trailer form: the pattern
# starts to match and fails late.
NEAR_MISSES = [
    "WASHINGTON (AP",
    "WASHINGTON (AP) ",
    "LONDON, March 3 (Reuters",
    "LONDON/SINGAPORE/PARIS/ROME/",
    "BAHRAIN, Oct 19",
    "BAHRAIN, Oct ",
    "GREEN BAY, Wis. ",
    "(CNN",
    "NEW YORK, Dec. 3, 2026 /PRNewswire",
    "WINSTON-SALEM-N-C, N.C.--(BUSINESS WIRE",
    "RIYADH",
    "Washington, DC, United States",
    "Beirut, Reuters",
    "London - Asharq Al-Awsat",
    "By JANE DOE and JOHN ROE and ",
    "By ",
    "Story by Jane",
    "(Reporting by Jane Doe in Cairo; Editing by ",
    "Associated Press writer Jane Doe in Cairo contributed to this ",
    "Copyright",
    "(Adds ",
    "A caption. (AFP",
    "A caption. REUTERS/",
    "A caption, Asharq Al-",
]

FATAL: dict[str, Callable[[int], str]] = {
    "single-line": lambda n: _repeat("Words on one endless line, ", n),
    "blank-lines": lambda n: _repeat("\n", n),
    "blank-lines-with-spaces": lambda n: _repeat(" \t\u00a0\n", n),
    "marker-lines": lambda n: _repeat("TT\n", n),
    "same-headline": lambda n: _repeat("The Same Headline Again\n", n),
    "same-headline-blank": lambda n: _repeat("The Same Headline Again\n\n", n),
    "stories-without-body": lambda n: _repeat("Headline\n\nCaption. (AFP)\nTT\n\n\n", n),
    "open-parentheses-caption": lambda n: "Headline\n\n" + _repeat("(", n) + "\nTT\n\nBody.\n",
    "close-parentheses-caption": lambda n: "Headline\n\n" + _repeat(")", n) + "\nTT\n\nBody.\n",
    "spaces": lambda n: _repeat(" ", n),
    "tabs": lambda n: _repeat("\t", n),
    "no-break-spaces": lambda n: "Headline\n\n" + _repeat("\u00a0", n) + "x\n",
    "space-runs-in-text": lambda n: _repeat("word" + " " * 1000, n),
    "cr-storm": lambda n: _repeat("\r", n),
    "crlf-storm": lambda n: _repeat("\r\n\r\r\n\n", n),
    "nul-characters": lambda n: _repeat("\x00", n),
    "nul-in-text": lambda n: _repeat("Head\x00line\n\nBo\x00dy.\n\n\n", n),
    "mojibake": lambda n: _repeat("â€œquotedâ€\x9d cafÃ© " * 40 + "\n", n),
    "long-caption": lambda n: (
        "Headline\n\n" + _repeat("a caption word ", n) + "(AFP)\nTT\n\nBody.\n"
    ),
    "long-byline": lambda n: "Headline\n\nBy " + _repeat("Jane Doe and ", n) + "\n\nBody.\n",
    # A web page whose story is a gallery: paragraphs, each with a photo caption
    # and its credit on a line of its own (every credit is paired with a caption).
    "photo-gallery-page": lambda n: (
        "Harbour Fund Opens - The Daily Planet\nMenu\nShare\nPrivacy Policy\n"
        + _repeat(
            "The minister said that the fund would be open to all of the towns in the "
            "region, and that the first of them would get the money in May.\n"
            "Boats wait in the harbour at dawn on the first day of the fund\n"
            "Jane Roe/Getty Images\n",
            n,
        )
    ),
    # A scraper's source address opening a story, its address endless or its
    # label's spaces a run (``URL:    https://…``), the story's first line.
    "source-address": lambda n: "https://example.com/" + _repeat("a/", n) + "\n\nHeadline\n",
    "source-address-near-miss": lambda n: "URL:" + _repeat(" \t", n) + "https:/ x\n\nBody.\n",
    # A desk's topic code (``SPORTS-FOOTBALL/ENGLAND``) endless in parts and
    # slashes, failing at its end, over a headline.
    "slug-code-near-miss": lambda n: _repeat("AB-CD/", n) + "x\nHeadline\n\nBody.\n",
    # A converter's marks (``markdown_view``) endless on one line, each
    # starting a link, a reference link, an image or a link number that fails
    # late; and on a line each, an image's alt text opened on every line.
    "converter-links": lambda n: "# Headline\n\n" + _repeat("[a](/b", n) + "\n",
    "converter-references": lambda n: "# Headline\n\n" + _repeat("[x][", n) + "\n",
    "converter-link-numbers": lambda n: _repeat("[1]", n) + "\n\nReferences\n",
    "converter-image-lines": lambda n: "# Headline\n\n" + _repeat("* ![a **b** [c](/d\n", n),
    # Every near-miss opening the first paragraph of its own story, in turn.
    "near-miss-lines": lambda n: _repeat(
        "".join(f"Headline\n\n{miss} x\n\n\n" for miss in NEAR_MISSES), n
    ),
    **{f"near-miss-one-line:{miss}": partial(_one_line, miss) for miss in NEAR_MISSES},
}
