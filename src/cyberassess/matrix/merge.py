"""Merge the answers of several assessors of one mission into one assessment.

Inputs are ``.cyberassess`` files and/or matrix workbooks (exports or filled-in blank matrices)
of the same framework and version. Rules:

* **Mine** is the output file when it already exists (the inputs are merged into it), or else the
  first input (the output is then created from it, with the country, mission and target stage of
  the first assessment among the inputs). For an indicator that "mine" has not answered, the
  earliest input that answered it stands in for mine.
* For each indicator, the answers (stage, justification, confidence) of mine and of every input
  that answered it are compared. When they all agree, that answer is taken. When they differ,
  that is a **conflict**, settled by ``prefer``: ``mine`` keeps mine; ``theirs`` takes the last
  input (in the order given) that answered; ``newer`` takes the answer changed last (mine on a
  tie; an answer whose time is unknown, or later than now, counts as oldest). The times of a
  workbook prove nothing unless its signature matches; with ``newer`` the result warns about each
  workbook that is not signed or was changed after signing. Without ``prefer`` a conflict stops the
  merge before anything is written (:class:`~.errors.MatrixConflictError` lists them).
* Each input's rated answers are kept as provenance (``merge_input``), and every answer written
  has the history source ``merge:<input UUID>`` and the input's assessor. The disagreement report
  (:func:`~cyberassess.scoring.find_disagreements`) is computed from that provenance.
* The review record of ``.cyberassess`` inputs is merged too (:mod:`cyberassess.review.merge`);
  ``choices`` settles one conflict by key (an indicator id, ``narrative:D3``, ``treaty:un:25``):
  ``mine``, ``theirs`` or an input's file name.
* The instruments that apply to the country: the output gets every instrument that mine or any
  input records (their union: an assessor who marked a regional instrument is not overruled by
  one who did not); inputs that record none (blank matrices) add nothing.
* Deterministic and idempotent: the same inputs in the same order give the same answers; an input
  given twice counts once (by file UUID, or by content for workbooks); merging again into the output
  changes nothing.

A new output is built under a temporary name in the same folder and renamed into place when it
is complete; merging into an existing output writes each changed answer as its own transaction.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ..errors import DocumentError, FileLockedError, InputError
from ..framework import Framework, get_framework
from ..review.merge import ReviewConflict, ReviewSide, apply_review, pick, plan_review, read_side
from ..scoring import Disagreement, find_disagreements
from ..store.document import Assessment
from ..store.fileformat import FILE_SUFFIX, writable
from ..store.lock import WriterLock
from ..store.records import MergeInputRecord
from .errors import MatrixConflictError
from .importer import IncomingAnswer, Prefer, believable_time, check_prefer, write_answer
from .reader import RejectedRow, read_matrix

__all__ = ["MergeConflict", "MergeResult", "ReviewConflict", "merge"]

_MINE = "mine"


@dataclass(frozen=True)
class MergeConflict:
    """An indicator the inputs answered differently: (source name, answer) pairs, mine first."""

    indicator_id: str
    answers: tuple[tuple[str, IncomingAnswer], ...]


@dataclass(frozen=True)
class MergeResult:
    path: Path
    answers: int  # answers in the merged assessment
    disagreements: tuple[Disagreement, ...]
    inputs: int  # distinct inputs merged
    changed: int = 0  # answers written by this merge
    conflicts_resolved: int = 0
    duplicates: int = 0  # inputs given more than once, counted once
    rejected: tuple[tuple[str, RejectedRow], ...] = ()  # (input file name, row) of workbooks
    warnings: tuple[str, ...] = ()
    review_changes: int = 0  # review-record entries written (mission, lists, texts, treaty)


@dataclass
class _Source:
    uuid: str
    name: str
    framework_id: str
    framework_version: str
    country: str = ""
    mission: str = ""
    assessors: tuple[str, ...] = ()
    target_stage: int | None = None
    is_assessment: bool = False
    answers: dict[str, IncomingAnswer] = field(default_factory=dict)
    rejected: tuple[RejectedRow, ...] = ()
    times_unproven: str = ""  # for a workbook whose signature does not prove its times: why
    review: ReviewSide | None = None
    instruments: tuple[str, ...] | None = None  # recorded as applying; None: not recorded (a blank matrix)


def _is_workbook(path: Path) -> bool:
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xltm", ".xlam", ".xls", ".xlsb", ".ods", ".csv"):
        return True
    with contextlib.suppress(OSError), open(path, "rb") as handle:
        return handle.read(4) == b"PK\x03\x04"
    return False


def _load(path: Path) -> _Source:
    if not path.exists():
        raise InputError(f"{path.name}: file not found.", "Check the path of each input.")
    if _is_workbook(path):
        content = read_matrix(path)
        return _Source(
            uuid=content.provenance_id,
            name=path.name,
            framework_id=content.framework_id,
            framework_version=content.framework_version,
            country=content.country,
            mission=content.mission,
            assessors=content.assessors or ((content.filled_by,) if content.filled_by else ()),
            answers={r.indicator_id: IncomingAnswer.from_row(r) for r in content.rows},
            rejected=content.rejected,
            times_unproven="" if content.signature.signed else content.signature.describe(),
            instruments=content.instruments,
        )
    with Assessment.open(path, read_only=True) as doc:
        info = doc.info
        answers = {iid: IncomingAnswer.from_record(r) for iid, r in doc.answers().items()}
        review = read_side(doc, path.name)
        instruments = doc.instruments
    return _Source(
        uuid=info.file_uuid,
        name=path.name,
        framework_id=info.framework_id,
        framework_version=info.framework_version,
        country=info.country,
        mission=info.mission,
        assessors=info.assessors,
        target_stage=info.target_stage,
        is_assessment=True,
        answers={k: v for k, v in answers.items() if not v.empty},
        review=review,
        instruments=instruments,
    )


def _time(text: str | None) -> datetime:
    """The time of an answer; unknown or later than now counts as the oldest."""
    return believable_time(text) or datetime.min.replace(tzinfo=UTC)


def _resolve(candidates: list[tuple[str, IncomingAnswer]], prefer: Prefer | None) -> IncomingAnswer | None:
    """The answer kept for one indicator; ``None`` for an unresolved conflict."""
    if len({answer.content for _, answer in candidates}) == 1:
        return candidates[0][1]
    if prefer == "mine":
        return candidates[0][1]
    if prefer == "theirs":
        return candidates[-1][1]
    if prefer == "newer":
        latest = max(_time(answer.updated_at) for _, answer in candidates)
        return next(answer for _, answer in candidates if _time(answer.updated_at) == latest)
    return None


def _union(*groups: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(name.strip() for group in groups for name in group if name.strip()))


def merge(
    output: Path,
    inputs: Sequence[Path],
    *,
    prefer: Prefer | None = None,
    overwrite: bool = False,
    choices: Mapping[str, str] | None = None,
    passphrase: bytes | str | None = None,
) -> MergeResult:
    """Merge ``inputs`` into ``output`` (see the module docstring for what mine, theirs and conflicts are).

    ``output`` is created when missing (or replaced, with ``overwrite``); when it exists it is the
    assessment merged into. Raises :class:`~.errors.MatrixConflictError`, having written nothing,
    when answers conflict and ``prefer`` is ``None``. A new ``output`` is encrypted with
    ``passphrase`` when given.
    """
    check_prefer(prefer)
    output = Path(output)
    if output.suffix.lower() != FILE_SUFFIX:
        raise InputError(
            f"{output.name}: the merged assessment must be a {FILE_SUFFIX} file.", f"Name it e.g. merged{FILE_SUFFIX}."
        )
    if not inputs:
        raise InputError("Nothing to merge.", "Give the assessment files or matrices to merge.")
    sources: list[_Source] = []
    duplicates = 0
    for path in inputs:
        source = _load(Path(path))
        if any(s.uuid == source.uuid for s in sources):
            duplicates += 1
            continue
        sources.append(source)
    framework = _check_framework(sources)
    existing = output.exists() and not overwrite
    named = [(s.name, s.country, s.mission) for s in sources]
    if existing:
        doc = Assessment.open(output, allow_read_only=False)
        try:
            _check_output(doc, sources)
        except BaseException:
            doc.close()
            raise
        named.insert(0, (doc.path.name, doc.info.country, doc.info.mission))
        duplicates += sum(1 for s in sources if s.uuid == doc.info.file_uuid)
        sources = [s for s in sources if s.uuid != doc.info.file_uuid]
    else:
        _check_replaceable(output)
        doc = _create(output, sources, framework, passphrase)
    # Spellings differ ("Meridia", "Republic of Meridia"): different names are reported, not refused.
    warnings = []
    for label, position in (("countries", 1), ("missions", 2)):
        distinct = {entry[position].strip().casefold(): entry for entry in named if entry[position].strip()}
        if len(distinct) > 1:
            names = "; ".join(f"{entry[position]} ({entry[0]})" for entry in distinct.values())
            warnings.append(f"the inputs name different {label}: {names}")
    if prefer == "newer":
        for source in sources:
            if source.times_unproven:
                warnings.append(
                    f"{source.name}: {source.times_unproven}; its times were compared as written, "
                    "though anyone could have changed them"
                )
    try:
        result = _merge_into(doc, sources, framework, prefer, existing, dict(choices or {}))
    except BaseException:
        doc.close()
        if not existing:
            with contextlib.suppress(OSError):
                doc.path.unlink()
        raise
    doc.close()
    if not existing:
        try:
            _check_replaceable(output)
            doc.path.replace(output)
        except OSError as exc:
            raise DocumentError(f"Could not write {output.name}: {exc.strerror}.", "Choose another folder.") from None
        finally:
            with contextlib.suppress(OSError):
                doc.path.unlink()
    rejected = tuple((s.name, r) for s in sources for r in s.rejected)
    return MergeResult(
        path=output,
        answers=result[0],
        disagreements=result[1],
        inputs=len(sources),
        changed=result[2],
        conflicts_resolved=result[3],
        duplicates=duplicates,
        rejected=rejected,
        warnings=(*warnings, *result[5]),
        review_changes=result[4],
    )


def _check_framework(sources: list[_Source]) -> Framework:
    first = sources[0]
    for source in sources[1:]:
        if (source.framework_id, source.framework_version) != (first.framework_id, first.framework_version):
            raise InputError(
                f"{source.name} uses framework {source.framework_id} {source.framework_version}, but {first.name} "
                f"uses {first.framework_id} {first.framework_version}.",
                "Merge only files of the same framework and version.",
            )
    return get_framework(first.framework_id)


def _check_replaceable(output: Path) -> None:
    if not output.parent.is_dir():
        raise DocumentError(f"The folder {output.parent} does not exist.", "Create it first or choose another.")
    if output.exists():
        if not writable(output):
            raise DocumentError(f"Cannot write in {output.parent}.", "Choose another folder.")
        held = WriterLock(output).holder()
        if held is not None:
            raise FileLockedError(
                f"{output.name} is open for editing by {held.describe()}.",
                "Close it there first, or choose another output name.",
            )


def _check_output(doc: Assessment, sources: list[_Source]) -> None:
    """The existing output must be of the inputs' framework and version."""
    info = doc.info
    if (info.framework_id, info.framework_version) != (sources[0].framework_id, sources[0].framework_version):
        raise InputError(
            f"{doc.path.name} uses framework {info.framework_id} {info.framework_version}, the inputs "
            f"{sources[0].framework_id} {sources[0].framework_version}.",
            "Merge into an assessment of the same framework and version, or choose a new output file.",
        )


def _create(
    output: Path, sources: list[_Source], framework: Framework, passphrase: bytes | str | None = None
) -> Assessment:
    lead = next((s for s in sources if s.is_assessment), None) or next((s for s in sources if s.country), None)
    if lead is None or not lead.country:
        raise InputError(
            "The country is unknown: none of the inputs is an assessment file or an exported matrix.",
            f"Create the assessment first (cyberassess new {output.name} --country ...) and merge into it.",
        )
    people = _union(*(s.assessors for s in sources), *([a.assessor for a in s.answers.values()] for s in sources))
    tmp = output.with_name(f".{output.stem}.merge-{uuid.uuid4().hex[:8]}{FILE_SUFFIX}")
    return Assessment.create(
        tmp,
        country=lead.country,
        mission=lead.mission,
        assessors=people,
        framework=framework,
        target_stage=lead.target_stage,
        passphrase=passphrase,
        instruments=_instruments(framework, None, sources),
    )


def _instruments(framework: Framework, mine: tuple[str, ...] | None, sources: list[_Source]) -> tuple[str, ...] | None:
    """The union of the instruments recorded by mine and the inputs, in the framework's order (None: none recorded)."""
    recorded = [s.instruments for s in sources if s.instruments is not None]
    if mine is not None:
        recorded.insert(0, mine)
    if not recorded:
        return None
    union = {i for group in recorded for i in group}
    return tuple(i for i in framework.instrument_ids() if i in union)


def _merge_into(
    doc: Assessment,
    sources: list[_Source],
    framework: Framework,
    prefer: Prefer | None,
    existing: bool,
    choices: dict[str, str],
) -> tuple[int, tuple[Disagreement, ...], int, int, int, tuple[str, ...]]:
    mine = {k: IncomingAnswer.from_record(r) for k, r in doc.answers().items()} if existing else {}
    mine = {k: v for k, v in mine.items() if not v.empty}
    chosen: dict[str, tuple[IncomingAnswer, str]] = {}
    conflicts: list[MergeConflict] = []
    contested: set[str] = set()
    resolved = 0
    for indicator_id in framework.indicator_ids():
        candidates: list[tuple[str, IncomingAnswer]] = []
        origin: dict[int, str] = {}
        if indicator_id in mine:
            candidates.append((_MINE, mine[indicator_id]))
        for source in sources:
            if indicator_id in source.answers:
                origin[len(candidates)] = source.uuid
                candidates.append((source.name, source.answers[indicator_id]))
        if not candidates:
            continue
        if indicator_id in choices and len({a.content for _, a in candidates}) > 1:
            index = pick(
                [n for n, _ in candidates], [a.updated_at for _, a in candidates], prefer, choices[indicator_id]
            )
            answer = candidates[index][1] if index is not None else None
        else:
            answer = _resolve(candidates, prefer)
        if len({a.content for _, a in candidates}) > 1:
            contested.add(indicator_id)
        if answer is None:
            conflicts.append(MergeConflict(indicator_id, tuple(candidates)))
            continue
        if len({a.content for _, a in candidates}) > 1:
            resolved += 1
        position = next(i for i, (_, a) in enumerate(candidates) if a is answer)
        if position in origin:
            chosen[indicator_id] = (answer, origin[position])
    mine_review = read_side(doc, doc.path.name) if existing else None
    review = plan_review(mine_review, [s.review for s in sources if s.review], prefer, choices)
    unknown = sorted(set(choices) - contested - review.contested)
    if unknown:
        raise InputError(
            f"--choose names what is not in conflict: {', '.join(unknown)}.",
            "Choose only among the conflicts listed (run without --prefer to see them).",
        )
    if conflicts or review.conflicts:
        texts = f" and {len(review.conflicts)} text(s) or treaty entries" if review.conflicts else ""
        raise MatrixConflictError(
            f"{len(conflicts)} indicator(s){texts} are answered differently by the inputs; nothing was written.",
            "Choose how to settle them: --prefer mine (keep the output's or else the first input's answer), "
            "theirs (take the last input's) or newer (take the latest change), or --choose KEY=mine|theirs|FILE.",
            (*conflicts, *review.conflicts),
            framework,
        )
    resolved += review.resolved
    changed = 0
    current = doc.answers()
    for indicator_id, (answer, source_uuid) in chosen.items():
        now = current.get(indicator_id)
        if now is not None and (now.value, now.justification, now.confidence) == answer.content:
            continue
        write_answer(doc, answer, f"merge:{source_uuid}")
        changed += 1
    records: list[MergeInputRecord] = []
    if existing and not doc.merge_inputs():
        records.extend(_records(doc.info.file_uuid, doc.path.name, doc.info.assessors, mine))
    for source in sources:
        records.extend(_records(source.uuid, source.name, source.assessors, source.answers))
    doc.record_merge_inputs(records)
    new_people = _union(doc.info.assessors, *([a.assessor for a in s.answers.values()] for s in sources))
    if existing and new_people != list(doc.info.assessors):
        doc.update_info(assessors=new_people)
    instruments = _instruments(framework, doc.instruments, sources)
    if existing and instruments is not None and instruments != doc.instruments:
        doc.set_instruments(instruments, source="merge")
    review_changes = apply_review(doc, review)
    disagreements = tuple(find_disagreements(framework, doc.merge_inputs()))
    return len(doc.answers()), disagreements, changed, resolved, review_changes, tuple(review.warnings)


def _records(
    source_uuid: str, name: str, assessors: tuple[str, ...], answers: dict[str, IncomingAnswer]
) -> list[MergeInputRecord]:
    default = assessors[0] if assessors else ""
    return [
        MergeInputRecord(
            source_uuid=source_uuid,
            source_name=name,
            assessor=a.assessor or default,
            indicator_id=iid,
            value=a.value,
            justification=a.justification,
            confidence=a.confidence,
            updated_at=a.updated_at or "",
        )
        for iid, a in sorted(answers.items())
        if a.value is not None
    ]
