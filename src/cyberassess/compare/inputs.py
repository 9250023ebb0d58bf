"""Read the assessments to compare, and refuse the ones that cannot be compared.

Each file is read once, read-only, into a :class:`Compared` (details, framework, answers, scores),
and closed again: a comparison never changes a file. A file in an older format is upgraded in a
temporary copy, so a baseline written by an earlier CyberAssess compares as it is.
"""

from __future__ import annotations

import sqlite3
import string
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..framework import Framework
from ..safetext import safe_name
from ..scoring import ScoreCard, score
from ..store.document import Assessment
from ..store.fileformat import SCHEMA_VERSION, connect, sniff
from ..store.records import AnswerRecord, AssessmentInfo


class ComparisonError(InputError):
    """Assessments that cannot be compared (different frameworks or framework versions, too few)."""


@dataclass(frozen=True)
class Compared:
    """One assessment as read for a comparison."""

    file_name: str  # safe to show
    info: AssessmentInfo
    framework: Framework
    answers: dict[str, AnswerRecord]
    card: ScoreCard

    @property
    def date(self) -> str:
        """The assessment's date (YYYY-MM-DD): when it was last edited."""
        return self.info.modified_at[:10]


def _schema_version(path: Path) -> int:
    conn = connect(path, read_only=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0] or 0)
    except sqlite3.Error:
        return SCHEMA_VERSION  # the full open reports what is wrong
    finally:
        conn.close()


def _read(doc: Assessment, file_name: str) -> Compared:
    answers = doc.answers()
    return Compared(
        file_name=file_name,
        info=doc.info,
        framework=doc.framework,
        answers=answers,
        card=score(doc.framework, answers, doc.info.target_stage),
    )


def read_compared(path: Path | str) -> Compared:
    """Read one assessment for a comparison, without changing the file."""
    path = Path(path)
    sniff(path)
    name = safe_name(path.name)
    if _schema_version(path) < SCHEMA_VERSION:
        with tempfile.TemporaryDirectory(prefix="cyberassess-compare-") as tmp:
            copy = Path(tmp) / "copy.cyberassess"
            source = connect(path, read_only=True)
            try:
                target = sqlite3.connect(copy)
                try:
                    source.backup(target)
                finally:
                    target.close()
            finally:
                source.close()
            with Assessment.open(copy) as doc:
                return _read(doc, name)
    with Assessment.open(path, read_only=True) as doc:
        return _read(doc, name)


def read_all(paths: Iterable[Path | str]) -> list[Compared]:
    return [read_compared(p) for p in paths]


def check_comparable(items: Sequence[Compared]) -> None:
    """Refuse assessments of different frameworks, or of different versions of one framework.

    A framework's migration map (renamed, merged or split indicators) would let two versions be
    compared; no framework has one yet, so different versions are refused, naming both.
    """
    if len(items) < 2:
        raise ComparisonError(
            "A comparison needs at least two assessments.",
            "Give two assessments of one country, or several countries' assessments.",
        )
    first = items[0]
    for other in items[1:]:
        if other.info.framework_id != first.info.framework_id:
            raise ComparisonError(
                f"{first.file_name} and {other.file_name} use different frameworks "
                f"({first.info.framework_id} and {other.info.framework_id}); they cannot be compared.",
                "Compare assessments made with the same framework.",
            )
        if other.info.framework_version != first.info.framework_version:
            raise ComparisonError(
                f"{first.file_name} uses {first.info.framework_id} version {first.info.framework_version} and "
                f"{other.file_name} version {other.info.framework_version}; the framework has no migration map "
                "between these versions, so their answers cannot be compared indicator by indicator.",
                "Compare assessments made with the same framework version.",
            )


ANONYMOUS = "Country {letter}"


def letter(index: int) -> str:
    """``A`` … ``Z``, then ``AA``, ``AB`` …"""
    name = ""
    n = index
    while True:
        name = string.ascii_uppercase[n % 26] + name
        n = n // 26 - 1
        if n < 0:
            return name


def labels(items: Sequence[Compared], *, anonymise: bool, template: str = ANONYMOUS) -> list[str]:
    """How each assessment is named in a comparison: its country (with the date where a country
    appears more than once), or ``Country A``, ``Country B`` … in the given order when anonymised
    (``template`` is that name in the output's language)."""
    if anonymise:
        return [template.format(letter=letter(i)) for i in range(len(items))]
    countries = [c.info.country.strip() or c.file_name for c in items]
    out = []
    for item, country in zip(items, countries, strict=True):
        out.append(f"{country} ({item.date})" if countries.count(country) > 1 else country)
    # Still ambiguous (same country, same day): add the file name.
    return [
        f"{label} [{item.file_name}]" if out.count(label) > 1 else label for label, item in zip(out, items, strict=True)
    ]
