# Generated from forms/ by `make forms` (pyside6-uic). Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_SignalsDialog(object):
    def setupUi(self, SignalsDialog):
        if not SignalsDialog.objectName():
            SignalsDialog.setObjectName(u"SignalsDialog")
        self.dialogLayout = QVBoxLayout(SignalsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.upperLayout = QHBoxLayout()
        self.upperLayout.setObjectName(u"upperLayout")
        self.newGroup = QGroupBox(SignalsDialog)
        self.newGroup.setObjectName(u"newGroup")
        self.newForm = QFormLayout(self.newGroup)
        self.newForm.setObjectName(u"newForm")
        self.newForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.dateLabel = QLabel(self.newGroup)
        self.dateLabel.setObjectName(u"dateLabel")

        self.newForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.signalDate = QDateEdit(self.newGroup)
        self.signalDate.setObjectName(u"signalDate")
        self.signalDate.setCalendarPopup(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.signalDate.sizePolicy().hasHeightForWidth())
        self.signalDate.setSizePolicy(sizePolicy)

        self.newForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.signalDate)

        self.sourceLabel = QLabel(self.newGroup)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.newForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceCombo = QComboBox(self.newGroup)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.newForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sourceCombo)

        self.textLabel = QLabel(self.newGroup)
        self.textLabel.setObjectName(u"textLabel")

        self.newForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(self.newGroup)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)
        self.textEdit.setMinimumSize(QSize(0, 80))
        self.textEdit.setMaximumSize(QSize(16777215, 160))

        self.newForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.linkLabel = QLabel(self.newGroup)
        self.linkLabel.setObjectName(u"linkLabel")

        self.newForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.linkLabel)

        self.linkEdit = QLineEdit(self.newGroup)
        self.linkEdit.setObjectName(u"linkEdit")

        self.newForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.linkEdit)

        self.attachmentLabel = QLabel(self.newGroup)
        self.attachmentLabel.setObjectName(u"attachmentLabel")

        self.newForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.attachmentLabel)

        self.attachmentRow = QHBoxLayout()
        self.attachmentRow.setObjectName(u"attachmentRow")
        self.attachmentName = QLabel(self.newGroup)
        self.attachmentName.setObjectName(u"attachmentName")
        self.attachmentName.setWordWrap(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.attachmentName.sizePolicy().hasHeightForWidth())
        self.attachmentName.setSizePolicy(sizePolicy1)

        self.attachmentRow.addWidget(self.attachmentName)

        self.chooseAttachmentButton = QPushButton(self.newGroup)
        self.chooseAttachmentButton.setObjectName(u"chooseAttachmentButton")
        sizePolicy.setHeightForWidth(self.chooseAttachmentButton.sizePolicy().hasHeightForWidth())
        self.chooseAttachmentButton.setSizePolicy(sizePolicy)

        self.attachmentRow.addWidget(self.chooseAttachmentButton)

        self.clearAttachmentButton = QPushButton(self.newGroup)
        self.clearAttachmentButton.setObjectName(u"clearAttachmentButton")
        sizePolicy.setHeightForWidth(self.clearAttachmentButton.sizePolicy().hasHeightForWidth())
        self.clearAttachmentButton.setSizePolicy(sizePolicy)

        self.attachmentRow.addWidget(self.clearAttachmentButton)


        self.newForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.attachmentRow)

        self.concernsHint = QLabel(self.newGroup)
        self.concernsHint.setObjectName(u"concernsHint")
        self.concernsHint.setWordWrap(True)

        self.newForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.concernsHint)

        self.groupLabel = QLabel(self.newGroup)
        self.groupLabel.setObjectName(u"groupLabel")

        self.newForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupCombo = QComboBox(self.newGroup)
        self.groupCombo.setObjectName(u"groupCombo")

        self.newForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.groupCombo)

        self.countryLabel = QLabel(self.newGroup)
        self.countryLabel.setObjectName(u"countryLabel")

        self.newForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryCombo = QComboBox(self.newGroup)
        self.countryCombo.setObjectName(u"countryCombo")

        self.newForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.countryCombo)

        self.supplierLabel = QLabel(self.newGroup)
        self.supplierLabel.setObjectName(u"supplierLabel")

        self.newForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.supplierLabel)

        self.supplierEdit = QLineEdit(self.newGroup)
        self.supplierEdit.setObjectName(u"supplierEdit")

        self.newForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.supplierEdit)

        self.brandLabel = QLabel(self.newGroup)
        self.brandLabel.setObjectName(u"brandLabel")

        self.newForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.brandLabel)

        self.brandEdit = QLineEdit(self.newGroup)
        self.brandEdit.setObjectName(u"brandEdit")

        self.newForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.brandEdit)

        self.signalError = QLabel(self.newGroup)
        self.signalError.setObjectName(u"signalError")
        self.signalError.setWordWrap(True)
        self.signalError.setVisible(False)

        self.newForm.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.signalError)

        self.logButtons = QHBoxLayout()
        self.logButtons.setObjectName(u"logButtons")
        self.logButton = QPushButton(self.newGroup)
        self.logButton.setObjectName(u"logButton")
        sizePolicy.setHeightForWidth(self.logButton.sizePolicy().hasHeightForWidth())
        self.logButton.setSizePolicy(sizePolicy)

        self.logButtons.addWidget(self.logButton)

        self.logButtonsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logButtons.addItem(self.logButtonsSpacer)


        self.newForm.setLayout(11, QFormLayout.ItemRole.SpanningRole, self.logButtons)


        self.upperLayout.addWidget(self.newGroup)

        self.touchedGroup = QGroupBox(SignalsDialog)
        self.touchedGroup.setObjectName(u"touchedGroup")
        self.touchedLayout = QVBoxLayout(self.touchedGroup)
        self.touchedLayout.setObjectName(u"touchedLayout")
        self.touchedLabel = QLabel(self.touchedGroup)
        self.touchedLabel.setObjectName(u"touchedLabel")
        self.touchedLabel.setWordWrap(True)
        self.touchedLabel.setTextFormat(Qt.PlainText)

        self.touchedLayout.addWidget(self.touchedLabel)

        self.touchedTable = QTableWidget(self.touchedGroup)
        if (self.touchedTable.columnCount() < 3):
            self.touchedTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.touchedTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.touchedTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.touchedTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.touchedTable.setObjectName(u"touchedTable")
        self.touchedTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.touchedTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.touchedTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.touchedTable.setAlternatingRowColors(True)
        self.touchedTable.setWordWrap(False)
        self.touchedTable.setMinimumSize(QSize(0, 160))

        self.touchedLayout.addWidget(self.touchedTable)


        self.upperLayout.addWidget(self.touchedGroup)

        self.upperLayout.setStretch(0, 2)
        self.upperLayout.setStretch(1, 3)

        self.dialogLayout.addLayout(self.upperLayout)

        self.earlierGroup = QGroupBox(SignalsDialog)
        self.earlierGroup.setObjectName(u"earlierGroup")
        self.earlierLayout = QVBoxLayout(self.earlierGroup)
        self.earlierLayout.setObjectName(u"earlierLayout")
        self.signalsTable = QTableWidget(self.earlierGroup)
        if (self.signalsTable.columnCount() < 7):
            self.signalsTable.setColumnCount(7)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.signalsTable.setHorizontalHeaderItem(0, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.signalsTable.setHorizontalHeaderItem(1, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.signalsTable.setHorizontalHeaderItem(2, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.signalsTable.setHorizontalHeaderItem(3, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.signalsTable.setHorizontalHeaderItem(4, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.signalsTable.setHorizontalHeaderItem(5, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.signalsTable.setHorizontalHeaderItem(6, __qtablewidgetitem9)
        self.signalsTable.setObjectName(u"signalsTable")
        self.signalsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.signalsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.signalsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.signalsTable.setAlternatingRowColors(True)
        self.signalsTable.setWordWrap(False)
        self.signalsTable.setMinimumSize(QSize(0, 140))

        self.earlierLayout.addWidget(self.signalsTable)

        self.earlierHint = QLabel(self.earlierGroup)
        self.earlierHint.setObjectName(u"earlierHint")
        self.earlierHint.setWordWrap(True)

        self.earlierLayout.addWidget(self.earlierHint)


        self.dialogLayout.addWidget(self.earlierGroup)

        self.buttonBox = QDialogButtonBox(SignalsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.dialogLayout.addWidget(self.buttonBox)

        self.dialogLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.signalDate)
        self.sourceLabel.setBuddy(self.sourceCombo)
        self.textLabel.setBuddy(self.textEdit)
        self.linkLabel.setBuddy(self.linkEdit)
        self.groupLabel.setBuddy(self.groupCombo)
        self.countryLabel.setBuddy(self.countryCombo)
        self.supplierLabel.setBuddy(self.supplierEdit)
        self.brandLabel.setBuddy(self.brandEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SignalsDialog)

        QMetaObject.connectSlotsByName(SignalsDialog)
    # setupUi

    def retranslateUi(self, SignalsDialog):
        SignalsDialog.setWindowTitle(QCoreApplication.translate("SignalsDialog", u"Signalen", None))
        self.newGroup.setTitle(QCoreApplication.translate("SignalsDialog", u"Nieuw signaal", None))
        self.dateLabel.setText(QCoreApplication.translate("SignalsDialog", u"&Datum", None))
        self.signalDate.setDisplayFormat(QCoreApplication.translate("SignalsDialog", u"dd-MM-yyyy", None))
        self.sourceLabel.setText(QCoreApplication.translate("SignalsDialog", u"&Bron", None))
        self.textLabel.setText(QCoreApplication.translate("SignalsDialog", u"&Wat is er gemeld?", None))
        self.linkLabel.setText(QCoreApplication.translate("SignalsDialog", u"&Link", None))
        self.linkEdit.setPlaceholderText(QCoreApplication.translate("SignalsDialog", u"https://\u2026", None))
        self.attachmentLabel.setText(QCoreApplication.translate("SignalsDialog", u"Bestand", None))
        self.attachmentName.setText("")
        self.chooseAttachmentButton.setText(QCoreApplication.translate("SignalsDialog", u"Bestand &kiezen\u2026", None))
        self.clearAttachmentButton.setText(QCoreApplication.translate("SignalsDialog", u"&Geen bestand", None))
        self.concernsHint.setText(QCoreApplication.translate("SignalsDialog", u"Waar gaat het over? Vul in wat bekend is: het programma zoekt de dossiers met dat land (en die productgroep), die leverancier of dat merk.", None))
        self.groupLabel.setText(QCoreApplication.translate("SignalsDialog", u"&Productgroep", None))
        self.countryLabel.setText(QCoreApplication.translate("SignalsDialog", u"L&and", None))
        self.supplierLabel.setText(QCoreApplication.translate("SignalsDialog", u"Le&verancier", None))
        self.brandLabel.setText(QCoreApplication.translate("SignalsDialog", u"&Merk of fabriek", None))
        self.signalError.setText("")
        self.logButton.setText(QCoreApplication.translate("SignalsDialog", u"Signaal &vastleggen", None))
        self.touchedGroup.setTitle(QCoreApplication.translate("SignalsDialog", u"Geraakte dossiers", None))
        self.touchedLabel.setText("")
        ___qtablewidgetitem = self.touchedTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SignalsDialog", u"Dossier", None))
        ___qtablewidgetitem1 = self.touchedTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SignalsDialog", u"Waarom", None))
        ___qtablewidgetitem2 = self.touchedTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SignalsDialog", u"Opvolging", None))
        self.earlierGroup.setTitle(QCoreApplication.translate("SignalsDialog", u"Eerdere signalen", None))
        ___qtablewidgetitem3 = self.signalsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SignalsDialog", u"Datum", None))
        ___qtablewidgetitem4 = self.signalsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("SignalsDialog", u"Bron", None))
        ___qtablewidgetitem5 = self.signalsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("SignalsDialog", u"Signaal", None))
        ___qtablewidgetitem6 = self.signalsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("SignalsDialog", u"Land", None))
        ___qtablewidgetitem7 = self.signalsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("SignalsDialog", u"Productgroep", None))
        ___qtablewidgetitem8 = self.signalsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("SignalsDialog", u"Leverancier of merk", None))
        ___qtablewidgetitem9 = self.signalsTable.horizontalHeaderItem(6)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("SignalsDialog", u"Vastgelegd op", None))
        self.earlierHint.setText(QCoreApplication.translate("SignalsDialog", u"Kies een eerder signaal om opnieuw te zien welke dossiers het raakt.", None))
    # retranslateUi

