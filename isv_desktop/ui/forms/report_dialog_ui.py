# Generated from forms/ by `make forms` (pyside6-uic). Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFrame, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QSplitter,
    QTabWidget, QTableWidget, QTableWidgetItem, QTextBrowser,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_ReportDialog(object):
    def setupUi(self, ReportDialog):
        if not ReportDialog.objectName():
            ReportDialog.setObjectName(u"ReportDialog")
        self.dialogLayout = QVBoxLayout(ReportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.yearLabel = QLabel(ReportDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.topLayout.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(ReportDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(1990)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setKeyboardTracking(False)

        self.topLayout.addWidget(self.yearSpin)

        self.topSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.fileLanguageLabel = QLabel(ReportDialog)
        self.fileLanguageLabel.setObjectName(u"fileLanguageLabel")

        self.topLayout.addWidget(self.fileLanguageLabel)

        self.fileLanguageCombo = QComboBox(ReportDialog)
        self.fileLanguageCombo.setObjectName(u"fileLanguageCombo")

        self.topLayout.addWidget(self.fileLanguageCombo)

        self.pdfButton = QPushButton(ReportDialog)
        self.pdfButton.setObjectName(u"pdfButton")
        self.pdfButton.setAutoDefault(False)

        self.topLayout.addWidget(self.pdfButton)

        self.xlsxButton = QPushButton(ReportDialog)
        self.xlsxButton.setObjectName(u"xlsxButton")
        self.xlsxButton.setAutoDefault(False)

        self.topLayout.addWidget(self.xlsxButton)


        self.dialogLayout.addLayout(self.topLayout)

        self.summaryLabel = QLabel(ReportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.PlainText)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.tabs = QTabWidget(ReportDialog)
        self.tabs.setObjectName(u"tabs")
        self.figuresTab = QWidget()
        self.figuresTab.setObjectName(u"figuresTab")
        self.figuresLayout = QVBoxLayout(self.figuresTab)
        self.figuresLayout.setObjectName(u"figuresLayout")
        self.figuresTree = QTreeWidget(self.figuresTab)
        __qtreewidgetitem = QTreeWidgetItem()
        __qtreewidgetitem.setText(0, u"1")
        self.figuresTree.setHeaderItem(__qtreewidgetitem)
        self.figuresTree.setObjectName(u"figuresTree")
        self.figuresTree.setAlternatingRowColors(True)
        self.figuresTree.setUniformRowHeights(True)

        self.figuresLayout.addWidget(self.figuresTree)

        self.tabs.addTab(self.figuresTab, "")
        self.targetsTab = QWidget()
        self.targetsTab.setObjectName(u"targetsTab")
        self.targetsLayout = QVBoxLayout(self.targetsTab)
        self.targetsLayout.setObjectName(u"targetsLayout")
        self.targetsScroll = QScrollArea(self.targetsTab)
        self.targetsScroll.setObjectName(u"targetsScroll")
        self.targetsScroll.setWidgetResizable(True)
        self.targetsScroll.setFrameShape(QFrame.NoFrame)
        self.targetsContent = QWidget()
        self.targetsContent.setObjectName(u"targetsContent")
        self.targetsContentLayout = QVBoxLayout(self.targetsContent)
        self.targetsContentLayout.setObjectName(u"targetsContentLayout")
        self.targetsContentLayout.setContentsMargins(0, 0, 0, 0)
        self.targetsScroll.setWidget(self.targetsContent)

        self.targetsLayout.addWidget(self.targetsScroll)

        self.tabs.addTab(self.targetsTab, "")
        self.dossiersTab = QWidget()
        self.dossiersTab.setObjectName(u"dossiersTab")
        self.dossiersLayout = QVBoxLayout(self.dossiersTab)
        self.dossiersLayout.setObjectName(u"dossiersLayout")
        self.dossiersSplitter = QSplitter(self.dossiersTab)
        self.dossiersSplitter.setObjectName(u"dossiersSplitter")
        self.dossiersSplitter.setOrientation(Qt.Vertical)
        self.dossiersSplitter.setChildrenCollapsible(False)
        self.countedPanel = QWidget(self.dossiersSplitter)
        self.countedPanel.setObjectName(u"countedPanel")
        self.countedLayout = QVBoxLayout(self.countedPanel)
        self.countedLayout.setObjectName(u"countedLayout")
        self.countedLayout.setContentsMargins(0, 0, 0, 0)
        self.countedLabel = QLabel(self.countedPanel)
        self.countedLabel.setObjectName(u"countedLabel")
        self.countedLabel.setWordWrap(True)
        self.countedLabel.setTextFormat(Qt.PlainText)

        self.countedLayout.addWidget(self.countedLabel)

        self.dossiersTable = QTableWidget(self.countedPanel)
        self.dossiersTable.setObjectName(u"dossiersTable")
        self.dossiersTable.setAlternatingRowColors(True)

        self.countedLayout.addWidget(self.dossiersTable)

        self.countedButtons = QHBoxLayout()
        self.countedButtons.setObjectName(u"countedButtons")
        self.leaveOutButton = QPushButton(self.countedPanel)
        self.leaveOutButton.setObjectName(u"leaveOutButton")
        self.leaveOutButton.setAutoDefault(False)

        self.countedButtons.addWidget(self.leaveOutButton)

        self.countedSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countedButtons.addItem(self.countedSpacer)


        self.countedLayout.addLayout(self.countedButtons)

        self.dossiersSplitter.addWidget(self.countedPanel)
        self.leftOutGroup = QGroupBox(self.dossiersSplitter)
        self.leftOutGroup.setObjectName(u"leftOutGroup")
        self.leftOutLayout = QVBoxLayout(self.leftOutGroup)
        self.leftOutLayout.setObjectName(u"leftOutLayout")
        self.leftOutTable = QTableWidget(self.leftOutGroup)
        self.leftOutTable.setObjectName(u"leftOutTable")

        self.leftOutLayout.addWidget(self.leftOutTable)

        self.leftOutButtons = QHBoxLayout()
        self.leftOutButtons.setObjectName(u"leftOutButtons")
        self.includeButton = QPushButton(self.leftOutGroup)
        self.includeButton.setObjectName(u"includeButton")
        self.includeButton.setAutoDefault(False)

        self.leftOutButtons.addWidget(self.includeButton)

        self.leftOutSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.leftOutButtons.addItem(self.leftOutSpacer)


        self.leftOutLayout.addLayout(self.leftOutButtons)

        self.dossiersSplitter.addWidget(self.leftOutGroup)

        self.dossiersLayout.addWidget(self.dossiersSplitter)

        self.tabs.addTab(self.dossiersTab, "")
        self.notesTab = QWidget()
        self.notesTab.setObjectName(u"notesTab")
        self.notesLayout = QVBoxLayout(self.notesTab)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesBrowser = QTextBrowser(self.notesTab)
        self.notesBrowser.setObjectName(u"notesBrowser")
        self.notesBrowser.setOpenLinks(False)

        self.notesLayout.addWidget(self.notesBrowser)

        self.tabs.addTab(self.notesTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.statusLabel = QLabel(ReportDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextFormat(Qt.PlainText)
        self.statusLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(ReportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.dialogLayout.addWidget(self.buttonBox)

        self.dialogLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.fileLanguageLabel.setBuddy(self.fileLanguageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ReportDialog)
    # setupUi

    def retranslateUi(self, ReportDialog):
        ReportDialog.setWindowTitle(QCoreApplication.translate("ReportDialog", u"Jaarrapportage ISV", None))
        self.yearLabel.setText(QCoreApplication.translate("ReportDialog", u"&Verslagjaar", None))
#if QT_CONFIG(accessibility)
        self.yearSpin.setAccessibleName(QCoreApplication.translate("ReportDialog", u"Verslagjaar", None))
#endif // QT_CONFIG(accessibility)
        self.fileLanguageLabel.setText(QCoreApplication.translate("ReportDialog", u"&Taal van de bestanden", None))
        self.pdfButton.setText(QCoreApplication.translate("ReportDialog", u"&PDF opslaan\u2026", None))
#if QT_CONFIG(tooltip)
        self.pdfButton.setToolTip(QCoreApplication.translate("ReportDialog", u"De jaarrapportage als PDF om te publiceren", None))
#endif // QT_CONFIG(tooltip)
        self.xlsxButton.setText(QCoreApplication.translate("ReportDialog", u"&Excel opslaan\u2026", None))
#if QT_CONFIG(tooltip)
        self.xlsxButton.setToolTip(QCoreApplication.translate("ReportDialog", u"De cijfers en de lijst met dossiers als Excel-werkmap", None))
#endif // QT_CONFIG(tooltip)
        self.summaryLabel.setText("")
#if QT_CONFIG(accessibility)
        self.figuresTree.setAccessibleName(QCoreApplication.translate("ReportDialog", u"Cijfers van de jaarrapportage", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.figuresTab), QCoreApplication.translate("ReportDialog", u"&Cijfers", None))
        self.tabs.setTabText(self.tabs.indexOf(self.targetsTab), QCoreApplication.translate("ReportDialog", u"&Doelen", None))
        self.countedLabel.setText("")
#if QT_CONFIG(accessibility)
        self.dossiersTable.setAccessibleName(QCoreApplication.translate("ReportDialog", u"Dossiers achter de cijfers", None))
#endif // QT_CONFIG(accessibility)
        self.leaveOutButton.setText(QCoreApplication.translate("ReportDialog", u"&Buiten de rapportage laten\u2026", None))
#if QT_CONFIG(tooltip)
        self.leaveOutButton.setToolTip(QCoreApplication.translate("ReportDialog", u"Het gekozen dossier telt dan in geen enkel cijfer mee; de reden komt in de toelichting", None))
#endif // QT_CONFIG(tooltip)
        self.leftOutGroup.setTitle(QCoreApplication.translate("ReportDialog", u"Buiten de rapportage gelaten", None))
#if QT_CONFIG(accessibility)
        self.leftOutTable.setAccessibleName(QCoreApplication.translate("ReportDialog", u"Dossiers buiten de rapportage", None))
#endif // QT_CONFIG(accessibility)
        self.includeButton.setText(QCoreApplication.translate("ReportDialog", u"Weer laten &meetellen", None))
        self.tabs.setTabText(self.tabs.indexOf(self.dossiersTab), QCoreApplication.translate("ReportDialog", u"D&ossiers", None))
#if QT_CONFIG(accessibility)
        self.notesBrowser.setAccessibleName(QCoreApplication.translate("ReportDialog", u"Toelichting bij de jaarrapportage", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.notesTab), QCoreApplication.translate("ReportDialog", u"Toe&lichting", None))
        self.statusLabel.setText("")
    # retranslateUi

