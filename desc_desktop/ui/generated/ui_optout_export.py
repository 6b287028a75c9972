# generated from forms/optout_export.ui by desc_desktop.ui.compile_forms, do not edit
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListView,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_OptOutExportView(object):
    def setupUi(self, OptOutExportView):
        if not OptOutExportView.objectName():
            OptOutExportView.setObjectName(u"OptOutExportView")
        self.main_layout = QVBoxLayout(OptOutExportView)
        self.main_layout.setObjectName(u"main_layout")
        self.intro = QLabel(OptOutExportView)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.intro)

        self.choices = QFormLayout()
        self.choices.setObjectName(u"choices")
        self.as_of_label = QLabel(OptOutExportView)
        self.as_of_label.setObjectName(u"as_of_label")

        self.choices.setWidget(0, QFormLayout.ItemRole.LabelRole, self.as_of_label)

        self.as_of_row = QHBoxLayout()
        self.as_of_row.setObjectName(u"as_of_row")
        self.as_of = QLineEdit(OptOutExportView)
        self.as_of.setObjectName(u"as_of")
        self.as_of.setMaximumSize(QSize(120, 16777215))

        self.as_of_row.addWidget(self.as_of)

        self.as_of_problem = QLabel(OptOutExportView)
        self.as_of_problem.setObjectName(u"as_of_problem")
        self.as_of_problem.setTextFormat(Qt.TextFormat.PlainText)

        self.as_of_row.addWidget(self.as_of_problem)

        self.as_of_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.as_of_row.addItem(self.as_of_spacer)


        self.choices.setLayout(0, QFormLayout.ItemRole.FieldRole, self.as_of_row)

        self.years_label = QLabel(OptOutExportView)
        self.years_label.setObjectName(u"years_label")

        self.choices.setWidget(1, QFormLayout.ItemRole.LabelRole, self.years_label)

        self.years = QListWidget(OptOutExportView)
        self.years.setObjectName(u"years")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.years.sizePolicy().hasHeightForWidth())
        self.years.setSizePolicy(sizePolicy)
        self.years.setFlow(QListView.Flow.LeftToRight)
        self.years.setProperty(u"isWrapping", True)
        self.years.setResizeMode(QListView.ResizeMode.Adjust)
        self.years.setSpacing(2)
        self.years.setMaximumSize(QSize(16777215, 56))

        self.choices.setWidget(1, QFormLayout.ItemRole.FieldRole, self.years)


        self.main_layout.addLayout(self.choices)

        self.summary = QLabel(OptOutExportView)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.summary)

        self.content = QStackedWidget(OptOutExportView)
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
        self.actions_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actions_spacer)

        self.save_xlsx = QPushButton(OptOutExportView)
        self.save_xlsx.setObjectName(u"save_xlsx")

        self.actions.addWidget(self.save_xlsx)

        self.save_csv = QPushButton(OptOutExportView)
        self.save_csv.setObjectName(u"save_csv")

        self.actions.addWidget(self.save_csv)

        self.save_pdf = QPushButton(OptOutExportView)
        self.save_pdf.setObjectName(u"save_pdf")

        self.actions.addWidget(self.save_pdf)


        self.main_layout.addLayout(self.actions)

#if QT_CONFIG(shortcut)
        self.as_of_label.setBuddy(self.as_of)
        self.years_label.setBuddy(self.years)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.as_of, self.years)
        QWidget.setTabOrder(self.years, self.table)
        QWidget.setTabOrder(self.table, self.save_xlsx)
        QWidget.setTabOrder(self.save_xlsx, self.save_csv)
        QWidget.setTabOrder(self.save_csv, self.save_pdf)

        self.retranslateUi(OptOutExportView)

        QMetaObject.connectSlotsByName(OptOutExportView)
    # setupUi

    def retranslateUi(self, OptOutExportView):
        self.intro.setText(QCoreApplication.translate("OptOutExportView", u"Every pupil on roll with a Connexions opt-out in force: for the local authority and Connexions, who may then receive only their name and address.", None))
        self.as_of_label.setText(QCoreApplication.translate("OptOutExportView", u"&As of", None))
        self.as_of.setPlaceholderText(QCoreApplication.translate("OptOutExportView", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.as_of.setAccessibleName(QCoreApplication.translate("OptOutExportView", u"Opt-outs in force on this date", None))
#endif // QT_CONFIG(accessibility)
        self.years_label.setText(QCoreApplication.translate("OptOutExportView", u"&Year groups", None))
#if QT_CONFIG(accessibility)
        self.years.setAccessibleName(QCoreApplication.translate("OptOutExportView", u"Year groups (none ticked: every year group)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.years.setToolTip(QCoreApplication.translate("OptOutExportView", u"Tick the year groups to list; with none ticked, every year group is listed.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("OptOutExportView", u"Pupils listed", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("OptOutExportView", u"Pupils with an opt-out in force", None))
#endif // QT_CONFIG(accessibility)
        self.save_xlsx.setText(QCoreApplication.translate("OptOutExportView", u"Save as E&xcel\u2026", None))
#if QT_CONFIG(tooltip)
        self.save_xlsx.setToolTip(QCoreApplication.translate("OptOutExportView", u"An Excel workbook: headings, a filter, real dates.", None))
#endif // QT_CONFIG(tooltip)
        self.save_csv.setText(QCoreApplication.translate("OptOutExportView", u"Save as CS&V\u2026", None))
#if QT_CONFIG(tooltip)
        self.save_csv.setToolTip(QCoreApplication.translate("OptOutExportView", u"A CSV file (UTF-8), for another system or Excel.", None))
#endif // QT_CONFIG(tooltip)
        self.save_pdf.setText(QCoreApplication.translate("OptOutExportView", u"Save as &PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.save_pdf.setToolTip(QCoreApplication.translate("OptOutExportView", u"A printable list with the school's heading and page numbers.", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi
