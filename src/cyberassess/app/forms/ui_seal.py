"""Compiled from ``ui/seal.ui`` by ``scripts/update_forms.py`` (Qt's uic).

Edit the .ui file in Qt Designer and run that script; never edit this file.
"""

# mypy: ignore-errors

from ..qt import QCheckBox, QComboBox, QCoreApplication, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QMetaObject, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout


class Ui_SealDialog(object):
    def setupUi(self, SealDialog):
        if not SealDialog.objectName():
            SealDialog.setObjectName(u"SealDialog")
        SealDialog.resize(640, 520)
        self.dialogLayout = QVBoxLayout(SealDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.recipientsLabel = QLabel(SealDialog)
        self.recipientsLabel.setObjectName(u"recipientsLabel")
        self.recipientsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.recipientsLabel)

        self.recipientsRow = QHBoxLayout()
        self.recipientsRow.setObjectName(u"recipientsRow")
        self.recipients = QListWidget(SealDialog)
        self.recipients.setObjectName(u"recipients")

        self.recipientsRow.addWidget(self.recipients)

        self.recipientButtons = QVBoxLayout()
        self.recipientButtons.setObjectName(u"recipientButtons")
        self.addRecipient = QPushButton(SealDialog)
        self.addRecipient.setObjectName(u"addRecipient")

        self.recipientButtons.addWidget(self.addRecipient)

        self.removeRecipient = QPushButton(SealDialog)
        self.removeRecipient.setObjectName(u"removeRecipient")

        self.recipientButtons.addWidget(self.removeRecipient)

        self.recipientSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recipientButtons.addItem(self.recipientSpacer)


        self.recipientsRow.addLayout(self.recipientButtons)


        self.dialogLayout.addLayout(self.recipientsRow)

        self.includeGroup = QGroupBox(SealDialog)
        self.includeGroup.setObjectName(u"includeGroup")
        self.includeLayout = QVBoxLayout(self.includeGroup)
        self.includeLayout.setObjectName(u"includeLayout")
        self.includeReport = QCheckBox(self.includeGroup)
        self.includeReport.setObjectName(u"includeReport")
        self.includeReport.setChecked(True)

        self.includeLayout.addWidget(self.includeReport)

        self.includeMatrix = QCheckBox(self.includeGroup)
        self.includeMatrix.setObjectName(u"includeMatrix")
        self.includeMatrix.setChecked(True)

        self.includeLayout.addWidget(self.includeMatrix)

        self.includeAssessment = QCheckBox(self.includeGroup)
        self.includeAssessment.setObjectName(u"includeAssessment")

        self.includeLayout.addWidget(self.includeAssessment)


        self.dialogLayout.addWidget(self.includeGroup)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.keyLabel = QLabel(SealDialog)
        self.keyLabel.setObjectName(u"keyLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.keyLabel)

        self.keyRow = QHBoxLayout()
        self.keyRow.setObjectName(u"keyRow")
        self.keyFile = QLineEdit(SealDialog)
        self.keyFile.setObjectName(u"keyFile")

        self.keyRow.addWidget(self.keyFile)

        self.browseKey = QPushButton(SealDialog)
        self.browseKey.setObjectName(u"browseKey")

        self.keyRow.addWidget(self.browseKey)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.keyRow)

        self.passphraseLabel = QLabel(SealDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphrase = QLineEdit(SealDialog)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphrase)

        self.languageLabel = QLabel(SealDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.language = QComboBox(SealDialog)
        self.language.setObjectName(u"language")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.language)

        self.outputLabel = QLabel(SealDialog)
        self.outputLabel.setObjectName(u"outputLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.outputLabel)

        self.outputRow = QHBoxLayout()
        self.outputRow.setObjectName(u"outputRow")
        self.output = QLineEdit(SealDialog)
        self.output.setObjectName(u"output")

        self.outputRow.addWidget(self.output)

        self.browseOutput = QPushButton(SealDialog)
        self.browseOutput.setObjectName(u"browseOutput")

        self.outputRow.addWidget(self.browseOutput)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.outputRow)


        self.dialogLayout.addLayout(self.form)

        self.problem = QLabel(SealDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.dialogLayout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(SealDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.recipientsLabel.setBuddy(self.recipients)
        self.keyLabel.setBuddy(self.keyFile)
        self.passphraseLabel.setBuddy(self.passphrase)
        self.languageLabel.setBuddy(self.language)
        self.outputLabel.setBuddy(self.output)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SealDialog)

        QMetaObject.connectSlotsByName(SealDialog)
    # setupUi

    def retranslateUi(self, SealDialog):
        self.recipientsLabel.setText(QCoreApplication.translate("SealDialog", u"&Recipients: the certificates (.pem) of the people who may open the package", None))
#if QT_CONFIG(accessibility)
        self.recipients.setAccessibleName(QCoreApplication.translate("SealDialog", u"Recipients", None))
#endif // QT_CONFIG(accessibility)
        self.addRecipient.setText(QCoreApplication.translate("SealDialog", u"&Add a certificate\u2026", None))
        self.removeRecipient.setText(QCoreApplication.translate("SealDialog", u"Re&move", None))
        self.includeGroup.setTitle(QCoreApplication.translate("SealDialog", u"In the package", None))
        self.includeReport.setText(QCoreApplication.translate("SealDialog", u"The signed &PDF report", None))
        self.includeMatrix.setText(QCoreApplication.translate("SealDialog", u"The Excel &matrix", None))
        self.includeAssessment.setText(QCoreApplication.translate("SealDialog", u"The assessment &file itself (with its evidence and history)", None))
        self.keyLabel.setText(QCoreApplication.translate("SealDialog", u"Your signing &key:", None))
        self.keyFile.setPlaceholderText(QCoreApplication.translate("SealDialog", u"A .p12 signing key", None))
        self.browseKey.setText(QCoreApplication.translate("SealDialog", u"&Browse\u2026", None))
        self.passphraseLabel.setText(QCoreApplication.translate("SealDialog", u"Pass&phrase:", None))
        self.languageLabel.setText(QCoreApplication.translate("SealDialog", u"&Language:", None))
        self.outputLabel.setText(QCoreApplication.translate("SealDialog", u"Save &as:", None))
        self.browseOutput.setText(QCoreApplication.translate("SealDialog", u"Br&owse\u2026", None))
        pass
    # retranslateUi
