"""The TrueType fonts embedded in reports, registered with reportlab once per process.

DejaVu Sans covers Latin (with Vietnamese), Greek and Cyrillic; Noto Sans Arabic covers Arabic
(including the presentation forms that shaped text uses). Text is split into runs by script
(:mod:`.text`) and each run drawn with the font that has its glyphs.
"""

from __future__ import annotations

import threading
from functools import cache

from ..paths import resource
from .errors import ReportError

SANS = "CA-Sans"
SANS_BOLD = "CA-Sans-Bold"
SANS_ITALIC = "CA-Sans-Oblique"
MONO = "CA-Mono"
ARABIC = "CA-Arabic"
ARABIC_BOLD = "CA-Arabic-Bold"

FONT_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    MONO: "DejaVuSansMono.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the bundled fonts (and the bold/italic families) with reportlab; idempotent."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFError, TTFont

        for name, file_name in FONT_FILES.items():
            path = resource("fonts", file_name)
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except (OSError, TTFError) as exc:
                raise ReportError(
                    f"The report font {file_name} is missing or damaged ({exc}).",
                    "Reinstall CyberAssess: the fonts are part of the installation (resources/fonts).",
                ) from None
        for family, normal, bold, italic in (
            (SANS, SANS, SANS_BOLD, SANS_ITALIC),
            (ARABIC, ARABIC, ARABIC_BOLD, ARABIC),
        ):
            addMapping(family, 0, 0, normal)
            addMapping(family, 1, 0, bold)
            addMapping(family, 0, 1, italic)
            addMapping(family, 1, 1, bold)
        addMapping(MONO, 0, 0, MONO)
        addMapping(MONO, 1, 0, MONO)
        addMapping(MONO, 0, 1, MONO)
        addMapping(MONO, 1, 1, MONO)
        _registered = True


@cache
def glyphs(font_name: str) -> frozenset[int]:
    """The code points a registered font has glyphs for."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    face = pdfmetrics.getFont(font_name).face
    return frozenset(face.charToGlyph)


def arabic_font_for(font_name: str) -> str:
    """The Arabic font matching the weight of a Latin one."""
    return ARABIC_BOLD if font_name == SANS_BOLD else ARABIC
