# generated from forms/recover_dialog.ui by desc_desktop.ui.compile_forms, do not edit
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

class Ui_RecoverDialog(object):
    def setupUi(self, RecoverDialog):
        if not RecoverDialog.objectName():
            RecoverDialog.setObjectName(u"RecoverDialog")
        RecoverDialog.setMinimumSize(QSize(460, 0))
        self.main_layout = QVBoxLayout(RecoverDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro = QLabel(RecoverDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.key_label = QLabel(RecoverDialog)
        self.key_label.setObjectName(u"key_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.key_label)

        self.recovery_key = QLineEdit(RecoverDialog)
        self.recovery_key.setObjectName(u"recovery_key")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recovery_key)

        self.name_label = QLabel(RecoverDialog)
        self.name_label.setObjectName(u"name_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(RecoverDialog)
        self.name.setObjectName(u"name")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name)

        self.password_label = QLabel(RecoverDialog)
        self.password_label.setObjectName(u"password_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(RecoverDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password)

        self.confirm_label = QLabel(RecoverDialog)
        self.confirm_label.setObjectName(u"confirm_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirm_label)

        self.confirm = QLineEdit(RecoverDialog)
        self.confirm.setObjectName(u"confirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirm)

        self.rule = QLabel(RecoverDialog)
        self.rule.setObjectName(u"rule")
        self.rule.setWordWrap(True)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.rule)


        self.main_layout.addLayout(self.fields)

        self.problem = QLabel(RecoverDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(RecoverDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.key_label.setBuddy(self.recovery_key)
        self.name_label.setBuddy(self.name)
        self.password_label.setBuddy(self.password)
        self.confirm_label.setBuddy(self.confirm)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RecoverDialog)

        QMetaObject.connectSlotsByName(RecoverDialog)
    # setupUi

    def retranslateUi(self, RecoverDialog):
        RecoverDialog.setWindowTitle(QCoreApplication.translate("RecoverDialog", u"Forgotten password", None))
        self.intro.setText(QCoreApplication.translate("RecoverDialog", u"Any member of staff's password can be reset by an administrator (Admin \u203a Staff). If no administrator can log in, type the recovery key printed when the register was set up: it sets a new password for the administrator you name (a name with no account becomes a new administrator).", None))
        self.key_label.setText(QCoreApplication.translate("RecoverDialog", u"&Recovery key", None))
        self.recovery_key.setPlaceholderText(QCoreApplication.translate("RecoverDialog", u"ABCDE-FGHIJ-\u2026", None))
#if QT_CONFIG(accessibility)
        self.recovery_key.setAccessibleName(QCoreApplication.translate("RecoverDialog", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.name_label.setText(QCoreApplication.translate("RecoverDialog", u"Administrator's &name", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("RecoverDialog", u"Administrator's name", None))
#endif // QT_CONFIG(accessibility)
        self.password_label.setText(QCoreApplication.translate("RecoverDialog", u"New &password", None))
#if QT_CONFIG(accessibility)
        self.password.setAccessibleName(QCoreApplication.translate("RecoverDialog", u"New password", None))
#endif // QT_CONFIG(accessibility)
        self.confirm_label.setText(QCoreApplication.translate("RecoverDialog", u"The same &again", None))
#if QT_CONFIG(accessibility)
        self.confirm.setAccessibleName(QCoreApplication.translate("RecoverDialog", u"New password again", None))
#endif // QT_CONFIG(accessibility)
        self.rule.setStyleSheet(QCoreApplication.translate("RecoverDialog", u"color: palette(mid);", None))
    # retranslateUi
