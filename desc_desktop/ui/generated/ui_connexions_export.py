# generated from forms/connexions_export.ui by desc_desktop.ui.compile_forms, do not edit
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
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_ConnexionsExportView(object):
    def setupUi(self, ConnexionsExportView):
        if not ConnexionsExportView.objectName():
            ConnexionsExportView.setObjectName(u"ConnexionsExportView")
        self.main_layout = QVBoxLayout(ConnexionsExportView)
        self.main_layout.setObjectName(u"main_layout")
        self.intro = QLabel(ConnexionsExportView)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.intro)

        self.as_of_row = QHBoxLayout()
        self.as_of_row.setObjectName(u"as_of_row")
        self.as_of_label = QLabel(ConnexionsExportView)
        self.as_of_label.setObjectName(u"as_of_label")

        self.as_of_row.addWidget(self.as_of_label)

        self.as_of = QLineEdit(ConnexionsExportView)
        self.as_of.setObjectName(u"as_of")
        self.as_of.setMaximumSize(QSize(120, 16777215))

        self.as_of_row.addWidget(self.as_of)

        self.as_of_problem = QLabel(ConnexionsExportView)
        self.as_of_problem.setObjectName(u"as_of_problem")
        self.as_of_problem.setTextFormat(Qt.TextFormat.PlainText)

        self.as_of_row.addWidget(self.as_of_problem)

        self.as_of_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.as_of_row.addItem(self.as_of_spacer)


        self.main_layout.addLayout(self.as_of_row)

        self.preview_box = QGroupBox(ConnexionsExportView)
        self.preview_box.setObjectName(u"preview_box")
        self.preview_layout = QVBoxLayout(self.preview_box)
        self.preview_layout.setObjectName(u"preview_layout")
        self.counts = QHBoxLayout()
        self.counts.setObjectName(u"counts")
        self.count_may_share = QLabel(self.preview_box)
        self.count_may_share.setObjectName(u"count_may_share")
        self.count_may_share.setTextFormat(Qt.TextFormat.PlainText)

        self.counts.addWidget(self.count_may_share)

        self.count_awaiting_reply = QLabel(self.preview_box)
        self.count_awaiting_reply.setObjectName(u"count_awaiting_reply")
        self.count_awaiting_reply.setTextFormat(Qt.TextFormat.PlainText)

        self.counts.addWidget(self.count_awaiting_reply)

        self.count_opted_out = QLabel(self.preview_box)
        self.count_opted_out.setObjectName(u"count_opted_out")
        self.count_opted_out.setTextFormat(Qt.TextFormat.PlainText)

        self.counts.addWidget(self.count_opted_out)

        self.count_not_issued = QLabel(self.preview_box)
        self.count_not_issued.setObjectName(u"count_not_issued")
        self.count_not_issued.setTextFormat(Qt.TextFormat.PlainText)

        self.counts.addWidget(self.count_not_issued)

        self.count_not_in_scope = QLabel(self.preview_box)
        self.count_not_in_scope.setObjectName(u"count_not_in_scope")
        self.count_not_in_scope.setTextFormat(Qt.TextFormat.PlainText)

        self.counts.addWidget(self.count_not_in_scope)

        self.counts_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.counts.addItem(self.counts_spacer)


        self.preview_layout.addLayout(self.counts)

        self.summary = QLabel(self.preview_box)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.preview_layout.addWidget(self.summary)


        self.main_layout.addWidget(self.preview_box)

        self.find_row = QHBoxLayout()
        self.find_row.setObjectName(u"find_row")
        self.search_label = QLabel(ConnexionsExportView)
        self.search_label.setObjectName(u"search_label")

        self.find_row.addWidget(self.search_label)

        self.search = QLineEdit(ConnexionsExportView)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.find_row.addWidget(self.search)


        self.main_layout.addLayout(self.find_row)

        self.table = QTableView(ConnexionsExportView)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.main_layout.addWidget(self.table)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.actions_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actions_spacer)

        self.save_xlsx = QPushButton(ConnexionsExportView)
        self.save_xlsx.setObjectName(u"save_xlsx")

        self.actions.addWidget(self.save_xlsx)

        self.save_csv = QPushButton(ConnexionsExportView)
        self.save_csv.setObjectName(u"save_csv")

        self.actions.addWidget(self.save_csv)


        self.main_layout.addLayout(self.actions)

#if QT_CONFIG(shortcut)
        self.as_of_label.setBuddy(self.as_of)
        self.search_label.setBuddy(self.search)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.as_of, self.search)
        QWidget.setTabOrder(self.search, self.table)
        QWidget.setTabOrder(self.table, self.save_xlsx)
        QWidget.setTabOrder(self.save_xlsx, self.save_csv)

        self.retranslateUi(ConnexionsExportView)

        QMetaObject.connectSlotsByName(ConnexionsExportView)
    # setupUi

    def retranslateUi(self, ConnexionsExportView):
        self.intro.setText(QCoreApplication.translate("ConnexionsExportView", u"What Connexions may receive on request, as of a date: the name and address of every pupil in the Connexions ages and of their parents/carers; date of birth, gender, SEN status, learning difficulty and parents' phones and email only for pupils who may share. Parents/carers under a no-contact restriction never appear.", None))
        self.as_of_label.setText(QCoreApplication.translate("ConnexionsExportView", u"&As of", None))
        self.as_of.setPlaceholderText(QCoreApplication.translate("ConnexionsExportView", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.as_of.setAccessibleName(QCoreApplication.translate("ConnexionsExportView", u"Statuses as of this date", None))
#endif // QT_CONFIG(accessibility)
        self.preview_box.setTitle(QCoreApplication.translate("ConnexionsExportView", u"Preview: nothing is written until you save", None))
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("ConnexionsExportView", u"What the return holds", None))
#endif // QT_CONFIG(accessibility)
        self.search_label.setText(QCoreApplication.translate("ConnexionsExportView", u"Fi&nd", None))
        self.search.setPlaceholderText(QCoreApplication.translate("ConnexionsExportView", u"a pupil's name or a status", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("ConnexionsExportView", u"Find a pupil in the return", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ConnexionsExportView", u"Pupils in the return, with what is passed on about each", None))
#endif // QT_CONFIG(accessibility)
        self.save_xlsx.setText(QCoreApplication.translate("ConnexionsExportView", u"Save as E&xcel\u2026", None))
#if QT_CONFIG(tooltip)
        self.save_xlsx.setToolTip(QCoreApplication.translate("ConnexionsExportView", u"An Excel workbook: one row per pupil, real dates.", None))
#endif // QT_CONFIG(tooltip)
        self.save_csv.setText(QCoreApplication.translate("ConnexionsExportView", u"Save as CS&V\u2026", None))
#if QT_CONFIG(tooltip)
        self.save_csv.setToolTip(QCoreApplication.translate("ConnexionsExportView", u"A CSV file (UTF-8) with the column names Connexions systems read.", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi
