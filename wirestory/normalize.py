"""Text normalization: the one function every field of a story goes through.

The pipeline, in order:

1. drop invisible characters that only get in the way of matching and of
   ftfy's repairs: zero-width space, word joiner, and the BOM / zero-width
   no-break space (``U+200B``, ``U+2060``, ``U+FEFF``). Zero-width (non-)joiners
   are kept: they change how Persian, Indic scripts and emoji render;
2. :func:`ftfy.fix_text` with ftfy's defaults except quotes: mojibake
   (``â€œ`` back to ``“``), C0/C1 control characters, HTML entities, ligatures,
   full-width letters, line breaks, NFC. ftfy straightens quotes by default;
   wirestory only does so with ``quotes="straight"``, because curly quotes are
   the publisher's typography and the apostrophe/closing-quote distinction;
3. every run of white space inside a line (spaces, tabs, NBSP and the other
   Unicode spaces) becomes one space, and each line is stripped.

If the result differs from the input, the pipeline runs again until it no longer
changes anything, so ``normalize`` is idempotent even where one repair exposes
another (an invisible character hiding mojibake).
"""

from __future__ import annotations

import ftfy
import regex

from wirestory.options import ParseOptions

__all__ = ["normalize", "normalize_line"]

_FTFY_CONFIGS = {
    "keep": ftfy.TextFixerConfig(uncurl_quotes=False, explain=False),
    "straight": ftfy.TextFixerConfig(uncurl_quotes=True, explain=False),
}
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff"))
# Every white-space character except the line feed; `regex` uses Unicode's
# White_Space property, so NBSP, U+2000..U+200A, U+202F and U+3000 are included.
# Linear: one character class, each run consumed once.
_SPACE_RUN = regex.compile(r"[^\S\n]+")
_DEFAULT_OPTIONS = ParseOptions()
# A fixed point is normally reached in one or two passes; the bound only
# guards against a (never observed) cycle between repairs.
_MAX_PASSES = 4


def _one_pass(text: str, config: ftfy.TextFixerConfig) -> str:
    fixed = ftfy.fix_text(text.translate(_INVISIBLE), config).translate(_INVISIBLE)
    fixed = _SPACE_RUN.sub(" ", fixed)
    if " \n" in fixed or "\n " in fixed:
        fixed = "\n".join(line.strip(" ") for line in fixed.split("\n"))
    return fixed.strip(" ")


def normalize(text: str, *, options: ParseOptions | None = None) -> str:
    """Repair and tidy ``text``: the normalization used for every field of a story.

    >>> normalize("\u00e2\u20ac\u0153Hello,\u00a0  world\u00e2\u20ac\u009d  ")
    '“Hello, world”'
    >>> from wirestory import ParseOptions
    >>> normalize("“Hello”", options=ParseOptions(quotes="straight"))
    '"Hello"'

    Line breaks are kept (``\\r\\n`` and ``\\r`` become ``\\n``); each line is
    stripped. See the module docstring for each step and why.
    """
    if not isinstance(text, str):
        raise TypeError(f"normalize() takes str, not {type(text).__name__}")
    config = _FTFY_CONFIGS[(options or _DEFAULT_OPTIONS).quotes]
    result = _one_pass(text, config)
    for _ in range(_MAX_PASSES):
        if result == text:
            break
        text, result = result, _one_pass(result, config)
    return result


def normalize_line(text: str, options: ParseOptions) -> str:
    """``normalize`` for a one-line field: any line break a repair produced
    (ftfy turns ``U+2028`` into ``\\n``) becomes a space."""
    result = normalize(text, options=options)
    if "\n" in result:
        result = " ".join(part for part in result.split("\n") if part)
    return result
