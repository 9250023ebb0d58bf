"""The review page: scores and coverage per dimension (table and radar chart), the ranked
capacity-building priorities, and the indicators that still need attention, each a link back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .delegates import FRACTION_ROLE, ProgressDelegate
from .forms.ui_review_page import Ui_ReviewPage
from .qt import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    Qt,
    QTableWidgetItem,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .radar_chart import Axis, RadarChart
from .uikit import icon, load_form, muted, scaled_font

if TYPE_CHECKING:
    from ..scoring import ScoreCard
    from .session import DocumentSession

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


class ReviewPage(QWidget):
    indicatorChosen = Signal(str)

    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = ui = load_form(Ui_ReviewPage, self)
        ui.summary.setFont(scaled_font(self, 1.3, bold=True))
        muted(ui.summaryDetail)
        for label in (ui.prioritiesLabel, ui.attentionLabel):
            label.setFont(scaled_font(self, 1.0, bold=True))
        self.radar = RadarChart(ui.radarHost)
        layout = QVBoxLayout(ui.radarHost)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.radar)
        table = ui.dimensionTable
        table.verticalHeader().hide()
        table.setItemDelegateForColumn(4, ProgressDelegate(table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(4, self.fontMetrics().averageCharWidth() * 12)
        table.cellActivated.connect(self._dimension_activated)
        table.cellDoubleClicked.connect(self._dimension_activated)
        priorities = ui.priorityList.header()
        priorities.setStretchLastSection(True)
        for column in (0, 2):
            priorities.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        em = self.fontMetrics().averageCharWidth()
        ui.priorityList.setColumnWidth(1, em * 34)
        for tree in (ui.priorityList, ui.attentionList):
            tree.itemActivated.connect(self._item_activated)
        buttons = QHBoxLayout()
        self.add_to_plan = QPushButton(self.tr("Add to the action &plan"), ui.prioritiesPanel)
        self.add_to_plan.setToolTip(self.tr("An action for the chosen priority, from the framework's recommendations"))
        self.add_all_to_plan = QPushButton(self.tr("Add &all priorities to the plan"), ui.prioritiesPanel)
        self.add_to_plan.clicked.connect(self._add_current_to_plan)
        self.add_all_to_plan.clicked.connect(self._add_all_to_plan)
        buttons.addWidget(self.add_to_plan)
        buttons.addWidget(self.add_all_to_plan)
        buttons.addStretch(1)
        ui.prioritiesLayout.addLayout(buttons)
        ui.bottomSplit.setStretchFactor(0, 3)
        ui.bottomSplit.setStretchFactor(1, 2)
        ui.verticalSplit.setStretchFactor(0, 3)
        ui.verticalSplit.setStretchFactor(1, 2)

    def refresh(self) -> None:
        """Score the saved answers again and show them (cheap: a pure function over the answers)."""
        from ..scoring import score_assessment

        card = score_assessment(self.session.doc)
        self._summary(card)
        self._table(card)
        self._priorities(card)
        self._attention(card)

    def _stage_label(self, stage: int | None) -> str:
        if stage is None:
            return "–"
        return f"{stage} {self.session.text(self.session.framework.stage(stage).label)}"

    def _summary(self, card: ScoreCard) -> None:
        ui = self.ui
        if card.score is None:
            ui.summary.setText(self.tr("No indicator has a stage yet."))
        else:
            ui.summary.setText(
                self.tr("Overall maturity {score}: {stage} (target: {target})").format(
                    score=f"{card.score:.2f}",
                    stage=self._stage_label(card.stage),
                    target=self._stage_label(card.target_stage),
                )
            )
        ui.summaryDetail.setText(
            self.tr(
                "{coverage} of applicable indicators have a stage · {unknown} unknown · {na} not applicable · "
                "{unanswered} not answered. Not applicable and Unknown are never counted as zero."
            ).format(
                coverage=f"{round(card.coverage * 100)} %",
                unknown=card.unknown,
                na=card.not_applicable,
                unanswered=card.unanswered,
            )
        )

    def _table(self, card: ScoreCard) -> None:
        table, fw, text = self.ui.dimensionTable, self.session.framework, self.session.text
        table.setRowCount(len(card.dimensions))
        axes = []
        for row, dim_score in enumerate(card.dimensions):
            dimension = fw.dimensions[dim_score.number - 1]
            title = text(dimension.title)
            cells = [
                f"{dimension.id}  {title}",
                _num(dim_score.score),
                self._stage_label(dim_score.stage),
                _num(dim_score.gap),
                f"{dim_score.rated}/{dim_score.applicable}",
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, dimension.id)
                if column in (1, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
            coverage = table.item(row, 4)
            coverage.setData(FRACTION_ROLE, dim_score.coverage)
            coverage.setToolTip(
                self.tr(
                    "{rated} of {applicable} applicable indicators have a stage; {unknown} unknown,"
                    " {na} not applicable, {unanswered} not answered"
                ).format(
                    rated=dim_score.rated,
                    applicable=dim_score.applicable,
                    unknown=dim_score.unknown,
                    na=dim_score.not_applicable,
                    unanswered=dim_score.unanswered,
                )
            )
            table.item(row, 0).setToolTip(title)
            axes.append(Axis(dimension.id, title, dim_score.score))
        self.radar.set_data(axes, card.target_stage)

    def _priorities(self, card: ScoreCard) -> None:
        tree, fw, text = self.ui.priorityList, self.session.framework, self.session.text
        tree.clear()
        for priority in card.priorities:
            indicator = fw.indicator(priority.indicator_id)
            question = text(indicator.question)
            step = text(indicator.recommendations.get(priority.stage))
            item = QTreeWidgetItem(
                [
                    str(priority.rank),
                    f"{priority.indicator_id}  {question}",
                    f"{priority.stage} → {priority.target}",
                    step,
                ]
            )
            item.setData(0, ID_ROLE, priority.indicator_id)
            item.setToolTip(1, question)
            item.setToolTip(
                3,
                "\n".join(text(indicator.recommendations[s]) for s in priority.steps if s in indicator.recommendations),
            )
            tree.addTopLevelItem(item)
        if not card.priorities:
            tree.addTopLevelItem(QTreeWidgetItem(["", self.tr("No rated indicator is below the target stage.")]))

    def _add_current_to_plan(self) -> None:
        item = self.ui.priorityList.currentItem()
        indicator_id = item.data(0, ID_ROLE) if item is not None else None
        if indicator_id and self.session.review.add_indicator_action(indicator_id) is not None:
            self.session.show_status(self.tr("Added to the action plan: {id}").format(id=indicator_id))

    def _add_all_to_plan(self) -> None:
        added = self.session.review.add_priorities()
        self.session.show_status(
            self.tr("{count} actions added from the priorities.").format(count=added)
            if added
            else self.tr("Every priority is already in the plan.")
        )

    def _attention(self, card: ScoreCard) -> None:
        tree, fw, text = self.ui.attentionList, self.session.framework, self.session.text
        tree.clear()
        low = [i for i in self.session.order if (a := self.session.answer(i)) and a.confidence == "low"]
        unjustified = [
            i for i in self.session.order if (a := self.session.answer(i)) and a.rated and not a.justification.strip()
        ]
        groups = [
            (self.tr("Not answered"), "state-empty", list(card.unanswered_ids)),
            (self.tr("Unknown / no data"), "state-unknown", list(card.unknown_ids)),
            (self.tr("Low confidence"), "state-partial", low),
            (self.tr("Answered without a justification"), "state-note", unjustified),
        ]
        for title, icon_name, ids in groups:
            group = QTreeWidgetItem([f"{title} ({len(ids)})"])
            group.setIcon(0, icon(icon_name))
            group.setFont(0, scaled_font(self, 1.0, bold=True))
            tree.addTopLevelItem(group)
            for indicator_id in ids:
                question = text(fw.indicator(indicator_id).question)
                child = QTreeWidgetItem([f"{indicator_id}  {question}"])
                child.setData(0, ID_ROLE, indicator_id)
                child.setToolTip(0, question)
                group.addChild(child)
            group.setExpanded(bool(ids) and len(ids) <= 12)

    def _item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        indicator_id = item.data(0, ID_ROLE)
        if indicator_id:
            self.indicatorChosen.emit(indicator_id)
        else:
            item.setExpanded(not item.isExpanded())

    def _dimension_activated(self, row: int, _column: int) -> None:
        item = self.ui.dimensionTable.item(row, 0)
        if item is None:
            return
        dimension_id = item.data(ID_ROLE)
        first = next((i for i in self.session.order if i.split(".")[0] == dimension_id), None)
        if first:
            self.indicatorChosen.emit(first)
