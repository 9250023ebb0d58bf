"""Compiled from ``ui/start_window.ui`` by ``scripts/update_forms.py`` (Qt's uic).

Edit the .ui file in Qt Designer and run that script; never edit this file.
"""

# mypy: ignore-errors

from ..qt import QCoreApplication, QFrame, QHBoxLayout, QLabel, QMetaObject, QPushButton, QSizePolicy, QSpacerItem, QTreeWidget, QVBoxLayout, Qt


class Ui_StartWindow(object):
    def setupUi(self, StartWindow):
        if not StartWindow.objectName():
            StartWindow.setObjectName(u"StartWindow")
        StartWindow.resize(1000, 600)
        self.startLayout = QHBoxLayout(StartWindow)
        self.startLayout.setSpacing(0)
        self.startLayout.setObjectName(u"startLayout")
        self.startLayout.setContentsMargins(0, 0, 0, 0)
        self.sidePanel = QFrame(StartWindow)
        self.sidePanel.setObjectName(u"sidePanel")
        self.sidePanel.setAutoFillBackground(True)
        self.sideLayout = QVBoxLayout(self.sidePanel)
        self.sideLayout.setObjectName(u"sideLayout")
        self.logo = QLabel(self.sidePanel)
        self.logo.setObjectName(u"logo")

        self.sideLayout.addWidget(self.logo)

        self.appName = QLabel(self.sidePanel)
        self.appName.setObjectName(u"appName")
        self.appName.setText(u"CyberAssess")

        self.sideLayout.addWidget(self.appName)

        self.tagline = QLabel(self.sidePanel)
        self.tagline.setObjectName(u"tagline")
        self.tagline.setWordWrap(True)

        self.sideLayout.addWidget(self.tagline)

        self.sideGap = QSpacerItem(10, 16, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.sideLayout.addItem(self.sideGap)

        self.newButton = QPushButton(self.sidePanel)
        self.newButton.setObjectName(u"newButton")

        self.sideLayout.addWidget(self.newButton)

        self.openButton = QPushButton(self.sidePanel)
        self.openButton.setObjectName(u"openButton")

        self.sideLayout.addWidget(self.openButton)

        self.demoButton = QPushButton(self.sidePanel)
        self.demoButton.setObjectName(u"demoButton")

        self.sideLayout.addWidget(self.demoButton)

        self.sideStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sideLayout.addItem(self.sideStretch)

        self.settingsButton = QPushButton(self.sidePanel)
        self.settingsButton.setObjectName(u"settingsButton")
        self.settingsButton.setFlat(True)

        self.sideLayout.addWidget(self.settingsButton)

        self.footer = QLabel(self.sidePanel)
        self.footer.setObjectName(u"footer")
        self.footer.setWordWrap(True)

        self.sideLayout.addWidget(self.footer)


        self.startLayout.addWidget(self.sidePanel)

        self.recentLayout = QVBoxLayout()
        self.recentLayout.setObjectName(u"recentLayout")
        self.recentLayout.setContentsMargins(18, 18, 18, 18)
        self.recentLabel = QLabel(StartWindow)
        self.recentLabel.setObjectName(u"recentLabel")

        self.recentLayout.addWidget(self.recentLabel)

        self.recentList = QTreeWidget(StartWindow)
        self.recentList.setObjectName(u"recentList")
        self.recentList.setRootIsDecorated(False)
        self.recentList.setUniformRowHeights(False)
        self.recentList.setAlternatingRowColors(True)

        self.recentLayout.addWidget(self.recentList)

        self.emptyHint = QLabel(StartWindow)
        self.emptyHint.setObjectName(u"emptyHint")
        self.emptyHint.setWordWrap(True)
        self.emptyHint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.recentLayout.addWidget(self.emptyHint)

        self.recentButtons = QHBoxLayout()
        self.recentButtons.setObjectName(u"recentButtons")
        self.recentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recentButtons.addItem(self.recentSpacer)

        self.forgetButton = QPushButton(StartWindow)
        self.forgetButton.setObjectName(u"forgetButton")

        self.recentButtons.addWidget(self.forgetButton)

        self.openRecentButton = QPushButton(StartWindow)
        self.openRecentButton.setObjectName(u"openRecentButton")

        self.recentButtons.addWidget(self.openRecentButton)


        self.recentLayout.addLayout(self.recentButtons)


        self.startLayout.addLayout(self.recentLayout)

#if QT_CONFIG(shortcut)
        self.recentLabel.setBuddy(self.recentList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StartWindow)

        QMetaObject.connectSlotsByName(StartWindow)
    # setupUi

    def retranslateUi(self, StartWindow):
        self.tagline.setText(QCoreApplication.translate("StartWindow", u"Assess a country's capacity to prevent, investigate and prosecute cybercrime. Works offline.", None))
        self.newButton.setText(QCoreApplication.translate("StartWindow", u"&New assessment\u2026", None))
        self.openButton.setText(QCoreApplication.translate("StartWindow", u"&Open an assessment\u2026", None))
        self.demoButton.setText(QCoreApplication.translate("StartWindow", u"Explore the &demo assessment", None))
        self.settingsButton.setText(QCoreApplication.translate("StartWindow", u"Se&ttings\u2026", None))
        self.recentLabel.setText(QCoreApplication.translate("StartWindow", u"&Recent assessments", None))
        ___qtreewidgetitem = self.recentList.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("StartWindow", u"File", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("StartWindow", u"Last edited", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("StartWindow", u"Answered", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("StartWindow", u"Assessment", None))
#if QT_CONFIG(accessibility)
        self.recentList.setAccessibleName(QCoreApplication.translate("StartWindow", u"Recent assessments", None))
#endif // QT_CONFIG(accessibility)
        self.emptyHint.setText(QCoreApplication.translate("StartWindow", u"No recent assessments yet. Start a new one, or explore the demo assessment of the fictional Republic of Meridia to see how CyberAssess works.", None))
        self.forgetButton.setText(QCoreApplication.translate("StartWindow", u"Remove from &list", None))
#if QT_CONFIG(tooltip)
        self.forgetButton.setToolTip(QCoreApplication.translate("StartWindow", u"Remove the selected entry from this list (the file is not deleted)", None))
#endif // QT_CONFIG(tooltip)
        self.openRecentButton.setText(QCoreApplication.translate("StartWindow", u"O&pen", None))
        pass
    # retranslateUi
