"""Bytes ⇄ text without losing anything: BOM, encoding and newline style are detected and kept."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

MAX_BYTES = 20 * 1024 * 1024  # larger files are refused: nobody proofreads 20 MB of prose in one go

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class TextFileError(Exception):
    """A file that cannot be read as text. The message is meant for the user (French)."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str  # BOM removed, newlines exactly as on disk
    encoding: str  # Python codec name, e.g. "utf-8", "cp1252", "utf-16-le"
    bom: bool
    newline: str  # dominant style: "\n", "\r\n" or "\r"


def detect_newline(text: str) -> str:
    """The most frequent newline style of text ("\\n" when there is none)."""
    if "\r" not in text:
        return "\n"  # one scan, not three (4 MB articles)
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    best = max((lf, "\n"), (crlf, "\r\n"), (cr, "\r"), key=lambda p: p[0])
    return best[1] if best[0] else "\n"


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return len(sample) > 0 and controls / len(sample) > 0.05


def _text_looks_binary(text: str) -> bool:
    sample = text[:8192]
    if "\x00" in sample:
        return True
    odd = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\n\r\f\x1b") or 0xFFF0 <= ord(c) <= 0xFFFF
              or 0xE000 <= ord(c) <= 0xF8FF)  # fmt: skip
    return len(sample) > 0 and odd / len(sample) > 0.05


def decode(data: bytes, name: str = "") -> Decoded:
    """Decode file bytes. UTF-8 is read strictly; other encodings are detected, never guessed silently.

    Raises TextFileError for binary, oversized or undecodable data.
    """
    label = f"« {name} » : " if name else ""
    if len(data) > MAX_BYTES:
        raise TextFileError(
            f"{label}fichier trop volumineux ({len(data) / 1_048_576:.1f} Mo, limite {MAX_BYTES // 1_048_576} Mo)"
        )
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(enc)
            except UnicodeDecodeError as exc:
                raise TextFileError(f"{label}contenu {enc} invalide à l'octet {exc.start + len(bom)}") from None
            if _text_looks_binary(text):  # binary data that merely starts like a BOM (FF FE...)
                raise TextFileError(f"{label}fichier binaire, pas un article texte")
            return Decoded(text, enc, True, detect_newline(text))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if "\x00" in text:
            raise TextFileError(f"{label}fichier binaire (octets nuls), pas un article texte")
        return Decoded(text, "utf-8", False, detect_newline(text))
    if _looks_binary(data):
        raise TextFileError(f"{label}fichier binaire, pas un article texte")
    legacy = _detect_legacy(data)
    if legacy is None:
        raise TextFileError(f"{label}encodage inconnu : ni UTF-8 ni un encodage reconnu")
    text = data.decode(legacy)
    return Decoded(text, legacy, False, detect_newline(text))


def _detect_legacy(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "iso8859_15", "mac_roman", "cp850", "utf_16"]).best()
    if best is None:
        # Windows-1252 decodes every byte but five; when those are absent it is the sane fallback for French.
        try:
            data.decode("cp1252")
        except UnicodeDecodeError:
            return None
        return "cp1252"
    enc = codecs.lookup(best.encoding).name
    # Latin-1 is a subset of Windows-1252 for printable text; prefer cp1252 when it decodes (’ … € live there).
    if enc in ("latin-1", "iso8859-1", "iso8859-15"):
        try:
            data.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            return enc
    return enc


def encode(text: str, encoding: str, bom: bool) -> bytes:
    """Inverse of decode. Raises TextFileError when a character cannot be written in that encoding."""
    try:
        body = text.encode(encoding)
    except UnicodeEncodeError as exc:
        ch = exc.object[exc.start]
        raise TextFileError(
            f"le caractère « {ch} » (U+{ord(ch):04X}) ne peut pas être écrit en {display_encoding(encoding)} ; "
            "convertissez l'article en UTF-8"
        ) from None
    if bom:
        for b, enc in _BOMS:
            if enc == encoding:
                return b + body
    return body


def display_encoding(encoding: str) -> str:
    names = {
        "utf-8": "UTF-8",
        "cp1252": "Windows-1252",
        "latin-1": "ISO-8859-1",
        "iso8859-1": "ISO-8859-1",
        "iso8859-15": "ISO-8859-15",
        "utf-16-le": "UTF-16 LE",
        "utf-16-be": "UTF-16 BE",
        "utf-32-le": "UTF-32 LE",
        "utf-32-be": "UTF-32 BE",
        "mac-roman": "Mac Roman",
    }
    return names.get(encoding, encoding.upper())


def newline_name(newline: str) -> str:
    return {"\n": "LF", "\r\n": "CRLF", "\r": "CR"}.get(newline, "LF")


def to_lf(text: str) -> str:
    """Editors work on \\n text; see restore_newlines for the way back."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def restore_newlines(edited: str, original: str, newline: str) -> str:
    """Turn an editor's \\n text back into the file's newline style.

    When the edited text equals the original (mixed newlines included) the original is returned as is,
    so an untouched article saves to identical bytes.
    """
    if edited == to_lf(original):
        return original
    return edited if newline == "\n" else edited.replace("\n", newline)
