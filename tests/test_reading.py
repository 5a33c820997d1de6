"""Files in: read_stories, the path-as-text warning, compression by magic bytes,
and the refusal of binary input (issue #14, "the API traps closed")."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import os
import warnings
from pathlib import Path

import pytest

import wirestory
from wirestory import BinaryInputError, ParseOptions, PathAsTextWarning


def _story(headline: str, caption: str, body: str) -> str:
    header = f"{headline}\n\n{caption} (AFP)\n{caption} (AFP)\n"
    return f"{header}TT\n\n{header}\n{body}\n"


DUMP = _story("Tram Line Extended", "A new tram at the depot.", "The line reaches the airport.")
DUMP += "\n\n" + _story("Library Reopens", "Readers at the door.", "Readers returned on Monday.")


@pytest.fixture
def dump_file(tmp_path: Path) -> Path:
    path = tmp_path / "dump.txt"
    path.write_bytes(DUMP.encode("utf-8"))
    return path


def test_read_stories_reads_a_path_given_as_str_or_path(dump_file: Path) -> None:
    """read_stories takes a path as a str (the pandas habit) or a Path and gives
    the file's stories, the same as parsing its text."""
    expected = wirestory.parse(DUMP)
    assert [s.headline for s in expected] == ["Tram Line Extended", "Library Reopens"]
    assert list(wirestory.read_stories(str(dump_file))) == expected
    assert list(wirestory.read_stories(dump_file)) == expected


def test_read_stories_errors_at_the_call(tmp_path: Path) -> None:
    """A missing file or a folder raises when read_stories is called, not at the
    first story; text or an open file is a TypeError that names iter_stories."""
    with pytest.raises(FileNotFoundError):
        wirestory.read_stories(tmp_path / "missing.txt")
    with pytest.raises(IsADirectoryError):
        wirestory.read_stories(tmp_path)
    with pytest.raises(TypeError) as caught:
        wirestory.read_stories(io.BytesIO(b"x"))  # type: ignore[arg-type]
    assert str(caught.value) == (
        "read_stories() takes a path (str or os.PathLike), not BytesIO; "
        "for text or an open file use wirestory.iter_stories()"
    )
    with pytest.raises(TypeError, match="holds a line break"):
        wirestory.read_stories("Headline\n\nBody.\n")


@pytest.mark.parametrize(
    "compress", [gzip.compress, bz2.compress, lzma.compress], ids=["gzip", "bz2", "xz"]
)
@pytest.mark.parametrize("name", ["dump.txt", "dump.bin"])
def test_compressed_files_are_recognised_by_their_first_bytes(
    tmp_path: Path, compress: object, name: str
) -> None:
    """gzip, bzip2 and xz data are decompressed whatever the file's name: through
    read_stories, iter_stories(Path) and iter_stories(open binary file). Before,
    the compressed bytes were decoded as Windows-1252 text."""
    path = tmp_path / name
    path.write_bytes(compress(DUMP.encode("utf-8")))  # type: ignore[operator]
    expected = wirestory.parse(DUMP)
    assert list(wirestory.read_stories(path)) == expected
    assert list(wirestory.iter_stories(path)) == expected
    with open(path, "rb") as file:
        assert list(wirestory.iter_stories(file)) == expected
    # An unbuffered file has no peek(): the first block is read and put back.
    with open(path, "rb", buffering=0) as raw:
        assert list(wirestory.iter_stories(raw)) == expected


def test_text_starting_like_bzip2_is_text() -> None:
    """A dump whose first word begins "BZh" is not taken for bzip2 data: the
    block magic after the level digit must follow."""
    text = "BZh9 Tour Opens\n\nThe tour opened.\n"
    assert list(wirestory.iter_stories(io.BytesIO(text.encode()))) == wirestory.parse(text)


@pytest.mark.parametrize(
    ("data", "message", "line", "column"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01", "JPEG image signature at the start", 1, 1),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image signature at the start", 1, 1),
        (b"GIF89a\x01\x00\x01\x00", "GIF image signature at the start", 1, 1),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document signature at the start", 1, 1),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive signature at the start", 1, 1),
        (b"Headline\n\nBody\x00text\n", "a NUL byte at byte 14", 3, 5),
        (b"Head\x01\x02\x03\x04\x05\x06line\n", "6 control characters in its first 15 bytes", 1, 5),
    ],
    ids=["jpeg", "png", "gif", "pdf", "zip", "nul", "controls"],
)
def test_binary_input_raises_a_positioned_error(
    data: bytes, message: str, line: int, column: int
) -> None:
    """Bytes that look binary raise BinaryInputError (a WirestoryError, so a
    ValueError) with the byte's line and column; allow_binary=True parses them."""
    with pytest.raises(BinaryInputError) as caught:
        list(wirestory.iter_stories(io.BytesIO(data)))
    error = caught.value
    assert error.msg == (
        f"binary data, not text: {message}; parse it anyway with "
        "ParseOptions(allow_binary=True) (--force on the command line)"
    )
    assert (error.line, error.column) == (line, column)
    assert str(error).endswith(f"(at line {line}, column {column})")
    assert isinstance(error, wirestory.WirestoryError)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", wirestory.DecodeWarning)
        forced = list(
            wirestory.iter_stories(io.BytesIO(data), options=ParseOptions(allow_binary=True))
        )
        assert forced == wirestory.parse(wirestory.decode(data))


def test_binary_inside_a_compressed_file_is_refused(tmp_path: Path) -> None:
    """The check reads the decompressed bytes: a gzipped PDF is still a PDF."""
    path = tmp_path / "report.gz"
    path.write_bytes(gzip.compress(b"%PDF-1.4\n" + bytes(range(256))))
    with pytest.raises(BinaryInputError, match="PDF document signature"):
        list(wirestory.read_stories(path))


@pytest.mark.parametrize(
    "text",
    [
        "Tabs\tand form feeds\x0c are text.\r\n",
        "Coloured \x1b[31mlog\x1b[0m lines are text.\n",
        "An old DOS file ends in SUB.\n\x1a",
        "Headline\n\nBody.\n" * 1000 + "\x00 a NUL after the first 8 KiB\n",
    ],
    ids=["tab-ff-crlf", "esc", "sub", "late-nul"],
)
def test_text_with_some_control_characters_is_text(text: str) -> None:
    """Control characters text holds (tab, form feed, ESC, SUB), and a NUL past
    the first 8 KiB, do not make a file binary."""
    data = text.encode("utf-8")
    assert list(wirestory.iter_stories(io.BytesIO(data))) == wirestory.parse(text)


def test_utf16_with_a_bom_is_not_binary() -> None:
    """UTF-16 text is half NUL bytes: with a BOM it is decoded, not refused."""
    data = DUMP.encode("utf-16")
    assert list(wirestory.iter_stories(io.BytesIO(data))) == wirestory.parse(DUMP)


def test_a_one_line_str_naming_a_file_warns(
    dump_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """iter_stories("dump.txt") parses the name as a one-line story, as documented,
    but warns that it names a file and says what to call instead; so do parse and
    parse_story."""
    monkeypatch.chdir(dump_file.parent)
    expected_message = (
        "iter_stories() got the text 'dump.txt', which names an existing file; it is "
        "parsed as a one-line story. To read the file, use "
        "wirestory.read_stories('dump.txt') or pass pathlib.Path('dump.txt')"
    )
    with pytest.warns(PathAsTextWarning) as record:
        stories = list(wirestory.iter_stories("dump.txt"))
    assert [expected_message] == [str(w.message) for w in record]
    assert [s.headline for s in stories] == ["dump.txt"]
    assert record[0].filename == __file__  # points at the caller
    with pytest.warns(PathAsTextWarning, match=r"^parse\(\) got the text 'dump.txt'"):
        wirestory.parse("dump.txt")
    with pytest.warns(PathAsTextWarning, match=r"^parse_story\(\) got the text"):
        wirestory.parse_story(str(dump_file))


@pytest.mark.parametrize(
    "text",
    ["no such file here", "Headline\n\nBody.", ".", "", "x\x00y", "\udc80", "a" * 5000],
    ids=["missing", "text", "folder", "empty", "nul", "surrogate", "long"],
)
def test_no_path_warning_for_text(
    text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Text that names no file (a folder is not a file; a NUL or lone surrogate
    cannot be a path) parses without a warning and without raising."""
    monkeypatch.chdir(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        wirestory.parse(text)
        list(wirestory.iter_stories(text))


def test_cwd_is_not_needed_for_read_stories(dump_file: Path) -> None:
    """An absolute path works from any working directory."""
    assert os.path.isabs(dump_file)
    assert len(list(wirestory.read_stories(dump_file))) == 2


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (gzip.compress(DUMP.encode())[:40], EOFError),
        (b"\x1f\x8b" + b"not really gzip", OSError),
        (lzma.compress(DUMP.encode())[:30], EOFError),
    ],
    ids=["gzip-cut", "gzip-bad-header", "xz-cut"],
)
def test_damaged_compressed_data_raises_the_decompressor_error(
    data: bytes, error: type[Exception]
) -> None:
    """Bytes that start like gzip or xz but are damaged raise the decompressor's
    own error (what gzip.open would raise), not a story of compressed bytes."""
    with pytest.raises(error):
        list(wirestory.iter_stories(io.BytesIO(data)))


@pytest.mark.parametrize(
    "opening", ["ID3 Tags Explained", "OggS Festival Opens", "fLaC Tuning Guide", "GIF89a Returns"]
)
def test_text_opening_with_a_word_signature_is_text(tmp_path: Path, opening: str) -> None:
    """A signature that is a word ("ID3", "OggS") can open a headline: text
    starting with one is read, and only real binary bytes after it refuse it."""
    path = tmp_path / "dump.txt"
    path.write_bytes(f"{opening}\n\nThe first paragraph of the story.\n".encode())
    [story] = wirestory.read_stories(path)
    assert story.headline == opening
    path.write_bytes(opening.split()[0].encode() + b"\x03\x00\x00\x00\x00")
    with pytest.raises(BinaryInputError):
        list(wirestory.read_stories(path))
