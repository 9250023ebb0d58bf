"""Build the report model of an assessment: every section, in the order a review team's report has.

Cover; front matter (disclaimer, acknowledgements, abbreviations, contents); executive summary;
1 introduction and country context; 2 methodology; 3 findings by dimension; 4 recommendations and
action plan; annexes A treaty alignment, B institutions and persons consulted, C documents
reviewed, D indicator detail, E change history and disagreements, F (when there are any) answers
to indicators no longer in the framework; sign-off and authentication.

A follow-up (an assessment linked to its baseline) has a chapter 4 "Progress since the baseline"
between the findings and the recommendations, which become chapter 5 (:mod:`.progress`).
"""

from __future__ import annotations

from ..data import ReportData
from ..model import Report
from .annexes import consulted_annex, documents_annex, treaty_annex
from .context import Words
from .detail import history_annex, indicator_annex, retired_annex
from .findings import findings
from .front import cover, front_matter, metadata, running
from .method import introduction, methodology
from .plan import action_plan
from .progress import progress_chapter
from .signoff import sign_off
from .summary import executive_summary


def build_report(data: ReportData, language: str) -> Report:
    """The report of ``data`` in ``language``: all wording decided here, none in the renderers."""
    w = Words(data, language)
    optional = {"progress": progress_chapter(w), "retired": retired_annex(w)}
    sections = [
        front_matter(w),
        executive_summary(w),
        introduction(w),
        methodology(w),
        *findings(w),
        optional["progress"],
        action_plan(w),
        treaty_annex(w),
        consulted_annex(w),
        documents_annex(w),
        indicator_annex(w),
        history_annex(w),
        optional["retired"],
        sign_off(w),
    ]
    return Report(
        language=w.lang,
        rtl=w.rtl,
        metadata=metadata(w),
        cover=cover(w),
        running=running(w),
        sections=tuple(s for s in sections if s is not None),
        signed=data.signer is not None,
        laying_out=w.t("Laying out page {page}", page="{page}"),
    )


__all__ = ["build_report"]
