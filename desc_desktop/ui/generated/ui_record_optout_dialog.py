# generated from forms/record_optout_dialog.ui by desc_desktop.ui.compile_forms, do not edit
# -*- coding: utf-8 -*-

################################################################################
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QSizePolicy, QVBoxLayout, QWidget)

from desc_desktop.ui.optout_fields import OptOutFields

class Ui_RecordOptOutDialog(object):
    def setupUi(self, RecordOptOutDialog):
        if not RecordOptOutDialog.objectName():
            RecordOptOutDialog.setObjectName(u"RecordOptOutDialog")
        RecordOptOutDialog.setMinimumSize(QSize(640, 0))
        self.main_layout = QVBoxLayout(RecordOptOutDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro = QLabel(RecordOptOutDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.intro)

        self.fields = OptOutFields(RecordOptOutDialog)
        self.fields.setObjectName(u"fields")

        self.main_layout.addWidget(self.fields)

        self.buttons = QDialogButtonBox(RecordOptOutDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)


        self.retranslateUi(RecordOptOutDialog)

        QMetaObject.connectSlotsByName(RecordOptOutDialog)
    # setupUi

    def retranslateUi(self, RecordOptOutDialog):
        RecordOptOutDialog.setWindowTitle(QCoreApplication.translate("RecordOptOutDialog", u"Record opt-out", None))
    # retranslateUi
