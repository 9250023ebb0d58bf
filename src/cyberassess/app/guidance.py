"""The guidance panel's text for one indicator: guidance, documents, interviews, treaty references.

The references are those to the instruments that apply to the assessment's country.

Plain local HTML for a QTextBrowser (no network, no remote resources), built from the framework.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from ..review.treaty import provision_key
from .qt import QCoreApplication

if TYPE_CHECKING:
    from ..framework import Indicator
    from .session import DocumentSession


def _section(title: str, body: str) -> str:
    return f"<h3>{escape(title)}</h3><p>{escape(body)}</p>" if body else ""


def guidance_html(session: DocumentSession, indicator: Indicator, level: int | None) -> str:
    text = session.text
    parts = [
        _section(QCoreApplication.translate("Guidance", "Guidance"), text(indicator.guidance)),
        _section(QCoreApplication.translate("Guidance", "Documents to review"), text(indicator.documents)),
        _section(QCoreApplication.translate("Guidance", "Whom to interview"), text(indicator.interviews)),
    ]
    chosen = set(session.instruments)
    references = [ref for ref in indicator.references if ref.instrument in chosen]  # those that apply
    if references:
        items = []
        for ref in references:
            try:
                name = text(session.framework.instrument(ref.instrument).short)
            except StopIteration:
                name = ref.instrument
            article = QCoreApplication.translate("Guidance", "Art. {n}").format(n=ref.article) if ref.article else ""
            provision = text(ref.provision) if ref.provision else ""
            detail = " — ".join(p for p in (article, provision) if p)
            key = provision_key(ref.instrument, ref.article, (ref.provision or {}).get("en", ""))[0]
            rest = ": " + escape(detail) if detail else ""
            items.append(f'<li><a href="treaty:{escape(key)}"><b>{escape(name)}</b></a>{rest}</li>')
        heading = QCoreApplication.translate("Guidance", "Treaty references (open one in the treaty table)")
        parts.append(f"<h3>{escape(heading)}</h3><ul>{''.join(items)}</ul>")
    if level is not None and level in indicator.recommendations:
        stage = text(session.framework.stage(level).label)
        parts.append(
            _section(
                QCoreApplication.translate("Guidance", "Next step from {stage}").format(stage=stage),
                text(indicator.recommendations[level]),
            )
        )
        add = QCoreApplication.translate("Guidance", "Add this step to the action plan")
        parts.append(f'<p><a href="plan:{escape(indicator.id)}">{escape(add)}</a></p>')
    return "".join(parts)
