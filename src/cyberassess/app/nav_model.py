"""The navigation tree: dimensions → sections → indicators, each with its completion state.

In a follow-up, an answer carried over from the baseline and not yet confirmed has its own icon
(:data:`CARRIED_ICON`, a dashed blue ring) and says so in its tooltip and accessible text; it is not
counted as answered in its section's and dimension's completion until it is confirmed or changed.

:class:`NavModel` mirrors the framework and the session's saved answers; :class:`NavFilter` narrows
it by text (id, question, guidance, references) and by state (not answered, low confidence …).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from . import session as st
from .qt import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStandardItem,
    QStandardItemModel,
    Qt,
)
from .uikit import icon

if TYPE_CHECKING:
    from .session import DocumentSession

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
STATE_ROLE = Qt.ItemDataRole.UserRole + 4
CONFIDENCE_ROLE = Qt.ItemDataRole.UserRole + 5
TO_CONFIRM_ROLE = Qt.ItemDataRole.UserRole + 6  # a follow-up's answer carried over, not yet confirmed

DIMENSION, SECTION, INDICATOR = "dimension", "section", "indicator"
STATE_ICONS = {
    st.UNANSWERED: "state-empty",
    st.NOTE: "state-note",
    st.RATED: "state-done",
    st.NOT_APPLICABLE: "state-na",
    st.UNKNOWN: "state-unknown",
}
CARRIED_ICON = "state-confirm"  # a follow-up's answer carried over from the baseline, still to confirm
FILTERS = ("all", "unanswered", "answered", "unknown", "na", "low", "confirm")


class NavModel(QStandardItemModel):
    def __init__(self, session: DocumentSession, parent: QObject | None = None) -> None:
        super().__init__(0, 2, parent)
        self.session = session
        self.setHorizontalHeaderLabels([self.tr("Indicator"), self.tr("Answer")])
        self._items: dict[str, tuple[QStandardItem, QStandardItem]] = {}
        self._children: dict[str, list[str]] = {}
        text = session.text
        for dim in session.framework.dimensions:
            dim_row = self._row(dim.id, DIMENSION, f"{dim.id}  {text(dim.title)}", text(dim.summary))
            self.appendRow(list(dim_row))
            for sec in dim.sections:
                sec_row = self._row(sec.id, SECTION, f"{sec.id}  {text(sec.title)}", "")
                dim_row[0].appendRow(list(sec_row))
                ids = [ind.id for ind in sec.indicators]
                self._children[sec.id] = ids
                self._children.setdefault(dim.id, []).extend(ids)
                for ind in sec.indicators:
                    question = text(ind.question)
                    refs = " ".join(f"{r.instrument} {r.article or ''} {text(r.provision)}" for r in ind.references)
                    row = self._row(
                        ind.id,
                        INDICATOR,
                        f"{ind.id}  {question}",
                        question,
                        search=" ".join((ind.id, question, text(ind.guidance), refs)),
                    )
                    sec_row[0].appendRow(list(row))
        for indicator_id in session.order:
            self._update_indicator(indicator_id)
        for group in self._children:
            self._update_group(group)

    def _row(self, node_id: str, kind: str, label: str, tooltip: str, search: str = "") -> tuple[QStandardItem, ...]:
        main, state = QStandardItem(label), QStandardItem()
        for item in (main, state):
            item.setEditable(False)
            item.setData(node_id, ID_ROLE)
            item.setData(kind, KIND_ROLE)
        main.setData((search or label).casefold(), SEARCH_ROLE)
        if tooltip:
            main.setToolTip(f"<p>{escape(tooltip)}</p>")
        state.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self._items[node_id] = (main, state)
        return main, state

    def _update_indicator(self, indicator_id: str) -> None:
        main, column = self._items[indicator_id]
        record = self.session.answer(indicator_id)
        state = st.state_of(record)
        carried = self.session.to_confirm(indicator_id)
        main.setIcon(icon(CARRIED_ICON if carried else STATE_ICONS[state]))
        main.setData(state, STATE_ROLE)
        main.setData(carried, TO_CONFIRM_ROLE)
        main.setData(record.confidence if record else None, CONFIDENCE_ROLE)
        labels = {
            st.UNANSWERED: ("", self.tr("not answered")),
            st.NOTE: ("…", self.tr("note only, no stage yet")),
            st.NOT_APPLICABLE: (self.tr("N/A"), self.tr("not applicable")),
            st.UNKNOWN: ("?", self.tr("unknown / no data")),
        }
        if state == st.RATED and record is not None:
            stage = self.session.framework.stage(int(record.value))  # type: ignore[arg-type]
            short, spoken = (
                str(record.value),
                self.tr("stage {n}, {label}").format(n=record.value, label=self.session.text(stage.label)),
            )
        else:
            short, spoken = labels[state]
        if carried:
            spoken = self.tr("{answer}, carried over from the baseline, to confirm").format(answer=spoken)
            short = f"{short}\u2009\u21bb" if short else "\u21bb"  # ↻: still the baseline's answer
        column.setText(short)
        column.setToolTip(spoken)
        main.setData(f"{main.text()}, {spoken}", Qt.ItemDataRole.AccessibleTextRole)
        question = self.session.text(self.session.framework.indicator(indicator_id).question)
        tip = f"<p>{escape(question)}</p>"
        if carried:
            tip += "<p><i>{}</i></p>".format(
                escape(self.tr("Carried over from the baseline, to confirm: confirm it as it stands or change it."))
            )
        main.setToolTip(tip)

    def _update_group(self, group_id: str) -> None:
        ids = self._children[group_id]
        carried = [i for i in ids if self.session.to_confirm(i)]
        pending = len(carried)
        done = sum(1 for i in ids if (a := self.session.answer(i)) is not None and a.rated and i not in carried)
        main, column = self._items[group_id]
        main.setIcon(icon("state-done" if done == len(ids) else "state-partial" if done else "state-empty"))
        column.setText(f"{done}/{len(ids)}")
        tip = self.tr("{done} of {total} indicators answered").format(done=done, total=len(ids))
        if pending:
            tip += "; " + self.tr("{count} carried over from the baseline, to confirm").format(count=pending)
        column.setToolTip(tip)

    def refresh(self, indicator_id: str) -> None:
        """Show the saved state of one indicator and the completion of its section and dimension."""
        if indicator_id not in self._items:
            return
        self._update_indicator(indicator_id)
        section = indicator_id.rsplit(".", 1)[0]
        self._update_group(section)
        self._update_group(section.split(".")[0])

    def index_of(self, node_id: str) -> QModelIndex:
        item = self._items.get(node_id)
        return item[0].index() if item else QModelIndex()


class NavFilter(QSortFilterProxyModel):
    """Filter by text and by answer state; sections and dimensions stay while a child matches."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._state = "all"
        self.setRecursiveFilteringEnabled(True)

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_text", text.strip().casefold()))

    def set_state(self, state: str) -> None:
        self._refilter(lambda: setattr(self, "_state", state if state in FILTERS else "all"))

    def _refilter(self, change: Callable[[], object]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    @property
    def active(self) -> bool:
        return bool(self._text) or self._state != "all"

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        if index.data(KIND_ROLE) != INDICATOR:
            return not self.active
        words = self._text.split()
        haystack = index.data(SEARCH_ROLE) or ""
        if any(word not in haystack for word in words):
            return False
        state = index.data(STATE_ROLE)
        return {
            "all": True,
            "unanswered": state in (st.UNANSWERED, st.NOTE),
            "answered": state in (st.RATED, st.NOT_APPLICABLE, st.UNKNOWN),
            "unknown": state == st.UNKNOWN,
            "na": state == st.NOT_APPLICABLE,
            "low": index.data(CONFIDENCE_ROLE) == "low",
            "confirm": bool(index.data(TO_CONFIRM_ROLE)),
        }[self._state]
