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

from .fonts import arabic_font_for, glyphs

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
    """Whether a paragraph runs right to left: the script of most of its letters decides.

    An Arabic sentence quoting "MoJ" or "D1" runs right to left; an English sentence quoting an
    Arabic name runs left to right (the first letter alone would get one of these wrong). A tie,
    or no letters at all, gives the report's direction.
    """
    if text.isascii():
        return default_rtl and not any(c.isalpha() for c in text)
    rtl = ltr = 0
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            rtl += 1
        elif kind == "L":
            ltr += 1
    return rtl > ltr or (rtl == ltr and default_rtl)


@cache
def _reshaper() -> Any:
    """Contextual forms and the mandatory lam-alef ligatures only (the library's defaults).

    Whole-word ligatures (e.g. ALLAH) are calligraphy, not running text: off. Letter-pair
    ligatures stay off as by default: they are compatibility forms, and enabling them all makes
    shaping some twenty times slower.
    """
    import arabic_reshaper

    return arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": True, "ARABIC LIGATURE ALLAH": False})


def shape(text: str) -> str:
    """Contextual Arabic letter forms (logical order kept); other text unchanged."""
    if not has_arabic(text):
        return text
    return str(_reshaper().reshape(text))


_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


def _levels(line: str, rtl: bool) -> list[int] | None:
    """The resolved embedding level of each character (Unicode bidi algorithm, with bracket pairs).

    python-bidi reorders but does not mirror brackets (rule L4), and only tells the levels in its
    debug description, per UTF-8 byte; ``None`` if that description cannot be read.
    """
    from bidi import get_display

    info = str(get_display(line, base_dir="R" if rtl else "L", debug=True))
    start, end = info.rfind("levels: ["), info.rfind("paragraphs: [")
    if start < 0 or end < start:
        return None
    per_byte = [int(n) for n in _LEVEL.findall(info[start:end])]
    levels: list[int] = []
    offset = 0
    for char in line:
        if offset >= len(per_byte):
            return None
        levels.append(per_byte[offset])
        offset += len(char.encode("utf-8"))
    return levels if offset == len(per_byte) else None


@cache
def _mirrors() -> dict[str, str]:
    from bidi.mirror import MIRRORED

    return {str(k): str(v) for k, v in MIRRORED.items()}


def to_visual(line: str, rtl: bool) -> str:
    """One shaped line in display order (reordered and mirrored), without invisible direction marks."""
    line = _BIDI_MARKS.sub("", line)
    levels = _levels(line, rtl)
    if levels is None:  # pragma: no cover - a python-bidi whose debug output changed
        from bidi import get_display

        return str(get_display(line, base_dir="R" if rtl else "L"))
    mirrors = _mirrors()
    chars = [mirrors.get(c, c) if level % 2 else c for c, level in zip(line, levels, strict=True)]
    order = list(range(len(chars)))
    highest = max(levels, default=0)
    lowest_odd = min((lvl for lvl in levels if lvl % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):  # rule L2
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return "".join(chars[k] for k in order)


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
        neutral_in_arabic_run = current_font == arabic and ord(char) in arabic_glyphs and not char.isalpha()
        wanted = arabic if is_arabic(char) or neutral_in_arabic_run else font
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

    return float(sum(stringWidth(text, run_font, size) for text, run_font in runs(visual, font)))


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
    """Greedy line breaking in logical order (shaped text); paragraphs (``\\n``) start new lines.

    Each word is measured once; a space counts as the wider of the two fonts' spaces, so a line
    never comes out wider than measured.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    space = max(stringWidth(" ", font, size), stringWidth(" ", arabic_font_for(font), size))

    def fits(candidate: str) -> bool:
        return width(candidate, font, size) <= max_width

    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, line_width = "", 0.0
        for word in (w for w in paragraph.split(" ") if w):
            word_width = width(word, font, size)
            if line and line_width + space + word_width <= max_width:
                line, line_width = f"{line} {word}", line_width + space + word_width
                continue
            if line:
                lines.append(line)
            pieces = list(_split_long(word, fits)) if word_width > max_width else [word]
            lines.extend(pieces[:-1])
            line, line_width = pieces[-1], width(pieces[-1], font, size)
        lines.append(line)
    return lines


def visual_lines(text: str, max_width: float, font: str, size: float, default_rtl: bool) -> tuple[list[str], bool]:
    """Shaped, wrapped and reordered lines of ``text``, and whether the paragraph runs right to left."""
    text = clean(text)
    rtl = base_direction(text, default_rtl)
    shaped = shape(text)
    return [to_visual(line, rtl) for line in wrap_lines(shaped, max_width, font, size)], rtl


def display(text: str, default_rtl: bool = False, *, forced: bool = False) -> str:
    """A single line for the canvas (headers, footers, chart labels): shaped and reordered if needed.

    With ``forced``, the line runs in ``default_rtl``'s direction whatever its letters: the report's
    own sentences (an Arabic footer quoting a file identifier full of Latin letters is still Arabic).
    """
    text = one_line(text)
    if not has_rtl(text):
        return text
    return to_visual(shape(text), default_rtl if forced else base_direction(text, default_rtl))


def draw_line(
    canvas: Any,
    x: float,
    y: float,
    text: str,
    font: str,
    size: float,
    align: str = "left",
    default_rtl: bool = False,
    *,
    forced: bool = False,
) -> float:
    """Draw one line of any script at ``x`` (left, right or centre edge); returns its width."""
    visual = display(text, default_rtl, forced=forced)
    parts = runs(visual, font)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    total = sum(stringWidth(t, f, size) for t, f in parts)
    start = x if align == "left" else x - total if align == "right" else x - total / 2
    for run_text, run_font in parts:
        canvas.setFont(run_font, size)
        canvas.drawString(start, y, run_text)
        start += stringWidth(run_text, run_font, size)
    return float(total)
