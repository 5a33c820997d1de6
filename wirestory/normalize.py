"""Text normalization: the one function every field of a story goes through.

The pipeline, each step and why, is in the docstring of
``wirestory.normalizing``, which does the work (compiled in the compiled
build); this module is the public entry: :func:`normalize` checks that it is
given a ``str`` and says what to pass otherwise (a compiled function would
raise mypyc's own ``TypeError`` before its body ran), and the fast path's
contract (:func:`reference_normalize`, :func:`reference_only`,
:class:`FastPathTables`, ...) is re-exported from there.
"""

from __future__ import annotations

from wirestory.normalizing import (
    FastPathTables,
    curl_quotes,
    fast_path_on,
    normalize_line,
    normalize_lines,
    normalize_text,
    reference_normalize,
    reference_only,
)
from wirestory.options import ParseOptions

__all__ = [
    "FastPathTables",
    "curl_quotes",
    "fast_path_on",
    "normalize",
    "normalize_line",
    "normalize_lines",
    "reference_normalize",
    "reference_only",
]


def normalize(text: str, *, options: ParseOptions | None = None) -> str:
    """Repair and tidy ``text``: the normalization used for every field of a story.

    >>> normalize("\u00e2\u20ac\u0153Hello,\u00a0  world\u00e2\u20ac\u009d  ")
    '“Hello, world”'
    >>> from wirestory import ParseOptions
    >>> normalize("“Hello”", options=ParseOptions(quotes="straight"))
    '"Hello"'
    >>> normalize("Baghdad's 'green zone'", options=ParseOptions(quotes="curly"))
    'Baghdad’s ‘green zone’'

    Line breaks are kept (``\\r\\n`` and ``\\r`` become ``\\n``); each line is
    stripped. See ``wirestory.normalizing``'s docstring for each step and why. The result is
    exactly that of the plain pipeline (:func:`reference_normalize`).

    How: see :func:`wirestory.normalizing.normalize_text`, which does the
    work once ``text`` is checked.
    """
    if not isinstance(text, str):
        raise TypeError(f"normalize() takes str, not {type(text).__name__}")
    return normalize_text(text, options=options)
