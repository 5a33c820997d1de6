"""Is it text? The check that keeps a photo or a PDF from being parsed as a story.

``wirestory parse photo.jpg`` used to print a story of gibberish and exit 0: every
byte sequence decodes (invalid UTF-8 as Windows-1252), and every text parses. The
first bytes of a file say whether it is text, as for ``git diff`` and ``file``:

- a known binary signature at the very start (``\\xff\\xd8\\xff`` is a JPEG image);
- a NUL byte in the first 8 KiB (no text encoding wirestory reads without a BOM
  has one; UTF-16 and UTF-32 with a BOM are left alone);
- more than one in ten of the first 8 KiB being control characters other than
  tab, line feed, vertical tab, form feed, carriage return, SUB (``\\x1a``, the end
  of old DOS files) and ESC (``\\x1b``, terminal colours in saved logs).

Only the start is examined, so the cost is constant per file, and a stray NUL deep
in a long dump (a truncated write) is still read: such bytes are reported as the
``nul-character`` diagnostic, as in any text.
"""

from __future__ import annotations

import codecs

import attrs

from wirestory.errors import BinaryInputError

__all__ = ["SAMPLE_BYTES", "BinarySign", "check_text", "find_binary"]

SAMPLE_BYTES = 8192
"""How much of the start of the input is examined."""

# Signatures of the binary files most often met where text was expected; each is
# what the format's specification puts at byte 0.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    # Also .docx, .xlsx, .odt and .epub files, which are ZIP archives.
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office document"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x28\xb5\x2f\xfd", "Zstandard-compressed data"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ\x90\x00", "Windows executable"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"\x00\x00\x00\x0cjP  ", "JPEG 2000 image"),
    (b"OggS", "Ogg audio or video"),
    (b"ID3", "MP3 audio"),
    (b"fLaC", "FLAC audio"),
    (b"SQLite format 3\x00", "SQLite database"),
)
_RIFF_KINDS = {b"WEBP": "WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}
_BOMS_WITH_NULS = (
    codecs.BOM_UTF32_LE,
    codecs.BOM_UTF32_BE,
    codecs.BOM_UTF16_LE,
    codecs.BOM_UTF16_BE,
)
# Control bytes that plain text does hold: \t \n \v \f \r, SUB (DOS end of file), ESC.
_TEXT_CONTROLS = frozenset(b"\t\n\x0b\x0c\r\x1a\x1b")
_CONTROLS = bytes(b for b in range(32) if b not in _TEXT_CONTROLS) + b"\x7f"
_CONTROL_SHARE = 0.10


def _holds_non_text(sample: bytes) -> bool:
    """Does ``sample`` hold a NUL, another control byte text never holds, or a
    byte that is not UTF-8 text?"""
    if len(sample.translate(None, _CONTROLS)) < len(sample):
        return True
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start < len(sample) - 3  # not a character cut at the sample's end
    return False


@attrs.frozen(slots=True)
class BinarySign:
    """What makes the start of an input binary: its ``kind`` (``"JPEG image"``,
    ``"NUL byte"``, ``"control characters"``, ...), the byte ``offset`` where it
    shows, and ``what``, the phrase an error message uses for it."""

    kind: str
    offset: int
    what: str


def find_binary(head: bytes) -> BinarySign | None:
    """What makes ``head`` (the first bytes of an input) binary; ``None`` for text.

    >>> find_binary(b"\\xff\\xd8\\xff\\xe0\\x00\\x10JFIF")
    BinarySign(kind='JPEG image', offset=0, what='JPEG image signature at the start')
    >>> find_binary(b"Headline\\x00\\x00")
    BinarySign(kind='NUL byte', offset=8, what='a NUL byte at byte 8')
    >>> find_binary("Caf\\u00e9 Opens\\n\\nIt opened.\\n".encode()) is None
    True
    """
    for signature, kind in _SIGNATURES:
        # A signature that is a word ("ID3", "OggS", "GIF89a") can open a line
        # of text ("ID3 Tags Explained"): it counts only when a byte no text
        # holds follows within the sample.
        if head.startswith(signature) and (
            not signature.isalnum() or _holds_non_text(head[len(signature) : SAMPLE_BYTES])
        ):
            return BinarySign(kind, 0, f"{kind} signature at the start")
    if head.startswith(b"RIFF") and head[8:12] in _RIFF_KINDS:
        kind = _RIFF_KINDS[head[8:12]]
        return BinarySign(kind, 0, f"{kind} signature at the start")
    if head.startswith(_BOMS_WITH_NULS):
        return None  # UTF-16 / UTF-32 text: NULs are half its bytes
    sample = head[:SAMPLE_BYTES]
    nul = sample.find(b"\x00")
    if nul >= 0:
        return BinarySign("NUL byte", nul, f"a NUL byte at byte {nul}")
    controls = len(sample) - len(sample.translate(None, _CONTROLS))
    if sample and controls > _CONTROL_SHARE * len(sample):
        first = min(i for i in (sample.find(bytes([c])) for c in _CONTROLS) if i >= 0)
        what = f"{controls} control characters in its first {len(sample)} bytes"
        return BinarySign("control characters", first, what)
    return None


def check_text(head: bytes) -> None:
    """Raise :class:`~wirestory.BinaryInputError` if ``head`` looks binary."""
    sign = find_binary(head)
    if sign is None:
        return
    offset = sign.offset
    line = head.count(b"\n", 0, offset) + 1
    column = offset - (head.rfind(b"\n", 0, offset) + 1) + 1
    raise BinaryInputError(
        f"binary data, not text: {sign.what}; parse it anyway with "
        "ParseOptions(allow_binary=True) (--force on the command line)",
        kind=sign.kind,
        offset=offset,
        line=line,
        column=column,
    )
