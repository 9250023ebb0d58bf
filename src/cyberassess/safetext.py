"""Untrusted text, made safe to show and checked where it enters.

Text from files, certificates, workbooks and file names reaches terminals, dialogs, reports and
other files. Two rules, in one place:

- **On every output**, :func:`printable` escapes what could forge or hide output: control
  characters (newlines, terminal escape codes) and the Unicode bidirectional controls that make
  ``report.pdf<U+202E>gpj.exe`` look like a picture. :func:`safe_name` does the same for file names
  that are shown or written.
- **Where text enters** (a justification, a narrative, a key's name), :func:`check_text` refuses
  control characters and bidirectional overrides and bounds the size, with a message that says
  which field and what to do.
"""

from __future__ import annotations

import unicodedata

from .errors import InputError

# Bidirectional formatting characters: embeddings, overrides and isolates (and the marks, which are
# harmless in running text but never belong in a name).
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
BIDI_MARKS = frozenset("\u200e\u200f\u061c")

# Sizes where text enters the document (characters). A justification is a few paragraphs; a
# narrative a few pages; names and titles a line.
MAX_LINE_CHARS = 500
MAX_NOTE_CHARS = 20_000
MAX_NARRATIVE_CHARS = 100_000

_ALLOWED_IN_TEXT = frozenset("\n\t")


def _is_control(ch: str) -> bool:
    return unicodedata.category(ch) == "Cc"


def printable(text: object, *, keep_newlines: bool = False) -> str:
    """``text`` as one safe string for a terminal, a dialog or a log line.

    Control characters become ``\\xNN`` / ``\\n`` escapes (newlines kept only with
    ``keep_newlines``), bidirectional controls become ``<U+202E>``-style markers, so that nothing
    untrusted can add a line, move the cursor, recolour the terminal or reorder what is shown.
    """
    out: list[str] = []
    for ch in str(text):
        if ch == "\n" and keep_newlines:
            out.append(ch)
        elif ch in BIDI_CONTROLS:
            out.append(f"<U+{ord(ch):04X}>")
        elif _is_control(ch):
            out.append({"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(ch, f"\\x{ord(ch):02x}"))
        else:
            out.append(ch)
    return "".join(out)


def safe_name(name: str) -> str:
    """A file name without control or bidirectional characters (each becomes ``_``), for showing and writing."""
    return "".join("_" if (ch in BIDI_CONTROLS or ch in BIDI_MARKS or _is_control(ch)) else ch for ch in name)


def check_text(label: str, text: str, *, max_chars: int = MAX_NOTE_CHARS, multiline: bool = True) -> str:
    """Refuse text that cannot be stored: too long, control characters, bidirectional overrides.

    Returns the text with Windows line endings normalised. ``label`` names the field in the message.
    """
    if not isinstance(text, str):
        raise InputError(f"The {label} is not text.")
    text = text.replace("\r\n", "\n")
    if len(text) > max_chars:
        raise InputError(
            f"The {label} is too long ({len(text):,} characters; at most {max_chars:,}).",
            "Shorten it, or attach the long text as an evidence file.",
        )
    allowed = _ALLOWED_IN_TEXT if multiline else frozenset()
    for position, ch in enumerate(text):
        if ch in allowed:
            continue
        if _is_control(ch) or ch in BIDI_CONTROLS:
            kind = "a right-to-left override" if ch in BIDI_CONTROLS else "a control character"
            raise InputError(
                f"The {label} contains {kind} (U+{ord(ch):04X}) at position {position + 1}.",
                "Remove it; such characters can hide or reorder text."
                + ("" if multiline else " A single line is expected."),
            )
    return text


def check_line(label: str, text: str, *, max_chars: int = MAX_LINE_CHARS) -> str:
    """:func:`check_text` for one-line fields (names, titles, institutions), stripped."""
    return check_text(label, text, max_chars=max_chars, multiline=False).strip()


__all__ = [
    "BIDI_CONTROLS",
    "MAX_LINE_CHARS",
    "MAX_NARRATIVE_CHARS",
    "MAX_NOTE_CHARS",
    "check_line",
    "check_text",
    "printable",
    "safe_name",
]
