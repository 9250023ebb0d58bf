"""Where a link in the window leads: guidance panel, Library results and the article view.

=================== ================================================================
``treaty:KEY``      the article view of a provision, on the Library page (guidance panel)
``article:KEY``     the same (Library page)
``treatytable:KEY`` the Treaty table, on that provision's row
``indicator:ID``    the indicator page
``evidence:ID``     the indicator page of that evidence file, the file selected
``narrative:S``     the Findings page, on that section
``toolkit:ID``      a toolkit chapter, on the Library page (guidance panel: "Good practice")
``plan:ID``         add the indicator's next step to the action plan (guidance panel)
=================== ================================================================
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .qt import QCoreApplication

if TYPE_CHECKING:
    from .main_window import MainWindow


def follow(window: MainWindow, link: str) -> None:
    kind, _, target = link.partition(":")
    session = window.session
    if session is None:
        return
    if kind in ("treaty", "article"):
        window.show_provision(target)
    elif kind == "toolkit":
        window.show_page("library")
        page = window.pages_made.get("library")
        if page is not None:
            page.show_chapter(target)
    elif kind == "treatytable":
        window.show_page("treaty")
        page = window.pages_made.get("treaty")
        if page is not None:
            page.show_provision(target)
    elif kind == "indicator":
        window.go_to(target, focus=True)
    elif kind == "evidence" and target.isdigit():
        show_evidence(window, int(target))
    elif kind == "narrative":
        window.show_page("findings")
        page = window.pages_made.get("findings")
        if page is not None:
            page.choose_section(target)
    elif kind == "plan" and not session.read_only and session.review.add_indicator_action(target) is not None:
        session.show_status(
            QCoreApplication.translate("MainWindow", "Added to the action plan: {id}").format(id=target)
        )


def show_evidence(window: MainWindow, evidence_id: int) -> bool:
    """The indicator page of an evidence file, with that file selected in its list."""
    session = window.session
    if session is None:
        return False
    for indicator_id in session.order:
        if any(record.id == evidence_id for record in session.evidence(indicator_id)):
            if not window.go_to(indicator_id):
                return False
            return window.page.select_evidence(evidence_id)
    return False
