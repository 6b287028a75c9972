# generated from forms/optouts_page.ui by desc_desktop.ui.compile_forms, do not edit
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

from desc_desktop.ui.optout_fields import OptOutFields

class Ui_OptOutsPage(object):
    def setupUi(self, OptOutsPage):
        if not OptOutsPage.objectName():
            OptOutsPage.setObjectName(u"OptOutsPage")
        self.main_layout = QVBoxLayout(OptOutsPage)
        self.main_layout.setObjectName(u"main_layout")
        self.title = QLabel(OptOutsPage)
        self.title.setObjectName(u"title")

        self.main_layout.addWidget(self.title)

        self.splitter = QSplitter(OptOutsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.slip_box = QGroupBox(self.splitter)
        self.slip_box.setObjectName(u"slip_box")
        self.slip_layout = QVBoxLayout(self.slip_box)
        self.slip_layout.setObjectName(u"slip_layout")
        self.slip_row = QHBoxLayout()
        self.slip_row.setObjectName(u"slip_row")
        self.slip_label = QLabel(self.slip_box)
        self.slip_label.setObjectName(u"slip_label")

        self.slip_row.addWidget(self.slip_label)

        self.slip = QLineEdit(self.slip_box)
        self.slip.setObjectName(u"slip")
        self.slip.setClearButtonEnabled(True)
        self.slip.setMinimumSize(QSize(280, 0))

        self.slip_row.addWidget(self.slip)

        self.find = QPushButton(self.slip_box)
        self.find.setObjectName(u"find")

        self.slip_row.addWidget(self.find)

        self.slip_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.slip_row.addItem(self.slip_spacer)


        self.slip_layout.addLayout(self.slip_row)

        self.letter_info = QLabel(self.slip_box)
        self.letter_info.setObjectName(u"letter_info")
        self.letter_info.setWordWrap(True)
        self.letter_info.setTextFormat(Qt.TextFormat.PlainText)

        self.slip_layout.addWidget(self.letter_info)

        self.fields = OptOutFields(self.slip_box)
        self.fields.setObjectName(u"fields")

        self.slip_layout.addWidget(self.fields)

        self.record_row = QHBoxLayout()
        self.record_row.setObjectName(u"record_row")
        self.result = QLabel(self.slip_box)
        self.result.setObjectName(u"result")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.result.sizePolicy().hasHeightForWidth())
        self.result.setSizePolicy(sizePolicy)

        self.record_row.addWidget(self.result)

        self.record = QPushButton(self.slip_box)
        self.record.setObjectName(u"record")
        self.record.setAutoDefault(True)

        self.record_row.addWidget(self.record)


        self.slip_layout.addLayout(self.record_row)

        self.splitter.addWidget(self.slip_box)
        self.list_box = QGroupBox(self.splitter)
        self.list_box.setObjectName(u"list_box")
        self.list_layout = QVBoxLayout(self.list_box)
        self.list_layout.setObjectName(u"list_layout")
        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.search_label = QLabel(self.list_box)
        self.search_label.setObjectName(u"search_label")

        self.filters.addWidget(self.search_label)

        self.search = QLineEdit(self.list_box)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.filters.addWidget(self.search)

        self.show_label = QLabel(self.list_box)
        self.show_label.setObjectName(u"show_label")

        self.filters.addWidget(self.show_label)

        self.show = QComboBox(self.list_box)
        self.show.setObjectName(u"show")

        self.filters.addWidget(self.show)

        self.count = QLabel(self.list_box)
        self.count.setObjectName(u"count")

        self.filters.addWidget(self.count)


        self.list_layout.addLayout(self.filters)

        self.table = QTableView(self.list_box)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)

        self.list_layout.addWidget(self.table)

        self.list_buttons = QHBoxLayout()
        self.list_buttons.setObjectName(u"list_buttons")
        self.open_pupil = QPushButton(self.list_box)
        self.open_pupil.setObjectName(u"open_pupil")

        self.list_buttons.addWidget(self.open_pupil)

        self.withdraw = QPushButton(self.list_box)
        self.withdraw.setObjectName(u"withdraw")

        self.list_buttons.addWidget(self.withdraw)

        self.list_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.list_buttons.addItem(self.list_spacer)


        self.list_layout.addLayout(self.list_buttons)

        self.splitter.addWidget(self.list_box)

        self.main_layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.slip_label.setBuddy(self.slip)
        self.search_label.setBuddy(self.search)
        self.show_label.setBuddy(self.show)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OptOutsPage)

        QMetaObject.connectSlotsByName(OptOutsPage)
    # setupUi

    def retranslateUi(self, OptOutsPage):
        self.title.setText(QCoreApplication.translate("OptOutsPage", u"Opt-outs", None))
        self.slip_box.setTitle(QCoreApplication.translate("OptOutsPage", u"Returned slip", None))
        self.slip_label.setText(QCoreApplication.translate("OptOutsPage", u"&Slip code or letter reference", None))
        self.slip.setPlaceholderText(QCoreApplication.translate("OptOutsPage", u"scan the reply slip's barcode, or type e.g. R001-0004-2", None))
#if QT_CONFIG(accessibility)
        self.slip.setAccessibleName(QCoreApplication.translate("OptOutsPage", u"Reply slip code or letter reference", None))
#endif // QT_CONFIG(accessibility)
        self.find.setText(QCoreApplication.translate("OptOutsPage", u"Fin&d", None))
#if QT_CONFIG(accessibility)
        self.letter_info.setAccessibleName(QCoreApplication.translate("OptOutsPage", u"The letter found", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.result.setAccessibleName(QCoreApplication.translate("OptOutsPage", u"What was recorded", None))
#endif // QT_CONFIG(accessibility)
        self.record.setText(QCoreApplication.translate("OptOutsPage", u"Record &opt-out", None))
        self.list_box.setTitle(QCoreApplication.translate("OptOutsPage", u"Opt-outs recorded", None))
        self.search_label.setText(QCoreApplication.translate("OptOutsPage", u"Fil&ter", None))
        self.search.setPlaceholderText(QCoreApplication.translate("OptOutsPage", u"name, form, UPN or letter reference", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("OptOutsPage", u"Filter the opt-outs", None))
#endif // QT_CONFIG(accessibility)
        self.show_label.setText(QCoreApplication.translate("OptOutsPage", u"&View", None))
#if QT_CONFIG(accessibility)
        self.count.setAccessibleName(QCoreApplication.translate("OptOutsPage", u"Opt-outs shown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("OptOutsPage", u"Opt-outs recorded", None))
#endif // QT_CONFIG(accessibility)
        self.open_pupil.setText(QCoreApplication.translate("OptOutsPage", u"Open pupi&l", None))
        self.withdraw.setText(QCoreApplication.translate("OptOutsPage", u"Withdr&aw\u2026", None))
        pass
    # retranslateUi
