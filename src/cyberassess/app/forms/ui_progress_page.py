"""Compiled from ``ui/progress_page.ui`` by ``scripts/update_forms.py`` (Qt's uic).

Edit the .ui file in Qt Designer and run that script; never edit this file.
"""

# mypy: ignore-errors

from ..qt import QAbstractItemView, QCoreApplication, QHBoxLayout, QLabel, QMetaObject, QSplitter, QTableWidget, QTableWidgetItem, QTreeWidget, QVBoxLayout, QWidget, Qt


class Ui_ProgressPage(object):
    def setupUi(self, ProgressPage):
        if not ProgressPage.objectName():
            ProgressPage.setObjectName(u"ProgressPage")
        ProgressPage.resize(1000, 700)
        self.progressLayout = QVBoxLayout(ProgressPage)
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressLayout.setContentsMargins(12, 12, 12, 12)
        self.summary = QLabel(ProgressPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.progressLayout.addWidget(self.summary)

        self.summaryDetail = QLabel(ProgressPage)
        self.summaryDetail.setObjectName(u"summaryDetail")
        self.summaryDetail.setWordWrap(True)

        self.progressLayout.addWidget(self.summaryDetail)

        self.verticalSplit = QSplitter(ProgressPage)
        self.verticalSplit.setObjectName(u"verticalSplit")
        self.verticalSplit.setOrientation(Qt.Orientation.Vertical)
        self.verticalSplit.setChildrenCollapsible(False)
        self.topPanel = QWidget(self.verticalSplit)
        self.topPanel.setObjectName(u"topPanel")
        self.topLayout = QHBoxLayout(self.topPanel)
        self.topLayout.setObjectName(u"topLayout")
        self.topLayout.setContentsMargins(0, 0, 0, 0)
        self.dimensionTable = QTableWidget(self.topPanel)
        if (self.dimensionTable.columnCount() < 5):
            self.dimensionTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.dimensionTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.dimensionTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.dimensionTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.dimensionTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.dimensionTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.dimensionTable.setObjectName(u"dimensionTable")
        self.dimensionTable.setAlternatingRowColors(True)
        self.dimensionTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dimensionTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.dimensionTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dimensionTable.setWordWrap(False)

        self.topLayout.addWidget(self.dimensionTable)

        self.radarHost = QWidget(self.topPanel)
        self.radarHost.setObjectName(u"radarHost")

        self.topLayout.addWidget(self.radarHost)

        self.topLayout.setStretch(0, 3)
        self.topLayout.setStretch(1, 2)
        self.verticalSplit.addWidget(self.topPanel)
        self.bottomSplit = QSplitter(self.verticalSplit)
        self.bottomSplit.setObjectName(u"bottomSplit")
        self.bottomSplit.setOrientation(Qt.Orientation.Horizontal)
        self.bottomSplit.setChildrenCollapsible(False)
        self.changesPanel = QWidget(self.bottomSplit)
        self.changesPanel.setObjectName(u"changesPanel")
        self.changesLayout = QVBoxLayout(self.changesPanel)
        self.changesLayout.setObjectName(u"changesLayout")
        self.changesLayout.setContentsMargins(0, 0, 0, 0)
        self.changesLabel = QLabel(self.changesPanel)
        self.changesLabel.setObjectName(u"changesLabel")
        self.changesLabel.setWordWrap(True)

        self.changesLayout.addWidget(self.changesLabel)

        self.changeList = QTreeWidget(self.changesPanel)
        self.changeList.setObjectName(u"changeList")
        self.changeList.setUniformRowHeights(True)
        self.changeList.setAlternatingRowColors(True)

        self.changesLayout.addWidget(self.changeList)

        self.bottomSplit.addWidget(self.changesPanel)
        self.actionsPanel = QWidget(self.bottomSplit)
        self.actionsPanel.setObjectName(u"actionsPanel")
        self.actionsLayout = QVBoxLayout(self.actionsPanel)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsLayout.setContentsMargins(0, 0, 0, 0)
        self.actionsLabel = QLabel(self.actionsPanel)
        self.actionsLabel.setObjectName(u"actionsLabel")
        self.actionsLabel.setWordWrap(True)

        self.actionsLayout.addWidget(self.actionsLabel)

        self.actionList = QTreeWidget(self.actionsPanel)
        self.actionList.setObjectName(u"actionList")
        self.actionList.setUniformRowHeights(True)

        self.actionsLayout.addWidget(self.actionList)

        self.bottomSplit.addWidget(self.actionsPanel)
        self.verticalSplit.addWidget(self.bottomSplit)

        self.progressLayout.addWidget(self.verticalSplit)

        self.progressLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.changesLabel.setBuddy(self.changeList)
        self.actionsLabel.setBuddy(self.actionList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProgressPage)

        QMetaObject.connectSlotsByName(ProgressPage)
    # setupUi

    def retranslateUi(self, ProgressPage):
        ___qtablewidgetitem = self.dimensionTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ProgressPage", u"Dimension", None))
        ___qtablewidgetitem1 = self.dimensionTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ProgressPage", u"Baseline", None))
        ___qtablewidgetitem2 = self.dimensionTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ProgressPage", u"Now", None))
        ___qtablewidgetitem3 = self.dimensionTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ProgressPage", u"Change", None))
        ___qtablewidgetitem4 = self.dimensionTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ProgressPage", u"Stage then \u2192 now", None))
#if QT_CONFIG(accessibility)
        self.dimensionTable.setAccessibleName(QCoreApplication.translate("ProgressPage", u"Scores per dimension at the baseline and now", None))
#endif // QT_CONFIG(accessibility)
        self.changesLabel.setText(QCoreApplication.translate("ProgressPage", u"&Indicators that changed (press Enter to go to an indicator)", None))
        ___qtreewidgetitem = self.changeList.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ProgressPage", u"Question", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ProgressPage", u"Baseline \u2192 now", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ProgressPage", u"Indicator", None))
#if QT_CONFIG(accessibility)
        self.changeList.setAccessibleName(QCoreApplication.translate("ProgressPage", u"Indicators that improved, declined, were rated for the first time or are no longer rated", None))
#endif // QT_CONFIG(accessibility)
        self.actionsLabel.setText(QCoreApplication.translate("ProgressPage", u"The baseline's &action plan by status", None))
        ___qtreewidgetitem1 = self.actionList.headerItem()
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("ProgressPage", u"At the baseline \u2192 now", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("ProgressPage", u"Action", None))
#if QT_CONFIG(accessibility)
        self.actionList.setAccessibleName(QCoreApplication.translate("ProgressPage", u"The baseline's action plan by status", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
