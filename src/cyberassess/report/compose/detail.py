"""Annexes D and E: every indicator's justification and evidence; the change history and disagreements."""

from __future__ import annotations

from collections import Counter, defaultdict

from ..model import Block, Cell, Heading, KeyValues, PageBreak, Paragraph, Section
from .context import Words, cell

LONG_CELL = 1200  # characters of justification beyond which a table row may have to split across pages
RECENT_EXPORTS = 25


def _size(w: Words, size: int) -> str:
    if size < 1024:
        return w.t("{n} bytes", n=size)
    if size < 1024 * 1024:
        return w.t("{n} KB", n=w.num(size / 1024, 1))
    return w.t("{n} MB", n=w.num(size / 1024 / 1024, 1))


def indicator_annex(w: Words) -> Section:
    t, d = w.t, w.data
    blocks: list[Block] = [Heading(t("Annex D. Indicator detail"), 1, "annex-detail")]
    blocks.append(
        Paragraph(
            t(
                "Every indicator with its stage, the assessors' justification, who gave it and when, the "
                "confidence in the evidence, and the evidence files kept in the assessment file (each SHA-256 "
                "identifies the exact content that was reviewed)."
            )
        )
    )
    header = [
        (t("Indicator"), 1.0, "id"),
        (t("Stage"), 1.5, "stage"),
        (t("Justification"), 5.6, "text"),
        (t("Confidence"), 1.2, "status"),
    ]
    for dim in w.fw.dimensions:
        blocks.append(Heading(w.dimension_title(dim), 2, f"annex-detail-{dim.id}"))
        rows = []
        longest = 0
        for ind in dim.indicators():
            answer = w.answer(ind.id)
            value = answer.value if answer is not None else None
            text = answer.justification.strip() if answer is not None else ""
            longest = max(longest, len(text))
            note = ""
            if answer is not None and answer.assessor:
                note = t("{assessor} · {date}", assessor=answer.assessor, date=w.date(answer.updated_at))
            rows.append(
                (
                    cell(ind.id, style="bold"),
                    cell(w.answer_text(value), style="bold", stage=value if isinstance(value, int) else 0),
                    Cell(text, user=True, note=note)
                    if text
                    else cell(t("No justification recorded."), style="small", note=note),
                    cell(w.confidence(answer.confidence if answer else None)),
                )
            )
        blocks.append(w.table(header, rows, split_rows=longest > LONG_CELL))
        files = [e for e in d.evidence if w.fw.dimension_of(e.indicator_id).id == dim.id]
        if files:
            evidence_rows = [
                (
                    cell(e.indicator_id, style="bold"),
                    Cell(e.file_name, user=True, note=f"{_size(w, e.size)}, {e.mime_type}"),
                    cell(f"{e.sha256[:32]}\n{e.sha256[32:]}", style="mono"),
                    cell(t("{assessor} · {date}", assessor=e.added_by, date=w.date(e.added_at)), style="small"),
                )
                for e in files
            ]
            evidence_header = [
                (t("Indicator"), 1.0, "id"),
                (t("File"), 3.2, "text"),
                (t("SHA-256"), 3.3, "mono"),
                (t("Added"), 1.9, "text"),
            ]
            blocks.append(w.table(evidence_header, evidence_rows, caption=t("Evidence files")))
    blocks.append(PageBreak())
    return Section("annex-detail", tuple(blocks))


def history_annex(w: Words) -> Section:
    t, d = w.t, w.data
    blocks: list[Block] = [Heading(t("Annex E. Change history and assessor disagreements"), 1, "annex-history")]
    blocks.append(
        Paragraph(
            t(
                "The assessment file keeps an append-only record of every change: who changed what, and when. "
                "This annex summarises it; the full record stays in the file."
            )
        )
    )
    changes = [h for h in d.history if not h.action.startswith("export-")]
    counts = Counter(h.action for h in changes)
    first = changes[0].at if changes else d.info.created_at
    last = changes[-1].at if changes else d.info.modified_at
    review_changes = sum(
        n
        for action, n in counts.items()
        if action not in ("answer", "evidence-add", "evidence-remove", "details", "create")
    )
    rows: list[tuple[str, Cell]] = [
        (t("Recorded changes"), cell(len(changes))),
        (t("Period"), cell(t("{start} to {end}", start=w.date(first), end=w.date(last)))),
        (t("Answers saved or changed"), cell(counts.get("answer", 0))),
        (
            t("Evidence files added / removed"),
            cell(
                t("{added} / {removed}", added=counts.get("evidence-add", 0), removed=counts.get("evidence-remove", 0))
            ),
        ),
        (t("Changes to the assessment details"), cell(counts.get("details", 0))),
        (t("Changes to the review record"), cell(review_changes)),
        (t("Reports and matrices exported before this one"), cell(len(d.reports))),
    ]
    if d.merged_sources:
        rows.append((t("Assessors' files merged"), Cell(t(", ").join(d.merged_sources), user=True)))
    blocks.append(KeyValues(tuple(rows)))

    blocks.append(Heading(t("Changes by assessor"), 2, "annex-history-assessors"))
    per: dict[str, list[str]] = defaultdict(list)
    for h in changes:
        per[h.assessor or t("(not recorded)")].append(h.at)
    assessor_rows = [
        (Cell(name, user=True), cell(len(stamps)), cell(w.date(min(stamps))), cell(w.date(max(stamps))))
        for name, stamps in sorted(per.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    ]
    blocks.append(
        w.table(
            [
                (t("Assessor"), 3.0, "text"),
                (t("Changes"), 1.2, "number"),
                (t("First change"), 1.6, "date"),
                (t("Last change"), 1.6, "date"),
            ],
            assessor_rows,
        )
    )

    blocks.append(Heading(t("Disagreements between assessors"), 2, "annex-history-disagreements"))
    if d.disagreements:
        blocks.append(
            Paragraph(
                t(
                    "Indicators where the merged assessors' stages differ by two stages or more, or where one "
                    "answered unknown while another gave a stage."
                )
            )
        )
        dis_rows = [
            (
                cell(dis.indicator_id, style="bold"),
                Cell(
                    t("; ").join(
                        t("{assessor}: {answer}", assessor=a, answer=w.answer_text(v)) for a, v in dis.answers
                    ),
                    user=True,
                ),
            )
            for dis in d.disagreements
        ]
        blocks.append(w.table([(t("Indicator"), 1.0, "id"), (t("Answers"), 6.0, "text")], dis_rows))
    else:
        blocks.append(
            Paragraph(
                t(
                    "No disagreement: either a single assessor rated the indicators, or the merged assessors' "
                    "stages never differ by two stages or more."
                ),
                "note",
            )
        )

    blocks.append(Heading(t("Earlier exports"), 2, "annex-history-exports"))
    if d.reports:
        export_rows = [
            (
                cell(w.date(rep.at)),
                cell(rep.kind.upper()),
                Cell(rep.file_name, user=True),
                cell(rep.sha256[:16], style="mono"),
                Cell(rep.signer, user=True) if rep.signer else cell(t("unsigned")),
            )
            for rep in d.reports[-RECENT_EXPORTS:]
        ]
        header = [
            (t("Date"), 1.5, "date"),
            (t("Kind"), 0.8, "id"),
            (t("File"), 3.0, "text"),
            (t("SHA-256 (start)"), 2.1, "mono"),
            (t("Signed by"), 2.0, "text"),
        ]
        blocks.append(w.table(header, export_rows))
        if len(d.reports) > RECENT_EXPORTS:
            blocks.append(Paragraph(t("Only the 25 most recent exports are shown."), "note"))
    else:
        blocks.append(Paragraph(t("This is the first report exported from this assessment."), "note"))
    blocks.append(PageBreak())
    return Section("annex-history", tuple(blocks))


def retired_answer_text(w: Words, value: str | None) -> str:
    """A stored answer of a retired indicator ("3", "na", "unknown" or None) in the report's words."""
    if value is not None and value.isdigit():
        return w.answer_text(int(value))
    return w.answer_text("na" if value == "na" else "unknown" if value == "unknown" else None)


def retired_annex(w: Words) -> Section | None:
    """Annex F: answers to indicators a framework upgrade took out; None when there are none (issue #18)."""
    t, retired = w.t, w.data.retired
    if not retired:
        return None
    versions = t(", ").join(dict.fromkeys(r.framework_version for r in retired))
    blocks: list[Block] = [
        Heading(t("Annex F. Answers to indicators no longer in the framework"), 1, "annex-retired"),
        Paragraph(
            t(
                "When this assessment moved to version {version} of the framework, some indicators of version "
                "{old} were retired, merged into others or split. The answers given to them are kept here as they "
                "were, with the question they answered, for the record: they are no longer scored. Where an indicator "
                "was merged or split, its answer was proposed on the new indicators for the assessors to confirm.",
                version=w.fw.version,
                old=versions,
            )
        ),
    ]
    rows = []
    for r in retired:
        note = t("{assessor} · {date}", assessor=r.assessor, date=w.date(r.updated_at)) if r.assessor else ""
        text = r.justification.strip()
        rows.append(
            (
                cell(r.indicator_id, style="bold", note=t("version {version}", version=r.framework_version)),
                Cell(r.question, user=True),
                cell(retired_answer_text(w, r.value), style="bold", stage=r.level or 0),
                Cell(text, user=True, note=note)
                if text
                else cell(t("No justification recorded."), style="small", note=note),
            )
        )
    header = [
        (t("Indicator"), 1.1, "id"),
        (t("Question"), 3.2, "text"),
        (t("Stage"), 1.3, "stage"),
        (t("Justification"), 4.0, "text"),
    ]
    blocks.append(w.table(header, rows, split_rows=any(len(r.justification) > LONG_CELL for r in retired)))
    blocks.append(PageBreak())
    return Section("annex-retired", tuple(blocks))
