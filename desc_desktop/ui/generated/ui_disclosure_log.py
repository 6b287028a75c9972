# generated from forms/disclosure_log.ui by desc_desktop.ui.compile_forms, do not edit
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
    QSizePolicy, QSpacerItem, QSplitter, QStackedWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_DisclosureLogView(object):
    def setupUi(self, DisclosureLogView):
        if not DisclosureLogView.objectName():
            DisclosureLogView.setObjectName(u"DisclosureLogView")
        self.main_layout = QVBoxLayout(DisclosureLogView)
        self.main_layout.setObjectName(u"main_layout")
        self.intro = QLabel(DisclosureLogView)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.intro)

        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.search_label = QLabel(DisclosureLogView)
        self.search_label.setObjectName(u"search_label")

        self.filters.addWidget(self.search_label)

        self.search = QLineEdit(DisclosureLogView)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.filters.addWidget(self.search)

        self.kind_label = QLabel(DisclosureLogView)
        self.kind_label.setObjectName(u"kind_label")

        self.filters.addWidget(self.kind_label)

        self.kind = QComboBox(DisclosureLogView)
        self.kind.setObjectName(u"kind")

        self.filters.addWidget(self.kind)

        self.since_label = QLabel(DisclosureLogView)
        self.since_label.setObjectName(u"since_label")

        self.filters.addWidget(self.since_label)

        self.since = QLineEdit(DisclosureLogView)
        self.since.setObjectName(u"since")
        self.since.setMaximumSize(QSize(110, 16777215))

        self.filters.addWidget(self.since)

        self.until_label = QLabel(DisclosureLogView)
        self.until_label.setObjectName(u"until_label")

        self.filters.addWidget(self.until_label)

        self.until = QLineEdit(DisclosureLogView)
        self.until.setObjectName(u"until")
        self.until.setMaximumSize(QSize(110, 16777215))

        self.filters.addWidget(self.until)

        self.count = QLabel(DisclosureLogView)
        self.count.setObjectName(u"count")

        self.filters.addWidget(self.count)


        self.main_layout.addLayout(self.filters)

        self.problem = QLabel(DisclosureLogView)
        self.problem.setObjectName(u"problem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.problem)

        self.splitter = QSplitter(DisclosureLogView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.content = QStackedWidget(self.splitter)
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
        self.splitter.addWidget(self.content)
        self.details = QWidget(self.splitter)
        self.details.setObjectName(u"details")
        self.details_layout = QVBoxLayout(self.details)
        self.details_layout.setObjectName(u"details_layout")
        self.details_layout.setContentsMargins(0, 0, 0, 0)
        self.details_heading = QHBoxLayout()
        self.details_heading.setObjectName(u"details_heading")
        self.chosen = QLabel(self.details)
        self.chosen.setObjectName(u"chosen")
        self.chosen.setWordWrap(True)
        self.chosen.setTextFormat(Qt.TextFormat.PlainText)
        self.chosen.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.chosen.sizePolicy().hasHeightForWidth())
        self.chosen.setSizePolicy(sizePolicy)

        self.details_heading.addWidget(self.chosen)

        self.copy_hash = QPushButton(self.details)
        self.copy_hash.setObjectName(u"copy_hash")

        self.details_heading.addWidget(self.copy_hash)


        self.details_layout.addLayout(self.details_heading)

        self.pupils = QTableView(self.details)
        self.pupils.setObjectName(u"pupils")
        self.pupils.setAlternatingRowColors(True)
        self.pupils.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pupils.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pupils.setSortingEnabled(True)
        self.pupils.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.details_layout.addWidget(self.pupils)

        self.splitter.addWidget(self.details)

        self.main_layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search)
        self.kind_label.setBuddy(self.kind)
        self.since_label.setBuddy(self.since)
        self.until_label.setBuddy(self.until)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search, self.kind)
        QWidget.setTabOrder(self.kind, self.since)
        QWidget.setTabOrder(self.since, self.until)
        QWidget.setTabOrder(self.until, self.table)
        QWidget.setTabOrder(self.table, self.copy_hash)
        QWidget.setTabOrder(self.copy_hash, self.pupils)

        self.retranslateUi(DisclosureLogView)

        QMetaObject.connectSlotsByName(DisclosureLogView)
    # setupUi

    def retranslateUi(self, DisclosureLogView):
        self.intro.setText(QCoreApplication.translate("DisclosureLogView", u"Every file that left the school: when, by whom, to whom, why, which pupils and what about them. A file's SHA-256 shows whether a copy found later is the one sent. Entries cannot be changed or deleted.", None))
        self.search_label.setText(QCoreApplication.translate("DisclosureLogView", u"Fi&nd", None))
        self.search.setPlaceholderText(QCoreApplication.translate("DisclosureLogView", u"to whom, why, file name or who made it", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("DisclosureLogView", u"Find in the disclosure log", None))
#endif // QT_CONFIG(accessibility)
        self.kind_label.setText(QCoreApplication.translate("DisclosureLogView", u"&What", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("DisclosureLogView", u"Kind of export", None))
#endif // QT_CONFIG(accessibility)
        self.since_label.setText(QCoreApplication.translate("DisclosureLogView", u"F&rom", None))
        self.since.setPlaceholderText(QCoreApplication.translate("DisclosureLogView", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.since.setAccessibleName(QCoreApplication.translate("DisclosureLogView", u"From this date", None))
#endif // QT_CONFIG(accessibility)
        self.until_label.setText(QCoreApplication.translate("DisclosureLogView", u"&To", None))
        self.until.setPlaceholderText(QCoreApplication.translate("DisclosureLogView", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.until.setAccessibleName(QCoreApplication.translate("DisclosureLogView", u"Up to this date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.count.setAccessibleName(QCoreApplication.translate("DisclosureLogView", u"Disclosures shown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("DisclosureLogView", u"Disclosures, newest first", None))
#endif // QT_CONFIG(accessibility)
        self.copy_hash.setText(QCoreApplication.translate("DisclosureLogView", u"Cop&y SHA-256", None))
#if QT_CONFIG(tooltip)
        self.copy_hash.setToolTip(QCoreApplication.translate("DisclosureLogView", u"Copy the file's fingerprint, to compare with a copy of the file.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.pupils.setAccessibleName(QCoreApplication.translate("DisclosureLogView", u"Pupils in the chosen disclosure, with what was passed on about each", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
