"""Compiled from ``ui/indicator_page.ui`` by ``scripts/update_forms.py`` (Qt's uic).

Edit the .ui file in Qt Designer and run that script; never edit this file.
"""

# mypy: ignore-errors

from ..qt import QComboBox, QCoreApplication, QFrame, QHBoxLayout, QLabel, QListWidget, QMetaObject, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QTextBrowser, QVBoxLayout, QWidget, Qt


class Ui_IndicatorPage(object):
    def setupUi(self, IndicatorPage):
        if not IndicatorPage.objectName():
            IndicatorPage.setObjectName(u"IndicatorPage")
        IndicatorPage.resize(980, 720)
        self.pageLayout = QVBoxLayout(IndicatorPage)
        self.pageLayout.setSpacing(0)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(IndicatorPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(True)
        self.scrollArea = QScrollArea(self.splitter)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.contentLayout = QVBoxLayout(self.content)
        self.contentLayout.setObjectName(u"contentLayout")
        self.breadcrumb = QLabel(self.content)
        self.breadcrumb.setObjectName(u"breadcrumb")
        self.breadcrumb.setWordWrap(True)

        self.contentLayout.addWidget(self.breadcrumb)

        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.indicatorId = QLabel(self.content)
        self.indicatorId.setObjectName(u"indicatorId")

        self.titleRow.addWidget(self.indicatorId)

        self.titleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleSpacer)

        self.position = QLabel(self.content)
        self.position.setObjectName(u"position")

        self.titleRow.addWidget(self.position)


        self.contentLayout.addLayout(self.titleRow)

        self.question = QLabel(self.content)
        self.question.setObjectName(u"question")
        self.question.setWordWrap(True)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contentLayout.addWidget(self.question)

        self.stagesLabel = QLabel(self.content)
        self.stagesLabel.setObjectName(u"stagesLabel")

        self.contentLayout.addWidget(self.stagesLabel)

        self.stageCards = QWidget(self.content)
        self.stageCards.setObjectName(u"stageCards")

        self.contentLayout.addWidget(self.stageCards)

        self.specialCards = QWidget(self.content)
        self.specialCards.setObjectName(u"specialCards")

        self.contentLayout.addWidget(self.specialCards)

        self.contentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentLayout.addItem(self.contentSpacer)

        self.scrollArea.setWidget(self.content)
        self.splitter.addWidget(self.scrollArea)
        self.rightSplit = QSplitter(self.splitter)
        self.rightSplit.setObjectName(u"rightSplit")
        self.rightSplit.setOrientation(Qt.Orientation.Vertical)
        self.rightSplit.setChildrenCollapsible(False)
        self.answerPanel = QWidget(self.rightSplit)
        self.answerPanel.setObjectName(u"answerPanel")
        self.answerLayout = QVBoxLayout(self.answerPanel)
        self.answerLayout.setObjectName(u"answerLayout")
        self.answerLayout.setContentsMargins(0, 0, 0, 0)
        self.confidenceRow = QHBoxLayout()
        self.confidenceRow.setObjectName(u"confidenceRow")
        self.confidenceLabel = QLabel(self.answerPanel)
        self.confidenceLabel.setObjectName(u"confidenceLabel")

        self.confidenceRow.addWidget(self.confidenceLabel)

        self.confidence = QComboBox(self.answerPanel)
        self.confidence.setObjectName(u"confidence")

        self.confidenceRow.addWidget(self.confidence)

        self.confidenceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.confidenceRow.addItem(self.confidenceSpacer)


        self.answerLayout.addLayout(self.confidenceRow)

        self.justificationLabel = QLabel(self.answerPanel)
        self.justificationLabel.setObjectName(u"justificationLabel")
        self.justificationLabel.setText(u"&Justification: what you saw, read or heard (key J to write, Esc to leave)")
        self.justificationLabel.setWordWrap(True)

        self.answerLayout.addWidget(self.justificationLabel)

        self.justification = QPlainTextEdit(self.answerPanel)
        self.justification.setObjectName(u"justification")
        self.justification.setTabChangesFocus(True)
        self.justification.setAcceptDrops(False)

        self.answerLayout.addWidget(self.justification)

        self.evidenceLabel = QLabel(self.answerPanel)
        self.evidenceLabel.setObjectName(u"evidenceLabel")
        self.evidenceLabel.setWordWrap(True)

        self.answerLayout.addWidget(self.evidenceLabel)

        self.evidenceRow = QHBoxLayout()
        self.evidenceRow.setObjectName(u"evidenceRow")
        self.evidenceList = QListWidget(self.answerPanel)
        self.evidenceList.setObjectName(u"evidenceList")
        self.evidenceList.setAlternatingRowColors(True)

        self.evidenceRow.addWidget(self.evidenceList)

        self.evidenceButtons = QVBoxLayout()
        self.evidenceButtons.setObjectName(u"evidenceButtons")
        self.addEvidence = QPushButton(self.answerPanel)
        self.addEvidence.setObjectName(u"addEvidence")

        self.evidenceButtons.addWidget(self.addEvidence)

        self.openEvidence = QPushButton(self.answerPanel)
        self.openEvidence.setObjectName(u"openEvidence")

        self.evidenceButtons.addWidget(self.openEvidence)

        self.removeEvidence = QPushButton(self.answerPanel)
        self.removeEvidence.setObjectName(u"removeEvidence")

        self.evidenceButtons.addWidget(self.removeEvidence)

        self.evidenceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.evidenceButtons.addItem(self.evidenceSpacer)


        self.evidenceRow.addLayout(self.evidenceButtons)


        self.answerLayout.addLayout(self.evidenceRow)

        self.answeredBy = QLabel(self.answerPanel)
        self.answeredBy.setObjectName(u"answeredBy")
        self.answeredBy.setWordWrap(True)

        self.answerLayout.addWidget(self.answeredBy)

        self.answerLayout.setStretch(2, 1)
        self.rightSplit.addWidget(self.answerPanel)
        self.guidance = QTextBrowser(self.rightSplit)
        self.guidance.setObjectName(u"guidance")
        self.guidance.setOpenLinks(False)
        self.guidance.setOpenExternalLinks(False)
        self.rightSplit.addWidget(self.guidance)
        self.splitter.addWidget(self.rightSplit)

        self.pageLayout.addWidget(self.splitter)

        self.footer = QFrame(IndicatorPage)
        self.footer.setObjectName(u"footer")
        self.footer.setFrameShape(QFrame.Shape.NoFrame)
        self.footerLayout = QHBoxLayout(self.footer)
        self.footerLayout.setObjectName(u"footerLayout")
        self.previousButton = QPushButton(self.footer)
        self.previousButton.setObjectName(u"previousButton")

        self.footerLayout.addWidget(self.previousButton)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.nextUnansweredButton = QPushButton(self.footer)
        self.nextUnansweredButton.setObjectName(u"nextUnansweredButton")

        self.footerLayout.addWidget(self.nextUnansweredButton)

        self.nextButton = QPushButton(self.footer)
        self.nextButton.setObjectName(u"nextButton")

        self.footerLayout.addWidget(self.nextButton)


        self.pageLayout.addWidget(self.footer)

        self.pageLayout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.confidenceLabel.setBuddy(self.confidence)
        self.justificationLabel.setBuddy(self.justification)
        self.evidenceLabel.setBuddy(self.evidenceList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IndicatorPage)

        QMetaObject.connectSlotsByName(IndicatorPage)
    # setupUi

    def retranslateUi(self, IndicatorPage):
        self.stagesLabel.setText(QCoreApplication.translate("IndicatorPage", u"Maturity stage (keys 1\u20135)", None))
        self.confidenceLabel.setText(QCoreApplication.translate("IndicatorPage", u"&Confidence:", None))
#if QT_CONFIG(accessibility)
        self.confidence.setAccessibleName(QCoreApplication.translate("IndicatorPage", u"Confidence", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.justification.setAccessibleName(QCoreApplication.translate("IndicatorPage", u"Justification", None))
#endif // QT_CONFIG(accessibility)
        self.justification.setPlaceholderText(QCoreApplication.translate("IndicatorPage", u"Name the documents you reviewed and the people you interviewed, and what they show.", None))
        self.evidenceLabel.setText(QCoreApplication.translate("IndicatorPage", u"E&vidence files (drop files anywhere on this page to attach them)", None))
#if QT_CONFIG(accessibility)
        self.evidenceList.setAccessibleName(QCoreApplication.translate("IndicatorPage", u"Evidence files", None))
#endif // QT_CONFIG(accessibility)
        self.addEvidence.setText(QCoreApplication.translate("IndicatorPage", u"&Add files\u2026", None))
#if QT_CONFIG(tooltip)
        self.addEvidence.setToolTip(QCoreApplication.translate("IndicatorPage", u"Attach documents, photos or notes to this indicator (Ctrl+Shift+A)", None))
#endif // QT_CONFIG(tooltip)
        self.openEvidence.setText(QCoreApplication.translate("IndicatorPage", u"&Open", None))
#if QT_CONFIG(tooltip)
        self.openEvidence.setToolTip(QCoreApplication.translate("IndicatorPage", u"Open the selected file with its usual program", None))
#endif // QT_CONFIG(tooltip)
        self.removeEvidence.setText(QCoreApplication.translate("IndicatorPage", u"Re&move", None))
#if QT_CONFIG(tooltip)
        self.removeEvidence.setToolTip(QCoreApplication.translate("IndicatorPage", u"Remove the selected file from the assessment (Undo brings it back)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.guidance.setAccessibleName(QCoreApplication.translate("IndicatorPage", u"Guidance", None))
#endif // QT_CONFIG(accessibility)
        self.previousButton.setText(QCoreApplication.translate("IndicatorPage", u"Previous", None))
        self.nextUnansweredButton.setText(QCoreApplication.translate("IndicatorPage", u"Next unanswered", None))
        self.nextButton.setText(QCoreApplication.translate("IndicatorPage", u"Next", None))
        pass
    # retranslateUi
