"""Compiled from ``ui/create_key.ui`` by ``scripts/update_forms.py`` (Qt's uic).

Edit the .ui file in Qt Designer and run that script; never edit this file.
"""

# mypy: ignore-errors

from ..qt import QCoreApplication, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMetaObject, QPushButton, QVBoxLayout


class Ui_CreateKeyDialog(object):
    def setupUi(self, CreateKeyDialog):
        if not CreateKeyDialog.objectName():
            CreateKeyDialog.setObjectName(u"CreateKeyDialog")
        CreateKeyDialog.resize(560, 300)
        self.dialogLayout = QVBoxLayout(CreateKeyDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(CreateKeyDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(CreateKeyDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.signer = QLineEdit(CreateKeyDialog)
        self.signer.setObjectName(u"signer")
        self.signer.setMaxLength(64)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.signer)

        self.orgLabel = QLabel(CreateKeyDialog)
        self.orgLabel.setObjectName(u"orgLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.orgLabel)

        self.organisation = QLineEdit(CreateKeyDialog)
        self.organisation.setObjectName(u"organisation")
        self.organisation.setMaxLength(64)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organisation)

        self.passLabel = QLabel(CreateKeyDialog)
        self.passLabel.setObjectName(u"passLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passLabel)

        self.passphrase = QLineEdit(CreateKeyDialog)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passphrase)

        self.repeatLabel = QLabel(CreateKeyDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeat = QLineEdit(CreateKeyDialog)
        self.repeat.setObjectName(u"repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeat)

        self.fileLabel = QLabel(CreateKeyDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.file = QLineEdit(CreateKeyDialog)
        self.file.setObjectName(u"file")

        self.fileRow.addWidget(self.file)

        self.browse = QPushButton(CreateKeyDialog)
        self.browse.setObjectName(u"browse")

        self.fileRow.addWidget(self.browse)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.fileRow)


        self.dialogLayout.addLayout(self.form)

        self.problem = QLabel(CreateKeyDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.dialogLayout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(CreateKeyDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.signer)
        self.orgLabel.setBuddy(self.organisation)
        self.passLabel.setBuddy(self.passphrase)
        self.repeatLabel.setBuddy(self.repeat)
        self.fileLabel.setBuddy(self.file)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CreateKeyDialog)

        QMetaObject.connectSlotsByName(CreateKeyDialog)
    # setupUi

    def retranslateUi(self, CreateKeyDialog):
        self.intro.setText(QCoreApplication.translate("CreateKeyDialog", u"A signing key is a file protected by a passphrase. Keep it and the passphrase safe: anyone who has both can sign reports in your name. Readers of a report can check its fingerprint with you.", None))
        self.nameLabel.setText(QCoreApplication.translate("CreateKeyDialog", u"Your &name:", None))
        self.orgLabel.setText(QCoreApplication.translate("CreateKeyDialog", u"&Organisation:", None))
        self.passLabel.setText(QCoreApplication.translate("CreateKeyDialog", u"&Passphrase:", None))
        self.passphrase.setPlaceholderText(QCoreApplication.translate("CreateKeyDialog", u"At least 8 characters; a few unrelated words are easy to remember", None))
        self.repeatLabel.setText(QCoreApplication.translate("CreateKeyDialog", u"&Repeat it:", None))
        self.fileLabel.setText(QCoreApplication.translate("CreateKeyDialog", u"Save &as:", None))
        self.browse.setText(QCoreApplication.translate("CreateKeyDialog", u"&Browse\u2026", None))
        pass
    # retranslateUi
