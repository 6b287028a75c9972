# generated from forms/today_page.ui by desc_desktop.ui.compile_forms, do not edit
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_TodayPage(object):
    def setupUi(self, TodayPage):
        if not TodayPage.objectName():
            TodayPage.setObjectName(u"TodayPage")
        self.main_layout = QVBoxLayout(TodayPage)
        self.main_layout.setObjectName(u"main_layout")
        self.title_row = QHBoxLayout()
        self.title_row.setObjectName(u"title_row")
        self.title = QLabel(TodayPage)
        self.title.setObjectName(u"title")

        self.title_row.addWidget(self.title)

        self.date = QLabel(TodayPage)
        self.date.setObjectName(u"date")
        self.date.setTextFormat(Qt.TextFormat.PlainText)

        self.title_row.addWidget(self.date)

        self.title_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.title_row.addItem(self.title_spacer)


        self.main_layout.addLayout(self.title_row)

        self.counts = QHBoxLayout()
        self.counts.setObjectName(u"counts")
        self.awaiting_box = QFrame(TodayPage)
        self.awaiting_box.setObjectName(u"awaiting_box")
        self.awaiting_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.awaiting_layout = QVBoxLayout(self.awaiting_box)
        self.awaiting_layout.setObjectName(u"awaiting_layout")
        self.awaiting_count = QLabel(self.awaiting_box)
        self.awaiting_count.setObjectName(u"awaiting_count")
        self.awaiting_count.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.awaiting_layout.addWidget(self.awaiting_count)

        self.awaiting_caption = QLabel(self.awaiting_box)
        self.awaiting_caption.setObjectName(u"awaiting_caption")
        self.awaiting_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.awaiting_caption.setWordWrap(True)

        self.awaiting_layout.addWidget(self.awaiting_caption)


        self.counts.addWidget(self.awaiting_box)

        self.opted_out_box = QFrame(TodayPage)
        self.opted_out_box.setObjectName(u"opted_out_box")
        self.opted_out_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.opted_out_layout = QVBoxLayout(self.opted_out_box)
        self.opted_out_layout.setObjectName(u"opted_out_layout")
        self.opted_out_count = QLabel(self.opted_out_box)
        self.opted_out_count.setObjectName(u"opted_out_count")
        self.opted_out_count.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.opted_out_layout.addWidget(self.opted_out_count)

        self.opted_out_caption = QLabel(self.opted_out_box)
        self.opted_out_caption.setObjectName(u"opted_out_caption")
        self.opted_out_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.opted_out_caption.setWordWrap(True)

        self.opted_out_layout.addWidget(self.opted_out_caption)


        self.counts.addWidget(self.opted_out_box)

        self.may_share_box = QFrame(TodayPage)
        self.may_share_box.setObjectName(u"may_share_box")
        self.may_share_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.may_share_layout = QVBoxLayout(self.may_share_box)
        self.may_share_layout.setObjectName(u"may_share_layout")
        self.may_share_count = QLabel(self.may_share_box)
        self.may_share_count.setObjectName(u"may_share_count")
        self.may_share_count.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.may_share_layout.addWidget(self.may_share_count)

        self.may_share_caption = QLabel(self.may_share_box)
        self.may_share_caption.setObjectName(u"may_share_caption")
        self.may_share_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.may_share_caption.setWordWrap(True)

        self.may_share_layout.addWidget(self.may_share_caption)


        self.counts.addWidget(self.may_share_box)


        self.main_layout.addLayout(self.counts)

        self.others = QLabel(TodayPage)
        self.others.setObjectName(u"others")
        self.others.setWordWrap(True)
        self.others.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.others)

        self.splitter = QSplitter(TodayPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.week_box = QGroupBox(self.splitter)
        self.week_box.setObjectName(u"week_box")
        self.week_layout = QVBoxLayout(self.week_box)
        self.week_layout.setObjectName(u"week_layout")
        self.week_summary = QLabel(self.week_box)
        self.week_summary.setObjectName(u"week_summary")
        self.week_summary.setWordWrap(True)
        self.week_summary.setTextFormat(Qt.TextFormat.PlainText)

        self.week_layout.addWidget(self.week_summary)

        self.week_table = QTableView(self.week_box)
        self.week_table.setObjectName(u"week_table")
        self.week_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.week_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.week_table.setSortingEnabled(True)
        self.week_table.setWordWrap(False)
        self.week_table.setAlternatingRowColors(True)

        self.week_layout.addWidget(self.week_table)

        self.week_buttons = QHBoxLayout()
        self.week_buttons.setObjectName(u"week_buttons")
        self.open_calendar = QPushButton(self.week_box)
        self.open_calendar.setObjectName(u"open_calendar")

        self.week_buttons.addWidget(self.open_calendar)

        self.week_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.week_buttons.addItem(self.week_spacer)


        self.week_layout.addLayout(self.week_buttons)

        self.splitter.addWidget(self.week_box)
        self.todo_box = QGroupBox(self.splitter)
        self.todo_box.setObjectName(u"todo_box")
        self.todo_layout = QVBoxLayout(self.todo_box)
        self.todo_layout.setObjectName(u"todo_layout")
        self.todo_summary = QLabel(self.todo_box)
        self.todo_summary.setObjectName(u"todo_summary")
        self.todo_summary.setWordWrap(True)
        self.todo_summary.setTextFormat(Qt.TextFormat.PlainText)

        self.todo_layout.addWidget(self.todo_summary)

        self.todo_table = QTableView(self.todo_box)
        self.todo_table.setObjectName(u"todo_table")
        self.todo_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.todo_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.todo_table.setSortingEnabled(True)
        self.todo_table.setWordWrap(False)
        self.todo_table.setAlternatingRowColors(True)

        self.todo_layout.addWidget(self.todo_table)

        self.todo_buttons = QHBoxLayout()
        self.todo_buttons.setObjectName(u"todo_buttons")
        self.open_pupil = QPushButton(self.todo_box)
        self.open_pupil.setObjectName(u"open_pupil")

        self.todo_buttons.addWidget(self.open_pupil)

        self.letters_for = QPushButton(self.todo_box)
        self.letters_for.setObjectName(u"letters_for")

        self.todo_buttons.addWidget(self.letters_for)

        self.go_to_letters = QPushButton(self.todo_box)
        self.go_to_letters.setObjectName(u"go_to_letters")

        self.todo_buttons.addWidget(self.go_to_letters)

        self.discard_run = QPushButton(self.todo_box)
        self.discard_run.setObjectName(u"discard_run")

        self.todo_buttons.addWidget(self.discard_run)

        self.todo_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.todo_buttons.addItem(self.todo_spacer)


        self.todo_layout.addLayout(self.todo_buttons)

        self.splitter.addWidget(self.todo_box)

        self.main_layout.addWidget(self.splitter)

        self.main_layout.setStretch(3, 1)

        self.retranslateUi(TodayPage)

        QMetaObject.connectSlotsByName(TodayPage)
    # setupUi

    def retranslateUi(self, TodayPage):
        self.title.setText(QCoreApplication.translate("TodayPage", u"Today", None))
        self.awaiting_count.setText(QCoreApplication.translate("TodayPage", u"\u2026", None))
        self.awaiting_caption.setText(QCoreApplication.translate("TodayPage", u"Awaiting reply", None))
        self.opted_out_count.setText(QCoreApplication.translate("TodayPage", u"\u2026", None))
        self.opted_out_caption.setText(QCoreApplication.translate("TodayPage", u"Opted out", None))
        self.may_share_count.setText(QCoreApplication.translate("TodayPage", u"\u2026", None))
        self.may_share_caption.setText(QCoreApplication.translate("TodayPage", u"May share on request", None))
        self.week_box.setTitle(QCoreApplication.translate("TodayPage", u"Deadlines this week", None))
#if QT_CONFIG(accessibility)
        self.week_table.setAccessibleName(QCoreApplication.translate("TodayPage", u"Reply-by dates this week", None))
#endif // QT_CONFIG(accessibility)
        self.open_calendar.setText(QCoreApplication.translate("TodayPage", u"Open the &calendar", None))
        self.todo_box.setTitle(QCoreApplication.translate("TodayPage", u"What needs doing", None))
#if QT_CONFIG(accessibility)
        self.todo_table.setAccessibleName(QCoreApplication.translate("TodayPage", u"What needs doing", None))
#endif // QT_CONFIG(accessibility)
        self.open_pupil.setText(QCoreApplication.translate("TodayPage", u"&Open pupil", None))
        self.letters_for.setText(QCoreApplication.translate("TodayPage", u"&New letter run for the pupils chosen\u2026", None))
        self.go_to_letters.setText(QCoreApplication.translate("TodayPage", u"Go to Lette&rs", None))
        self.discard_run.setText(QCoreApplication.translate("TodayPage", u"&Discard run\u2026", None))
        pass
    # retranslateUi
