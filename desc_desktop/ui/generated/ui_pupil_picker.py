# generated from forms/pupil_picker.ui by desc_desktop.ui.compile_forms, do not edit
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_PupilPicker(object):
    def setupUi(self, PupilPicker):
        if not PupilPicker.objectName():
            PupilPicker.setObjectName(u"PupilPicker")
        self.main_layout = QVBoxLayout(PupilPicker)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.search_row = QHBoxLayout()
        self.search_row.setObjectName(u"search_row")
        self.search_label = QLabel(PupilPicker)
        self.search_label.setObjectName(u"search_label")

        self.search_row.addWidget(self.search_label)

        self.search = QLineEdit(PupilPicker)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.search_row.addWidget(self.search)

        self.only_ticked = QCheckBox(PupilPicker)
        self.only_ticked.setObjectName(u"only_ticked")

        self.search_row.addWidget(self.only_ticked)


        self.main_layout.addLayout(self.search_row)

        self.table = QTableView(PupilPicker)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.main_layout.addWidget(self.table)

        self.tick_row = QHBoxLayout()
        self.tick_row.setObjectName(u"tick_row")
        self.tick_shown = QPushButton(PupilPicker)
        self.tick_shown.setObjectName(u"tick_shown")

        self.tick_row.addWidget(self.tick_shown)

        self.untick_all = QPushButton(PupilPicker)
        self.untick_all.setObjectName(u"untick_all")

        self.tick_row.addWidget(self.untick_all)

        self.tick_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tick_row.addItem(self.tick_spacer)

        self.count = QLabel(PupilPicker)
        self.count.setObjectName(u"count")

        self.tick_row.addWidget(self.count)


        self.main_layout.addLayout(self.tick_row)

#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search, self.only_ticked)
        QWidget.setTabOrder(self.only_ticked, self.table)
        QWidget.setTabOrder(self.table, self.tick_shown)
        QWidget.setTabOrder(self.tick_shown, self.untick_all)

        self.retranslateUi(PupilPicker)

        QMetaObject.connectSlotsByName(PupilPicker)
    # setupUi

    def retranslateUi(self, PupilPicker):
        self.search_label.setText(QCoreApplication.translate("PupilPicker", u"Find &pupils", None))
        self.search.setPlaceholderText(QCoreApplication.translate("PupilPicker", u"name, form or UPN", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("PupilPicker", u"Find pupils to tick", None))
#endif // QT_CONFIG(accessibility)
        self.only_ticked.setText(QCoreApplication.translate("PupilPicker", u"Show only tic&ked", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("PupilPicker", u"Pupils on roll: tick the ones who get letters", None))
#endif // QT_CONFIG(accessibility)
        self.tick_shown.setText(QCoreApplication.translate("PupilPicker", u"Tick &all shown", None))
#if QT_CONFIG(tooltip)
        self.tick_shown.setToolTip(QCoreApplication.translate("PupilPicker", u"Tick every pupil the search shows.", None))
#endif // QT_CONFIG(tooltip)
        self.untick_all.setText(QCoreApplication.translate("PupilPicker", u"&Untick all", None))
#if QT_CONFIG(accessibility)
        self.count.setAccessibleName(QCoreApplication.translate("PupilPicker", u"Pupils ticked", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
