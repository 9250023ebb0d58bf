"""The full-text index (SQLite FTS5): the shipped part, cached per framework, and an assessment's part.

One FTS5 table ``docs`` holds every searchable passage:

========== ==================================== ============ ===========================
kind       ref                                  language     field
========== ==================================== ============ ===========================
indicator  the indicator id (``D3.2.1``)         en/fr/es/ar  question, guidance, documents,
                                                              interviews, stages, recommendations
article    the provision key (``budapest:16``)  the text's   text
answer     the indicator id                     ``""``       justification
narrative  the section (``summary``, ``D1``)    ``""``       narrative
evidence   the evidence id                      ``""``       the file name
toolkit    the chapter id (``preservation-orders``) en/fr/es/ar  body
========== ==================================== ============ ===========================

The **shipped part** (the framework's texts in its four languages and the library texts) depends
only on the framework, ``resources/library/`` and ``resources/toolkit/``. It is built when the
package is built (:func:`write_shipped_index`, run by ``scripts/build_index.py`` from the
PyInstaller spec) into ``resources/library/<framework id>.index``, stamped with a key made of the
index format, the framework's content hash and the SHA-256 of every library and toolkit file
(:func:`content_key`). At run time that file is used when its key and its own SHA-256 match;
otherwise (a source checkout, a framework added by an author, a text changed) the part is built
on first use and kept in the user cache with its SHA-256 (a damaged file is rebuilt), under a key
made of the framework's content hash and the library and toolkit files' names, sizes and
modification times (like the framework
cache; a missing or unwritable cache costs a rebuild, nothing else).

**The assessment's part** (justifications, narratives, the text of evidence files) is added in
memory to a copy of the shipped part each time an :class:`Index` is made for an open document,
so it always shows what is saved. Text is folded (:func:`.text.fold`) before it is indexed; the
tokenizer folds case and accents (``unicode61 remove_diacritics 2``).
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .. import atomicfile
from ..framework import LANGUAGES, Framework
from ..paths import user_cache_dir
from ..review.markdown import plain_text
from ..review.treaty import KEY_PREFIX
from .text import fold, match_expression
from .texts import library_dir, shipped_texts, text_files
from .toolkit import chapter_files, shipped_chapters, toolkit_dir

if TYPE_CHECKING:
    from ..store.document import Assessment

INDEX_FORMAT = "2"  # bump when the table or what goes into it changes
OPEN_MARK, CLOSE_MARK = "\ue000", "\ue001"  # private-use characters around a matched term in snippets
SNIPPET_TOKENS = 16
DEFAULT_LIMIT = 20

_SCHEMA = (
    "CREATE VIRTUAL TABLE docs USING fts5("
    "kind UNINDEXED, ref UNINDEXED, language UNINDEXED, field UNINDEXED, title, body, "
    "tokenize = 'unicode61 remove_diacritics 2')"
)
_INSERT = "INSERT INTO docs (kind, ref, language, field, title, body) VALUES (?, ?, ?, ?, ?, ?)"
Passage = tuple[str, str, str, str, str, str]
_RANK = "bm25(0.0, 0.0, 0.0, 0.0, 2.0, 1.0)"  # titles weigh double; the unindexed columns nothing
PASSAGE_CHARS = 2000  # evidence text is indexed in passages of about this size, cut at line ends


@dataclass(frozen=True)
class Hit:
    """One search result: what it is, where it is, and a snippet with the matched terms marked."""

    kind: str  # indicator, article, answer, narrative, evidence, toolkit
    ref: str  # indicator id, provision key, section, evidence id or toolkit chapter id
    language: str  # "" for the assessment's own text
    field: str
    title: str
    snippet: str  # matched terms between OPEN_MARK and CLOSE_MARK
    score: float  # bm25: lower is better

    def parts(self) -> list[tuple[str, bool]]:
        """The snippet as (text, highlighted) pieces."""
        pieces: list[tuple[str, bool]] = []
        for i, chunk in enumerate(self.snippet.split(OPEN_MARK)):
            if i == 0:
                if chunk:
                    pieces.append((chunk, False))
                continue
            marked, _, rest = chunk.partition(CLOSE_MARK)
            pieces.append((marked, True))
            if rest:
                pieces.append((rest, False))
        return pieces

    def plain_snippet(self) -> str:
        return self.snippet.replace(OPEN_MARK, "").replace(CLOSE_MARK, "")


def framework_passages(framework: Framework) -> Iterator[Passage]:
    """The framework's questions, guidance, documents, interviews, stages and recommendations."""
    for indicator in framework.indicators():
        for language in LANGUAGES:
            question = indicator.question.get(language, "")
            if not question:
                continue
            fields = {
                "question": question,
                "guidance": indicator.guidance.get(language, ""),
                "documents": indicator.documents.get(language, ""),
                "interviews": indicator.interviews.get(language, ""),
                "stages": "\n".join(texts.get(language, "") for _, texts in sorted(indicator.stages.items())),
                "recommendations": "\n".join(
                    texts.get(language, "") for _, texts in sorted(indicator.recommendations.items())
                ),
            }
            for name, body in fields.items():
                if body.strip():
                    yield ("indicator", indicator.id, language, name, question, body)


def article_passages() -> Iterator[Passage]:
    """Every article of the shipped library texts."""
    for text in shipped_texts():
        prefix = KEY_PREFIX.get(text.instrument, text.instrument)
        for article in text.articles:
            title = f"{text.title.split(',')[0]}, Art. {article.number}"
            if article.title:  # some instruments (the ICCPR) give their articles no title
                title += f" – {article.title}"
            yield ("article", f"{prefix}:{article.number}", text.language, "text", title, article.text)


def toolkit_passages() -> Iterator[Passage]:
    """Every toolkit chapter in each language it is written in (not the English fallbacks), in passages."""
    for versions in shipped_chapters().values():
        for chapter in versions.values():
            for passage in passages(plain_text(chapter.body)):
                yield ("toolkit", chapter.id, chapter.language, "body", chapter.title, passage)


def assessment_passages(assessment: Assessment, evidence_text: EvidenceTexts | None = None) -> Iterator[Passage]:
    """The open document's justifications, narratives and (when given) its evidence files' text."""
    for indicator_id, answer in assessment.answers().items():
        if answer.justification.strip():
            yield ("answer", indicator_id, "", "justification", indicator_id, answer.justification)
    for section, narrative in assessment.narratives().items():
        if narrative.text.strip():
            yield ("narrative", section, "", "narrative", section, narrative.text)
    if evidence_text is not None:
        for record in assessment.evidence():
            text = evidence_text(assessment, record.id, record.sha256, record.file_name)
            title = f"{record.indicator_id}: {record.file_name}"
            for passage in passages(text):
                yield ("evidence", str(record.id), "", record.file_name, title, passage)


def passages(text: str, size: int = PASSAGE_CHARS) -> Iterator[str]:
    """``text`` in pieces of about ``size`` characters, cut at a line end (or a space) when one is near."""
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = max(text.rfind("\n", start + size // 2, end), text.rfind(" ", start + size // 2, end))
            end = cut + 1 if cut > start else end
        piece = text[start:end]
        if piece.strip():
            yield piece
        start = end


class EvidenceTexts:
    """Extracted evidence text, remembered by content hash for the life of the process."""

    def __init__(self) -> None:
        self._by_sha: dict[str, str] = {}
        self.problems: dict[str, str] = {}  # sha256 → why no text was extracted

    def __call__(self, assessment: Assessment, evidence_id: int, sha256: str, file_name: str) -> str:
        if sha256 in self._by_sha:
            return self._by_sha[sha256]
        from .extract import extract_text  # only when there is evidence to read

        result = extract_text(file_name, assessment.evidence_content(evidence_id))
        if result.problem:
            self.problems[sha256] = result.problem
        self._by_sha[sha256] = result.text
        return result.text


def _insert(conn: sqlite3.Connection, passages: Iterable[Passage]) -> None:
    conn.executemany(
        _INSERT,
        ((kind, ref, language, field, fold(title), fold(body)) for kind, ref, language, field, title, body in passages),
    )


def shipped_key(framework: Framework, folder: Path | None = None) -> str:
    """The cache key of the shipped part: index format, framework hash, library and toolkit files' stats."""
    digest = hashlib.sha256(f"{INDEX_FORMAT}\0{framework.id}\0{framework.version}\0{framework.content_hash}".encode())
    for path in [*text_files(folder or library_dir()), *chapter_files(toolkit_dir())]:
        stat = path.stat()
        digest.update(f"\0{path.name}\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:32]


def content_key(framework: Framework, folder: Path | None = None) -> str:
    """The key of a shipped index file: index format, framework hash, library and toolkit files' names and SHA-256."""
    digest = hashlib.sha256(f"{INDEX_FORMAT}\0{framework.id}\0{framework.version}\0{framework.content_hash}".encode())
    for path in [*text_files(folder or library_dir()), *chapter_files(toolkit_dir())]:
        digest.update(f"\0{path.name}\0".encode() + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:32]


def build_shipped(framework: Framework) -> sqlite3.Connection:
    """A new in-memory database holding the shipped part for ``framework``."""
    conn = sqlite3.connect(":memory:")
    conn.execute(_SCHEMA)
    _insert(conn, framework_passages(framework))
    _insert(conn, article_passages())
    _insert(conn, toolkit_passages())
    conn.execute("INSERT INTO docs (docs) VALUES ('optimize')")
    conn.commit()
    return conn


def cache_path(framework: Framework) -> Path:
    return user_cache_dir() / "library" / f"index-{framework.id}-{shipped_key(framework)}.bin"


def shipped_index_path(framework: Framework) -> Path:
    """Where the package build puts the shipped index of a framework (it may be absent)."""
    return library_dir() / f"{framework.id}.index"


_MAGIC = b"CyberAssess index\0"
_SHIPPED_MAGIC = b"CyberAssess shipped index\0"
_KEY_BYTES = 32  # content_key() is 32 hex characters


def _read_cache(path: Path) -> bytes | None:
    """The cached database, or None when missing or damaged (magic + SHA-256 + SQLite bytes)."""
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    head = len(_MAGIC) + 32
    data = blob[head:]
    if blob[: len(_MAGIC)] != _MAGIC or hashlib.sha256(data).digest() != blob[len(_MAGIC) : head]:
        return None
    return data


def write_shipped_index(framework: Framework, folder: Path) -> Path:
    """Build the shipped part for ``framework`` into ``folder/<framework id>.index`` (at package build).

    The file is the magic line, :func:`content_key`, the SHA-256 of the SQLite bytes, then the bytes.
    """
    conn = build_shipped(framework)
    data = conn.serialize()
    conn.close()
    path = folder / f"{framework.id}.index"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = _SHIPPED_MAGIC + content_key(framework).encode() + hashlib.sha256(data).digest()
    atomicfile.write_bytes(path, stamp + data)
    return path


def read_shipped_index(framework: Framework) -> bytes | None:
    """The shipped index's SQLite bytes when the file is there, intact and made from these very texts."""
    path = shipped_index_path(framework)
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    key_end = len(_SHIPPED_MAGIC) + _KEY_BYTES
    head = key_end + 32
    data = blob[head:]
    if (
        blob[: len(_SHIPPED_MAGIC)] != _SHIPPED_MAGIC
        or blob[len(_SHIPPED_MAGIC) : key_end] != content_key(framework).encode()
        or hashlib.sha256(data).digest() != blob[key_end:head]
    ):
        return None
    return data


def shipped_bytes(framework: Framework) -> bytes:
    """The serialised shipped part: the file built with the package, else the cache, else built (and cached)."""
    shipped = read_shipped_index(framework)
    if shipped is not None:
        return shipped
    path = cache_path(framework)
    cached = _read_cache(path)
    if cached is not None:
        return cached
    conn = build_shipped(framework)
    data = conn.serialize()
    conn.close()
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob(f"index-{framework.id}-*.bin"):  # this framework's earlier versions
            with contextlib.suppress(OSError):
                old.unlink()
        atomicfile.write_bytes(path, _MAGIC + hashlib.sha256(data).digest() + data)
    return data


class Index:
    """A searchable index: the shipped part for a framework, plus an open assessment's part."""

    def __init__(
        self,
        framework: Framework,
        assessment: Assessment | None = None,
        *,
        evidence_text: EvidenceTexts | None = None,
        shared: bool = False,
    ) -> None:
        """``shared``: the index may be made on one thread and searched on another (one at a time)."""
        self.framework = framework
        self.conn = sqlite3.connect(":memory:", check_same_thread=not shared)
        self.conn.deserialize(shipped_bytes(framework))
        self.evidence_text = evidence_text if evidence_text is not None else EvidenceTexts()
        if assessment is not None:
            _insert(self.conn, assessment_passages(assessment, self.evidence_text))
            self.conn.commit()

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def search(
        self,
        query: str,
        *,
        language: str | None = None,
        kinds: Iterable[str] | None = None,
        limit: int = DEFAULT_LIMIT,
    ) -> list[Hit]:
        """The best passages for what a person typed, best first (bm25, titles weigh double).

        ``language`` keeps the framework's and library's texts in that language (the
        assessment's own text is always searched). Nothing typed is read as FTS5 syntax.
        """
        expression = match_expression(query)
        if not expression:
            return []
        # The best rows first (rowids only), then snippets for those rows alone: a snippet costs
        # time in proportion to the passage, and long evidence files match by the hundred.
        best = "SELECT rowid FROM docs WHERE docs MATCH ? AND rank MATCH ?"
        params: list[object] = [expression, _RANK]
        if language:
            best += " AND language IN ('', ?)"
            params.append(language)
        kind_list = list(kinds or ())
        if kind_list:
            best += f" AND kind IN ({', '.join('?' for _ in kind_list)})"
            params.extend(kind_list)
        best += " ORDER BY rank LIMIT ?"
        params.append(max(1, limit))
        sql = (
            "SELECT kind, ref, language, field, title, "
            f"snippet(docs, 5, '{OPEN_MARK}', '{CLOSE_MARK}', '…', {SNIPPET_TOKENS}), rank "
            f"FROM docs WHERE docs MATCH ? AND rank MATCH ? AND rowid IN ({best}) ORDER BY rank"
        )
        rows = self.conn.execute(sql, [expression, _RANK, *params]).fetchall()
        return [Hit(*row) for row in rows]
