r"""Why each line got its role: the data behind ``wirestory explain``.

>>> lines = explain_lines("Rain\n\nIt rained.\n\n\nSun\n\nIt shone.\n")
>>> for line in lines[:6]:
...     print(line.number, line.role, line.rule)
1 headline headline
2 blank blank
3 body paragraph
4 separator between-stories
5 separator between-stories
6 headline headline
"""

from __future__ import annotations

import html
from collections.abc import Iterator

import attrs

from wirestory.lines import split_lines
from wirestory.model import Role, Segment
from wirestory.options import ParseOptions
from wirestory.parser import parse

__all__ = ["ExplainedLine", "explain_lines", "render_html", "render_terminal"]

SEPARATOR = "separator"
"""The role shown for the blank lines between stories (they belong to no story)."""


@attrs.frozen
class ExplainedLine:
    """One input line, its role and the rule that gave it."""

    number: int
    """1-based line number."""
    role: str
    """A :class:`~wirestory.Role` value, or ``"separator"`` between stories."""
    rule: str
    """The name of the rule that gave the role (:attr:`~wirestory.Segment.rule`)."""
    text: str
    """The line as written, without its terminator."""
    story: int | None
    """0-based index of the story the line belongs to; ``None`` for separators."""


def explain_lines(text: str, *, options: ParseOptions | None = None) -> list[ExplainedLine]:
    """Every line of ``text`` with its role and rule, in order.

    A line split into several segments (a dateline cut from the start of its
    paragraph) gives one entry per segment, all with the line's number.
    """
    segments: dict[int, list[tuple[Segment, int]]] = {}
    for index, story in enumerate(parse(text, options=options)):
        for segment in story.segments:
            segments.setdefault(segment.line, []).append((segment, index))
    explained = []
    for line in split_lines([text]):
        pieces = segments.get(line.number)
        if not pieces:
            explained.append(
                ExplainedLine(line.number, SEPARATOR, "between-stories", line.text, None)
            )
            continue
        line_end = line.start + len(line.text)
        for segment, index in pieces:
            piece = text[segment.start : min(segment.end, line_end)]
            explained.append(
                ExplainedLine(line.number, segment.role.value, segment.rule, piece, index)
            )
    return explained


# ANSI colours per role (terminal) and CSS colours (HTML): what a reader checks
# first — captions, duplicates and lines no rule claimed — stands out most.
_ANSI = {
    Role.HEADLINE.value: "1;34",
    Role.STANDFIRST.value: "34",
    Role.CAPTION.value: "32",
    Role.MARKER.value: "1;35",
    Role.FURNITURE.value: "35",
    Role.DUPLICATE.value: "2;9",
    Role.DATELINE.value: "1;36",
    Role.BYLINE.value: "36",
    Role.ADVISORY.value: "33",
    Role.TRAILER.value: "33",
    Role.SUBHEADING.value: "1",
    Role.BODY.value: "0",
    Role.BLANK.value: "2",
    Role.OTHER.value: "1;31",
    SEPARATOR: "2",
}
_CSS = {
    Role.HEADLINE.value: "#cfe2ff",
    Role.STANDFIRST.value: "#e0ecff",
    Role.CAPTION.value: "#d1f2d9",
    Role.MARKER.value: "#f3d9fa",
    Role.FURNITURE.value: "#f8e8fb",
    Role.DUPLICATE.value: "#eeeeee",
    Role.DATELINE.value: "#c5f6fa",
    Role.BYLINE.value: "#e3fafc",
    Role.ADVISORY.value: "#ffe8cc",
    Role.TRAILER.value: "#fff4e6",
    Role.SUBHEADING.value: "#fff3bf",
    Role.BODY.value: "#ffffff",
    Role.BLANK.value: "#fafafa",
    Role.OTHER.value: "#ffc9c9",
    SEPARATOR: "#f1f3f5",
}
_DEFAULT_CSS = "#fff0f6"  # a role added later still gets a visible colour


def _visible(text: str) -> str:
    """Control characters as their Unicode pictures, so a line cannot drive the terminal."""
    return "".join(chr(0x2400 + ord(c)) if ord(c) < 0x20 else c for c in text).replace(
        "\x7f", "\u2421"
    )


def render_terminal(lines: list[ExplainedLine], *, color: bool) -> Iterator[str]:
    """One row per line: number, role, rule, text; roles coloured when ``color``."""
    for line in lines:
        row = f"{line.number:>6}  {line.role:<11} {line.rule:<24} | {_visible(line.text)}"
        if color:
            code = _ANSI.get(line.role, "36")
            row = f"\x1b[{code}m{row}\x1b[0m"
        yield row


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
body {{ font: 14px/1.45 system-ui, sans-serif; margin: 1.5em; color: #212529; }}
.legend span {{ display: inline-block; padding: 0.1em 0.5em; margin: 0 0.3em 0.3em 0;
  border: 1px solid #ced4da; border-radius: 3px; }}
.dump {{ font-family: ui-monospace, monospace; white-space: pre-wrap; }}
.line {{ display: flex; border-bottom: 1px solid #f1f3f5; }}
.line:hover {{ outline: 1px solid #495057; }}
.n {{ width: 5em; text-align: right; padding-right: 1em; color: #868e96; flex: none; }}
.role {{ width: 7.5em; color: #495057; flex: none; }}
.t {{ flex: 1; }}
.story-start {{ border-top: 2px solid #495057; }}
{styles}
</style>
</head>
<body>
<h1>{title}</h1>
<p>Each input line with the role wirestory gave it; hover over a line for the rule.</p>
<p class="legend">{legend}</p>
<div class="dump">
{rows}
</div>
</body>
</html>
"""


def render_html(lines: list[ExplainedLine], *, title: str) -> str:
    """A standalone page: one row per line, coloured by role, the rule on hover."""
    roles = list(_CSS) + sorted({line.role for line in lines} - set(_CSS))
    styles = "\n".join(
        f".r-{role} {{ background: {_CSS.get(role, _DEFAULT_CSS)}; }}" for role in roles
    )
    legend = " ".join(f'<span class="r-{role}">{role}</span>' for role in roles)
    rows = []
    previous: int | None = None
    for line in lines:
        classes = f"line r-{line.role}"
        if line.story is not None and line.story != previous:
            classes += " story-start"
        if line.story is not None:
            previous = line.story
        where = f"story {line.story + 1}, " if line.story is not None else ""
        hover = f"line {line.number}: {line.role} ({where}rule: {line.rule})"
        rows.append(
            f'<div class="{classes}" title="{html.escape(hover)}">'
            f'<span class="n">{line.number}</span><span class="role">{line.role}</span>'
            f'<span class="t">{html.escape(_visible(line.text))}</span></div>'
        )
    return _PAGE.format(
        title=html.escape(title), styles=styles, legend=legend, rows="\n".join(rows)
    )
