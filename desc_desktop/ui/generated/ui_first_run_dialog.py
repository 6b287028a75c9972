# generated from forms/first_run_dialog.ui by desc_desktop.ui.compile_forms, do not edit
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
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from desc_desktop.ui.school_form import SchoolDetailsForm

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        self.main_layout = QVBoxLayout(FirstRunDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.admin_box = QGroupBox(FirstRunDialog)
        self.admin_box.setObjectName(u"admin_box")
        self.admin_fields = QFormLayout(self.admin_box)
        self.admin_fields.setObjectName(u"admin_fields")
        self.admin_intro = QLabel(self.admin_box)
        self.admin_intro.setObjectName(u"admin_intro")
        self.admin_intro.setWordWrap(True)

        self.admin_fields.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.admin_intro)

        self.admin_name_label = QLabel(self.admin_box)
        self.admin_name_label.setObjectName(u"admin_name_label")

        self.admin_fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.admin_name_label)

        self.admin_name = QLineEdit(self.admin_box)
        self.admin_name.setObjectName(u"admin_name")

        self.admin_fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.admin_name)

        self.password_label = QLabel(self.admin_box)
        self.password_label.setObjectName(u"password_label")

        self.admin_fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(self.admin_box)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.admin_fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password)

        self.confirm_label = QLabel(self.admin_box)
        self.confirm_label.setObjectName(u"confirm_label")

        self.admin_fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirm_label)

        self.confirm = QLineEdit(self.admin_box)
        self.confirm.setObjectName(u"confirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)

        self.admin_fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirm)

        self.rule = QLabel(self.admin_box)
        self.rule.setObjectName(u"rule")
        self.rule.setWordWrap(True)

        self.admin_fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.rule)


        self.main_layout.addWidget(self.admin_box)

        self.intro = QLabel(FirstRunDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.problems = QLabel(FirstRunDialog)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.problems)

        self.school = SchoolDetailsForm(FirstRunDialog)
        self.school.setObjectName(u"school")

        self.main_layout.addWidget(self.school)

        self.buttons_row = QHBoxLayout()
        self.buttons_row.setObjectName(u"buttons_row")
        self.use_demo = QPushButton(FirstRunDialog)
        self.use_demo.setObjectName(u"use_demo")

        self.buttons_row.addWidget(self.use_demo)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_row.addItem(self.buttons_spacer)

        self.buttons = QDialogButtonBox(FirstRunDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttons_row.addWidget(self.buttons)


        self.main_layout.addLayout(self.buttons_row)

#if QT_CONFIG(shortcut)
        self.admin_name_label.setBuddy(self.admin_name)
        self.password_label.setBuddy(self.password)
        self.confirm_label.setBuddy(self.confirm)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunDialog)

        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Welcome to DESC Desktop", None))
        self.admin_box.setTitle(QCoreApplication.translate("FirstRunDialog", u"The administrator", None))
        self.admin_intro.setText(QCoreApplication.translate("FirstRunDialog", u"The register will be encrypted. You will log in with this name and password, and can add accounts for the rest of the office under Admin \u203a Staff.", None))
        self.admin_name_label.setText(QCoreApplication.translate("FirstRunDialog", u"Yo&ur name", None))
#if QT_CONFIG(accessibility)
        self.admin_name.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Administrator's name", None))
#endif // QT_CONFIG(accessibility)
        self.password_label.setText(QCoreApplication.translate("FirstRunDialog", u"Pa&ssword", None))
#if QT_CONFIG(accessibility)
        self.password.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.confirm_label.setText(QCoreApplication.translate("FirstRunDialog", u"The same a&gain", None))
#if QT_CONFIG(accessibility)
        self.confirm.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Password again", None))
#endif // QT_CONFIG(accessibility)
        self.rule.setStyleSheet(QCoreApplication.translate("FirstRunDialog", u"color: palette(mid);", None))
        self.intro.setText(QCoreApplication.translate("FirstRunDialog", u"Tell us about your school. These details head every letter to parents and carers; you can change them later under Admin.", None))
        self.use_demo.setText(QCoreApplication.translate("FirstRunDialog", u"Try the demo s&chool instead", None))
#if QT_CONFIG(tooltip)
        self.use_demo.setToolTip(QCoreApplication.translate("FirstRunDialog", u"Opens a fictional school in its own file; nothing is added to your real register.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
