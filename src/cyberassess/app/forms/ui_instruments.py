"""Compiled from ``ui/instruments.ui`` by ``scripts/update_forms.py`` (Qt's uic).

Edit the .ui file in Qt Designer and run that script; never edit this file.
"""

# mypy: ignore-errors

from ..qt import QCoreApplication, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QMetaObject, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout


class Ui_InstrumentsDialog(object):
    def setupUi(self, InstrumentsDialog):
        if not InstrumentsDialog.objectName():
            InstrumentsDialog.setObjectName(u"InstrumentsDialog")
        InstrumentsDialog.resize(560, 460)
        self.dialogLayout = QVBoxLayout(InstrumentsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(InstrumentsDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.instruments = QListWidget(InstrumentsDialog)
        self.instruments.setObjectName(u"instruments")
        self.instruments.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.instruments)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.defaults = QPushButton(InstrumentsDialog)
        self.defaults.setObjectName(u"defaults")

        self.buttonRow.addWidget(self.defaults)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.buttons = QDialogButtonBox(InstrumentsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.buttonRow.addWidget(self.buttons)


        self.dialogLayout.addLayout(self.buttonRow)


        self.retranslateUi(InstrumentsDialog)

        QMetaObject.connectSlotsByName(InstrumentsDialog)
    # setupUi

    def retranslateUi(self, InstrumentsDialog):
        self.intro.setText(QCoreApplication.translate("InstrumentsDialog", u"Check the instruments that apply to the country: those it is party to, signed or aligns its law with. The guidance, the report, the treaty table and the Excel matrix show only these; every answer is kept whatever you choose.", None))
#if QT_CONFIG(accessibility)
        self.instruments.setAccessibleName(QCoreApplication.translate("InstrumentsDialog", u"Instruments that apply", None))
#endif // QT_CONFIG(accessibility)
        self.defaults.setText(QCoreApplication.translate("InstrumentsDialog", u"&Global instruments only", None))
#if QT_CONFIG(tooltip)
        self.defaults.setToolTip(QCoreApplication.translate("InstrumentsDialog", u"Check the global instruments and uncheck the regional ones, as for a new assessment", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi
