# Generated from forms/ by `make forms` (pyside6-uic). Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        self.dialogLayout = QVBoxLayout(ExportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.exportForm = QFormLayout()
        self.exportForm.setObjectName(u"exportForm")
        self.exportForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.dossierLabel = QLabel(ExportDialog)
        self.dossierLabel.setObjectName(u"dossierLabel")

        self.exportForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dossierLabel)

        self.dossierTitle = QLabel(ExportDialog)
        self.dossierTitle.setObjectName(u"dossierTitle")
        self.dossierTitle.setTextFormat(Qt.PlainText)
        self.dossierTitle.setWordWrap(True)

        self.exportForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dossierTitle)

        self.pdfCheck = QCheckBox(ExportDialog)
        self.pdfCheck.setObjectName(u"pdfCheck")
        self.pdfCheck.setChecked(True)

        self.exportForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.pdfCheck)

        self.xlsxCheck = QCheckBox(ExportDialog)
        self.xlsxCheck.setObjectName(u"xlsxCheck")
        self.xlsxCheck.setChecked(True)

        self.exportForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.xlsxCheck)

        self.languageLabel = QLabel(ExportDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.exportForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(ExportDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.exportForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.personalDataCheck = QCheckBox(ExportDialog)
        self.personalDataCheck.setObjectName(u"personalDataCheck")
        self.personalDataCheck.setChecked(True)

        self.exportForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.personalDataCheck)

        self.folderLabel = QLabel(ExportDialog)
        self.folderLabel.setObjectName(u"folderLabel")

        self.exportForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.folderLabel)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderEdit = QLineEdit(ExportDialog)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderLayout.addWidget(self.folderEdit)

        self.folderButton = QPushButton(ExportDialog)
        self.folderButton.setObjectName(u"folderButton")

        self.folderLayout.addWidget(self.folderButton)


        self.exportForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.folderLayout)


        self.dialogLayout.addLayout(self.exportForm)

        self.resultLabel = QLabel(ExportDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextFormat(Qt.PlainText)

        self.dialogLayout.addWidget(self.resultLabel)

        self.afterLayout = QHBoxLayout()
        self.afterLayout.setObjectName(u"afterLayout")
        self.previewButton = QPushButton(ExportDialog)
        self.previewButton.setObjectName(u"previewButton")
        self.previewButton.setEnabled(False)

        self.afterLayout.addWidget(self.previewButton)

        self.printButton = QPushButton(ExportDialog)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setEnabled(False)

        self.afterLayout.addWidget(self.printButton)

        self.openFolderButton = QPushButton(ExportDialog)
        self.openFolderButton.setObjectName(u"openFolderButton")
        self.openFolderButton.setEnabled(False)

        self.afterLayout.addWidget(self.openFolderButton)

        self.afterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.afterLayout.addItem(self.afterSpacer)

        self.exportButton = QPushButton(ExportDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.afterLayout.addWidget(self.exportButton)

        self.closeButton = QPushButton(ExportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.afterLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.afterLayout)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.folderLabel.setBuddy(self.folderEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)

        self.exportButton.setDefault(True)


        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Dossier exporteren", None))
        self.dossierLabel.setText(QCoreApplication.translate("ExportDialog", u"Dossier", None))
        self.dossierTitle.setText("")
        self.pdfCheck.setText(QCoreApplication.translate("ExportDialog", u"&PDF \u2014 om te archiveren en af te drukken", None))
        self.xlsxCheck.setText(QCoreApplication.translate("ExportDialog", u"&Excel-werkboek \u2014 om te delen met een collega, die het kan importeren", None))
        self.languageLabel.setText(QCoreApplication.translate("ExportDialog", u"&Taal", None))
        self.personalDataCheck.setText(QCoreApplication.translate("ExportDialog", u"Persoons&gegevens weglaten (contactpersonen en deelnemers) \u2014 voor delen", None))
        self.folderLabel.setText(QCoreApplication.translate("ExportDialog", u"&Map", None))
        self.folderButton.setText(QCoreApplication.translate("ExportDialog", u"&Kiezen\u2026", None))
        self.resultLabel.setText("")
        self.previewButton.setText(QCoreApplication.translate("ExportDialog", u"&Voorbeeld", None))
        self.printButton.setText(QCoreApplication.translate("ExportDialog", u"Af&drukken\u2026", None))
        self.openFolderButton.setText(QCoreApplication.translate("ExportDialog", u"Map &openen", None))
        self.exportButton.setText(QCoreApplication.translate("ExportDialog", u"E&xporteren", None))
        self.closeButton.setText(QCoreApplication.translate("ExportDialog", u"&Sluiten", None))
    # retranslateUi

