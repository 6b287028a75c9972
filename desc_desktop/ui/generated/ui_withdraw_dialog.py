# generated from forms/withdraw_dialog.ui by desc_desktop.ui.compile_forms, do not edit
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
    QDialogButtonBox, QFormLayout, QGridLayout, QLabel,
    QLineEdit, QRadioButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_WithdrawDialog(object):
    def setupUi(self, WithdrawDialog):
        if not WithdrawDialog.objectName():
            WithdrawDialog.setObjectName(u"WithdrawDialog")
        WithdrawDialog.setMinimumSize(QSize(560, 0))
        self.main_layout = QVBoxLayout(WithdrawDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro = QLabel(WithdrawDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.on_label = QLabel(WithdrawDialog)
        self.on_label.setObjectName(u"on_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.on_label)

        self.on = QLineEdit(WithdrawDialog)
        self.on.setObjectName(u"on")
        self.on.setMaximumSize(QSize(120, 16777215))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.on)

        self.by_label = QLabel(WithdrawDialog)
        self.by_label.setObjectName(u"by_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.by_label)

        self.by_grid = QGridLayout()
        self.by_grid.setObjectName(u"by_grid")
        self.by_parent = QRadioButton(WithdrawDialog)
        self.by_parent.setObjectName(u"by_parent")
        self.by_parent.setChecked(True)

        self.by_grid.addWidget(self.by_parent, 0, 0, 1, 1)

        self.carer = QComboBox(WithdrawDialog)
        self.carer.setObjectName(u"carer")
        self.carer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.by_grid.addWidget(self.carer, 0, 1, 1, 1)

        self.by_pupil = QRadioButton(WithdrawDialog)
        self.by_pupil.setObjectName(u"by_pupil")

        self.by_grid.addWidget(self.by_pupil, 1, 0, 1, 1)

        self.by_reason = QLabel(WithdrawDialog)
        self.by_reason.setObjectName(u"by_reason")
        self.by_reason.setWordWrap(True)
        self.by_reason.setTextFormat(Qt.TextFormat.PlainText)

        self.by_grid.addWidget(self.by_reason, 2, 0, 1, 2)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.by_grid)

        self.notes_label = QLabel(WithdrawDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QLineEdit(WithdrawDialog)
        self.notes.setObjectName(u"notes")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.notes)


        self.main_layout.addLayout(self.form)

        self.problems = QLabel(WithdrawDialog)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.problems)

        self.buttons = QDialogButtonBox(WithdrawDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.on_label.setBuddy(self.on)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WithdrawDialog)

        QMetaObject.connectSlotsByName(WithdrawDialog)
    # setupUi

    def retranslateUi(self, WithdrawDialog):
        WithdrawDialog.setWindowTitle(QCoreApplication.translate("WithdrawDialog", u"Withdraw opt-out", None))
        self.on_label.setText(QCoreApplication.translate("WithdrawDialog", u"&Date of withdrawal", None))
        self.on.setPlaceholderText(QCoreApplication.translate("WithdrawDialog", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.on.setAccessibleName(QCoreApplication.translate("WithdrawDialog", u"Date the withdrawal was asked for", None))
#endif // QT_CONFIG(accessibility)
        self.by_label.setText(QCoreApplication.translate("WithdrawDialog", u"Asked for by", None))
        self.by_parent.setText(QCoreApplication.translate("WithdrawDialog", u"Parent/&carer", None))
#if QT_CONFIG(accessibility)
        self.carer.setAccessibleName(QCoreApplication.translate("WithdrawDialog", u"Which parent/carer", None))
#endif // QT_CONFIG(accessibility)
        self.by_pupil.setText(QCoreApplication.translate("WithdrawDialog", u"The &pupil (16 or over)", None))
        self.notes_label.setText(QCoreApplication.translate("WithdrawDialog", u"&Notes", None))
        self.notes.setPlaceholderText(QCoreApplication.translate("WithdrawDialog", u"optional, e.g. phoned: happy for details to be shared", None))
    # retranslateUi
