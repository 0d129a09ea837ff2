"""Bytes to text: refuse binaries, find the encoding, normalise to NFC.

News files arrive in every encoding. We trust a byte-order mark, then strict
UTF-8, then UTF-8 with a handful of stray bytes (replaced and reported, since
re-decoding a mostly-UTF-8 file as a legacy code page would garble every
accented letter in it), and only then guess with charset-normalizer (the
commonest encoding breaking ties it cannot break); a guessed encoding is
reported. Quotation marks are left exactly as they were: curly or straight is
evidence.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass, field

from charset_normalizer import from_bytes

from storycheck.errors import UserError

# Magic numbers of the binary files people most often feed a text tool by mistake.
MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or Office document)"),
    (b"\x7fELF", "executable"),
    (b"RIFF", "RIFF media file"),
    (b"\x00\x00\x01\x00", "icon"),
]
BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
# legacy encodings in the order news text is most often in them: Windows-1252 (which browsers read Latin-1 as)
# first, then the other Windows code pages and their ISO and KOI8 cousins, then East Asian ones
COMMON_LEGACY = ["cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257", "cp1255", "cp1256", "iso8859_15",
                 "iso8859_2", "iso8859_5", "iso8859_7", "koi8_r", "koi8_u", "gb18030", "big5", "shift_jis",
                 "euc_jp", "euc_kr", "cp1258", "cp874"]
STRAY_BYTES_ALLOWED = 0.001  # share of bytes that may be invalid before UTF-8 is given up


class DecodeError(UserError):
    pass


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def sniff_binary(data: bytes) -> str | None:
    """The kind of binary file ``data`` is, or None when it may be text."""
    for magic, kind in MAGIC:
        if data.startswith(magic):
            return kind
    if any(data.startswith(bom) for bom, _ in BOMS):
        return None
    head = data[:8192]
    if b"\x00" in head:
        return "binary data (contains NUL bytes)"
    return None


def decode(data: bytes) -> Decoded:
    """Decode ``data`` to NFC text, or raise :class:`DecodeError` saying why not."""
    if not data.strip():
        raise DecodeError("empty file")
    kind = sniff_binary(data)
    if kind:
        raise DecodeError(f"binary file ({kind}), not text")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return Decoded(_clean(data.decode(encoding)), encoding)
            except UnicodeDecodeError as err:
                raise DecodeError(f"declares {encoding} by its byte-order mark but is not valid {encoding}: {err.reason}")
    try:
        return Decoded(_clean(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    looks_utf8 = any(0xC2 <= b <= 0xF4 for b in data) and _valid_multibyte_runs(data) > bad
    if looks_utf8 and bad <= max(1, STRAY_BYTES_ALLOWED * len(data)):
        return Decoded(_clean(text), "utf-8", [f"{bad} invalid UTF-8 byte(s) replaced with U+FFFD"])
    text, encoding = _guess(data)
    if text is None:
        raise DecodeError("not valid UTF-8 and no other text encoding fits")
    return Decoded(_clean(text), encoding, [f"not UTF-8: decoded as {encoding}, a guess"])


def _guess(data: bytes) -> tuple[str | None, str | None]:
    """The text charset-normalizer reads ``data`` as, and its encoding: the reading with the least mess, then
    the most coherent (the language's letter frequencies); among readings it cannot tell apart, the one an
    encoding commoner in news text gives. On a short text many code pages decode without a flaw and
    charset-normalizer's pick among equals is close to arbitrary (Latin-1 "Señor Núñez" came out as cp1250's
    "Seńor Núńez")."""
    matches = list(from_bytes(data))
    if not matches:
        return None, None
    least = min(m.percent_chaos for m in matches)
    tied = [m for m in matches if m.percent_chaos <= least]
    most = max(m.percent_coherence for m in tied)
    tied = [m for m in tied if m.percent_coherence >= most]
    for encoding in COMMON_LEGACY:
        if any(encoding in m.could_be_from_charset for m in tied):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                continue
    return str(tied[0]), tied[0].encoding


def _valid_multibyte_runs(data: bytes) -> int:
    """How many well-formed multi-byte UTF-8 sequences ``data`` holds."""
    count, i, n = 0, 0, len(data)
    while i < n:
        b = data[i]
        width = 2 if 0xC2 <= b <= 0xDF else 3 if 0xE0 <= b <= 0xEF else 4 if 0xF0 <= b <= 0xF4 else 0
        if width and i + width <= n and all(0x80 <= c <= 0xBF for c in data[i + 1 : i + width]):
            count += 1
            i += width
        else:
            i += 1
    return count


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    return unicodedata.normalize("NFC", text)
