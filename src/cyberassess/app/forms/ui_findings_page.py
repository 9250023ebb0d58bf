"""Compiled from ``ui/findings_page.ui`` by ``scripts/update_forms.py`` (Qt's uic).

Edit the .ui file in Qt Designer and run that script; never edit this file.
"""

# mypy: ignore-errors

from ..qt import QCoreApplication, QGroupBox, QHBoxLayout, QLabel, QListWidget, QMetaObject, QPlainTextEdit, QPushButton, QSize, QSizePolicy, QSpacerItem, QSplitter, QTextBrowser, QTreeWidget, QVBoxLayout, Qt


class Ui_FindingsPage(object):
    def setupUi(self, FindingsPage):
        if not FindingsPage.objectName():
            FindingsPage.setObjectName(u"FindingsPage")
        FindingsPage.resize(1000, 700)
        self.pageLayout = QHBoxLayout(FindingsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(12, 12, 12, 12)
        self.sections = QListWidget(FindingsPage)
        self.sections.setObjectName(u"sections")
        self.sections.setMinimumSize(QSize(290, 0))
        self.sections.setMaximumSize(QSize(360, 16777215))
        self.sections.setWordWrap(True)

        self.pageLayout.addWidget(self.sections)

        self.editorLayout = QVBoxLayout()
        self.editorLayout.setObjectName(u"editorLayout")
        self.title = QLabel(FindingsPage)
        self.title.setObjectName(u"title")
        self.title.setWordWrap(True)

        self.editorLayout.addWidget(self.title)

        self.explanation = QLabel(FindingsPage)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.editorLayout.addWidget(self.explanation)

        self.split = QSplitter(FindingsPage)
        self.split.setObjectName(u"split")
        self.split.setOrientation(Qt.Orientation.Vertical)
        self.split.setChildrenCollapsible(False)
        self.editor = QPlainTextEdit(self.split)
        self.editor.setObjectName(u"editor")
        self.editor.setTabChangesFocus(True)
        self.split.addWidget(self.editor)
        self.proposalBox = QGroupBox(self.split)
        self.proposalBox.setObjectName(u"proposalBox")
        self.proposalLayout = QVBoxLayout(self.proposalBox)
        self.proposalLayout.setObjectName(u"proposalLayout")
        self.proposal = QTextBrowser(self.proposalBox)
        self.proposal.setObjectName(u"proposal")
        self.proposal.setOpenLinks(False)

        self.proposalLayout.addWidget(self.proposal)

        self.proposalButtons = QHBoxLayout()
        self.proposalButtons.setObjectName(u"proposalButtons")
        self.replaceButton = QPushButton(self.proposalBox)
        self.replaceButton.setObjectName(u"replaceButton")

        self.proposalButtons.addWidget(self.replaceButton)

        self.appendButton = QPushButton(self.proposalBox)
        self.appendButton.setObjectName(u"appendButton")

        self.proposalButtons.addWidget(self.appendButton)

        self.dismissButton = QPushButton(self.proposalBox)
        self.dismissButton.setObjectName(u"dismissButton")

        self.proposalButtons.addWidget(self.dismissButton)

        self.proposalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.proposalButtons.addItem(self.proposalSpacer)


        self.proposalLayout.addLayout(self.proposalButtons)

        self.split.addWidget(self.proposalBox)
        self.indicators = QTreeWidget(self.split)
        self.indicators.setObjectName(u"indicators")
        self.indicators.setRootIsDecorated(False)
        self.indicators.setUniformRowHeights(True)
        self.indicators.setAlternatingRowColors(True)
        self.split.addWidget(self.indicators)

        self.editorLayout.addWidget(self.split)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.draftButton = QPushButton(FindingsPage)
        self.draftButton.setObjectName(u"draftButton")

        self.buttons.addWidget(self.draftButton)

        self.formatHint = QLabel(FindingsPage)
        self.formatHint.setObjectName(u"formatHint")
        self.formatHint.setWordWrap(True)

        self.buttons.addWidget(self.formatHint)


        self.editorLayout.addLayout(self.buttons)


        self.pageLayout.addLayout(self.editorLayout)

        self.pageLayout.setStretch(1, 1)

        self.retranslateUi(FindingsPage)

        QMetaObject.connectSlotsByName(FindingsPage)
    # setupUi

    def retranslateUi(self, FindingsPage):
#if QT_CONFIG(accessibility)
        self.sections.setAccessibleName(QCoreApplication.translate("FindingsPage", u"Sections of the review", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.editor.setAccessibleName(QCoreApplication.translate("FindingsPage", u"Text of the section", None))
#endif // QT_CONFIG(accessibility)
        self.proposalBox.setTitle(QCoreApplication.translate("FindingsPage", u"Proposed text, drafted from the answers", None))
        self.replaceButton.setText(QCoreApplication.translate("FindingsPage", u"&Use this text", None))
        self.appendButton.setText(QCoreApplication.translate("FindingsPage", u"A&dd it after mine", None))
        self.dismissButton.setText(QCoreApplication.translate("FindingsPage", u"Di&smiss", None))
        ___qtreewidgetitem = self.indicators.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("FindingsPage", u"Justification", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("FindingsPage", u"Stage", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("FindingsPage", u"Indicator", None))
#if QT_CONFIG(accessibility)
        self.indicators.setAccessibleName(QCoreApplication.translate("FindingsPage", u"The dimension's indicators", None))
#endif // QT_CONFIG(accessibility)
        self.draftButton.setText(QCoreApplication.translate("FindingsPage", u"&Draft from answers", None))
#if QT_CONFIG(tooltip)
        self.draftButton.setToolTip(QCoreApplication.translate("FindingsPage", u"Propose a starting text from the dimension's answers, justifications and stage descriptors; your text is not changed until you choose to use it", None))
#endif // QT_CONFIG(tooltip)
        self.formatHint.setText(QCoreApplication.translate("FindingsPage", u"Paragraphs are separated by an empty line; \"- \" starts a bullet, **bold** and *italic* are kept.", None))
        pass
    # retranslateUi
