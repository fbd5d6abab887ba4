# Generated from forms/ by `make forms` (pyside6-uic). Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QTreeView, QVBoxLayout, QWidget)

class Ui_CriteriaPage(object):
    def setupUi(self, CriteriaPage):
        if not CriteriaPage.objectName():
            CriteriaPage.setObjectName(u"CriteriaPage")
        self.pageLayout = QVBoxLayout(CriteriaPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.settingsGroup = QGroupBox(CriteriaPage)
        self.settingsGroup.setObjectName(u"settingsGroup")
        self.settingsForm = QFormLayout(self.settingsGroup)
        self.settingsForm.setObjectName(u"settingsForm")
        self.settingsForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.ambitionLabel = QLabel(self.settingsGroup)
        self.ambitionLabel.setObjectName(u"ambitionLabel")

        self.settingsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ambitionLabel)

        self.ambitionCombo = QComboBox(self.settingsGroup)
        self.ambitionCombo.setObjectName(u"ambitionCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.ambitionCombo.sizePolicy().hasHeightForWidth())
        self.ambitionCombo.setSizePolicy(sizePolicy)

        self.settingsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ambitionCombo)

        self.ambitionHint = QLabel(self.settingsGroup)
        self.ambitionHint.setObjectName(u"ambitionHint")
        self.ambitionHint.setWordWrap(True)

        self.settingsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ambitionHint)

        self.acceptanceLabel = QLabel(self.settingsGroup)
        self.acceptanceLabel.setObjectName(u"acceptanceLabel")

        self.settingsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.acceptanceLabel)

        self.explicitRadio = QRadioButton(self.settingsGroup)
        self.explicitRadio.setObjectName(u"explicitRadio")

        self.settingsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.explicitRadio)

        self.implicitRadio = QRadioButton(self.settingsGroup)
        self.implicitRadio.setObjectName(u"implicitRadio")

        self.settingsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.implicitRadio)

        self.planWeeksLabel = QLabel(self.settingsGroup)
        self.planWeeksLabel.setObjectName(u"planWeeksLabel")

        self.settingsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.planWeeksLabel)

        self.planWeeksSpin = QSpinBox(self.settingsGroup)
        self.planWeeksSpin.setObjectName(u"planWeeksSpin")
        sizePolicy.setHeightForWidth(self.planWeeksSpin.sizePolicy().hasHeightForWidth())
        self.planWeeksSpin.setSizePolicy(sizePolicy)
        self.planWeeksSpin.setKeyboardTracking(False)
        self.planWeeksSpin.setMinimum(1)
        self.planWeeksSpin.setMaximum(104)
        self.planWeeksSpin.setValue(12)

        self.settingsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.planWeeksSpin)

        self.questionnaireWeeksLabel = QLabel(self.settingsGroup)
        self.questionnaireWeeksLabel.setObjectName(u"questionnaireWeeksLabel")

        self.settingsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.questionnaireWeeksLabel)

        self.questionnaireWeeksSpin = QSpinBox(self.settingsGroup)
        self.questionnaireWeeksSpin.setObjectName(u"questionnaireWeeksSpin")
        sizePolicy.setHeightForWidth(self.questionnaireWeeksSpin.sizePolicy().hasHeightForWidth())
        self.questionnaireWeeksSpin.setSizePolicy(sizePolicy)
        self.questionnaireWeeksSpin.setKeyboardTracking(False)
        self.questionnaireWeeksSpin.setMinimum(1)
        self.questionnaireWeeksSpin.setMaximum(104)
        self.questionnaireWeeksSpin.setValue(4)

        self.settingsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.questionnaireWeeksSpin)

        self.reportWeeksLabel = QLabel(self.settingsGroup)
        self.reportWeeksLabel.setObjectName(u"reportWeeksLabel")

        self.settingsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reportWeeksLabel)

        self.reportWeeksSpin = QSpinBox(self.settingsGroup)
        self.reportWeeksSpin.setObjectName(u"reportWeeksSpin")
        sizePolicy.setHeightForWidth(self.reportWeeksSpin.sizePolicy().hasHeightForWidth())
        self.reportWeeksSpin.setSizePolicy(sizePolicy)
        self.reportWeeksSpin.setKeyboardTracking(False)
        self.reportWeeksSpin.setMinimum(1)
        self.reportWeeksSpin.setMaximum(104)
        self.reportWeeksSpin.setValue(6)

        self.settingsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reportWeeksSpin)

        self.deadlinesError = QLabel(self.settingsGroup)
        self.deadlinesError.setObjectName(u"deadlinesError")
        self.deadlinesError.setWordWrap(True)
        self.deadlinesError.setVisible(False)

        self.settingsForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.deadlinesError)

        self.otherWeightsLabel = QLabel(self.settingsGroup)
        self.otherWeightsLabel.setObjectName(u"otherWeightsLabel")

        self.settingsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.otherWeightsLabel)

        self.otherWeightsEdit = QLineEdit(self.settingsGroup)
        self.otherWeightsEdit.setObjectName(u"otherWeightsEdit")
        self.otherWeightsEdit.setMaximumSize(QSize(420, 16777215))

        self.settingsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.otherWeightsEdit)

        self.otherWeightsError = QLabel(self.settingsGroup)
        self.otherWeightsError.setObjectName(u"otherWeightsError")
        self.otherWeightsError.setWordWrap(True)
        self.otherWeightsError.setVisible(False)

        self.settingsForm.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.otherWeightsError)


        self.pageLayout.addWidget(self.settingsGroup)

        self.addGroup = QGroupBox(CriteriaPage)
        self.addGroup.setObjectName(u"addGroup")
        self.addLayout = QVBoxLayout(self.addGroup)
        self.addLayout.setObjectName(u"addLayout")
        self.addTabs = QTabWidget(self.addGroup)
        self.addTabs.setObjectName(u"addTabs")
        self.suggestionsTab = QWidget()
        self.suggestionsTab.setObjectName(u"suggestionsTab")
        self.suggestionsLayout = QVBoxLayout(self.suggestionsTab)
        self.suggestionsLayout.setObjectName(u"suggestionsLayout")
        self.suggestionReason = QLabel(self.suggestionsTab)
        self.suggestionReason.setObjectName(u"suggestionReason")
        self.suggestionReason.setWordWrap(True)
        self.suggestionReason.setTextFormat(Qt.PlainText)

        self.suggestionsLayout.addWidget(self.suggestionReason)

        self.suggestionsView = QTreeView(self.suggestionsTab)
        self.suggestionsView.setObjectName(u"suggestionsView")
        self.suggestionsView.setMinimumSize(QSize(0, 200))
        self.suggestionsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.suggestionsView.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.suggestionsView.setRootIsDecorated(False)
        self.suggestionsView.setUniformRowHeights(True)

        self.suggestionsLayout.addWidget(self.suggestionsView)

        self.suggestionButtons = QHBoxLayout()
        self.suggestionButtons.setObjectName(u"suggestionButtons")
        self.acceptAllButton = QPushButton(self.suggestionsTab)
        self.acceptAllButton.setObjectName(u"acceptAllButton")

        self.suggestionButtons.addWidget(self.acceptAllButton)

        self.addSuggestionButton = QPushButton(self.suggestionsTab)
        self.addSuggestionButton.setObjectName(u"addSuggestionButton")

        self.suggestionButtons.addWidget(self.addSuggestionButton)

        self.suggestionButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.suggestionButtons.addItem(self.suggestionButtonsSpacer)


        self.suggestionsLayout.addLayout(self.suggestionButtons)

        self.addTabs.addTab(self.suggestionsTab, "")
        self.libraryTab = QWidget()
        self.libraryTab.setObjectName(u"libraryTab")
        self.libraryLayout = QVBoxLayout(self.libraryTab)
        self.libraryLayout.setObjectName(u"libraryLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchLabel = QLabel(self.libraryTab)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(self.libraryTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.typeFilterCombo = QComboBox(self.libraryTab)
        self.typeFilterCombo.setObjectName(u"typeFilterCombo")
        self.typeFilterCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.typeFilterCombo.setMinimumContentsLength(12)

        self.filterLayout.addWidget(self.typeFilterCombo)

        self.levelFilterCombo = QComboBox(self.libraryTab)
        self.levelFilterCombo.setObjectName(u"levelFilterCombo")
        self.levelFilterCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.levelFilterCombo.setMinimumContentsLength(12)

        self.filterLayout.addWidget(self.levelFilterCombo)

        self.themeFilterCombo = QComboBox(self.libraryTab)
        self.themeFilterCombo.setObjectName(u"themeFilterCombo")
        self.themeFilterCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.themeFilterCombo.setMinimumContentsLength(12)

        self.filterLayout.addWidget(self.themeFilterCombo)


        self.libraryLayout.addLayout(self.filterLayout)

        self.libraryView = QTreeView(self.libraryTab)
        self.libraryView.setObjectName(u"libraryView")
        self.libraryView.setMinimumSize(QSize(0, 200))
        self.libraryView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.libraryView.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.libraryView.setRootIsDecorated(False)
        self.libraryView.setUniformRowHeights(True)

        self.libraryLayout.addWidget(self.libraryView)

        self.libraryButtons = QHBoxLayout()
        self.libraryButtons.setObjectName(u"libraryButtons")
        self.addLibraryButton = QPushButton(self.libraryTab)
        self.addLibraryButton.setObjectName(u"addLibraryButton")

        self.libraryButtons.addWidget(self.addLibraryButton)

        self.libraryCount = QLabel(self.libraryTab)
        self.libraryCount.setObjectName(u"libraryCount")

        self.libraryButtons.addWidget(self.libraryCount)

        self.libraryButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.libraryButtons.addItem(self.libraryButtonsSpacer)


        self.libraryLayout.addLayout(self.libraryButtons)

        self.addTabs.addTab(self.libraryTab, "")

        self.addLayout.addWidget(self.addTabs)


        self.pageLayout.addWidget(self.addGroup)

        self.chosenGroup = QGroupBox(CriteriaPage)
        self.chosenGroup.setObjectName(u"chosenGroup")
        self.chosenLayout = QVBoxLayout(self.chosenGroup)
        self.chosenLayout.setObjectName(u"chosenLayout")
        self.chosenRow = QHBoxLayout()
        self.chosenRow.setObjectName(u"chosenRow")
        self.chosenView = QTreeView(self.chosenGroup)
        self.chosenView.setObjectName(u"chosenView")
        self.chosenView.setMinimumSize(QSize(0, 240))
        self.chosenView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.chosenView.setUniformRowHeights(True)

        self.chosenRow.addWidget(self.chosenView)

        self.chosenButtons = QVBoxLayout()
        self.chosenButtons.setObjectName(u"chosenButtons")
        self.moveUpButton = QPushButton(self.chosenGroup)
        self.moveUpButton.setObjectName(u"moveUpButton")

        self.chosenButtons.addWidget(self.moveUpButton)

        self.moveDownButton = QPushButton(self.chosenGroup)
        self.moveDownButton.setObjectName(u"moveDownButton")

        self.chosenButtons.addWidget(self.moveDownButton)

        self.removeButton = QPushButton(self.chosenGroup)
        self.removeButton.setObjectName(u"removeButton")

        self.chosenButtons.addWidget(self.removeButton)

        self.undoButton = QPushButton(self.chosenGroup)
        self.undoButton.setObjectName(u"undoButton")

        self.chosenButtons.addWidget(self.undoButton)

        self.chosenButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.chosenButtons.addItem(self.chosenButtonsSpacer)


        self.chosenRow.addLayout(self.chosenButtons)


        self.chosenLayout.addLayout(self.chosenRow)

        self.chosenStatus = QLabel(self.chosenGroup)
        self.chosenStatus.setObjectName(u"chosenStatus")
        self.chosenStatus.setWordWrap(True)
        self.chosenStatus.setTextFormat(Qt.PlainText)

        self.chosenLayout.addWidget(self.chosenStatus)

        self.weightCheckLabel = QLabel(self.chosenGroup)
        self.weightCheckLabel.setObjectName(u"weightCheckLabel")
        self.weightCheckLabel.setWordWrap(True)
        self.weightCheckLabel.setTextFormat(Qt.PlainText)
        self.weightCheckLabel.setFrameShape(QFrame.StyledPanel)
        self.weightCheckLabel.setMargin(6)

        self.chosenLayout.addWidget(self.weightCheckLabel)


        self.pageLayout.addWidget(self.chosenGroup)

        self.editorGroup = QGroupBox(CriteriaPage)
        self.editorGroup.setObjectName(u"editorGroup")
        self.editorLayout = QVBoxLayout(self.editorGroup)
        self.editorLayout.setObjectName(u"editorLayout")
        self.criterionTitle = QLabel(self.editorGroup)
        self.criterionTitle.setObjectName(u"criterionTitle")
        self.criterionTitle.setWordWrap(True)
        self.criterionTitle.setTextFormat(Qt.PlainText)

        self.editorLayout.addWidget(self.criterionTitle)

        self.criterionMeta = QLabel(self.editorGroup)
        self.criterionMeta.setObjectName(u"criterionMeta")
        self.criterionMeta.setWordWrap(True)
        self.criterionMeta.setTextFormat(Qt.PlainText)
        self.criterionMeta.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.editorLayout.addWidget(self.criterionMeta)

        self.textTabs = QTabWidget(self.editorGroup)
        self.textTabs.setObjectName(u"textTabs")
        self.nlTab = QWidget()
        self.nlTab.setObjectName(u"nlTab")
        self.nlLayout = QVBoxLayout(self.nlTab)
        self.nlLayout.setObjectName(u"nlLayout")
        self.nlTextEdit = QPlainTextEdit(self.nlTab)
        self.nlTextEdit.setObjectName(u"nlTextEdit")
        self.nlTextEdit.setTabChangesFocus(True)
        self.nlTextEdit.setMinimumSize(QSize(0, 160))

        self.nlLayout.addWidget(self.nlTextEdit)

        self.textTabs.addTab(self.nlTab, "")
        self.enTab = QWidget()
        self.enTab.setObjectName(u"enTab")
        self.enLayout = QVBoxLayout(self.enTab)
        self.enLayout.setObjectName(u"enLayout")
        self.enTextEdit = QPlainTextEdit(self.enTab)
        self.enTextEdit.setObjectName(u"enTextEdit")
        self.enTextEdit.setTabChangesFocus(True)
        self.enTextEdit.setMinimumSize(QSize(0, 160))

        self.enLayout.addWidget(self.enTextEdit)

        self.textTabs.addTab(self.enTab, "")

        self.editorLayout.addWidget(self.textTabs)

        self.textError = QLabel(self.editorGroup)
        self.textError.setObjectName(u"textError")
        self.textError.setWordWrap(True)
        self.textError.setVisible(False)

        self.editorLayout.addWidget(self.textError)

        self.textStatusRow = QHBoxLayout()
        self.textStatusRow.setObjectName(u"textStatusRow")
        self.textStatus = QLabel(self.editorGroup)
        self.textStatus.setObjectName(u"textStatus")
        self.textStatus.setWordWrap(True)
        self.textStatus.setTextFormat(Qt.PlainText)

        self.textStatusRow.addWidget(self.textStatus)

        self.revertButton = QPushButton(self.editorGroup)
        self.revertButton.setObjectName(u"revertButton")

        self.textStatusRow.addWidget(self.revertButton)

        self.textStatusRow.setStretch(0, 1)

        self.editorLayout.addLayout(self.textStatusRow)

        self.weightPanel = QWidget(self.editorGroup)
        self.weightPanel.setObjectName(u"weightPanel")
        self.weightForm = QFormLayout(self.weightPanel)
        self.weightForm.setObjectName(u"weightForm")
        self.weightForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.weightForm.setContentsMargins(0, 0, 0, 0)
        self.weightLabel = QLabel(self.weightPanel)
        self.weightLabel.setObjectName(u"weightLabel")

        self.weightForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.weightLabel)

        self.weightEdit = QLineEdit(self.weightPanel)
        self.weightEdit.setObjectName(u"weightEdit")
        self.weightEdit.setMaximumSize(QSize(120, 16777215))

        self.weightForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.weightEdit)

        self.weightError = QLabel(self.weightPanel)
        self.weightError.setObjectName(u"weightError")
        self.weightError.setWordWrap(True)
        self.weightError.setVisible(False)

        self.weightForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.weightError)

        self.rubricLabel = QLabel(self.weightPanel)
        self.rubricLabel.setObjectName(u"rubricLabel")

        self.weightForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.rubricLabel)

        self.rubricText = QLabel(self.weightPanel)
        self.rubricText.setObjectName(u"rubricText")
        self.rubricText.setWordWrap(True)
        self.rubricText.setTextFormat(Qt.PlainText)
        self.rubricText.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.weightForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rubricText)


        self.editorLayout.addWidget(self.weightPanel)


        self.pageLayout.addWidget(self.editorGroup)

        self.annexGroup = QGroupBox(CriteriaPage)
        self.annexGroup.setObjectName(u"annexGroup")
        self.annexLayout = QVBoxLayout(self.annexGroup)
        self.annexLayout.setObjectName(u"annexLayout")
        self.annexButtons = QHBoxLayout()
        self.annexButtons.setObjectName(u"annexButtons")
        self.exportPdfButton = QPushButton(self.annexGroup)
        self.exportPdfButton.setObjectName(u"exportPdfButton")

        self.annexButtons.addWidget(self.exportPdfButton)

        self.copyTextButton = QPushButton(self.annexGroup)
        self.copyTextButton.setObjectName(u"copyTextButton")

        self.annexButtons.addWidget(self.copyTextButton)

        self.openFolderButton = QPushButton(self.annexGroup)
        self.openFolderButton.setObjectName(u"openFolderButton")
        self.openFolderButton.setVisible(False)

        self.annexButtons.addWidget(self.openFolderButton)

        self.annexButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.annexButtons.addItem(self.annexButtonsSpacer)


        self.annexLayout.addLayout(self.annexButtons)

        self.annexStatus = QLabel(self.annexGroup)
        self.annexStatus.setObjectName(u"annexStatus")
        self.annexStatus.setWordWrap(True)
        self.annexStatus.setTextFormat(Qt.PlainText)
        self.annexStatus.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.annexLayout.addWidget(self.annexStatus)


        self.pageLayout.addWidget(self.annexGroup)

        self.bottomSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.ambitionLabel.setBuddy(self.ambitionCombo)
        self.planWeeksLabel.setBuddy(self.planWeeksSpin)
        self.questionnaireWeeksLabel.setBuddy(self.questionnaireWeeksSpin)
        self.reportWeeksLabel.setBuddy(self.reportWeeksSpin)
        self.otherWeightsLabel.setBuddy(self.otherWeightsEdit)
        self.searchLabel.setBuddy(self.searchEdit)
        self.weightLabel.setBuddy(self.weightEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.ambitionCombo, self.explicitRadio)
        QWidget.setTabOrder(self.explicitRadio, self.implicitRadio)
        QWidget.setTabOrder(self.implicitRadio, self.planWeeksSpin)
        QWidget.setTabOrder(self.planWeeksSpin, self.questionnaireWeeksSpin)
        QWidget.setTabOrder(self.questionnaireWeeksSpin, self.reportWeeksSpin)
        QWidget.setTabOrder(self.reportWeeksSpin, self.otherWeightsEdit)
        QWidget.setTabOrder(self.otherWeightsEdit, self.addTabs)
        QWidget.setTabOrder(self.addTabs, self.suggestionsView)
        QWidget.setTabOrder(self.suggestionsView, self.acceptAllButton)
        QWidget.setTabOrder(self.acceptAllButton, self.addSuggestionButton)
        QWidget.setTabOrder(self.addSuggestionButton, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.typeFilterCombo)
        QWidget.setTabOrder(self.typeFilterCombo, self.levelFilterCombo)
        QWidget.setTabOrder(self.levelFilterCombo, self.themeFilterCombo)
        QWidget.setTabOrder(self.themeFilterCombo, self.libraryView)
        QWidget.setTabOrder(self.libraryView, self.addLibraryButton)
        QWidget.setTabOrder(self.addLibraryButton, self.chosenView)
        QWidget.setTabOrder(self.chosenView, self.moveUpButton)
        QWidget.setTabOrder(self.moveUpButton, self.moveDownButton)
        QWidget.setTabOrder(self.moveDownButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.undoButton)
        QWidget.setTabOrder(self.undoButton, self.textTabs)
        QWidget.setTabOrder(self.textTabs, self.nlTextEdit)
        QWidget.setTabOrder(self.nlTextEdit, self.enTextEdit)
        QWidget.setTabOrder(self.enTextEdit, self.revertButton)
        QWidget.setTabOrder(self.revertButton, self.weightEdit)
        QWidget.setTabOrder(self.weightEdit, self.exportPdfButton)
        QWidget.setTabOrder(self.exportPdfButton, self.copyTextButton)
        QWidget.setTabOrder(self.copyTextButton, self.openFolderButton)

        self.retranslateUi(CriteriaPage)

        self.addTabs.setCurrentIndex(0)
        self.textTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CriteriaPage)
    # setupUi

    def retranslateUi(self, CriteriaPage):
        self.settingsGroup.setTitle(QCoreApplication.translate("CriteriaPage", u"Uitgangspunten", None))
        self.ambitionLabel.setText(QCoreApplication.translate("CriteriaPage", u"&Ambitieniveau", None))
        self.ambitionHint.setText(QCoreApplication.translate("CriteriaPage", u"Het voorstel uit de risicoscan neemt per onderwerp de variant op dit niveau, of het hoogste niveau daaronder.", None))
        self.acceptanceLabel.setText(QCoreApplication.translate("CriteriaPage", u"Aanvaarding", None))
        self.explicitRadio.setText(QCoreApplication.translate("CriteriaPage", u"&Uitdrukkelijk: de inschrijver tekent de verklaring in de bijlage", None))
        self.implicitRadio.setText(QCoreApplication.translate("CriteriaPage", u"&Stilzwijgend: wie inschrijft, aanvaardt de voorwaarden", None))
        self.planWeeksLabel.setText(QCoreApplication.translate("CriteriaPage", u"&Plan van aanpak", None))
        self.planWeeksSpin.setSuffix(QCoreApplication.translate("CriteriaPage", u" weken na de gunning", None))
        self.questionnaireWeeksLabel.setText(QCoreApplication.translate("CriteriaPage", u"Zelf&evaluatie", None))
        self.questionnaireWeeksSpin.setSuffix(QCoreApplication.translate("CriteriaPage", u" weken na het verzoek", None))
        self.reportWeeksLabel.setText(QCoreApplication.translate("CriteriaPage", u"Voortgangs&rapportage", None))
        self.reportWeeksSpin.setSuffix(QCoreApplication.translate("CriteriaPage", u" weken na elk contractjaar", None))
        self.deadlinesError.setText("")
#if QT_CONFIG(accessibility)
        self.deadlinesError.setAccessibleName(QCoreApplication.translate("CriteriaPage", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
        self.otherWeightsLabel.setText(QCoreApplication.translate("CriteriaPage", u"Overige gunnings&criteria (%)", None))
        self.otherWeightsEdit.setPlaceholderText(QCoreApplication.translate("CriteriaPage", u"Samen, bijvoorbeeld 80 (leeg als nog niet bekend)", None))
        self.otherWeightsError.setText("")
#if QT_CONFIG(accessibility)
        self.otherWeightsError.setAccessibleName(QCoreApplication.translate("CriteriaPage", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
        self.addGroup.setTitle(QCoreApplication.translate("CriteriaPage", u"Criteria toevoegen", None))
        self.suggestionReason.setText("")
#if QT_CONFIG(accessibility)
        self.suggestionsView.setAccessibleName(QCoreApplication.translate("CriteriaPage", u"Voorgestelde criteria", None))
#endif // QT_CONFIG(accessibility)
        self.acceptAllButton.setText(QCoreApplication.translate("CriteriaPage", u"Alle suggesties over&nemen", None))
        self.addSuggestionButton.setText(QCoreApplication.translate("CriteriaPage", u"Geselecteerde &toevoegen", None))
        self.addTabs.setTabText(self.addTabs.indexOf(self.suggestionsTab), QCoreApplication.translate("CriteriaPage", u"Voorstel uit de risicoscan", None))
        self.searchLabel.setText(QCoreApplication.translate("CriteriaPage", u"&Zoek", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CriteriaPage", u"Woord in titel of tekst", None))
#if QT_CONFIG(accessibility)
        self.typeFilterCombo.setAccessibleName(QCoreApplication.translate("CriteriaPage", u"Soort criterium", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.levelFilterCombo.setAccessibleName(QCoreApplication.translate("CriteriaPage", u"Ambitieniveau", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.themeFilterCombo.setAccessibleName(QCoreApplication.translate("CriteriaPage", u"Thema", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.libraryView.setAccessibleName(QCoreApplication.translate("CriteriaPage", u"Criteria in de bibliotheek", None))
#endif // QT_CONFIG(accessibility)
        self.addLibraryButton.setText(QCoreApplication.translate("CriteriaPage", u"Geselecteerde &toevoegen", None))
        self.libraryCount.setText("")
        self.addTabs.setTabText(self.addTabs.indexOf(self.libraryTab), QCoreApplication.translate("CriteriaPage", u"Bibliotheek", None))
        self.chosenGroup.setTitle(QCoreApplication.translate("CriteriaPage", u"Gekozen criteria, per fase van de aanbesteding", None))
#if QT_CONFIG(accessibility)
        self.chosenView.setAccessibleName(QCoreApplication.translate("CriteriaPage", u"Gekozen criteria", None))
#endif // QT_CONFIG(accessibility)
        self.moveUpButton.setText(QCoreApplication.translate("CriteriaPage", u"Om&hoog", None))
#if QT_CONFIG(tooltip)
        self.moveUpButton.setToolTip(QCoreApplication.translate("CriteriaPage", u"E\u00e9n plaats omhoog binnen de fase (Ctrl+Pijl omhoog)", None))
#endif // QT_CONFIG(tooltip)
        self.moveDownButton.setText(QCoreApplication.translate("CriteriaPage", u"Om&laag", None))
#if QT_CONFIG(tooltip)
        self.moveDownButton.setToolTip(QCoreApplication.translate("CriteriaPage", u"E\u00e9n plaats omlaag binnen de fase (Ctrl+Pijl omlaag)", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("CriteriaPage", u"Ver&wijderen", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("CriteriaPage", u"Uit dit dossier verwijderen (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.undoButton.setText(QCoreApplication.translate("CriteriaPage", u"Ongedaan &maken", None))
#if QT_CONFIG(tooltip)
        self.undoButton.setToolTip(QCoreApplication.translate("CriteriaPage", u"Het laatst verwijderde criterium terugzetten (Ctrl+Z)", None))
#endif // QT_CONFIG(tooltip)
        self.chosenStatus.setText("")
        self.weightCheckLabel.setText("")
#if QT_CONFIG(accessibility)
        self.weightCheckLabel.setAccessibleName(QCoreApplication.translate("CriteriaPage", u"Controle van de weging", None))
#endif // QT_CONFIG(accessibility)
        self.editorGroup.setTitle(QCoreApplication.translate("CriteriaPage", u"Geselecteerd criterium", None))
        self.criterionTitle.setText(QCoreApplication.translate("CriteriaPage", u"Kies een criterium in de lijst hierboven.", None))
        self.criterionMeta.setText("")
#if QT_CONFIG(accessibility)
        self.nlTextEdit.setAccessibleName(QCoreApplication.translate("CriteriaPage", u"Nederlandse tekst voor dit dossier", None))
#endif // QT_CONFIG(accessibility)
        self.textTabs.setTabText(self.textTabs.indexOf(self.nlTab), QCoreApplication.translate("CriteriaPage", u"Nederlands", None))
#if QT_CONFIG(accessibility)
        self.enTextEdit.setAccessibleName(QCoreApplication.translate("CriteriaPage", u"Engelse tekst voor dit dossier", None))
#endif // QT_CONFIG(accessibility)
        self.textTabs.setTabText(self.textTabs.indexOf(self.enTab), QCoreApplication.translate("CriteriaPage", u"Engels", None))
        self.textError.setText("")
#if QT_CONFIG(accessibility)
        self.textError.setAccessibleName(QCoreApplication.translate("CriteriaPage", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
        self.textStatus.setText("")
        self.revertButton.setText(QCoreApplication.translate("CriteriaPage", u"&Bibliotheektekst terugzetten", None))
#if QT_CONFIG(tooltip)
        self.revertButton.setToolTip(QCoreApplication.translate("CriteriaPage", u"De eigen tekst (Nederlands en Engels) vervangen door de huidige tekst uit de bibliotheek", None))
#endif // QT_CONFIG(tooltip)
        self.weightLabel.setText(QCoreApplication.translate("CriteriaPage", u"We&ging (%)", None))
        self.weightEdit.setPlaceholderText(QCoreApplication.translate("CriteriaPage", u"bijv. 10", None))
        self.weightError.setText("")
#if QT_CONFIG(accessibility)
        self.weightError.setAccessibleName(QCoreApplication.translate("CriteriaPage", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
        self.rubricLabel.setText(QCoreApplication.translate("CriteriaPage", u"Beoordeling", None))
        self.rubricText.setText("")
        self.annexGroup.setTitle(QCoreApplication.translate("CriteriaPage", u"Bijlage ISV bij de aanbesteding", None))
        self.exportPdfButton.setText(QCoreApplication.translate("CriteriaPage", u"Bijlage als P&DF\u2026", None))
        self.copyTextButton.setText(QCoreApplication.translate("CriteriaPage", u"&Kopi\u00ebren als tekst", None))
#if QT_CONFIG(tooltip)
        self.copyTextButton.setToolTip(QCoreApplication.translate("CriteriaPage", u"De bijlage als opgemaakte tekst op het klembord, om in uw eigen Word-sjabloon te plakken", None))
#endif // QT_CONFIG(tooltip)
        self.openFolderButton.setText(QCoreApplication.translate("CriteriaPage", u"Map openen", None))
        self.annexStatus.setText("")
        pass
    # retranslateUi

