# Generated from forms/ by `make forms` (pyside6-uic). Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

from isv_desktop.ui.steps.monitoring_tabs import CurrentTabWidget

class Ui_MonitoringPage(object):
    def setupUi(self, MonitoringPage):
        if not MonitoringPage.objectName():
            MonitoringPage.setObjectName(u"MonitoringPage")
        self.pageLayout = QVBoxLayout(MonitoringPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.contractLabel = QLabel(MonitoringPage)
        self.contractLabel.setObjectName(u"contractLabel")
        self.contractLabel.setWordWrap(True)
        self.contractLabel.setTextFormat(Qt.PlainText)

        self.pageLayout.addWidget(self.contractLabel)

        self.hintLabel = QLabel(MonitoringPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setTextFormat(Qt.PlainText)

        self.pageLayout.addWidget(self.hintLabel)

        self.tabs = CurrentTabWidget(MonitoringPage)
        self.tabs.setObjectName(u"tabs")
        self.timelineTab = QWidget()
        self.timelineTab.setObjectName(u"timelineTab")
        self.timelineLayout = QVBoxLayout(self.timelineTab)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.timelineTree = QTreeWidget(self.timelineTab)
        self.timelineTree.setObjectName(u"timelineTree")
        self.timelineTree.setAlternatingRowColors(True)
        self.timelineTree.setMinimumSize(QSize(0, 150))
        self.timelineTree.setUniformRowHeights(True)
        self.timelineTree.setSelectionMode(QAbstractItemView.SingleSelection)

        self.timelineLayout.addWidget(self.timelineTree)

        self.reportGroup = QGroupBox(self.timelineTab)
        self.reportGroup.setObjectName(u"reportGroup")
        self.reportLayout = QVBoxLayout(self.reportGroup)
        self.reportLayout.setObjectName(u"reportLayout")
        self.reportInfoLabel = QLabel(self.reportGroup)
        self.reportInfoLabel.setObjectName(u"reportInfoLabel")
        self.reportInfoLabel.setWordWrap(True)

        self.reportLayout.addWidget(self.reportInfoLabel)

        self.receivedRow = QHBoxLayout()
        self.receivedRow.setObjectName(u"receivedRow")
        self.receivedLabel = QLabel(self.reportGroup)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.receivedRow.addWidget(self.receivedLabel)

        self.receivedDate = QDateEdit(self.reportGroup)
        self.receivedDate.setObjectName(u"receivedDate")
        self.receivedDate.setCalendarPopup(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.receivedDate.sizePolicy().hasHeightForWidth())
        self.receivedDate.setSizePolicy(sizePolicy)

        self.receivedRow.addWidget(self.receivedDate)

        self.recordReportButton = QPushButton(self.reportGroup)
        self.recordReportButton.setObjectName(u"recordReportButton")
        sizePolicy.setHeightForWidth(self.recordReportButton.sizePolicy().hasHeightForWidth())
        self.recordReportButton.setSizePolicy(sizePolicy)

        self.receivedRow.addWidget(self.recordReportButton)

        self.receivedRowSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.receivedRow.addItem(self.receivedRowSpacer)


        self.reportLayout.addLayout(self.receivedRow)

        self.reportTexts = QGridLayout()
        self.reportTexts.setObjectName(u"reportTexts")
        self.measuresLabel = QLabel(self.reportGroup)
        self.measuresLabel.setObjectName(u"measuresLabel")

        self.reportTexts.addWidget(self.measuresLabel, 0, 0, 1, 1)

        self.measuresEdit = QPlainTextEdit(self.reportGroup)
        self.measuresEdit.setObjectName(u"measuresEdit")
        self.measuresEdit.setTabChangesFocus(True)
        self.measuresEdit.setMinimumSize(QSize(0, 60))
        self.measuresEdit.setMaximumSize(QSize(16777215, 120))

        self.reportTexts.addWidget(self.measuresEdit, 1, 0, 1, 1)

        self.newRisksLabel = QLabel(self.reportGroup)
        self.newRisksLabel.setObjectName(u"newRisksLabel")

        self.reportTexts.addWidget(self.newRisksLabel, 0, 1, 1, 1)

        self.newRisksEdit = QPlainTextEdit(self.reportGroup)
        self.newRisksEdit.setObjectName(u"newRisksEdit")
        self.newRisksEdit.setTabChangesFocus(True)
        self.newRisksEdit.setMinimumSize(QSize(0, 60))
        self.newRisksEdit.setMaximumSize(QSize(16777215, 120))

        self.reportTexts.addWidget(self.newRisksEdit, 1, 1, 1, 1)

        self.incidentsLabel = QLabel(self.reportGroup)
        self.incidentsLabel.setObjectName(u"incidentsLabel")

        self.reportTexts.addWidget(self.incidentsLabel, 2, 0, 1, 1)

        self.incidentsEdit = QPlainTextEdit(self.reportGroup)
        self.incidentsEdit.setObjectName(u"incidentsEdit")
        self.incidentsEdit.setTabChangesFocus(True)
        self.incidentsEdit.setMinimumSize(QSize(0, 60))
        self.incidentsEdit.setMaximumSize(QSize(16777215, 120))

        self.reportTexts.addWidget(self.incidentsEdit, 3, 0, 1, 1)

        self.auditResultsLabel = QLabel(self.reportGroup)
        self.auditResultsLabel.setObjectName(u"auditResultsLabel")

        self.reportTexts.addWidget(self.auditResultsLabel, 2, 1, 1, 1)

        self.auditResultsEdit = QPlainTextEdit(self.reportGroup)
        self.auditResultsEdit.setObjectName(u"auditResultsEdit")
        self.auditResultsEdit.setTabChangesFocus(True)
        self.auditResultsEdit.setMinimumSize(QSize(0, 60))
        self.auditResultsEdit.setMaximumSize(QSize(16777215, 120))

        self.reportTexts.addWidget(self.auditResultsEdit, 3, 1, 1, 1)

        self.stakeholdersLabel = QLabel(self.reportGroup)
        self.stakeholdersLabel.setObjectName(u"stakeholdersLabel")

        self.reportTexts.addWidget(self.stakeholdersLabel, 4, 0, 1, 1)

        self.stakeholdersEdit = QPlainTextEdit(self.reportGroup)
        self.stakeholdersEdit.setObjectName(u"stakeholdersEdit")
        self.stakeholdersEdit.setTabChangesFocus(True)
        self.stakeholdersEdit.setMinimumSize(QSize(0, 60))
        self.stakeholdersEdit.setMaximumSize(QSize(16777215, 120))

        self.reportTexts.addWidget(self.stakeholdersEdit, 5, 0, 1, 1)

        self.nextStepsLabel = QLabel(self.reportGroup)
        self.nextStepsLabel.setObjectName(u"nextStepsLabel")

        self.reportTexts.addWidget(self.nextStepsLabel, 4, 1, 1, 1)

        self.nextStepsEdit = QPlainTextEdit(self.reportGroup)
        self.nextStepsEdit.setObjectName(u"nextStepsEdit")
        self.nextStepsEdit.setTabChangesFocus(True)
        self.nextStepsEdit.setMinimumSize(QSize(0, 60))
        self.nextStepsEdit.setMaximumSize(QSize(16777215, 120))

        self.reportTexts.addWidget(self.nextStepsEdit, 5, 1, 1, 1)


        self.reportLayout.addLayout(self.reportTexts)

        self.reportAttachmentRow = QHBoxLayout()
        self.reportAttachmentRow.setObjectName(u"reportAttachmentRow")
        self.reportAttachmentLabel = QLabel(self.reportGroup)
        self.reportAttachmentLabel.setObjectName(u"reportAttachmentLabel")

        self.reportAttachmentRow.addWidget(self.reportAttachmentLabel)

        self.reportAttachmentName = QLabel(self.reportGroup)
        self.reportAttachmentName.setObjectName(u"reportAttachmentName")
        self.reportAttachmentName.setWordWrap(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.reportAttachmentName.sizePolicy().hasHeightForWidth())
        self.reportAttachmentName.setSizePolicy(sizePolicy1)

        self.reportAttachmentRow.addWidget(self.reportAttachmentName)

        self.chooseReportAttachmentButton = QPushButton(self.reportGroup)
        self.chooseReportAttachmentButton.setObjectName(u"chooseReportAttachmentButton")
        sizePolicy.setHeightForWidth(self.chooseReportAttachmentButton.sizePolicy().hasHeightForWidth())
        self.chooseReportAttachmentButton.setSizePolicy(sizePolicy)

        self.reportAttachmentRow.addWidget(self.chooseReportAttachmentButton)

        self.saveReportAttachmentButton = QPushButton(self.reportGroup)
        self.saveReportAttachmentButton.setObjectName(u"saveReportAttachmentButton")
        sizePolicy.setHeightForWidth(self.saveReportAttachmentButton.sizePolicy().hasHeightForWidth())
        self.saveReportAttachmentButton.setSizePolicy(sizePolicy)

        self.reportAttachmentRow.addWidget(self.saveReportAttachmentButton)


        self.reportLayout.addLayout(self.reportAttachmentRow)

        self.reportError = QLabel(self.reportGroup)
        self.reportError.setObjectName(u"reportError")
        self.reportError.setWordWrap(True)
        self.reportError.setVisible(False)

        self.reportLayout.addWidget(self.reportError)

        self.assessmentHeading = QLabel(self.reportGroup)
        self.assessmentHeading.setObjectName(u"assessmentHeading")
        self.assessmentHeading.setStyleSheet(u"font-weight: bold;")

        self.reportLayout.addWidget(self.assessmentHeading)

        self.assessmentIntro = QLabel(self.reportGroup)
        self.assessmentIntro.setObjectName(u"assessmentIntro")
        self.assessmentIntro.setWordWrap(True)

        self.reportLayout.addWidget(self.assessmentIntro)

        self.pointsTable = QTableWidget(self.reportGroup)
        if (self.pointsTable.columnCount() < 3):
            self.pointsTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.pointsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.pointsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.pointsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.pointsTable.setObjectName(u"pointsTable")
        self.pointsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.pointsTable.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.pointsTable.setWordWrap(True)
        self.pointsTable.setMinimumSize(QSize(0, 120))

        self.reportLayout.addWidget(self.pointsTable)

        self.verdictForm = QFormLayout()
        self.verdictForm.setObjectName(u"verdictForm")
        self.verdictForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.verdictLabel = QLabel(self.reportGroup)
        self.verdictLabel.setObjectName(u"verdictLabel")

        self.verdictForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.verdictLabel)

        self.verdictCombo = QComboBox(self.reportGroup)
        self.verdictCombo.setObjectName(u"verdictCombo")

        self.verdictForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.verdictCombo)

        self.verdictReasonLabel = QLabel(self.reportGroup)
        self.verdictReasonLabel.setObjectName(u"verdictReasonLabel")

        self.verdictForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.verdictReasonLabel)

        self.verdictReasonEdit = QPlainTextEdit(self.reportGroup)
        self.verdictReasonEdit.setObjectName(u"verdictReasonEdit")
        self.verdictReasonEdit.setTabChangesFocus(True)
        self.verdictReasonEdit.setMinimumSize(QSize(0, 60))
        self.verdictReasonEdit.setMaximumSize(QSize(16777215, 120))

        self.verdictForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.verdictReasonEdit)

        self.assessmentError = QLabel(self.reportGroup)
        self.assessmentError.setObjectName(u"assessmentError")
        self.assessmentError.setWordWrap(True)
        self.assessmentError.setVisible(False)

        self.verdictForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.assessmentError)

        self.assessmentStatus = QLabel(self.reportGroup)
        self.assessmentStatus.setObjectName(u"assessmentStatus")
        self.assessmentStatus.setWordWrap(True)

        self.verdictForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.assessmentStatus)


        self.reportLayout.addLayout(self.verdictForm)


        self.timelineLayout.addWidget(self.reportGroup)

        self.timelineLayout.setStretch(0, 1)
        self.tabs.addTab(self.timelineTab, "")
        self.meetingsTab = QWidget()
        self.meetingsTab.setObjectName(u"meetingsTab")
        self.meetingsLayout = QVBoxLayout(self.meetingsTab)
        self.meetingsLayout.setObjectName(u"meetingsLayout")
        self.meetingsHint = QLabel(self.meetingsTab)
        self.meetingsHint.setObjectName(u"meetingsHint")
        self.meetingsHint.setWordWrap(True)

        self.meetingsLayout.addWidget(self.meetingsHint)

        self.meetingsTable = QTableWidget(self.meetingsTab)
        if (self.meetingsTable.columnCount() < 4):
            self.meetingsTable.setColumnCount(4)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.meetingsTable.setHorizontalHeaderItem(0, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.meetingsTable.setHorizontalHeaderItem(1, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.meetingsTable.setHorizontalHeaderItem(2, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.meetingsTable.setHorizontalHeaderItem(3, __qtablewidgetitem6)
        self.meetingsTable.setObjectName(u"meetingsTable")
        self.meetingsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.meetingsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.meetingsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.meetingsTable.setAlternatingRowColors(True)
        self.meetingsTable.setWordWrap(False)
        self.meetingsTable.setMinimumSize(QSize(0, 140))

        self.meetingsLayout.addWidget(self.meetingsTable)

        self.meetingGroup = QGroupBox(self.meetingsTab)
        self.meetingGroup.setObjectName(u"meetingGroup")
        self.meetingForm = QFormLayout(self.meetingGroup)
        self.meetingForm.setObjectName(u"meetingForm")
        self.meetingForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.meetingDateLabel = QLabel(self.meetingGroup)
        self.meetingDateLabel.setObjectName(u"meetingDateLabel")

        self.meetingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.meetingDateLabel)

        self.meetingDate = QDateEdit(self.meetingGroup)
        self.meetingDate.setObjectName(u"meetingDate")
        self.meetingDate.setCalendarPopup(True)
        sizePolicy.setHeightForWidth(self.meetingDate.sizePolicy().hasHeightForWidth())
        self.meetingDate.setSizePolicy(sizePolicy)

        self.meetingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.meetingDate)

        self.meetingSupplierLabel = QLabel(self.meetingGroup)
        self.meetingSupplierLabel.setObjectName(u"meetingSupplierLabel")

        self.meetingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.meetingSupplierLabel)

        self.meetingSupplierCombo = QComboBox(self.meetingGroup)
        self.meetingSupplierCombo.setObjectName(u"meetingSupplierCombo")

        self.meetingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.meetingSupplierCombo)

        self.participantsLabel = QLabel(self.meetingGroup)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.meetingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.participantsLabel)

        self.participantsEdit = QLineEdit(self.meetingGroup)
        self.participantsEdit.setObjectName(u"participantsEdit")

        self.meetingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.participantsEdit)

        self.agreementsLabel = QLabel(self.meetingGroup)
        self.agreementsLabel.setObjectName(u"agreementsLabel")

        self.meetingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.agreementsLabel)

        self.agreementsEdit = QPlainTextEdit(self.meetingGroup)
        self.agreementsEdit.setObjectName(u"agreementsEdit")
        self.agreementsEdit.setTabChangesFocus(True)
        self.agreementsEdit.setMinimumSize(QSize(0, 80))
        self.agreementsEdit.setMaximumSize(QSize(16777215, 160))

        self.meetingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.agreementsEdit)

        self.meetingError = QLabel(self.meetingGroup)
        self.meetingError.setObjectName(u"meetingError")
        self.meetingError.setWordWrap(True)
        self.meetingError.setVisible(False)

        self.meetingForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.meetingError)

        self.meetingButtons = QHBoxLayout()
        self.meetingButtons.setObjectName(u"meetingButtons")
        self.addMeetingButton = QPushButton(self.meetingGroup)
        self.addMeetingButton.setObjectName(u"addMeetingButton")
        sizePolicy.setHeightForWidth(self.addMeetingButton.sizePolicy().hasHeightForWidth())
        self.addMeetingButton.setSizePolicy(sizePolicy)

        self.meetingButtons.addWidget(self.addMeetingButton)

        self.meetingButtonsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.meetingButtons.addItem(self.meetingButtonsSpacer)


        self.meetingForm.setLayout(5, QFormLayout.ItemRole.SpanningRole, self.meetingButtons)


        self.meetingsLayout.addWidget(self.meetingGroup)

        self.meetingsLayout.setStretch(1, 1)
        self.tabs.addTab(self.meetingsTab, "")
        self.auditsTab = QWidget()
        self.auditsTab.setObjectName(u"auditsTab")
        self.auditsLayout = QVBoxLayout(self.auditsTab)
        self.auditsLayout.setObjectName(u"auditsLayout")
        self.auditsTable = QTableWidget(self.auditsTab)
        if (self.auditsTable.columnCount() < 6):
            self.auditsTable.setColumnCount(6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.auditsTable.setHorizontalHeaderItem(0, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.auditsTable.setHorizontalHeaderItem(1, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.auditsTable.setHorizontalHeaderItem(2, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.auditsTable.setHorizontalHeaderItem(3, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.auditsTable.setHorizontalHeaderItem(4, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.auditsTable.setHorizontalHeaderItem(5, __qtablewidgetitem12)
        self.auditsTable.setObjectName(u"auditsTable")
        self.auditsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.auditsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.auditsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.auditsTable.setAlternatingRowColors(True)
        self.auditsTable.setWordWrap(False)
        self.auditsTable.setMinimumSize(QSize(0, 120))

        self.auditsLayout.addWidget(self.auditsTable)

        self.auditGroup = QGroupBox(self.auditsTab)
        self.auditGroup.setObjectName(u"auditGroup")
        self.auditForm = QGridLayout(self.auditGroup)
        self.auditForm.setObjectName(u"auditForm")
        self.auditKindLabel = QLabel(self.auditGroup)
        self.auditKindLabel.setObjectName(u"auditKindLabel")

        self.auditForm.addWidget(self.auditKindLabel, 0, 0, 1, 1)

        self.auditKindCombo = QComboBox(self.auditGroup)
        self.auditKindCombo.setObjectName(u"auditKindCombo")

        self.auditForm.addWidget(self.auditKindCombo, 0, 1, 1, 1)

        self.auditDateLabel = QLabel(self.auditGroup)
        self.auditDateLabel.setObjectName(u"auditDateLabel")

        self.auditForm.addWidget(self.auditDateLabel, 0, 2, 1, 1)

        self.auditDate = QDateEdit(self.auditGroup)
        self.auditDate.setObjectName(u"auditDate")
        self.auditDate.setCalendarPopup(True)
        sizePolicy.setHeightForWidth(self.auditDate.sizePolicy().hasHeightForWidth())
        self.auditDate.setSizePolicy(sizePolicy)

        self.auditForm.addWidget(self.auditDate, 0, 3, 1, 1)

        self.auditorLabel = QLabel(self.auditGroup)
        self.auditorLabel.setObjectName(u"auditorLabel")

        self.auditForm.addWidget(self.auditorLabel, 1, 0, 1, 1)

        self.auditorEdit = QLineEdit(self.auditGroup)
        self.auditorEdit.setObjectName(u"auditorEdit")

        self.auditForm.addWidget(self.auditorEdit, 1, 1, 1, 1)

        self.auditSupplierLabel = QLabel(self.auditGroup)
        self.auditSupplierLabel.setObjectName(u"auditSupplierLabel")

        self.auditForm.addWidget(self.auditSupplierLabel, 1, 2, 1, 1)

        self.auditSupplierCombo = QComboBox(self.auditGroup)
        self.auditSupplierCombo.setObjectName(u"auditSupplierCombo")

        self.auditForm.addWidget(self.auditSupplierCombo, 1, 3, 1, 1)

        self.findingsLabel = QLabel(self.auditGroup)
        self.findingsLabel.setObjectName(u"findingsLabel")

        self.auditForm.addWidget(self.findingsLabel, 2, 0, 1, 1)

        self.findingsEdit = QPlainTextEdit(self.auditGroup)
        self.findingsEdit.setObjectName(u"findingsEdit")
        self.findingsEdit.setTabChangesFocus(True)
        self.findingsEdit.setMinimumSize(QSize(0, 70))
        self.findingsEdit.setMaximumSize(QSize(16777215, 140))

        self.auditForm.addWidget(self.findingsEdit, 2, 1, 1, 3)

        self.auditError = QLabel(self.auditGroup)
        self.auditError.setObjectName(u"auditError")
        self.auditError.setWordWrap(True)
        self.auditError.setVisible(False)

        self.auditForm.addWidget(self.auditError, 3, 0, 1, 4)

        self.auditButtons = QHBoxLayout()
        self.auditButtons.setObjectName(u"auditButtons")
        self.addAuditButton = QPushButton(self.auditGroup)
        self.addAuditButton.setObjectName(u"addAuditButton")
        sizePolicy.setHeightForWidth(self.addAuditButton.sizePolicy().hasHeightForWidth())
        self.addAuditButton.setSizePolicy(sizePolicy)

        self.auditButtons.addWidget(self.addAuditButton)

        self.auditButtonsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.auditButtons.addItem(self.auditButtonsSpacer)


        self.auditForm.addLayout(self.auditButtons, 4, 0, 1, 4)

        self.auditForm.setColumnStretch(1, 1)

        self.auditsLayout.addWidget(self.auditGroup)

        self.actionsGroup = QGroupBox(self.auditsTab)
        self.actionsGroup.setObjectName(u"actionsGroup")
        self.actionsLayout = QVBoxLayout(self.actionsGroup)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsTable = QTableWidget(self.actionsGroup)
        if (self.actionsTable.columnCount() < 6):
            self.actionsTable.setColumnCount(6)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.actionsTable.setHorizontalHeaderItem(0, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.actionsTable.setHorizontalHeaderItem(1, __qtablewidgetitem14)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.actionsTable.setHorizontalHeaderItem(2, __qtablewidgetitem15)
        __qtablewidgetitem16 = QTableWidgetItem()
        self.actionsTable.setHorizontalHeaderItem(3, __qtablewidgetitem16)
        __qtablewidgetitem17 = QTableWidgetItem()
        self.actionsTable.setHorizontalHeaderItem(4, __qtablewidgetitem17)
        __qtablewidgetitem18 = QTableWidgetItem()
        self.actionsTable.setHorizontalHeaderItem(5, __qtablewidgetitem18)
        self.actionsTable.setObjectName(u"actionsTable")
        self.actionsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.actionsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.actionsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.actionsTable.setAlternatingRowColors(True)
        self.actionsTable.setWordWrap(False)
        self.actionsTable.setMinimumSize(QSize(0, 120))

        self.actionsLayout.addWidget(self.actionsTable)

        self.actionForm = QGridLayout()
        self.actionForm.setObjectName(u"actionForm")
        self.actionDescriptionLabel = QLabel(self.actionsGroup)
        self.actionDescriptionLabel.setObjectName(u"actionDescriptionLabel")

        self.actionForm.addWidget(self.actionDescriptionLabel, 0, 0, 1, 1)

        self.actionDescriptionEdit = QLineEdit(self.actionsGroup)
        self.actionDescriptionEdit.setObjectName(u"actionDescriptionEdit")

        self.actionForm.addWidget(self.actionDescriptionEdit, 0, 1, 1, 3)

        self.actionOwnerLabel = QLabel(self.actionsGroup)
        self.actionOwnerLabel.setObjectName(u"actionOwnerLabel")

        self.actionForm.addWidget(self.actionOwnerLabel, 1, 0, 1, 1)

        self.actionOwnerEdit = QLineEdit(self.actionsGroup)
        self.actionOwnerEdit.setObjectName(u"actionOwnerEdit")

        self.actionForm.addWidget(self.actionOwnerEdit, 1, 1, 1, 1)

        self.actionDueLabel = QLabel(self.actionsGroup)
        self.actionDueLabel.setObjectName(u"actionDueLabel")

        self.actionForm.addWidget(self.actionDueLabel, 1, 2, 1, 1)

        self.actionDueDate = QDateEdit(self.actionsGroup)
        self.actionDueDate.setObjectName(u"actionDueDate")
        self.actionDueDate.setCalendarPopup(True)
        sizePolicy.setHeightForWidth(self.actionDueDate.sizePolicy().hasHeightForWidth())
        self.actionDueDate.setSizePolicy(sizePolicy)

        self.actionForm.addWidget(self.actionDueDate, 1, 3, 1, 1)

        self.actionAddButtons = QHBoxLayout()
        self.actionAddButtons.setObjectName(u"actionAddButtons")
        self.addActionButton = QPushButton(self.actionsGroup)
        self.addActionButton.setObjectName(u"addActionButton")
        sizePolicy.setHeightForWidth(self.addActionButton.sizePolicy().hasHeightForWidth())
        self.addActionButton.setSizePolicy(sizePolicy)

        self.actionAddButtons.addWidget(self.addActionButton)

        self.actionAddButtonsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionAddButtons.addItem(self.actionAddButtonsSpacer)


        self.actionForm.addLayout(self.actionAddButtons, 2, 0, 1, 4)

        self.actionForm.setColumnStretch(1, 1)

        self.actionsLayout.addLayout(self.actionForm)

        self.statusForm = QGridLayout()
        self.statusForm.setObjectName(u"statusForm")
        self.selectedActionLabel = QLabel(self.actionsGroup)
        self.selectedActionLabel.setObjectName(u"selectedActionLabel")
        self.selectedActionLabel.setWordWrap(True)

        self.statusForm.addWidget(self.selectedActionLabel, 0, 0, 1, 4)

        self.actionStatusLabel = QLabel(self.actionsGroup)
        self.actionStatusLabel.setObjectName(u"actionStatusLabel")

        self.statusForm.addWidget(self.actionStatusLabel, 1, 0, 1, 1)

        self.actionStatusCombo = QComboBox(self.actionsGroup)
        self.actionStatusCombo.setObjectName(u"actionStatusCombo")
        sizePolicy.setHeightForWidth(self.actionStatusCombo.sizePolicy().hasHeightForWidth())
        self.actionStatusCombo.setSizePolicy(sizePolicy)

        self.statusForm.addWidget(self.actionStatusCombo, 1, 1, 1, 1)

        self.evidenceLabel = QLabel(self.actionsGroup)
        self.evidenceLabel.setObjectName(u"evidenceLabel")

        self.statusForm.addWidget(self.evidenceLabel, 2, 0, 1, 1)

        self.evidenceEdit = QPlainTextEdit(self.actionsGroup)
        self.evidenceEdit.setObjectName(u"evidenceEdit")
        self.evidenceEdit.setTabChangesFocus(True)
        self.evidenceEdit.setMinimumSize(QSize(0, 60))
        self.evidenceEdit.setMaximumSize(QSize(16777215, 120))

        self.statusForm.addWidget(self.evidenceEdit, 2, 1, 1, 3)

        self.statusButtons = QHBoxLayout()
        self.statusButtons.setObjectName(u"statusButtons")
        self.saveStatusButton = QPushButton(self.actionsGroup)
        self.saveStatusButton.setObjectName(u"saveStatusButton")
        sizePolicy.setHeightForWidth(self.saveStatusButton.sizePolicy().hasHeightForWidth())
        self.saveStatusButton.setSizePolicy(sizePolicy)

        self.statusButtons.addWidget(self.saveStatusButton)

        self.statusButtonsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusButtons.addItem(self.statusButtonsSpacer)


        self.statusForm.addLayout(self.statusButtons, 3, 0, 1, 4)

        self.statusForm.setColumnStretch(1, 1)

        self.actionsLayout.addLayout(self.statusForm)

        self.actionError = QLabel(self.actionsGroup)
        self.actionError.setObjectName(u"actionError")
        self.actionError.setWordWrap(True)
        self.actionError.setVisible(False)

        self.actionsLayout.addWidget(self.actionError)


        self.auditsLayout.addWidget(self.actionsGroup)

        self.auditsLayout.setStretch(0, 1)
        self.tabs.addTab(self.auditsTab, "")
        self.escalationTab = QWidget()
        self.escalationTab.setObjectName(u"escalationTab")
        self.escalationLayout = QVBoxLayout(self.escalationTab)
        self.escalationLayout.setObjectName(u"escalationLayout")
        self.escalationHint = QLabel(self.escalationTab)
        self.escalationHint.setObjectName(u"escalationHint")
        self.escalationHint.setWordWrap(True)

        self.escalationLayout.addWidget(self.escalationHint)

        self.ladderGroup = QGroupBox(self.escalationTab)
        self.ladderGroup.setObjectName(u"ladderGroup")
        self.ladderLayout = QVBoxLayout(self.ladderGroup)
        self.ladderLayout.setObjectName(u"ladderLayout")
        self.ladderLabel = QLabel(self.ladderGroup)
        self.ladderLabel.setObjectName(u"ladderLabel")
        self.ladderLabel.setTextFormat(Qt.PlainText)

        self.ladderLayout.addWidget(self.ladderLabel)

        self.proposalLabel = QLabel(self.ladderGroup)
        self.proposalLabel.setObjectName(u"proposalLabel")
        self.proposalLabel.setWordWrap(True)
        self.proposalLabel.setTextFormat(Qt.PlainText)

        self.ladderLayout.addWidget(self.proposalLabel)


        self.escalationLayout.addWidget(self.ladderGroup)

        self.escalationsTable = QTableWidget(self.escalationTab)
        if (self.escalationsTable.columnCount() < 4):
            self.escalationsTable.setColumnCount(4)
        __qtablewidgetitem19 = QTableWidgetItem()
        self.escalationsTable.setHorizontalHeaderItem(0, __qtablewidgetitem19)
        __qtablewidgetitem20 = QTableWidgetItem()
        self.escalationsTable.setHorizontalHeaderItem(1, __qtablewidgetitem20)
        __qtablewidgetitem21 = QTableWidgetItem()
        self.escalationsTable.setHorizontalHeaderItem(2, __qtablewidgetitem21)
        __qtablewidgetitem22 = QTableWidgetItem()
        self.escalationsTable.setHorizontalHeaderItem(3, __qtablewidgetitem22)
        self.escalationsTable.setObjectName(u"escalationsTable")
        self.escalationsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.escalationsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.escalationsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.escalationsTable.setAlternatingRowColors(True)
        self.escalationsTable.setWordWrap(False)
        self.escalationsTable.setMinimumSize(QSize(0, 110))

        self.escalationLayout.addWidget(self.escalationsTable)

        self.escalationGroup = QGroupBox(self.escalationTab)
        self.escalationGroup.setObjectName(u"escalationGroup")
        self.escalationForm = QFormLayout(self.escalationGroup)
        self.escalationForm.setObjectName(u"escalationForm")
        self.escalationForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.stepLabel = QLabel(self.escalationGroup)
        self.stepLabel.setObjectName(u"stepLabel")

        self.escalationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.stepLabel)

        self.stepCombo = QComboBox(self.escalationGroup)
        self.stepCombo.setObjectName(u"stepCombo")

        self.escalationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.stepCombo)

        self.stepDateLabel = QLabel(self.escalationGroup)
        self.stepDateLabel.setObjectName(u"stepDateLabel")

        self.escalationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.stepDateLabel)

        self.stepDate = QDateEdit(self.escalationGroup)
        self.stepDate.setObjectName(u"stepDate")
        self.stepDate.setCalendarPopup(True)
        sizePolicy.setHeightForWidth(self.stepDate.sizePolicy().hasHeightForWidth())
        self.stepDate.setSizePolicy(sizePolicy)

        self.escalationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.stepDate)

        self.stepReasonLabel = QLabel(self.escalationGroup)
        self.stepReasonLabel.setObjectName(u"stepReasonLabel")

        self.escalationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.stepReasonLabel)

        self.stepReasonEdit = QPlainTextEdit(self.escalationGroup)
        self.stepReasonEdit.setObjectName(u"stepReasonEdit")
        self.stepReasonEdit.setTabChangesFocus(True)
        self.stepReasonEdit.setMinimumSize(QSize(0, 60))
        self.stepReasonEdit.setMaximumSize(QSize(16777215, 120))

        self.escalationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.stepReasonEdit)

        self.skipReasonLabel = QLabel(self.escalationGroup)
        self.skipReasonLabel.setObjectName(u"skipReasonLabel")
        self.skipReasonLabel.setWordWrap(True)

        self.escalationForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.skipReasonLabel)

        self.skipReasonEdit = QPlainTextEdit(self.escalationGroup)
        self.skipReasonEdit.setObjectName(u"skipReasonEdit")
        self.skipReasonEdit.setTabChangesFocus(True)
        self.skipReasonEdit.setMinimumSize(QSize(0, 60))
        self.skipReasonEdit.setMaximumSize(QSize(16777215, 120))

        self.escalationForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.skipReasonEdit)

        self.escalationError = QLabel(self.escalationGroup)
        self.escalationError.setObjectName(u"escalationError")
        self.escalationError.setWordWrap(True)
        self.escalationError.setVisible(False)

        self.escalationForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.escalationError)

        self.escalationButtons = QHBoxLayout()
        self.escalationButtons.setObjectName(u"escalationButtons")
        self.escalateButton = QPushButton(self.escalationGroup)
        self.escalateButton.setObjectName(u"escalateButton")
        sizePolicy.setHeightForWidth(self.escalateButton.sizePolicy().hasHeightForWidth())
        self.escalateButton.setSizePolicy(sizePolicy)

        self.escalationButtons.addWidget(self.escalateButton)

        self.escalationButtonsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.escalationButtons.addItem(self.escalationButtonsSpacer)


        self.escalationForm.setLayout(5, QFormLayout.ItemRole.SpanningRole, self.escalationButtons)


        self.escalationLayout.addWidget(self.escalationGroup)

        self.escalationLayout.setStretch(2, 1)
        self.tabs.addTab(self.escalationTab, "")
        self.traceTab = QWidget()
        self.traceTab.setObjectName(u"traceTab")
        self.traceLayout = QVBoxLayout(self.traceTab)
        self.traceLayout.setObjectName(u"traceLayout")
        self.traceHint = QLabel(self.traceTab)
        self.traceHint.setObjectName(u"traceHint")
        self.traceHint.setWordWrap(True)

        self.traceLayout.addWidget(self.traceHint)

        self.productsTable = QTableWidget(self.traceTab)
        if (self.productsTable.columnCount() < 7):
            self.productsTable.setColumnCount(7)
        __qtablewidgetitem23 = QTableWidgetItem()
        self.productsTable.setHorizontalHeaderItem(0, __qtablewidgetitem23)
        __qtablewidgetitem24 = QTableWidgetItem()
        self.productsTable.setHorizontalHeaderItem(1, __qtablewidgetitem24)
        __qtablewidgetitem25 = QTableWidgetItem()
        self.productsTable.setHorizontalHeaderItem(2, __qtablewidgetitem25)
        __qtablewidgetitem26 = QTableWidgetItem()
        self.productsTable.setHorizontalHeaderItem(3, __qtablewidgetitem26)
        __qtablewidgetitem27 = QTableWidgetItem()
        self.productsTable.setHorizontalHeaderItem(4, __qtablewidgetitem27)
        __qtablewidgetitem28 = QTableWidgetItem()
        self.productsTable.setHorizontalHeaderItem(5, __qtablewidgetitem28)
        __qtablewidgetitem29 = QTableWidgetItem()
        self.productsTable.setHorizontalHeaderItem(6, __qtablewidgetitem29)
        self.productsTable.setObjectName(u"productsTable")
        self.productsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.productsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.productsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.productsTable.setAlternatingRowColors(True)
        self.productsTable.setWordWrap(False)
        self.productsTable.setMinimumSize(QSize(0, 120))

        self.traceLayout.addWidget(self.productsTable)

        self.productListButtons = QHBoxLayout()
        self.productListButtons.setObjectName(u"productListButtons")
        self.removeProductButton = QPushButton(self.traceTab)
        self.removeProductButton.setObjectName(u"removeProductButton")
        sizePolicy.setHeightForWidth(self.removeProductButton.sizePolicy().hasHeightForWidth())
        self.removeProductButton.setSizePolicy(sizePolicy)

        self.productListButtons.addWidget(self.removeProductButton)

        self.productListButtonsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.productListButtons.addItem(self.productListButtonsSpacer)


        self.traceLayout.addLayout(self.productListButtons)

        self.productGroup = QGroupBox(self.traceTab)
        self.productGroup.setObjectName(u"productGroup")
        self.productForm = QGridLayout(self.productGroup)
        self.productForm.setObjectName(u"productForm")
        self.productLabel = QLabel(self.productGroup)
        self.productLabel.setObjectName(u"productLabel")

        self.productForm.addWidget(self.productLabel, 0, 0, 1, 1)

        self.productEdit = QLineEdit(self.productGroup)
        self.productEdit.setObjectName(u"productEdit")

        self.productForm.addWidget(self.productEdit, 0, 1, 1, 1)

        self.productSupplierLabel = QLabel(self.productGroup)
        self.productSupplierLabel.setObjectName(u"productSupplierLabel")

        self.productForm.addWidget(self.productSupplierLabel, 0, 2, 1, 1)

        self.productSupplierCombo = QComboBox(self.productGroup)
        self.productSupplierCombo.setObjectName(u"productSupplierCombo")

        self.productForm.addWidget(self.productSupplierCombo, 0, 3, 1, 1)

        self.brandLabel = QLabel(self.productGroup)
        self.brandLabel.setObjectName(u"brandLabel")

        self.productForm.addWidget(self.brandLabel, 1, 0, 1, 1)

        self.brandEdit = QLineEdit(self.productGroup)
        self.brandEdit.setObjectName(u"brandEdit")

        self.productForm.addWidget(self.brandEdit, 1, 1, 1, 1)

        self.modelLabel = QLabel(self.productGroup)
        self.modelLabel.setObjectName(u"modelLabel")

        self.productForm.addWidget(self.modelLabel, 1, 2, 1, 1)

        self.modelEdit = QLineEdit(self.productGroup)
        self.modelEdit.setObjectName(u"modelEdit")

        self.productForm.addWidget(self.modelEdit, 1, 3, 1, 1)

        self.siteNameLabel = QLabel(self.productGroup)
        self.siteNameLabel.setObjectName(u"siteNameLabel")

        self.productForm.addWidget(self.siteNameLabel, 2, 0, 1, 1)

        self.siteNameEdit = QLineEdit(self.productGroup)
        self.siteNameEdit.setObjectName(u"siteNameEdit")

        self.productForm.addWidget(self.siteNameEdit, 2, 1, 1, 1)

        self.siteCountryLabel = QLabel(self.productGroup)
        self.siteCountryLabel.setObjectName(u"siteCountryLabel")

        self.productForm.addWidget(self.siteCountryLabel, 2, 2, 1, 1)

        self.siteCountryEdit = QLineEdit(self.productGroup)
        self.siteCountryEdit.setObjectName(u"siteCountryEdit")
        self.siteCountryEdit.setMaxLength(2)
        sizePolicy.setHeightForWidth(self.siteCountryEdit.sizePolicy().hasHeightForWidth())
        self.siteCountryEdit.setSizePolicy(sizePolicy)

        self.productForm.addWidget(self.siteCountryEdit, 2, 3, 1, 1)

        self.siteAddressLabel = QLabel(self.productGroup)
        self.siteAddressLabel.setObjectName(u"siteAddressLabel")

        self.productForm.addWidget(self.siteAddressLabel, 3, 0, 1, 1)

        self.siteAddressEdit = QLineEdit(self.productGroup)
        self.siteAddressEdit.setObjectName(u"siteAddressEdit")

        self.productForm.addWidget(self.siteAddressEdit, 3, 1, 1, 1)

        self.hubLabel = QLabel(self.productGroup)
        self.hubLabel.setObjectName(u"hubLabel")

        self.productForm.addWidget(self.hubLabel, 3, 2, 1, 1)

        self.hubEdit = QLineEdit(self.productGroup)
        self.hubEdit.setObjectName(u"hubEdit")

        self.productForm.addWidget(self.hubEdit, 3, 3, 1, 1)

        self.componentsLabel = QLabel(self.productGroup)
        self.componentsLabel.setObjectName(u"componentsLabel")
        self.componentsLabel.setWordWrap(True)

        self.productForm.addWidget(self.componentsLabel, 4, 0, 1, 1)

        self.componentsTable = QTableWidget(self.productGroup)
        if (self.componentsTable.columnCount() < 2):
            self.componentsTable.setColumnCount(2)
        __qtablewidgetitem30 = QTableWidgetItem()
        self.componentsTable.setHorizontalHeaderItem(0, __qtablewidgetitem30)
        __qtablewidgetitem31 = QTableWidgetItem()
        self.componentsTable.setHorizontalHeaderItem(1, __qtablewidgetitem31)
        self.componentsTable.setObjectName(u"componentsTable")
        self.componentsTable.setMinimumSize(QSize(0, 110))
        self.componentsTable.setMaximumSize(QSize(16777215, 150))

        self.productForm.addWidget(self.componentsTable, 4, 1, 1, 3)

        self.componentButtons = QHBoxLayout()
        self.componentButtons.setObjectName(u"componentButtons")
        self.addComponentRowButton = QPushButton(self.productGroup)
        self.addComponentRowButton.setObjectName(u"addComponentRowButton")
        sizePolicy.setHeightForWidth(self.addComponentRowButton.sizePolicy().hasHeightForWidth())
        self.addComponentRowButton.setSizePolicy(sizePolicy)

        self.componentButtons.addWidget(self.addComponentRowButton)

        self.componentButtonsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.componentButtons.addItem(self.componentButtonsSpacer)


        self.productForm.addLayout(self.componentButtons, 5, 1, 1, 3)

        self.productError = QLabel(self.productGroup)
        self.productError.setObjectName(u"productError")
        self.productError.setWordWrap(True)
        self.productError.setVisible(False)

        self.productForm.addWidget(self.productError, 6, 0, 1, 4)

        self.productButtons = QHBoxLayout()
        self.productButtons.setObjectName(u"productButtons")
        self.addProductButton = QPushButton(self.productGroup)
        self.addProductButton.setObjectName(u"addProductButton")
        sizePolicy.setHeightForWidth(self.addProductButton.sizePolicy().hasHeightForWidth())
        self.addProductButton.setSizePolicy(sizePolicy)

        self.productButtons.addWidget(self.addProductButton)

        self.productButtonsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.productButtons.addItem(self.productButtonsSpacer)


        self.productForm.addLayout(self.productButtons, 7, 0, 1, 4)

        self.productForm.setColumnStretch(1, 1)
        self.productForm.setColumnStretch(3, 1)

        self.traceLayout.addWidget(self.productGroup)

        self.traceLayout.setStretch(1, 1)
        self.tabs.addTab(self.traceTab, "")
        self.signalsTab = QWidget()
        self.signalsTab.setObjectName(u"signalsTab")
        self.signalsLayout = QVBoxLayout(self.signalsTab)
        self.signalsLayout.setObjectName(u"signalsLayout")
        self.followupsHint = QLabel(self.signalsTab)
        self.followupsHint.setObjectName(u"followupsHint")
        self.followupsHint.setWordWrap(True)

        self.signalsLayout.addWidget(self.followupsHint)

        self.followupsTable = QTableWidget(self.signalsTab)
        if (self.followupsTable.columnCount() < 6):
            self.followupsTable.setColumnCount(6)
        __qtablewidgetitem32 = QTableWidgetItem()
        self.followupsTable.setHorizontalHeaderItem(0, __qtablewidgetitem32)
        __qtablewidgetitem33 = QTableWidgetItem()
        self.followupsTable.setHorizontalHeaderItem(1, __qtablewidgetitem33)
        __qtablewidgetitem34 = QTableWidgetItem()
        self.followupsTable.setHorizontalHeaderItem(2, __qtablewidgetitem34)
        __qtablewidgetitem35 = QTableWidgetItem()
        self.followupsTable.setHorizontalHeaderItem(3, __qtablewidgetitem35)
        __qtablewidgetitem36 = QTableWidgetItem()
        self.followupsTable.setHorizontalHeaderItem(4, __qtablewidgetitem36)
        __qtablewidgetitem37 = QTableWidgetItem()
        self.followupsTable.setHorizontalHeaderItem(5, __qtablewidgetitem37)
        self.followupsTable.setObjectName(u"followupsTable")
        self.followupsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.followupsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.followupsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.followupsTable.setAlternatingRowColors(True)
        self.followupsTable.setWordWrap(False)
        self.followupsTable.setMinimumSize(QSize(0, 140))

        self.signalsLayout.addWidget(self.followupsTable)

        self.closeFollowupGroup = QGroupBox(self.signalsTab)
        self.closeFollowupGroup.setObjectName(u"closeFollowupGroup")
        self.closeFollowupForm = QFormLayout(self.closeFollowupGroup)
        self.closeFollowupForm.setObjectName(u"closeFollowupForm")
        self.closeFollowupForm.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.closeNoteLabel = QLabel(self.closeFollowupGroup)
        self.closeNoteLabel.setObjectName(u"closeNoteLabel")

        self.closeFollowupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.closeNoteLabel)

        self.closeNoteEdit = QPlainTextEdit(self.closeFollowupGroup)
        self.closeNoteEdit.setObjectName(u"closeNoteEdit")
        self.closeNoteEdit.setTabChangesFocus(True)
        self.closeNoteEdit.setMinimumSize(QSize(0, 60))
        self.closeNoteEdit.setMaximumSize(QSize(16777215, 120))

        self.closeFollowupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.closeNoteEdit)

        self.followupError = QLabel(self.closeFollowupGroup)
        self.followupError.setObjectName(u"followupError")
        self.followupError.setWordWrap(True)
        self.followupError.setVisible(False)

        self.closeFollowupForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.followupError)

        self.followupButtons = QHBoxLayout()
        self.followupButtons.setObjectName(u"followupButtons")
        self.closeFollowupButton = QPushButton(self.closeFollowupGroup)
        self.closeFollowupButton.setObjectName(u"closeFollowupButton")
        sizePolicy.setHeightForWidth(self.closeFollowupButton.sizePolicy().hasHeightForWidth())
        self.closeFollowupButton.setSizePolicy(sizePolicy)

        self.followupButtons.addWidget(self.closeFollowupButton)

        self.followupButtonsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.followupButtons.addItem(self.followupButtonsSpacer)


        self.closeFollowupForm.setLayout(2, QFormLayout.ItemRole.SpanningRole, self.followupButtons)


        self.signalsLayout.addWidget(self.closeFollowupGroup)

        self.signalsLayout.setStretch(1, 1)
        self.tabs.addTab(self.signalsTab, "")
        self.chartTab = QWidget()
        self.chartTab.setObjectName(u"chartTab")
        self.chartTabLayout = QVBoxLayout(self.chartTab)
        self.chartTabLayout.setObjectName(u"chartTabLayout")
        self.chartIntro = QLabel(self.chartTab)
        self.chartIntro.setObjectName(u"chartIntro")
        self.chartIntro.setWordWrap(True)

        self.chartTabLayout.addWidget(self.chartIntro)

        self.chartHolder = QWidget(self.chartTab)
        self.chartHolder.setObjectName(u"chartHolder")
        self.chartHolder.setMinimumSize(QSize(0, 280))
        self.chartLayout = QHBoxLayout(self.chartHolder)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)

        self.chartTabLayout.addWidget(self.chartHolder)

        self.chartSummary = QLabel(self.chartTab)
        self.chartSummary.setObjectName(u"chartSummary")
        self.chartSummary.setWordWrap(True)
        self.chartSummary.setTextFormat(Qt.PlainText)

        self.chartTabLayout.addWidget(self.chartSummary)

        self.chartTabLayout.setStretch(1, 1)
        self.tabs.addTab(self.chartTab, "")

        self.pageLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.receivedLabel.setBuddy(self.receivedDate)
        self.measuresLabel.setBuddy(self.measuresEdit)
        self.newRisksLabel.setBuddy(self.newRisksEdit)
        self.incidentsLabel.setBuddy(self.incidentsEdit)
        self.auditResultsLabel.setBuddy(self.auditResultsEdit)
        self.stakeholdersLabel.setBuddy(self.stakeholdersEdit)
        self.nextStepsLabel.setBuddy(self.nextStepsEdit)
        self.verdictLabel.setBuddy(self.verdictCombo)
        self.verdictReasonLabel.setBuddy(self.verdictReasonEdit)
        self.meetingDateLabel.setBuddy(self.meetingDate)
        self.meetingSupplierLabel.setBuddy(self.meetingSupplierCombo)
        self.participantsLabel.setBuddy(self.participantsEdit)
        self.agreementsLabel.setBuddy(self.agreementsEdit)
        self.auditKindLabel.setBuddy(self.auditKindCombo)
        self.auditDateLabel.setBuddy(self.auditDate)
        self.auditorLabel.setBuddy(self.auditorEdit)
        self.auditSupplierLabel.setBuddy(self.auditSupplierCombo)
        self.findingsLabel.setBuddy(self.findingsEdit)
        self.actionDescriptionLabel.setBuddy(self.actionDescriptionEdit)
        self.actionOwnerLabel.setBuddy(self.actionOwnerEdit)
        self.actionDueLabel.setBuddy(self.actionDueDate)
        self.actionStatusLabel.setBuddy(self.actionStatusCombo)
        self.evidenceLabel.setBuddy(self.evidenceEdit)
        self.stepLabel.setBuddy(self.stepCombo)
        self.stepDateLabel.setBuddy(self.stepDate)
        self.stepReasonLabel.setBuddy(self.stepReasonEdit)
        self.skipReasonLabel.setBuddy(self.skipReasonEdit)
        self.productLabel.setBuddy(self.productEdit)
        self.productSupplierLabel.setBuddy(self.productSupplierCombo)
        self.brandLabel.setBuddy(self.brandEdit)
        self.modelLabel.setBuddy(self.modelEdit)
        self.siteNameLabel.setBuddy(self.siteNameEdit)
        self.siteCountryLabel.setBuddy(self.siteCountryEdit)
        self.siteAddressLabel.setBuddy(self.siteAddressEdit)
        self.hubLabel.setBuddy(self.hubEdit)
        self.componentsLabel.setBuddy(self.componentsTable)
        self.closeNoteLabel.setBuddy(self.closeNoteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MonitoringPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MonitoringPage)
    # setupUi

    def retranslateUi(self, MonitoringPage):
        self.contractLabel.setText("")
        self.hintLabel.setText("")
        ___qtreewidgetitem = self.timelineTree.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("MonitoringPage", u"Status", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("MonitoringPage", u"Beoordeling", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("MonitoringPage", u"Ontvangen", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("MonitoringPage", u"Termijn", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("MonitoringPage", u"Onderdeel", None))
        self.reportGroup.setTitle(QCoreApplication.translate("MonitoringPage", u"Voortgangsrapportage", None))
        self.reportInfoLabel.setText("")
        self.receivedLabel.setText(QCoreApplication.translate("MonitoringPage", u"&Ontvangen op", None))
        self.receivedDate.setDisplayFormat(QCoreApplication.translate("MonitoringPage", u"dd-MM-yyyy", None))
        self.recordReportButton.setText(QCoreApplication.translate("MonitoringPage", u"Ontvangst &vastleggen", None))
        self.measuresLabel.setText(QCoreApplication.translate("MonitoringPage", u"Stand van de &maatregelen uit het plan", None))
        self.newRisksLabel.setText(QCoreApplication.translate("MonitoringPage", u"&Nieuwe of gewijzigde risico's", None))
        self.incidentsLabel.setText(QCoreApplication.translate("MonitoringPage", u"&Incidenten en hoe die zijn afgehandeld", None))
        self.auditResultsLabel.setText(QCoreApplication.translate("MonitoringPage", u"Resultaten van monitoring en au&dits", None))
        self.stakeholdersLabel.setText(QCoreApplication.translate("MonitoringPage", u"Betrekken van &belanghebbenden", None))
        self.nextStepsLabel.setText(QCoreApplication.translate("MonitoringPage", u"Volgende s&tappen", None))
        self.reportAttachmentLabel.setText(QCoreApplication.translate("MonitoringPage", u"Bijlage:", None))
        self.reportAttachmentName.setText("")
        self.chooseReportAttachmentButton.setText(QCoreApplication.translate("MonitoringPage", u"Bijlage &kiezen\u2026", None))
        self.saveReportAttachmentButton.setText(QCoreApplication.translate("MonitoringPage", u"Bijlage op&slaan als\u2026", None))
        self.reportError.setText("")
        self.assessmentHeading.setText(QCoreApplication.translate("MonitoringPage", u"Beoordeling", None))
        self.assessmentIntro.setText(QCoreApplication.translate("MonitoringPage", u"Beoordeel de redelijke inspanning op dezelfde punten als het plan van aanpak. Wat u kiest, wordt meteen bewaard.", None))
        ___qtablewidgetitem = self.pointsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("MonitoringPage", u"Punt", None))
        ___qtablewidgetitem1 = self.pointsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("MonitoringPage", u"Oordeel", None))
        ___qtablewidgetitem2 = self.pointsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("MonitoringPage", u"Toelichting", None))
        self.verdictLabel.setText(QCoreApplication.translate("MonitoringPage", u"&Eindoordeel", None))
        self.verdictReasonLabel.setText(QCoreApplication.translate("MonitoringPage", u"Toe&lichting", None))
        self.assessmentError.setText("")
        self.assessmentStatus.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.timelineTab), QCoreApplication.translate("MonitoringPage", u"&Tijdlijn", None))
        self.meetingsHint.setText(QCoreApplication.translate("MonitoringPage", u"Leg elk gesprek met de leverancier vast: wanneer, met wie en wat is afgesproken.", None))
        ___qtablewidgetitem3 = self.meetingsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("MonitoringPage", u"Datum", None))
        ___qtablewidgetitem4 = self.meetingsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("MonitoringPage", u"Leverancier", None))
        ___qtablewidgetitem5 = self.meetingsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("MonitoringPage", u"Deelnemers", None))
        ___qtablewidgetitem6 = self.meetingsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("MonitoringPage", u"Afspraken", None))
        self.meetingGroup.setTitle(QCoreApplication.translate("MonitoringPage", u"Overleg vastleggen", None))
        self.meetingDateLabel.setText(QCoreApplication.translate("MonitoringPage", u"&Datum", None))
        self.meetingDate.setDisplayFormat(QCoreApplication.translate("MonitoringPage", u"dd-MM-yyyy", None))
        self.meetingSupplierLabel.setText(QCoreApplication.translate("MonitoringPage", u"&Leverancier", None))
        self.participantsLabel.setText(QCoreApplication.translate("MonitoringPage", u"D&eelnemers", None))
        self.participantsEdit.setPlaceholderText(QCoreApplication.translate("MonitoringPage", u"Namen en organisaties", None))
        self.agreementsLabel.setText(QCoreApplication.translate("MonitoringPage", u"&Afspraken", None))
        self.meetingError.setText("")
        self.addMeetingButton.setText(QCoreApplication.translate("MonitoringPage", u"Overleg &vastleggen", None))
        self.tabs.setTabText(self.tabs.indexOf(self.meetingsTab), QCoreApplication.translate("MonitoringPage", u"&Overleg", None))
        ___qtablewidgetitem7 = self.auditsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("MonitoringPage", u"Datum", None))
        ___qtablewidgetitem8 = self.auditsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("MonitoringPage", u"Soort", None))
        ___qtablewidgetitem9 = self.auditsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("MonitoringPage", u"Door", None))
        ___qtablewidgetitem10 = self.auditsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("MonitoringPage", u"Leverancier", None))
        ___qtablewidgetitem11 = self.auditsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("MonitoringPage", u"Bevindingen", None))
        ___qtablewidgetitem12 = self.auditsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("MonitoringPage", u"Maatregelen", None))
        self.auditGroup.setTitle(QCoreApplication.translate("MonitoringPage", u"Audit of verificatie vastleggen", None))
        self.auditKindLabel.setText(QCoreApplication.translate("MonitoringPage", u"&Soort", None))
        self.auditDateLabel.setText(QCoreApplication.translate("MonitoringPage", u"&Datum", None))
        self.auditDate.setDisplayFormat(QCoreApplication.translate("MonitoringPage", u"dd-MM-yyyy", None))
        self.auditorLabel.setText(QCoreApplication.translate("MonitoringPage", u"Uitgevoerd &door", None))
        self.auditorEdit.setPlaceholderText(QCoreApplication.translate("MonitoringPage", u"Auditbureau, organisatie of persoon", None))
        self.auditSupplierLabel.setText(QCoreApplication.translate("MonitoringPage", u"&Leverancier", None))
        self.findingsLabel.setText(QCoreApplication.translate("MonitoringPage", u"&Bevindingen", None))
        self.auditError.setText("")
        self.addAuditButton.setText(QCoreApplication.translate("MonitoringPage", u"Audit &vastleggen", None))
        self.actionsGroup.setTitle(QCoreApplication.translate("MonitoringPage", u"Corrigerende maatregelen", None))
        ___qtablewidgetitem13 = self.actionsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("MonitoringPage", u"Maatregel", None))
        ___qtablewidgetitem14 = self.actionsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("MonitoringPage", u"Eigenaar", None))
        ___qtablewidgetitem15 = self.actionsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("MonitoringPage", u"Uiterlijk", None))
        ___qtablewidgetitem16 = self.actionsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem16.setText(QCoreApplication.translate("MonitoringPage", u"Status", None))
        ___qtablewidgetitem17 = self.actionsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem17.setText(QCoreApplication.translate("MonitoringPage", u"Bewijs", None))
        ___qtablewidgetitem18 = self.actionsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem18.setText(QCoreApplication.translate("MonitoringPage", u"Afgerond op", None))
        self.actionDescriptionLabel.setText(QCoreApplication.translate("MonitoringPage", u"&Maatregel", None))
        self.actionOwnerLabel.setText(QCoreApplication.translate("MonitoringPage", u"&Eigenaar", None))
        self.actionOwnerEdit.setPlaceholderText(QCoreApplication.translate("MonitoringPage", u"Wie voert de maatregel uit", None))
        self.actionDueLabel.setText(QCoreApplication.translate("MonitoringPage", u"&Uiterlijk", None))
        self.actionDueDate.setDisplayFormat(QCoreApplication.translate("MonitoringPage", u"dd-MM-yyyy", None))
        self.addActionButton.setText(QCoreApplication.translate("MonitoringPage", u"Maatregel &toevoegen", None))
        self.selectedActionLabel.setText("")
        self.actionStatusLabel.setText(QCoreApplication.translate("MonitoringPage", u"S&tatus", None))
        self.evidenceLabel.setText(QCoreApplication.translate("MonitoringPage", u"Be&wijs", None))
        self.evidenceEdit.setPlaceholderText(QCoreApplication.translate("MonitoringPage", u"Waaruit blijkt dat de maatregel is uitgevoerd", None))
        self.saveStatusButton.setText(QCoreApplication.translate("MonitoringPage", u"Status vast&leggen", None))
        self.actionError.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.auditsTab), QCoreApplication.translate("MonitoringPage", u"&Audits en maatregelen", None))
        self.escalationHint.setText(QCoreApplication.translate("MonitoringPage", u"Escaleer proportioneel: dialoog, extern advies of onderzoek, ingebrekestelling, boete, ontbinding. Elke stap krijgt een datum en een reden.", None))
        self.ladderGroup.setTitle(QCoreApplication.translate("MonitoringPage", u"Escalatieladder", None))
        self.ladderLabel.setText("")
        self.proposalLabel.setText("")
        ___qtablewidgetitem19 = self.escalationsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem19.setText(QCoreApplication.translate("MonitoringPage", u"Stap", None))
        ___qtablewidgetitem20 = self.escalationsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem20.setText(QCoreApplication.translate("MonitoringPage", u"Datum", None))
        ___qtablewidgetitem21 = self.escalationsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem21.setText(QCoreApplication.translate("MonitoringPage", u"Reden", None))
        ___qtablewidgetitem22 = self.escalationsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem22.setText(QCoreApplication.translate("MonitoringPage", u"Reden om een stap over te slaan", None))
        self.escalationGroup.setTitle(QCoreApplication.translate("MonitoringPage", u"Stap vastleggen", None))
        self.stepLabel.setText(QCoreApplication.translate("MonitoringPage", u"&Stap", None))
        self.stepDateLabel.setText(QCoreApplication.translate("MonitoringPage", u"&Datum", None))
        self.stepDate.setDisplayFormat(QCoreApplication.translate("MonitoringPage", u"dd-MM-yyyy", None))
        self.stepReasonLabel.setText(QCoreApplication.translate("MonitoringPage", u"&Reden", None))
        self.skipReasonLabel.setText(QCoreApplication.translate("MonitoringPage", u"&Waarom slaat u een stap over?", None))
        self.escalationError.setText("")
        self.escalateButton.setText(QCoreApplication.translate("MonitoringPage", u"Stap &vastleggen", None))
        self.tabs.setTabText(self.tabs.indexOf(self.escalationTab), QCoreApplication.translate("MonitoringPage", u"&Escalatie", None))
        self.traceHint.setText(QCoreApplication.translate("MonitoringPage", u"Leg per geleverd product vast welk merk en model het is, waar het is gemaakt en waar de kritieke grondstoffen vandaan komen. Een signaal over een merk of fabriek vindt deze gegevens terug.", None))
        ___qtablewidgetitem23 = self.productsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem23.setText(QCoreApplication.translate("MonitoringPage", u"Product", None))
        ___qtablewidgetitem24 = self.productsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem24.setText(QCoreApplication.translate("MonitoringPage", u"Merk", None))
        ___qtablewidgetitem25 = self.productsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem25.setText(QCoreApplication.translate("MonitoringPage", u"Model", None))
        ___qtablewidgetitem26 = self.productsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem26.setText(QCoreApplication.translate("MonitoringPage", u"Productielocatie", None))
        ___qtablewidgetitem27 = self.productsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem27.setText(QCoreApplication.translate("MonitoringPage", u"Land", None))
        ___qtablewidgetitem28 = self.productsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem28.setText(QCoreApplication.translate("MonitoringPage", u"Componenten en herkomst", None))
        ___qtablewidgetitem29 = self.productsTable.horizontalHeaderItem(6)
        ___qtablewidgetitem29.setText(QCoreApplication.translate("MonitoringPage", u"Open Supply Hub-id", None))
        self.removeProductButton.setText(QCoreApplication.translate("MonitoringPage", u"Product &verwijderen", None))
        self.productGroup.setTitle(QCoreApplication.translate("MonitoringPage", u"Geleverd product toevoegen", None))
        self.productLabel.setText(QCoreApplication.translate("MonitoringPage", u"&Product", None))
        self.productEdit.setPlaceholderText(QCoreApplication.translate("MonitoringPage", u"Bijvoorbeeld zonnepaneel 400 Wp", None))
        self.productSupplierLabel.setText(QCoreApplication.translate("MonitoringPage", u"&Leverancier", None))
        self.brandLabel.setText(QCoreApplication.translate("MonitoringPage", u"&Merk", None))
        self.modelLabel.setText(QCoreApplication.translate("MonitoringPage", u"M&odel", None))
        self.siteNameLabel.setText(QCoreApplication.translate("MonitoringPage", u"Productie&locatie", None))
        self.siteNameEdit.setPlaceholderText(QCoreApplication.translate("MonitoringPage", u"Naam van de fabriek", None))
        self.siteCountryLabel.setText(QCoreApplication.translate("MonitoringPage", u"La&nd (ISO-code)", None))
        self.siteCountryEdit.setPlaceholderText(QCoreApplication.translate("MonitoringPage", u"CN", None))
        self.siteAddressLabel.setText(QCoreApplication.translate("MonitoringPage", u"Ad&res", None))
        self.hubLabel.setText(QCoreApplication.translate("MonitoringPage", u"Open Supply &Hub-id", None))
        self.hubEdit.setPlaceholderText(QCoreApplication.translate("MonitoringPage", u"bijvoorbeeld CN2019123ABC45", None))
        self.componentsLabel.setText(QCoreApplication.translate("MonitoringPage", u"&Kritieke componenten", None))
        ___qtablewidgetitem30 = self.componentsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem30.setText(QCoreApplication.translate("MonitoringPage", u"Component", None))
        ___qtablewidgetitem31 = self.componentsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem31.setText(QCoreApplication.translate("MonitoringPage", u"Land van herkomst (ISO-code)", None))
        self.addComponentRowButton.setText(QCoreApplication.translate("MonitoringPage", u"Rij toe&voegen", None))
        self.productError.setText("")
        self.addProductButton.setText(QCoreApplication.translate("MonitoringPage", u"Product &toevoegen", None))
        self.tabs.setTabText(self.tabs.indexOf(self.traceTab), QCoreApplication.translate("MonitoringPage", u"&Herleidbaarheid", None))
        self.followupsHint.setText(QCoreApplication.translate("MonitoringPage", u"Signalen (persberichten, rapporten, uitspraken) legt u vast in het venster Signalen. Daar opent u een opvolging in elk dossier dat het signaal raakt.", None))
        ___qtablewidgetitem32 = self.followupsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem32.setText(QCoreApplication.translate("MonitoringPage", u"Geopend", None))
        ___qtablewidgetitem33 = self.followupsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem33.setText(QCoreApplication.translate("MonitoringPage", u"Signaaldatum", None))
        ___qtablewidgetitem34 = self.followupsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem34.setText(QCoreApplication.translate("MonitoringPage", u"Bron", None))
        ___qtablewidgetitem35 = self.followupsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem35.setText(QCoreApplication.translate("MonitoringPage", u"Signaal", None))
        ___qtablewidgetitem36 = self.followupsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem36.setText(QCoreApplication.translate("MonitoringPage", u"Notitie", None))
        ___qtablewidgetitem37 = self.followupsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem37.setText(QCoreApplication.translate("MonitoringPage", u"Afgesloten", None))
        self.closeFollowupGroup.setTitle(QCoreApplication.translate("MonitoringPage", u"Opvolging afsluiten", None))
        self.closeNoteLabel.setText(QCoreApplication.translate("MonitoringPage", u"&Wat is er gedaan?", None))
        self.followupError.setText("")
        self.closeFollowupButton.setText(QCoreApplication.translate("MonitoringPage", u"Opvolging &afsluiten", None))
        self.tabs.setTabText(self.tabs.indexOf(self.signalsTab), QCoreApplication.translate("MonitoringPage", u"Si&gnalen", None))
        self.chartIntro.setText(QCoreApplication.translate("MonitoringPage", u"Per contractjaar: de rapportages en het plan van aanpak, en de corrigerende maatregelen \u2014 op tijd, te laat of nog open.", None))
        self.chartSummary.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.chartTab), QCoreApplication.translate("MonitoringPage", u"Over&zicht", None))
        pass
    # retranslateUi

