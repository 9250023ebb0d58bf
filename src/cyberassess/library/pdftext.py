"""The words of a PDF, read with pyHanko's PDF parser, never running anything in the file.

Only page content streams are read: the strings shown by the text operators (``Tj``, ``TJ``,
``'``, ``"``), decoded through the font's ``/ToUnicode`` map when it has one (two-byte codes for
composite fonts), else as Windows-1252. JavaScript, forms, attachments and actions are never
looked at. Every stream is decompressed here, in bounded steps (:data:`MAX_STREAM_BYTES`), so a
small file that inflates to a gigabyte is cut short with a message instead of filling memory.
Encrypted files are refused with a message (their text cannot be read without the password).
"""

from __future__ import annotations

import base64
import binascii
import re
import time
import zlib
from io import BytesIO
from typing import Any

MAX_STREAM_BYTES = 16 * 2**20  # one decompressed content stream
MAX_PAGES = 3000
MAX_TREE_DEPTH = 32


def _get(obj: Any, key: str) -> Any:
    """``obj[key]`` with an indirect reference followed, or None."""
    value = obj.get(key)
    return value.get_object() if hasattr(value, "get_object") else value


class PdfTextError(Exception):
    """The file's text cannot be read; the message says why (for the person, not a traceback)."""


def _decode_stream(stream: Any) -> bytes:
    """The decoded bytes of a stream object, with FlateDecode bounded; other filters refused."""
    filters = _get(stream, "/Filter")
    names = [] if filters is None else [str(f) for f in (list(filters) if isinstance(filters, list) else [filters])]
    data: bytes = stream.encoded_data
    for name in names:
        if name in ("/FlateDecode", "/Fl"):
            inflater = zlib.decompressobj()
            try:
                data = inflater.decompress(data, MAX_STREAM_BYTES + 1)
            except zlib.error:
                raise PdfTextError("a page's content is damaged.") from None
            if len(data) > MAX_STREAM_BYTES:
                raise PdfTextError(
                    f"a page's content expands beyond {MAX_STREAM_BYTES // 2**20} MB; the rest was not read."
                )
        elif name in ("/ASCII85Decode", "/A85"):
            text = data.strip()
            text = text[2:] if text.startswith(b"<~") else text
            try:
                data = base64.a85decode(text if text.endswith(b"~>") else text + b"~>", adobe=True)
            except ValueError:
                raise PdfTextError("a page's content is damaged.") from None
        elif name in ("/ASCIIHexDecode", "/AHx"):
            hex_text = re.sub(rb"[^0-9A-Fa-f]", b"", data.split(b">")[0])
            data = binascii.unhexlify(hex_text + b"0" * (len(hex_text) % 2))
        else:
            return b""  # images and unusual filters hold no text we can read
    return data


_CMAP_CHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_CMAP_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])")


def _utf16(hex_text: bytes) -> str:
    raw = binascii.unhexlify(hex_text + b"0" * (len(hex_text) % 2))
    return raw.decode("utf-16-be", errors="replace")


def _to_unicode(cmap: bytes) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for src, dst in _CMAP_CHAR.findall(block):
            mapping[int(src, 16)] = _utf16(dst)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for lo, hi, dst in _CMAP_RANGE.findall(block):
            start, end = int(lo, 16), min(int(hi, 16), int(lo, 16) + 65535)
            if dst.startswith(b"["):
                for code, item in zip(range(start, end + 1), re.findall(rb"<([0-9A-Fa-f]+)>", dst), strict=False):
                    mapping[code] = _utf16(item)
            else:
                base = _utf16(dst[1:-1])
                for offset in range(end - start + 1):
                    mapping[start + offset] = base[:-1] + chr(ord(base[-1]) + offset) if base else ""
    return mapping


class _Font:
    def __init__(self, font: Any) -> None:
        self.width = 2 if str(_get(font, "/Subtype")) == "/Type0" else 1
        self.map: dict[int, str] = {}
        cmap = _get(font, "/ToUnicode")
        if cmap is not None and hasattr(cmap, "encoded_data"):
            self.map = _to_unicode(_decode_stream(cmap))

    def decode(self, raw: bytes) -> str:
        if not self.map:
            return raw.decode("cp1252", errors="replace") if self.width == 1 else ""
        codes = raw if self.width == 1 else [int.from_bytes(raw[i : i + 2], "big") for i in range(0, len(raw) - 1, 2)]
        return "".join(self.map.get(code, "") for code in codes)


_TOKEN = re.compile(
    rb"\((?:\\.|[^\\()]|\((?:\\.|[^\\()])*\))*\)|<[0-9A-Fa-f\s]*>|/[^\s/\[\]()<>{}%]+|\[|\]|[A-Za-z'\"*]+|[-+.0-9]+",
    re.S,
)
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def _literal(token: bytes) -> bytes:
    body = token[1:-1]

    def unescape(match: re.Match[bytes]) -> bytes:
        seq = match.group(1)
        if seq[:1].isdigit():
            return bytes([int(seq, 8) & 0xFF])
        if seq in (b"\n", b"\r"):
            return b""
        return _ESCAPES.get(seq, seq)

    return re.sub(rb"\\([0-7]{1,3}|.)", unescape, body, flags=re.S)


def _content_text(content: bytes, fonts: dict[str, _Font]) -> str:
    out: list[str] = []
    font: _Font | None = None
    operands: list[bytes] = []
    for token in _TOKEN.findall(content):
        if token.startswith((b"(", b"<", b"/", b"[", b"]")) or token[:1] in b"-+.0123456789":
            operands.append(token)
            continue
        op = token
        if op == b"Tf" and len(operands) >= 2:
            font = fonts.get(operands[-2].decode("latin-1"))
        elif op in (b"Tj", b"TJ", b"'", b'"'):
            if op in (b"'", b'"'):
                out.append("\n")
            for operand in operands:
                if operand.startswith(b"("):
                    raw = _literal(operand)
                elif operand.startswith(b"<"):
                    hex_text = re.sub(rb"\s", b"", operand[1:-1])
                    raw = binascii.unhexlify(hex_text + b"0" * (len(hex_text) % 2))
                else:
                    continue
                out.append(font.decode(raw) if font is not None else raw.decode("cp1252", errors="replace"))
        elif op in (b"T*", b"Td", b"TD", b"ET"):
            out.append("\n")
        operands = []
    return "".join(out)


def _pages(node: Any, depth: int = 0) -> list[Any]:
    if depth > MAX_TREE_DEPTH:
        raise PdfTextError("the page tree is too deep.")
    if str(_get(node, "/Type")) == "/Page" or "/Kids" not in node:
        return [node]
    pages: list[Any] = []
    for kid in _get(node, "/Kids"):
        pages.extend(_pages(kid.get_object() if hasattr(kid, "get_object") else kid, depth + 1))
        if len(pages) > MAX_PAGES:
            break
    return pages[:MAX_PAGES]


def _check_structure_streams(data: bytes) -> None:
    """Refuse a file whose object or cross-reference streams inflate past the limit.

    pyHanko decompresses these itself, without a bound, while it parses the file; each one is
    inflated here first, in bounded steps, so a bomb hidden in one is refused before parsing.
    """
    for match in re.finditer(rb"/Type\s*/(?:ObjStm|XRef)\b", data):
        start = data.find(b"stream", match.end())
        end = data.find(b"endstream", start) if start >= 0 else -1
        if start < 0 or end < 0:
            continue
        body = data[start + 6 : end].lstrip(b"\r\n")
        inflater = zlib.decompressobj()
        try:
            out = inflater.decompress(body, MAX_STREAM_BYTES + 1)
        except zlib.error:
            continue  # not Flate, or damaged: pyHanko reports it
        if len(out) > MAX_STREAM_BYTES:
            raise PdfTextError(f"an internal stream expands beyond {MAX_STREAM_BYTES // 2**20} MB (a 'zip bomb'?).")


def pdf_text(data: bytes, deadline: float) -> tuple[str, str]:
    """(text, problem) of a PDF; ``problem`` is "" when everything was read."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        _check_structure_streams(data)
        reader = PdfFileReader(BytesIO(data), strict=False)
        if reader.encrypted:
            return "", "the PDF is encrypted; its text cannot be read without the password."
        pages = _pages(reader.root["/Pages"])
    except PdfTextError as exc:
        return "", str(exc)
    except (PdfError, KeyError, ValueError, TypeError, AttributeError, RecursionError):
        return "", "the PDF is damaged or uses a structure that cannot be read."
    parts: list[str] = []
    for number, page in enumerate(pages, start=1):
        if time.monotonic() > deadline:
            return "\n".join(parts), f"reading took too long; pages after {number - 1} were not read."
        try:
            resources = _get(page, "/Resources")
            font_dict = _get(resources, "/Font") if resources is not None else None
            fonts = {str(name): _Font(_get(font_dict, name)) for name in (font_dict or {})}
            contents = _get(page, "/Contents")
            streams = contents if isinstance(contents, list) else [contents] if contents is not None else []
            content = b"\n".join(_decode_stream(s.get_object() if hasattr(s, "get_object") else s) for s in streams)
            parts.append(_content_text(content, fonts))
        except PdfTextError as exc:
            return "\n".join(parts), f"{exc} (page {number})"
        except (PdfError, KeyError, ValueError, TypeError, AttributeError, RecursionError):
            return "\n".join(parts), f"page {number} is damaged; the pages after it were not read."
    return "\n".join(parts), ""
