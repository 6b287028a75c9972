# generated from forms/login_dialog.ui by desc_desktop.ui.compile_forms, do not edit
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog):
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.setMinimumSize(QSize(420, 0))
        self.main_layout = QVBoxLayout(LoginDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.heading = QLabel(LoginDialog)
        self.heading.setObjectName(u"heading")

        self.main_layout.addWidget(self.heading)

        self.intro = QLabel(LoginDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.demo_hint = QLabel(LoginDialog)
        self.demo_hint.setObjectName(u"demo_hint")
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setTextFormat(Qt.TextFormat.RichText)

        self.main_layout.addWidget(self.demo_hint)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.name_label = QLabel(LoginDialog)
        self.name_label.setObjectName(u"name_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(LoginDialog)
        self.name.setObjectName(u"name")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.password_label = QLabel(LoginDialog)
        self.password_label.setObjectName(u"password_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(LoginDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password)


        self.main_layout.addLayout(self.fields)

        self.problem = QLabel(LoginDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.problem)

        self.buttons_row = QHBoxLayout()
        self.buttons_row.setObjectName(u"buttons_row")
        self.forgotten = QPushButton(LoginDialog)
        self.forgotten.setObjectName(u"forgotten")
        self.forgotten.setAutoDefault(False)

        self.buttons_row.addWidget(self.forgotten)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_row.addItem(self.buttons_spacer)

        self.quit = QPushButton(LoginDialog)
        self.quit.setObjectName(u"quit")
        self.quit.setAutoDefault(False)

        self.buttons_row.addWidget(self.quit)

        self.log_in = QPushButton(LoginDialog)
        self.log_in.setObjectName(u"log_in")

        self.buttons_row.addWidget(self.log_in)


        self.main_layout.addLayout(self.buttons_row)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.password_label.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.password)
        QWidget.setTabOrder(self.password, self.log_in)

        self.retranslateUi(LoginDialog)

        self.log_in.setDefault(True)


        QMetaObject.connectSlotsByName(LoginDialog)
    # setupUi

    def retranslateUi(self, LoginDialog):
        LoginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"Log in to DESC Desktop", None))
        self.heading.setText(QCoreApplication.translate("LoginDialog", u"DESC Desktop", None))
        self.heading.setStyleSheet(QCoreApplication.translate("LoginDialog", u"font-size: 16pt; font-weight: 600;", None))
        self.intro.setText(QCoreApplication.translate("LoginDialog", u"The register holds children's personal data: log in with your own name and password.", None))
        self.demo_hint.setStyleSheet(QCoreApplication.translate("LoginDialog", u"background: #fff3cd; color: #5c4400; padding: 6px;", None))
        self.name_label.setText(QCoreApplication.translate("LoginDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("LoginDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.password_label.setText(QCoreApplication.translate("LoginDialog", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.password.setAccessibleName(QCoreApplication.translate("LoginDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.forgotten.setText(QCoreApplication.translate("LoginDialog", u"&Forgotten password\u2026", None))
#if QT_CONFIG(tooltip)
        self.forgotten.setToolTip(QCoreApplication.translate("LoginDialog", u"Use the recovery key printed when the register was set up to set a new administrator password.", None))
#endif // QT_CONFIG(tooltip)
        self.quit.setText(QCoreApplication.translate("LoginDialog", u"&Quit", None))
        self.log_in.setText(QCoreApplication.translate("LoginDialog", u"&Log in", None))
    # retranslateUi
