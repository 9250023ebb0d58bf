"""Compiled from ``ui/treaty_page.ui`` by ``scripts/update_forms.py`` (Qt's uic).

Edit the .ui file in Qt Designer and run that script; never edit this file.
"""

# mypy: ignore-errors

from ..qt import QAbstractItemView, QComboBox, QCoreApplication, QHBoxLayout, QLabel, QMetaObject, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout


class Ui_TreatyPage(object):
    def setupUi(self, TreatyPage):
        if not TreatyPage.objectName():
            TreatyPage.setObjectName(u"TreatyPage")
        TreatyPage.resize(1000, 700)
        self.pageLayout = QVBoxLayout(TreatyPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(12, 12, 12, 12)
        self.summary = QLabel(TreatyPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.pageLayout.addWidget(self.summary)

        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.instrumentLabel = QLabel(TreatyPage)
        self.instrumentLabel.setObjectName(u"instrumentLabel")

        self.filters.addWidget(self.instrumentLabel)

        self.instrument = QComboBox(TreatyPage)
        self.instrument.setObjectName(u"instrument")
        self.instrument.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters.addWidget(self.instrument)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.filterSpacer)

        self.chooseInstruments = QPushButton(TreatyPage)
        self.chooseInstruments.setObjectName(u"chooseInstruments")

        self.filters.addWidget(self.chooseInstruments)


        self.pageLayout.addLayout(self.filters)

        self.table = QTableWidget(TreatyPage)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)

        self.pageLayout.addWidget(self.table)

#if QT_CONFIG(shortcut)
        self.instrumentLabel.setBuddy(self.instrument)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TreatyPage)

        QMetaObject.connectSlotsByName(TreatyPage)
    # setupUi

    def retranslateUi(self, TreatyPage):
        self.instrumentLabel.setText(QCoreApplication.translate("TreatyPage", u"&Instrument:", None))
        self.chooseInstruments.setText(QCoreApplication.translate("TreatyPage", u"Instruments that &apply\u2026", None))
#if QT_CONFIG(tooltip)
        self.chooseInstruments.setToolTip(QCoreApplication.translate("TreatyPage", u"Choose the instruments that apply to the country; the table shows their provisions", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("TreatyPage", u"Treaty-compliance table", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
