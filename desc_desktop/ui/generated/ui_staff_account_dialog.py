# generated from forms/staff_account_dialog.ui by desc_desktop.ui.compile_forms, do not edit
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_StaffAccountDialog(object):
    def setupUi(self, StaffAccountDialog):
        if not StaffAccountDialog.objectName():
            StaffAccountDialog.setObjectName(u"StaffAccountDialog")
        StaffAccountDialog.setMinimumSize(QSize(420, 0))
        self.main_layout = QVBoxLayout(StaffAccountDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro = QLabel(StaffAccountDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.current_label = QLabel(StaffAccountDialog)
        self.current_label.setObjectName(u"current_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.current_label)

        self.current = QLineEdit(StaffAccountDialog)
        self.current.setObjectName(u"current")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.current)

        self.name_label = QLabel(StaffAccountDialog)
        self.name_label.setObjectName(u"name_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(StaffAccountDialog)
        self.name.setObjectName(u"name")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name)

        self.role_label = QLabel(StaffAccountDialog)
        self.role_label.setObjectName(u"role_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role = QComboBox(StaffAccountDialog)
        self.role.setObjectName(u"role")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role)

        self.role_hint = QLabel(StaffAccountDialog)
        self.role_hint.setObjectName(u"role_hint")
        self.role_hint.setWordWrap(True)

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.role_hint)

        self.password_label = QLabel(StaffAccountDialog)
        self.password_label.setObjectName(u"password_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(StaffAccountDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.password)

        self.confirm_label = QLabel(StaffAccountDialog)
        self.confirm_label.setObjectName(u"confirm_label")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.confirm_label)

        self.confirm = QLineEdit(StaffAccountDialog)
        self.confirm.setObjectName(u"confirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.confirm)

        self.rule = QLabel(StaffAccountDialog)
        self.rule.setObjectName(u"rule")
        self.rule.setWordWrap(True)

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.rule)


        self.main_layout.addLayout(self.fields)

        self.problems = QLabel(StaffAccountDialog)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.problems)

        self.buttons = QDialogButtonBox(StaffAccountDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.current_label.setBuddy(self.current)
        self.name_label.setBuddy(self.name)
        self.role_label.setBuddy(self.role)
        self.password_label.setBuddy(self.password)
        self.confirm_label.setBuddy(self.confirm)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StaffAccountDialog)

        QMetaObject.connectSlotsByName(StaffAccountDialog)
    # setupUi

    def retranslateUi(self, StaffAccountDialog):
        StaffAccountDialog.setWindowTitle(QCoreApplication.translate("StaffAccountDialog", u"Staff account", None))
        self.current_label.setText(QCoreApplication.translate("StaffAccountDialog", u"C&urrent password", None))
#if QT_CONFIG(accessibility)
        self.current.setAccessibleName(QCoreApplication.translate("StaffAccountDialog", u"Current password", None))
#endif // QT_CONFIG(accessibility)
        self.name_label.setText(QCoreApplication.translate("StaffAccountDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("StaffAccountDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.role_label.setText(QCoreApplication.translate("StaffAccountDialog", u"&Role", None))
#if QT_CONFIG(accessibility)
        self.role.setAccessibleName(QCoreApplication.translate("StaffAccountDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.role_hint.setText(QCoreApplication.translate("StaffAccountDialog", u"Administrators also change settings, templates and staff accounts, delete records and restore backups.", None))
        self.role_hint.setStyleSheet(QCoreApplication.translate("StaffAccountDialog", u"color: palette(mid);", None))
        self.password_label.setText(QCoreApplication.translate("StaffAccountDialog", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.password.setAccessibleName(QCoreApplication.translate("StaffAccountDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.confirm_label.setText(QCoreApplication.translate("StaffAccountDialog", u"The same &again", None))
#if QT_CONFIG(accessibility)
        self.confirm.setAccessibleName(QCoreApplication.translate("StaffAccountDialog", u"Password again", None))
#endif // QT_CONFIG(accessibility)
        self.rule.setStyleSheet(QCoreApplication.translate("StaffAccountDialog", u"color: palette(mid);", None))
    # retranslateUi
