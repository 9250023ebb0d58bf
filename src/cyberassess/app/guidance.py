"""The guidance panel's text for one indicator: guidance, documents, interviews, treaty references.

Plain local HTML for a QTextBrowser (no network, no remote resources), built from the framework.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

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
    if indicator.references:
        items = []
        for ref in indicator.references:
            try:
                name = text(session.framework.instrument(ref.instrument).short)
            except StopIteration:
                name = ref.instrument
            article = QCoreApplication.translate("Guidance", "Art. {n}").format(n=ref.article) if ref.article else ""
            provision = text(ref.provision) if ref.provision else ""
            detail = " — ".join(p for p in (article, provision) if p)
            items.append(f"<li><b>{escape(name)}</b>{': ' + escape(detail) if detail else ''}</li>")
        heading = QCoreApplication.translate("Guidance", "Treaty references")
        parts.append(f"<h3>{escape(heading)}</h3><ul>{''.join(items)}</ul>")
    if level is not None and level in indicator.recommendations:
        stage = text(session.framework.stage(level).label)
        parts.append(
            _section(
                QCoreApplication.translate("Guidance", "Next step from {stage}").format(stage=stage),
                text(indicator.recommendations[level]),
            )
        )
    return "".join(parts)
