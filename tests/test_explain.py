"""``wirestory explain``: every line's role and rule, each story's diagnostics at its
top with the lines they concern marked, and (in HTML) each story's fields beside its
lines. The browser test renders the page in headless Chromium."""

from __future__ import annotations

import html.parser
import json
import os
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from hypothesis import given
from strategies import markup_text

from wirestory import Diagnostic, Role, Segment, Story
from wirestory.cli import main
from wirestory.explain import (
    ExplainedLine,
    Explanation,
    explain,
    explain_lines,
    render_html,
    render_terminal,
)

# Fixture text written for these tests. A wire story (byline, dateline, no
# diagnostics), then a marked story whose headline is hostile markup, with one
# caption without a credit (a caption-without-credit diagnostic on line 12), one
# with a credit, and a dateline opening the body.
HOSTILE = 'Floods <script>document.title="pwned"</script> & "Storms" Hit Coast'
BRIDGE = (
    "Council Approves New Bridge\n\n"
    "By ANNA SMITH, Associated Press\n\n"
    "RIVERTON, Ore. (AP) — The council approved a new bridge over the river on Monday.\n\n"
    "Work starts in the spring.\n"
)
_UNCREDITED = "Boats moored in the flooded harbour on Tuesday."
_CREDITED = "Rescuers wade through a street in the old town. (Reuters)"
_HEADER = f"{HOSTILE}\n\n{_UNCREDITED}\n{_UNCREDITED}\n{_CREDITED}\n{_CREDITED}\n"
FLOOD = (
    f"{_HEADER}TT\n\n{_HEADER}\n"
    "HARBOURTON, May 4 (Reuters) - Heavy rain flooded the harbour district & residents "
    "said the <b>water</b> rose fast.\n\n"
    "The town council opened two shelters.\n"
)
DUMP = BRIDGE + "\n\n" + FLOOD  # stories on lines 1-7 and 10-27, separators 8-9
DOUBTED_LINE = 12  # FLOOD's first, uncredited caption


class _Node:
    """An element of a parsed page: tag, attributes, children (nodes and text)."""

    def __init__(self, tag: str, attrs: dict[str, str]) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: list[_Node | str] = []

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self) -> list[_Node]:
        found = [self]
        for child in self.children:
            if isinstance(child, _Node):
                found.extend(child.iter())
        return found

    def all(self, tag: str | None = None, cls: str | None = None) -> list[_Node]:
        return [
            n
            for n in self.iter()[1:]
            if (tag is None or n.tag == tag) and (cls is None or cls in n.classes)
        ]

    def one(self, tag: str | None = None, cls: str | None = None) -> _Node:
        [node] = self.all(tag, cls)
        return node

    def by_id(self, ident: str) -> _Node:
        [node] = [n for n in self.iter() if n.attrs.get("id") == ident]
        return node


class _Tree(html.parser.HTMLParser):
    """The standard library's HTML tokenizer building a tree of :class:`_Node`."""

    VOID = frozenset({"meta", "br", "img", "hr", "link", "input"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = _Node(tag, {name: value or "" for name, value in attrs})
        self.stack[-1].children.append(node)
        if tag not in self.VOID:
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def _dom(page: str) -> _Node:
    tree = _Tree()
    tree.feed(page)
    tree.close()
    assert tree.stack == [tree.root], "unclosed elements"
    return tree.root


def _terminal(text: str, *, color: bool = False) -> list[str]:
    return list(render_terminal(explain(text), color=color))


def test_explain_lines_is_explain_without_the_stories() -> None:
    """explain_lines gives the lines of explain; explain keeps the parsed stories."""
    explanation = explain(DUMP)
    assert explain_lines(DUMP) == list(explanation.lines)
    assert [story.headline for story in explanation.stories] == [
        "Council Approves New Bridge",
        HOSTILE,
    ]
    assert {line.story for line in explanation.lines} == {0, 1, None}


def test_terminal_shows_diagnostics_at_the_story_top() -> None:
    """The second story's diagnostic is printed after the separators and right above
    its first line; the first story, without diagnostics, gets no extra row."""
    rows = _terminal(DUMP)
    expected = (
        "        ! story 2: caption-without-credit at line 12, column 1: "
        f"caption has no credit: '{_UNCREDITED}'"
    )
    assert rows[0].split()[:2] == ["1", "headline"]
    index = rows.index(expected)
    assert rows[index - 1].split()[:2] == ["9", "separator"]
    assert rows[index + 1].split()[:2] == ["10", "headline"]
    # One row per segment (the datelines cut lines 5 and 25 in two) and one per diagnostic.
    assert len(rows) == len(DUMP.splitlines()) + 2 + 1


def test_terminal_marks_the_line_a_diagnostic_concerns() -> None:
    """The concerned line has "!" after its number and the code after its text; no
    other line is marked, and unmarked rows keep the old layout."""
    rows = _terminal(DUMP)
    marked = [row for row in rows if row[:7].strip().endswith("!")]
    assert marked == [
        f"    {DOUBTED_LINE}! caption     caption                  | {_UNCREDITED}"
        "  ! caption-without-credit"
    ]
    assert rows[0] == "     1  headline    headline                 | Council Approves New Bridge"


def test_terminal_colours_the_doubts_red() -> None:
    """With colour, the diagnostic row, the "!" and the code are bold red; the
    role colour of the row is kept."""
    rows = _terminal(DUMP, color=True)
    header = next(row for row in rows if "caption-without-credit at line" in row)
    assert header.startswith("\x1b[1;31m        ! story 2")
    marked = next(row for row in rows if row.startswith(f"\x1b[1;31m    {DOUBTED_LINE}!"))
    assert "\x1b[32m caption " in marked  # captions are green
    assert marked.endswith("\x1b[1;31m  ! caption-without-credit\x1b[0m")
    assert rows[0].startswith("\x1b[1;34m     1 ")


def _cut_line_explanation() -> Explanation:
    """A story whose line 1 is cut into a dateline and a body segment, with two
    diagnostics on that line (made by hand: what the views do with any story)."""
    text = "PARIS (AFP) - Rain.\n"
    story = Story(
        headline="",
        captions=(),
        marker=None,
        body=("Rain.",),
        segments=(
            Segment(Role.DATELINE, 0, 14, 1, "dateline"),
            Segment(Role.BODY, 14, len(text), 1, "paragraph"),
        ),
        diagnostics=(
            Diagnostic("no-headline", "story has no headline", 0, 1, 1),
            Diagnostic("x-<b>", "a message with <b> & \x1b[31m", 0, 1, 1),
        ),
        layout="headless",
    )
    lines = (
        ExplainedLine(1, "dateline", "dateline", "PARIS (AFP) - ", 0),
        ExplainedLine(1, "body", "paragraph", "Rain.", 0),
    )
    return Explanation(lines, (story,))


def test_a_cut_line_is_marked_on_every_row_and_coded_once() -> None:
    """Both rows of a cut line carry the "!"; the codes follow the line's last row; a
    control character in a message cannot drive the terminal."""
    rows = list(render_terminal(_cut_line_explanation(), color=False))
    assert rows == [
        "        ! story 1: no-headline at line 1, column 1: story has no headline",
        "        ! story 1: x-<b> at line 1, column 1: a message with <b> & \u241b[31m",
        "     1! dateline    dateline                 | PARIS (AFP) - ",
        "     1! body        paragraph                | Rain.  ! no-headline, x-<b>",
    ]


def test_html_cut_line_has_one_anchor_and_codes_once() -> None:
    """In HTML the cut line's first row holds the anchor, its last row the codes,
    and both rows the mark; codes and messages are escaped."""
    page = render_html(_cut_line_explanation(), title="t")
    dom = _dom(page)
    rows = dom.all("div", "doubt")
    assert [row.attrs.get("id") for row in rows] == ["L1", None]
    assert [row.one("span", "g").text() for row in rows] == ["!", "!"]
    assert [[c.text() for c in row.all("span", "code")] for row in rows] == [
        [],
        ["no-headline", "x-<b>"],
    ]
    items = [li.text() for li in dom.one("ol", "diagnostics").all("li")]
    assert items[1] == "line 1, column 1: x-<b> a message with <b> & \u241b[31m"
    assert dom.all("b") == []


def test_a_story_without_lines_still_shows_its_diagnostics() -> None:
    """A story with no segments (parse makes none today) is not lost: the terminal
    prints its diagnostics at the end, the page gives it a section without links."""
    story = Story(
        headline="",
        captions=(),
        marker=None,
        body=(),
        segments=(),
        diagnostics=(Diagnostic("empty-story", "story is empty", 0, 1, 1),),
    )
    explanation = Explanation((), (story,))
    assert list(render_terminal(explanation, color=False)) == [
        "        ! story 1: empty-story at line 1, column 1: story is empty"
    ]
    section = _dom(render_html(explanation, title="t")).by_id("story-1")
    assert section.one("li", "diagnostic").text() == "line 1, column 1: empty-story story is empty"
    assert section.all("a") == []


def test_views_refuse_a_bare_list_of_lines() -> None:
    """The views need the stories; a list from explain_lines is a TypeError saying
    what to pass instead."""
    for render in (
        lambda: list(render_terminal(explain_lines(DUMP), color=False)),  # type: ignore[arg-type]
        lambda: render_html(explain_lines(DUMP), title="t"),  # type: ignore[arg-type]
    ):
        with pytest.raises(TypeError, match=r"pass explain\(text\), not explain_lines\(text\)"):
            render()


def test_html_lists_diagnostics_at_the_story_top_linking_to_marked_lines() -> None:
    """Story 2's section opens with its diagnostic list; the item links to #L12,
    the row with that id is marked (class, "!" and the code), and no other row is."""
    dom = _dom(render_html(explain(DUMP), title="dump"))
    story = dom.by_id("story-2")
    heading, diagnostics = [n for n in story.children if isinstance(n, _Node)][:2]
    assert heading.tag == "h2"
    assert "diagnostics" in diagnostics.classes
    [item] = diagnostics.all("li")
    assert item.one("a").attrs["href"] == f"#L{DOUBTED_LINE}"
    assert item.one("code").text() == "caption-without-credit"
    assert item.text() == (
        f"line {DOUBTED_LINE}, column 1: caption-without-credit "
        f"caption has no credit: '{_UNCREDITED}'"
    )
    row = dom.by_id(f"L{DOUBTED_LINE}")
    assert "doubt" in row.classes
    assert row.one("span", "g").text() == "!"
    assert row.one("span", "code").text() == "caption-without-credit"
    assert [r.attrs["id"] for r in dom.all("div", "doubt")] == [f"L{DOUBTED_LINE}"]
    assert dom.by_id("story-1").one("p", "no-doubts").text() == "No diagnostics."
    summary = dom.one("p", "summary")
    assert summary.text() == "2 stories, 27 lines, 1 diagnostic (in story 2)"
    assert summary.one("a").attrs["href"] == "#story-2"


def test_html_shows_each_storys_fields_beside_its_lines() -> None:
    """Each story section holds its lines and a fields panel side by side (one grid):
    headline, captions with credits, dateline, byline, body paragraph count."""
    dom = _dom(render_html(explain(DUMP), title="dump"))

    def fields(ident: str) -> dict[str, str]:
        columns = dom.by_id(ident).one("div", "columns")
        kids = [n for n in columns.children if isinstance(n, _Node)]
        assert ["lines" in kids[0].classes, kids[1].tag] == [True, "aside"]
        panel = kids[1].one("dl")
        names = [dt.text() for dt in panel.all("dt")]
        return dict(zip(names, [dd.text() for dd in panel.all("dd")], strict=True))

    assert fields("story-1") == {
        "Headline": "Council Approves New Bridge",
        "Layout": "wire",
        "Captions (0)": "none",
        "Dateline": "RIVERTON, Ore. (AP) —RIVERTON · Ore. · Associated Press",
        "Byline": "By ANNA SMITH, Associated PressANNA SMITH (Associated Press)",
        "Body": "2 paragraphs",
    }
    assert fields("story-2") == {
        "Headline": HOSTILE,
        "Layout": "marked",
        "Marker": "TT",
        "Captions (2)": (
            f"{_UNCREDITED} — no credit line 12"
            "Rescuers wade through a street in the old town. — credit: Reuters line 14"
        ),
        "Dateline": "HARBOURTON, May 4 (Reuters) -HARBOURTON · May 4 · Reuters",
        "Byline": "none",
        "Body": "2 paragraphs",
    }


def test_html_shows_the_rule_of_every_line_as_a_column() -> None:
    """Every row shows number, role and rule as text of their own (not only in the
    title tooltip), in the order of explain's lines."""
    explanation = explain(DUMP)
    dom = _dom(render_html(explanation, title="dump"))
    rows = [row for row in dom.all("div", "line") if "head" not in row.classes]
    shown = [
        (
            int(row.one("span", "n").text()),
            row.one("span", "role").text(),
            row.one("span", "rule").text(),
            row.one("span", "t").text(),
        )
        for row in rows
    ]
    assert shown == [(x.number, x.role, x.rule, x.text) for x in explanation.lines]
    assert (5, "dateline", "dateline", "RIVERTON, Ore. (AP) — ") in shown


def test_html_escapes_hostile_text() -> None:
    """Markup, quotes and ampersands in the text and the title stay text: the page
    has no script element, the title and every attribute read back as written."""
    title = "explain: <script>alert(\"x\")</script> & 'q'"
    page = render_html(explain(DUMP), title=title)
    dom = _dom(page)
    assert dom.all("script") == []
    assert dom.all("b") == []
    assert dom.one("title").text() == dom.one("h1").text() == title
    headline = dom.by_id("L10")
    assert headline.one("span", "t").text() == HOSTILE
    assert headline.attrs["title"] == "line 10: headline (story 2, rule: headline)"
    assert page.count("<script") == 0
    assert "&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt; &amp; " in page
    assert "http" not in page.split("<body>")[0]  # self-contained: nothing fetched


@given(markup_text)
def test_html_keeps_any_text_as_text(text: str) -> None:
    """Whatever the input, the page parses back to one row per explained line whose
    text is the line (control characters as their pictures), and no element but the
    page's own comes from it."""
    explanation = explain(text)
    dom = _dom(render_html(explanation, title=text))
    rows = [row for row in dom.all("div", "line") if "head" not in row.classes]
    pictures = {c: chr(0x2400 + c) for c in range(0x20)} | {0x7F: "\u2421"}
    assert [row.one("span", "t").text() for row in rows] == [
        line.text.translate(pictures) for line in explanation.lines
    ]
    assert {n.tag for n in dom.iter()} <= {
        *("#document", "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3"),
        *("p", "span", "div", "section", "small", "ol", "li", "a", "code", "aside"),
        *("dl", "dt", "dd", "br"),
    }


def test_cli_explain_shows_diagnostics(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The command prints the diagnostic rows and marks; --html writes the page with
    the diagnostic list and the fields panel."""
    path = tmp_path / "dump.txt"
    path.write_text(DUMP, encoding="utf-8")
    assert main(["explain", "--color", "never", str(path)]) == 0
    out = capsys.readouterr().out
    assert "        ! story 2: caption-without-credit at line 12, column 1: " in out
    assert f"    12! caption     caption                  | {_UNCREDITED}  ! " in out
    page = tmp_path / "explain.html"
    assert main(["explain", "--html", str(page), str(path)]) == 0
    dom = _dom(page.read_text(encoding="utf-8"))
    assert dom.by_id("story-2").one("ol", "diagnostics").one("a").attrs["href"] == "#L12"
    assert len(dom.all("aside", "fields")) == 2


# --- In a real browser --------------------------------------------------------

_BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
_FLAGS = (
    "--headless",
    "--no-sandbox",  # root in a container has no user namespace for the sandbox
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--force-color-profile=srgb",  # CSS colours land in the screenshot unchanged
    "--window-size=1200,900",
)

# Measures the page as laid out and writes the result into the DOM, which
# --dump-dom then prints: added to a copy of the page only for this test.
_PROBE = """<script>
const box = (element) => element.getBoundingClientRect();
const story = document.getElementById("story-1");
const lines = box(story.querySelector(".lines"));
const fields = box(story.querySelector(".fields"));
const rules = [...document.querySelectorAll(".line:not(.head) .rule")];
const mark = document.querySelector(".doubt .g");
document.body.setAttribute("data-probe", JSON.stringify({
  beside: fields.left >= lines.right && fields.top < lines.bottom && lines.top < fields.bottom,
  rules: rules.length,
  rulesShown: rules.filter((r) => box(r).width > 0 && box(r).height > 0).length,
  mark: mark.textContent,
  markColor: getComputedStyle(mark).color,
  listShown: box(story.querySelector(".diagnostics")).height > 0,
  scripts: document.scripts.length,
  title: document.title,
  overflow: document.documentElement.scrollWidth - window.innerWidth,
}));
</script>
</body>"""


def _browser() -> str:
    for name in _BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("WIRESTORY_REQUIRE_BROWSER"):
        pytest.fail(f"WIRESTORY_REQUIRE_BROWSER is set but none of {_BROWSERS} is on PATH")
    pytest.skip(
        f"no headless browser: none of {', '.join(_BROWSERS)} is on PATH "
        "(Debian: apt-get install chromium; .ci/run installs it)"
    )


def _run_browser(browser: str, profile: Path, *args: str) -> str:
    result = subprocess.run(
        [browser, *_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def _png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and rows of RGB(A) pixels of an 8-bit, non-interlaced PNG (what
    Chromium writes), decoded with the standard library only."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, chunks, header = 8, [], b""
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            chunks.append(body)
        position += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert (depth, colour, interlace) in {(8, 2, 0), (8, 6, 0)}, (depth, colour, interlace)
    size = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(chunks))
    stride = width * size
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        kind, line = (
            raw[y * (stride + 1)],
            bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)]),
        )
        for x in range(stride):
            left = line[x - size] if x >= size else 0
            up = previous[x]
            corner = previous[x - size] if x >= size else 0
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif kind == 4:
                guess = left + up - corner
                pa, pb, pc = abs(guess - left), abs(guess - up), abs(guess - corner)
                pick = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[x] = (line[x] + pick) & 0xFF
        rows.append(
            bytes(line if size == 3 else bytes(b for i, b in enumerate(line) if i % 4 != 3))
        )
        previous = line
    return width, height, rows


@pytest.mark.browser
@pytest.mark.timeout(300)
def test_page_in_a_real_browser(tmp_path: Path) -> None:
    """Headless Chromium lays the page out as meant: the fields panel beside the
    lines, every rule shown, the "!" mark red, the diagnostic list shown, the hostile
    headline inert (no script ran, the title is ours); the screenshot is a real page
    showing the diagnostic colour and the fields panel."""
    browser = _browser()
    page = render_html(explain(FLOOD), title="wirestory explain: flood.txt")
    probed = tmp_path / "probed.html"
    probed.write_text(page.replace("</body>", _PROBE), encoding="utf-8")
    dom = _dom(_run_browser(browser, tmp_path / "profile", "--dump-dom", probed.as_uri()))
    probe = json.loads(dom.one("body").attrs["data-probe"])
    rows = len(explain(FLOOD).lines)
    assert probe == {
        "beside": True,
        "rules": rows,
        "rulesShown": rows,
        "mark": "!",
        "markColor": "rgb(201, 42, 42)",
        "listShown": True,
        "scripts": 1,  # the probe; the headline's <script> is text
        "title": "wirestory explain: flood.txt",
        "overflow": 0,
    }
    story = dom.by_id("story-1")
    assert story.one("ol", "diagnostics").one("a").attrs["href"] == "#L3"
    assert [dt.text() for dt in story.one("aside", "fields").all("dt")] == [
        *("Headline", "Layout", "Marker", "Captions (2)", "Dateline", "Byline", "Body"),
    ]

    plain = tmp_path / "page.html"
    plain.write_text(page, encoding="utf-8")
    shot = tmp_path / "page.png"
    _run_browser(browser, tmp_path / "profile", f"--screenshot={shot}", plain.as_uri())
    width, height, pixels = _png_pixels(shot.read_bytes())
    assert (width, height) == (1200, 900)
    colours = {row[x : x + 3] for row in pixels[::4] for x in range(0, len(row), 12)}
    assert len(colours) > 20, "the screenshot is (nearly) blank"
    seen = {bytes(c) for row in pixels for c in (row[x : x + 3] for x in range(0, len(row), 3))}
    assert bytes((0xC9, 0x2A, 0x2A)) in seen, "no diagnostic red (code badge, mark) on screen"
    assert bytes((0xF3, 0xF0, 0xFF)) in seen, "no fields panel background on screen"
    assert bytes((0xD1, 0xF2, 0xD9)) in seen, "no caption row colour on screen"
