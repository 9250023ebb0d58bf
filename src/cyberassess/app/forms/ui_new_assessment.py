"""Compiled from ``ui/new_assessment.ui`` by ``scripts/update_forms.py`` (Qt's uic).

Edit the .ui file in Qt Designer and run that script; never edit this file.
"""

# mypy: ignore-errors

from ..qt import QCheckBox, QComboBox, QCoreApplication, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QMetaObject, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, Qt


class Ui_NewAssessmentDialog(object):
    def setupUi(self, NewAssessmentDialog):
        if not NewAssessmentDialog.objectName():
            NewAssessmentDialog.setObjectName(u"NewAssessmentDialog")
        NewAssessmentDialog.resize(560, 560)
        self.dialogLayout = QVBoxLayout(NewAssessmentDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(NewAssessmentDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.countryLabel = QLabel(NewAssessmentDialog)
        self.countryLabel.setObjectName(u"countryLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.country = QLineEdit(NewAssessmentDialog)
        self.country.setObjectName(u"country")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.country)

        self.missionLabel = QLabel(NewAssessmentDialog)
        self.missionLabel.setObjectName(u"missionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.missionLabel)

        self.mission = QLineEdit(NewAssessmentDialog)
        self.mission.setObjectName(u"mission")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mission)

        self.assessorsLabel = QLabel(NewAssessmentDialog)
        self.assessorsLabel.setObjectName(u"assessorsLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.assessorsLabel)

        self.assessors = QLineEdit(NewAssessmentDialog)
        self.assessors.setObjectName(u"assessors")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.assessors)

        self.frameworkLabel = QLabel(NewAssessmentDialog)
        self.frameworkLabel.setObjectName(u"frameworkLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.frameworkLabel)

        self.framework = QComboBox(NewAssessmentDialog)
        self.framework.setObjectName(u"framework")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.framework)

        self.targetLabel = QLabel(NewAssessmentDialog)
        self.targetLabel.setObjectName(u"targetLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.target = QComboBox(NewAssessmentDialog)
        self.target.setObjectName(u"target")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.target)

        self.instrumentsLabel = QLabel(NewAssessmentDialog)
        self.instrumentsLabel.setObjectName(u"instrumentsLabel")
        self.instrumentsLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.instrumentsLabel)

        self.instrumentsColumn = QVBoxLayout()
        self.instrumentsColumn.setObjectName(u"instrumentsColumn")
        self.instruments = QListWidget(NewAssessmentDialog)
        self.instruments.setObjectName(u"instruments")
        self.instruments.setAlternatingRowColors(True)

        self.instrumentsColumn.addWidget(self.instruments)

        self.instrumentsHint = QLabel(NewAssessmentDialog)
        self.instrumentsHint.setObjectName(u"instrumentsHint")
        self.instrumentsHint.setWordWrap(True)

        self.instrumentsColumn.addWidget(self.instrumentsHint)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.instrumentsColumn)

        self.fileLabel = QLabel(NewAssessmentDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.file = QLineEdit(NewAssessmentDialog)
        self.file.setObjectName(u"file")

        self.fileRow.addWidget(self.file)

        self.browse = QPushButton(NewAssessmentDialog)
        self.browse.setObjectName(u"browse")

        self.fileRow.addWidget(self.browse)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.fileRow)


        self.dialogLayout.addLayout(self.form)

        self.encrypt = QCheckBox(NewAssessmentDialog)
        self.encrypt.setObjectName(u"encrypt")

        self.dialogLayout.addWidget(self.encrypt)

        self.problem = QLabel(NewAssessmentDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.dialogLayout.addWidget(self.problem)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttons = QDialogButtonBox(NewAssessmentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.countryLabel.setBuddy(self.country)
        self.missionLabel.setBuddy(self.mission)
        self.assessorsLabel.setBuddy(self.assessors)
        self.frameworkLabel.setBuddy(self.framework)
        self.targetLabel.setBuddy(self.target)
        self.instrumentsLabel.setBuddy(self.instruments)
        self.fileLabel.setBuddy(self.file)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewAssessmentDialog)

        QMetaObject.connectSlotsByName(NewAssessmentDialog)
    # setupUi

    def retranslateUi(self, NewAssessmentDialog):
        self.intro.setText(QCoreApplication.translate("NewAssessmentDialog", u"An assessment is one file. Every answer is saved in it as you work; you can copy it, e-mail it or carry it on a USB stick.", None))
        self.countryLabel.setText(QCoreApplication.translate("NewAssessmentDialog", u"&Country:", None))
        self.country.setPlaceholderText(QCoreApplication.translate("NewAssessmentDialog", u"The country being assessed", None))
        self.missionLabel.setText(QCoreApplication.translate("NewAssessmentDialog", u"&Mission:", None))
        self.mission.setPlaceholderText(QCoreApplication.translate("NewAssessmentDialog", u"For example: National Cyber Review 2026", None))
        self.assessorsLabel.setText(QCoreApplication.translate("NewAssessmentDialog", u"&Assessors:", None))
        self.assessors.setPlaceholderText(QCoreApplication.translate("NewAssessmentDialog", u"Names, separated by commas", None))
        self.frameworkLabel.setText(QCoreApplication.translate("NewAssessmentDialog", u"&Framework:", None))
        self.targetLabel.setText(QCoreApplication.translate("NewAssessmentDialog", u"&Target stage:", None))
#if QT_CONFIG(tooltip)
        self.target.setToolTip(QCoreApplication.translate("NewAssessmentDialog", u"The maturity stage the country aims for; gaps and priorities are measured against it", None))
#endif // QT_CONFIG(tooltip)
        self.instrumentsLabel.setText(QCoreApplication.translate("NewAssessmentDialog", u"&Instruments:", None))
#if QT_CONFIG(accessibility)
        self.instruments.setAccessibleName(QCoreApplication.translate("NewAssessmentDialog", u"Instruments that apply to the country", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.instruments.setToolTip(QCoreApplication.translate("NewAssessmentDialog", u"The treaties that apply to the country; the global ones are checked. The guidance, the report and the treaty table show only the instruments checked; you can change them later (Edit \u25b8 Instruments that apply\u2026).", None))
#endif // QT_CONFIG(tooltip)
        self.instrumentsHint.setText(QCoreApplication.translate("NewAssessmentDialog", u"Check the regional instruments the country is party to.", None))
        self.fileLabel.setText(QCoreApplication.translate("NewAssessmentDialog", u"F&ile:", None))
        self.browse.setText(QCoreApplication.translate("NewAssessmentDialog", u"&Browse\u2026", None))
        self.encrypt.setText(QCoreApplication.translate("NewAssessmentDialog", u"&Encrypt the file with a passphrase (needed to open it; there is no recovery)", None))
        pass
    # retranslateUi
