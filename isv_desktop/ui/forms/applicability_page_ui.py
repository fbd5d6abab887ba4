# Generated from forms/ by `make forms` (pyside6-uic). Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QFrame,
    QGroupBox, QLabel, QLineEdit, QPlainTextEdit,
    QRadioButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_ApplicabilityPage(object):
    def setupUi(self, ApplicabilityPage):
        if not ApplicabilityPage.objectName():
            ApplicabilityPage.setObjectName(u"ApplicabilityPage")
        self.pageLayout = QVBoxLayout(ApplicabilityPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.tenderGroup = QGroupBox(ApplicabilityPage)
        self.tenderGroup.setObjectName(u"tenderGroup")
        self.tenderForm = QFormLayout(self.tenderGroup)
        self.tenderForm.setObjectName(u"tenderForm")
        self.tenderForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.titleLabel = QLabel(self.tenderGroup)
        self.titleLabel.setObjectName(u"titleLabel")

        self.tenderForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.tenderGroup)
        self.titleEdit.setObjectName(u"titleEdit")

        self.tenderForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleError = QLabel(self.tenderGroup)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setWordWrap(True)
        self.titleError.setVisible(False)

        self.tenderForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.titleError)

        self.organisationLabel = QLabel(self.tenderGroup)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.tenderForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationEdit = QLineEdit(self.tenderGroup)
        self.organisationEdit.setObjectName(u"organisationEdit")

        self.tenderForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.organisationEdit)

        self.referenceLabel = QLabel(self.tenderGroup)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.tenderForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEdit = QLineEdit(self.tenderGroup)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.tenderForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.referenceEdit)

        self.subjectLabel = QLabel(self.tenderGroup)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.tenderForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QPlainTextEdit(self.tenderGroup)
        self.subjectEdit.setObjectName(u"subjectEdit")
        self.subjectEdit.setTabChangesFocus(True)
        self.subjectEdit.setMaximumSize(QSize(16777215, 80))

        self.tenderForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.cpvLabel = QLabel(self.tenderGroup)
        self.cpvLabel.setObjectName(u"cpvLabel")

        self.tenderForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.cpvLabel)

        self.cpvEdit = QLineEdit(self.tenderGroup)
        self.cpvEdit.setObjectName(u"cpvEdit")

        self.tenderForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.cpvEdit)

        self.cpvError = QLabel(self.tenderGroup)
        self.cpvError.setObjectName(u"cpvError")
        self.cpvError.setWordWrap(True)
        self.cpvError.setVisible(False)

        self.tenderForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.cpvError)

        self.procedureLabel = QLabel(self.tenderGroup)
        self.procedureLabel.setObjectName(u"procedureLabel")

        self.tenderForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.procedureLabel)

        self.procedureCombo = QComboBox(self.tenderGroup)
        self.procedureCombo.setObjectName(u"procedureCombo")

        self.tenderForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.procedureCombo)

        self.contractKindLabel = QLabel(self.tenderGroup)
        self.contractKindLabel.setObjectName(u"contractKindLabel")

        self.tenderForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.contractKindLabel)

        self.contractKindCombo = QComboBox(self.tenderGroup)
        self.contractKindCombo.setObjectName(u"contractKindCombo")

        self.tenderForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.contractKindCombo)

        self.valueLabel = QLabel(self.tenderGroup)
        self.valueLabel.setObjectName(u"valueLabel")

        self.tenderForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.valueLabel)

        self.valueEdit = QLineEdit(self.tenderGroup)
        self.valueEdit.setObjectName(u"valueEdit")

        self.tenderForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.valueEdit)

        self.valueError = QLabel(self.tenderGroup)
        self.valueError.setObjectName(u"valueError")
        self.valueError.setWordWrap(True)
        self.valueError.setVisible(False)

        self.tenderForm.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.valueError)

        self.startLabel = QLabel(self.tenderGroup)
        self.startLabel.setObjectName(u"startLabel")

        self.tenderForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QLineEdit(self.tenderGroup)
        self.startEdit.setObjectName(u"startEdit")

        self.tenderForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.startError = QLabel(self.tenderGroup)
        self.startError.setObjectName(u"startError")
        self.startError.setWordWrap(True)
        self.startError.setVisible(False)

        self.tenderForm.setWidget(12, QFormLayout.ItemRole.SpanningRole, self.startError)

        self.durationLabel = QLabel(self.tenderGroup)
        self.durationLabel.setObjectName(u"durationLabel")

        self.tenderForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationSpin = QSpinBox(self.tenderGroup)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMaximum(600)

        self.tenderForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.durationSpin)

        self.managerLabel = QLabel(self.tenderGroup)
        self.managerLabel.setObjectName(u"managerLabel")

        self.tenderForm.setWidget(14, QFormLayout.ItemRole.LabelRole, self.managerLabel)

        self.managerEdit = QLineEdit(self.tenderGroup)
        self.managerEdit.setObjectName(u"managerEdit")

        self.tenderForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.managerEdit)


        self.pageLayout.addWidget(self.tenderGroup)

        self.applicabilityGroup = QGroupBox(ApplicabilityPage)
        self.applicabilityGroup.setObjectName(u"applicabilityGroup")
        self.applicabilityForm = QFormLayout(self.applicabilityGroup)
        self.applicabilityForm.setObjectName(u"applicabilityForm")
        self.applicabilityForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.categoryLabel = QLabel(self.applicabilityGroup)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.applicabilityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(self.applicabilityGroup)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.applicabilityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.categoryHint = QLabel(self.applicabilityGroup)
        self.categoryHint.setObjectName(u"categoryHint")
        self.categoryHint.setWordWrap(True)

        self.applicabilityForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.categoryHint)

        self.applicabilityResult = QLabel(self.applicabilityGroup)
        self.applicabilityResult.setObjectName(u"applicabilityResult")
        self.applicabilityResult.setWordWrap(True)
        self.applicabilityResult.setTextFormat(Qt.PlainText)
        self.applicabilityResult.setFrameShape(QFrame.StyledPanel)
        self.applicabilityResult.setMargin(8)
        self.applicabilityResult.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.applicabilityForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.applicabilityResult)


        self.pageLayout.addWidget(self.applicabilityGroup)

        self.decisionGroup = QGroupBox(ApplicabilityPage)
        self.decisionGroup.setObjectName(u"decisionGroup")
        self.decisionForm = QFormLayout(self.decisionGroup)
        self.decisionForm.setObjectName(u"decisionForm")
        self.decisionForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.applyRadio = QRadioButton(self.decisionGroup)
        self.applyRadio.setObjectName(u"applyRadio")

        self.decisionForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.applyRadio)

        self.notApplyRadio = QRadioButton(self.decisionGroup)
        self.notApplyRadio.setObjectName(u"notApplyRadio")

        self.decisionForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.notApplyRadio)

        self.reasonLabel = QLabel(self.decisionGroup)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.decisionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonCombo = QComboBox(self.decisionGroup)
        self.reasonCombo.setObjectName(u"reasonCombo")

        self.decisionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonCombo)

        self.reasonTextLabel = QLabel(self.decisionGroup)
        self.reasonTextLabel.setObjectName(u"reasonTextLabel")

        self.decisionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonTextLabel)

        self.reasonTextEdit = QPlainTextEdit(self.decisionGroup)
        self.reasonTextEdit.setObjectName(u"reasonTextEdit")
        self.reasonTextEdit.setTabChangesFocus(True)
        self.reasonTextEdit.setMaximumSize(QSize(16777215, 80))

        self.decisionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonTextEdit)

        self.decisionHint = QLabel(self.decisionGroup)
        self.decisionHint.setObjectName(u"decisionHint")
        self.decisionHint.setWordWrap(True)

        self.decisionForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.decisionHint)


        self.pageLayout.addWidget(self.decisionGroup)

        self.bottomSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.organisationLabel.setBuddy(self.organisationEdit)
        self.referenceLabel.setBuddy(self.referenceEdit)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.cpvLabel.setBuddy(self.cpvEdit)
        self.procedureLabel.setBuddy(self.procedureCombo)
        self.contractKindLabel.setBuddy(self.contractKindCombo)
        self.valueLabel.setBuddy(self.valueEdit)
        self.startLabel.setBuddy(self.startEdit)
        self.durationLabel.setBuddy(self.durationSpin)
        self.managerLabel.setBuddy(self.managerEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.reasonLabel.setBuddy(self.reasonCombo)
        self.reasonTextLabel.setBuddy(self.reasonTextEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ApplicabilityPage)

        QMetaObject.connectSlotsByName(ApplicabilityPage)
    # setupUi

    def retranslateUi(self, ApplicabilityPage):
        self.tenderGroup.setTitle(QCoreApplication.translate("ApplicabilityPage", u"Aanbesteding", None))
        self.titleLabel.setText(QCoreApplication.translate("ApplicabilityPage", u"&Titel", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("ApplicabilityPage", u"Bijvoorbeeld: Bedrijfskleding buitendienst 2026\u20132030", None))
        self.titleError.setText("")
#if QT_CONFIG(accessibility)
        self.titleError.setAccessibleName(QCoreApplication.translate("ApplicabilityPage", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
        self.organisationLabel.setText(QCoreApplication.translate("ApplicabilityPage", u"&Aanbestedende dienst", None))
        self.organisationEdit.setPlaceholderText(QCoreApplication.translate("ApplicabilityPage", u"Gemeente \u2026", None))
        self.referenceLabel.setText(QCoreApplication.translate("ApplicabilityPage", u"&Kenmerk", None))
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("ApplicabilityPage", u"Intern kenmerk", None))
        self.subjectLabel.setText(QCoreApplication.translate("ApplicabilityPage", u"&Wat wordt ingekocht", None))
        self.subjectEdit.setPlaceholderText(QCoreApplication.translate("ApplicabilityPage", u"Korte omschrijving van de producten of diensten", None))
        self.cpvLabel.setText(QCoreApplication.translate("ApplicabilityPage", u"&CPV-code", None))
        self.cpvEdit.setPlaceholderText(QCoreApplication.translate("ApplicabilityPage", u"12345678-9", None))
        self.cpvError.setText("")
#if QT_CONFIG(accessibility)
        self.cpvError.setAccessibleName(QCoreApplication.translate("ApplicabilityPage", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
        self.procedureLabel.setText(QCoreApplication.translate("ApplicabilityPage", u"&Procedure", None))
        self.contractKindLabel.setText(QCoreApplication.translate("ApplicabilityPage", u"&Soort opdracht", None))
        self.valueLabel.setText(QCoreApplication.translate("ApplicabilityPage", u"Geschatte &waarde", None))
        self.valueEdit.setPlaceholderText(QCoreApplication.translate("ApplicabilityPage", u"excl. btw, incl. opties en verlengingen, bijvoorbeeld 250.000 of \u20ac 250.000,00", None))
        self.valueError.setText("")
#if QT_CONFIG(accessibility)
        self.valueError.setAccessibleName(QCoreApplication.translate("ApplicabilityPage", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
        self.startLabel.setText(QCoreApplication.translate("ApplicabilityPage", u"Start &contract", None))
        self.startEdit.setPlaceholderText(QCoreApplication.translate("ApplicabilityPage", u"dd-mm-jjjj", None))
        self.startError.setText("")
#if QT_CONFIG(accessibility)
        self.startError.setAccessibleName(QCoreApplication.translate("ApplicabilityPage", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
        self.durationLabel.setText(QCoreApplication.translate("ApplicabilityPage", u"&Looptijd", None))
        self.durationSpin.setSuffix(QCoreApplication.translate("ApplicabilityPage", u" maanden", None))
        self.durationSpin.setSpecialValueText(QCoreApplication.translate("ApplicabilityPage", u"onbekend", None))
        self.managerLabel.setText(QCoreApplication.translate("ApplicabilityPage", u"Contract&manager", None))
        self.managerEdit.setPlaceholderText(QCoreApplication.translate("ApplicabilityPage", u"Naam of functie", None))
        self.applicabilityGroup.setTitle(QCoreApplication.translate("ApplicabilityPage", u"Toepasbaarheid", None))
        self.categoryLabel.setText(QCoreApplication.translate("ApplicabilityPage", u"ISV-&risicocategorie", None))
        self.categoryHint.setText("")
        self.applicabilityResult.setText("")
        self.decisionGroup.setTitle(QCoreApplication.translate("ApplicabilityPage", u"Besluit: pas toe of leg uit", None))
        self.applyRadio.setText(QCoreApplication.translate("ApplicabilityPage", u"&ISV toepassen", None))
        self.notApplyRadio.setText(QCoreApplication.translate("ApplicabilityPage", u"ISV &niet toepassen", None))
        self.reasonLabel.setText(QCoreApplication.translate("ApplicabilityPage", u"&Reden", None))
        self.reasonTextLabel.setText(QCoreApplication.translate("ApplicabilityPage", u"T&oelichting", None))
        self.reasonTextEdit.setPlaceholderText(QCoreApplication.translate("ApplicabilityPage", u"Leg uit waarom ISV niet worden toegepast", None))
        self.decisionHint.setText("")
        pass
    # retranslateUi

