# generated from forms/pupils_page.ui by desc_desktop.ui.compile_forms, do not edit
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

class Ui_PupilsPage(object):
    def setupUi(self, PupilsPage):
        if not PupilsPage.objectName():
            PupilsPage.setObjectName(u"PupilsPage")
        self.main_layout = QVBoxLayout(PupilsPage)
        self.main_layout.setObjectName(u"main_layout")
        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.search = QLineEdit(PupilsPage)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.filters.addWidget(self.search)

        self.year_filter_label = QLabel(PupilsPage)
        self.year_filter_label.setObjectName(u"year_filter_label")

        self.filters.addWidget(self.year_filter_label)

        self.year_filter = QComboBox(PupilsPage)
        self.year_filter.setObjectName(u"year_filter")

        self.filters.addWidget(self.year_filter)

        self.roll_filter_label = QLabel(PupilsPage)
        self.roll_filter_label.setObjectName(u"roll_filter_label")

        self.filters.addWidget(self.roll_filter_label)

        self.roll_filter = QComboBox(PupilsPage)
        self.roll_filter.setObjectName(u"roll_filter")

        self.filters.addWidget(self.roll_filter)


        self.main_layout.addLayout(self.filters)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.new_pupil = QPushButton(PupilsPage)
        self.new_pupil.setObjectName(u"new_pupil")

        self.actions.addWidget(self.new_pupil)

        self.open_pupil = QPushButton(PupilsPage)
        self.open_pupil.setObjectName(u"open_pupil")

        self.actions.addWidget(self.open_pupil)

        self.mark_left = QPushButton(PupilsPage)
        self.mark_left.setObjectName(u"mark_left")

        self.actions.addWidget(self.mark_left)

        self.delete_pupil = QPushButton(PupilsPage)
        self.delete_pupil.setObjectName(u"delete_pupil")

        self.actions.addWidget(self.delete_pupil)

        self.letters_for_selected = QPushButton(PupilsPage)
        self.letters_for_selected.setObjectName(u"letters_for_selected")

        self.actions.addWidget(self.letters_for_selected)

        self.actions_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actions_spacer)

        self.count = QLabel(PupilsPage)
        self.count.setObjectName(u"count")

        self.actions.addWidget(self.count)


        self.main_layout.addLayout(self.actions)

        self.content = QStackedWidget(PupilsPage)
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
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
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

        self.empty_buttons = QHBoxLayout()
        self.empty_buttons.setObjectName(u"empty_buttons")
        self.empty_left = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.empty_buttons.addItem(self.empty_left)

        self.empty_action = QPushButton(self.empty_page)
        self.empty_action.setObjectName(u"empty_action")

        self.empty_buttons.addWidget(self.empty_action)

        self.empty_import = QPushButton(self.empty_page)
        self.empty_import.setObjectName(u"empty_import")

        self.empty_buttons.addWidget(self.empty_import)

        self.empty_right = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.empty_buttons.addItem(self.empty_right)


        self.empty_layout.addLayout(self.empty_buttons)

        self.empty_bottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.empty_layout.addItem(self.empty_bottom)

        self.content.addWidget(self.empty_page)

        self.main_layout.addWidget(self.content)

#if QT_CONFIG(shortcut)
        self.year_filter_label.setBuddy(self.year_filter)
        self.roll_filter_label.setBuddy(self.roll_filter)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PupilsPage)

        QMetaObject.connectSlotsByName(PupilsPage)
    # setupUi

    def retranslateUi(self, PupilsPage):
        self.search.setPlaceholderText(QCoreApplication.translate("PupilsPage", u"Search by name, UPN or form (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("PupilsPage", u"Search pupils", None))
#endif // QT_CONFIG(accessibility)
        self.year_filter_label.setText(QCoreApplication.translate("PupilsPage", u"&Year group", None))
        self.roll_filter_label.setText(QCoreApplication.translate("PupilsPage", u"Sho&w", None))
        self.new_pupil.setText(QCoreApplication.translate("PupilsPage", u"&New pupil", None))
        self.open_pupil.setText(QCoreApplication.translate("PupilsPage", u"&Open", None))
        self.mark_left.setText(QCoreApplication.translate("PupilsPage", u"Mark as &left\u2026", None))
        self.delete_pupil.setText(QCoreApplication.translate("PupilsPage", u"&Delete\u2026", None))
        self.letters_for_selected.setText(QCoreApplication.translate("PupilsPage", u"Letter &run for selected\u2026", None))
#if QT_CONFIG(tooltip)
        self.letters_for_selected.setToolTip(QCoreApplication.translate("PupilsPage", u"A new letter run for the pupils selected here (Ctrl+click or Shift+click to select several).", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("PupilsPage", u"Pupils", None))
#endif // QT_CONFIG(accessibility)
        self.empty_import.setText(QCoreApplication.translate("PupilsPage", u"Import from your MIS\u2026", None))
        pass
    # retranslateUi
