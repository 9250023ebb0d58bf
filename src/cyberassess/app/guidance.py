"""The guidance panel's text for one indicator: guidance, documents, interviews, treaty references.

Plain local HTML for a QTextBrowser (no network, no remote resources), built from the framework.
A treaty reference links to its article view on the Library page (``treaty:budapest:16``, see
:mod:`.links`), which links on to the provision's row of the Treaty table; "Good practice" links
to the toolkit chapters serving the indicator (``toolkit:preservation-orders``).
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from ..review.treaty import provision_key
from .qt import QCoreApplication

if TYPE_CHECKING:
    from ..framework import Indicator
    from .session import DocumentSession


# language -> indicator id -> the toolkit chapters serving it, as (id, title): filled by load_good_practice
_GOOD_PRACTICE: dict[str, dict[str, list[tuple[str, str]]]] = {}


def good_practice_ready(language: str) -> bool:
    return language in _GOOD_PRACTICE


def load_good_practice(language: str) -> None:
    """Read the toolkit chapters for the guidance panel's "Good practice" links (any thread).

    Reading and checking the chapter files takes a few hundred milliseconds, so the indicator page
    does it in the background once the window is painted; until then the panel has no such links.
    """
    from ..library.toolkit import chapters

    serving: dict[str, list[tuple[str, str]]] = {}
    for chapter in chapters(language):
        for indicator_id in chapter.indicators:
            serving.setdefault(indicator_id, []).append((chapter.id, chapter.title))
    _GOOD_PRACTICE[language] = serving


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
    chapters = _GOOD_PRACTICE.get(session.language, {}).get(indicator.id, [])
    if chapters:
        heading = QCoreApplication.translate("Guidance", "Good practice")
        links = "".join(f'<li><a href="toolkit:{escape(cid)}">{escape(title)}</a></li>' for cid, title in chapters)
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
