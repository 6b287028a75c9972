# generated from forms/mark_left_dialog.ui by desc_desktop.ui.compile_forms, do not edit
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_MarkLeftDialog(object):
    def setupUi(self, MarkLeftDialog):
        if not MarkLeftDialog.objectName():
            MarkLeftDialog.setObjectName(u"MarkLeftDialog")
        self.main_layout = QVBoxLayout(MarkLeftDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro = QLabel(MarkLeftDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.leaving_date_label = QLabel(MarkLeftDialog)
        self.leaving_date_label.setObjectName(u"leaving_date_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.leaving_date_label)

        self.leaving_date = QLineEdit(MarkLeftDialog)
        self.leaving_date.setObjectName(u"leaving_date")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.leaving_date)


        self.main_layout.addLayout(self.form)

        self.problems = QLabel(MarkLeftDialog)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.problems)

        self.buttons = QDialogButtonBox(MarkLeftDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.leaving_date_label.setBuddy(self.leaving_date)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MarkLeftDialog)

        QMetaObject.connectSlotsByName(MarkLeftDialog)
    # setupUi

    def retranslateUi(self, MarkLeftDialog):
        MarkLeftDialog.setWindowTitle(QCoreApplication.translate("MarkLeftDialog", u"Mark as left", None))
        self.leaving_date_label.setText(QCoreApplication.translate("MarkLeftDialog", u"&Leaving date", None))
        self.leaving_date.setPlaceholderText(QCoreApplication.translate("MarkLeftDialog", u"dd/mm/yyyy", None))
    # retranslateUi
