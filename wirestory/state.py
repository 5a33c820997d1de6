"""The line state: what the role rules have decided about one story's lines.

Every stage between story splitting and assembly works on one :class:`LineState`
per story, as markdown-it's block rules share one state: a role and a rule name
per line, the structure those roles form (headline, captions, paragraphs...),
and the problems found on the way. A rule changes a line's role only through
:meth:`LineState.claim`, which records every claim that overrides an earlier
one, so a parse can show which rule changed its mind about a line.
"""

from __future__ import annotations

import attrs

from wirestory.bylines import Byline
from wirestory.diagnostics import CODES
from wirestory.lines import Line, is_blank
from wirestory.model import LayoutName, Role

__all__ = ["LineState", "Override", "Problem", "skip_blanks"]


@attrs.frozen
class Problem:
    """A problem found while reading a story, at line index ``index`` of the story:
    a :class:`~wirestory.Diagnostic` once the story is assembled."""

    code: str
    """One of :data:`wirestory.diagnostics.CODES` (checked: a problem with an
    unregistered code cannot be made)."""
    message: str
    index: int

    def __attrs_post_init__(self) -> None:
        # Checked after attrs' __init__ rather than by a field validator: the
        # compiled build (mypyc) reads a class body's ``attrs.field(...)`` as
        # the field's value and refuses it at import.
        if self.code not in CODES:
            raise ValueError(f"diagnostic code {self.code!r} is not in wirestory.diagnostics.CODES")


@attrs.frozen
class Override:
    """A claim that replaced an earlier one on the same line."""

    index: int
    """The line's index in the story."""
    before: tuple[Role, str]
    """The role and rule the line had."""
    after: tuple[Role, str]
    """The role and rule it has now."""


@attrs.define
class LineState:
    """The roles of one story's lines and the structure they form.

    Indices are into the story's line list; ``paragraphs`` lists, per body
    paragraph, the indices of its lines. A rule name of ``""`` means no rule
    has claimed the line yet.
    """

    # The list, set and dict defaults are spelled ``attrs.Factory(...)`` (the
    # same default as ``attrs.field(factory=...)``), the one form of an attrs
    # default the compiled build (mypyc) accepts in a class body.
    roles: list[Role]
    rules: list[str]
    kind: LayoutName = "headless"
    headline: int | None = None
    headline_text: str | None = None
    """The headline's text when it is only a part of its line (a page's
    ``<title>`` line taken for the headline, less the site's name), else None:
    the line's text is the headline."""
    standfirst: int | None = None
    captions: list[int] = attrs.Factory(list)
    extra_captions: list[int] = attrs.Factory(list)
    marker: int | None = None
    paragraphs: list[list[int]] = attrs.Factory(list)
    subheadings: set[int] = attrs.Factory(set)
    """Indices into ``paragraphs`` of the subheadings."""
    problems: list[Problem] = attrs.Factory(list)
    byline: list[int] = attrs.Factory(list)
    """Line indices of the byline (a byline line and the organisation line under it)."""
    caption_credits: dict[int, int] = attrs.Factory(dict)
    """For a caption whose credit stands on a line of its own (a page's
    ``Jane Roe/Daily Planet`` under the photo), the credit line's index."""
    byline_found: Byline | None = None
    """The byline as the layout read it, when its lines are in a form
    :func:`~wirestory.bylines.find_byline` does not read (a page's header)."""
    dateline_places: tuple[str, ...] = ()
    """Places a page names outside its story's first paragraph (the place after
    the byline's name, a line of the menu): a page's dateline of two or three
    title-case words before a colon (``Abu Dhabi: The …``) is read only when it
    is one of them."""
    overrides: list[Override] = attrs.Factory(list)
    """Claims that replaced an earlier claim with another role, in order."""
    read_lines: list[Line] | None = None
    """The story's lines as the layout read them, when a converter's marks
    were read as spaces (:func:`~wirestory.markdown.markdown_view`): the
    fields read their texts; None when the lines were read as they stand."""
    read_shifts: list[int] | None = None
    """With ``read_lines``, each line's :attr:`~wirestory.markdown.MarkdownView.shifts`:
    how much further in the line as printed a column of its text read stands."""
    joined: dict[int, Line] = attrs.Factory(dict)
    """For a caption, caption credit or standfirst the layout read from
    several physical lines joined (a hard-wrapped page's run), the joined line
    by its first line's index: its text the lines' texts joined by spaces, from
    the first line's start to the last line's end. The field's text is the
    joined line's, not its first line's."""

    @classmethod
    def unclaimed(cls, count: int) -> LineState:
        """The state of a story of ``count`` lines before any rule ran."""
        return cls(roles=[Role.OTHER] * count, rules=[""] * count)

    def is_claimed(self, index: int) -> bool:
        """Has a rule given line ``index`` a role yet?"""
        return self.rules[index] != ""

    def claim(self, index: int, role: Role, rule: str) -> None:
        """Give line ``index`` a role, naming the rule that decided it.

        A claim on a line another rule already gave a different role is
        recorded in :attr:`overrides` (a blank line claimed as blank twice is
        not an override).
        """
        before = self.rules[index]
        if before and self.roles[index] is not role:
            self.overrides.append(Override(index, (self.roles[index], before), (role, rule)))
        self.roles[index] = role
        self.rules[index] = rule

    def byline_from_below(
        self,
        index: int,
        byline: Byline,
        doubt: str,
        *,
        rule: str = "byline-after-story",
        code: str = "byline-after-story",
    ) -> None:
        """Take line ``index``, under the story rather than in its header, for
        the story's byline (``byline``, claimed by ``rule``). A byline found
        there is a guess (a related story's headline, a profile's closing
        lines read the same), which the record says: diagnostic ``code``
        with the message ``doubt`` at that line. Every reader of a byline
        under a story takes it here, so none can take it unsaid."""
        self.byline.append(index)
        self.claim(index, Role.BYLINE, rule)
        self.byline_found = byline
        self.problems.append(Problem(code, doubt, index))


def skip_blanks(lines: list[Line], index: int, state: LineState) -> int:
    """Claim the blank lines from ``index`` on; return the first non-blank one."""
    while index < len(lines) and is_blank(lines[index].text):
        state.claim(index, Role.BLANK, "blank")
        index += 1
    return index
