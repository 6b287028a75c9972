# generated from forms/export_confirm.ui by desc_desktop.ui.compile_forms, do not edit
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

class Ui_ExportConfirmDialog(object):
    def setupUi(self, ExportConfirmDialog):
        if not ExportConfirmDialog.objectName():
            ExportConfirmDialog.setObjectName(u"ExportConfirmDialog")
        ExportConfirmDialog.setMinimumSize(QSize(600, 0))
        self.main_layout = QVBoxLayout(ExportConfirmDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.heading = QLabel(ExportConfirmDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)

        self.main_layout.addWidget(self.heading)

        self.what = QLabel(ExportConfirmDialog)
        self.what.setObjectName(u"what")
        self.what.setWordWrap(True)
        self.what.setTextFormat(Qt.TextFormat.PlainText)
        self.what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.what)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.recipient_label = QLabel(ExportConfirmDialog)
        self.recipient_label.setObjectName(u"recipient_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recipient_label)

        self.recipient = QLineEdit(ExportConfirmDialog)
        self.recipient.setObjectName(u"recipient")
        self.recipient.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recipient)

        self.purpose_label = QLabel(ExportConfirmDialog)
        self.purpose_label.setObjectName(u"purpose_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.purpose_label)

        self.purpose = QLineEdit(ExportConfirmDialog)
        self.purpose.setObjectName(u"purpose")
        self.purpose.setMaxLength(200)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.purpose)


        self.main_layout.addLayout(self.form)

        self.problem = QLabel(ExportConfirmDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)

        self.main_layout.addWidget(self.problem)

        self.note = QLabel(ExportConfirmDialog)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.note)

        self.buttons = QDialogButtonBox(ExportConfirmDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.recipient_label.setBuddy(self.recipient)
        self.purpose_label.setBuddy(self.purpose)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.recipient, self.purpose)

        self.retranslateUi(ExportConfirmDialog)

        QMetaObject.connectSlotsByName(ExportConfirmDialog)
    # setupUi

    def retranslateUi(self, ExportConfirmDialog):
        ExportConfirmDialog.setWindowTitle(QCoreApplication.translate("ExportConfirmDialog", u"This file leaves the school", None))
#if QT_CONFIG(accessibility)
        self.what.setAccessibleName(QCoreApplication.translate("ExportConfirmDialog", u"What the file holds", None))
#endif // QT_CONFIG(accessibility)
        self.recipient_label.setText(QCoreApplication.translate("ExportConfirmDialog", u"&To whom", None))
        self.recipient.setPlaceholderText(QCoreApplication.translate("ExportConfirmDialog", u"e.g. Connexions Hertfordshire, PA team", None))
#if QT_CONFIG(accessibility)
        self.recipient.setAccessibleName(QCoreApplication.translate("ExportConfirmDialog", u"To whom the file goes", None))
#endif // QT_CONFIG(accessibility)
        self.purpose_label.setText(QCoreApplication.translate("ExportConfirmDialog", u"&Why", None))
        self.purpose.setPlaceholderText(QCoreApplication.translate("ExportConfirmDialog", u"e.g. their request by email of 27/11/2026", None))
#if QT_CONFIG(accessibility)
        self.purpose.setAccessibleName(QCoreApplication.translate("ExportConfirmDialog", u"Why the file goes", None))
#endif // QT_CONFIG(accessibility)
        self.note.setText(QCoreApplication.translate("ExportConfirmDialog", u"Next you choose where to save it. The disclosure log then records when, by whom, to whom and why, which pupils and fields, the file's name and its SHA-256.", None))
    # retranslateUi
