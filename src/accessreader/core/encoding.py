"""Reading report files: detect the encoding on the whole file, then decode strictly."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path


class ReportError(Exception):
    """A report that cannot be read; ``str()`` is one line naming the file and the reason."""


@dataclass(frozen=True, slots=True)
class DecodedText:
    """Text of a file with its line ends normalised to ``\\n`` and the encoding found."""

    text: str
    encoding: str


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Encodings a Chinese public report plausibly uses. Limiting detection to these keeps a GBK
# file from being taken for some Cyrillic code page on a short sample.
_CANDIDATES = ["gb18030", "big5", "big5hkscs", "cp950", "utf_16_le", "utf_16_be"]
_MAX_BYTES = 256 * 1024 * 1024


def normalise_line_ends(text: str) -> str:
    """CRLF, lone CR and the Unicode line separators all become ``\\n``."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in text or "\u2029" in text or "\x85" in text:
        text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x85", "\n")
    return text


def decode_bytes(data: bytes, name: str = "<bytes>") -> DecodedText:
    """Decode report bytes, or raise :class:`ReportError` saying why not.

    Order: a BOM decides; then strict UTF-8 (valid UTF-8 is never an accident for CJK text);
    then charset-normalizer over the whole file, because Big5 bytes decode without error as
    GB18030 and only statistics over all of the text tell them apart.
    """
    if not data:
        raise ReportError(f"{name}: the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return DecodedText(_strict(data, encoding, name), encoding)
    if b"\x00" not in data:
        try:
            return DecodedText(normalise_line_ends(data.decode("utf-8")), "utf-8")
        except UnicodeDecodeError:
            pass
    import charset_normalizer  # only files that are not UTF-8 need it

    best = charset_normalizer.from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is None or _looks_binary(str(best)):
        raise ReportError(f"{name}: not a text report (binary or unknown encoding)")
    encoding = codecs.lookup(best.encoding).name
    return DecodedText(_strict(data, encoding, name), encoding)


def read_report_text(path: Path) -> DecodedText:
    """Read and decode a report file; every failure is a one-line :class:`ReportError`."""
    try:
        if path.is_dir():
            raise ReportError(f"{path}: is a directory, not a report")
        size = path.stat().st_size
        if size > _MAX_BYTES:
            raise ReportError(f"{path}: too large ({size // (1024 * 1024)} MB)")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReportError(f"{path}: no such file") from None
    except PermissionError:
        raise ReportError(f"{path}: permission denied") from None
    except OSError as error:
        raise ReportError(f"{path}: cannot be read ({error.strerror or error})") from None
    return decode_bytes(data, str(path))


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ReportError(f"{name}: not valid {encoding} at byte {error.start}") from None
    if _looks_binary(text):
        raise ReportError(f"{name}: not a text report (binary content)")
    return normalise_line_ends(text)


def _looks_binary(text: str) -> bool:
    """Control characters other than whitespace in more than 1% of a sample mean binary."""
    sample = text[:65536]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\n\r\t\f\v\x1b")
    return controls > max(len(sample) // 100, 0) or "\x00" in sample
