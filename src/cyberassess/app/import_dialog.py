"""Import a matrix: what it would bring, and for every differing answer, mine or theirs.

Each conflict shows both answers with who gave them and when; the assessor chooses per row or
takes all of one side. Rows the matrix could not provide are listed with their sheet and cell.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from ..safetext import printable
from .forms.ui_import_matrix import Ui_ImportMatrixDialog
from .qt import QComboBox, QDialog, QDialogButtonBox, QHeaderView, Qt, QTableWidgetItem, QWidget
from .uikit import load_form, local_time

if TYPE_CHECKING:
    from ..matrix import ImportPlan
    from ..store import AnswerValue
    from .session import DocumentSession

SIDES: tuple[Literal["mine"], Literal["theirs"]] = ("mine", "theirs")


class ImportMatrixDialog(QDialog):
    def __init__(self, session: DocumentSession, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importMatrixDialog")
        self.setWindowTitle(self.tr("Import {name}").format(name=plan.source.name))
        self.session = session
        self.plan = plan
        self.ui = ui = load_form(Ui_ImportMatrixDialog, self)
        ui.summary.setText(
            self.tr(
                "{new} new answers will be added, {conflicts} differ from yours, {same} are the same, "
                "and {rejected} rows could not be read."
            ).format(new=len(plan.new), conflicts=len(plan.conflicts), same=plan.unchanged, rejected=len(plan.rejected))
        )
        warning = self._provenance(plan)
        ui.warning.setTextFormat(Qt.TextFormat.PlainText)  # names come from the workbook's certificate
        ui.warning.setText(warning)
        ui.warning.setVisible(bool(warning))
        table = ui.conflicts
        table.setRowCount(len(plan.conflicts))
        self._combos: list[QComboBox] = []
        for row, conflict in enumerate(plan.conflicts):
            question = session.text(session.framework.indicator(conflict.indicator_id).question)
            mine, theirs = conflict.mine, conflict.theirs
            cells = [
                f"{conflict.indicator_id}\n{question}",
                self._describe(mine.value, mine.justification, mine.confidence, mine.assessor, mine.updated_at),
                self._describe(
                    theirs.value, theirs.justification, theirs.confidence, theirs.assessor, theirs.updated_at
                ),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
            combo = QComboBox(table)
            combo.addItems([self.tr("Mine"), self.tr("Theirs")])
            combo.setAccessibleName(self.tr("Keep for {id}").format(id=conflict.indicator_id))
            table.setCellWidget(row, 3, combo)
            self._combos.append(combo)
        header = table.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        table.resizeRowsToContents()
        for widget in (ui.conflictsLabel, table, ui.allMine, ui.allTheirs):
            widget.setVisible(bool(plan.conflicts))
        ui.allMine.clicked.connect(lambda: self._all(0))
        ui.allTheirs.clicked.connect(lambda: self._all(1))
        rejected = [f"{r.sheet}!{r.cell}: {r.reason}" for r in plan.rejected]
        ui.rejected.setPlainText(self.tr("Rows not imported:") + "\n" + "\n".join(rejected) if rejected else "")
        ui.rejected.setVisible(bool(rejected))
        ui.rejected.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        em = self.fontMetrics().averageCharWidth()
        self.resize(em * 150, self.fontMetrics().height() * 34)

    def _provenance(self, plan: ImportPlan) -> str:
        """What the signature proves about the workbook (nothing is said of a blank matrix filled in by hand)."""
        from ..report.keys import format_fingerprint

        signature = plan.signature
        if signature.status == "signed":
            text = self.tr(
                "Signed by {signer} (certificate SHA-256 {fingerprint}): the answers, names and times are as "
                "they were signed."
            ).format(signer=signature.signer_text(), fingerprint=format_fingerprint(signature.certificate_sha256))
            if plan.signer_known:
                return text + " " + self.tr("The same key signed earlier exports of this assessment.")
            return (
                text
                + " "
                + self.tr(
                    "This key signed no earlier export of this assessment: compare the fingerprint with the one "
                    "the signer gave you, since anyone can make a key in any name."
                )
            )
        if signature.status == "broken":
            return self.tr(
                "The signature does not match: {reason}. The names and times in this workbook prove nothing; "
                "check the differing answers carefully."
            ).format(reason=printable(signature.reason))
        if plan.kind == "template":
            return ""
        text = self.tr(
            "This workbook is not signed: anyone could have changed its answers, names and times without it showing."
        )
        if plan.hash_status == "edited":
            text += " " + self.tr(
                "Its answers were changed outside CyberAssess after it was exported. Check the differing answers "
                "carefully."
            )
        return text

    def _value(self, value: AnswerValue | None) -> str:
        if value is None:
            return self.tr("no stage")
        if value == "na":
            return self.tr("Not applicable")
        if value == "unknown":
            return self.tr("Unknown / no data")
        return f"{value} {self.session.text(self.session.framework.stage(int(value)).label)}"

    def _describe(
        self, value: AnswerValue | None, justification: str, confidence: str | None, who: str, when: str | None
    ) -> str:
        lines = [self._value(value)]
        if confidence:
            names = {"low": self.tr("low"), "medium": self.tr("medium"), "high": self.tr("high")}
            lines[0] += " · " + self.tr("confidence {c}").format(c=names.get(confidence, confidence))
        lines.append(self.tr("by {who}, {when}").format(who=who or "-", when=local_time(when) if when else "-"))
        if justification:
            lines.append(justification if len(justification) < 240 else justification[:237] + "…")
        return "\n".join(lines)

    def _all(self, index: int) -> None:
        for combo in self._combos:
            combo.setCurrentIndex(index)

    def choices(self) -> dict[str, Literal["mine", "theirs"]]:
        return {
            c.indicator_id: SIDES[combo.currentIndex()]
            for c, combo in zip(self.plan.conflicts, self._combos, strict=True)
        }
