"""The small, safe Markdown subset the narratives are written in.

What it knows, and nothing else:

* paragraphs, separated by a blank line (lines within a paragraph are joined with a space);
* bullets: a line starting with ``- `` (or ``* ``); numbered items: ``1. `` (or ``1) ``);
  an indented line continues the item above;
* ``**bold**`` and ``*italic*`` within a line (``\\*`` is a literal asterisk).

There is no HTML, no link, no image, no heading: ``<b>``, ``[a](http://…)`` and ``# x`` are text
like any other and stay as typed. :func:`parse` never produces markup; a renderer (PDF, Word, the
app) escapes each span's text for its own format and applies the bold/italic flags itself, so
text a user typed is never interpreted as reportlab or HTML markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

BlockKind = Literal["paragraph", "bullet", "numbered"]

_BULLET = re.compile(r"^ {0,3}[-*]\s+(.*)$")
_NUMBERED = re.compile(r"^ {0,3}(\d{1,9})[.)]\s+(.*)$")
_CONTINUATION = re.compile(r"^(?: {2,}|\t)\s*(\S.*)$")


@dataclass(frozen=True)
class Span:
    """A run of text with one style."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Block:
    """A paragraph, a bullet or a numbered item, as plain ``text`` and as styled ``spans``."""

    kind: BlockKind
    text: str
    spans: tuple[Span, ...]
    number: int | None = None  # the number typed for a numbered item


def parse(text: str) -> list[Block]:
    """The blocks of ``text`` (a narrative) in order; empty text gives no block."""
    blocks: list[Block] = []
    kind: BlockKind | None = None
    number: int | None = None
    lines: list[str] = []

    def flush() -> None:
        nonlocal kind, number, lines
        if kind is not None and lines:
            joined = " ".join(part.strip() for part in lines if part.strip())
            if joined:
                spans = inline(joined)
                blocks.append(Block(kind, "".join(s.text for s in spans), spans, number))
        kind, number, lines = None, None, []

    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not raw.strip():
            flush()
            continue
        bullet, numbered = _BULLET.match(raw), _NUMBERED.match(raw)
        if bullet:
            flush()
            kind, lines = "bullet", [bullet.group(1)]
        elif numbered:
            flush()
            kind, number, lines = "numbered", int(numbered.group(1)), [numbered.group(2)]
        elif kind == "paragraph" or (kind in ("bullet", "numbered") and _CONTINUATION.match(raw)):
            lines.append(raw)
        else:
            flush()
            kind, lines = "paragraph", [raw]
    flush()
    return blocks


def inline(text: str) -> tuple[Span, ...]:
    """``text`` split into styled spans (``**bold**``, ``*italic*``); unmatched markers stay as typed."""
    spans: list[Span] = []
    _inline(text, False, False, spans)
    merged: list[Span] = []
    for span in spans:
        if merged and (merged[-1].bold, merged[-1].italic) == (span.bold, span.italic):
            merged[-1] = Span(merged[-1].text + span.text, span.bold, span.italic)
        elif span.text:
            merged.append(span)
    return tuple(merged)


def _closing(text: str, start: int, marker: str, unmatched: dict[str, int]) -> int:
    """Where ``marker`` closes an emphasis opened just before ``start`` (-1: it does not).

    ``unmatched`` remembers, per marker, a start from which no closing was found: none is found
    from a later start either, which keeps parsing linear in the length of the text.
    """
    if start >= unmatched.get(marker, len(text) + 1):
        return -1
    i = start
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if marker == "*" and text.startswith("**", i):  # a bold marker is not an italic one
            end = _closing(text, i + 2, "**", unmatched)
            i = end + 2 if end >= 0 else i + 2
            continue
        if text.startswith(marker, i) and i > start and not text[i - 1].isspace():
            return i
        i += 1
    unmatched[marker] = min(start, unmatched.get(marker, start))
    return -1


def _inline(text: str, bold: bool, italic: bool, out: list[Span]) -> None:
    buffer: list[str] = []
    unmatched: dict[str, int] = {}  # see _closing
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text) and text[i + 1] in "*\\":
            buffer.append(text[i + 1])
            i += 2
            continue
        if ch != "*":
            buffer.append(ch)
            i += 1
            continue
        marker = "**" if text.startswith("**", i) else "*"
        is_bold = marker == "**"
        after = i + len(marker)
        end = -1
        if not (bold if is_bold else italic) and after < len(text) and not text[after].isspace():
            end = _closing(text, after, marker, unmatched)
        if end < 0:  # not emphasis: the marker is text
            buffer.append(marker)
            i = after
            continue
        out.append(Span("".join(buffer), bold, italic))
        buffer = []
        _inline(text[after:end], bold or is_bold, italic or not is_bold, out)
        i = end + len(marker)
    out.append(Span("".join(buffer), bold, italic))


def plain_text(text: str) -> str:
    """A narrative without its markers: paragraphs, "• " bullets and "1. " items, blank-line separated."""
    lines = []
    for block in parse(text):
        prefix = "• " if block.kind == "bullet" else f"{block.number}. " if block.kind == "numbered" else ""
        lines.append(prefix + block.text)
    return "\n\n".join(lines)


__all__ = ["Block", "BlockKind", "Span", "inline", "parse", "plain_text"]
