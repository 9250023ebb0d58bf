"""Compiled from ``ui/library_page.ui`` by ``scripts/update_forms.py`` (Qt's uic).

Edit the .ui file in Qt Designer and run that script; never edit this file.
"""

# mypy: ignore-errors

from ..qt import QComboBox, QCoreApplication, QHBoxLayout, QLabel, QLineEdit, QMetaObject, QSizePolicy, QSpacerItem, QSplitter, QStackedWidget, QTextBrowser, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget, Qt


class Ui_LibraryPage(object):
    def setupUi(self, LibraryPage):
        if not LibraryPage.objectName():
            LibraryPage.setObjectName(u"LibraryPage")
        LibraryPage.resize(1100, 700)
        self.pageLayout = QVBoxLayout(LibraryPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(12, 12, 12, 12)
        self.splitter = QSplitter(LibraryPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.searchPanel = QWidget(self.splitter)
        self.searchPanel.setObjectName(u"searchPanel")
        self.searchLayout = QVBoxLayout(self.searchPanel)
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLayout.setContentsMargins(0, 0, 6, 0)
        self.query = QLineEdit(self.searchPanel)
        self.query.setObjectName(u"query")
        self.query.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.query)

        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.languageLabel = QLabel(self.searchPanel)
        self.languageLabel.setObjectName(u"languageLabel")

        self.filters.addWidget(self.languageLabel)

        self.language = QComboBox(self.searchPanel)
        self.language.setObjectName(u"language")

        self.filters.addWidget(self.language)

        self.kindLabel = QLabel(self.searchPanel)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filters.addWidget(self.kindLabel)

        self.kind = QComboBox(self.searchPanel)
        self.kind.setObjectName(u"kind")

        self.filters.addWidget(self.kind)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.filterSpacer)


        self.searchLayout.addLayout(self.filters)

        self.status = QLabel(self.searchPanel)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.searchLayout.addWidget(self.status)

        self.leftStack = QStackedWidget(self.searchPanel)
        self.leftStack.setObjectName(u"leftStack")
        self.contents = QTreeWidget()
        __qtreewidgetitem = QTreeWidgetItem()
        __qtreewidgetitem.setText(0, u"1")
        self.contents.setHeaderItem(__qtreewidgetitem)
        self.contents.setObjectName(u"contents")
        self.contents.setHeaderHidden(True)
        self.contents.setUniformRowHeights(True)
        self.leftStack.addWidget(self.contents)
        self.results = QTextBrowser()
        self.results.setObjectName(u"results")
        self.results.setOpenLinks(False)
        self.leftStack.addWidget(self.results)

        self.searchLayout.addWidget(self.leftStack)

        self.splitter.addWidget(self.searchPanel)
        self.reader = QTextBrowser(self.splitter)
        self.reader.setObjectName(u"reader")
        self.reader.setOpenLinks(False)
        self.splitter.addWidget(self.reader)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.language)
        self.kindLabel.setBuddy(self.kind)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LibraryPage)

        QMetaObject.connectSlotsByName(LibraryPage)
    # setupUi

    def retranslateUi(self, LibraryPage):
        self.query.setPlaceholderText(QCoreApplication.translate("LibraryPage", u"Search the treaties, the guidance and this assessment (Ctrl+Shift+F)", None))
#if QT_CONFIG(accessibility)
        self.query.setAccessibleName(QCoreApplication.translate("LibraryPage", u"Search the library", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("LibraryPage", u"&Language:", None))
        self.kindLabel.setText(QCoreApplication.translate("LibraryPage", u"&Show:", None))
#if QT_CONFIG(accessibility)
        self.contents.setAccessibleName(QCoreApplication.translate("LibraryPage", u"Library contents", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.results.setAccessibleName(QCoreApplication.translate("LibraryPage", u"Search results", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reader.setAccessibleName(QCoreApplication.translate("LibraryPage", u"Article or chapter", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
