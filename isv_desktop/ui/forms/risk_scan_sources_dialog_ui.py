# Generated from forms/ by `make forms` (pyside6-uic). Do not edit.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QSizePolicy, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_RiskScanSourcesDialog(object):
    def setupUi(self, RiskScanSourcesDialog):
        if not RiskScanSourcesDialog.objectName():
            RiskScanSourcesDialog.setObjectName(u"RiskScanSourcesDialog")
        RiskScanSourcesDialog.resize(760, 560)
        self.dialogLayout = QVBoxLayout(RiskScanSourcesDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(RiskScanSourcesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.sourcesView = QTextBrowser(RiskScanSourcesDialog)
        self.sourcesView.setObjectName(u"sourcesView")
        self.sourcesView.setOpenLinks(False)

        self.dialogLayout.addWidget(self.sourcesView)

        self.buttonBox = QDialogButtonBox(RiskScanSourcesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(RiskScanSourcesDialog)

        QMetaObject.connectSlotsByName(RiskScanSourcesDialog)
    # setupUi

    def retranslateUi(self, RiskScanSourcesDialog):
        RiskScanSourcesDialog.setWindowTitle(QCoreApplication.translate("RiskScanSourcesDialog", u"Over de brongegevens", None))
        self.introLabel.setText(QCoreApplication.translate("RiskScanSourcesDialog", u"De risicoscan werkt met deze bronnen. Een scan bewaart de editie van elke bron die hij gebruikte, zodat u later kunt laten zien wat er bekend was toen de aanbesteding de deur uit ging.", None))
#if QT_CONFIG(accessibility)
        self.sourcesView.setAccessibleName(QCoreApplication.translate("RiskScanSourcesDialog", u"Bronnen", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

