"""Code points that NFC normalization may change: a table for the fast path of
:func:`wirestory.normalize`.

A string is already in NFC when every character in it has ``NFC_Quick_Check=Yes``
and canonical combining class 0 (UAX #15, "Detecting Normalization Forms"), so a
line free of the characters listed here is left alone by ``unicodedata.normalize``
and need not be handed to ftfy for that step. Listed:

* characters with a non-zero canonical combining class (combining marks);
* characters that NFC replaces (singletons, composition exclusions, non-starter
  decompositions: ``NFC(c) != c``);
* characters that can compose with the character before them
  (``NFC_Quick_Check=Maybe``): the second character of every two-character
  canonical decomposition, and the Hangul vowel and trailing-consonant jamo;
* every code point unassigned in this table's Unicode version, so that a newer
  Python, whose Unicode assigns new combining marks, still finds them here;
* the surrogates.

A second, smaller table, ``NFC_MAYBE_BMP``, lists the characters of the Basic
Multilingual Plane for which a check that a string is in NFC may have to
normalize the whole string (``unicodedata.is_normalized`` does when one holds
an ``NFC_Quick_Check=Maybe`` character): the characters that can compose with
the one before them, the unassigned code points (for a newer Python) and the
surrogates. A string free of them, and of characters outside the BMP, is
checked by looking at each character once.

The tables are generated, not written by hand: ``python -m wirestory.unicode_tables``
rewrites the block at the end of this file from the running Python's
:mod:`unicodedata`. ``tests/test_fast_normalize.py`` checks it against the
Python that runs the tests.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

__all__ = [
    "NFC_MAYBE_BMP",
    "NFC_UNSAFE_ASTRAL",
    "NFC_UNSAFE_BMP",
    "UNICODE_VERSION",
    "nfc_maybe_ranges",
    "nfc_unsafe_ranges",
]


def _composes_with_previous(primary_only: bool = False) -> set[int]:
    """The second characters of two-character canonical decompositions, and the
    Hangul vowel and trailing jamo; ``primary_only``: only of the compositions
    NFC makes (not of the composition exclusions, which NFC never recomposes)."""
    composes = set(range(0x1161, 0x1176)) | set(range(0x11A8, 0x11C3))
    for code in range(0x110000):
        decomposition = unicodedata.decomposition(chr(code))
        if decomposition and not decomposition.startswith("<"):
            parts = decomposition.split()
            if len(parts) == 2 and not (
                primary_only and unicodedata.normalize("NFC", chr(code)) != chr(code)
            ):
                composes.add(int(parts[1], 16))
    return composes


def _ranges(codes: list[int]) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    return ranges


def nfc_unsafe_ranges() -> list[tuple[int, int]]:
    """Inclusive ranges of the code points described in the module docstring,
    computed from the running Python's :mod:`unicodedata` (about a second)."""
    composes_with_previous = _composes_with_previous()
    return _ranges(
        [
            code
            for code in range(0x110000)
            if 0xD800 <= code <= 0xDFFF
            or code in composes_with_previous
            or unicodedata.category(chr(code)) == "Cn"
            or unicodedata.combining(chr(code)) != 0
            or unicodedata.normalize("NFC", chr(code)) != chr(code)
        ]
    )


def nfc_maybe_ranges() -> list[tuple[int, int]]:
    """Inclusive ranges of the code points of ``NFC_MAYBE_BMP`` (and beyond the
    BMP), computed from the running Python's :mod:`unicodedata`."""
    composes_with_previous = _composes_with_previous(primary_only=True)
    return _ranges(
        [
            code
            for code in range(0x110000)
            if 0xD800 <= code <= 0xDFFF
            or code in composes_with_previous
            or unicodedata.category(chr(code)) == "Cn"
        ]
    )


def _class_body(ranges: list[tuple[int, int]], name: str) -> list[str]:
    bmp = [
        f"\\u{start:04x}" if start == end else f"\\u{start:04x}-\\u{min(end, 0xFFFF):04x}"
        for start, end in ranges
        if start <= 0xFFFF
    ]
    lines = [f"{name} = ("]
    lines += [f'    r"{"".join(bmp[i : i + 6])}"' for i in range(0, len(bmp), 6)]
    return [*lines, ")"]


def _generate() -> str:
    ranges = nfc_unsafe_ranges()
    astral = [(max(start, 0x10000), end) for start, end in ranges if end > 0xFFFF]
    lines = [
        f'UNICODE_VERSION = "{unicodedata.unidata_version}"',
        "# The BMP part, as the body of a regular-expression character class.",
        *_class_body(ranges, "NFC_UNSAFE_BMP"),
        "# The same for NFC_Quick_Check=Maybe, with the unassigned code points.",
        *_class_body(nfc_maybe_ranges(), "NFC_MAYBE_BMP"),
        "# The rest, as sorted inclusive (first, last) ranges for bisection.",
    ]
    lines += ["# fmt: off", "NFC_UNSAFE_ASTRAL = ("]
    row: list[str] = []
    for start, end in astral:
        row.append(f"(0x{start:05X}, 0x{end:05X}),")
        if len(row) == 4:
            lines.append("    " + " ".join(row))
            row = []
    if row:
        lines.append("    " + " ".join(row))
    lines += [")", "# fmt: on", ""]
    return "\n".join(lines)


_MARK = "# --- generated by `python -m wirestory.unicode_tables`; do not edit below ---\n"

if __name__ == "__main__":  # pragma: no cover - a maintenance tool
    path = Path(__file__)
    head = path.read_text(encoding="utf-8").split(_MARK)[0]
    path.write_text(head + _MARK + _generate(), encoding="utf-8")

# --- generated by `python -m wirestory.unicode_tables`; do not edit below ---
UNICODE_VERSION = "14.0.0"
# The BMP part, as the body of a regular-expression character class.
NFC_UNSAFE_BMP = (
    r"\u0300-\u034e\u0350-\u036f\u0374\u0378-\u0379\u037e\u0380-\u0383"
    r"\u0387\u038b\u038d\u03a2\u0483-\u0487\u0530"
    r"\u0557-\u0558\u058b-\u058c\u0590-\u05bd\u05bf\u05c1-\u05c2\u05c4-\u05c5"
    r"\u05c7-\u05cf\u05eb-\u05ee\u05f5-\u05ff\u0610-\u061a\u064b-\u065f\u0670"
    r"\u06d6-\u06dc\u06df-\u06e4\u06e7-\u06e8\u06ea-\u06ed\u070e\u0711"
    r"\u0730-\u074c\u07b2-\u07bf\u07eb-\u07f3\u07fb-\u07fd\u0816-\u0819\u081b-\u0823"
    r"\u0825-\u0827\u0829-\u082f\u083f\u0859-\u085d\u085f\u086b-\u086f"
    r"\u088f\u0892-\u089f\u08ca-\u08e1\u08e3-\u08ff\u093c\u094d"
    r"\u0951-\u0954\u0958-\u095f\u0984\u098d-\u098e\u0991-\u0992\u09a9"
    r"\u09b1\u09b3-\u09b5\u09ba-\u09bc\u09be\u09c5-\u09c6\u09c9-\u09ca"
    r"\u09cd\u09cf-\u09df\u09e4-\u09e5\u09fe-\u0a00\u0a04\u0a0b-\u0a0e"
    r"\u0a11-\u0a12\u0a29\u0a31\u0a33-\u0a34\u0a36-\u0a37\u0a3a-\u0a3d"
    r"\u0a43-\u0a46\u0a49-\u0a4a\u0a4d-\u0a50\u0a52-\u0a5b\u0a5d-\u0a65\u0a77-\u0a80"
    r"\u0a84\u0a8e\u0a92\u0aa9\u0ab1\u0ab4"
    r"\u0aba-\u0abc\u0ac6\u0aca\u0acd-\u0acf\u0ad1-\u0adf\u0ae4-\u0ae5"
    r"\u0af2-\u0af8\u0b00\u0b04\u0b0d-\u0b0e\u0b11-\u0b12\u0b29"
    r"\u0b31\u0b34\u0b3a-\u0b3c\u0b3e\u0b45-\u0b46\u0b49-\u0b4a"
    r"\u0b4d-\u0b54\u0b56-\u0b5e\u0b64-\u0b65\u0b78-\u0b81\u0b84\u0b8b-\u0b8d"
    r"\u0b91\u0b96-\u0b98\u0b9b\u0b9d\u0ba0-\u0ba2\u0ba5-\u0ba7"
    r"\u0bab-\u0bad\u0bba-\u0bbe\u0bc3-\u0bc5\u0bc9\u0bcd-\u0bcf\u0bd1-\u0be5"
    r"\u0bfb-\u0bff\u0c0d\u0c11\u0c29\u0c3a-\u0c3c\u0c45"
    r"\u0c49\u0c4d-\u0c57\u0c5b-\u0c5c\u0c5e-\u0c5f\u0c64-\u0c65\u0c70-\u0c76"
    r"\u0c8d\u0c91\u0ca9\u0cb4\u0cba-\u0cbc\u0cc2"
    r"\u0cc5\u0cc9\u0ccd-\u0cdc\u0cdf\u0ce4-\u0ce5\u0cf0"
    r"\u0cf3-\u0cff\u0d0d\u0d11\u0d3b-\u0d3c\u0d3e\u0d45"
    r"\u0d49\u0d4d\u0d50-\u0d53\u0d57\u0d64-\u0d65\u0d80"
    r"\u0d84\u0d97-\u0d99\u0db2\u0dbc\u0dbe-\u0dbf\u0dc7-\u0dcf"
    r"\u0dd5\u0dd7\u0ddf-\u0de5\u0df0-\u0df1\u0df5-\u0e00\u0e38-\u0e3e"
    r"\u0e48-\u0e4b\u0e5c-\u0e80\u0e83\u0e85\u0e8b\u0ea4"
    r"\u0ea6\u0eb8-\u0eba\u0ebe-\u0ebf\u0ec5\u0ec7-\u0ecb\u0ece-\u0ecf"
    r"\u0eda-\u0edb\u0ee0-\u0eff\u0f18-\u0f19\u0f35\u0f37\u0f39"
    r"\u0f43\u0f48\u0f4d\u0f52\u0f57\u0f5c"
    r"\u0f69\u0f6d-\u0f76\u0f78\u0f7a-\u0f7d\u0f80-\u0f84\u0f86-\u0f87"
    r"\u0f93\u0f98\u0f9d\u0fa2\u0fa7\u0fac"
    r"\u0fb5\u0fb7\u0fb9\u0fbd\u0fc6\u0fcd"
    r"\u0fdb-\u0fff\u102e\u1037\u1039-\u103a\u108d\u10c6"
    r"\u10c8-\u10cc\u10ce-\u10cf\u1161-\u1175\u11a8-\u11c2\u1249\u124e-\u124f"
    r"\u1257\u1259\u125e-\u125f\u1289\u128e-\u128f\u12b1"
    r"\u12b6-\u12b7\u12bf\u12c1\u12c6-\u12c7\u12d7\u1311"
    r"\u1316-\u1317\u135b-\u135f\u137d-\u137f\u139a-\u139f\u13f6-\u13f7\u13fe-\u13ff"
    r"\u169d-\u169f\u16f9-\u16ff\u1714-\u171e\u1734\u1737-\u173f\u1754-\u175f"
    r"\u176d\u1771\u1774-\u177f\u17d2\u17dd-\u17df\u17ea-\u17ef"
    r"\u17fa-\u17ff\u181a-\u181f\u1879-\u187f\u18a9\u18ab-\u18af\u18f6-\u18ff"
    r"\u191f\u192c-\u192f\u1939-\u193f\u1941-\u1943\u196e-\u196f\u1975-\u197f"
    r"\u19ac-\u19af\u19ca-\u19cf\u19db-\u19dd\u1a17-\u1a18\u1a1c-\u1a1d\u1a5f-\u1a60"
    r"\u1a75-\u1a7f\u1a8a-\u1a8f\u1a9a-\u1a9f\u1aae-\u1abd\u1abf-\u1aff\u1b34-\u1b35"
    r"\u1b44\u1b4d-\u1b4f\u1b6b-\u1b73\u1b7f\u1baa-\u1bab\u1be6"
    r"\u1bf2-\u1bfb\u1c37-\u1c3a\u1c4a-\u1c4c\u1c89-\u1c8f\u1cbb-\u1cbc\u1cc8-\u1cd2"
    r"\u1cd4-\u1ce0\u1ce2-\u1ce8\u1ced\u1cf4\u1cf8-\u1cf9\u1cfb-\u1cff"
    r"\u1dc0-\u1dff\u1f16-\u1f17\u1f1e-\u1f1f\u1f46-\u1f47\u1f4e-\u1f4f\u1f58"
    r"\u1f5a\u1f5c\u1f5e\u1f71\u1f73\u1f75"
    r"\u1f77\u1f79\u1f7b\u1f7d-\u1f7f\u1fb5\u1fbb"
    r"\u1fbe\u1fc5\u1fc9\u1fcb\u1fd3-\u1fd5\u1fdb-\u1fdc"
    r"\u1fe3\u1feb\u1fee-\u1ff1\u1ff5\u1ff9\u1ffb"
    r"\u1ffd\u1fff-\u2001\u2065\u2072-\u2073\u208f\u209d-\u209f"
    r"\u20c1-\u20dc\u20e1\u20e5-\u20ff\u2126\u212a-\u212b\u218c-\u218f"
    r"\u2329-\u232a\u2427-\u243f\u244b-\u245f\u2adc\u2b74-\u2b75\u2b96"
    r"\u2cef-\u2cf1\u2cf4-\u2cf8\u2d26\u2d28-\u2d2c\u2d2e-\u2d2f\u2d68-\u2d6e"
    r"\u2d71-\u2d7f\u2d97-\u2d9f\u2da7\u2daf\u2db7\u2dbf"
    r"\u2dc7\u2dcf\u2dd7\u2ddf-\u2dff\u2e5e-\u2e7f\u2e9a"
    r"\u2ef4-\u2eff\u2fd6-\u2fef\u2ffc-\u2fff\u302a-\u302f\u3040\u3097-\u309a"
    r"\u3100-\u3104\u3130\u318f\u31e4-\u31ef\u321f\ua48d-\ua48f"
    r"\ua4c7-\ua4cf\ua62c-\ua63f\ua66f\ua674-\ua67d\ua69e-\ua69f\ua6f0-\ua6f1"
    r"\ua6f8-\ua6ff\ua7cb-\ua7cf\ua7d2\ua7d4\ua7da-\ua7f1\ua806"
    r"\ua82c-\ua82f\ua83a-\ua83f\ua878-\ua87f\ua8c4\ua8c6-\ua8cd\ua8da-\ua8f1"
    r"\ua92b-\ua92d\ua953-\ua95e\ua97d-\ua97f\ua9b3\ua9c0\ua9ce"
    r"\ua9da-\ua9dd\ua9ff\uaa37-\uaa3f\uaa4e-\uaa4f\uaa5a-\uaa5b\uaab0"
    r"\uaab2-\uaab4\uaab7-\uaab8\uaabe-\uaabf\uaac1\uaac3-\uaada\uaaf6-\uab00"
    r"\uab07-\uab08\uab0f-\uab10\uab17-\uab1f\uab27\uab2f\uab6c-\uab6f"
    r"\uabed-\uabef\uabfa-\uabff\ud7a4-\ud7af\ud7c7-\ud7ca\ud7fc-\udfff\uf900-\ufa0d"
    r"\ufa10\ufa12\ufa15-\ufa1e\ufa20\ufa22\ufa25-\ufa26"
    r"\ufa2a-\ufaff\ufb07-\ufb12\ufb18-\ufb1f\ufb2a-\ufb4e\ufbc3-\ufbd2\ufd90-\ufd91"
    r"\ufdc8-\ufdce\ufdd0-\ufdef\ufe1a-\ufe2f\ufe53\ufe67\ufe6c-\ufe6f"
    r"\ufe75\ufefd-\ufefe\uff00\uffbf-\uffc1\uffc8-\uffc9\uffd0-\uffd1"
    r"\uffd8-\uffd9\uffdd-\uffdf\uffe7\uffef-\ufff8\ufffe-\uffff"
)
# The same for NFC_Quick_Check=Maybe, with the unassigned code points.
NFC_MAYBE_BMP = (
    r"\u0300-\u0304\u0306-\u030c\u030f\u0311\u0313-\u0314\u031b"
    r"\u0323-\u0328\u032d-\u032e\u0330-\u0331\u0338\u0342\u0345"
    r"\u0378-\u0379\u0380-\u0383\u038b\u038d\u03a2\u0530"
    r"\u0557-\u0558\u058b-\u058c\u0590\u05c8-\u05cf\u05eb-\u05ee\u05f5-\u05ff"
    r"\u0653-\u0655\u070e\u074b-\u074c\u07b2-\u07bf\u07fb-\u07fc\u082e-\u082f"
    r"\u083f\u085c-\u085d\u085f\u086b-\u086f\u088f\u0892-\u0897"
    r"\u093c\u0984\u098d-\u098e\u0991-\u0992\u09a9\u09b1"
    r"\u09b3-\u09b5\u09ba-\u09bb\u09be\u09c5-\u09c6\u09c9-\u09ca\u09cf-\u09db"
    r"\u09de\u09e4-\u09e5\u09ff-\u0a00\u0a04\u0a0b-\u0a0e\u0a11-\u0a12"
    r"\u0a29\u0a31\u0a34\u0a37\u0a3a-\u0a3b\u0a3d"
    r"\u0a43-\u0a46\u0a49-\u0a4a\u0a4e-\u0a50\u0a52-\u0a58\u0a5d\u0a5f-\u0a65"
    r"\u0a77-\u0a80\u0a84\u0a8e\u0a92\u0aa9\u0ab1"
    r"\u0ab4\u0aba-\u0abb\u0ac6\u0aca\u0ace-\u0acf\u0ad1-\u0adf"
    r"\u0ae4-\u0ae5\u0af2-\u0af8\u0b00\u0b04\u0b0d-\u0b0e\u0b11-\u0b12"
    r"\u0b29\u0b31\u0b34\u0b3a-\u0b3b\u0b3e\u0b45-\u0b46"
    r"\u0b49-\u0b4a\u0b4e-\u0b54\u0b56-\u0b5b\u0b5e\u0b64-\u0b65\u0b78-\u0b81"
    r"\u0b84\u0b8b-\u0b8d\u0b91\u0b96-\u0b98\u0b9b\u0b9d"
    r"\u0ba0-\u0ba2\u0ba5-\u0ba7\u0bab-\u0bad\u0bba-\u0bbe\u0bc3-\u0bc5\u0bc9"
    r"\u0bce-\u0bcf\u0bd1-\u0be5\u0bfb-\u0bff\u0c0d\u0c11\u0c29"
    r"\u0c3a-\u0c3b\u0c45\u0c49\u0c4e-\u0c54\u0c56-\u0c57\u0c5b-\u0c5c"
    r"\u0c5e-\u0c5f\u0c64-\u0c65\u0c70-\u0c76\u0c8d\u0c91\u0ca9"
    r"\u0cb4\u0cba-\u0cbb\u0cc2\u0cc5\u0cc9\u0cce-\u0cdc"
    r"\u0cdf\u0ce4-\u0ce5\u0cf0\u0cf3-\u0cff\u0d0d\u0d11"
    r"\u0d3e\u0d45\u0d49\u0d50-\u0d53\u0d57\u0d64-\u0d65"
    r"\u0d80\u0d84\u0d97-\u0d99\u0db2\u0dbc\u0dbe-\u0dbf"
    r"\u0dc7-\u0dcf\u0dd5\u0dd7\u0ddf-\u0de5\u0df0-\u0df1\u0df5-\u0e00"
    r"\u0e3b-\u0e3e\u0e5c-\u0e80\u0e83\u0e85\u0e8b\u0ea4"
    r"\u0ea6\u0ebe-\u0ebf\u0ec5\u0ec7\u0ece-\u0ecf\u0eda-\u0edb"
    r"\u0ee0-\u0eff\u0f48\u0f6d-\u0f70\u0f98\u0fbd\u0fcd"
    r"\u0fdb-\u0fff\u102e\u10c6\u10c8-\u10cc\u10ce-\u10cf\u1161-\u1175"
    r"\u11a8-\u11c2\u1249\u124e-\u124f\u1257\u1259\u125e-\u125f"
    r"\u1289\u128e-\u128f\u12b1\u12b6-\u12b7\u12bf\u12c1"
    r"\u12c6-\u12c7\u12d7\u1311\u1316-\u1317\u135b-\u135c\u137d-\u137f"
    r"\u139a-\u139f\u13f6-\u13f7\u13fe-\u13ff\u169d-\u169f\u16f9-\u16ff\u1716-\u171e"
    r"\u1737-\u173f\u1754-\u175f\u176d\u1771\u1774-\u177f\u17de-\u17df"
    r"\u17ea-\u17ef\u17fa-\u17ff\u181a-\u181f\u1879-\u187f\u18ab-\u18af\u18f6-\u18ff"
    r"\u191f\u192c-\u192f\u193c-\u193f\u1941-\u1943\u196e-\u196f\u1975-\u197f"
    r"\u19ac-\u19af\u19ca-\u19cf\u19db-\u19dd\u1a1c-\u1a1d\u1a5f\u1a7d-\u1a7e"
    r"\u1a8a-\u1a8f\u1a9a-\u1a9f\u1aae-\u1aaf\u1acf-\u1aff\u1b35\u1b4d-\u1b4f"
    r"\u1b7f\u1bf4-\u1bfb\u1c38-\u1c3a\u1c4a-\u1c4c\u1c89-\u1c8f\u1cbb-\u1cbc"
    r"\u1cc8-\u1ccf\u1cfb-\u1cff\u1f16-\u1f17\u1f1e-\u1f1f\u1f46-\u1f47\u1f4e-\u1f4f"
    r"\u1f58\u1f5a\u1f5c\u1f5e\u1f7e-\u1f7f\u1fb5"
    r"\u1fc5\u1fd4-\u1fd5\u1fdc\u1ff0-\u1ff1\u1ff5\u1fff"
    r"\u2065\u2072-\u2073\u208f\u209d-\u209f\u20c1-\u20cf\u20f1-\u20ff"
    r"\u218c-\u218f\u2427-\u243f\u244b-\u245f\u2b74-\u2b75\u2b96\u2cf4-\u2cf8"
    r"\u2d26\u2d28-\u2d2c\u2d2e-\u2d2f\u2d68-\u2d6e\u2d71-\u2d7e\u2d97-\u2d9f"
    r"\u2da7\u2daf\u2db7\u2dbf\u2dc7\u2dcf"
    r"\u2dd7\u2ddf\u2e5e-\u2e7f\u2e9a\u2ef4-\u2eff\u2fd6-\u2fef"
    r"\u2ffc-\u2fff\u3040\u3097-\u309a\u3100-\u3104\u3130\u318f"
    r"\u31e4-\u31ef\u321f\ua48d-\ua48f\ua4c7-\ua4cf\ua62c-\ua63f\ua6f8-\ua6ff"
    r"\ua7cb-\ua7cf\ua7d2\ua7d4\ua7da-\ua7f1\ua82d-\ua82f\ua83a-\ua83f"
    r"\ua878-\ua87f\ua8c6-\ua8cd\ua8da-\ua8df\ua954-\ua95e\ua97d-\ua97f\ua9ce"
    r"\ua9da-\ua9dd\ua9ff\uaa37-\uaa3f\uaa4e-\uaa4f\uaa5a-\uaa5b\uaac3-\uaada"
    r"\uaaf7-\uab00\uab07-\uab08\uab0f-\uab10\uab17-\uab1f\uab27\uab2f"
    r"\uab6c-\uab6f\uabee-\uabef\uabfa-\uabff\ud7a4-\ud7af\ud7c7-\ud7ca\ud7fc-\udfff"
    r"\ufa6e-\ufa6f\ufada-\ufaff\ufb07-\ufb12\ufb18-\ufb1c\ufb37\ufb3d"
    r"\ufb3f\ufb42\ufb45\ufbc3-\ufbd2\ufd90-\ufd91\ufdc8-\ufdce"
    r"\ufdd0-\ufdef\ufe1a-\ufe1f\ufe53\ufe67\ufe6c-\ufe6f\ufe75"
    r"\ufefd-\ufefe\uff00\uffbf-\uffc1\uffc8-\uffc9\uffd0-\uffd1\uffd8-\uffd9"
    r"\uffdd-\uffdf\uffe7\uffef-\ufff8\ufffe-\uffff"
)
# The rest, as sorted inclusive (first, last) ranges for bisection.
# fmt: off
NFC_UNSAFE_ASTRAL = (
    (0x1000C, 0x1000C), (0x10027, 0x10027), (0x1003B, 0x1003B), (0x1003E, 0x1003E),
    (0x1004E, 0x1004F), (0x1005E, 0x1007F), (0x100FB, 0x100FF), (0x10103, 0x10106),
    (0x10134, 0x10136), (0x1018F, 0x1018F), (0x1019D, 0x1019F), (0x101A1, 0x101CF),
    (0x101FD, 0x1027F), (0x1029D, 0x1029F), (0x102D1, 0x102E0), (0x102FC, 0x102FF),
    (0x10324, 0x1032C), (0x1034B, 0x1034F), (0x10376, 0x1037F), (0x1039E, 0x1039E),
    (0x103C4, 0x103C7), (0x103D6, 0x103FF), (0x1049E, 0x1049F), (0x104AA, 0x104AF),
    (0x104D4, 0x104D7), (0x104FC, 0x104FF), (0x10528, 0x1052F), (0x10564, 0x1056E),
    (0x1057B, 0x1057B), (0x1058B, 0x1058B), (0x10593, 0x10593), (0x10596, 0x10596),
    (0x105A2, 0x105A2), (0x105B2, 0x105B2), (0x105BA, 0x105BA), (0x105BD, 0x105FF),
    (0x10737, 0x1073F), (0x10756, 0x1075F), (0x10768, 0x1077F), (0x10786, 0x10786),
    (0x107B1, 0x107B1), (0x107BB, 0x107FF), (0x10806, 0x10807), (0x10809, 0x10809),
    (0x10836, 0x10836), (0x10839, 0x1083B), (0x1083D, 0x1083E), (0x10856, 0x10856),
    (0x1089F, 0x108A6), (0x108B0, 0x108DF), (0x108F3, 0x108F3), (0x108F6, 0x108FA),
    (0x1091C, 0x1091E), (0x1093A, 0x1093E), (0x10940, 0x1097F), (0x109B8, 0x109BB),
    (0x109D0, 0x109D1), (0x10A04, 0x10A04), (0x10A07, 0x10A0B), (0x10A0D, 0x10A0D),
    (0x10A0F, 0x10A0F), (0x10A14, 0x10A14), (0x10A18, 0x10A18), (0x10A36, 0x10A3F),
    (0x10A49, 0x10A4F), (0x10A59, 0x10A5F), (0x10AA0, 0x10ABF), (0x10AE5, 0x10AEA),
    (0x10AF7, 0x10AFF), (0x10B36, 0x10B38), (0x10B56, 0x10B57), (0x10B73, 0x10B77),
    (0x10B92, 0x10B98), (0x10B9D, 0x10BA8), (0x10BB0, 0x10BFF), (0x10C49, 0x10C7F),
    (0x10CB3, 0x10CBF), (0x10CF3, 0x10CF9), (0x10D24, 0x10D2F), (0x10D3A, 0x10E5F),
    (0x10E7F, 0x10E7F), (0x10EAA, 0x10EAC), (0x10EAE, 0x10EAF), (0x10EB2, 0x10EFF),
    (0x10F28, 0x10F2F), (0x10F46, 0x10F50), (0x10F5A, 0x10F6F), (0x10F82, 0x10F85),
    (0x10F8A, 0x10FAF), (0x10FCC, 0x10FDF), (0x10FF7, 0x10FFF), (0x11046, 0x11046),
    (0x1104E, 0x11051), (0x11070, 0x11070), (0x11076, 0x1107F), (0x110B9, 0x110BA),
    (0x110C3, 0x110CC), (0x110CE, 0x110CF), (0x110E9, 0x110EF), (0x110FA, 0x11102),
    (0x11127, 0x11127), (0x11133, 0x11135), (0x11148, 0x1114F), (0x11173, 0x11173),
    (0x11177, 0x1117F), (0x111C0, 0x111C0), (0x111CA, 0x111CA), (0x111E0, 0x111E0),
    (0x111F5, 0x111FF), (0x11212, 0x11212), (0x11235, 0x11236), (0x1123F, 0x1127F),
    (0x11287, 0x11287), (0x11289, 0x11289), (0x1128E, 0x1128E), (0x1129E, 0x1129E),
    (0x112AA, 0x112AF), (0x112E9, 0x112EF), (0x112FA, 0x112FF), (0x11304, 0x11304),
    (0x1130D, 0x1130E), (0x11311, 0x11312), (0x11329, 0x11329), (0x11331, 0x11331),
    (0x11334, 0x11334), (0x1133A, 0x1133C), (0x1133E, 0x1133E), (0x11345, 0x11346),
    (0x11349, 0x1134A), (0x1134D, 0x1134F), (0x11351, 0x1135C), (0x11364, 0x113FF),
    (0x11442, 0x11442), (0x11446, 0x11446), (0x1145C, 0x1145C), (0x1145E, 0x1145E),
    (0x11462, 0x1147F), (0x114B0, 0x114B0), (0x114BA, 0x114BA), (0x114BD, 0x114BD),
    (0x114C2, 0x114C3), (0x114C8, 0x114CF), (0x114DA, 0x1157F), (0x115AF, 0x115AF),
    (0x115B6, 0x115B7), (0x115BF, 0x115C0), (0x115DE, 0x115FF), (0x1163F, 0x1163F),
    (0x11645, 0x1164F), (0x1165A, 0x1165F), (0x1166D, 0x1167F), (0x116B6, 0x116B7),
    (0x116BA, 0x116BF), (0x116CA, 0x116FF), (0x1171B, 0x1171C), (0x1172B, 0x1172F),
    (0x11747, 0x117FF), (0x11839, 0x1183A), (0x1183C, 0x1189F), (0x118F3, 0x118FE),
    (0x11907, 0x11908), (0x1190A, 0x1190B), (0x11914, 0x11914), (0x11917, 0x11917),
    (0x11930, 0x11930), (0x11936, 0x11936), (0x11939, 0x1193A), (0x1193D, 0x1193E),
    (0x11943, 0x11943), (0x11947, 0x1194F), (0x1195A, 0x1199F), (0x119A8, 0x119A9),
    (0x119D8, 0x119D9), (0x119E0, 0x119E0), (0x119E5, 0x119FF), (0x11A34, 0x11A34),
    (0x11A47, 0x11A4F), (0x11A99, 0x11A99), (0x11AA3, 0x11AAF), (0x11AF9, 0x11BFF),
    (0x11C09, 0x11C09), (0x11C37, 0x11C37), (0x11C3F, 0x11C3F), (0x11C46, 0x11C4F),
    (0x11C6D, 0x11C6F), (0x11C90, 0x11C91), (0x11CA8, 0x11CA8), (0x11CB7, 0x11CFF),
    (0x11D07, 0x11D07), (0x11D0A, 0x11D0A), (0x11D37, 0x11D39), (0x11D3B, 0x11D3B),
    (0x11D3E, 0x11D3E), (0x11D42, 0x11D42), (0x11D44, 0x11D45), (0x11D48, 0x11D4F),
    (0x11D5A, 0x11D5F), (0x11D66, 0x11D66), (0x11D69, 0x11D69), (0x11D8F, 0x11D8F),
    (0x11D92, 0x11D92), (0x11D97, 0x11D97), (0x11D99, 0x11D9F), (0x11DAA, 0x11EDF),
    (0x11EF9, 0x11FAF), (0x11FB1, 0x11FBF), (0x11FF2, 0x11FFE), (0x1239A, 0x123FF),
    (0x1246F, 0x1246F), (0x12475, 0x1247F), (0x12544, 0x12F8F), (0x12FF3, 0x12FFF),
    (0x1342F, 0x1342F), (0x13439, 0x143FF), (0x14647, 0x167FF), (0x16A39, 0x16A3F),
    (0x16A5F, 0x16A5F), (0x16A6A, 0x16A6D), (0x16ABF, 0x16ABF), (0x16ACA, 0x16ACF),
    (0x16AEE, 0x16AF4), (0x16AF6, 0x16AFF), (0x16B30, 0x16B36), (0x16B46, 0x16B4F),
    (0x16B5A, 0x16B5A), (0x16B62, 0x16B62), (0x16B78, 0x16B7C), (0x16B90, 0x16E3F),
    (0x16E9B, 0x16EFF), (0x16F4B, 0x16F4E), (0x16F88, 0x16F8E), (0x16FA0, 0x16FDF),
    (0x16FE5, 0x16FFF), (0x187F8, 0x187FF), (0x18CD6, 0x18CFF), (0x18D09, 0x1AFEF),
    (0x1AFF4, 0x1AFF4), (0x1AFFC, 0x1AFFC), (0x1AFFF, 0x1AFFF), (0x1B123, 0x1B14F),
    (0x1B153, 0x1B163), (0x1B168, 0x1B16F), (0x1B2FC, 0x1BBFF), (0x1BC6B, 0x1BC6F),
    (0x1BC7D, 0x1BC7F), (0x1BC89, 0x1BC8F), (0x1BC9A, 0x1BC9B), (0x1BC9E, 0x1BC9E),
    (0x1BCA4, 0x1CEFF), (0x1CF2E, 0x1CF2F), (0x1CF47, 0x1CF4F), (0x1CFC4, 0x1CFFF),
    (0x1D0F6, 0x1D0FF), (0x1D127, 0x1D128), (0x1D15E, 0x1D169), (0x1D16D, 0x1D172),
    (0x1D17B, 0x1D182), (0x1D185, 0x1D18B), (0x1D1AA, 0x1D1AD), (0x1D1BB, 0x1D1C0),
    (0x1D1EB, 0x1D1FF), (0x1D242, 0x1D244), (0x1D246, 0x1D2DF), (0x1D2F4, 0x1D2FF),
    (0x1D357, 0x1D35F), (0x1D379, 0x1D3FF), (0x1D455, 0x1D455), (0x1D49D, 0x1D49D),
    (0x1D4A0, 0x1D4A1), (0x1D4A3, 0x1D4A4), (0x1D4A7, 0x1D4A8), (0x1D4AD, 0x1D4AD),
    (0x1D4BA, 0x1D4BA), (0x1D4BC, 0x1D4BC), (0x1D4C4, 0x1D4C4), (0x1D506, 0x1D506),
    (0x1D50B, 0x1D50C), (0x1D515, 0x1D515), (0x1D51D, 0x1D51D), (0x1D53A, 0x1D53A),
    (0x1D53F, 0x1D53F), (0x1D545, 0x1D545), (0x1D547, 0x1D549), (0x1D551, 0x1D551),
    (0x1D6A6, 0x1D6A7), (0x1D7CC, 0x1D7CD), (0x1DA8C, 0x1DA9A), (0x1DAA0, 0x1DAA0),
    (0x1DAB0, 0x1DEFF), (0x1DF1F, 0x1E0FF), (0x1E12D, 0x1E136), (0x1E13E, 0x1E13F),
    (0x1E14A, 0x1E14D), (0x1E150, 0x1E28F), (0x1E2AE, 0x1E2BF), (0x1E2EC, 0x1E2EF),
    (0x1E2FA, 0x1E2FE), (0x1E300, 0x1E7DF), (0x1E7E7, 0x1E7E7), (0x1E7EC, 0x1E7EC),
    (0x1E7EF, 0x1E7EF), (0x1E7FF, 0x1E7FF), (0x1E8C5, 0x1E8C6), (0x1E8D0, 0x1E8FF),
    (0x1E944, 0x1E94A), (0x1E94C, 0x1E94F), (0x1E95A, 0x1E95D), (0x1E960, 0x1EC70),
    (0x1ECB5, 0x1ED00), (0x1ED3E, 0x1EDFF), (0x1EE04, 0x1EE04), (0x1EE20, 0x1EE20),
    (0x1EE23, 0x1EE23), (0x1EE25, 0x1EE26), (0x1EE28, 0x1EE28), (0x1EE33, 0x1EE33),
    (0x1EE38, 0x1EE38), (0x1EE3A, 0x1EE3A), (0x1EE3C, 0x1EE41), (0x1EE43, 0x1EE46),
    (0x1EE48, 0x1EE48), (0x1EE4A, 0x1EE4A), (0x1EE4C, 0x1EE4C), (0x1EE50, 0x1EE50),
    (0x1EE53, 0x1EE53), (0x1EE55, 0x1EE56), (0x1EE58, 0x1EE58), (0x1EE5A, 0x1EE5A),
    (0x1EE5C, 0x1EE5C), (0x1EE5E, 0x1EE5E), (0x1EE60, 0x1EE60), (0x1EE63, 0x1EE63),
    (0x1EE65, 0x1EE66), (0x1EE6B, 0x1EE6B), (0x1EE73, 0x1EE73), (0x1EE78, 0x1EE78),
    (0x1EE7D, 0x1EE7D), (0x1EE7F, 0x1EE7F), (0x1EE8A, 0x1EE8A), (0x1EE9C, 0x1EEA0),
    (0x1EEA4, 0x1EEA4), (0x1EEAA, 0x1EEAA), (0x1EEBC, 0x1EEEF), (0x1EEF2, 0x1EFFF),
    (0x1F02C, 0x1F02F), (0x1F094, 0x1F09F), (0x1F0AF, 0x1F0B0), (0x1F0C0, 0x1F0C0),
    (0x1F0D0, 0x1F0D0), (0x1F0F6, 0x1F0FF), (0x1F1AE, 0x1F1E5), (0x1F203, 0x1F20F),
    (0x1F23C, 0x1F23F), (0x1F249, 0x1F24F), (0x1F252, 0x1F25F), (0x1F266, 0x1F2FF),
    (0x1F6D8, 0x1F6DC), (0x1F6ED, 0x1F6EF), (0x1F6FD, 0x1F6FF), (0x1F774, 0x1F77F),
    (0x1F7D9, 0x1F7DF), (0x1F7EC, 0x1F7EF), (0x1F7F1, 0x1F7FF), (0x1F80C, 0x1F80F),
    (0x1F848, 0x1F84F), (0x1F85A, 0x1F85F), (0x1F888, 0x1F88F), (0x1F8AE, 0x1F8AF),
    (0x1F8B2, 0x1F8FF), (0x1FA54, 0x1FA5F), (0x1FA6E, 0x1FA6F), (0x1FA75, 0x1FA77),
    (0x1FA7D, 0x1FA7F), (0x1FA87, 0x1FA8F), (0x1FAAD, 0x1FAAF), (0x1FABB, 0x1FABF),
    (0x1FAC6, 0x1FACF), (0x1FADA, 0x1FADF), (0x1FAE8, 0x1FAEF), (0x1FAF7, 0x1FAFF),
    (0x1FB93, 0x1FB93), (0x1FBCB, 0x1FBEF), (0x1FBFA, 0x1FFFF), (0x2A6E0, 0x2A6FF),
    (0x2B739, 0x2B73F), (0x2B81E, 0x2B81F), (0x2CEA2, 0x2CEAF), (0x2EBE1, 0x2FFFF),
    (0x3134B, 0xE0000), (0xE0002, 0xE001F), (0xE0080, 0xE00FF), (0xE01F0, 0xEFFFF),
    (0xFFFFE, 0xFFFFF), (0x10FFFE, 0x10FFFF),
)
# fmt: on
