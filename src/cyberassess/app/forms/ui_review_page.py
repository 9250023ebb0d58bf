"""Compiled from ``ui/review_page.ui`` by ``scripts/update_forms.py`` (Qt's uic).

Edit the .ui file in Qt Designer and run that script; never edit this file.
"""

# mypy: ignore-errors

from ..qt import QAbstractItemView, QCoreApplication, QHBoxLayout, QLabel, QMetaObject, QSplitter, QTableWidget, QTableWidgetItem, QTreeWidget, QVBoxLayout, QWidget, Qt


class Ui_ReviewPage(object):
    def setupUi(self, ReviewPage):
        if not ReviewPage.objectName():
            ReviewPage.setObjectName(u"ReviewPage")
        ReviewPage.resize(1000, 700)
        self.reviewLayout = QVBoxLayout(ReviewPage)
        self.reviewLayout.setObjectName(u"reviewLayout")
        self.reviewLayout.setContentsMargins(12, 12, 12, 12)
        self.summary = QLabel(ReviewPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.reviewLayout.addWidget(self.summary)

        self.summaryDetail = QLabel(ReviewPage)
        self.summaryDetail.setObjectName(u"summaryDetail")
        self.summaryDetail.setWordWrap(True)

        self.reviewLayout.addWidget(self.summaryDetail)

        self.verticalSplit = QSplitter(ReviewPage)
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
        self.prioritiesPanel = QWidget(self.bottomSplit)
        self.prioritiesPanel.setObjectName(u"prioritiesPanel")
        self.prioritiesLayout = QVBoxLayout(self.prioritiesPanel)
        self.prioritiesLayout.setObjectName(u"prioritiesLayout")
        self.prioritiesLayout.setContentsMargins(0, 0, 0, 0)
        self.prioritiesLabel = QLabel(self.prioritiesPanel)
        self.prioritiesLabel.setObjectName(u"prioritiesLabel")
        self.prioritiesLabel.setWordWrap(True)

        self.prioritiesLayout.addWidget(self.prioritiesLabel)

        self.priorityList = QTreeWidget(self.prioritiesPanel)
        self.priorityList.setObjectName(u"priorityList")
        self.priorityList.setRootIsDecorated(False)
        self.priorityList.setUniformRowHeights(True)
        self.priorityList.setAlternatingRowColors(True)

        self.prioritiesLayout.addWidget(self.priorityList)

        self.bottomSplit.addWidget(self.prioritiesPanel)
        self.attentionPanel = QWidget(self.bottomSplit)
        self.attentionPanel.setObjectName(u"attentionPanel")
        self.attentionLayout = QVBoxLayout(self.attentionPanel)
        self.attentionLayout.setObjectName(u"attentionLayout")
        self.attentionLayout.setContentsMargins(0, 0, 0, 0)
        self.attentionLabel = QLabel(self.attentionPanel)
        self.attentionLabel.setObjectName(u"attentionLabel")
        self.attentionLabel.setWordWrap(True)

        self.attentionLayout.addWidget(self.attentionLabel)

        self.attentionList = QTreeWidget(self.attentionPanel)
        self.attentionList.setObjectName(u"attentionList")
        self.attentionList.setHeaderHidden(True)
        self.attentionList.setUniformRowHeights(True)

        self.attentionLayout.addWidget(self.attentionList)

        self.bottomSplit.addWidget(self.attentionPanel)
        self.verticalSplit.addWidget(self.bottomSplit)

        self.reviewLayout.addWidget(self.verticalSplit)

        self.reviewLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.prioritiesLabel.setBuddy(self.priorityList)
        self.attentionLabel.setBuddy(self.attentionList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReviewPage)

        QMetaObject.connectSlotsByName(ReviewPage)
    # setupUi

    def retranslateUi(self, ReviewPage):
        ___qtablewidgetitem = self.dimensionTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ReviewPage", u"Dimension", None))
        ___qtablewidgetitem1 = self.dimensionTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ReviewPage", u"Score", None))
        ___qtablewidgetitem2 = self.dimensionTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ReviewPage", u"Stage", None))
        ___qtablewidgetitem3 = self.dimensionTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ReviewPage", u"Gap", None))
        ___qtablewidgetitem4 = self.dimensionTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ReviewPage", u"Coverage", None))
#if QT_CONFIG(accessibility)
        self.dimensionTable.setAccessibleName(QCoreApplication.translate("ReviewPage", u"Scores per dimension", None))
#endif // QT_CONFIG(accessibility)
        self.prioritiesLabel.setText(QCoreApplication.translate("ReviewPage", u"&Capacity-building priorities: largest weighted gap to the target first", None))
        ___qtreewidgetitem = self.priorityList.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("ReviewPage", u"Next step", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ReviewPage", u"Stage", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ReviewPage", u"Indicator", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ReviewPage", u"#", None))
#if QT_CONFIG(accessibility)
        self.priorityList.setAccessibleName(QCoreApplication.translate("ReviewPage", u"Capacity-building priorities", None))
#endif // QT_CONFIG(accessibility)
        self.attentionLabel.setText(QCoreApplication.translate("ReviewPage", u"&Needs attention (press Enter to go to an indicator)", None))
        ___qtreewidgetitem1 = self.attentionList.headerItem()
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("ReviewPage", u"Indicator", None))
#if QT_CONFIG(accessibility)
        self.attentionList.setAccessibleName(QCoreApplication.translate("ReviewPage", u"Indicators that need attention", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
