# generated from forms/staff_panel.ui by desc_desktop.ui.compile_forms, do not edit
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTableView, QVBoxLayout, QWidget)

class Ui_StaffPanel(object):
    def setupUi(self, StaffPanel):
        if not StaffPanel.objectName():
            StaffPanel.setObjectName(u"StaffPanel")
        self.main_layout = QVBoxLayout(StaffPanel)
        self.main_layout.setObjectName(u"main_layout")
        self.intro = QLabel(StaffPanel)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.table = QTableView(StaffPanel)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.main_layout.addWidget(self.table)

        self.account_buttons = QHBoxLayout()
        self.account_buttons.setObjectName(u"account_buttons")
        self.add = QPushButton(StaffPanel)
        self.add.setObjectName(u"add")

        self.account_buttons.addWidget(self.add)

        self.reset = QPushButton(StaffPanel)
        self.reset.setObjectName(u"reset")

        self.account_buttons.addWidget(self.reset)

        self.remove = QPushButton(StaffPanel)
        self.remove.setObjectName(u"remove")

        self.account_buttons.addWidget(self.remove)

        self.account_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.account_buttons.addItem(self.account_spacer)

        self.change_own = QPushButton(StaffPanel)
        self.change_own.setObjectName(u"change_own")

        self.account_buttons.addWidget(self.change_own)


        self.main_layout.addLayout(self.account_buttons)

        self.lock_row = QHBoxLayout()
        self.lock_row.setObjectName(u"lock_row")
        self.lock_label = QLabel(StaffPanel)
        self.lock_label.setObjectName(u"lock_label")

        self.lock_row.addWidget(self.lock_label)

        self.lock_minutes = QSpinBox(StaffPanel)
        self.lock_minutes.setObjectName(u"lock_minutes")
        self.lock_minutes.setMinimum(1)
        self.lock_minutes.setMaximum(120)
        self.lock_minutes.setValue(10)

        self.lock_row.addWidget(self.lock_minutes)

        self.save_lock = QPushButton(StaffPanel)
        self.save_lock.setObjectName(u"save_lock")

        self.lock_row.addWidget(self.save_lock)

        self.lock_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lock_row.addItem(self.lock_spacer)


        self.main_layout.addLayout(self.lock_row)

#if QT_CONFIG(shortcut)
        self.lock_label.setBuddy(self.lock_minutes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StaffPanel)

        QMetaObject.connectSlotsByName(StaffPanel)
    # setupUi

    def retranslateUi(self, StaffPanel):
        self.intro.setText(QCoreApplication.translate("StaffPanel", u"Each member of staff logs in with their own name and password, so the audit trail says who did what. Office accounts do the everyday work; administrators also change settings, templates and staff accounts, delete records and restore backups.", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("StaffPanel", u"Staff accounts", None))
#endif // QT_CONFIG(accessibility)
        self.add.setText(QCoreApplication.translate("StaffPanel", u"A&dd account\u2026", None))
        self.reset.setText(QCoreApplication.translate("StaffPanel", u"Set new pass&word\u2026", None))
        self.remove.setText(QCoreApplication.translate("StaffPanel", u"Re&move account", None))
        self.change_own.setText(QCoreApplication.translate("StaffPanel", u"Change m&y password\u2026", None))
        self.lock_label.setText(QCoreApplication.translate("StaffPanel", u"&Lock the app after", None))
        self.lock_minutes.setSuffix(QCoreApplication.translate("StaffPanel", u" minutes without use", None))
#if QT_CONFIG(accessibility)
        self.lock_minutes.setAccessibleName(QCoreApplication.translate("StaffPanel", u"Minutes without use before the app locks", None))
#endif // QT_CONFIG(accessibility)
        self.save_lock.setText(QCoreApplication.translate("StaffPanel", u"Sa&ve", None))
        pass
    # retranslateUi
