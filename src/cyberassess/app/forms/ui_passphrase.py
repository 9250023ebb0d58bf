"""Compiled from ``ui/passphrase.ui`` by ``scripts/update_forms.py`` (Qt's uic).

Edit the .ui file in Qt Designer and run that script; never edit this file.
"""

# mypy: ignore-errors

from ..qt import QCoreApplication, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMetaObject, QSizePolicy, QSpacerItem, QVBoxLayout


class Ui_PassphraseDialog(object):
    def setupUi(self, PassphraseDialog):
        if not PassphraseDialog.objectName():
            PassphraseDialog.setObjectName(u"PassphraseDialog")
        PassphraseDialog.resize(480, 220)
        self.dialogLayout = QVBoxLayout(PassphraseDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.message = QLabel(PassphraseDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.dialogLayout.addWidget(self.message)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.passphraseLabel = QLabel(PassphraseDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphrase = QLineEdit(PassphraseDialog)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphrase)

        self.repeatLabel = QLabel(PassphraseDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeat = QLineEdit(PassphraseDialog)
        self.repeat.setObjectName(u"repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeat)


        self.dialogLayout.addLayout(self.form)

        self.warning = QLabel(PassphraseDialog)
        self.warning.setObjectName(u"warning")
        self.warning.setWordWrap(True)

        self.dialogLayout.addWidget(self.warning)

        self.problem = QLabel(PassphraseDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.dialogLayout.addWidget(self.problem)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttons = QDialogButtonBox(PassphraseDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphrase)
        self.repeatLabel.setBuddy(self.repeat)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PassphraseDialog)

        QMetaObject.connectSlotsByName(PassphraseDialog)
    # setupUi

    def retranslateUi(self, PassphraseDialog):
        self.passphraseLabel.setText(QCoreApplication.translate("PassphraseDialog", u"&Passphrase:", None))
        self.repeatLabel.setText(QCoreApplication.translate("PassphraseDialog", u"&Repeat it:", None))
        self.warning.setText(QCoreApplication.translate("PassphraseDialog", u"There is no recovery: without this passphrase nobody, not even CyberAssess, can open the assessment. Keep it apart from the file.", None))
        pass
    # retranslateUi
