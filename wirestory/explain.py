r"""Why each line got its role, and what the parser doubted: ``wirestory explain``.

>>> lines = explain_lines("Rain\n\nIt rained.\n\n\nSun\n\nIt shone.\n")
>>> for line in lines[:6]:
...     print(line.number, line.role, line.rule)
1 headline headline
2 blank blank
3 body paragraph
4 separator between-stories
5 separator between-stories
6 headline headline

:func:`explain` keeps the stories too, so the views can show each story's
diagnostics at its top and mark the lines they concern:

>>> text = "Rain\n\nWet cars.\nWet cars.\nTT\n\nRain\n\nWet cars.\nWet cars.\n\nThe river rose.\n"
>>> for row in render_terminal(explain(text), color=False):
...     print(row.rstrip())
        ! story 1: caption-without-credit at line 3, column 1: caption has no credit: 'Wet cars.'
     1  headline    headline                 | Rain
     2  blank       blank                    |
     3! caption     caption                  | Wet cars.  ! caption-without-credit
     4  duplicate   caption-shown-twice      | Wet cars.
     5  marker      marker                   | TT
     6  blank       blank                    |
     7  duplicate   repeated-headline        | Rain
     8  blank       blank                    |
     9  duplicate   repeated-caption         | Wet cars.
    10  duplicate   repeated-caption         | Wet cars.
    11  blank       blank                    |
    12  body        paragraph                | The river rose.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator, Sequence

import attrs

from wirestory.lines import split_lines
from wirestory.model import Diagnostic, Role, Segment, Story
from wirestory.options import ParseOptions
from wirestory.parser import parse

__all__ = [
    "ExplainedLine",
    "Explanation",
    "explain",
    "explain_lines",
    "render_html",
    "render_terminal",
]

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


@attrs.frozen
class Explanation:
    """A parse shown line by line: what :func:`render_terminal` and
    :func:`render_html` draw."""

    lines: tuple[ExplainedLine, ...]
    """Every input line (one entry per segment of a cut line), in order."""
    stories: tuple[Story, ...]
    """The stories, in order; :attr:`ExplainedLine.story` indexes this."""


def explain(text: str, *, options: ParseOptions | None = None) -> Explanation:
    """Parse ``text`` once and pair every line with its role, rule and story.

    A line split into several segments (a dateline cut from the start of its
    paragraph) gives one entry per segment, all with the line's number.
    """
    stories = tuple(parse(text, options=options))
    segments: dict[int, list[tuple[Segment, int]]] = {}
    for index, story in enumerate(stories):
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
    return Explanation(tuple(explained), stories)


def explain_lines(text: str, *, options: ParseOptions | None = None) -> list[ExplainedLine]:
    """Every line of ``text`` with its role and rule, in order: ``explain(text).lines``.

    A line split into several segments (a dateline cut from the start of its
    paragraph) gives one entry per segment, all with the line's number.
    """
    return list(explain(text, options=options).lines)


def _check(explanation: object) -> Explanation:
    """The views need the stories for their diagnostics: a bare list of lines is refused."""
    if not isinstance(explanation, Explanation):
        raise TypeError(
            f"expected an Explanation, got {type(explanation).__name__}: "
            "pass explain(text), not explain_lines(text)"
        )
    return explanation


def _concerns(stories: Sequence[Story]) -> dict[int, list[Diagnostic]]:
    """The diagnostics of all stories by the line they concern."""
    by_line: dict[int, list[Diagnostic]] = {}
    for story in stories:
        for diagnostic in story.diagnostics:
            by_line.setdefault(diagnostic.line, []).append(diagnostic)
    return by_line


def _last_rows(lines: Sequence[ExplainedLine]) -> set[int]:
    """Indices of the last row of each line number (a cut line has several rows)."""
    return {
        index
        for index, line in enumerate(lines)
        if index + 1 == len(lines) or lines[index + 1].number != line.number
    }


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
_ANSI_DOUBT = "1;31"  # the "!" gutter, the codes and the diagnostic list: bold red
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


def _paint(code: str, text: str) -> str:
    return f"\x1b[{code}m{text}\x1b[0m"


def _doubt_rows(index: int, story: Story, color: bool) -> Iterator[str]:
    """A story's diagnostics, one row each, printed above its first line."""
    for d in story.diagnostics:
        row = (
            f"{'':8}! story {index + 1}: {d.code} at line {d.line}, column {d.column}: "
            f"{_visible(d.message)}"
        )
        yield _paint(_ANSI_DOUBT, row) if color else row


def render_terminal(explanation: Explanation, *, color: bool) -> Iterator[str]:
    """One row per line: number, role, rule, text; roles coloured when ``color``.

    Above a story's first line, one ``! story N: code at line L, column C: message``
    row per diagnostic; the line a diagnostic concerns has ``!`` after its number and
    the codes after its text (on the last row of a cut line).
    """
    explanation = _check(explanation)
    lines = explanation.lines
    concerns = _concerns(explanation.stories)
    last_rows = _last_rows(lines)
    shown: set[int] = set()
    for position, line in enumerate(lines):
        if line.story is not None and line.story not in shown:
            shown.add(line.story)
            yield from _doubt_rows(line.story, explanation.stories[line.story], color)
        doubts = concerns.get(line.number, ())
        row = f"{line.role:<11} {line.rule:<24} | {_visible(line.text)}"
        role_code = _ANSI.get(line.role, "36")
        if not doubts:
            plain = f"{line.number:>6}  {row}"
            yield _paint(role_code, plain) if color else plain
            continue
        codes = ""
        if position in last_rows:
            codes = "  ! " + ", ".join(d.code for d in doubts)
        if color:
            yield (
                _paint(_ANSI_DOUBT, f"{line.number:>6}!")
                + _paint(role_code, f" {row}")
                + (_paint(_ANSI_DOUBT, codes) if codes else "")
            )
        else:
            yield f"{line.number:>6}! {row}{codes}"
    # A story without lines (none is made today) still shows its diagnostics.
    for index, story in enumerate(explanation.stories):
        if index not in shown:
            yield from _doubt_rows(index, story, color)


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font: 14px/1.45 system-ui, sans-serif; margin: 1.5em; color: #212529; }}
h1 {{ font-size: 1.4em; margin: 0 0 0.3em; overflow-wrap: anywhere; }}
.summary {{ margin: 0.2em 0; }}
.legend span {{ display: inline-block; padding: 0.1em 0.5em; margin: 0 0.3em 0.3em 0;
  border: 1px solid #ced4da; border-radius: 3px; }}
.mono, .line, .diagnostics code {{ font-family: ui-monospace, monospace; }}
.line {{ display: grid; grid-template-columns: 3.5em 1.2em 7.5em 13em minmax(0, 1fr) auto;
  border-bottom: 1px solid #f1f3f5; font-size: 13px; }}
.line:hover {{ outline: 1px solid #495057; }}
.line:target {{ outline: 2px solid #1c7ed6; }}
.line.head {{ font: 600 13px system-ui, sans-serif; color: #495057; background: #f8f9fa;
  border-bottom: 1px solid #ced4da; }}
.n {{ text-align: right; padding-right: 0.4em; color: #868e96; }}
.g {{ text-align: center; color: #c92a2a; font-weight: bold; }}
.role {{ color: #343a40; }}
.rule {{ color: #495057; padding-right: 0.5em; overflow-wrap: anywhere; }}
.t {{ white-space: pre-wrap; overflow-wrap: anywhere; }}
.codes {{ padding-left: 0.5em; }}
.code {{ display: inline-block; background: #c92a2a; color: #ffffff; border-radius: 3px;
  padding: 0 0.4em; margin-left: 0.2em; font-size: 12px; }}
.doubt {{ box-shadow: inset 4px 0 #c92a2a; }}
.between {{ margin: 0.6em 0; }}
.story {{ border-top: 3px solid #495057; margin: 1.2em 0 1.6em; padding-top: 0.4em; }}
.story h2 {{ font-size: 1.15em; margin: 0.2em 0 0.4em; }}
.story h2 small {{ font-weight: normal; color: #868e96; }}
.diagnostics {{ background: #fff5f5; border: 1px solid #ffc9c9; border-left: 4px solid #c92a2a;
  margin: 0 0 0.8em; padding: 0.4em 0.8em 0.4em 2.2em; }}
.diagnostics li {{ margin: 0.15em 0; }}
.diagnostics code {{ color: #c92a2a; font-weight: bold; }}
.no-doubts {{ color: #2b8a3e; margin: 0 0 0.8em; }}
.columns {{ display: grid; grid-template-columns: minmax(0, 1fr) minmax(16em, 24em);
  gap: 1.2em; align-items: start; }}
.fields {{ position: sticky; top: 0.5em; background: #f3f0ff; border: 1px solid #d0bfff;
  border-radius: 4px; padding: 0.5em 0.9em; overflow-wrap: anywhere; }}
.fields h3 {{ font-size: 1em; margin: 0.2em 0 0.4em; }}
.fields dt {{ font-weight: 600; color: #5f3dc4; margin-top: 0.5em; }}
.fields dd {{ margin: 0.1em 0 0 0; }}
.fields ol {{ margin: 0; padding-left: 1.4em; }}
.credit {{ color: #2b8a3e; }}
.no-credit {{ color: #c92a2a; font-weight: bold; }}
.none {{ color: #868e96; font-style: italic; }}
@media (max-width: 900px) {{ .columns {{ grid-template-columns: minmax(0, 1fr); }}
  .fields {{ position: static; order: -1; }} }}
{styles}
</style>
</head>
<body>
<h1>{title}</h1>
<p class="summary">{summary}</p>
<p>Each input line: its number, a <span class="g">!</span> where a diagnostic concerns
it, the role wirestory gave it, the rule that gave the role, and the text. Each story
lists its diagnostics at its top and its extracted fields beside its lines.</p>
<p class="legend">{legend}</p>
{body}
</body>
</html>
"""

_HEAD_ROW = (
    '<div class="line head" aria-hidden="true"><span class="n">line</span><span class="g">'
    '</span><span class="role">role</span><span class="rule">rule</span><span class="t">text'
    "</span><span></span></div>"
)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _row(line: ExplainedLine, doubts: Sequence[Diagnostic], *, anchor: bool, codes: bool) -> str:
    """One line as a grid row: number, gutter, role, rule, text, diagnostic codes."""
    e = html.escape
    classes = f"line r-{e(line.role)}" + (" doubt" if doubts else "")
    where = f"story {line.story + 1}, " if line.story is not None else ""
    hover = f"line {line.number}: {line.role} ({where}rule: {line.rule})"
    for d in doubts:
        hover += f"; {d.code}: {d.message}"
    ident = f' id="L{line.number}"' if anchor else ""
    badges = "".join(f'<span class="code">{e(d.code)}</span>' for d in doubts) if codes else ""
    return (
        f'<div class="{classes}"{ident} title="{e(_visible(hover))}">'
        f'<span class="n">{line.number}</span><span class="g">{"!" if doubts else ""}</span>'
        f'<span class="role">{e(line.role)}</span><span class="rule">{e(line.rule)}</span>'
        f'<span class="t">{e(_visible(line.text))}</span><span class="codes">{badges}</span></div>'
    )


def _field(name: str, value: str | None, *, raw: bool = False) -> str:
    """One ``dt``/``dd`` pair; ``raw`` values are markup already escaped."""
    if value is None or value == "":
        shown = '<span class="none">none</span>'
    else:
        shown = value if raw else html.escape(value)
    return f"<dt>{html.escape(name)}</dt><dd>{shown}</dd>"


def _fields(story: Story) -> str:
    """The story's extracted fields, as the panel beside its lines."""
    e = html.escape
    parts = [_field("Headline", story.headline)]
    if story.standfirst:
        parts.append(_field("Standfirst", story.standfirst))
    parts.append(_field("Layout", story.layout))
    if story.marker is not None:
        parts.append(_field("Marker", story.marker))
    captions = []
    for caption in story.captions:
        credit = (
            f'<span class="credit">credit: {e(caption.credit)}</span>'
            if caption.credit
            else '<span class="no-credit">no credit</span>'
        )
        captions.append(
            f'<li>{e(caption.text)} — {credit} <a href="#L{caption.line}">line '
            f"{caption.line}</a></li>"
        )
    parts.append(
        _field(
            f"Captions ({len(story.captions)})",
            f"<ol>{''.join(captions)}</ol>" if captions else None,
            raw=True,
        )
    )
    dateline = None
    if story.dateline is not None:
        d = story.dateline
        details = [", ".join(d.places)]
        if d.region:
            details.append(d.region)
        if d.date_text:
            details.append(d.date_text)
        details.extend(d.agencies)
        dateline = (
            f'<span class="mono">{e(d.raw)}</span><br><small>{e(" · ".join(details))}</small>'
        )
    parts.append(_field("Dateline", dateline, raw=True))
    byline = None
    if story.byline is not None:
        b = story.byline
        who = ", ".join(b.names) + (f" ({b.organization})" if b.organization else "")
        byline = f"{e(b.raw)}<br><small>{e(who)}</small>"
    parts.append(_field("Byline", byline, raw=True))
    body = _plural(len(story.body), "paragraph")
    if story.subheading_indices:
        body += f", {_plural(len(story.subheading_indices), 'subheading')} among them"
    parts.append(_field("Body", body))
    return f'<aside class="fields"><h3>Fields</h3><dl>{"".join(parts)}</dl></aside>'


def _diagnostic_list(story: Story, anchors: set[int]) -> str:
    """The story's diagnostics, each linking to the line it concerns."""
    e = html.escape
    if not story.diagnostics:
        return '<p class="no-doubts">No diagnostics.</p>'
    items = []
    for d in story.diagnostics:
        where = f"line {d.line}, column {d.column}"
        if d.line in anchors:
            where = f'<a href="#L{d.line}">{where}</a>'
        items.append(
            f'<li class="diagnostic">{where}: <code>{e(d.code)}</code> '
            f'<span class="message">{e(_visible(d.message))}</span></li>'
        )
    return f'<ol class="diagnostics">{"".join(items)}</ol>'


def _groups(lines: Sequence[ExplainedLine]) -> Iterator[tuple[int | None, list[int]]]:
    """Runs of row indices with the same story (``None``: between stories)."""
    run: list[int] = []
    story: int | None = None
    for index, line in enumerate(lines):
        if run and line.story != story:
            yield story, run
            run = []
        story = line.story
        run.append(index)
    if run:
        yield story, run


def _rows(
    lines: Sequence[ExplainedLine],
    indices: Iterable[int],
    concerns: dict[int, list[Diagnostic]],
    last_rows: set[int],
) -> list[str]:
    rows = []
    for index in indices:
        line = lines[index]
        first = index == 0 or lines[index - 1].number != line.number
        doubts = concerns.get(line.number, [])
        rows.append(_row(line, doubts, anchor=first, codes=index in last_rows))
    return rows


def render_html(explanation: Explanation, *, title: str) -> str:
    """A standalone page (no scripts, no external files): per story its diagnostics
    linking to the lines they concern, its lines (number, ``!`` mark, role, rule, text)
    coloured by role, and its extracted fields in a panel beside them."""
    explanation = _check(explanation)
    lines, stories = explanation.lines, explanation.stories
    e = html.escape
    roles = list(_CSS) + sorted({line.role for line in lines} - set(_CSS))
    styles = "\n".join(
        f".r-{e(role)} {{ background: {_CSS.get(role, _DEFAULT_CSS)}; }}" for role in roles
    )
    legend = " ".join(f'<span class="r-{e(role)}">{e(role)}</span>' for role in roles)
    concerns = _concerns(stories)
    last_rows = _last_rows(lines)
    anchors = {line.number for line in lines}
    doubted = [index for index, story in enumerate(stories) if story.diagnostics]
    summary = (
        f"{len(stories)} {'story' if len(stories) == 1 else 'stories'}, "
        f"{_plural(lines[-1].number if lines else 0, 'line')}, "
        f"{_plural(sum(len(s.diagnostics) for s in stories), 'diagnostic')}"
    )
    if doubted:
        links = ", ".join(f'<a href="#story-{i + 1}">story {i + 1}</a>' for i in doubted)
        summary += f" (in {links})"
    parts = []
    shown: set[int] = set()
    for story_index, indices in _groups(lines):
        rows = _rows(lines, indices, concerns, last_rows)
        if story_index is None:
            parts.append(f'<div class="between">{chr(10).join(rows)}</div>')
            continue
        story = stories[story_index]
        shown.add(story_index)
        first, last = lines[indices[0]].number, lines[indices[-1]].number
        parts.append(
            f'<section class="story" id="story-{story_index + 1}">\n'
            f"<h2>Story {story_index + 1} <small>lines {first}–{last}</small></h2>\n"
            f"{_diagnostic_list(story, anchors)}\n"
            f'<div class="columns">\n<div class="lines">{_HEAD_ROW}\n'
            + "\n".join(rows)
            + f"\n</div>\n{_fields(story)}\n</div>\n</section>"
        )
    # A story without lines (none is made today) still shows its diagnostics.
    for story_index, story in enumerate(stories):
        if story_index not in shown:
            parts.append(
                f'<section class="story" id="story-{story_index + 1}">\n'
                f"<h2>Story {story_index + 1} <small>no lines</small></h2>\n"
                f"{_diagnostic_list(story, anchors)}\n{_fields(story)}\n</section>"
            )
    return _PAGE.format(
        title=e(title), styles=styles, legend=legend, summary=summary, body="\n".join(parts)
    )
