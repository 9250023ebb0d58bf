"""Compiled from ``ui/mission_page.ui`` by ``scripts/update_forms.py`` (Qt's uic).

Edit the .ui file in Qt Designer and run that script; never edit this file.
"""

# mypy: ignore-errors

from ..qt import QComboBox, QCoreApplication, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMetaObject, QPlainTextEdit, QScrollArea, QSize, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget


class Ui_MissionPage(object):
    def setupUi(self, MissionPage):
        if not MissionPage.objectName():
            MissionPage.setObjectName(u"MissionPage")
        MissionPage.resize(1000, 760)
        self.pageLayout = QVBoxLayout(MissionPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(MissionPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.contentLayout = QVBoxLayout(self.content)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(12, 12, 12, 12)
        self.intro = QLabel(self.content)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.contentLayout.addWidget(self.intro)

        self.missionBox = QGroupBox(self.content)
        self.missionBox.setObjectName(u"missionBox")
        self.missionForm = QFormLayout(self.missionBox)
        self.missionForm.setObjectName(u"missionForm")
        self.typeLabel = QLabel(self.missionBox)
        self.typeLabel.setObjectName(u"typeLabel")

        self.missionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.missionType = QComboBox(self.missionBox)
        self.missionType.setObjectName(u"missionType")

        self.missionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.missionType)

        self.periodLabel = QLabel(self.missionBox)
        self.periodLabel.setObjectName(u"periodLabel")

        self.missionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.startDate = QLineEdit(self.missionBox)
        self.startDate.setObjectName(u"startDate")
        self.startDate.setMaximumSize(QSize(170, 16777215))
        self.startDate.setMaxLength(10)

        self.periodLayout.addWidget(self.startDate)

        self.toLabel = QLabel(self.missionBox)
        self.toLabel.setObjectName(u"toLabel")

        self.periodLayout.addWidget(self.toLabel)

        self.endDate = QLineEdit(self.missionBox)
        self.endDate.setObjectName(u"endDate")
        self.endDate.setMaximumSize(QSize(170, 16777215))
        self.endDate.setMaxLength(10)

        self.periodLayout.addWidget(self.endDate)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)


        self.missionForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.periodLayout)

        self.hostLabel = QLabel(self.missionBox)
        self.hostLabel.setObjectName(u"hostLabel")

        self.missionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.host = QLineEdit(self.missionBox)
        self.host.setObjectName(u"host")

        self.missionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.host)

        self.markingLabel = QLabel(self.missionBox)
        self.markingLabel.setObjectName(u"markingLabel")

        self.missionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.markingLabel)

        self.marking = QLineEdit(self.missionBox)
        self.marking.setObjectName(u"marking")

        self.missionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.marking)

        self.statusLabel = QLabel(self.missionBox)
        self.statusLabel.setObjectName(u"statusLabel")

        self.missionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.status = QComboBox(self.missionBox)
        self.status.setObjectName(u"status")

        self.missionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.status)

        self.limitationsLabel = QLabel(self.missionBox)
        self.limitationsLabel.setObjectName(u"limitationsLabel")

        self.missionForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.limitationsLabel)

        self.limitations = QPlainTextEdit(self.missionBox)
        self.limitations.setObjectName(u"limitations")
        self.limitations.setTabChangesFocus(True)
        self.limitations.setMaximumSize(QSize(16777215, 90))

        self.missionForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.limitations)


        self.contentLayout.addWidget(self.missionBox)

        self.teamBox = QGroupBox(self.content)
        self.teamBox.setObjectName(u"teamBox")
        self.teamLayout = QVBoxLayout(self.teamBox)
        self.teamLayout.setObjectName(u"teamLayout")

        self.contentLayout.addWidget(self.teamBox)

        self.consultedBox = QGroupBox(self.content)
        self.consultedBox.setObjectName(u"consultedBox")
        self.consultedLayout = QVBoxLayout(self.consultedBox)
        self.consultedLayout.setObjectName(u"consultedLayout")

        self.contentLayout.addWidget(self.consultedBox)

        self.documentsBox = QGroupBox(self.content)
        self.documentsBox.setObjectName(u"documentsBox")
        self.documentsLayout = QVBoxLayout(self.documentsBox)
        self.documentsLayout.setObjectName(u"documentsLayout")

        self.contentLayout.addWidget(self.documentsBox)

        self.scroll.setWidget(self.content)

        self.pageLayout.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.typeLabel.setBuddy(self.missionType)
        self.periodLabel.setBuddy(self.startDate)
        self.hostLabel.setBuddy(self.host)
        self.markingLabel.setBuddy(self.marking)
        self.statusLabel.setBuddy(self.status)
        self.limitationsLabel.setBuddy(self.limitations)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.missionType, self.startDate)
        QWidget.setTabOrder(self.startDate, self.endDate)
        QWidget.setTabOrder(self.endDate, self.host)
        QWidget.setTabOrder(self.host, self.marking)
        QWidget.setTabOrder(self.marking, self.status)
        QWidget.setTabOrder(self.status, self.limitations)

        self.retranslateUi(MissionPage)

        QMetaObject.connectSlotsByName(MissionPage)
    # setupUi

    def retranslateUi(self, MissionPage):
        self.intro.setText(QCoreApplication.translate("MissionPage", u"How the review was done: the mission's dates and host, the team, who was consulted and which documents were reviewed. The report's cover, methodology and annexes are written from this record.", None))
        self.missionBox.setTitle(QCoreApplication.translate("MissionPage", u"Mission", None))
        self.typeLabel.setText(QCoreApplication.translate("MissionPage", u"&Type:", None))
        self.periodLabel.setText(QCoreApplication.translate("MissionPage", u"&Dates:", None))
#if QT_CONFIG(accessibility)
        self.startDate.setAccessibleName(QCoreApplication.translate("MissionPage", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.startDate.setPlaceholderText(QCoreApplication.translate("MissionPage", u"start, YYYY-MM-DD", None))
        self.toLabel.setText(QCoreApplication.translate("MissionPage", u"to", None))
#if QT_CONFIG(accessibility)
        self.endDate.setAccessibleName(QCoreApplication.translate("MissionPage", u"End date", None))
#endif // QT_CONFIG(accessibility)
        self.endDate.setPlaceholderText(QCoreApplication.translate("MissionPage", u"end, YYYY-MM-DD", None))
        self.hostLabel.setText(QCoreApplication.translate("MissionPage", u"&Host or lead institution:", None))
        self.markingLabel.setText(QCoreApplication.translate("MissionPage", u"Confidentiality &marking:", None))
        self.marking.setPlaceholderText(QCoreApplication.translate("MissionPage", u"e.g. Restricted \u2014 Ministry of Justice and partners", None))
        self.statusLabel.setText(QCoreApplication.translate("MissionPage", u"&Status:", None))
        self.limitationsLabel.setText(QCoreApplication.translate("MissionPage", u"&Limitations:", None))
        self.teamBox.setTitle(QCoreApplication.translate("MissionPage", u"Review team", None))
        self.consultedBox.setTitle(QCoreApplication.translate("MissionPage", u"Institutions and persons consulted", None))
        self.documentsBox.setTitle(QCoreApplication.translate("MissionPage", u"Documents reviewed", None))
        pass
    # retranslateUi
