"""The one normalization used for every field."""

from __future__ import annotations

import pytest

from wirestory import ParseOptions, normalize

CASES = [
    ("\u00e2\u20ac\u0153Quoted\u00e2\u20ac\u009d", "“Quoted”", "mojibake"),
    ("caf\u00c3\u00a9", "café", "latin-mojibake"),
    ("a\u00a0\u00a0b", "a b", "nbsp"),
    ("a\u200bb\u2060c\ufeffd", "abcd", "zero-width"),
    ("  a \t b  ", "a b", "space-runs"),
    (" one \r\n two ", "one\ntwo", "lines-stripped"),
    ("\ufb01nance", "finance", "ligature"),
    ("e\u0301", "é", "nfc"),
    ("Tom &amp; Jerry", "Tom & Jerry", "html-entity"),
    ("x\x00y", "xy", "nul"),
    ("Baghdad's “green zone”", "Baghdad's “green zone”", "quotes-kept"),
    ("\u200c\u200d", "\u200c\u200d", "joiners-kept"),
]


@pytest.mark.parametrize(("raw", "clean"), [c[:2] for c in CASES], ids=[c[2] for c in CASES])
def test_normalize(raw: str, clean: str) -> None:
    """Each repair the normalization promises."""
    assert clean == normalize(raw)


def test_straight_quotes() -> None:
    """The "straight" policy turns curly quotes and apostrophes into ASCII."""
    assert normalize("“It’s ‘fine’”", options=ParseOptions(quotes="straight")) == "\"It's 'fine'\""


def test_type_error() -> None:
    """normalize takes str."""
    with pytest.raises(TypeError, match="takes str"):
        normalize(b"x")  # type: ignore[arg-type]
