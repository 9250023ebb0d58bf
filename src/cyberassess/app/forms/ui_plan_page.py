"""Compiled from ``ui/plan_page.ui`` by ``scripts/update_forms.py`` (Qt's uic).

Edit the .ui file in Qt Designer and run that script; never edit this file.
"""

# mypy: ignore-errors

from ..qt import QAbstractItemView, QComboBox, QCoreApplication, QHBoxLayout, QLabel, QMetaObject, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout


class Ui_PlanPage(object):
    def setupUi(self, PlanPage):
        if not PlanPage.objectName():
            PlanPage.setObjectName(u"PlanPage")
        PlanPage.resize(1000, 700)
        self.pageLayout = QVBoxLayout(PlanPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(12, 12, 12, 12)
        self.summary = QLabel(PlanPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.pageLayout.addWidget(self.summary)

        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.horizonLabel = QLabel(PlanPage)
        self.horizonLabel.setObjectName(u"horizonLabel")

        self.filters.addWidget(self.horizonLabel)

        self.horizonFilter = QComboBox(PlanPage)
        self.horizonFilter.setObjectName(u"horizonFilter")

        self.filters.addWidget(self.horizonFilter)

        self.statusLabel = QLabel(PlanPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filters.addWidget(self.statusLabel)

        self.statusFilter = QComboBox(PlanPage)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filters.addWidget(self.statusFilter)

        self.ownerLabel = QLabel(PlanPage)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.filters.addWidget(self.ownerLabel)

        self.ownerFilter = QComboBox(PlanPage)
        self.ownerFilter.setObjectName(u"ownerFilter")
        self.ownerFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters.addWidget(self.ownerFilter)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.filterSpacer)


        self.pageLayout.addLayout(self.filters)

        self.table = QTableWidget(PlanPage)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)

        self.pageLayout.addWidget(self.table)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.addButton = QPushButton(PlanPage)
        self.addButton.setObjectName(u"addButton")

        self.buttons.addWidget(self.addButton)

        self.prioritiesButton = QPushButton(PlanPage)
        self.prioritiesButton.setObjectName(u"prioritiesButton")

        self.buttons.addWidget(self.prioritiesButton)

        self.removeButton = QPushButton(PlanPage)
        self.removeButton.setObjectName(u"removeButton")

        self.buttons.addWidget(self.removeButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)


        self.pageLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.horizonLabel.setBuddy(self.horizonFilter)
        self.statusLabel.setBuddy(self.statusFilter)
        self.ownerLabel.setBuddy(self.ownerFilter)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanPage)

        QMetaObject.connectSlotsByName(PlanPage)
    # setupUi

    def retranslateUi(self, PlanPage):
        self.horizonLabel.setText(QCoreApplication.translate("PlanPage", u"&Horizon:", None))
        self.statusLabel.setText(QCoreApplication.translate("PlanPage", u"S&tatus:", None))
        self.ownerLabel.setText(QCoreApplication.translate("PlanPage", u"&Institution:", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("PlanPage", u"Action plan", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("PlanPage", u"&Add an action", None))
        self.prioritiesButton.setText(QCoreApplication.translate("PlanPage", u"Add all &priorities", None))
#if QT_CONFIG(tooltip)
        self.prioritiesButton.setToolTip(QCoreApplication.translate("PlanPage", u"One action for each indicator below the target stage that is not in the plan yet, from the framework's recommendations", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("PlanPage", u"&Remove", None))
        pass
    # retranslateUi
