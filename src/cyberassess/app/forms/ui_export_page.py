"""Compiled from ``ui/export_page.ui`` by ``scripts/update_forms.py`` (Qt's uic).

Edit the .ui file in Qt Designer and run that script; never edit this file.
"""

# mypy: ignore-errors

from ..qt import QCoreApplication, QGroupBox, QHBoxLayout, QLabel, QMetaObject, QPushButton, QSizePolicy, QSpacerItem, QTreeWidget, QVBoxLayout


class Ui_ExportPage(object):
    def setupUi(self, ExportPage):
        if not ExportPage.objectName():
            ExportPage.setObjectName(u"ExportPage")
        ExportPage.resize(900, 640)
        self.exportLayout = QVBoxLayout(ExportPage)
        self.exportLayout.setObjectName(u"exportLayout")
        self.exportLayout.setContentsMargins(12, 12, 12, 12)
        self.pdfGroup = QGroupBox(ExportPage)
        self.pdfGroup.setObjectName(u"pdfGroup")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.pdfGroup.sizePolicy().hasHeightForWidth())
        self.pdfGroup.setSizePolicy(sizePolicy)
        self.pdfLayout = QVBoxLayout(self.pdfGroup)
        self.pdfLayout.setObjectName(u"pdfLayout")
        self.pdfText = QLabel(self.pdfGroup)
        self.pdfText.setObjectName(u"pdfText")
        self.pdfText.setWordWrap(True)

        self.pdfLayout.addWidget(self.pdfText)

        self.pdfButtons = QHBoxLayout()
        self.pdfButtons.setObjectName(u"pdfButtons")
        self.exportPdf = QPushButton(self.pdfGroup)
        self.exportPdf.setObjectName(u"exportPdf")

        self.pdfButtons.addWidget(self.exportPdf)

        self.exportDocx = QPushButton(self.pdfGroup)
        self.exportDocx.setObjectName(u"exportDocx")

        self.pdfButtons.addWidget(self.exportDocx)

        self.verifyPdf = QPushButton(self.pdfGroup)
        self.verifyPdf.setObjectName(u"verifyPdf")

        self.pdfButtons.addWidget(self.verifyPdf)

        self.pdfSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pdfButtons.addItem(self.pdfSpacer)


        self.pdfLayout.addLayout(self.pdfButtons)

        self.pdfUnavailable = QLabel(self.pdfGroup)
        self.pdfUnavailable.setObjectName(u"pdfUnavailable")
        self.pdfUnavailable.setWordWrap(True)

        self.pdfLayout.addWidget(self.pdfUnavailable)


        self.exportLayout.addWidget(self.pdfGroup)

        self.matrixGroup = QGroupBox(ExportPage)
        self.matrixGroup.setObjectName(u"matrixGroup")
        sizePolicy.setHeightForWidth(self.matrixGroup.sizePolicy().hasHeightForWidth())
        self.matrixGroup.setSizePolicy(sizePolicy)
        self.matrixLayout = QVBoxLayout(self.matrixGroup)
        self.matrixLayout.setObjectName(u"matrixLayout")
        self.matrixText = QLabel(self.matrixGroup)
        self.matrixText.setObjectName(u"matrixText")
        self.matrixText.setWordWrap(True)

        self.matrixLayout.addWidget(self.matrixText)

        self.matrixButtons = QHBoxLayout()
        self.matrixButtons.setObjectName(u"matrixButtons")
        self.exportMatrix = QPushButton(self.matrixGroup)
        self.exportMatrix.setObjectName(u"exportMatrix")

        self.matrixButtons.addWidget(self.exportMatrix)

        self.importMatrix = QPushButton(self.matrixGroup)
        self.importMatrix.setObjectName(u"importMatrix")

        self.matrixButtons.addWidget(self.importMatrix)

        self.matrixSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.matrixButtons.addItem(self.matrixSpacer)


        self.matrixLayout.addLayout(self.matrixButtons)

        self.matrixUnavailable = QLabel(self.matrixGroup)
        self.matrixUnavailable.setObjectName(u"matrixUnavailable")
        self.matrixUnavailable.setWordWrap(True)

        self.matrixLayout.addWidget(self.matrixUnavailable)


        self.exportLayout.addWidget(self.matrixGroup)

        self.sealGroup = QGroupBox(ExportPage)
        self.sealGroup.setObjectName(u"sealGroup")
        sizePolicy.setHeightForWidth(self.sealGroup.sizePolicy().hasHeightForWidth())
        self.sealGroup.setSizePolicy(sizePolicy)
        self.sealLayout = QVBoxLayout(self.sealGroup)
        self.sealLayout.setObjectName(u"sealLayout")
        self.sealText = QLabel(self.sealGroup)
        self.sealText.setObjectName(u"sealText")
        self.sealText.setWordWrap(True)

        self.sealLayout.addWidget(self.sealText)

        self.sealButtons = QHBoxLayout()
        self.sealButtons.setObjectName(u"sealButtons")
        self.sealPackage = QPushButton(self.sealGroup)
        self.sealPackage.setObjectName(u"sealPackage")

        self.sealButtons.addWidget(self.sealPackage)

        self.sealSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sealButtons.addItem(self.sealSpacer)


        self.sealLayout.addLayout(self.sealButtons)


        self.exportLayout.addWidget(self.sealGroup)

        self.logLabel = QLabel(ExportPage)
        self.logLabel.setObjectName(u"logLabel")

        self.exportLayout.addWidget(self.logLabel)

        self.reportLog = QTreeWidget(ExportPage)
        self.reportLog.setObjectName(u"reportLog")
        self.reportLog.setRootIsDecorated(False)
        self.reportLog.setUniformRowHeights(True)
        self.reportLog.setAlternatingRowColors(True)

        self.exportLayout.addWidget(self.reportLog)

        self.exportSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.exportLayout.addItem(self.exportSpacer)

        self.exportLayout.setStretch(4, 1)

        self.retranslateUi(ExportPage)

        QMetaObject.connectSlotsByName(ExportPage)
    # setupUi

    def retranslateUi(self, ExportPage):
        self.pdfGroup.setTitle(QCoreApplication.translate("ExportPage", u"Signed PDF report", None))
        self.pdfText.setText(QCoreApplication.translate("ExportPage", u"The report for the ministry and partners: executive summary, methodology, findings by dimension, action plan and annexes, with every answer and its justification. Signing the PDF with your key lets anyone check who produced it and that it has not been changed since. The Word draft is the same report, editable, for comments before the final.", None))
        self.exportPdf.setText(QCoreApplication.translate("ExportPage", u"Export the &PDF report\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportDocx.setToolTip(QCoreApplication.translate("ExportPage", u"The same report as an editable Word document, for the ministry's comments before the final, signed PDF", None))
#endif // QT_CONFIG(tooltip)
        self.exportDocx.setText(QCoreApplication.translate("ExportPage", u"Export &Word draft\u2026", None))
        self.verifyPdf.setText(QCoreApplication.translate("ExportPage", u"&Verify a PDF report\u2026", None))
        self.matrixGroup.setTitle(QCoreApplication.translate("ExportPage", u"Excel matrix", None))
        self.matrixText.setText(QCoreApplication.translate("ExportPage", u"One sheet per dimension, for partners who collect matrices and for assessors working apart. Importing a matrix shows every answer that differs from yours so that you choose; nothing is overwritten silently.", None))
        self.exportMatrix.setText(QCoreApplication.translate("ExportPage", u"Export the E&xcel matrix\u2026", None))
        self.importMatrix.setText(QCoreApplication.translate("ExportPage", u"&Import a matrix\u2026", None))
        self.sealGroup.setTitle(QCoreApplication.translate("ExportPage", u"Sealed handover package", None))
        self.sealText.setText(QCoreApplication.translate("ExportPage", u"The signed report, the matrix and, if you wish, the assessment file, in one package that only the recipients you choose can open, signed by you so that they can check it is unchanged. Partners open it with CyberAssess or OpenSSL.", None))
        self.sealPackage.setText(QCoreApplication.translate("ExportPage", u"&Seal for handover\u2026", None))
        self.logLabel.setText(QCoreApplication.translate("ExportPage", u"Exports recorded in this assessment:", None))
        ___qtreewidgetitem = self.reportLog.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("ExportPage", u"SHA-256", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("ExportPage", u"Signed by", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ExportPage", u"File", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ExportPage", u"Kind", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ExportPage", u"When", None))
#if QT_CONFIG(accessibility)
        self.reportLog.setAccessibleName(QCoreApplication.translate("ExportPage", u"Exports recorded in this assessment", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
