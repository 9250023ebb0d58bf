"""Compiled from ``ui/pdf_export.ui`` by ``scripts/update_forms.py`` (Qt's uic).

Edit the .ui file in Qt Designer and run that script; never edit this file.
"""

# mypy: ignore-errors

from ..qt import QComboBox, QCoreApplication, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMetaObject, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout


class Ui_PdfExportDialog(object):
    def setupUi(self, PdfExportDialog):
        if not PdfExportDialog.objectName():
            PdfExportDialog.setObjectName(u"PdfExportDialog")
        PdfExportDialog.resize(600, 340)
        self.dialogLayout = QVBoxLayout(PdfExportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.signed = QRadioButton(PdfExportDialog)
        self.signed.setObjectName(u"signed")
        self.signed.setChecked(True)

        self.dialogLayout.addWidget(self.signed)

        self.keyForm = QFormLayout()
        self.keyForm.setObjectName(u"keyForm")
        self.keyForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.keyLabel = QLabel(PdfExportDialog)
        self.keyLabel.setObjectName(u"keyLabel")

        self.keyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.keyLabel)

        self.keyRow = QHBoxLayout()
        self.keyRow.setObjectName(u"keyRow")
        self.keyFile = QLineEdit(PdfExportDialog)
        self.keyFile.setObjectName(u"keyFile")

        self.keyRow.addWidget(self.keyFile)

        self.browseKey = QPushButton(PdfExportDialog)
        self.browseKey.setObjectName(u"browseKey")

        self.keyRow.addWidget(self.browseKey)

        self.createKey = QPushButton(PdfExportDialog)
        self.createKey.setObjectName(u"createKey")

        self.keyRow.addWidget(self.createKey)


        self.keyForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.keyRow)

        self.passphraseLabel = QLabel(PdfExportDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.keyForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphrase = QLineEdit(PdfExportDialog)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.keyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphrase)


        self.dialogLayout.addLayout(self.keyForm)

        self.unsigned = QRadioButton(PdfExportDialog)
        self.unsigned.setObjectName(u"unsigned")

        self.dialogLayout.addWidget(self.unsigned)

        self.outputForm = QFormLayout()
        self.outputForm.setObjectName(u"outputForm")
        self.outputForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.languageLabel = QLabel(PdfExportDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.outputForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.language = QComboBox(PdfExportDialog)
        self.language.setObjectName(u"language")

        self.outputForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language)

        self.outputLabel = QLabel(PdfExportDialog)
        self.outputLabel.setObjectName(u"outputLabel")

        self.outputForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.outputLabel)

        self.outputRow = QHBoxLayout()
        self.outputRow.setObjectName(u"outputRow")
        self.output = QLineEdit(PdfExportDialog)
        self.output.setObjectName(u"output")

        self.outputRow.addWidget(self.output)

        self.browseOutput = QPushButton(PdfExportDialog)
        self.browseOutput.setObjectName(u"browseOutput")

        self.outputRow.addWidget(self.browseOutput)


        self.outputForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.outputRow)


        self.dialogLayout.addLayout(self.outputForm)

        self.problem = QLabel(PdfExportDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.dialogLayout.addWidget(self.problem)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttons = QDialogButtonBox(PdfExportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.keyLabel.setBuddy(self.keyFile)
        self.passphraseLabel.setBuddy(self.passphrase)
        self.languageLabel.setBuddy(self.language)
        self.outputLabel.setBuddy(self.output)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PdfExportDialog)

        QMetaObject.connectSlotsByName(PdfExportDialog)
    # setupUi

    def retranslateUi(self, PdfExportDialog):
        self.signed.setText(QCoreApplication.translate("PdfExportDialog", u"&Sign the report with my key", None))
        self.keyLabel.setText(QCoreApplication.translate("PdfExportDialog", u"&Key file:", None))
        self.keyFile.setPlaceholderText(QCoreApplication.translate("PdfExportDialog", u"A .p12 signing key", None))
        self.browseKey.setText(QCoreApplication.translate("PdfExportDialog", u"&Browse\u2026", None))
        self.createKey.setText(QCoreApplication.translate("PdfExportDialog", u"C&reate a key\u2026", None))
        self.passphraseLabel.setText(QCoreApplication.translate("PdfExportDialog", u"Pass&phrase:", None))
        self.unsigned.setText(QCoreApplication.translate("PdfExportDialog", u"Export &without a signature (a draft: nobody can check who made it)", None))
        self.languageLabel.setText(QCoreApplication.translate("PdfExportDialog", u"&Language:", None))
        self.outputLabel.setText(QCoreApplication.translate("PdfExportDialog", u"Save &as:", None))
        self.browseOutput.setText(QCoreApplication.translate("PdfExportDialog", u"Br&owse\u2026", None))
        pass
    # retranslateUi
