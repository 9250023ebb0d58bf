"""Text as the search index sees it: Arabic letter variants normalised, queries made safe.

SQLite's ``unicode61`` tokenizer (with ``remove_diacritics 2``) folds case and Latin accents
(``préservation`` finds ``preservation``), but it knows nothing of Arabic spelling variants and
treats the Arabic vowel marks (harakat, Unicode category Mn) as word separators. :func:`fold`
is applied to every indexed text and to every query, so both sides agree:

* the alef forms أ إ آ ٱ → ا; alef maqsura ى → ي; ta marbuta ة → ه;
* hamza carriers ؤ → و and ئ → ي;
* the tatweel ـ (a stretching stroke) and the harakat (fatha, damma, kasra, tanwin, shadda, sukun,
  superscript alef) are removed.

:func:`match_expression` turns what a person typed into an FTS5 expression in which every word is
a quoted string: nothing typed (``NEAR(``, ``"``, ``*``, ``OR``, ``-``, ``:``) is ever read as
FTS5 syntax. Words are combined with AND; a trailing ``*`` typed on a word of at least three
letters asks for a prefix search, the only operator a person can use.
"""

from __future__ import annotations

import re
import unicodedata

_ARABIC_MAP = str.maketrans(
    {
        "\u0623": "\u0627",  # أ
        "\u0625": "\u0627",  # إ
        "\u0622": "\u0627",  # آ
        "\u0671": "\u0627",  # ٱ
        "\u0649": "\u064a",  # ى → ي
        "\u0629": "\u0647",  # ة → ه
        "\u0624": "\u0648",  # ؤ → و
        "\u0626": "\u064a",  # ئ → ي
        "\u0640": None,  # tatweel
        **{chr(c): None for c in range(0x064B, 0x0653)},  # tanwin, fatha, damma, kasra, shadda, sukun
        "\u0670": None,  # superscript alef
    }
)
_ARABIC = re.compile("[\u0600-\u06ff]")
_WORD = re.compile(r"\w+\*?", re.UNICODE)
MAX_QUERY_WORDS = 32
MIN_PREFIX_CHARS = 3


def fold(text: str) -> str:
    """``text`` with Arabic letter variants normalised (other scripts unchanged but NFC)."""
    text = unicodedata.normalize("NFC", text)
    if _ARABIC.search(text) is None:
        return text
    return text.translate(_ARABIC_MAP)


def query_words(query: str) -> list[tuple[str, bool]]:
    """The words of ``query`` (folded), each with whether a prefix search was asked (``word*``)."""
    words: list[tuple[str, bool]] = []
    for match in _WORD.finditer(fold(query)):
        token = match.group(0)
        prefix = token.endswith("*")
        word = token.rstrip("*").replace("_", " ").strip()
        if not word:
            continue
        words.append((word, prefix and len(word) >= MIN_PREFIX_CHARS))
        if len(words) == MAX_QUERY_WORDS:
            break
    return words


def match_expression(query: str) -> str:
    """A safe FTS5 MATCH expression for what a person typed, or ``""`` when it has no words."""
    parts = []
    for word, prefix in query_words(query):
        quoted = '"' + word.replace('"', '""') + '"'
        parts.append(quoted + " *" if prefix else quoted)
    return " AND ".join(parts)
