# generated from forms/backups_panel.ui by desc_desktop.ui.compile_forms, do not edit
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_BackupsPanel(object):
    def setupUi(self, BackupsPanel):
        if not BackupsPanel.objectName():
            BackupsPanel.setObjectName(u"BackupsPanel")
        self.backups_layout = QVBoxLayout(BackupsPanel)
        self.backups_layout.setObjectName(u"backups_layout")
        self.last_backup = QLabel(BackupsPanel)
        self.last_backup.setObjectName(u"last_backup")
        self.last_backup.setWordWrap(True)
        self.last_backup.setTextFormat(Qt.TextFormat.PlainText)

        self.backups_layout.addWidget(self.last_backup)

        self.problem = QLabel(BackupsPanel)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)

        self.backups_layout.addWidget(self.problem)

        self.make_row = QHBoxLayout()
        self.make_row.setObjectName(u"make_row")
        self.back_up_now = QPushButton(BackupsPanel)
        self.back_up_now.setObjectName(u"back_up_now")

        self.make_row.addWidget(self.back_up_now)

        self.back_up_to = QPushButton(BackupsPanel)
        self.back_up_to.setObjectName(u"back_up_to")

        self.make_row.addWidget(self.back_up_to)

        self.make_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.make_row.addItem(self.make_spacer)

        self.restore = QPushButton(BackupsPanel)
        self.restore.setObjectName(u"restore")

        self.make_row.addWidget(self.restore)


        self.backups_layout.addLayout(self.make_row)

        self.automatic_box = QGroupBox(BackupsPanel)
        self.automatic_box.setObjectName(u"automatic_box")
        self.automatic_layout = QVBoxLayout(self.automatic_box)
        self.automatic_layout.setObjectName(u"automatic_layout")
        self.automatic_hint = QLabel(self.automatic_box)
        self.automatic_hint.setObjectName(u"automatic_hint")
        self.automatic_hint.setWordWrap(True)
        self.automatic_hint.setTextFormat(Qt.TextFormat.PlainText)

        self.automatic_layout.addWidget(self.automatic_hint)

        self.automatic_table = QTableView(self.automatic_box)
        self.automatic_table.setObjectName(u"automatic_table")
        self.automatic_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.automatic_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.automatic_layout.addWidget(self.automatic_table)

        self.folder_row = QHBoxLayout()
        self.folder_row.setObjectName(u"folder_row")
        self.folder = QLabel(self.automatic_box)
        self.folder.setObjectName(u"folder")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.folder.sizePolicy().hasHeightForWidth())
        self.folder.setSizePolicy(sizePolicy)
        self.folder.setWordWrap(True)
        self.folder.setTextFormat(Qt.TextFormat.PlainText)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.folder_row.addWidget(self.folder)

        self.open_folder = QPushButton(self.automatic_box)
        self.open_folder.setObjectName(u"open_folder")

        self.folder_row.addWidget(self.open_folder)


        self.automatic_layout.addLayout(self.folder_row)


        self.backups_layout.addWidget(self.automatic_box)


        self.retranslateUi(BackupsPanel)

        QMetaObject.connectSlotsByName(BackupsPanel)
    # setupUi

    def retranslateUi(self, BackupsPanel):
        self.back_up_now.setText(QCoreApplication.translate("BackupsPanel", u"Back up &now", None))
#if QT_CONFIG(tooltip)
        self.back_up_now.setToolTip(QCoreApplication.translate("BackupsPanel", u"An automatic backup now, kept with the others in the backups folder.", None))
#endif // QT_CONFIG(tooltip)
        self.back_up_to.setText(QCoreApplication.translate("BackupsPanel", u"Back up &to\u2026", None))
#if QT_CONFIG(tooltip)
        self.back_up_to.setToolTip(QCoreApplication.translate("BackupsPanel", u"A backup in a file you choose, on a USB stick say. It holds personal data: keep it safe.", None))
#endif // QT_CONFIG(tooltip)
        self.restore.setText(QCoreApplication.translate("BackupsPanel", u"Rest&ore\u2026", None))
#if QT_CONFIG(tooltip)
        self.restore.setToolTip(QCoreApplication.translate("BackupsPanel", u"Replace the register with a backup, after checking it. The register as it is now is kept aside.", None))
#endif // QT_CONFIG(tooltip)
        self.automatic_box.setTitle(QCoreApplication.translate("BackupsPanel", u"Automatic backups", None))
        self.automatic_hint.setText(QCoreApplication.translate("BackupsPanel", u"Made when DESC Desktop closes, and once a day while it stays open, whenever something has changed. Kept: one a day for 7 days, one a week for 4 weeks, one a month for 12 months.", None))
#if QT_CONFIG(accessibility)
        self.automatic_table.setAccessibleName(QCoreApplication.translate("BackupsPanel", u"Automatic backups", None))
#endif // QT_CONFIG(accessibility)
        self.open_folder.setText(QCoreApplication.translate("BackupsPanel", u"Show the fo&lder", None))
        pass
    # retranslateUi
