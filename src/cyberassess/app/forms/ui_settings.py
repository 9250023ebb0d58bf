"""Compiled from ``ui/settings.ui`` by ``scripts/update_forms.py`` (Qt's uic).

Edit the .ui file in Qt Designer and run that script; never edit this file.
"""

# mypy: ignore-errors

from ..qt import QComboBox, QCoreApplication, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMetaObject, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, Qt


class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(560, 320)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.languageLabel = QLabel(SettingsDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.language = QComboBox(SettingsDialog)
        self.language.setObjectName(u"language")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language)

        self.assessorLabel = QLabel(SettingsDialog)
        self.assessorLabel.setObjectName(u"assessorLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.assessorLabel)

        self.assessor = QLineEdit(SettingsDialog)
        self.assessor.setObjectName(u"assessor")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.assessor)

        self.keyLabel = QLabel(SettingsDialog)
        self.keyLabel.setObjectName(u"keyLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.keyLabel)

        self.keyRow = QHBoxLayout()
        self.keyRow.setObjectName(u"keyRow")
        self.keyFile = QLineEdit(SettingsDialog)
        self.keyFile.setObjectName(u"keyFile")

        self.keyRow.addWidget(self.keyFile)

        self.browseKey = QPushButton(SettingsDialog)
        self.browseKey.setObjectName(u"browseKey")

        self.keyRow.addWidget(self.browseKey)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.keyRow)

        self.recentLabel = QLabel(SettingsDialog)
        self.recentLabel.setObjectName(u"recentLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.recentLabel)

        self.clearRecent = QPushButton(SettingsDialog)
        self.clearRecent.setObjectName(u"clearRecent")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.clearRecent)


        self.dialogLayout.addLayout(self.form)

        self.where = QLabel(SettingsDialog)
        self.where.setObjectName(u"where")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.where)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttons = QDialogButtonBox(SettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.language)
        self.assessorLabel.setBuddy(self.assessor)
        self.keyLabel.setBuddy(self.keyFile)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language:", None))
#if QT_CONFIG(tooltip)
        self.language.setToolTip(QCoreApplication.translate("SettingsDialog", u"The language of the windows and of the framework's texts; takes effect when CyberAssess is started again", None))
#endif // QT_CONFIG(tooltip)
        self.assessorLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Your name:", None))
        self.assessor.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"Recorded with every answer you give", None))
        self.keyLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Signing key:", None))
        self.keyFile.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"A .p12 file, used to sign PDF reports", None))
        self.browseKey.setText(QCoreApplication.translate("SettingsDialog", u"&Browse\u2026", None))
        self.recentLabel.setText(QCoreApplication.translate("SettingsDialog", u"Recent files:", None))
        self.clearRecent.setText(QCoreApplication.translate("SettingsDialog", u"&Clear the list of recent assessments", None))
        pass
    # retranslateUi
