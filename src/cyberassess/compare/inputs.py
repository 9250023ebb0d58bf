"""Read the assessments to compare, and refuse the ones that cannot be compared.

Each file is read once, read-only, into a :class:`Compared` (details, framework, answers, scores,
action plan and, for a follow-up, the baseline kept inside it), and closed again: a comparison
never changes a file. A file in an older format is read through an upgraded copy in memory, so a
baseline written by an earlier CyberAssess compares as it is.
"""

from __future__ import annotations

import dataclasses
import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..framework import Framework
from ..safetext import safe_name
from ..scoring import ScoreCard, score
from ..store.baseline import BaselineRecord, CarriedAction
from ..store.document import Assessment
from ..store.records import AnswerRecord, AssessmentInfo
from ..store.review_records import Action


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
    mission_date: str | None = None  # the mission's start (YYYY-MM-DD), when recorded
    actions: tuple[Action, ...] = ()  # the action plan
    carried: dict[int, CarriedAction] = field(default_factory=dict)  # actions that came from the baseline
    to_confirm: frozenset[str] = frozenset()  # answers carried over from the baseline, not yet confirmed
    baseline: Compared | None = None  # a follow-up's baseline, as kept in its file

    @property
    def date(self) -> str:
        """The assessment's date (YYYY-MM-DD): its mission's start, else when it was last edited."""
        return self.mission_date or self.info.modified_at[:10]


def _from_baseline(doc: Assessment, record: BaselineRecord, country: str) -> Compared:
    """The baseline kept inside a follow-up, as an assessment to compare with (no file needed)."""
    answers = doc.baseline_answers()
    info = AssessmentInfo(
        file_uuid=record.file_uuid,
        schema_version=doc.info.schema_version,
        app_version_created="",
        app_version_written="",
        framework_id=record.framework_id,
        framework_version=record.framework_version,
        framework_hash="",
        country=record.country or country,
        mission=record.mission,
        assessors=record.assessors,
        target_stage=record.target_stage,
        created_at=record.created_at,
        modified_at=record.modified_at,
        last_indicator_id=None,
    )
    return Compared(
        file_name=safe_name(record.file_name),
        info=info,
        framework=doc.framework,
        answers=answers,
        card=score(doc.framework, answers, record.target_stage),
        mission_date=record.start_date,
    )


def compared_from(doc: Assessment, file_name: str) -> Compared:
    """An open assessment as read for a comparison (``file_name``: how to name its file)."""
    answers = doc.answers()
    record = doc.baseline()
    return Compared(
        file_name=file_name,
        info=doc.info,
        framework=doc.framework,
        answers=answers,
        card=score(doc.framework, answers, doc.info.target_stage),
        mission_date=doc.mission().start_date,
        actions=tuple(doc.actions()),
        carried=doc.carried_actions(),
        to_confirm=doc.to_confirm(),
        baseline=_from_baseline(doc, record, doc.info.country) if record else None,
    )


def read_compared(path: Path | str) -> Compared:
    """Read one assessment for a comparison, read-only (an older format through an upgraded copy in memory)."""
    path = Path(path)
    with Assessment.open(path, read_only=True) as doc:
        return compared_from(doc, safe_name(path.name))


def read_all(paths: Iterable[Path | str]) -> list[Compared]:
    return [read_compared(p) for p in paths]


def check_comparable(items: Sequence[Compared]) -> None:
    """Refuse assessments of different frameworks, or of different versions of one framework.

    Assessments of an older version are first brought to the newest one through the framework's
    migration map (:func:`align_versions`); without a map, different versions are refused, naming both.
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


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) if part.isdigit() else 0 for part in version.split("."))


def align_versions(items: Sequence[Compared]) -> list[Compared]:
    """The assessments on the newest framework version among them, through its migration map.

    An older assessment's answers move as the map says (renamed indicators under their new id);
    answers of merged, split or retired indicators have no one-to-one counterpart and are left out
    of the comparison. Without a map the assessment is returned as it is (and then refused).
    """
    from ..framework.upgrade import find_map

    versions = {c.info.framework_version for c in items}
    if len({c.info.framework_id for c in items}) != 1 or len(versions) == 1:
        return list(items)
    latest = max(items, key=lambda c: _version_key(c.info.framework_version))
    newest = latest.framework
    aligned = []
    for item in items:
        if item.info.framework_version == latest.info.framework_version:
            aligned.append(item)
            continue
        mapping = find_map(newest, item.info.framework_version) if newest.version != item.framework.version else None
        if mapping is None:
            aligned.append(item)
            continue
        gone = {i for sources, _ in mapping.merged for i in sources} | {i for i, _ in mapping.split}
        gone |= set(mapping.retired)
        known = set(newest.indicator_ids())
        answers = {
            mapping.renamed.get(i, i): a
            for i, a in item.answers.items()
            if i not in gone and mapping.renamed.get(i, i) in known
        }
        aligned.append(
            dataclasses.replace(
                item,
                info=dataclasses.replace(item.info, framework_version=newest.version),
                framework=newest,
                answers=answers,
                card=score(newest, answers, item.info.target_stage),
            )
        )
    return aligned
