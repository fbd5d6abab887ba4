# Generated from forms/ by `make forms` (pyside6-uic). Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QFormLayout, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_SuppliersPage(object):
    def setupUi(self, SuppliersPage):
        if not SuppliersPage.objectName():
            SuppliersPage.setObjectName(u"SuppliersPage")
        self.pageLayout = QVBoxLayout(SuppliersPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.suppliersGroup = QGroupBox(SuppliersPage)
        self.suppliersGroup.setObjectName(u"suppliersGroup")
        self.suppliersLayout = QVBoxLayout(self.suppliersGroup)
        self.suppliersLayout.setObjectName(u"suppliersLayout")
        self.supplierTree = QTreeWidget(self.suppliersGroup)
        self.supplierTree.setObjectName(u"supplierTree")
        self.supplierTree.setAlternatingRowColors(True)
        self.supplierTree.setUniformRowHeights(True)
        self.supplierTree.setRootIsDecorated(True)
        self.supplierTree.setSelectionMode(QAbstractItemView.SingleSelection)
        self.supplierTree.setMinimumSize(QSize(0, 110))
        self.supplierTree.setMaximumSize(QSize(16777215, 190))

        self.suppliersLayout.addWidget(self.supplierTree)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.newSupplierButton = QPushButton(self.suppliersGroup)
        self.newSupplierButton.setObjectName(u"newSupplierButton")

        self.listButtons.addWidget(self.newSupplierButton)

        self.removeSupplierButton = QPushButton(self.suppliersGroup)
        self.removeSupplierButton.setObjectName(u"removeSupplierButton")

        self.listButtons.addWidget(self.removeSupplierButton)

        self.listButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.listButtonsSpacer)

        self.dropHint = QLabel(self.suppliersGroup)
        self.dropHint.setObjectName(u"dropHint")
        self.dropHint.setWordWrap(True)

        self.listButtons.addWidget(self.dropHint)


        self.suppliersLayout.addLayout(self.listButtons)

        self.listStatus = QLabel(self.suppliersGroup)
        self.listStatus.setObjectName(u"listStatus")
        self.listStatus.setWordWrap(True)
        self.listStatus.setTextFormat(Qt.PlainText)

        self.suppliersLayout.addWidget(self.listStatus)


        self.pageLayout.addWidget(self.suppliersGroup)

        self.supplierTabs = QTabWidget(SuppliersPage)
        self.supplierTabs.setObjectName(u"supplierTabs")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsLayout = QVBoxLayout(self.detailsTab)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsTitle = QLabel(self.detailsTab)
        self.detailsTitle.setObjectName(u"detailsTitle")
        self.detailsTitle.setWordWrap(True)
        self.detailsTitle.setTextFormat(Qt.PlainText)
        self.detailsTitle.setStyleSheet(u"font-weight: bold;")

        self.detailsLayout.addWidget(self.detailsTitle)

        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.detailsForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(self.detailsTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.detailsTab)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(500)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(self.detailsTab)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setTextFormat(Qt.PlainText)
        self.nameError.setVisible(False)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.nameError)

        self.roleLabel = QLabel(self.detailsTab)
        self.roleLabel.setObjectName(u"roleLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(self.detailsTab)
        self.roleCombo.setObjectName(u"roleCombo")
        self.roleCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.roleCombo.sizePolicy().hasHeightForWidth())
        self.roleCombo.setSizePolicy(sizePolicy)

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.parentLabel = QLabel(self.detailsTab)
        self.parentLabel.setObjectName(u"parentLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.parentLabel)

        self.parentCombo = QComboBox(self.detailsTab)
        self.parentCombo.setObjectName(u"parentCombo")
        self.parentCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        sizePolicy.setHeightForWidth(self.parentCombo.sizePolicy().hasHeightForWidth())
        self.parentCombo.setSizePolicy(sizePolicy)

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.parentCombo)

        self.kvkLabel = QLabel(self.detailsTab)
        self.kvkLabel.setObjectName(u"kvkLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kvkLabel)

        self.kvkEdit = QLineEdit(self.detailsTab)
        self.kvkEdit.setObjectName(u"kvkEdit")
        self.kvkEdit.setMaxLength(30)
        sizePolicy.setHeightForWidth(self.kvkEdit.sizePolicy().hasHeightForWidth())
        self.kvkEdit.setSizePolicy(sizePolicy)

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kvkEdit)

        self.kvkError = QLabel(self.detailsTab)
        self.kvkError.setObjectName(u"kvkError")
        self.kvkError.setWordWrap(True)
        self.kvkError.setTextFormat(Qt.PlainText)
        self.kvkError.setVisible(False)

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.kvkError)

        self.foreignLabel = QLabel(self.detailsTab)
        self.foreignLabel.setObjectName(u"foreignLabel")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.foreignLabel)

        self.foreignEdit = QLineEdit(self.detailsTab)
        self.foreignEdit.setObjectName(u"foreignEdit")
        self.foreignEdit.setMaxLength(200)

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.foreignEdit)

        self.foreignError = QLabel(self.detailsTab)
        self.foreignError.setObjectName(u"foreignError")
        self.foreignError.setWordWrap(True)
        self.foreignError.setTextFormat(Qt.PlainText)
        self.foreignError.setVisible(False)

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.foreignError)

        self.countryLabel = QLabel(self.detailsTab)
        self.countryLabel.setObjectName(u"countryLabel")

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryCombo = QComboBox(self.detailsTab)
        self.countryCombo.setObjectName(u"countryCombo")
        sizePolicy.setHeightForWidth(self.countryCombo.sizePolicy().hasHeightForWidth())
        self.countryCombo.setSizePolicy(sizePolicy)

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.countryCombo)

        self.contactLabel = QLabel(self.detailsTab)
        self.contactLabel.setObjectName(u"contactLabel")

        self.detailsForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactEdit = QLineEdit(self.detailsTab)
        self.contactEdit.setObjectName(u"contactEdit")
        self.contactEdit.setMaxLength(200)

        self.detailsForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.contactHint = QLabel(self.detailsTab)
        self.contactHint.setObjectName(u"contactHint")
        self.contactHint.setWordWrap(True)
        self.contactHint.setTextFormat(Qt.PlainText)

        self.detailsForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.contactHint)

        self.contactError = QLabel(self.detailsTab)
        self.contactError.setObjectName(u"contactError")
        self.contactError.setWordWrap(True)
        self.contactError.setTextFormat(Qt.PlainText)
        self.contactError.setVisible(False)

        self.detailsForm.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.contactError)

        self.awardLabel = QLabel(self.detailsTab)
        self.awardLabel.setObjectName(u"awardLabel")

        self.detailsForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.awardLabel)

        self.awardRow = QHBoxLayout()
        self.awardRow.setObjectName(u"awardRow")
        self.awardDate = QDateEdit(self.detailsTab)
        self.awardDate.setObjectName(u"awardDate")
        self.awardDate.setDisplayFormat(u"dd-MM-yyyy")
        self.awardDate.setCalendarPopup(True)
        sizePolicy.setHeightForWidth(self.awardDate.sizePolicy().hasHeightForWidth())
        self.awardDate.setSizePolicy(sizePolicy)

        self.awardRow.addWidget(self.awardDate)

        self.awardButton = QPushButton(self.detailsTab)
        self.awardButton.setObjectName(u"awardButton")

        self.awardRow.addWidget(self.awardButton)

        self.awardInfo = QLabel(self.detailsTab)
        self.awardInfo.setObjectName(u"awardInfo")
        self.awardInfo.setWordWrap(True)
        self.awardInfo.setTextFormat(Qt.PlainText)

        self.awardRow.addWidget(self.awardInfo)

        self.awardRow.setStretch(2, 1)

        self.detailsForm.setLayout(12, QFormLayout.ItemRole.FieldRole, self.awardRow)


        self.detailsLayout.addLayout(self.detailsForm)

        self.addButtons = QHBoxLayout()
        self.addButtons.setObjectName(u"addButtons")
        self.addSupplierButton = QPushButton(self.detailsTab)
        self.addSupplierButton.setObjectName(u"addSupplierButton")

        self.addButtons.addWidget(self.addSupplierButton)

        self.cancelAddButton = QPushButton(self.detailsTab)
        self.cancelAddButton.setObjectName(u"cancelAddButton")

        self.addButtons.addWidget(self.cancelAddButton)

        self.addButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addButtons.addItem(self.addButtonsSpacer)


        self.detailsLayout.addLayout(self.addButtons)

        self.detailsError = QLabel(self.detailsTab)
        self.detailsError.setObjectName(u"detailsError")
        self.detailsError.setWordWrap(True)
        self.detailsError.setTextFormat(Qt.PlainText)
        self.detailsError.setVisible(False)

        self.detailsLayout.addWidget(self.detailsError)

        self.detailsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailsLayout.addItem(self.detailsSpacer)

        self.supplierTabs.addTab(self.detailsTab, "")
        self.credentialsTab = QWidget()
        self.credentialsTab.setObjectName(u"credentialsTab")
        self.credentialsLayout = QVBoxLayout(self.credentialsTab)
        self.credentialsLayout.setObjectName(u"credentialsLayout")
        self.credentialsTitle = QLabel(self.credentialsTab)
        self.credentialsTitle.setObjectName(u"credentialsTitle")
        self.credentialsTitle.setWordWrap(True)
        self.credentialsTitle.setTextFormat(Qt.PlainText)

        self.credentialsLayout.addWidget(self.credentialsTitle)

        self.credentialsTable = QTableWidget(self.credentialsTab)
        if (self.credentialsTable.columnCount() < 5):
            self.credentialsTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.credentialsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.credentialsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.credentialsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.credentialsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.credentialsTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.credentialsTable.setObjectName(u"credentialsTable")
        self.credentialsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.credentialsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.credentialsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.credentialsTable.setAlternatingRowColors(True)
        self.credentialsTable.setMinimumSize(QSize(0, 110))

        self.credentialsLayout.addWidget(self.credentialsTable)

        self.credentialButtons = QHBoxLayout()
        self.credentialButtons.setObjectName(u"credentialButtons")
        self.removeCredentialButton = QPushButton(self.credentialsTab)
        self.removeCredentialButton.setObjectName(u"removeCredentialButton")

        self.credentialButtons.addWidget(self.removeCredentialButton)

        self.credentialButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.credentialButtons.addItem(self.credentialButtonsSpacer)


        self.credentialsLayout.addLayout(self.credentialButtons)

        self.addCredentialGroup = QGroupBox(self.credentialsTab)
        self.addCredentialGroup.setObjectName(u"addCredentialGroup")
        self.credentialForm = QFormLayout(self.addCredentialGroup)
        self.credentialForm.setObjectName(u"credentialForm")
        self.credentialForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.credentialKindLabel = QLabel(self.addCredentialGroup)
        self.credentialKindLabel.setObjectName(u"credentialKindLabel")

        self.credentialForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.credentialKindLabel)

        self.credentialKindCombo = QComboBox(self.addCredentialGroup)
        self.credentialKindCombo.setObjectName(u"credentialKindCombo")
        self.credentialKindCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        sizePolicy.setHeightForWidth(self.credentialKindCombo.sizePolicy().hasHeightForWidth())
        self.credentialKindCombo.setSizePolicy(sizePolicy)

        self.credentialForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.credentialKindCombo)

        self.credentialNameLabel = QLabel(self.addCredentialGroup)
        self.credentialNameLabel.setObjectName(u"credentialNameLabel")

        self.credentialForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.credentialNameLabel)

        self.credentialNameEdit = QLineEdit(self.addCredentialGroup)
        self.credentialNameEdit.setObjectName(u"credentialNameEdit")
        self.credentialNameEdit.setMaxLength(500)

        self.credentialForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.credentialNameEdit)

        self.credentialError = QLabel(self.addCredentialGroup)
        self.credentialError.setObjectName(u"credentialError")
        self.credentialError.setWordWrap(True)
        self.credentialError.setTextFormat(Qt.PlainText)
        self.credentialError.setVisible(False)

        self.credentialForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.credentialError)

        self.validFromCheck = QCheckBox(self.addCredentialGroup)
        self.validFromCheck.setObjectName(u"validFromCheck")

        self.credentialForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.validFromCheck)

        self.validFromDate = QDateEdit(self.addCredentialGroup)
        self.validFromDate.setObjectName(u"validFromDate")
        self.validFromDate.setDisplayFormat(u"dd-MM-yyyy")
        self.validFromDate.setCalendarPopup(True)
        sizePolicy.setHeightForWidth(self.validFromDate.sizePolicy().hasHeightForWidth())
        self.validFromDate.setSizePolicy(sizePolicy)

        self.credentialForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.validFromDate)

        self.validUntilCheck = QCheckBox(self.addCredentialGroup)
        self.validUntilCheck.setObjectName(u"validUntilCheck")

        self.credentialForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.validUntilCheck)

        self.validUntilDate = QDateEdit(self.addCredentialGroup)
        self.validUntilDate.setObjectName(u"validUntilDate")
        self.validUntilDate.setDisplayFormat(u"dd-MM-yyyy")
        self.validUntilDate.setCalendarPopup(True)
        sizePolicy.setHeightForWidth(self.validUntilDate.sizePolicy().hasHeightForWidth())
        self.validUntilDate.setSizePolicy(sizePolicy)

        self.credentialForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.validUntilDate)

        self.addCredentialRow = QHBoxLayout()
        self.addCredentialRow.setObjectName(u"addCredentialRow")
        self.addCredentialButton = QPushButton(self.addCredentialGroup)
        self.addCredentialButton.setObjectName(u"addCredentialButton")

        self.addCredentialRow.addWidget(self.addCredentialButton)

        self.addCredentialSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addCredentialRow.addItem(self.addCredentialSpacer)


        self.credentialForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.addCredentialRow)


        self.credentialsLayout.addWidget(self.addCredentialGroup)

        self.credentialHint = QLabel(self.credentialsTab)
        self.credentialHint.setObjectName(u"credentialHint")
        self.credentialHint.setWordWrap(True)
        self.credentialHint.setTextFormat(Qt.PlainText)

        self.credentialsLayout.addWidget(self.credentialHint)

        self.credentialsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.credentialsLayout.addItem(self.credentialsSpacer)

        self.credentialsLayout.setStretch(1, 1)
        self.supplierTabs.addTab(self.credentialsTab, "")
        self.questionnaireTab = QWidget()
        self.questionnaireTab.setObjectName(u"questionnaireTab")
        self.questionnaireLayout = QVBoxLayout(self.questionnaireTab)
        self.questionnaireLayout.setObjectName(u"questionnaireLayout")
        self.questionnaireTitle = QLabel(self.questionnaireTab)
        self.questionnaireTitle.setObjectName(u"questionnaireTitle")
        self.questionnaireTitle.setWordWrap(True)
        self.questionnaireTitle.setTextFormat(Qt.PlainText)

        self.questionnaireLayout.addWidget(self.questionnaireTitle)

        self.questionnaireButtons = QHBoxLayout()
        self.questionnaireButtons.setObjectName(u"questionnaireButtons")
        self.questionnaireLanguageLabel = QLabel(self.questionnaireTab)
        self.questionnaireLanguageLabel.setObjectName(u"questionnaireLanguageLabel")

        self.questionnaireButtons.addWidget(self.questionnaireLanguageLabel)

        self.questionnaireLanguageCombo = QComboBox(self.questionnaireTab)
        self.questionnaireLanguageCombo.setObjectName(u"questionnaireLanguageCombo")
        self.questionnaireLanguageCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        sizePolicy.setHeightForWidth(self.questionnaireLanguageCombo.sizePolicy().hasHeightForWidth())
        self.questionnaireLanguageCombo.setSizePolicy(sizePolicy)

        self.questionnaireButtons.addWidget(self.questionnaireLanguageCombo)

        self.exportButton = QPushButton(self.questionnaireTab)
        self.exportButton.setObjectName(u"exportButton")

        self.questionnaireButtons.addWidget(self.exportButton)

        self.importButton = QPushButton(self.questionnaireTab)
        self.importButton.setObjectName(u"importButton")

        self.questionnaireButtons.addWidget(self.importButton)

        self.questionnaireButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.questionnaireButtons.addItem(self.questionnaireButtonsSpacer)


        self.questionnaireLayout.addLayout(self.questionnaireButtons)

        self.questionnaireStatus = QLabel(self.questionnaireTab)
        self.questionnaireStatus.setObjectName(u"questionnaireStatus")
        self.questionnaireStatus.setWordWrap(True)
        self.questionnaireStatus.setTextFormat(Qt.PlainText)

        self.questionnaireLayout.addWidget(self.questionnaireStatus)

        self.questionnairesTable = QTableWidget(self.questionnaireTab)
        if (self.questionnairesTable.columnCount() < 6):
            self.questionnairesTable.setColumnCount(6)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.questionnairesTable.setHorizontalHeaderItem(0, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.questionnairesTable.setHorizontalHeaderItem(1, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.questionnairesTable.setHorizontalHeaderItem(2, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.questionnairesTable.setHorizontalHeaderItem(3, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.questionnairesTable.setHorizontalHeaderItem(4, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.questionnairesTable.setHorizontalHeaderItem(5, __qtablewidgetitem10)
        self.questionnairesTable.setObjectName(u"questionnairesTable")
        self.questionnairesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.questionnairesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.questionnairesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.questionnairesTable.setAlternatingRowColors(True)
        self.questionnairesTable.setMinimumSize(QSize(0, 80))
        self.questionnairesTable.setMaximumSize(QSize(16777215, 140))

        self.questionnaireLayout.addWidget(self.questionnairesTable)

        self.overallScore = QLabel(self.questionnaireTab)
        self.overallScore.setObjectName(u"overallScore")
        self.overallScore.setWordWrap(True)
        self.overallScore.setTextFormat(Qt.PlainText)

        self.questionnaireLayout.addWidget(self.overallScore)

        self.scoresTree = QTreeWidget(self.questionnaireTab)
        self.scoresTree.setObjectName(u"scoresTree")
        self.scoresTree.setAlternatingRowColors(True)
        self.scoresTree.setMinimumSize(QSize(0, 220))
        self.scoresTree.setSelectionMode(QAbstractItemView.SingleSelection)

        self.questionnaireLayout.addWidget(self.scoresTree)

        self.answerDetail = QLabel(self.questionnaireTab)
        self.answerDetail.setObjectName(u"answerDetail")
        self.answerDetail.setWordWrap(True)
        self.answerDetail.setTextFormat(Qt.PlainText)
        self.answerDetail.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)
        self.answerDetail.setFrameShape(QFrame.StyledPanel)
        self.answerDetail.setMargin(6)

        self.questionnaireLayout.addWidget(self.answerDetail)

        self.redFlagsLabel = QLabel(self.questionnaireTab)
        self.redFlagsLabel.setObjectName(u"redFlagsLabel")

        self.questionnaireLayout.addWidget(self.redFlagsLabel)

        self.redFlagsList = QListWidget(self.questionnaireTab)
        self.redFlagsList.setObjectName(u"redFlagsList")
        self.redFlagsList.setMaximumSize(QSize(16777215, 130))
        self.redFlagsList.setMinimumSize(QSize(0, 60))

        self.questionnaireLayout.addWidget(self.redFlagsList)

        self.questionnaireLayout.setStretch(5, 1)
        self.supplierTabs.addTab(self.questionnaireTab, "")
        self.planTab = QWidget()
        self.planTab.setObjectName(u"planTab")
        self.planLayout = QVBoxLayout(self.planTab)
        self.planLayout.setObjectName(u"planLayout")
        self.planTitle = QLabel(self.planTab)
        self.planTitle.setObjectName(u"planTitle")
        self.planTitle.setWordWrap(True)
        self.planTitle.setTextFormat(Qt.PlainText)

        self.planLayout.addWidget(self.planTitle)

        self.planPanel = QWidget(self.planTab)
        self.planPanel.setObjectName(u"planPanel")
        self.planPanelLayout = QVBoxLayout(self.planPanel)
        self.planPanelLayout.setObjectName(u"planPanelLayout")
        self.planPanelLayout.setContentsMargins(0, 0, 0, 0)
        self.planForm = QFormLayout()
        self.planForm.setObjectName(u"planForm")
        self.planForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.planDueLabel = QLabel(self.planPanel)
        self.planDueLabel.setObjectName(u"planDueLabel")

        self.planForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.planDueLabel)

        self.planDueText = QLabel(self.planPanel)
        self.planDueText.setObjectName(u"planDueText")
        self.planDueText.setWordWrap(True)
        self.planDueText.setTextFormat(Qt.PlainText)

        self.planForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.planDueText)

        self.receivedLabel = QLabel(self.planPanel)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.planForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.receivedRow = QHBoxLayout()
        self.receivedRow.setObjectName(u"receivedRow")
        self.receivedDate = QDateEdit(self.planPanel)
        self.receivedDate.setObjectName(u"receivedDate")
        self.receivedDate.setDisplayFormat(u"dd-MM-yyyy")
        self.receivedDate.setCalendarPopup(True)
        sizePolicy.setHeightForWidth(self.receivedDate.sizePolicy().hasHeightForWidth())
        self.receivedDate.setSizePolicy(sizePolicy)

        self.receivedRow.addWidget(self.receivedDate)

        self.recordReceivedButton = QPushButton(self.planPanel)
        self.recordReceivedButton.setObjectName(u"recordReceivedButton")

        self.receivedRow.addWidget(self.recordReceivedButton)

        self.receivedSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.receivedRow.addItem(self.receivedSpacer)


        self.planForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.receivedRow)

        self.attachmentLabel = QLabel(self.planPanel)
        self.attachmentLabel.setObjectName(u"attachmentLabel")

        self.planForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.attachmentLabel)

        self.attachmentRow = QHBoxLayout()
        self.attachmentRow.setObjectName(u"attachmentRow")
        self.attachmentText = QLabel(self.planPanel)
        self.attachmentText.setObjectName(u"attachmentText")
        self.attachmentText.setTextFormat(Qt.PlainText)

        self.attachmentRow.addWidget(self.attachmentText)

        self.attachButton = QPushButton(self.planPanel)
        self.attachButton.setObjectName(u"attachButton")

        self.attachmentRow.addWidget(self.attachButton)

        self.saveAttachmentButton = QPushButton(self.planPanel)
        self.saveAttachmentButton.setObjectName(u"saveAttachmentButton")

        self.attachmentRow.addWidget(self.saveAttachmentButton)

        self.attachmentSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attachmentRow.addItem(self.attachmentSpacer)


        self.planForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.attachmentRow)

        self.planError = QLabel(self.planPanel)
        self.planError.setObjectName(u"planError")
        self.planError.setWordWrap(True)
        self.planError.setTextFormat(Qt.PlainText)
        self.planError.setVisible(False)

        self.planForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.planError)


        self.planPanelLayout.addLayout(self.planForm)

        self.assessmentGroup = QGroupBox(self.planPanel)
        self.assessmentGroup.setObjectName(u"assessmentGroup")
        self.assessmentLayout = QVBoxLayout(self.assessmentGroup)
        self.assessmentLayout.setObjectName(u"assessmentLayout")
        self.assessmentGrid = QGridLayout()
        self.assessmentGrid.setObjectName(u"assessmentGrid")
        self.overallLabel = QLabel(self.assessmentGroup)
        self.overallLabel.setObjectName(u"overallLabel")
        self.overallLabel.setStyleSheet(u"font-weight: bold;")

        self.assessmentGrid.addWidget(self.overallLabel, 8, 0, 1, 1)

        self.overallCombo = QComboBox(self.assessmentGroup)
        self.overallCombo.setObjectName(u"overallCombo")
        self.overallCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        sizePolicy.setHeightForWidth(self.overallCombo.sizePolicy().hasHeightForWidth())
        self.overallCombo.setSizePolicy(sizePolicy)

        self.assessmentGrid.addWidget(self.overallCombo, 8, 1, 1, 1)

        self.overallReasonLabel = QLabel(self.assessmentGroup)
        self.overallReasonLabel.setObjectName(u"overallReasonLabel")
        self.overallReasonLabel.setAlignment(Qt.AlignLeading|Qt.AlignTop)

        self.assessmentGrid.addWidget(self.overallReasonLabel, 9, 0, 1, 1)

        self.overallReasonEdit = QPlainTextEdit(self.assessmentGroup)
        self.overallReasonEdit.setObjectName(u"overallReasonEdit")
        self.overallReasonEdit.setTabChangesFocus(True)
        self.overallReasonEdit.setMaximumSize(QSize(16777215, 80))

        self.assessmentGrid.addWidget(self.overallReasonEdit, 9, 1, 1, 2)

        self.assessmentError = QLabel(self.assessmentGroup)
        self.assessmentError.setObjectName(u"assessmentError")
        self.assessmentError.setWordWrap(True)
        self.assessmentError.setTextFormat(Qt.PlainText)
        self.assessmentError.setVisible(False)

        self.assessmentGrid.addWidget(self.assessmentError, 10, 0, 1, 3)


        self.assessmentLayout.addLayout(self.assessmentGrid)

        self.assessmentStatus = QLabel(self.assessmentGroup)
        self.assessmentStatus.setObjectName(u"assessmentStatus")
        self.assessmentStatus.setWordWrap(True)
        self.assessmentStatus.setTextFormat(Qt.PlainText)

        self.assessmentLayout.addWidget(self.assessmentStatus)


        self.planPanelLayout.addWidget(self.assessmentGroup)

        self.actionsGroup = QGroupBox(self.planPanel)
        self.actionsGroup.setObjectName(u"actionsGroup")
        self.actionsLayout = QVBoxLayout(self.actionsGroup)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsTable = QTableWidget(self.actionsGroup)
        if (self.actionsTable.columnCount() < 4):
            self.actionsTable.setColumnCount(4)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.actionsTable.setHorizontalHeaderItem(0, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.actionsTable.setHorizontalHeaderItem(1, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.actionsTable.setHorizontalHeaderItem(2, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.actionsTable.setHorizontalHeaderItem(3, __qtablewidgetitem14)
        self.actionsTable.setObjectName(u"actionsTable")
        self.actionsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.actionsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.actionsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.actionsTable.setAlternatingRowColors(True)
        self.actionsTable.setMinimumSize(QSize(0, 90))

        self.actionsLayout.addWidget(self.actionsTable)

        self.addActionRow = QHBoxLayout()
        self.addActionRow.setObjectName(u"addActionRow")
        self.actionEdit = QLineEdit(self.actionsGroup)
        self.actionEdit.setObjectName(u"actionEdit")
        self.actionEdit.setMaxLength(2000)

        self.addActionRow.addWidget(self.actionEdit)

        self.actionDueLabel = QLabel(self.actionsGroup)
        self.actionDueLabel.setObjectName(u"actionDueLabel")

        self.addActionRow.addWidget(self.actionDueLabel)

        self.actionDueDate = QDateEdit(self.actionsGroup)
        self.actionDueDate.setObjectName(u"actionDueDate")
        self.actionDueDate.setDisplayFormat(u"dd-MM-yyyy")
        self.actionDueDate.setCalendarPopup(True)
        sizePolicy.setHeightForWidth(self.actionDueDate.sizePolicy().hasHeightForWidth())
        self.actionDueDate.setSizePolicy(sizePolicy)

        self.addActionRow.addWidget(self.actionDueDate)

        self.addActionButton = QPushButton(self.actionsGroup)
        self.addActionButton.setObjectName(u"addActionButton")

        self.addActionRow.addWidget(self.addActionButton)


        self.actionsLayout.addLayout(self.addActionRow)

        self.actionButtons = QHBoxLayout()
        self.actionButtons.setObjectName(u"actionButtons")
        self.completeActionButton = QPushButton(self.actionsGroup)
        self.completeActionButton.setObjectName(u"completeActionButton")

        self.actionButtons.addWidget(self.completeActionButton)

        self.actionButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionButtons.addItem(self.actionButtonsSpacer)


        self.actionsLayout.addLayout(self.actionButtons)

        self.actionError = QLabel(self.actionsGroup)
        self.actionError.setObjectName(u"actionError")
        self.actionError.setWordWrap(True)
        self.actionError.setTextFormat(Qt.PlainText)
        self.actionError.setVisible(False)

        self.actionsLayout.addWidget(self.actionError)


        self.planPanelLayout.addWidget(self.actionsGroup)


        self.planLayout.addWidget(self.planPanel)

        self.planSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.planLayout.addItem(self.planSpacer)

        self.supplierTabs.addTab(self.planTab, "")

        self.pageLayout.addWidget(self.supplierTabs)

        self.pageLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.parentLabel.setBuddy(self.parentCombo)
        self.kvkLabel.setBuddy(self.kvkEdit)
        self.foreignLabel.setBuddy(self.foreignEdit)
        self.countryLabel.setBuddy(self.countryCombo)
        self.contactLabel.setBuddy(self.contactEdit)
        self.awardLabel.setBuddy(self.awardDate)
        self.credentialKindLabel.setBuddy(self.credentialKindCombo)
        self.credentialNameLabel.setBuddy(self.credentialNameEdit)
        self.questionnaireLanguageLabel.setBuddy(self.questionnaireLanguageCombo)
        self.redFlagsLabel.setBuddy(self.redFlagsList)
        self.receivedLabel.setBuddy(self.receivedDate)
        self.overallLabel.setBuddy(self.overallCombo)
        self.overallReasonLabel.setBuddy(self.overallReasonEdit)
        self.actionDueLabel.setBuddy(self.actionDueDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SuppliersPage)

        self.supplierTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SuppliersPage)
    # setupUi

    def retranslateUi(self, SuppliersPage):
        self.suppliersGroup.setTitle(QCoreApplication.translate("SuppliersPage", u"Leveranciers", None))
        ___qtreewidgetitem = self.supplierTree.headerItem()
        ___qtreewidgetitem.setText(5, QCoreApplication.translate("SuppliersPage", u"Let op", None))
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("SuppliersPage", u"Gegund op", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("SuppliersPage", u"Land", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("SuppliersPage", u"KvK of registratie", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("SuppliersPage", u"Rol", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("SuppliersPage", u"Naam", None))
#if QT_CONFIG(accessibility)
        self.supplierTree.setAccessibleName(QCoreApplication.translate("SuppliersPage", u"Leveranciers van dit dossier", None))
#endif // QT_CONFIG(accessibility)
        self.newSupplierButton.setText(QCoreApplication.translate("SuppliersPage", u"&Nieuwe leverancier", None))
        self.removeSupplierButton.setText(QCoreApplication.translate("SuppliersPage", u"Leverancier verwij&deren\u2026", None))
        self.dropHint.setText(QCoreApplication.translate("SuppliersPage", u"Ingevulde vragenlijst ontvangen? Sleep het Excel-bestand op deze pagina.", None))
        self.listStatus.setText("")
        self.detailsTitle.setText("")
        self.nameLabel.setText(QCoreApplication.translate("SuppliersPage", u"Naa&m", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("SuppliersPage", u"Statutaire of handelsnaam", None))
        self.nameError.setText("")
#if QT_CONFIG(accessibility)
        self.nameError.setAccessibleName(QCoreApplication.translate("SuppliersPage", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("SuppliersPage", u"&Rol", None))
        self.parentLabel.setText(QCoreApplication.translate("SuppliersPage", u"&Hoort bij", None))
        self.kvkLabel.setText(QCoreApplication.translate("SuppliersPage", u"&KvK-nummer", None))
        self.kvkEdit.setPlaceholderText(QCoreApplication.translate("SuppliersPage", u"8 cijfers", None))
        self.kvkError.setText("")
#if QT_CONFIG(accessibility)
        self.kvkError.setAccessibleName(QCoreApplication.translate("SuppliersPage", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
        self.foreignLabel.setText(QCoreApplication.translate("SuppliersPage", u"&Buitenlandse registratie", None))
        self.foreignEdit.setPlaceholderText(QCoreApplication.translate("SuppliersPage", u"Registratienummer in het land van vestiging, voor een bedrijf zonder KvK-nummer", None))
        self.foreignError.setText("")
#if QT_CONFIG(accessibility)
        self.foreignError.setAccessibleName(QCoreApplication.translate("SuppliersPage", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
        self.countryLabel.setText(QCoreApplication.translate("SuppliersPage", u"&Land", None))
        self.contactLabel.setText(QCoreApplication.translate("SuppliersPage", u"C&ontactpersoon", None))
        self.contactEdit.setPlaceholderText(QCoreApplication.translate("SuppliersPage", u"Naam, functie, e-mailadres", None))
        self.contactHint.setText("")
        self.contactError.setText("")
#if QT_CONFIG(accessibility)
        self.contactError.setAccessibleName(QCoreApplication.translate("SuppliersPage", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
        self.awardLabel.setText(QCoreApplication.translate("SuppliersPage", u"G&unning", None))
        self.awardButton.setText(QCoreApplication.translate("SuppliersPage", u"Gunn&en", None))
        self.awardInfo.setText("")
        self.addSupplierButton.setText(QCoreApplication.translate("SuppliersPage", u"&Toevoegen", None))
        self.cancelAddButton.setText(QCoreApplication.translate("SuppliersPage", u"Annuleren", None))
        self.detailsError.setText("")
#if QT_CONFIG(accessibility)
        self.detailsError.setAccessibleName(QCoreApplication.translate("SuppliersPage", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
        self.supplierTabs.setTabText(self.supplierTabs.indexOf(self.detailsTab), QCoreApplication.translate("SuppliersPage", u"&Gegevens", None))
        self.credentialsTitle.setText("")
        ___qtablewidgetitem = self.credentialsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SuppliersPage", u"Soort", None))
        ___qtablewidgetitem1 = self.credentialsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SuppliersPage", u"Naam", None))
        ___qtablewidgetitem2 = self.credentialsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SuppliersPage", u"Geldig vanaf", None))
        ___qtablewidgetitem3 = self.credentialsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SuppliersPage", u"Geldig tot", None))
        ___qtablewidgetitem4 = self.credentialsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("SuppliersPage", u"Let op", None))
        self.removeCredentialButton.setText(QCoreApplication.translate("SuppliersPage", u"Certificaat verwijde&ren", None))
        self.addCredentialGroup.setTitle(QCoreApplication.translate("SuppliersPage", u"Lidmaatschap of certificaat toevoegen", None))
        self.credentialKindLabel.setText(QCoreApplication.translate("SuppliersPage", u"&Soort", None))
        self.credentialNameLabel.setText(QCoreApplication.translate("SuppliersPage", u"Naa&m", None))
        self.credentialNameEdit.setPlaceholderText(QCoreApplication.translate("SuppliersPage", u"Bijvoorbeeld Fair Wear, amfori BSCI, SA8000, Fairtrade, FSC", None))
        self.credentialError.setText("")
#if QT_CONFIG(accessibility)
        self.credentialError.setAccessibleName(QCoreApplication.translate("SuppliersPage", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
        self.validFromCheck.setText(QCoreApplication.translate("SuppliersPage", u"Geldig v&anaf", None))
        self.validUntilCheck.setText(QCoreApplication.translate("SuppliersPage", u"Geldig t&ot", None))
        self.addCredentialButton.setText(QCoreApplication.translate("SuppliersPage", u"&Toevoegen", None))
        self.credentialHint.setText("")
        self.supplierTabs.setTabText(self.supplierTabs.indexOf(self.credentialsTab), QCoreApplication.translate("SuppliersPage", u"Lidmaatschappen en certi&ficaten", None))
        self.questionnaireTitle.setText("")
        self.questionnaireLanguageLabel.setText(QCoreApplication.translate("SuppliersPage", u"&Taal van de vragenlijst", None))
        self.exportButton.setText(QCoreApplication.translate("SuppliersPage", u"Vragenlijst &exporteren\u2026", None))
        self.importButton.setText(QCoreApplication.translate("SuppliersPage", u"Ingevulde vragenlijst &inlezen\u2026", None))
        self.questionnaireStatus.setText("")
        ___qtablewidgetitem5 = self.questionnairesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("SuppliersPage", u"Versie", None))
        ___qtablewidgetitem6 = self.questionnairesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("SuppliersPage", u"Verstuurd op", None))
        ___qtablewidgetitem7 = self.questionnairesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("SuppliersPage", u"Uiterlijk terug", None))
        ___qtablewidgetitem8 = self.questionnairesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("SuppliersPage", u"Ontvangen op", None))
        ___qtablewidgetitem9 = self.questionnairesTable.horizontalHeaderItem(4)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("SuppliersPage", u"Totaalscore", None))
        ___qtablewidgetitem10 = self.questionnairesTable.horizontalHeaderItem(5)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("SuppliersPage", u"Let op", None))
        self.overallScore.setText("")
        ___qtreewidgetitem1 = self.scoresTree.headerItem()
        ___qtreewidgetitem1.setText(3, QCoreApplication.translate("SuppliersPage", u"Bewijs", None))
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("SuppliersPage", u"Toelichting", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("SuppliersPage", u"Score of antwoord", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("SuppliersPage", u"Thema en vraag", None))
#if QT_CONFIG(accessibility)
        self.scoresTree.setAccessibleName(QCoreApplication.translate("SuppliersPage", u"Scores per thema", None))
#endif // QT_CONFIG(accessibility)
        self.answerDetail.setText("")
        self.redFlagsLabel.setText(QCoreApplication.translate("SuppliersPage", u"Rode vlaggen: vraag hiernaar bij de leverancier", None))
        self.supplierTabs.setTabText(self.supplierTabs.indexOf(self.questionnaireTab), QCoreApplication.translate("SuppliersPage", u"&Vragenlijst", None))
        self.planTitle.setText("")
        self.planDueLabel.setText(QCoreApplication.translate("SuppliersPage", u"Uiterlijk in te leveren", None))
        self.planDueText.setText("")
        self.receivedLabel.setText(QCoreApplication.translate("SuppliersPage", u"&Ontvangen op", None))
        self.recordReceivedButton.setText(QCoreApplication.translate("SuppliersPage", u"Ontvangst vast&leggen", None))
        self.attachmentLabel.setText(QCoreApplication.translate("SuppliersPage", u"Bestand", None))
        self.attachmentText.setText("")
        self.attachButton.setText(QCoreApplication.translate("SuppliersPage", u"Bestand &bijvoegen\u2026", None))
        self.saveAttachmentButton.setText(QCoreApplication.translate("SuppliersPage", u"Bestand op&slaan als\u2026", None))
        self.planError.setText("")
#if QT_CONFIG(accessibility)
        self.planError.setAccessibleName(QCoreApplication.translate("SuppliersPage", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
        self.assessmentGroup.setTitle(QCoreApplication.translate("SuppliersPage", u"Beoordeling van de redelijke inspanning, per stap van de OECD-richtlijnen", None))
        self.overallLabel.setText(QCoreApplication.translate("SuppliersPage", u"To&taaloordeel", None))
        self.overallReasonLabel.setText(QCoreApplication.translate("SuppliersPage", u"Onde&rbouwing", None))
        self.overallReasonEdit.setPlaceholderText(QCoreApplication.translate("SuppliersPage", u"Waarom dit oordeel; wat de leverancier nog moet doen", None))
        self.assessmentError.setText("")
#if QT_CONFIG(accessibility)
        self.assessmentError.setAccessibleName(QCoreApplication.translate("SuppliersPage", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
        self.assessmentStatus.setText("")
        self.actionsGroup.setTitle(QCoreApplication.translate("SuppliersPage", u"Vervolgafspraken", None))
        ___qtablewidgetitem11 = self.actionsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("SuppliersPage", u"Afspraak", None))
        ___qtablewidgetitem12 = self.actionsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("SuppliersPage", u"Uiterlijk", None))
        ___qtablewidgetitem13 = self.actionsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("SuppliersPage", u"Afgerond op", None))
        ___qtablewidgetitem14 = self.actionsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("SuppliersPage", u"Let op", None))
        self.actionEdit.setPlaceholderText(QCoreApplication.translate("SuppliersPage", u"Wat is afgesproken, met wie", None))
        self.actionDueLabel.setText(QCoreApplication.translate("SuppliersPage", u"&uiterlijk", None))
        self.addActionButton.setText(QCoreApplication.translate("SuppliersPage", u"&Afspraak toevoegen", None))
        self.completeActionButton.setText(QCoreApplication.translate("SuppliersPage", u"Als afgerond &markeren", None))
        self.actionError.setText("")
#if QT_CONFIG(accessibility)
        self.actionError.setAccessibleName(QCoreApplication.translate("SuppliersPage", u"Foutmelding", None))
#endif // QT_CONFIG(accessibility)
        self.supplierTabs.setTabText(self.supplierTabs.indexOf(self.planTab), QCoreApplication.translate("SuppliersPage", u"&Plan van aanpak", None))
        pass
    # retranslateUi

