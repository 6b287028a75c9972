# generated from forms/calendar_page.ui by desc_desktop.ui.compile_forms, do not edit
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
    QSplitter, QTableView, QVBoxLayout, QWidget)

from desc_desktop.ui.deadline_calendar import DeadlineCalendar

class Ui_CalendarPage(object):
    def setupUi(self, CalendarPage):
        if not CalendarPage.objectName():
            CalendarPage.setObjectName(u"CalendarPage")
        self.main_layout = QVBoxLayout(CalendarPage)
        self.main_layout.setObjectName(u"main_layout")
        self.title = QLabel(CalendarPage)
        self.title.setObjectName(u"title")

        self.main_layout.addWidget(self.title)

        self.splitter = QSplitter(CalendarPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.month_side = QWidget(self.splitter)
        self.month_side.setObjectName(u"month_side")
        self.month_layout = QVBoxLayout(self.month_side)
        self.month_layout.setObjectName(u"month_layout")
        self.month_layout.setContentsMargins(0, 0, 0, 0)
        self.month_row = QHBoxLayout()
        self.month_row.setObjectName(u"month_row")
        self.calendar_label = QLabel(self.month_side)
        self.calendar_label.setObjectName(u"calendar_label")

        self.month_row.addWidget(self.calendar_label)

        self.month_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.month_row.addItem(self.month_spacer)

        self.today = QPushButton(self.month_side)
        self.today.setObjectName(u"today")

        self.month_row.addWidget(self.today)


        self.month_layout.addLayout(self.month_row)

        self.calendar = DeadlineCalendar(self.month_side)
        self.calendar.setObjectName(u"calendar")
        self.calendar.setMinimumSize(QSize(380, 300))

        self.month_layout.addWidget(self.calendar)

        self.legend = QLabel(self.month_side)
        self.legend.setObjectName(u"legend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)

        self.month_layout.addWidget(self.legend)

        self.day_label = QLabel(self.month_side)
        self.day_label.setObjectName(u"day_label")

        self.month_layout.addWidget(self.day_label)

        self.day_title = QLabel(self.month_side)
        self.day_title.setObjectName(u"day_title")
        self.day_title.setWordWrap(True)
        self.day_title.setTextFormat(Qt.TextFormat.PlainText)

        self.month_layout.addWidget(self.day_title)

        self.day_table = QTableView(self.month_side)
        self.day_table.setObjectName(u"day_table")
        self.day_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.day_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.day_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.day_table.setSortingEnabled(True)
        self.day_table.setWordWrap(False)

        self.month_layout.addWidget(self.day_table)

        self.splitter.addWidget(self.month_side)
        self.next_side = QWidget(self.splitter)
        self.next_side.setObjectName(u"next_side")
        self.next_side.setMinimumSize(QSize(360, 0))
        self.next_layout = QVBoxLayout(self.next_side)
        self.next_layout.setObjectName(u"next_layout")
        self.next_layout.setContentsMargins(0, 0, 0, 0)
        self.next_label = QLabel(self.next_side)
        self.next_label.setObjectName(u"next_label")

        self.next_layout.addWidget(self.next_label)

        self.next_summary = QLabel(self.next_side)
        self.next_summary.setObjectName(u"next_summary")
        self.next_summary.setWordWrap(True)
        self.next_summary.setTextFormat(Qt.TextFormat.PlainText)

        self.next_layout.addWidget(self.next_summary)

        self.next_table = QTableView(self.next_side)
        self.next_table.setObjectName(u"next_table")
        self.next_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.next_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.next_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.next_table.setSortingEnabled(True)
        self.next_table.setWordWrap(False)

        self.next_layout.addWidget(self.next_table)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.open_pupil = QPushButton(self.next_side)
        self.open_pupil.setObjectName(u"open_pupil")

        self.buttons.addWidget(self.open_pupil)

        self.open_hint = QLabel(self.next_side)
        self.open_hint.setObjectName(u"open_hint")
        self.open_hint.setWordWrap(True)

        self.buttons.addWidget(self.open_hint)


        self.next_layout.addLayout(self.buttons)

        self.splitter.addWidget(self.next_side)

        self.main_layout.addWidget(self.splitter)

        self.main_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.calendar_label.setBuddy(self.calendar)
        self.day_label.setBuddy(self.day_table)
        self.next_label.setBuddy(self.next_table)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CalendarPage)

        QMetaObject.connectSlotsByName(CalendarPage)
    # setupUi

    def retranslateUi(self, CalendarPage):
        self.title.setText(QCoreApplication.translate("CalendarPage", u"Reply-by dates", None))
        self.calendar_label.setText(QCoreApplication.translate("CalendarPage", u"&Calendar", None))
        self.today.setText(QCoreApplication.translate("CalendarPage", u"&Today", None))
#if QT_CONFIG(accessibility)
        self.calendar.setAccessibleName(QCoreApplication.translate("CalendarPage", u"Calendar of reply-by dates", None))
#endif // QT_CONFIG(accessibility)
        self.day_label.setText(QCoreApplication.translate("CalendarPage", u"Pupils whose reply-by date is the &day chosen", None))
#if QT_CONFIG(accessibility)
        self.day_table.setAccessibleName(QCoreApplication.translate("CalendarPage", u"Pupils whose reply-by date is the day chosen", None))
#endif // QT_CONFIG(accessibility)
        self.next_label.setText(QCoreApplication.translate("CalendarPage", u"&Next 14 days", None))
#if QT_CONFIG(accessibility)
        self.next_table.setAccessibleName(QCoreApplication.translate("CalendarPage", u"Reply-by dates in the next 14 days", None))
#endif // QT_CONFIG(accessibility)
        self.open_pupil.setText(QCoreApplication.translate("CalendarPage", u"&Open pupil", None))
        self.open_hint.setText(QCoreApplication.translate("CalendarPage", u"or double-click a pupil (Enter opens the one chosen)", None))
        pass
    # retranslateUi
