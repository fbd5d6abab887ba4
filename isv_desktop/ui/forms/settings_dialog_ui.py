# Generated from forms/ by `make forms` (pyside6-uic). Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.generalGroup = QGroupBox(SettingsDialog)
        self.generalGroup.setObjectName(u"generalGroup")
        self.generalForm = QFormLayout(self.generalGroup)
        self.generalForm.setObjectName(u"generalForm")
        self.generalForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.languageLabel = QLabel(self.generalGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.generalGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.showHelpCheck = QCheckBox(self.generalGroup)
        self.showHelpCheck.setObjectName(u"showHelpCheck")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.showHelpCheck)

        self.restartHint = QLabel(self.generalGroup)
        self.restartHint.setObjectName(u"restartHint")
        self.restartHint.setWordWrap(True)

        self.generalForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.restartHint)


        self.dialogLayout.addWidget(self.generalGroup)

        self.thresholdGroup = QGroupBox(SettingsDialog)
        self.thresholdGroup.setObjectName(u"thresholdGroup")
        self.thresholdForm = QFormLayout(self.thresholdGroup)
        self.thresholdForm.setObjectName(u"thresholdForm")
        self.thresholdForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.currentThresholdLabel = QLabel(self.thresholdGroup)
        self.currentThresholdLabel.setObjectName(u"currentThresholdLabel")
        self.currentThresholdLabel.setWordWrap(True)
        self.currentThresholdLabel.setTextFormat(Qt.PlainText)

        self.thresholdForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.currentThresholdLabel)

        self.fromLabel = QLabel(self.thresholdGroup)
        self.fromLabel.setObjectName(u"fromLabel")

        self.thresholdForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromEdit = QLineEdit(self.thresholdGroup)
        self.fromEdit.setObjectName(u"fromEdit")

        self.thresholdForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fromEdit)

        self.untilLabel = QLabel(self.thresholdGroup)
        self.untilLabel.setObjectName(u"untilLabel")

        self.thresholdForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.untilLabel)

        self.untilEdit = QLineEdit(self.thresholdGroup)
        self.untilEdit.setObjectName(u"untilEdit")

        self.thresholdForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.untilEdit)

        self.suppliesLabel = QLabel(self.thresholdGroup)
        self.suppliesLabel.setObjectName(u"suppliesLabel")

        self.thresholdForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.suppliesLabel)

        self.suppliesEdit = QLineEdit(self.thresholdGroup)
        self.suppliesEdit.setObjectName(u"suppliesEdit")

        self.thresholdForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.suppliesEdit)

        self.worksLabel = QLabel(self.thresholdGroup)
        self.worksLabel.setObjectName(u"worksLabel")

        self.thresholdForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.worksLabel)

        self.worksEdit = QLineEdit(self.thresholdGroup)
        self.worksEdit.setObjectName(u"worksEdit")

        self.thresholdForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.worksEdit)

        self.addThresholdButton = QPushButton(self.thresholdGroup)
        self.addThresholdButton.setObjectName(u"addThresholdButton")

        self.thresholdForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.addThresholdButton)

        self.thresholdError = QLabel(self.thresholdGroup)
        self.thresholdError.setObjectName(u"thresholdError")
        self.thresholdError.setWordWrap(True)
        self.thresholdError.setVisible(False)

        self.thresholdForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.thresholdError)


        self.dialogLayout.addWidget(self.thresholdGroup)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.fromLabel.setBuddy(self.fromEdit)
        self.untilLabel.setBuddy(self.untilEdit)
        self.suppliesLabel.setBuddy(self.suppliesEdit)
        self.worksLabel.setBuddy(self.worksEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Instellingen", None))
        self.generalGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Algemeen", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Taal", None))
        self.showHelpCheck.setText(QCoreApplication.translate("SettingsDialog", u"&Uitleg bij elke stap standaard tonen", None))
        self.restartHint.setText(QCoreApplication.translate("SettingsDialog", u"Een andere taal gaat in bij de volgende start.", None))
        self.thresholdGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Europese drempels voor gemeenten", None))
        self.currentThresholdLabel.setText("")
        self.fromLabel.setText(QCoreApplication.translate("SettingsDialog", u"Geldig &vanaf", None))
        self.fromEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"dd-mm-jjjj", None))
        self.untilLabel.setText(QCoreApplication.translate("SettingsDialog", u"Geldig t&ot en met", None))
        self.untilEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"dd-mm-jjjj", None))
        self.suppliesLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Leveringen en diensten", None))
        self.suppliesEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"bijvoorbeeld 221.000", None))
        self.worksLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Werken", None))
        self.worksEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"bijvoorbeeld 5.538.000", None))
        self.addThresholdButton.setText(QCoreApplication.translate("SettingsDialog", u"Drempels &opslaan", None))
        self.thresholdError.setText("")
#if QT_CONFIG(accessibility)
        self.thresholdError.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

