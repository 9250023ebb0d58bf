"""The demo assessment: the Republic of Meridia, National Cyber Review 2026.

A fictional country assessed as a World Bank / Council of Europe / INTERPOL review team would:
every answer with a specific justification, evidence files in several dimensions, the mission
record (team, institutions consulted, documents reviewed), findings for each dimension, an action
plan and the treaty-compliance table, all telling one consistent story. The content is data, in
``resources/demo/meridia.yaml`` with the evidence files beside it in ``resources/demo/evidence/``;
this module only writes it into a new assessment.

Deterministic: the same framework always gives the same content, so screenshots, benchmarks and
tests can rely on it (only the file's identifier and timestamps differ between runs).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from .framework import Framework, builtin_framework
from .framework.instruments import GLOBAL
from .paths import resource
from .review.treaty import provisions
from .store import Assessment

CONTENT = ("demo", "meridia.yaml")
EVIDENCE_FOLDER = ("demo", "evidence")
SOURCE = "demo"  # the source recorded in the history of every demo edit
# As in meridia.yaml (a test keeps them equal); here so that importing this module reads no file.
COUNTRY = "Republic of Meridia"
MISSION = "National Cyber Review 2026"
ASSESSORS = ("Amina Mensah", "Carlos Duarte", "Léa Fontaine")


@cache
def demo_content() -> Mapping[str, Any]:
    """The demo's content as read from ``resources/demo/meridia.yaml`` (read once; do not modify)."""
    import yaml  # only here: opening an assessment needs no YAML

    loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader when available
    data: dict[str, Any] = yaml.load(resource(*CONTENT).read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - a safe loader
    return data


def evidence_file(name: str) -> Path:
    """A bundled evidence file of the demo, by its file name in ``resources/demo/evidence/``."""
    return resource(*EVIDENCE_FOLDER, name)


def write_demo(path: Path | str, *, overwrite: bool = False, framework: Framework | None = None) -> Path:
    """Create the demo assessment at ``path`` and return the path.

    With another ``framework``, the answers, actions and treaty rows of indicators and provisions
    it does not have are left out.
    """
    fw = framework or builtin_framework()
    data = demo_content()
    names: dict[str, str] = dict(data["assessors"])
    path = Path(path)
    with Assessment.create(
        path,
        country=COUNTRY,
        mission=MISSION,
        assessors=list(ASSESSORS),
        framework=fw,
        target_stage=int(data["target_stage"]),
        overwrite=overwrite,
        instruments=_instruments(fw, data.get("instruments")),
    ) as doc:
        _write_answers(doc, fw, data["answers"], names)
        evidence_ids = _write_evidence(doc, fw, data["evidence"], names)
        _write_review(doc, fw, data, names, evidence_ids)
        doc.set_last_position(fw.indicator_ids()[0])
    return path


def _instruments(fw: Framework, names: list[str] | None) -> list[str] | None:
    """The demo's instruments that ``fw`` declares (``global`` stands for its global ones)."""
    if names is None:
        return None
    known = set(fw.instrument_ids())
    return [name for name in names if name == GLOBAL or name in known]


def _write_answers(doc: Assessment, fw: Framework, answers: Mapping[str, Any], names: Mapping[str, str]) -> None:
    for indicator_id in fw.indicator_ids():  # in framework order, so the history reads naturally
        answer = answers.get(indicator_id)
        if answer is None:
            continue
        doc.set_answer(
            indicator_id,
            str(answer["stage"]),
            justification=" ".join(answer["justification"].split()),
            confidence=answer["confidence"],
            assessor=names[answer["assessor"]],
            source=SOURCE,
        )


def _write_evidence(
    doc: Assessment, fw: Framework, files: list[Mapping[str, Any]], names: Mapping[str, str]
) -> dict[str, int]:
    """Attach each bundled file to its indicators; returns file -> the first evidence id."""
    ids: dict[str, int] = {}
    for item in files:
        content = evidence_file(item["file"]).read_bytes()
        for indicator_id in item["indicators"]:
            if not fw.has_indicator(indicator_id):
                continue
            record = doc.add_evidence(indicator_id, data=content, name=item["name"], assessor=names[item["assessor"]])
            ids.setdefault(item["file"], record.id)
    return ids


def _write_review(
    doc: Assessment, fw: Framework, data: Mapping[str, Any], names: Mapping[str, str], evidence_ids: Mapping[str, int]
) -> None:
    """The mission record, narratives, action plan and treaty table (the review record, schema 3)."""
    lead = names[next(iter(names))]
    mission = data["mission"]
    doc.set_mission(
        mission_type=mission["type"],
        start_date=mission["start"],
        end_date=mission["end"],
        host=mission["host"],
        marking=mission["marking"],
        status=mission["status"],
        limitations=mission["limitations"],
        by=lead,
    )
    for member in data["team"]:
        doc.add_team_member(member["name"], role=member["role"], organisation=member["organisation"], by=lead)
    for entry in data["consulted"]:
        doc.add_consulted(
            entry["institution"],
            name=entry.get("name", ""),
            role=entry.get("role", ""),
            date=entry.get("date"),
            place=entry.get("place", ""),
            by=lead,
        )
    for document in data["documents"]:
        doc.add_reviewed_document(
            document["title"],
            issuer=document.get("issuer", ""),
            date=document.get("date"),
            evidence_id=evidence_ids.get(document.get("evidence", "")),
            by=lead,
        )
    dimensions = {dimension.id for dimension in fw.dimensions}
    for section, narrative in data["narratives"].items():
        if section in dimensions or not section.startswith("D"):
            doc.set_narrative(section, narrative["text"], by=names[narrative["by"]])
    _write_plan(doc, fw, data["actions"], lead)
    _write_treaty_table(doc, fw, data["treaty"], lead)


def _write_plan(doc: Assessment, fw: Framework, actions: list[Mapping[str, Any]], lead: str) -> None:
    priority = 0
    for action in actions:
        linked = tuple(i for i in action["indicators"] if fw.has_indicator(i))
        if not linked:
            continue
        priority += 1
        cost = action.get("cost") or {}
        doc.add_action(
            action["title"],
            indicator_ids=linked,
            owner=action["owner"],
            partners=action.get("partners", ""),
            horizon=action["horizon"],
            effort=action["effort"],
            cost_amount=cost.get("amount"),
            cost_currency=cost.get("currency", ""),
            priority=priority,
            status=action["status"],
            notes=action.get("notes", ""),
            by=lead,
        )


def _write_treaty_table(doc: Assessment, fw: Framework, rows: Mapping[str, Mapping[str, Any]], lead: str) -> None:
    known = {provision.key for provision in provisions(fw)}
    for key, row in rows.items():
        if key in known:
            doc.set_treaty_entry(
                key,
                compliance=row["compliance"],
                national_provision=row.get("provision", ""),
                note=row.get("note", ""),
                by=lead,
            )
