"""The guidance panel's text for one indicator: guidance, documents, interviews, treaty references.

Plain local HTML for a QTextBrowser (no network, no remote resources), built from the framework.
A treaty reference links to its article view on the Library page (``treaty:budapest:16``, see
:mod:`.links`), which links on to the provision's row of the Treaty table; "Good practice" links
to the toolkit chapters serving the indicator (``toolkit:preservation-orders``).
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from ..library.toolkit import chapters_for_indicator
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
            key = provision_key(ref.instrument, ref.article, (ref.provision or {}).get("en", ""))[0]
            rest = ": " + escape(detail) if detail else ""
            items.append(f'<li><a href="treaty:{escape(key)}"><b>{escape(name)}</b></a>{rest}</li>')
        heading = QCoreApplication.translate("Guidance", "Treaty references (open one to read the article)")
        parts.append(f"<h3>{escape(heading)}</h3><ul>{''.join(items)}</ul>")
    chapters = chapters_for_indicator(indicator.id, session.language)
    if chapters:
        heading = QCoreApplication.translate("Guidance", "Good practice")
        links = "".join(f'<li><a href="toolkit:{escape(c.id)}">{escape(c.title)}</a></li>' for c in chapters)
        parts.append(f"<h3>{escape(heading)}</h3><ul>{links}</ul>")
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
