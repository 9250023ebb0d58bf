"""What the review commands print: the documented ``--json`` shapes and the plain-text listings.

The JSON shapes are documented in ``docs/json-output.md``; fields may be added in later versions,
none is renamed or removed. Text for people goes through :func:`cyberassess.safetext.printable`.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from ..framework.model import tr
from ..review.treaty import Provision, provisions
from ..safetext import printable
from ..store.document import Assessment
from ..store.review_records import Action, ConsultedEntry, TreatyEntry

JSON_VERSION = 1  # "format_version" of every shape; raised only if a field had to change meaning


def dump(data: dict[str, Any]) -> str:
    return json.dumps({"format_version": JSON_VERSION, **data}, indent=2, ensure_ascii=False)


def _file(doc: Assessment) -> dict[str, Any]:
    return {"file": doc.path.name, "country": doc.info.country, "framework": doc.framework.id}


# --------------------------------------------------------------------------- JSON shapes
def mission_json(doc: Assessment) -> dict[str, Any]:
    return {
        **_file(doc),
        "mission": asdict(doc.mission()),
        "team": [asdict(m) for m in doc.team()],
        "consulted": [asdict(c) for c in doc.consulted()],
        "documents": [asdict(d) for d in doc.reviewed_documents()],
    }


def consulted_json(doc: Assessment) -> dict[str, Any]:
    return {**_file(doc), "consulted": [asdict(c) for c in doc.consulted()]}


def narratives_json(doc: Assessment) -> dict[str, Any]:
    found = doc.narratives()
    return {
        **_file(doc),
        "sections": list(doc.narrative_sections()),
        "narratives": {key: {k: v for k, v in asdict(n).items() if k != "section"} for key, n in found.items()},
    }


def action_json(action: Action) -> dict[str, Any]:
    data = asdict(action)
    data["indicator_ids"] = list(action.indicator_ids)
    return data


def plan_json(doc: Assessment) -> dict[str, Any]:
    return {**_file(doc), "actions": [action_json(a) for a in doc.actions()]}


def treaty_rows(doc: Assessment) -> list[tuple[Provision, TreatyEntry | None]]:
    """The provisions of the instruments that apply to the country, each with its entry."""
    entries = doc.treaty_entries()
    return [(p, entries.get(p.key)) for p in provisions(doc.framework, doc.instruments)]


def treaty_json(doc: Assessment) -> dict[str, Any]:
    rows = []
    for provision, entry in treaty_rows(doc):
        rows.append(
            {
                "provision": provision.key,
                "instrument": provision.instrument,
                "article": provision.article,
                "paragraphs": list(provision.paragraphs),
                "title": provision.title,
                "indicator_ids": list(provision.indicator_ids),
                "recorded": entry is not None,
                "compliance": entry.compliance if entry else "not-assessed",
                "national_provision": entry.national_provision if entry else "",
                "note": entry.note if entry else "",
                "updated_at": entry.updated_at if entry else None,
            }
        )
    chosen = set(doc.instruments)
    instruments = [
        {"id": i.id, "short": tr(i.short), "name": tr(i.name)} for i in doc.framework.instruments if i.id in chosen
    ]
    return {**_file(doc), "instruments": instruments, "provisions": rows}


# --------------------------------------------------------------------------- text
def _p(text: object) -> str:
    return printable(text)


def mission_text(doc: Assessment) -> list[str]:
    m = doc.mission()
    dates = " to ".join(d for d in (m.start_date, m.end_date) if d) or "-"
    lines = [
        f"{_p(doc.info.country)} - mission record ({m.status})",
        f"  type         {m.mission_type or '-'}",
        f"  dates        {dates}",
        f"  host         {_p(m.host) or '-'}",
        f"  marking      {_p(m.marking) or '-'}",
    ]
    if m.limitations:
        limitations = printable(m.limitations, keep_newlines=True).split("\n")
        lines.append("  limitations  " + limitations[0])
        lines.extend("               " + line for line in limitations[1:])
    team = doc.team()
    lines.append(f"team ({len(team)}):" if team else "team: none recorded")
    for member in team:
        detail = ", ".join(_p(x) for x in (member.role, member.organisation) if x)
        lines.append(f"  {member.id:>3}  {_p(member.name)}" + (f" - {detail}" if detail else ""))
    consulted, documents = doc.consulted(), doc.reviewed_documents()
    lines.append(f"consulted: {len(consulted)} (list them with 'cyberassess consulted PATH')")
    lines.append(f"documents reviewed ({len(documents)}):" if documents else "documents reviewed: none recorded")
    for d in documents:
        extra = ", ".join(
            x for x in (_p(d.issuer), d.date or "", f"evidence {d.evidence_id}" if d.evidence_id else "") if x
        )
        lines.append(f"  {d.id:>3}  {_p(d.title)}" + (f" ({extra})" if extra else ""))
    return lines


def consulted_line(entry: ConsultedEntry) -> str:
    who = ", ".join(_p(x) for x in (entry.name, entry.role) if x)
    when = ", ".join(x for x in (entry.date or "", _p(entry.place)) if x)
    return f"  {entry.id:>3}  {_p(entry.institution)}" + (f" - {who}" if who else "") + (f" ({when})" if when else "")


def action_lines(action: Action) -> list[str]:
    rank = f"{action.priority}." if action.priority is not None else "-"
    lines = [f"{rank:>4} [{action.id}] {_p(action.title)}"]
    details = [
        ("indicators", ", ".join(action.indicator_ids)),
        ("owner", _p(action.owner)),
        ("partners", _p(action.partners)),
        ("horizon", action.horizon or ""),
        ("effort", action.effort or ""),
        (
            "cost",
            f"{action.cost_amount:,.0f} {_p(action.cost_currency)}".strip() if action.cost_amount is not None else "",
        ),
        ("status", action.status),
    ]
    lines.append("       " + "; ".join(f"{k} {v}" for k, v in details if v))
    if action.notes:
        notes = printable(action.notes, keep_newlines=True).split("\n")
        lines.append("       notes: " + notes[0])
        lines.extend("              " + line for line in notes[1:])
    return lines


def _cost(action: Action) -> str:
    if action.cost_amount is None:
        return ""
    return f"{action.cost_amount:,.0f} {_p(action.cost_currency)}".strip()


def treaty_lines(doc: Assessment, instrument: str | None) -> list[str]:
    lines: list[str] = []
    current = None
    for provision, entry in treaty_rows(doc):
        if instrument and provision.instrument != instrument and provision.key.split(":")[0] != instrument:
            continue
        if provision.instrument != current:
            current = provision.instrument
            lines.append(tr(doc.framework.instrument(current).name) if _known(doc, current) else current)
        compliance = entry.compliance if entry else "not-assessed"
        article = f"Art. {provision.article}" if provision.article else ""
        lines.append(f"  {provision.key:<16} {compliance:<13} {article:<9} {_p(provision.title)[:60]}")
        if entry and entry.national_provision:
            lines.append(f"  {'':<16} national: {_p(entry.national_provision)}")
        if entry and entry.note:
            lines.append(f"  {'':<16} note: {_p(entry.note)}")
    return lines


def _known(doc: Assessment, instrument: str) -> bool:
    return any(i.id == instrument for i in doc.framework.instruments)
