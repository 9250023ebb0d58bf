"""Compiled from ``ui/import_matrix.ui`` by ``scripts/update_forms.py`` (Qt's uic).

Edit the .ui file in Qt Designer and run that script; never edit this file.
"""

# mypy: ignore-errors

from ..qt import QAbstractItemView, QCoreApplication, QDialogButtonBox, QHBoxLayout, QLabel, QMetaObject, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout


class Ui_ImportMatrixDialog(object):
    def setupUi(self, ImportMatrixDialog):
        if not ImportMatrixDialog.objectName():
            ImportMatrixDialog.setObjectName(u"ImportMatrixDialog")
        ImportMatrixDialog.resize(900, 560)
        self.dialogLayout = QVBoxLayout(ImportMatrixDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.summary = QLabel(ImportMatrixDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.dialogLayout.addWidget(self.summary)

        self.warning = QLabel(ImportMatrixDialog)
        self.warning.setObjectName(u"warning")
        self.warning.setWordWrap(True)

        self.dialogLayout.addWidget(self.warning)

        self.conflictsLabel = QLabel(ImportMatrixDialog)
        self.conflictsLabel.setObjectName(u"conflictsLabel")

        self.dialogLayout.addWidget(self.conflictsLabel)

        self.conflicts = QTableWidget(ImportMatrixDialog)
        if (self.conflicts.columnCount() < 4):
            self.conflicts.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.conflicts.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.conflicts.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.conflicts.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.conflicts.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.conflicts.setObjectName(u"conflicts")
        self.conflicts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflicts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflicts.setWordWrap(True)

        self.dialogLayout.addWidget(self.conflicts)

        self.choiceButtons = QHBoxLayout()
        self.choiceButtons.setObjectName(u"choiceButtons")
        self.allMine = QPushButton(ImportMatrixDialog)
        self.allMine.setObjectName(u"allMine")

        self.choiceButtons.addWidget(self.allMine)

        self.allTheirs = QPushButton(ImportMatrixDialog)
        self.allTheirs.setObjectName(u"allTheirs")

        self.choiceButtons.addWidget(self.allTheirs)

        self.choiceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choiceButtons.addItem(self.choiceSpacer)


        self.dialogLayout.addLayout(self.choiceButtons)

        self.rejected = QPlainTextEdit(ImportMatrixDialog)
        self.rejected.setObjectName(u"rejected")
        self.rejected.setReadOnly(True)

        self.dialogLayout.addWidget(self.rejected)

        self.buttons = QDialogButtonBox(ImportMatrixDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

        self.dialogLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.conflictsLabel.setBuddy(self.conflicts)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportMatrixDialog)

        QMetaObject.connectSlotsByName(ImportMatrixDialog)
    # setupUi

    def retranslateUi(self, ImportMatrixDialog):
        self.conflictsLabel.setText(QCoreApplication.translate("ImportMatrixDialog", u"&Answers that differ: choose which one to keep for each", None))
        ___qtablewidgetitem = self.conflicts.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportMatrixDialog", u"Indicator", None))
        ___qtablewidgetitem1 = self.conflicts.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportMatrixDialog", u"Mine (this assessment)", None))
        ___qtablewidgetitem2 = self.conflicts.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportMatrixDialog", u"Theirs (the matrix)", None))
        ___qtablewidgetitem3 = self.conflicts.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ImportMatrixDialog", u"Keep", None))
#if QT_CONFIG(accessibility)
        self.conflicts.setAccessibleName(QCoreApplication.translate("ImportMatrixDialog", u"Answers that differ", None))
#endif // QT_CONFIG(accessibility)
        self.allMine.setText(QCoreApplication.translate("ImportMatrixDialog", u"Keep &all mine", None))
        self.allTheirs.setText(QCoreApplication.translate("ImportMatrixDialog", u"Take all &theirs", None))
#if QT_CONFIG(accessibility)
        self.rejected.setAccessibleName(QCoreApplication.translate("ImportMatrixDialog", u"Rows that were not imported", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
