"""Annexes A to C: treaty alignment, institutions and persons consulted, documents reviewed."""

from __future__ import annotations

import re

from ...framework.instruments import applied
from ..model import Block, Cell, Heading, PageBreak, Paragraph, Section
from .context import Words, cell

COMPLIANCE_TINT = {"full": 4, "partial": 3, "none": 1}


def _short_answer(w: Words, indicator_id: str) -> str:
    value = w.value(indicator_id)
    if isinstance(value, int):
        return str(value)
    return {"na": w.t("n/a"), "unknown": w.t("unknown")}.get(str(value), w.t("not rated"))


def treaty_annex(w: Words) -> Section:
    t = w.t
    entries = w.data.review.treaty
    blocks: list[Block] = [Heading(t("Annex A. Treaty alignment"), 1, "annex-treaties")]
    blocks.append(
        Paragraph(
            t(
                "Each provision of the international instruments the framework cites, article by article, with "
                "the national provision that implements it and the review team's judgement of compliance: full, "
                "partial or none. The indicators column gives the stage of each indicator that reflects the "
                "provision."
            )
        )
    )
    all_provisions = w.data.review.provisions
    chosen = applied(w.fw, w.data.info.instruments)
    cited = {ref.instrument for ind in w.fw.indicators() for ref in ind.references}
    if cited - set(chosen):  # some instruments the framework cites do not apply: say which ones do
        names = t(", ").join(w.instrument_short(i) for i in chosen if i in cited) or "–"
        blocks.append(
            Paragraph(
                t(
                    "Only the instruments that apply to {country} are shown: {instruments}.",
                    country=w.data.info.country,
                    instruments=names,
                ),
                "note",
            )
        )
    assessed = sum(1 for p in all_provisions if p.key in entries and entries[p.key].compliance != "not-assessed")
    if assessed == 0:
        blocks.append(
            Paragraph(
                t(
                    "The review team has not yet recorded the national provisions and compliance for these "
                    "articles; until it does, only the related indicators' stages are shown."
                ),
                "note",
            )
        )
    header = [
        (t("Article"), 0.9, "id"),
        (t("Provision"), 2.6, "text"),
        (t("National provision"), 2.6, "text"),
        (t("Compliance"), 1.4, "status"),
        (t("Indicators (stage)"), 1.9, "text"),
    ]
    for inst in w.fw.instruments:
        group = [p for p in all_provisions if p.instrument == inst.id]
        if not group:
            continue
        blocks.append(Heading(w.instrument_short(inst.id), 2, f"annex-treaties-{inst.id}"))
        blocks.append(Paragraph(w.instrument_name(inst.id), "note"))
        rows = []
        for p in group:
            entry = entries.get(p.key)
            compliance = entry.compliance if entry is not None else "not-assessed"
            national = entry.national_provision.strip() if entry is not None else ""
            note = entry.note.strip() if entry is not None else ""
            article = t("Art. {article}", article=p.article) if p.article else "–"
            title = p.title_in(w.lang)
            if p.paragraphs:
                shown = [re.sub(r"^\((\d+)\)", r"\1", paragraph) for paragraph in p.paragraphs]  # (3)(a) -> 3(a)
                if len(shown) == 1:
                    title = t("{title} (paragraph {paragraph})", title=title, paragraph=shown[0])
                else:
                    title = t("{title} (paragraphs {paragraphs})", title=title, paragraphs=t(", ").join(shown))
            rows.append(
                (
                    cell(article, style="bold"),
                    cell(title),
                    Cell(national or "–", user=bool(national), note=note),
                    cell(w.compliance(compliance), stage=COMPLIANCE_TINT.get(compliance, 0)),
                    cell(t(", ").join(t("{id} ({answer})", id=i, answer=_short_answer(w, i)) for i in p.indicator_ids)),
                )
            )
        blocks.append(w.table(header, rows))
    blocks.append(PageBreak())
    return Section("annex-treaties", tuple(blocks))


def consulted_annex(w: Words) -> Section:
    t = w.t
    people = w.data.review.consulted
    blocks: list[Block] = [Heading(t("Annex B. Institutions and persons consulted"), 1, "annex-consulted")]
    if people:
        rows = [
            (
                Cell(p.institution, style="bold", user=True),
                Cell(p.name, user=True),
                Cell(p.role, user=True),
                cell(w.date(p.date)),
                Cell(p.place, user=True),
            )
            for p in sorted(people, key=lambda p: (p.date or "", p.institution.casefold()))
        ]
        header = [
            (t("Institution"), 2.6, "text"),
            (t("Name"), 2.0, "text"),
            (t("Role"), 2.0, "text"),
            (t("Date"), 1.3, "date"),
            (t("Place"), 1.4, "text"),
        ]
        blocks.append(w.table(header, rows))
    else:
        blocks.append(
            Paragraph(
                t(
                    "No consultation is recorded. A review whose ratings rest on no recorded interview cannot show "
                    "whose information it reflects; record the meetings before the report is validated."
                ),
                "note",
            )
        )
    return Section("annex-consulted", tuple(blocks))


def documents_annex(w: Words) -> Section:
    t = w.t
    documents = w.data.review.documents
    blocks: list[Block] = [Heading(t("Annex C. Documents reviewed"), 1, "annex-documents")]
    if documents:
        names = {e.id: e.file_name for e in w.data.evidence}
        rows = [
            (
                Cell(doc.title, style="bold", user=True),
                Cell(doc.issuer, user=True),
                cell(w.date(doc.date)),
                Cell(names.get(doc.evidence_id, "–") if doc.evidence_id is not None else "–", user=True),
            )
            for doc in documents
        ]
        header = [
            (t("Title"), 3.4, "text"),
            (t("Issuer"), 2.2, "text"),
            (t("Date"), 1.3, "date"),
            (t("Evidence file"), 2.2, "text"),
        ]
        blocks.append(w.table(header, rows))
    else:
        blocks.append(
            Paragraph(
                t(
                    "No document is recorded as reviewed. The evidence files attached to the indicators are listed "
                    "in Annex D."
                ),
                "note",
            )
        )
    blocks.append(PageBreak())
    return Section("annex-documents", tuple(blocks))
