# generated from forms/sent_letters.ui by desc_desktop.ui.compile_forms, do not edit
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_SentLettersView(object):
    def setupUi(self, SentLettersView):
        if not SentLettersView.objectName():
            SentLettersView.setObjectName(u"SentLettersView")
        self.main_layout = QVBoxLayout(SentLettersView)
        self.main_layout.setObjectName(u"main_layout")
        self.intro = QLabel(SentLettersView)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.intro)

        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.search_label = QLabel(SentLettersView)
        self.search_label.setObjectName(u"search_label")

        self.filters.addWidget(self.search_label)

        self.search = QLineEdit(SentLettersView)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.filters.addWidget(self.search)

        self.run_label = QLabel(SentLettersView)
        self.run_label.setObjectName(u"run_label")

        self.filters.addWidget(self.run_label)

        self.run = QComboBox(SentLettersView)
        self.run.setObjectName(u"run")
        self.run.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters.addWidget(self.run)

        self.count = QLabel(SentLettersView)
        self.count.setObjectName(u"count")

        self.filters.addWidget(self.count)


        self.main_layout.addLayout(self.filters)

        self.content = QStackedWidget(SentLettersView)
        self.content.setObjectName(u"content")
        self.table_page = QWidget()
        self.table_page.setObjectName(u"table_page")
        self.table_layout = QVBoxLayout(self.table_page)
        self.table_layout.setObjectName(u"table_layout")
        self.table_layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView(self.table_page)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.table_layout.addWidget(self.table)

        self.content.addWidget(self.table_page)
        self.empty_page = QWidget()
        self.empty_page.setObjectName(u"empty_page")
        self.empty_layout = QVBoxLayout(self.empty_page)
        self.empty_layout.setObjectName(u"empty_layout")
        self.empty_top = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.empty_layout.addItem(self.empty_top)

        self.empty_message = QLabel(self.empty_page)
        self.empty_message.setObjectName(u"empty_message")
        self.empty_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_message.setWordWrap(True)

        self.empty_layout.addWidget(self.empty_message)

        self.empty_bottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.empty_layout.addItem(self.empty_bottom)

        self.content.addWidget(self.empty_page)

        self.main_layout.addWidget(self.content)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.chosen = QLabel(SentLettersView)
        self.chosen.setObjectName(u"chosen")
        self.chosen.setWordWrap(True)
        self.chosen.setTextFormat(Qt.TextFormat.PlainText)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.chosen.sizePolicy().hasHeightForWidth())
        self.chosen.setSizePolicy(sizePolicy)

        self.actions.addWidget(self.chosen)

        self.reprint = QPushButton(SentLettersView)
        self.reprint.setObjectName(u"reprint")

        self.actions.addWidget(self.reprint)


        self.main_layout.addLayout(self.actions)

#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search)
        self.run_label.setBuddy(self.run)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search, self.run)
        QWidget.setTabOrder(self.run, self.table)
        QWidget.setTabOrder(self.table, self.reprint)

        self.retranslateUi(SentLettersView)

        QMetaObject.connectSlotsByName(SentLettersView)
    # setupUi

    def retranslateUi(self, SentLettersView):
        self.intro.setText(QCoreApplication.translate("SentLettersView", u"Every letter marked as sent, newest run first. To print a lost letter again, find it by its reference or a name, then press Reprint: the reprint gets its own, later reply-by date once it is marked as sent.", None))
        self.search_label.setText(QCoreApplication.translate("SentLettersView", u"Fin&d", None))
        self.search.setPlaceholderText(QCoreApplication.translate("SentLettersView", u"reference (e.g. R001-0012) or a name", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("SentLettersView", u"Find a sent letter by reference or name", None))
#endif // QT_CONFIG(accessibility)
        self.run_label.setText(QCoreApplication.translate("SentLettersView", u"R&un", None))
#if QT_CONFIG(accessibility)
        self.run.setAccessibleName(QCoreApplication.translate("SentLettersView", u"Letter run", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.count.setAccessibleName(QCoreApplication.translate("SentLettersView", u"Letters shown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("SentLettersView", u"Letters marked as sent", None))
#endif // QT_CONFIG(accessibility)
        self.reprint.setText(QCoreApplication.translate("SentLettersView", u"&Reprint lost letter\u2026", None))
#if QT_CONFIG(tooltip)
        self.reprint.setToolTip(QCoreApplication.translate("SentLettersView", u"Print this letter again, to the same people at the same address, with its own later reply-by date.", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi
