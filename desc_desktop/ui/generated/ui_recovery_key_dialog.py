# generated from forms/recovery_key_dialog.ui by desc_desktop.ui.compile_forms, do not edit
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_RecoveryKeyDialog(object):
    def setupUi(self, RecoveryKeyDialog):
        if not RecoveryKeyDialog.objectName():
            RecoveryKeyDialog.setObjectName(u"RecoveryKeyDialog")
        self.main_layout = QVBoxLayout(RecoveryKeyDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro = QLabel(RecoveryKeyDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.key = QLabel(RecoveryKeyDialog)
        self.key.setObjectName(u"key")
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.key)

        self.put_away = QCheckBox(RecoveryKeyDialog)
        self.put_away.setObjectName(u"put_away")

        self.main_layout.addWidget(self.put_away)

        self.buttons_row = QHBoxLayout()
        self.buttons_row.setObjectName(u"buttons_row")
        self.print = QPushButton(RecoveryKeyDialog)
        self.print.setObjectName(u"print")
        self.print.setAutoDefault(False)

        self.buttons_row.addWidget(self.print)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_row.addItem(self.buttons_spacer)

        self.done = QPushButton(RecoveryKeyDialog)
        self.done.setObjectName(u"done")
        self.done.setEnabled(False)

        self.buttons_row.addWidget(self.done)


        self.main_layout.addLayout(self.buttons_row)


        self.retranslateUi(RecoveryKeyDialog)

        self.done.setDefault(True)


        QMetaObject.connectSlotsByName(RecoveryKeyDialog)
    # setupUi

    def retranslateUi(self, RecoveryKeyDialog):
        RecoveryKeyDialog.setWindowTitle(QCoreApplication.translate("RecoveryKeyDialog", u"Your recovery key", None))
        self.intro.setText(QCoreApplication.translate("RecoveryKeyDialog", u"The register is now encrypted. If every password is forgotten, this recovery key is the only way to open it and set a new administrator password. It is shown once, now: print it or write it down, and lock it away apart from this computer and its backups.", None))
        self.key.setStyleSheet(QCoreApplication.translate("RecoveryKeyDialog", u"font-family: monospace; font-size: 15pt; padding: 12px; border: 1px solid #999;", None))
#if QT_CONFIG(accessibility)
        self.key.setAccessibleName(QCoreApplication.translate("RecoveryKeyDialog", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.put_away.setText(QCoreApplication.translate("RecoveryKeyDialog", u"I have printed or written down the recovery key and will &lock it away", None))
        self.print.setText(QCoreApplication.translate("RecoveryKeyDialog", u"&Print\u2026", None))
        self.done.setText(QCoreApplication.translate("RecoveryKeyDialog", u"I have put it &away", None))
    # retranslateUi
