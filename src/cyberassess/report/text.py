"""Text as reportlab can draw it: cleaned, escaped, shaped, reordered and split into font runs.

reportlab draws glyphs left to right, one font per run, without shaping. So:

* every string is NFC-normalised (Vietnamese and other accented text becomes precomposed
  characters the fonts have) and stripped of control characters;
* text with right-to-left characters is shaped (``arabic_reshaper``: contextual letter forms and
  lam-alef ligatures), broken into lines in logical order, and each line reordered for display
  (``python-bidi``), so multi-line paragraphs read top to bottom correctly;
* a displayed line is split into runs of Arabic script (drawn with Noto Sans Arabic) and the rest
  (DejaVu Sans), and each run is XML-escaped for Paragraph markup.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from .fonts import ARABIC, ARABIC_BOLD, arabic_font_for, glyphs

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_BIDI_MARKS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"[ \t\u00a0\u202f\u2009]+")
ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_ARABIC = re.compile("[" + "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in ARABIC_RANGES) + "]")


def clean(text: object) -> str:
    """NFC, no control characters, tabs as spaces, newlines kept (``\\n``)."""
    raw = "" if text is None else str(text)
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", unicodedata.normalize("NFC", raw))


def one_line(text: object) -> str:
    """:func:`clean`, with line breaks and runs of spaces folded into single spaces."""
    return _SPACES.sub(" ", clean(text).replace("\n", " ")).strip()


def markup(text: object) -> str:
    """Plain text as Paragraph markup: escaped, line breaks kept."""
    return escape(clean(text)).replace("\n", "<br/>")


def is_arabic(char: str) -> bool:
    return _ARABIC.match(char) is not None


def has_arabic(text: str) -> bool:
    return _ARABIC.search(text) is not None


def has_rtl(text: str) -> bool:
    """True when the text holds right-to-left letters (Arabic, Hebrew, …)."""
    if text.isascii():
        return False
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def base_direction(text: str, default_rtl: bool) -> bool:
    """True (right to left) when the first strong character is RTL; ``default_rtl`` without one."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return default_rtl


@cache
def _reshaper() -> Any:
    import arabic_reshaper
    from arabic_reshaper.ligatures import LETTERS_LIGATURES, SENTENCES_LIGATURES, WORDS_LIGATURES

    available = glyphs(ARABIC) & glyphs(ARABIC_BOLD)
    config: dict[str, bool] = {"delete_harakat": True, "support_ligatures": True}
    for name, _ in (*SENTENCES_LIGATURES, *WORDS_LIGATURES):
        config[name] = False  # whole-word ligatures are calligraphy, not running text
    for name, (_match, forms) in LETTERS_LIGATURES:
        config[name] = all(ord(f) in available for f in forms if f)
    return arabic_reshaper.ArabicReshaper(configuration=config)


def shape(text: str) -> str:
    """Contextual Arabic letter forms (logical order kept); other text unchanged."""
    if not has_arabic(text):
        return text
    return str(_reshaper().reshape(text))


def to_visual(line: str, rtl: bool) -> str:
    """One shaped line in display order, without the invisible direction marks fonts lack."""
    from bidi import get_display

    return _BIDI_MARKS.sub("", str(get_display(line, base_dir="R" if rtl else "L")))


def runs(visual: str, font: str) -> list[tuple[str, str]]:
    """Split a displayed line into (text, font) runs: Arabic script in the Arabic font, the rest in ``font``.

    Neutral characters (spaces, digits, punctuation) stay in the current run when its font has them.
    """
    if not has_arabic(visual):
        return [(visual, font)] if visual else []
    arabic = arabic_font_for(font)
    arabic_glyphs = glyphs(arabic)
    out: list[tuple[str, str]] = []
    current_font: str | None = None
    buf: list[str] = []
    for char in visual:
        if is_arabic(char):
            wanted = arabic
        elif current_font == arabic and ord(char) in arabic_glyphs and not char.isalpha():
            wanted = arabic
        else:
            wanted = font
        if wanted != current_font and buf:
            out.append(("".join(buf), current_font or font))
            buf = []
        current_font = wanted
        buf.append(char)
    if buf:
        out.append(("".join(buf), current_font or font))
    return out


def run_markup(visual: str, font: str) -> str:
    """A displayed line as Paragraph markup, Arabic runs wrapped in ``<font name=…>``."""
    parts = []
    for text, run_font in runs(visual, font):
        parts.append(escape(text) if run_font == font else f'<font name="{run_font}">{escape(text)}</font>')
    return "".join(parts)


def width(visual: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(stringWidth(text, run_font, size) for text, run_font in runs(visual, font))


def _split_long(word: str, fits: Callable[[str], bool]) -> Iterator[str]:
    """Cut a word wider than the line (a hash, a URL) into pieces that fit."""
    piece = ""
    for char in word:
        if piece and not fits(piece + char):
            yield piece
            piece = ""
        piece += char
    if piece:
        yield piece


def wrap_lines(text: str, max_width: float, font: str, size: float) -> list[str]:
    """Greedy line breaking in logical order (shaped text); paragraphs (``\\n``) start new lines."""

    def fits(candidate: str) -> bool:
        return width(candidate, font, size) <= max_width

    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = [w for w in paragraph.split(" ") if w]
        line = ""
        for word in words:
            candidate = f"{line} {word}" if line else word
            if fits(candidate):
                line = candidate
                continue
            if line:
                lines.append(line)
            pieces = list(_split_long(word, fits)) if not fits(word) else [word]
            lines.extend(pieces[:-1])
            line = pieces[-1]
        lines.append(line)
    return lines


def visual_lines(text: str, max_width: float, font: str, size: float, default_rtl: bool) -> tuple[list[str], bool]:
    """Shaped, wrapped and reordered lines of ``text``, and whether the paragraph runs right to left."""
    text = clean(text)
    rtl = base_direction(text, default_rtl)
    shaped = shape(text)
    return [to_visual(line, rtl) for line in wrap_lines(shaped, max_width, font, size)], rtl


def display(text: str, default_rtl: bool = False) -> str:
    """A single line for the canvas (headers, footers, chart labels): shaped and reordered if needed."""
    text = one_line(text)
    if not has_rtl(text):
        return text
    return to_visual(shape(text), base_direction(text, default_rtl))


def draw_line(canvas: Any, x: float, y: float, text: str, font: str, size: float, align: str = "left",
              default_rtl: bool = False) -> float:  # fmt: skip
    """Draw one line of any script at ``x`` (left, right or centre edge); returns its width."""
    visual = display(text, default_rtl)
    parts = runs(visual, font)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    total = sum(stringWidth(t, f, size) for t, f in parts)
    start = x if align == "left" else x - total if align == "right" else x - total / 2
    for run_text, run_font in parts:
        canvas.setFont(run_font, size)
        canvas.drawString(start, y, run_text)
        start += stringWidth(run_text, run_font, size)
    return total
