# generated from forms/import_page.ui by desc_desktop.ui.compile_forms, do not edit
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QStackedWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_ImportPage(object):
    def setupUi(self, ImportPage):
        if not ImportPage.objectName():
            ImportPage.setObjectName(u"ImportPage")
        self.main_layout = QVBoxLayout(ImportPage)
        self.main_layout.setObjectName(u"main_layout")
        self.title = QLabel(ImportPage)
        self.title.setObjectName(u"title")

        self.main_layout.addWidget(self.title)

        self.steps_label = QLabel(ImportPage)
        self.steps_label.setObjectName(u"steps_label")
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)

        self.main_layout.addWidget(self.steps_label)

        self.steps = QStackedWidget(ImportPage)
        self.steps.setObjectName(u"steps")
        self.file_step = QWidget()
        self.file_step.setObjectName(u"file_step")
        self.file_layout = QVBoxLayout(self.file_step)
        self.file_layout.setObjectName(u"file_layout")
        self.file_intro = QLabel(self.file_step)
        self.file_intro.setObjectName(u"file_intro")
        self.file_intro.setWordWrap(True)
        self.file_intro.setTextFormat(Qt.TextFormat.PlainText)

        self.file_layout.addWidget(self.file_intro)

        self.full_import = QCheckBox(self.file_step)
        self.full_import.setObjectName(u"full_import")
        self.full_import.setChecked(True)

        self.file_layout.addWidget(self.full_import)

        self.choose_row = QHBoxLayout()
        self.choose_row.setObjectName(u"choose_row")
        self.choose_file = QPushButton(self.file_step)
        self.choose_file.setObjectName(u"choose_file")

        self.choose_row.addWidget(self.choose_file)

        self.choose_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choose_row.addItem(self.choose_spacer)


        self.file_layout.addLayout(self.choose_row)

        self.file_bottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.file_layout.addItem(self.file_bottom)

        self.steps.addWidget(self.file_step)
        self.mapping_step = QWidget()
        self.mapping_step.setObjectName(u"mapping_step")
        self.mapping_layout = QVBoxLayout(self.mapping_step)
        self.mapping_layout.setObjectName(u"mapping_layout")
        self.mapping_intro = QLabel(self.mapping_step)
        self.mapping_intro.setObjectName(u"mapping_intro")
        self.mapping_intro.setWordWrap(True)
        self.mapping_intro.setTextFormat(Qt.TextFormat.PlainText)

        self.mapping_layout.addWidget(self.mapping_intro)

        self.mapping_label = QLabel(self.mapping_step)
        self.mapping_label.setObjectName(u"mapping_label")

        self.mapping_layout.addWidget(self.mapping_label)

        self.mapping_table = QTableView(self.mapping_step)
        self.mapping_table.setObjectName(u"mapping_table")
        self.mapping_table.setAlternatingRowColors(True)
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.mapping_layout.addWidget(self.mapping_table)

        self.mapping_problems = QLabel(self.mapping_step)
        self.mapping_problems.setObjectName(u"mapping_problems")
        self.mapping_problems.setWordWrap(True)
        self.mapping_problems.setTextFormat(Qt.TextFormat.PlainText)

        self.mapping_layout.addWidget(self.mapping_problems)

        self.steps.addWidget(self.mapping_step)
        self.preview_step = QWidget()
        self.preview_step.setObjectName(u"preview_step")
        self.preview_layout = QVBoxLayout(self.preview_step)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_intro = QLabel(self.preview_step)
        self.preview_intro.setObjectName(u"preview_intro")
        self.preview_intro.setWordWrap(True)
        self.preview_intro.setTextFormat(Qt.TextFormat.PlainText)

        self.preview_layout.addWidget(self.preview_intro)

        self.counts = QLabel(self.preview_step)
        self.counts.setObjectName(u"counts")
        self.counts.setTextFormat(Qt.TextFormat.PlainText)

        self.preview_layout.addWidget(self.counts)

        self.outcome_filter_row = QHBoxLayout()
        self.outcome_filter_row.setObjectName(u"outcome_filter_row")
        self.outcome_filter_label = QLabel(self.preview_step)
        self.outcome_filter_label.setObjectName(u"outcome_filter_label")

        self.outcome_filter_row.addWidget(self.outcome_filter_label)

        self.outcome_filter = QComboBox(self.preview_step)
        self.outcome_filter.setObjectName(u"outcome_filter")

        self.outcome_filter_row.addWidget(self.outcome_filter)

        self.filter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outcome_filter_row.addItem(self.filter_spacer)

        self.rejected_note = QLabel(self.preview_step)
        self.rejected_note.setObjectName(u"rejected_note")
        self.rejected_note.setTextFormat(Qt.TextFormat.PlainText)

        self.outcome_filter_row.addWidget(self.rejected_note)

        self.save_rejected = QPushButton(self.preview_step)
        self.save_rejected.setObjectName(u"save_rejected")

        self.outcome_filter_row.addWidget(self.save_rejected)


        self.preview_layout.addLayout(self.outcome_filter_row)

        self.preview_splitter = QSplitter(self.preview_step)
        self.preview_splitter.setObjectName(u"preview_splitter")
        self.preview_splitter.setOrientation(Qt.Orientation.Vertical)
        self.preview_splitter.setChildrenCollapsible(False)
        self.outcome_table = QTableView(self.preview_splitter)
        self.outcome_table.setObjectName(u"outcome_table")
        self.outcome_table.setAlternatingRowColors(True)
        self.outcome_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.outcome_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.outcome_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.outcome_table.setWordWrap(False)
        self.preview_splitter.addWidget(self.outcome_table)
        self.leavers_box = QGroupBox(self.preview_splitter)
        self.leavers_box.setObjectName(u"leavers_box")
        self.leavers_layout = QVBoxLayout(self.leavers_box)
        self.leavers_layout.setObjectName(u"leavers_layout")
        self.leavers_intro = QLabel(self.leavers_box)
        self.leavers_intro.setObjectName(u"leavers_intro")
        self.leavers_intro.setWordWrap(True)
        self.leavers_intro.setTextFormat(Qt.TextFormat.PlainText)

        self.leavers_layout.addWidget(self.leavers_intro)

        self.leavers_table = QTableView(self.leavers_box)
        self.leavers_table.setObjectName(u"leavers_table")
        self.leavers_table.setAlternatingRowColors(True)
        self.leavers_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.leavers_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.leavers_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.leavers_layout.addWidget(self.leavers_table)

        self.leavers_actions = QHBoxLayout()
        self.leavers_actions.setObjectName(u"leavers_actions")
        self.tick_all = QPushButton(self.leavers_box)
        self.tick_all.setObjectName(u"tick_all")

        self.leavers_actions.addWidget(self.tick_all)

        self.untick_all = QPushButton(self.leavers_box)
        self.untick_all.setObjectName(u"untick_all")

        self.leavers_actions.addWidget(self.untick_all)

        self.leavers_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.leavers_actions.addItem(self.leavers_spacer)

        self.leaving_date_label = QLabel(self.leavers_box)
        self.leaving_date_label.setObjectName(u"leaving_date_label")

        self.leavers_actions.addWidget(self.leaving_date_label)

        self.leaving_date = QLineEdit(self.leavers_box)
        self.leaving_date.setObjectName(u"leaving_date")
        self.leaving_date.setMaximumSize(QSize(120, 16777215))

        self.leavers_actions.addWidget(self.leaving_date)


        self.leavers_layout.addLayout(self.leavers_actions)

        self.preview_splitter.addWidget(self.leavers_box)

        self.preview_layout.addWidget(self.preview_splitter)

        self.preview_problems = QLabel(self.preview_step)
        self.preview_problems.setObjectName(u"preview_problems")
        self.preview_problems.setWordWrap(True)
        self.preview_problems.setTextFormat(Qt.TextFormat.PlainText)

        self.preview_layout.addWidget(self.preview_problems)

        self.steps.addWidget(self.preview_step)
        self.done_step = QWidget()
        self.done_step.setObjectName(u"done_step")
        self.done_layout = QVBoxLayout(self.done_step)
        self.done_layout.setObjectName(u"done_layout")
        self.summary = QLabel(self.done_step)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.done_layout.addWidget(self.summary)

        self.done_actions = QHBoxLayout()
        self.done_actions.setObjectName(u"done_actions")
        self.show_pupils = QPushButton(self.done_step)
        self.show_pupils.setObjectName(u"show_pupils")

        self.done_actions.addWidget(self.show_pupils)

        self.import_another = QPushButton(self.done_step)
        self.import_another.setObjectName(u"import_another")

        self.done_actions.addWidget(self.import_another)

        self.done_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.done_actions.addItem(self.done_spacer)


        self.done_layout.addLayout(self.done_actions)

        self.done_bottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.done_layout.addItem(self.done_bottom)

        self.steps.addWidget(self.done_step)

        self.main_layout.addWidget(self.steps)

        self.navigation = QHBoxLayout()
        self.navigation.setObjectName(u"navigation")
        self.file_name = QLabel(ImportPage)
        self.file_name.setObjectName(u"file_name")
        self.file_name.setTextFormat(Qt.TextFormat.PlainText)

        self.navigation.addWidget(self.file_name)

        self.navigation_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.navigation.addItem(self.navigation_spacer)

        self.back = QPushButton(ImportPage)
        self.back.setObjectName(u"back")

        self.navigation.addWidget(self.back)

        self.next = QPushButton(ImportPage)
        self.next.setObjectName(u"next")

        self.navigation.addWidget(self.next)

        self.apply = QPushButton(ImportPage)
        self.apply.setObjectName(u"apply")

        self.navigation.addWidget(self.apply)

        self.cancel = QPushButton(ImportPage)
        self.cancel.setObjectName(u"cancel")

        self.navigation.addWidget(self.cancel)


        self.main_layout.addLayout(self.navigation)

#if QT_CONFIG(shortcut)
        self.mapping_label.setBuddy(self.mapping_table)
        self.outcome_filter_label.setBuddy(self.outcome_filter)
        self.leaving_date_label.setBuddy(self.leaving_date)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.choose_file, self.full_import)
        QWidget.setTabOrder(self.full_import, self.mapping_table)
        QWidget.setTabOrder(self.mapping_table, self.outcome_filter)
        QWidget.setTabOrder(self.outcome_filter, self.save_rejected)
        QWidget.setTabOrder(self.save_rejected, self.outcome_table)
        QWidget.setTabOrder(self.outcome_table, self.leavers_table)
        QWidget.setTabOrder(self.leavers_table, self.tick_all)
        QWidget.setTabOrder(self.tick_all, self.untick_all)
        QWidget.setTabOrder(self.untick_all, self.leaving_date)
        QWidget.setTabOrder(self.leaving_date, self.show_pupils)
        QWidget.setTabOrder(self.show_pupils, self.import_another)
        QWidget.setTabOrder(self.import_another, self.back)
        QWidget.setTabOrder(self.back, self.next)
        QWidget.setTabOrder(self.next, self.apply)
        QWidget.setTabOrder(self.apply, self.cancel)

        self.retranslateUi(ImportPage)

        self.steps.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ImportPage)
    # setupUi

    def retranslateUi(self, ImportPage):
        self.title.setText(QCoreApplication.translate("ImportPage", u"Import pupils from your MIS", None))
#if QT_CONFIG(accessibility)
        self.steps_label.setAccessibleName(QCoreApplication.translate("ImportPage", u"Import steps", None))
#endif // QT_CONFIG(accessibility)
        self.file_intro.setText(QCoreApplication.translate("ImportPage", u"Choose the report your MIS (SIMS, Arbor, Bromcom \u2026) saved: a CSV file as saved from Excel, with one row per pupil and a heading row, or a Common Transfer File (CTF, an .xml file).\n"
"\n"
"Nothing in the register changes until you press Apply import on the preview.", None))
        self.full_import.setText(QCoreApplication.translate("ImportPage", u"F&ull import: the file lists every pupil on roll", None))
#if QT_CONFIG(tooltip)
        self.full_import.setToolTip(QCoreApplication.translate("ImportPage", u"Pupils on roll who are missing from the file are then listed on the preview, so you can mark those who have left.", None))
#endif // QT_CONFIG(tooltip)
        self.choose_file.setText(QCoreApplication.translate("ImportPage", u"&Choose a file\u2026", None))
        self.mapping_label.setText(QCoreApplication.translate("ImportPage", u"Colu&mns of the file", None))
#if QT_CONFIG(accessibility)
        self.mapping_table.setAccessibleName(QCoreApplication.translate("ImportPage", u"Columns of the file and the fields they import as", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.counts.setAccessibleName(QCoreApplication.translate("ImportPage", u"Counts", None))
#endif // QT_CONFIG(accessibility)
        self.outcome_filter_label.setText(QCoreApplication.translate("ImportPage", u"Sho&w", None))
        self.save_rejected.setText(QCoreApplication.translate("ImportPage", u"&Save rejected rows\u2026", None))
#if QT_CONFIG(tooltip)
        self.save_rejected.setToolTip(QCoreApplication.translate("ImportPage", u"Save the rejected rows, with the reason for each, to a CSV file to fix in Excel and import again.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.outcome_table.setAccessibleName(QCoreApplication.translate("ImportPage", u"Rows of the file and what the import will do with each", None))
#endif // QT_CONFIG(accessibility)
        self.leavers_box.setTitle(QCoreApplication.translate("ImportPage", u"Pupils on roll who are not in this file", None))
        self.leavers_intro.setText(QCoreApplication.translate("ImportPage", u"Tick the pupils who have left. They stay in the register, marked as left on the leaving date; nobody is deleted. Pupils left unticked are not changed.", None))
#if QT_CONFIG(accessibility)
        self.leavers_table.setAccessibleName(QCoreApplication.translate("ImportPage", u"Pupils not in the file: tick those who have left", None))
#endif // QT_CONFIG(accessibility)
        self.tick_all.setText(QCoreApplication.translate("ImportPage", u"&Tick all", None))
        self.untick_all.setText(QCoreApplication.translate("ImportPage", u"Untic&k all", None))
        self.leaving_date_label.setText(QCoreApplication.translate("ImportPage", u"&Leaving date", None))
        self.leaving_date.setPlaceholderText(QCoreApplication.translate("ImportPage", u"dd/mm/yyyy", None))
        self.show_pupils.setText(QCoreApplication.translate("ImportPage", u"Show the &pupils", None))
        self.import_another.setText(QCoreApplication.translate("ImportPage", u"Import an&other file\u2026", None))
        self.back.setText(QCoreApplication.translate("ImportPage", u"&Back", None))
        self.next.setText(QCoreApplication.translate("ImportPage", u"&Next: preview", None))
        self.apply.setText(QCoreApplication.translate("ImportPage", u"&Apply import", None))
        self.cancel.setText(QCoreApplication.translate("ImportPage", u"Cancel &import", None))
        pass
    # retranslateUi
