"""Cutting a dump into stories: :func:`split_stories`, the public entry.

The work (how stories are told apart, and why) is in ``wirestory.grouping``,
compiled in the compiled build; this module checks its argument and says what
to pass (a compiled function would raise mypyc's own ``TypeError`` before its
body ran), and re-exports :func:`group_stories` and :class:`LineGroup`.
"""

from __future__ import annotations

from wirestory.errors import text_type_error
from wirestory.grouping import LineGroup, group_stories
from wirestory.lines import split_lines
from wirestory.model import StoryChunk
from wirestory.options import ParseOptions

__all__ = ["LineGroup", "group_stories", "split_stories"]


def split_stories(text: str, *, options: ParseOptions | None = None) -> list[StoryChunk]:
    """The raw story chunks of a dump, with their offsets in ``text``.

    The text between chunks is blank lines only (the separators); chunks plus
    separators rebuild ``text`` exactly.

    >>> dump = "First\\n\\nOne.\\n\\n\\nSecond\\n\\nTwo.\\n"
    >>> for chunk in split_stories(dump):
    ...     print(chunk.start, chunk.line, repr(chunk.text))
    0 1 'First\\n\\nOne.\\n'
    14 6 'Second\\n\\nTwo.\\n'
    """
    if not isinstance(text, str):
        raise text_type_error("split_stories", text)
    options = options or ParseOptions()
    return [
        StoryChunk(
            text[group[0].start : group[-1].end], group[0].start, group[-1].end, group[0].number
        )
        for group, *_ in group_stories(split_lines([text]), options)
    ]
