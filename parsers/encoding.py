"""Decode an HTML page's bytes: BOM, then the HTTP charset, then <meta charset>, then the bytes themselves."""

from __future__ import annotations

import codecs
from email.message import Message

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# The WHATWG Encoding Standard maps these labels to windows-1252: browsers do so, and pages
# that declare latin-1 routinely contain 0x80-0x9F characters such as curly quotes.
_WINDOWS_1252_LABELS = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp819"}


def charset_from_content_type(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header, if any."""
    if not content_type:
        return None
    message = Message()
    message["content-type"] = content_type
    charset = message.get_param("charset")
    return charset.strip().lower() if isinstance(charset, str) and charset.strip() else None


def _usable(label: str | None) -> str | None:
    if not label:
        return None
    label = label.lower()
    if label in _WINDOWS_1252_LABELS:
        return "windows-1252"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return "windows-1252" if name == "cp1252" else name


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Return (text, encoding) for an HTML body; never guesses ISO-8859-1 the way requests does."""
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return body.decode(encoding, errors="replace").lstrip("\ufeff"), encoding
    declared = _usable(charset_from_content_type(content_type))
    if declared:
        try:
            return body.decode(declared), declared
        except UnicodeDecodeError:
            pass  # a wrong header: fall through to the page's own declaration and detection
    from bs4.dammit import EncodingDetector  # (here: plain text needs no HTML parser, see decode_undeclared)

    meta = _usable(EncodingDetector.find_declared_encoding(body, is_html=True, search_entire_document=False))
    if meta:
        try:
            return body.decode(meta), meta
        except UnicodeDecodeError:
            pass
    return decode_undeclared(body)


def decode_undeclared(body: bytes) -> tuple[str, str]:
    """(text, encoding) of bytes that declare no encoding: UTF-8 when they are valid UTF-8, else windows-1252.

    Statistical detectors mistake short Dutch texts for Baltic or Cyrillic code pages; the WHATWG
    fallback encoding for Dutch-language pages is windows-1252, which is what browsers show.
    """
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return body.decode("windows-1252", errors="replace"), "windows-1252"

