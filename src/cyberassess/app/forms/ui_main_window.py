"""Compiled from ``ui/main_window.ui`` by ``scripts/update_forms.py`` (Qt's uic).

Edit the .ui file in Qt Designer and run that script; never edit this file.
"""

# mypy: ignore-errors

from ..qt import QComboBox, QCoreApplication, QFrame, QHBoxLayout, QLabel, QLineEdit, QMetaObject, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QStackedWidget, QToolButton, QTreeView, QVBoxLayout, QWidget, Qt


class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 760)
        self.mainLayout = QVBoxLayout(MainWindow)
        self.mainLayout.setSpacing(0)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.banner = QFrame(MainWindow)
        self.banner.setObjectName(u"banner")
        self.banner.setVisible(False)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.bannerLayout = QHBoxLayout(self.banner)
        self.bannerLayout.setObjectName(u"bannerLayout")
        self.bannerIcon = QLabel(self.banner)
        self.bannerIcon.setObjectName(u"bannerIcon")

        self.bannerLayout.addWidget(self.bannerIcon)

        self.bannerText = QLabel(self.banner)
        self.bannerText.setObjectName(u"bannerText")
        self.bannerText.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.bannerText.sizePolicy().hasHeightForWidth())
        self.bannerText.setSizePolicy(sizePolicy)

        self.bannerLayout.addWidget(self.bannerText)

        self.bannerSaveAs = QPushButton(self.banner)
        self.bannerSaveAs.setObjectName(u"bannerSaveAs")

        self.bannerLayout.addWidget(self.bannerSaveAs)

        self.bannerClose = QToolButton(self.banner)
        self.bannerClose.setObjectName(u"bannerClose")
        self.bannerClose.setAutoRaise(True)

        self.bannerLayout.addWidget(self.bannerClose)


        self.mainLayout.addWidget(self.banner)

        self.splitter = QSplitter(MainWindow)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(True)
        self.navPanel = QWidget(self.splitter)
        self.navPanel.setObjectName(u"navPanel")
        self.navLayout = QVBoxLayout(self.navPanel)
        self.navLayout.setObjectName(u"navLayout")
        self.navLayout.setContentsMargins(6, 6, 0, 6)
        self.search = QLineEdit(self.navPanel)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.navLayout.addWidget(self.search)

        self.stateFilter = QComboBox(self.navPanel)
        self.stateFilter.addItem("")
        self.stateFilter.addItem("")
        self.stateFilter.addItem("")
        self.stateFilter.addItem("")
        self.stateFilter.addItem("")
        self.stateFilter.addItem("")
        self.stateFilter.addItem("")
        self.stateFilter.setObjectName(u"stateFilter")

        self.navLayout.addWidget(self.stateFilter)

        self.navTree = QTreeView(self.navPanel)
        self.navTree.setObjectName(u"navTree")
        self.navTree.setUniformRowHeights(True)
        self.navTree.setHeaderHidden(True)
        self.navTree.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.navLayout.addWidget(self.navTree)

        self.completion = QProgressBar(self.navPanel)
        self.completion.setObjectName(u"completion")
        self.completion.setTextVisible(True)

        self.navLayout.addWidget(self.completion)

        self.navLayout.setStretch(2, 1)
        self.splitter.addWidget(self.navPanel)
        self.pages = QStackedWidget(self.splitter)
        self.pages.setObjectName(u"pages")
        self.loadingPage = QWidget()
        self.loadingPage.setObjectName(u"loadingPage")
        self.loadingLayout = QVBoxLayout(self.loadingPage)
        self.loadingLayout.setObjectName(u"loadingLayout")
        self.loadingTop = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.loadingLayout.addItem(self.loadingTop)

        self.loadingText = QLabel(self.loadingPage)
        self.loadingText.setObjectName(u"loadingText")
        self.loadingText.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loadingText.setWordWrap(True)

        self.loadingLayout.addWidget(self.loadingText)

        self.loadingProgress = QProgressBar(self.loadingPage)
        self.loadingProgress.setObjectName(u"loadingProgress")
        self.loadingProgress.setMaximum(0)
        self.loadingProgress.setTextVisible(False)

        self.loadingLayout.addWidget(self.loadingProgress)

        self.loadingBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.loadingLayout.addItem(self.loadingBottom)

        self.pages.addWidget(self.loadingPage)
        self.splitter.addWidget(self.pages)

        self.mainLayout.addWidget(self.splitter)

        self.mainLayout.setStretch(1, 1)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
#if QT_CONFIG(accessibility)
        self.banner.setAccessibleName(QCoreApplication.translate("MainWindow", u"Notice", None))
#endif // QT_CONFIG(accessibility)
        self.bannerSaveAs.setText(QCoreApplication.translate("MainWindow", u"Save As\u2026", None))
#if QT_CONFIG(tooltip)
        self.bannerSaveAs.setToolTip(QCoreApplication.translate("MainWindow", u"Continue working on a copy of this assessment that you can edit", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.bannerClose.setToolTip(QCoreApplication.translate("MainWindow", u"Hide this notice", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.bannerClose.setAccessibleName(QCoreApplication.translate("MainWindow", u"Hide this notice", None))
#endif // QT_CONFIG(accessibility)
        self.search.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Search indicators (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("MainWindow", u"Search indicators", None))
#endif // QT_CONFIG(accessibility)
        self.stateFilter.setItemText(0, QCoreApplication.translate("MainWindow", u"All indicators", None))
        self.stateFilter.setItemText(1, QCoreApplication.translate("MainWindow", u"Not answered", None))
        self.stateFilter.setItemText(2, QCoreApplication.translate("MainWindow", u"Answered", None))
        self.stateFilter.setItemText(3, QCoreApplication.translate("MainWindow", u"Unknown / no data", None))
        self.stateFilter.setItemText(4, QCoreApplication.translate("MainWindow", u"Not applicable", None))
        self.stateFilter.setItemText(5, QCoreApplication.translate("MainWindow", u"Low confidence", None))
        self.stateFilter.setItemText(6, QCoreApplication.translate("MainWindow", u"Carried over, to confirm", None))

#if QT_CONFIG(accessibility)
        self.stateFilter.setAccessibleName(QCoreApplication.translate("MainWindow", u"Show indicators", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.stateFilter.setToolTip(QCoreApplication.translate("MainWindow", u"Show only indicators in this state", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.navTree.setAccessibleName(QCoreApplication.translate("MainWindow", u"Dimensions, sections and indicators", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.completion.setAccessibleName(QCoreApplication.translate("MainWindow", u"Completion", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.loadingProgress.setAccessibleName(QCoreApplication.translate("MainWindow", u"Opening", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
