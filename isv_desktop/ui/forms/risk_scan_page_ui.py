# Generated from forms/ by `make forms` (pyside6-uic). Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QTableWidget,
    QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget)

class Ui_RiskScanPage(object):
    def setupUi(self, RiskScanPage):
        if not RiskScanPage.objectName():
            RiskScanPage.setObjectName(u"RiskScanPage")
        self.pageLayout = QVBoxLayout(RiskScanPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.editionBanner = QFrame(RiskScanPage)
        self.editionBanner.setObjectName(u"editionBanner")
        self.editionBanner.setFrameShape(QFrame.StyledPanel)
        self.editionBanner.setVisible(False)
        self.editionBannerLayout = QHBoxLayout(self.editionBanner)
        self.editionBannerLayout.setObjectName(u"editionBannerLayout")
        self.editionBannerLabel = QLabel(self.editionBanner)
        self.editionBannerLabel.setObjectName(u"editionBannerLabel")
        self.editionBannerLabel.setWordWrap(True)

        self.editionBannerLayout.addWidget(self.editionBannerLabel)

        self.rescanButton = QPushButton(self.editionBanner)
        self.rescanButton.setObjectName(u"rescanButton")

        self.editionBannerLayout.addWidget(self.rescanButton)


        self.pageLayout.addWidget(self.editionBanner)

        self.changesLabel = QLabel(RiskScanPage)
        self.changesLabel.setObjectName(u"changesLabel")
        self.changesLabel.setWordWrap(True)
        self.changesLabel.setVisible(False)
        self.changesLabel.setTextFormat(Qt.RichText)
        self.changesLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.pageLayout.addWidget(self.changesLabel)

        self.scanInfoLayout = QHBoxLayout()
        self.scanInfoLayout.setObjectName(u"scanInfoLayout")
        self.scanInfoLabel = QLabel(RiskScanPage)
        self.scanInfoLabel.setObjectName(u"scanInfoLabel")
        self.scanInfoLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.scanInfoLabel.sizePolicy().hasHeightForWidth())
        self.scanInfoLabel.setSizePolicy(sizePolicy)

        self.scanInfoLayout.addWidget(self.scanInfoLabel)

        self.sourcesButton = QPushButton(RiskScanPage)
        self.sourcesButton.setObjectName(u"sourcesButton")

        self.scanInfoLayout.addWidget(self.sourcesButton)


        self.pageLayout.addLayout(self.scanInfoLayout)

        self.tabs = QTabWidget(RiskScanPage)
        self.tabs.setObjectName(u"tabs")
        self.scopeTab = QWidget()
        self.scopeTab.setObjectName(u"scopeTab")
        self.scopeLayout = QVBoxLayout(self.scopeTab)
        self.scopeLayout.setObjectName(u"scopeLayout")
        self.groupsBox = QGroupBox(self.scopeTab)
        self.groupsBox.setObjectName(u"groupsBox")
        self.groupsLayout = QGridLayout(self.groupsBox)
        self.groupsLayout.setObjectName(u"groupsLayout")
        self.groupSearchLabel = QLabel(self.groupsBox)
        self.groupSearchLabel.setObjectName(u"groupSearchLabel")

        self.groupsLayout.addWidget(self.groupSearchLabel, 0, 0, 1, 1)

        self.groupSearchEdit = QLineEdit(self.groupsBox)
        self.groupSearchEdit.setObjectName(u"groupSearchEdit")

        self.groupsLayout.addWidget(self.groupSearchEdit, 0, 1, 1, 1)

        self.addGroupButton = QPushButton(self.groupsBox)
        self.addGroupButton.setObjectName(u"addGroupButton")

        self.groupsLayout.addWidget(self.addGroupButton, 0, 2, 1, 1)

        self.groupMatches = QListWidget(self.groupsBox)
        self.groupMatches.setObjectName(u"groupMatches")
        self.groupMatches.setMaximumSize(QSize(16777215, 110))
        self.groupMatches.setVisible(False)

        self.groupsLayout.addWidget(self.groupMatches, 1, 1, 1, 1)

        self.groupError = QLabel(self.groupsBox)
        self.groupError.setObjectName(u"groupError")
        self.groupError.setWordWrap(True)
        self.groupError.setVisible(False)

        self.groupsLayout.addWidget(self.groupError, 2, 1, 1, 2)

        self.groupListLabel = QLabel(self.groupsBox)
        self.groupListLabel.setObjectName(u"groupListLabel")

        self.groupsLayout.addWidget(self.groupListLabel, 3, 0, 1, 1, Qt.AlignTop)

        self.groupList = QListWidget(self.groupsBox)
        self.groupList.setObjectName(u"groupList")
        self.groupList.setMaximumSize(QSize(16777215, 110))

        self.groupsLayout.addWidget(self.groupList, 3, 1, 1, 1)

        self.removeGroupButton = QPushButton(self.groupsBox)
        self.removeGroupButton.setObjectName(u"removeGroupButton")

        self.groupsLayout.addWidget(self.removeGroupButton, 3, 2, 1, 1, Qt.AlignTop)


        self.scopeLayout.addWidget(self.groupsBox)

        self.countriesBox = QGroupBox(self.scopeTab)
        self.countriesBox.setObjectName(u"countriesBox")
        self.countriesLayout = QGridLayout(self.countriesBox)
        self.countriesLayout.setObjectName(u"countriesLayout")
        self.countryGroupLabel = QLabel(self.countriesBox)
        self.countryGroupLabel.setObjectName(u"countryGroupLabel")

        self.countriesLayout.addWidget(self.countryGroupLabel, 0, 0, 1, 1)

        self.countryGroupCombo = QComboBox(self.countriesBox)
        self.countryGroupCombo.setObjectName(u"countryGroupCombo")

        self.countriesLayout.addWidget(self.countryGroupCombo, 0, 1, 1, 1)

        self.stageLabel = QLabel(self.countriesBox)
        self.stageLabel.setObjectName(u"stageLabel")

        self.countriesLayout.addWidget(self.stageLabel, 1, 0, 1, 1)

        self.stageCombo = QComboBox(self.countriesBox)
        self.stageCombo.setObjectName(u"stageCombo")

        self.countriesLayout.addWidget(self.stageCombo, 1, 1, 1, 1)

        self.countrySearchLabel = QLabel(self.countriesBox)
        self.countrySearchLabel.setObjectName(u"countrySearchLabel")

        self.countriesLayout.addWidget(self.countrySearchLabel, 2, 0, 1, 1)

        self.countrySearchEdit = QLineEdit(self.countriesBox)
        self.countrySearchEdit.setObjectName(u"countrySearchEdit")

        self.countriesLayout.addWidget(self.countrySearchEdit, 2, 1, 1, 1)

        self.addCountryButton = QPushButton(self.countriesBox)
        self.addCountryButton.setObjectName(u"addCountryButton")

        self.countriesLayout.addWidget(self.addCountryButton, 2, 2, 1, 1)

        self.countryMatches = QListWidget(self.countriesBox)
        self.countryMatches.setObjectName(u"countryMatches")
        self.countryMatches.setMaximumSize(QSize(16777215, 110))
        self.countryMatches.setVisible(False)

        self.countriesLayout.addWidget(self.countryMatches, 3, 1, 1, 1)

        self.countryError = QLabel(self.countriesBox)
        self.countryError.setObjectName(u"countryError")
        self.countryError.setWordWrap(True)
        self.countryError.setVisible(False)

        self.countriesLayout.addWidget(self.countryError, 4, 1, 1, 2)

        self.countryTable = QTableWidget(self.countriesBox)
        if (self.countryTable.columnCount() < 3):
            self.countryTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.countryTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.countryTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.countryTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.countryTable.setObjectName(u"countryTable")
        self.countryTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.countryTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.countryTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.countryTable.setAlternatingRowColors(True)
        self.countryTable.setWordWrap(True)
        self.countryTable.setMinimumSize(QSize(0, 120))
        self.countryTable.horizontalHeader().setStretchLastSection(True)
        self.countryTable.verticalHeader().setVisible(False)

        self.countriesLayout.addWidget(self.countryTable, 5, 0, 1, 2)

        self.removeCountryButton = QPushButton(self.countriesBox)
        self.removeCountryButton.setObjectName(u"removeCountryButton")

        self.countriesLayout.addWidget(self.removeCountryButton, 5, 2, 1, 1, Qt.AlignTop)

        self.countryHint = QLabel(self.countriesBox)
        self.countryHint.setObjectName(u"countryHint")
        self.countryHint.setWordWrap(True)

        self.countriesLayout.addWidget(self.countryHint, 6, 0, 1, 3)


        self.scopeLayout.addWidget(self.countriesBox)

        self.scopeSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.scopeLayout.addItem(self.scopeSpacer)

        self.tabs.addTab(self.scopeTab, "")
        self.risksTab = QWidget()
        self.risksTab.setObjectName(u"risksTab")
        self.risksLayout = QVBoxLayout(self.risksTab)
        self.risksLayout.setObjectName(u"risksLayout")
        self.noScanLabel = QLabel(self.risksTab)
        self.noScanLabel.setObjectName(u"noScanLabel")
        self.noScanLabel.setWordWrap(True)

        self.risksLayout.addWidget(self.noScanLabel)

        self.riskTable = QTableView(self.risksTab)
        self.riskTable.setObjectName(u"riskTable")
        self.riskTable.setMinimumSize(QSize(0, 300))
        self.riskTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.riskTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.riskTable.setWordWrap(False)
        self.riskTable.horizontalHeader().setMinimumSectionSize(110)

        self.risksLayout.addWidget(self.riskTable)

        self.legendLabel = QLabel(self.risksTab)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)

        self.risksLayout.addWidget(self.legendLabel)

        self.detailsLayout = QGridLayout()
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLabel = QLabel(self.risksTab)
        self.detailsLabel.setObjectName(u"detailsLabel")

        self.detailsLayout.addWidget(self.detailsLabel, 0, 0, 1, 1)

        self.originsLabel = QLabel(self.risksTab)
        self.originsLabel.setObjectName(u"originsLabel")

        self.detailsLayout.addWidget(self.originsLabel, 0, 1, 1, 1)

        self.detailsView = QTextBrowser(self.risksTab)
        self.detailsView.setObjectName(u"detailsView")
        self.detailsView.setMinimumSize(QSize(0, 150))
        self.detailsView.setOpenLinks(False)

        self.detailsLayout.addWidget(self.detailsView, 1, 0, 1, 1)

        self.originsView = QTextBrowser(self.risksTab)
        self.originsView.setObjectName(u"originsView")
        self.originsView.setMinimumSize(QSize(0, 150))
        self.originsView.setOpenLinks(False)

        self.detailsLayout.addWidget(self.originsView, 1, 1, 1, 1)


        self.risksLayout.addLayout(self.detailsLayout)

        self.tabs.addTab(self.risksTab, "")
        self.judgementTab = QWidget()
        self.judgementTab.setObjectName(u"judgementTab")
        self.judgementLayout = QVBoxLayout(self.judgementTab)
        self.judgementLayout.setObjectName(u"judgementLayout")
        self.judgementIntro = QLabel(self.judgementTab)
        self.judgementIntro.setObjectName(u"judgementIntro")
        self.judgementIntro.setWordWrap(True)

        self.judgementLayout.addWidget(self.judgementIntro)

        self.judgementHint = QLabel(self.judgementTab)
        self.judgementHint.setObjectName(u"judgementHint")
        self.judgementHint.setWordWrap(True)

        self.judgementLayout.addWidget(self.judgementHint)

        self.judgementGrid = QGridLayout()
        self.judgementGrid.setObjectName(u"judgementGrid")
        self.judgementThemeHeader = QLabel(self.judgementTab)
        self.judgementThemeHeader.setObjectName(u"judgementThemeHeader")

        self.judgementGrid.addWidget(self.judgementThemeHeader, 0, 0, 1, 1)

        self.judgementLevelHeader = QLabel(self.judgementTab)
        self.judgementLevelHeader.setObjectName(u"judgementLevelHeader")

        self.judgementGrid.addWidget(self.judgementLevelHeader, 0, 1, 1, 1)

        self.judgementSeverityHeader = QLabel(self.judgementTab)
        self.judgementSeverityHeader.setObjectName(u"judgementSeverityHeader")

        self.judgementGrid.addWidget(self.judgementSeverityHeader, 0, 2, 1, 1)

        self.judgementLikelihoodHeader = QLabel(self.judgementTab)
        self.judgementLikelihoodHeader.setObjectName(u"judgementLikelihoodHeader")

        self.judgementGrid.addWidget(self.judgementLikelihoodHeader, 0, 3, 1, 1)

        self.judgementPriorityHeader = QLabel(self.judgementTab)
        self.judgementPriorityHeader.setObjectName(u"judgementPriorityHeader")

        self.judgementGrid.addWidget(self.judgementPriorityHeader, 0, 4, 1, 1)

        self.judgementNoteHeader = QLabel(self.judgementTab)
        self.judgementNoteHeader.setObjectName(u"judgementNoteHeader")

        self.judgementGrid.addWidget(self.judgementNoteHeader, 0, 5, 1, 1)


        self.judgementLayout.addLayout(self.judgementGrid)

        self.judgementError = QLabel(self.judgementTab)
        self.judgementError.setObjectName(u"judgementError")
        self.judgementError.setWordWrap(True)
        self.judgementError.setVisible(False)

        self.judgementLayout.addWidget(self.judgementError)

        self.judgementSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.judgementLayout.addItem(self.judgementSpacer)

        self.tabs.addTab(self.judgementTab, "")
        self.ownRisksTab = QWidget()
        self.ownRisksTab.setObjectName(u"ownRisksTab")
        self.ownRisksLayout = QVBoxLayout(self.ownRisksTab)
        self.ownRisksLayout.setObjectName(u"ownRisksLayout")
        self.ownRiskBox = QGroupBox(self.ownRisksTab)
        self.ownRiskBox.setObjectName(u"ownRiskBox")
        self.ownRiskForm = QFormLayout(self.ownRiskBox)
        self.ownRiskForm.setObjectName(u"ownRiskForm")
        self.ownRiskForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.ownThemeLabel = QLabel(self.ownRiskBox)
        self.ownThemeLabel.setObjectName(u"ownThemeLabel")

        self.ownRiskForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ownThemeLabel)

        self.ownThemeCombo = QComboBox(self.ownRiskBox)
        self.ownThemeCombo.setObjectName(u"ownThemeCombo")

        self.ownRiskForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ownThemeCombo)

        self.ownDescriptionLabel = QLabel(self.ownRiskBox)
        self.ownDescriptionLabel.setObjectName(u"ownDescriptionLabel")

        self.ownRiskForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ownDescriptionLabel)

        self.ownDescriptionEdit = QPlainTextEdit(self.ownRiskBox)
        self.ownDescriptionEdit.setObjectName(u"ownDescriptionEdit")
        self.ownDescriptionEdit.setTabChangesFocus(True)
        self.ownDescriptionEdit.setMaximumSize(QSize(16777215, 70))

        self.ownRiskForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ownDescriptionEdit)

        self.ownSourceLabel = QLabel(self.ownRiskBox)
        self.ownSourceLabel.setObjectName(u"ownSourceLabel")

        self.ownRiskForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ownSourceLabel)

        self.ownSourceEdit = QLineEdit(self.ownRiskBox)
        self.ownSourceEdit.setObjectName(u"ownSourceEdit")

        self.ownRiskForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ownSourceEdit)

        self.attachmentLabel = QLabel(self.ownRiskBox)
        self.attachmentLabel.setObjectName(u"attachmentLabel")

        self.ownRiskForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.attachmentLabel)

        self.attachmentLayout = QHBoxLayout()
        self.attachmentLayout.setObjectName(u"attachmentLayout")
        self.attachmentNameLabel = QLabel(self.ownRiskBox)
        self.attachmentNameLabel.setObjectName(u"attachmentNameLabel")
        sizePolicy.setHeightForWidth(self.attachmentNameLabel.sizePolicy().hasHeightForWidth())
        self.attachmentNameLabel.setSizePolicy(sizePolicy)

        self.attachmentLayout.addWidget(self.attachmentNameLabel)

        self.chooseAttachmentButton = QPushButton(self.ownRiskBox)
        self.chooseAttachmentButton.setObjectName(u"chooseAttachmentButton")

        self.attachmentLayout.addWidget(self.chooseAttachmentButton)

        self.clearAttachmentButton = QPushButton(self.ownRiskBox)
        self.clearAttachmentButton.setObjectName(u"clearAttachmentButton")

        self.attachmentLayout.addWidget(self.clearAttachmentButton)


        self.ownRiskForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.attachmentLayout)

        self.ownRiskError = QLabel(self.ownRiskBox)
        self.ownRiskError.setObjectName(u"ownRiskError")
        self.ownRiskError.setWordWrap(True)
        self.ownRiskError.setVisible(False)

        self.ownRiskForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.ownRiskError)

        self.addOwnRiskButton = QPushButton(self.ownRiskBox)
        self.addOwnRiskButton.setObjectName(u"addOwnRiskButton")

        self.ownRiskForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.addOwnRiskButton)


        self.ownRisksLayout.addWidget(self.ownRiskBox)

        self.ownRiskTable = QTableWidget(self.ownRisksTab)
        if (self.ownRiskTable.columnCount() < 4):
            self.ownRiskTable.setColumnCount(4)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.ownRiskTable.setHorizontalHeaderItem(0, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.ownRiskTable.setHorizontalHeaderItem(1, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.ownRiskTable.setHorizontalHeaderItem(2, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.ownRiskTable.setHorizontalHeaderItem(3, __qtablewidgetitem6)
        self.ownRiskTable.setObjectName(u"ownRiskTable")
        self.ownRiskTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.ownRiskTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.ownRiskTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.ownRiskTable.setAlternatingRowColors(True)
        self.ownRiskTable.setWordWrap(True)
        self.ownRiskTable.setMinimumSize(QSize(0, 140))
        self.ownRiskTable.horizontalHeader().setStretchLastSection(True)
        self.ownRiskTable.verticalHeader().setVisible(False)

        self.ownRisksLayout.addWidget(self.ownRiskTable)

        self.ownRiskButtons = QHBoxLayout()
        self.ownRiskButtons.setObjectName(u"ownRiskButtons")
        self.saveAttachmentButton = QPushButton(self.ownRisksTab)
        self.saveAttachmentButton.setObjectName(u"saveAttachmentButton")

        self.ownRiskButtons.addWidget(self.saveAttachmentButton)

        self.removeOwnRiskButton = QPushButton(self.ownRisksTab)
        self.removeOwnRiskButton.setObjectName(u"removeOwnRiskButton")

        self.ownRiskButtons.addWidget(self.removeOwnRiskButton)

        self.ownRiskButtonsSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ownRiskButtons.addItem(self.ownRiskButtonsSpacer)


        self.ownRisksLayout.addLayout(self.ownRiskButtons)

        self.tabs.addTab(self.ownRisksTab, "")
        self.stakeholdersTab = QWidget()
        self.stakeholdersTab.setObjectName(u"stakeholdersTab")
        self.stakeholdersLayout = QVBoxLayout(self.stakeholdersTab)
        self.stakeholdersLayout.setObjectName(u"stakeholdersLayout")
        self.stakeholderIntro = QLabel(self.stakeholdersTab)
        self.stakeholderIntro.setObjectName(u"stakeholderIntro")
        self.stakeholderIntro.setWordWrap(True)

        self.stakeholdersLayout.addWidget(self.stakeholderIntro)

        self.consultationBox = QGroupBox(self.stakeholdersTab)
        self.consultationBox.setObjectName(u"consultationBox")
        self.consultationForm = QFormLayout(self.consultationBox)
        self.consultationForm.setObjectName(u"consultationForm")
        self.consultationForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.kindLabel = QLabel(self.consultationBox)
        self.kindLabel.setObjectName(u"kindLabel")

        self.consultationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.consultationBox)
        self.kindCombo.setObjectName(u"kindCombo")

        self.consultationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.organisationLabel = QLabel(self.consultationBox)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.consultationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationEdit = QLineEdit(self.consultationBox)
        self.organisationEdit.setObjectName(u"organisationEdit")

        self.consultationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organisationEdit)

        self.consultedOnLabel = QLabel(self.consultationBox)
        self.consultedOnLabel.setObjectName(u"consultedOnLabel")

        self.consultationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.consultedOnLabel)

        self.consultedOnEdit = QLineEdit(self.consultationBox)
        self.consultedOnEdit.setObjectName(u"consultedOnEdit")

        self.consultationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.consultedOnEdit)

        self.consultedThemesLabel = QLabel(self.consultationBox)
        self.consultedThemesLabel.setObjectName(u"consultedThemesLabel")

        self.consultationForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.consultedThemesLabel)

        self.consultedThemesList = QListWidget(self.consultationBox)
        self.consultedThemesList.setObjectName(u"consultedThemesList")
        self.consultedThemesList.setMaximumSize(QSize(16777215, 120))

        self.consultationForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.consultedThemesList)

        self.outcomeLabel = QLabel(self.consultationBox)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.consultationForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeEdit = QPlainTextEdit(self.consultationBox)
        self.outcomeEdit.setObjectName(u"outcomeEdit")
        self.outcomeEdit.setTabChangesFocus(True)
        self.outcomeEdit.setMaximumSize(QSize(16777215, 70))

        self.consultationForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.outcomeEdit)

        self.consultationError = QLabel(self.consultationBox)
        self.consultationError.setObjectName(u"consultationError")
        self.consultationError.setWordWrap(True)
        self.consultationError.setVisible(False)

        self.consultationForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.consultationError)

        self.addConsultationButton = QPushButton(self.consultationBox)
        self.addConsultationButton.setObjectName(u"addConsultationButton")

        self.consultationForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.addConsultationButton)


        self.stakeholdersLayout.addWidget(self.consultationBox)

        self.consultationTable = QTableWidget(self.stakeholdersTab)
        if (self.consultationTable.columnCount() < 5):
            self.consultationTable.setColumnCount(5)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.consultationTable.setHorizontalHeaderItem(0, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.consultationTable.setHorizontalHeaderItem(1, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.consultationTable.setHorizontalHeaderItem(2, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.consultationTable.setHorizontalHeaderItem(3, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.consultationTable.setHorizontalHeaderItem(4, __qtablewidgetitem11)
        self.consultationTable.setObjectName(u"consultationTable")
        self.consultationTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.consultationTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.consultationTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.consultationTable.setAlternatingRowColors(True)
        self.consultationTable.setWordWrap(True)
        self.consultationTable.setMinimumSize(QSize(0, 140))
        self.consultationTable.horizontalHeader().setStretchLastSection(True)
        self.consultationTable.verticalHeader().setVisible(False)

        self.stakeholdersLayout.addWidget(self.consultationTable)

        self.consultationButtons = QHBoxLayout()
        self.consultationButtons.setObjectName(u"consultationButtons")
        self.removeConsultationButton = QPushButton(self.stakeholdersTab)
        self.removeConsultationButton.setObjectName(u"removeConsultationButton")

        self.consultationButtons.addWidget(self.removeConsultationButton)

        self.consultationButtonsSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.consultationButtons.addItem(self.consultationButtonsSpacer)


        self.stakeholdersLayout.addLayout(self.consultationButtons)

        self.tabs.addTab(self.stakeholdersTab, "")

        self.pageLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.groupSearchLabel.setBuddy(self.groupSearchEdit)
        self.groupListLabel.setBuddy(self.groupList)
        self.countryGroupLabel.setBuddy(self.countryGroupCombo)
        self.stageLabel.setBuddy(self.stageCombo)
        self.countrySearchLabel.setBuddy(self.countrySearchEdit)
        self.ownThemeLabel.setBuddy(self.ownThemeCombo)
        self.ownDescriptionLabel.setBuddy(self.ownDescriptionEdit)
        self.ownSourceLabel.setBuddy(self.ownSourceEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.organisationLabel.setBuddy(self.organisationEdit)
        self.consultedOnLabel.setBuddy(self.consultedOnEdit)
        self.consultedThemesLabel.setBuddy(self.consultedThemesList)
        self.outcomeLabel.setBuddy(self.outcomeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RiskScanPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(RiskScanPage)
    # setupUi

    def retranslateUi(self, RiskScanPage):
        self.editionBannerLabel.setText("")
        self.rescanButton.setText(QCoreApplication.translate("RiskScanPage", u"Opnieuw &scannen", None))
#if QT_CONFIG(tooltip)
        self.rescanButton.setToolTip(QCoreApplication.translate("RiskScanPage", u"Scan opnieuw met de nieuwste gegevens en laat zien wat er veranderde", None))
#endif // QT_CONFIG(tooltip)
        self.changesLabel.setText("")
        self.scanInfoLabel.setText("")
        self.sourcesButton.setText(QCoreApplication.translate("RiskScanPage", u"Over de brongegevens\u2026", None))
#if QT_CONFIG(tooltip)
        self.sourcesButton.setToolTip(QCoreApplication.translate("RiskScanPage", u"Alle bronnen van de risicoscan met editie, datum en licentie", None))
#endif // QT_CONFIG(tooltip)
        self.groupsBox.setTitle(QCoreApplication.translate("RiskScanPage", u"Productgroepen", None))
        self.groupSearchLabel.setText(QCoreApplication.translate("RiskScanPage", u"&Zoek een productgroep", None))
        self.groupSearchEdit.setPlaceholderText(QCoreApplication.translate("RiskScanPage", u"Deel van de naam (Nederlands of Engels) of een CPV-code", None))
        self.addGroupButton.setText(QCoreApplication.translate("RiskScanPage", u"&Toevoegen", None))
#if QT_CONFIG(tooltip)
        self.addGroupButton.setToolTip(QCoreApplication.translate("RiskScanPage", u"Voeg de gekozen productgroep toe (Enter)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.groupMatches.setAccessibleName(QCoreApplication.translate("RiskScanPage", u"Gevonden productgroepen", None))
#endif // QT_CONFIG(accessibility)
        self.groupError.setText("")
#if QT_CONFIG(accessibility)
        self.groupError.setAccessibleName(QCoreApplication.translate("RiskScanPage", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
        self.groupListLabel.setText(QCoreApplication.translate("RiskScanPage", u"Gekozen productgroepen", None))
#if QT_CONFIG(accessibility)
        self.groupList.setAccessibleName(QCoreApplication.translate("RiskScanPage", u"Gekozen productgroepen", None))
#endif // QT_CONFIG(accessibility)
        self.removeGroupButton.setText(QCoreApplication.translate("RiskScanPage", u"Productgroep ve&rwijderen", None))
        self.countriesBox.setTitle(QCoreApplication.translate("RiskScanPage", u"Landen van productie", None))
        self.countryGroupLabel.setText(QCoreApplication.translate("RiskScanPage", u"Voor &productgroep", None))
        self.stageLabel.setText(QCoreApplication.translate("RiskScanPage", u"&Fase", None))
        self.countrySearchLabel.setText(QCoreApplication.translate("RiskScanPage", u"Zoek een &land", None))
        self.countrySearchEdit.setPlaceholderText(QCoreApplication.translate("RiskScanPage", u"Naam in het Nederlands of Engels, of ISO-code (bijvoorbeeld MY)", None))
        self.addCountryButton.setText(QCoreApplication.translate("RiskScanPage", u"Land toevoe&gen", None))
#if QT_CONFIG(tooltip)
        self.addCountryButton.setToolTip(QCoreApplication.translate("RiskScanPage", u"Voeg het gekozen land toe (Enter)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.countryMatches.setAccessibleName(QCoreApplication.translate("RiskScanPage", u"Gevonden landen", None))
#endif // QT_CONFIG(accessibility)
        self.countryError.setText("")
#if QT_CONFIG(accessibility)
        self.countryError.setAccessibleName(QCoreApplication.translate("RiskScanPage", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.countryTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RiskScanPage", u"Productgroep", None))
        ___qtablewidgetitem1 = self.countryTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RiskScanPage", u"Land", None))
        ___qtablewidgetitem2 = self.countryTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RiskScanPage", u"Fase", None))
        self.removeCountryButton.setText(QCoreApplication.translate("RiskScanPage", u"Land ver&wijderen", None))
        self.countryHint.setText(QCoreApplication.translate("RiskScanPage", u"Weet u niet waar het product vandaan komt? Laat de landen leeg: de scan noemt dan de landen waarnaar u inschrijvers kunt vragen (herkomst onbekend).", None))
        self.tabs.setTabText(self.tabs.indexOf(self.scopeTab), QCoreApplication.translate("RiskScanPage", u"Productgroepen en landen", None))
        self.noScanLabel.setText(QCoreApplication.translate("RiskScanPage", u"Kies eerst een productgroep op het tabblad \u2018Productgroepen en landen\u2019.", None))
#if QT_CONFIG(accessibility)
        self.riskTable.setAccessibleName(QCoreApplication.translate("RiskScanPage", u"Risicotabel", None))
#endif // QT_CONFIG(accessibility)
        self.legendLabel.setText("")
        self.detailsLabel.setText(QCoreApplication.translate("RiskScanPage", u"Waarom dit niveau", None))
        self.originsLabel.setText(QCoreApplication.translate("RiskScanPage", u"Herkomst onbekend", None))
#if QT_CONFIG(accessibility)
        self.detailsView.setAccessibleName(QCoreApplication.translate("RiskScanPage", u"Waarom dit niveau", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.originsView.setAccessibleName(QCoreApplication.translate("RiskScanPage", u"Herkomst onbekend", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.risksTab), QCoreApplication.translate("RiskScanPage", u"Risico's", None))
        self.judgementIntro.setText(QCoreApplication.translate("RiskScanPage", u"Ernst: hoe ernstig is de schending, hoeveel mensen treft ze en is ze te herstellen? Kans: hoe waarschijnlijk is ze in deze keten? Samen geven ze de prioriteit. Wat u kiest, wordt direct bewaard.", None))
        self.judgementHint.setText("")
        self.judgementThemeHeader.setText(QCoreApplication.translate("RiskScanPage", u"Thema", None))
        self.judgementLevelHeader.setText(QCoreApplication.translate("RiskScanPage", u"Volgens de bronnen", None))
        self.judgementSeverityHeader.setText(QCoreApplication.translate("RiskScanPage", u"Ernst", None))
        self.judgementLikelihoodHeader.setText(QCoreApplication.translate("RiskScanPage", u"Kans", None))
        self.judgementPriorityHeader.setText(QCoreApplication.translate("RiskScanPage", u"Prioriteit", None))
        self.judgementNoteHeader.setText(QCoreApplication.translate("RiskScanPage", u"Toelichting", None))
        self.judgementError.setText("")
#if QT_CONFIG(accessibility)
        self.judgementError.setAccessibleName(QCoreApplication.translate("RiskScanPage", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.judgementTab), QCoreApplication.translate("RiskScanPage", u"Uw oordeel", None))
        self.ownRiskBox.setTitle(QCoreApplication.translate("RiskScanPage", u"Nieuw eigen risico", None))
        self.ownThemeLabel.setText(QCoreApplication.translate("RiskScanPage", u"&Thema", None))
        self.ownDescriptionLabel.setText(QCoreApplication.translate("RiskScanPage", u"Omschr&ijving", None))
        self.ownDescriptionEdit.setPlaceholderText(QCoreApplication.translate("RiskScanPage", u"Welk risico ziet u, en waar in de keten?", None))
        self.ownSourceLabel.setText(QCoreApplication.translate("RiskScanPage", u"Bro&n", None))
        self.ownSourceEdit.setPlaceholderText(QCoreApplication.translate("RiskScanPage", u"Bijvoorbeeld: MVO Risicochecker, 12-03-2025; nieuwsbericht; rapport van een vakbond", None))
        self.attachmentLabel.setText(QCoreApplication.translate("RiskScanPage", u"Bijlage", None))
        self.attachmentNameLabel.setText(QCoreApplication.translate("RiskScanPage", u"Geen bestand gekozen", None))
        self.chooseAttachmentButton.setText(QCoreApplication.translate("RiskScanPage", u"Bestand &kiezen\u2026", None))
#if QT_CONFIG(tooltip)
        self.chooseAttachmentButton.setToolTip(QCoreApplication.translate("RiskScanPage", u"Een bestand van hoogstens 20 MB, bewaard in het dossier", None))
#endif // QT_CONFIG(tooltip)
        self.clearAttachmentButton.setText(QCoreApplication.translate("RiskScanPage", u"Bijlage &weghalen", None))
        self.ownRiskError.setText("")
#if QT_CONFIG(accessibility)
        self.ownRiskError.setAccessibleName(QCoreApplication.translate("RiskScanPage", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
        self.addOwnRiskButton.setText(QCoreApplication.translate("RiskScanPage", u"Eigen risico to&evoegen", None))
        ___qtablewidgetitem3 = self.ownRiskTable.horizontalHeaderItem(0)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("RiskScanPage", u"Thema", None))
        ___qtablewidgetitem4 = self.ownRiskTable.horizontalHeaderItem(1)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("RiskScanPage", u"Omschrijving", None))
        ___qtablewidgetitem5 = self.ownRiskTable.horizontalHeaderItem(2)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("RiskScanPage", u"Bron", None))
        ___qtablewidgetitem6 = self.ownRiskTable.horizontalHeaderItem(3)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("RiskScanPage", u"Bijlage", None))
        self.saveAttachmentButton.setText(QCoreApplication.translate("RiskScanPage", u"Bijlage o&pslaan\u2026", None))
        self.removeOwnRiskButton.setText(QCoreApplication.translate("RiskScanPage", u"Eigen risico ve&rwijderen\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.ownRisksTab), QCoreApplication.translate("RiskScanPage", u"Eigen risico's", None))
        self.stakeholderIntro.setText(QCoreApplication.translate("RiskScanPage", u"Leg vast wie u hebt geraadpleegd over de risico's in deze keten: maatschappelijke organisaties, vakbonden en anderen met kennis van de praktijk.", None))
        self.consultationBox.setTitle(QCoreApplication.translate("RiskScanPage", u"Nieuwe raadpleging", None))
        self.kindLabel.setText(QCoreApplication.translate("RiskScanPage", u"Soor&t", None))
        self.organisationLabel.setText(QCoreApplication.translate("RiskScanPage", u"Or&ganisatie", None))
        self.organisationEdit.setPlaceholderText(QCoreApplication.translate("RiskScanPage", u"Bijvoorbeeld: FNV, Arisa, Fair Wear", None))
        self.consultedOnLabel.setText(QCoreApplication.translate("RiskScanPage", u"Dat&um", None))
        self.consultedOnEdit.setPlaceholderText(QCoreApplication.translate("RiskScanPage", u"dd-mm-jjjj", None))
        self.consultedThemesLabel.setText(QCoreApplication.translate("RiskScanPage", u"Th&ema's", None))
#if QT_CONFIG(accessibility)
        self.consultedThemesList.setAccessibleName(QCoreApplication.translate("RiskScanPage", u"Besproken thema's", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeLabel.setText(QCoreApplication.translate("RiskScanPage", u"Uit&komst", None))
        self.outcomeEdit.setPlaceholderText(QCoreApplication.translate("RiskScanPage", u"Wat kwam eruit? Wat doet u ermee?", None))
        self.consultationError.setText("")
#if QT_CONFIG(accessibility)
        self.consultationError.setAccessibleName(QCoreApplication.translate("RiskScanPage", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
        self.addConsultationButton.setText(QCoreApplication.translate("RiskScanPage", u"&Raadpleging toevoegen", None))
        ___qtablewidgetitem7 = self.consultationTable.horizontalHeaderItem(0)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("RiskScanPage", u"Datum", None))
        ___qtablewidgetitem8 = self.consultationTable.horizontalHeaderItem(1)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("RiskScanPage", u"Soort", None))
        ___qtablewidgetitem9 = self.consultationTable.horizontalHeaderItem(2)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("RiskScanPage", u"Organisatie", None))
        ___qtablewidgetitem10 = self.consultationTable.horizontalHeaderItem(3)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("RiskScanPage", u"Thema's", None))
        ___qtablewidgetitem11 = self.consultationTable.horizontalHeaderItem(4)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("RiskScanPage", u"Uitkomst", None))
        self.removeConsultationButton.setText(QCoreApplication.translate("RiskScanPage", u"Raadpleging verwi&jderen\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.stakeholdersTab), QCoreApplication.translate("RiskScanPage", u"Stakeholders", None))
        pass
    # retranslateUi

