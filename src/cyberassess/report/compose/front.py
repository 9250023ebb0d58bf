"""The cover, the running header and footer, the document metadata and the front matter."""

from __future__ import annotations

from ...framework.instruments import applied
from ...safetext import printable
from ..keys import format_fingerprint
from ..model import (
    Block,
    Cell,
    Contents,
    Cover,
    Figures,
    Heading,
    KeyValues,
    Metadata,
    PageBreak,
    Paragraph,
    Running,
    Section,
)
from .context import Words, cell
from .prose import narrative_blocks

MISSION_TYPES = ("self-assessment", "peer-review", "ncr-mission", "follow-up")


def mission_type(w: Words) -> str:
    mission = w.data.review.mission
    names = {
        "self-assessment": w.t("Self-assessment"),
        "peer-review": w.t("Peer review"),
        "ncr-mission": w.t("National Cyber Review mission"),
        "follow-up": w.t("Follow-up review"),
    }
    if mission is None or mission.mission_type is None:
        return ""
    return names.get(mission.mission_type, mission.mission_type)


def mission_dates(w: Words) -> str:
    """The mission's dates from the review record ("" when they are not recorded)."""
    mission = w.data.review.mission
    if mission is None or not mission.start_date:
        return ""
    if not mission.end_date or mission.end_date == mission.start_date:
        return w.date(mission.start_date, "long")
    return w.t("{start} to {end}", start=w.date(mission.start_date, "long"), end=w.date(mission.end_date, "long"))


def marking(w: Words) -> str:
    mission = w.data.review.mission
    return mission.marking.strip() if mission is not None else ""


def status(w: Words) -> str:
    return w.t("Draft") if w.data.review.draft else w.t("Final")


def team_names(w: Words) -> list[str]:
    """The review team (from the record), else the assessors who answered."""
    if w.data.review.team:
        return [m.name for m in w.data.review.team]
    return list(w.data.info.assessors)


def title_line(w: Words) -> str:
    info = w.data.info
    if info.mission:
        return w.t("{country}: {mission}", country=info.country, mission=info.mission)
    return info.country


def overall_figures(w: Words) -> Figures:
    card = w.data.card
    return Figures(
        (
            (w.num(card.score), w.t("Overall score (1 to 5)")),
            (w.stage_label(card.stage), w.t("Overall stage")),
            (w.stage_label(card.target_stage), w.t("Target stage")),
            (w.pct(card.coverage), w.t("Coverage of applicable indicators")),
        )
    )


def cover(w: Words) -> Cover:
    d, t = w.data, w.t
    info = d.info
    dates = mission_dates(w) or t("Not recorded in the mission record")
    if d.signer is not None:
        name = d.signer.name
        if d.signer.organisation:
            name = t("{name} ({organisation})", name=name, organisation=d.signer.organisation)
        signature = Cell(t("Digitally signed by {name}", name=name), user=True)
    else:
        signature = Cell(t("Not signed: this copy carries no digital signature"), style="bold")
    rows: list[tuple[str, Cell]] = []
    if kind := mission_type(w):
        rows.append((t("Mission"), cell(kind)))
    rows.append((t("Mission dates"), cell(dates)))
    mission = d.review.mission
    if mission is not None and mission.host.strip():
        rows.append((t("Host institution"), Cell(mission.host, user=True)))
    rows += [
        (t("Review team"), Cell(", ".join(team_names(w)) or "–", user=True)),
        (t("Status"), cell(status(w), style="bold")),
        (t("Confidentiality"), cell(marking(w) or t("No marking recorded"))),
        (t("Report date"), cell(w.date(d.generated_at, "long"))),
        (t("File identifier"), cell(info.file_uuid, style="mono")),
        (t("Signature"), signature),
    ]
    warning = ""
    if d.signer is None:
        warning = t(
            "Anyone could have changed an unsigned report. Ask the assessors for a signed copy before relying on it."
        )
    return Cover(
        band_title=w.tr(w.fw.name),
        band_subtitle=t("Framework version {version}", version=w.fw.version),
        kind=t("Draft report") if d.review.draft else t("Final report"),
        country=info.country,
        mission=info.mission,
        tagline=t("Assessment of the national capacity to fight cybercrime: findings and recommendations"),
        details=KeyValues(tuple(rows)),
        figures=overall_figures(w),
        warning=warning,
        marking=t(" \u00b7 ").join(p for p in (t("DRAFT") if d.review.draft else "", marking(w)) if p),
        produced=t("Produced with CyberAssess {version} on {date}", version=d.app_version, date=w.date(d.generated_at)),
    )


def running(w: Words) -> Running:
    d, t = w.data, w.t
    watermark = t("DRAFT") if d.review.draft else ""
    state = t("Not signed") if d.signer is None else ""
    head_end = t(" · ").join(p for p in (watermark, marking(w), state) if p) or t("National Cyber Review report")
    return Running(
        head=title_line(w),
        head_end=head_end,
        foot_lines=(
            t("File {uuid}", uuid=d.info.file_uuid),
            t("Framework {id} version {version}", id=w.fw.id, version=w.fw.version),
        ),
        page_of=t("Page {page} of {total}", page="{page}", total="{total}"),
        watermark=watermark,
        marking=marking(w),
    )


def metadata(w: Words) -> Metadata:
    d, t = w.data, w.t
    return Metadata(
        title=printable(t("{title}. National Cyber Review report", title=title_line(w))),
        author=printable(", ".join(team_names(w)) or (d.signer.name if d.signer else "")),
        subject=t("Assessment of the national capacity to fight cybercrime: findings and recommendations"),
        keywords=f"cybercrime, {w.fw.id} {w.fw.version}, {d.info.file_uuid}",
        creator=f"CyberAssess {d.app_version}",
    )


def front_matter(w: Words) -> Section:
    """Disclaimer, acknowledgements, abbreviations and the contents."""
    t, d = w.t, w.data
    blocks: list[Block] = [Heading(t("About this report"), 1, "front")]
    blocks.append(Heading(t("Disclaimer"), 2))
    blocks.append(
        Paragraph(
            t(
                "This report was prepared by the review team named in the methodology on the basis of the "
                "information made available to it. The findings and recommendations are the team's own and do "
                "not necessarily reflect the views of the institutions consulted. It documents where national "
                "capacity to fight cybercrime falls short and must be handled according to its marking."
            )
        )
    )
    if d.review.draft:
        blocks.append(
            Paragraph(
                t(
                    "This is a draft for comment. Its findings may change before the final version is validated; "
                    "do not quote or distribute it beyond the institutions asked to comment."
                ),
                "warning",
            )
        )
    blocks.append(Heading(t("Acknowledgements"), 2))
    text = d.review.narratives.get("acknowledgements", "")
    if text:
        blocks += narrative_blocks(text)
    else:
        blocks.append(
            Paragraph(
                t(
                    "The review team thanks the institutions and persons who gave their time and information "
                    "for this assessment; they are listed in Annex B."
                )
            )
        )
    blocks.append(Heading(t("Abbreviations"), 2))
    rows: list[tuple[Cell, ...]] = []
    used = {ref.instrument for dim in w.fw.dimensions for ind in dim.indicators() for ref in ind.references}
    used &= set(applied(w.fw, w.data.info.instruments))  # the instruments that apply to the country
    for inst in w.fw.instruments:
        if inst.id in used:
            rows.append((cell(w.tr(inst.short), style="bold"), cell(w.tr(inst.name))))
    for dim in w.fw.dimensions:
        rows.append((cell(dim.id, style="bold"), cell(w.dimension_title(dim))))
    rows.append((cell("PAdES", style="bold"), cell(t("PDF Advanced Electronic Signatures"))))
    rows.append((cell("SHA-256", style="bold"), cell(t("Secure Hash Algorithm, 256 bits: a file's fingerprint"))))
    blocks.append(w.table([(t("Abbreviation"), 1.2, "stage"), (t("Meaning"), 4.0, "text")], rows))
    blocks.append(PageBreak())
    blocks.append(Contents(t("Contents")))
    blocks.append(PageBreak())
    return Section("front", tuple(blocks))


def fingerprint(value: str) -> str:
    return format_fingerprint(value)
