"""Coverage-guided fuzzing of wirestory with atheris.

    python fuzz/fuzz_parse.py -max_total_time=60 tests/cases

Checks, on every input the fuzzer makes:

- lenient ``decode`` and ``parse`` never raise, whatever the bytes;
- strict ``decode`` raises only ``DecodeError``, strict ``parse`` only ``ParseError``;
- the segments of all stories plus blank separators rebuild the text exactly;
- streaming the bytes in blocks gives the same stories as decoding them whole
  (with ``allow_binary=True``; by default bytes that look binary may raise
  ``BinaryInputError``, and nothing else; compressed-looking bytes are
  decompressed, and damaged ones raise the decompressor's error);
- every story's dict is JSON, and ``Story.from_dict(story.to_dict())`` is the story.

Any other outcome is a crash: atheris saves the input, and it becomes a
regression test in tests/test_hostile.py named after what it was.
"""

from __future__ import annotations

import contextlib
import io
import json
import lzma
import sys
import warnings

import atheris

with atheris.instrument_imports():
    import wirestory
    from wirestory import BinaryInputError, DecodeError, ParseError, ParseOptions
    from wirestory.sources import compression_of

_BLANK = dict.fromkeys(map(ord, "\u200b\u2060\ufeff"))
_STRICT = ParseOptions(strict=True)
_BINARY_TOO = ParseOptions(allow_binary=True)


def _check_lossless(text: str, stories: list[wirestory.Story]) -> None:
    position = 0
    pieces = []
    for story in stories:
        for segment in story.segments:
            gap = text[position : segment.start]
            if segment.start < position or gap.translate(_BLANK).strip():
                raise AssertionError(f"lost or overlapping text at {position}: {gap!r}")
            pieces += [gap, text[segment.start : segment.end]]
            position = segment.end
    if text[position:].translate(_BLANK).strip():
        raise AssertionError(f"lost text after the last story at {position}")
    if "".join(pieces) + text[position:] != text:
        raise AssertionError("segments do not rebuild the text")


def _check_read(stories: list[wirestory.Story]) -> None:
    """A story set aside as ``internal-error`` is a defect of wirestory's that
    lenient mode hid from the caller: a crash to the fuzzer."""
    for story in stories:
        for diagnostic in story.diagnostics:
            if diagnostic.code == "internal-error":
                raise AssertionError(diagnostic.message)


def test_one_input(data: bytes) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", wirestory.DecodeWarning)
        text = wirestory.decode(data)
        stories = wirestory.parse(text)
        _check_lossless(text, stories)
        _check_read(stories)
        if compression_of(data) is not None:
            # Decompressed as read: damaged data raises the decompressor's error.
            with contextlib.suppress(OSError, EOFError, lzma.LZMAError, BinaryInputError):
                list(wirestory.iter_stories(io.BytesIO(data)))
        else:
            streamed = list(wirestory.iter_stories(io.BytesIO(data), options=_BINARY_TOO))
            with contextlib.suppress(BinaryInputError):
                list(wirestory.iter_stories(io.BytesIO(data)))
            if streamed != stories:
                raise AssertionError(
                    "streaming the bytes gave other stories than decoding them whole"
                )
    for story in stories:
        data_dict = story.to_dict(with_spans=True)
        json.dumps(data_dict)
        from_dict = getattr(type(story), "from_dict", None)
        if from_dict is not None and from_dict(data_dict) != story:
            raise AssertionError("from_dict(to_dict(story)) is not the story")
    with contextlib.suppress(DecodeError):
        wirestory.decode(data, options=_STRICT)
    try:
        wirestory.parse(text, options=_STRICT)
    except ParseError as error:
        if error.code == "internal-error":
            raise


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
