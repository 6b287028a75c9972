# generated from forms/reprint_dialog.ui by desc_desktop.ui.compile_forms, do not edit
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ReprintDialog(object):
    def setupUi(self, ReprintDialog):
        if not ReprintDialog.objectName():
            ReprintDialog.setObjectName(u"ReprintDialog")
        ReprintDialog.setMinimumSize(QSize(560, 0))
        self.main_layout = QVBoxLayout(ReprintDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.letter = QLabel(ReprintDialog)
        self.letter.setObjectName(u"letter")
        self.letter.setWordWrap(True)
        self.letter.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.letter)

        self.dates_form = QFormLayout()
        self.dates_form.setObjectName(u"dates_form")
        self.issue_date_label = QLabel(ReprintDialog)
        self.issue_date_label.setObjectName(u"issue_date_label")

        self.dates_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.issue_date_label)

        self.issue_date_row = QHBoxLayout()
        self.issue_date_row.setObjectName(u"issue_date_row")
        self.issue_date = QLineEdit(ReprintDialog)
        self.issue_date.setObjectName(u"issue_date")
        self.issue_date.setMinimumSize(QSize(100, 0))
        self.issue_date.setMaximumSize(QSize(120, 16777215))

        self.issue_date_row.addWidget(self.issue_date)

        self.issue_date_hint = QLabel(ReprintDialog)
        self.issue_date_hint.setObjectName(u"issue_date_hint")

        self.issue_date_row.addWidget(self.issue_date_hint)

        self.issue_date_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.issue_date_row.addItem(self.issue_date_spacer)


        self.dates_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.issue_date_row)

        self.delivery_label = QLabel(ReprintDialog)
        self.delivery_label.setObjectName(u"delivery_label")

        self.dates_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.delivery_label)

        self.delivery = QComboBox(ReprintDialog)
        self.delivery.setObjectName(u"delivery")
        self.delivery.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.dates_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.delivery)

        self.received_label = QLabel(ReprintDialog)
        self.received_label.setObjectName(u"received_label")

        self.dates_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.received_label)

        self.received_row = QHBoxLayout()
        self.received_row.setObjectName(u"received_row")
        self.received = QLineEdit(ReprintDialog)
        self.received.setObjectName(u"received")
        self.received.setMinimumSize(QSize(100, 0))
        self.received.setMaximumSize(QSize(120, 16777215))

        self.received_row.addWidget(self.received)

        self.received_hint = QLabel(ReprintDialog)
        self.received_hint.setObjectName(u"received_hint")
        self.received_hint.setTextFormat(Qt.TextFormat.PlainText)

        self.received_row.addWidget(self.received_hint)

        self.received_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.received_row.addItem(self.received_spacer)


        self.dates_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.received_row)

        self.dates_label = QLabel(ReprintDialog)
        self.dates_label.setObjectName(u"dates_label")

        self.dates_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dates_label)

        self.dates = QLabel(ReprintDialog)
        self.dates.setObjectName(u"dates")
        self.dates.setTextFormat(Qt.TextFormat.PlainText)

        self.dates_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dates)


        self.main_layout.addLayout(self.dates_form)

        self.dates_problem = QLabel(ReprintDialog)
        self.dates_problem.setObjectName(u"dates_problem")
        self.dates_problem.setWordWrap(True)
        self.dates_problem.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.dates_problem)

        self.note = QLabel(ReprintDialog)
        self.note.setObjectName(u"note")
        self.note.setWordWrap(True)

        self.main_layout.addWidget(self.note)

        self.buttons = QDialogButtonBox(ReprintDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.issue_date_label.setBuddy(self.issue_date)
        self.delivery_label.setBuddy(self.delivery)
        self.received_label.setBuddy(self.received)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.issue_date, self.delivery)
        QWidget.setTabOrder(self.delivery, self.received)

        self.retranslateUi(ReprintDialog)

        QMetaObject.connectSlotsByName(ReprintDialog)
    # setupUi

    def retranslateUi(self, ReprintDialog):
        ReprintDialog.setWindowTitle(QCoreApplication.translate("ReprintDialog", u"Reprint a lost letter", None))
#if QT_CONFIG(accessibility)
        self.letter.setAccessibleName(QCoreApplication.translate("ReprintDialog", u"The lost letter", None))
#endif // QT_CONFIG(accessibility)
        self.issue_date_label.setText(QCoreApplication.translate("ReprintDialog", u"Issue &date", None))
        self.issue_date.setPlaceholderText(QCoreApplication.translate("ReprintDialog", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.issue_date.setAccessibleName(QCoreApplication.translate("ReprintDialog", u"Issue date of the reprint", None))
#endif // QT_CONFIG(accessibility)
        self.issue_date_hint.setText(QCoreApplication.translate("ReprintDialog", u"the date printed on the reprint", None))
        self.delivery_label.setText(QCoreApplication.translate("ReprintDialog", u"Deli&very", None))
        self.received_label.setText(QCoreApplication.translate("ReprintDialog", u"&Received", None))
#if QT_CONFIG(accessibility)
        self.received.setAccessibleName(QCoreApplication.translate("ReprintDialog", u"Date received", None))
#endif // QT_CONFIG(accessibility)
        self.dates_label.setText(QCoreApplication.translate("ReprintDialog", u"Reply-by date", None))
#if QT_CONFIG(accessibility)
        self.dates.setAccessibleName(QCoreApplication.translate("ReprintDialog", u"Reply-by date of the reprint", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dates_problem.setAccessibleName(QCoreApplication.translate("ReprintDialog", u"What to fix in the dates", None))
#endif // QT_CONFIG(accessibility)
        self.note.setText(QCoreApplication.translate("ReprintDialog", u"Nothing is recorded until the reprint is made, printed and marked as sent. The lost letter stays recorded as it was.", None))
    # retranslateUi
