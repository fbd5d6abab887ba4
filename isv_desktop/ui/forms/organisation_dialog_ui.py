# Generated from forms/ by `make forms` (pyside6-uic). Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_OrganisationDialog(object):
    def setupUi(self, OrganisationDialog):
        if not OrganisationDialog.objectName():
            OrganisationDialog.setObjectName(u"OrganisationDialog")
        self.dialogLayout = QVBoxLayout(OrganisationDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(OrganisationDialog)
        self.tabs.setObjectName(u"tabs")
        self.organisationTab = QWidget()
        self.organisationTab.setObjectName(u"organisationTab")
        self.organisationLayout = QVBoxLayout(self.organisationTab)
        self.organisationLayout.setObjectName(u"organisationLayout")
        self.organisationIntro = QLabel(self.organisationTab)
        self.organisationIntro.setObjectName(u"organisationIntro")
        self.organisationIntro.setWordWrap(True)

        self.organisationLayout.addWidget(self.organisationIntro)

        self.organisationForm = QFormLayout()
        self.organisationForm.setObjectName(u"organisationForm")
        self.organisationForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(self.organisationTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.organisationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.organisationTab)
        self.nameEdit.setObjectName(u"nameEdit")

        self.organisationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(self.organisationTab)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setVisible(False)

        self.organisationForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.nameError)

        self.logoLabel = QLabel(self.organisationTab)
        self.logoLabel.setObjectName(u"logoLabel")

        self.organisationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoLayout = QHBoxLayout()
        self.logoLayout.setObjectName(u"logoLayout")
        self.logoPreview = QLabel(self.organisationTab)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setMinimumSize(QSize(240, 96))
        self.logoPreview.setMaximumSize(QSize(240, 96))
        self.logoPreview.setFrameShape(QFrame.StyledPanel)
        self.logoPreview.setAlignment(Qt.AlignCenter)
        self.logoPreview.setWordWrap(True)

        self.logoLayout.addWidget(self.logoPreview)

        self.logoButtons = QVBoxLayout()
        self.logoButtons.setObjectName(u"logoButtons")
        self.chooseLogoButton = QPushButton(self.organisationTab)
        self.chooseLogoButton.setObjectName(u"chooseLogoButton")
        self.chooseLogoButton.setAutoDefault(False)

        self.logoButtons.addWidget(self.chooseLogoButton)

        self.removeLogoButton = QPushButton(self.organisationTab)
        self.removeLogoButton.setObjectName(u"removeLogoButton")
        self.removeLogoButton.setAutoDefault(False)

        self.logoButtons.addWidget(self.removeLogoButton)

        self.logoNameLabel = QLabel(self.organisationTab)
        self.logoNameLabel.setObjectName(u"logoNameLabel")
        self.logoNameLabel.setWordWrap(True)
        self.logoNameLabel.setTextFormat(Qt.PlainText)

        self.logoButtons.addWidget(self.logoNameLabel)

        self.logoSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.logoButtons.addItem(self.logoSpacer)


        self.logoLayout.addLayout(self.logoButtons)

        self.logoRightSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logoLayout.addItem(self.logoRightSpacer)


        self.organisationForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.logoLayout)

        self.languageLabel = QLabel(self.organisationTab)
        self.languageLabel.setObjectName(u"languageLabel")

        self.organisationForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.organisationTab)
        self.languageCombo.setObjectName(u"languageCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.languageCombo.sizePolicy().hasHeightForWidth())
        self.languageCombo.setSizePolicy(sizePolicy)

        self.organisationForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.organisationLayout.addLayout(self.organisationForm)

        self.deadlinesGroup = QGroupBox(self.organisationTab)
        self.deadlinesGroup.setObjectName(u"deadlinesGroup")
        self.deadlinesForm = QFormLayout(self.deadlinesGroup)
        self.deadlinesForm.setObjectName(u"deadlinesForm")
        self.planLabel = QLabel(self.deadlinesGroup)
        self.planLabel.setObjectName(u"planLabel")

        self.deadlinesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.planLabel)

        self.planSpin = QSpinBox(self.deadlinesGroup)
        self.planSpin.setObjectName(u"planSpin")
        sizePolicy.setHeightForWidth(self.planSpin.sizePolicy().hasHeightForWidth())
        self.planSpin.setSizePolicy(sizePolicy)
        self.planSpin.setMinimum(1)
        self.planSpin.setMaximum(104)
        self.planSpin.setKeyboardTracking(False)

        self.deadlinesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.planSpin)

        self.questionnaireLabel = QLabel(self.deadlinesGroup)
        self.questionnaireLabel.setObjectName(u"questionnaireLabel")

        self.deadlinesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.questionnaireLabel)

        self.questionnaireSpin = QSpinBox(self.deadlinesGroup)
        self.questionnaireSpin.setObjectName(u"questionnaireSpin")
        sizePolicy.setHeightForWidth(self.questionnaireSpin.sizePolicy().hasHeightForWidth())
        self.questionnaireSpin.setSizePolicy(sizePolicy)
        self.questionnaireSpin.setMinimum(1)
        self.questionnaireSpin.setMaximum(104)
        self.questionnaireSpin.setKeyboardTracking(False)

        self.deadlinesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.questionnaireSpin)

        self.progressLabel = QLabel(self.deadlinesGroup)
        self.progressLabel.setObjectName(u"progressLabel")

        self.deadlinesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.progressLabel)

        self.progressSpin = QSpinBox(self.deadlinesGroup)
        self.progressSpin.setObjectName(u"progressSpin")
        sizePolicy.setHeightForWidth(self.progressSpin.sizePolicy().hasHeightForWidth())
        self.progressSpin.setSizePolicy(sizePolicy)
        self.progressSpin.setMinimum(1)
        self.progressSpin.setMaximum(104)
        self.progressSpin.setKeyboardTracking(False)

        self.deadlinesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.progressSpin)


        self.organisationLayout.addWidget(self.deadlinesGroup)

        self.organisationSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.organisationLayout.addItem(self.organisationSpacer)

        self.tabs.addTab(self.organisationTab, "")
        self.targetsTab = QWidget()
        self.targetsTab.setObjectName(u"targetsTab")
        self.targetsLayout = QVBoxLayout(self.targetsTab)
        self.targetsLayout.setObjectName(u"targetsLayout")
        self.targetsIntro = QLabel(self.targetsTab)
        self.targetsIntro.setObjectName(u"targetsIntro")
        self.targetsIntro.setWordWrap(True)

        self.targetsLayout.addWidget(self.targetsIntro)

        self.targetsTree = QTreeWidget(self.targetsTab)
        __qtreewidgetitem = QTreeWidgetItem()
        __qtreewidgetitem.setText(0, u"1")
        self.targetsTree.setHeaderItem(__qtreewidgetitem)
        self.targetsTree.setObjectName(u"targetsTree")
        self.targetsTree.setRootIsDecorated(False)
        self.targetsTree.setUniformRowHeights(True)

        self.targetsLayout.addWidget(self.targetsTree)

        self.targetButtons = QHBoxLayout()
        self.targetButtons.setObjectName(u"targetButtons")
        self.removeTargetButton = QPushButton(self.targetsTab)
        self.removeTargetButton.setObjectName(u"removeTargetButton")
        self.removeTargetButton.setAutoDefault(False)

        self.targetButtons.addWidget(self.removeTargetButton)

        self.targetButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.targetButtons.addItem(self.targetButtonsSpacer)


        self.targetsLayout.addLayout(self.targetButtons)

        self.newTargetGroup = QGroupBox(self.targetsTab)
        self.newTargetGroup.setObjectName(u"newTargetGroup")
        self.newTargetForm = QFormLayout(self.newTargetGroup)
        self.newTargetForm.setObjectName(u"newTargetForm")
        self.newTargetForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.figureLabel = QLabel(self.newTargetGroup)
        self.figureLabel.setObjectName(u"figureLabel")

        self.newTargetForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.figureLabel)

        self.figureCombo = QComboBox(self.newTargetGroup)
        self.figureCombo.setObjectName(u"figureCombo")

        self.newTargetForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.figureCombo)

        self.goalLabel = QLabel(self.newTargetGroup)
        self.goalLabel.setObjectName(u"goalLabel")

        self.newTargetForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.goalLabel)

        self.goalLayout = QHBoxLayout()
        self.goalLayout.setObjectName(u"goalLayout")
        self.goalEdit = QLineEdit(self.newTargetGroup)
        self.goalEdit.setObjectName(u"goalEdit")
        self.goalEdit.setMaximumSize(QSize(140, 16777215))

        self.goalLayout.addWidget(self.goalEdit)

        self.targetYearLabel = QLabel(self.newTargetGroup)
        self.targetYearLabel.setObjectName(u"targetYearLabel")

        self.goalLayout.addWidget(self.targetYearLabel)

        self.targetYearSpin = QSpinBox(self.newTargetGroup)
        self.targetYearSpin.setObjectName(u"targetYearSpin")
        self.targetYearSpin.setMinimum(1990)
        self.targetYearSpin.setMaximum(2100)

        self.goalLayout.addWidget(self.targetYearSpin)

        self.goalSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.goalLayout.addItem(self.goalSpacer)


        self.newTargetForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.goalLayout)

        self.milestoneLabel = QLabel(self.newTargetGroup)
        self.milestoneLabel.setObjectName(u"milestoneLabel")

        self.newTargetForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.milestoneLabel)

        self.milestoneLayout = QHBoxLayout()
        self.milestoneLayout.setObjectName(u"milestoneLayout")
        self.milestoneYearSpin = QSpinBox(self.newTargetGroup)
        self.milestoneYearSpin.setObjectName(u"milestoneYearSpin")
        self.milestoneYearSpin.setMinimum(1990)
        self.milestoneYearSpin.setMaximum(2100)

        self.milestoneLayout.addWidget(self.milestoneYearSpin)

        self.milestonePercentEdit = QLineEdit(self.newTargetGroup)
        self.milestonePercentEdit.setObjectName(u"milestonePercentEdit")
        self.milestonePercentEdit.setMaximumSize(QSize(140, 16777215))

        self.milestoneLayout.addWidget(self.milestonePercentEdit)

        self.addMilestoneButton = QPushButton(self.newTargetGroup)
        self.addMilestoneButton.setObjectName(u"addMilestoneButton")
        self.addMilestoneButton.setAutoDefault(False)

        self.milestoneLayout.addWidget(self.addMilestoneButton)

        self.milestoneSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.milestoneLayout.addItem(self.milestoneSpacer)


        self.newTargetForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.milestoneLayout)

        self.milestonesLabel = QLabel(self.newTargetGroup)
        self.milestonesLabel.setObjectName(u"milestonesLabel")

        self.newTargetForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.milestonesLabel)

        self.milestonesLayout = QHBoxLayout()
        self.milestonesLayout.setObjectName(u"milestonesLayout")
        self.milestoneList = QListWidget(self.newTargetGroup)
        self.milestoneList.setObjectName(u"milestoneList")
        self.milestoneList.setMaximumSize(QSize(360, 84))

        self.milestonesLayout.addWidget(self.milestoneList)

        self.milestoneButtons = QVBoxLayout()
        self.milestoneButtons.setObjectName(u"milestoneButtons")
        self.removeMilestoneButton = QPushButton(self.newTargetGroup)
        self.removeMilestoneButton.setObjectName(u"removeMilestoneButton")
        self.removeMilestoneButton.setAutoDefault(False)

        self.milestoneButtons.addWidget(self.removeMilestoneButton)

        self.milestoneButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.milestoneButtons.addItem(self.milestoneButtonsSpacer)


        self.milestonesLayout.addLayout(self.milestoneButtons)

        self.milestonesRightSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.milestonesLayout.addItem(self.milestonesRightSpacer)


        self.newTargetForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.milestonesLayout)

        self.targetError = QLabel(self.newTargetGroup)
        self.targetError.setObjectName(u"targetError")
        self.targetError.setWordWrap(True)
        self.targetError.setVisible(False)

        self.newTargetForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.targetError)

        self.addTargetLayout = QHBoxLayout()
        self.addTargetLayout.setObjectName(u"addTargetLayout")
        self.addTargetButton = QPushButton(self.newTargetGroup)
        self.addTargetButton.setObjectName(u"addTargetButton")
        self.addTargetButton.setAutoDefault(False)

        self.addTargetLayout.addWidget(self.addTargetButton)

        self.addTargetSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addTargetLayout.addItem(self.addTargetSpacer)


        self.newTargetForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.addTargetLayout)


        self.targetsLayout.addWidget(self.newTargetGroup)

        self.targetsLayout.setStretch(1, 1)
        self.tabs.addTab(self.targetsTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.statusLabel = QLabel(OrganisationDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextFormat(Qt.PlainText)

        self.dialogLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(OrganisationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.dialogLayout.addWidget(self.buttonBox)

        self.dialogLayout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.languageLabel.setBuddy(self.languageCombo)
        self.planLabel.setBuddy(self.planSpin)
        self.questionnaireLabel.setBuddy(self.questionnaireSpin)
        self.progressLabel.setBuddy(self.progressSpin)
        self.figureLabel.setBuddy(self.figureCombo)
        self.goalLabel.setBuddy(self.goalEdit)
        self.targetYearLabel.setBuddy(self.targetYearSpin)
        self.milestoneLabel.setBuddy(self.milestoneYearSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OrganisationDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(OrganisationDialog)
    # setupUi

    def retranslateUi(self, OrganisationDialog):
        OrganisationDialog.setWindowTitle(QCoreApplication.translate("OrganisationDialog", u"Organisatie en doelen", None))
        self.organisationIntro.setText(QCoreApplication.translate("OrganisationDialog", u"Deze gegevens staan op de jaarrapportage. Alles wordt direct opgeslagen.", None))
        self.nameLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&Naam van de organisatie", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"bijvoorbeeld Gemeente Utrecht", None))
        self.nameError.setText("")
        self.logoLabel.setText(QCoreApplication.translate("OrganisationDialog", u"Logo voor de PDF", None))
#if QT_CONFIG(accessibility)
        self.logoPreview.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"Voorbeeld van het logo", None))
#endif // QT_CONFIG(accessibility)
        self.chooseLogoButton.setText(QCoreApplication.translate("OrganisationDialog", u"Logo &kiezen\u2026", None))
        self.removeLogoButton.setText(QCoreApplication.translate("OrganisationDialog", u"Logo ver&wijderen", None))
        self.logoNameLabel.setText("")
        self.languageLabel.setText(QCoreApplication.translate("OrganisationDialog", u"Standaard&taal van de rapportage", None))
        self.deadlinesGroup.setTitle(QCoreApplication.translate("OrganisationDialog", u"Standaardtermijnen", None))
        self.planLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&Plan van aanpak, na de gunning", None))
        self.planSpin.setSuffix(QCoreApplication.translate("OrganisationDialog", u" weken", None))
        self.questionnaireLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&Vragenlijst terug, na het verzoek", None))
        self.questionnaireSpin.setSuffix(QCoreApplication.translate("OrganisationDialog", u" weken", None))
        self.progressLabel.setText(QCoreApplication.translate("OrganisationDialog", u"Voort&gangsrapportage, na elk contractjaar", None))
        self.progressSpin.setSuffix(QCoreApplication.translate("OrganisationDialog", u" weken", None))
        self.tabs.setTabText(self.tabs.indexOf(self.organisationTab), QCoreApplication.translate("OrganisationDialog", u"&Organisatie", None))
        self.targetsIntro.setText(QCoreApplication.translate("OrganisationDialog", u"Een doel zegt welk aandeel uit de jaarrapportage in welk jaar bereikt moet zijn, met tussendoelen per jaar. De jaarrapportage zet elk doel af tegen de cijfers uit de dossiers.", None))
#if QT_CONFIG(accessibility)
        self.targetsTree.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"Doelen", None))
#endif // QT_CONFIG(accessibility)
        self.removeTargetButton.setText(QCoreApplication.translate("OrganisationDialog", u"Doel &verwijderen\u2026", None))
        self.newTargetGroup.setTitle(QCoreApplication.translate("OrganisationDialog", u"Nieuw doel", None))
        self.figureLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&Cijfer", None))
        self.goalLabel.setText(QCoreApplication.translate("OrganisationDialog", u"Doel&percentage", None))
        self.goalEdit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"bijvoorbeeld 100", None))
        self.targetYearLabel.setText(QCoreApplication.translate("OrganisationDialog", u"in doel&jaar", None))
#if QT_CONFIG(accessibility)
        self.targetYearSpin.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"Doeljaar", None))
#endif // QT_CONFIG(accessibility)
        self.milestoneLabel.setText(QCoreApplication.translate("OrganisationDialog", u"&Tussendoel in jaar", None))
#if QT_CONFIG(accessibility)
        self.milestoneYearSpin.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"Jaar van het tussendoel", None))
#endif // QT_CONFIG(accessibility)
        self.milestonePercentEdit.setPlaceholderText(QCoreApplication.translate("OrganisationDialog", u"percentage", None))
#if QT_CONFIG(accessibility)
        self.milestonePercentEdit.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"Percentage van het tussendoel", None))
#endif // QT_CONFIG(accessibility)
        self.addMilestoneButton.setText(QCoreApplication.translate("OrganisationDialog", u"Tussendoel toevoe&gen", None))
        self.milestonesLabel.setText(QCoreApplication.translate("OrganisationDialog", u"Tussendoelen", None))
#if QT_CONFIG(accessibility)
        self.milestoneList.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"Tussendoelen van het nieuwe doel", None))
#endif // QT_CONFIG(accessibility)
        self.removeMilestoneButton.setText(QCoreApplication.translate("OrganisationDialog", u"Tussendoel weg&halen", None))
        self.targetError.setText("")
#if QT_CONFIG(accessibility)
        self.targetError.setAccessibleName(QCoreApplication.translate("OrganisationDialog", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
        self.addTargetButton.setText(QCoreApplication.translate("OrganisationDialog", u"Doel op&slaan", None))
        self.tabs.setTabText(self.tabs.indexOf(self.targetsTab), QCoreApplication.translate("OrganisationDialog", u"&Doelen", None))
        self.statusLabel.setText("")
    # retranslateUi

