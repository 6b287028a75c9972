# generated from forms/audit_trail.ui by desc_desktop.ui.compile_forms, do not edit
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_AuditTrailView(object):
    def setupUi(self, AuditTrailView):
        if not AuditTrailView.objectName():
            AuditTrailView.setObjectName(u"AuditTrailView")
        self.main_layout = QVBoxLayout(AuditTrailView)
        self.main_layout.setObjectName(u"main_layout")
        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.since_label = QLabel(AuditTrailView)
        self.since_label.setObjectName(u"since_label")

        self.filters.addWidget(self.since_label)

        self.since = QLineEdit(AuditTrailView)
        self.since.setObjectName(u"since")
        self.since.setMaximumSize(QSize(110, 16777215))
        self.since.setClearButtonEnabled(True)

        self.filters.addWidget(self.since)

        self.until_label = QLabel(AuditTrailView)
        self.until_label.setObjectName(u"until_label")

        self.filters.addWidget(self.until_label)

        self.until = QLineEdit(AuditTrailView)
        self.until.setObjectName(u"until")
        self.until.setMaximumSize(QSize(110, 16777215))
        self.until.setClearButtonEnabled(True)

        self.filters.addWidget(self.until)

        self.staff_label = QLabel(AuditTrailView)
        self.staff_label.setObjectName(u"staff_label")

        self.filters.addWidget(self.staff_label)

        self.staff = QComboBox(AuditTrailView)
        self.staff.setObjectName(u"staff")

        self.filters.addWidget(self.staff)

        self.pupil_label = QLabel(AuditTrailView)
        self.pupil_label.setObjectName(u"pupil_label")

        self.filters.addWidget(self.pupil_label)

        self.pupil = QLineEdit(AuditTrailView)
        self.pupil.setObjectName(u"pupil")
        self.pupil.setClearButtonEnabled(True)

        self.filters.addWidget(self.pupil)

        self.kind_label = QLabel(AuditTrailView)
        self.kind_label.setObjectName(u"kind_label")

        self.filters.addWidget(self.kind_label)

        self.kind = QComboBox(AuditTrailView)
        self.kind.setObjectName(u"kind")

        self.filters.addWidget(self.kind)

        self.clear = QPushButton(AuditTrailView)
        self.clear.setObjectName(u"clear")

        self.filters.addWidget(self.clear)

        self.filters_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.filters_spacer)


        self.main_layout.addLayout(self.filters)

        self.problems = QLabel(AuditTrailView)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.problems)

        self.splitter = QSplitter(AuditTrailView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.entries = QTableView(self.splitter)
        self.entries.setObjectName(u"entries")
        self.entries.setAlternatingRowColors(True)
        self.entries.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entries.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entries.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entries.setSortingEnabled(True)
        self.entries.setWordWrap(False)
        self.splitter.addWidget(self.entries)
        self.details_box = QGroupBox(self.splitter)
        self.details_box.setObjectName(u"details_box")
        self.details_layout = QVBoxLayout(self.details_box)
        self.details_layout.setObjectName(u"details_layout")
        self.details_form = QFormLayout()
        self.details_form.setObjectName(u"details_form")
        self.when_label = QLabel(self.details_box)
        self.when_label.setObjectName(u"when_label")

        self.details_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.when_label)

        self.when = QLabel(self.details_box)
        self.when.setObjectName(u"when")
        self.when.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.when)

        self.who_label = QLabel(self.details_box)
        self.who_label.setObjectName(u"who_label")

        self.details_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.who_label)

        self.who = QLabel(self.details_box)
        self.who.setObjectName(u"who")
        self.who.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.who)

        self.what_label = QLabel(self.details_box)
        self.what_label.setObjectName(u"what_label")

        self.details_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.what_label)

        self.what = QLabel(self.details_box)
        self.what.setObjectName(u"what")
        self.what.setWordWrap(True)
        self.what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.what)

        self.record_label = QLabel(self.details_box)
        self.record_label.setObjectName(u"record_label")

        self.details_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.record_label)

        self.record = QLabel(self.details_box)
        self.record.setObjectName(u"record")
        self.record.setWordWrap(True)
        self.record.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.record)


        self.details_layout.addLayout(self.details_form)

        self.changes = QTableView(self.details_box)
        self.changes.setObjectName(u"changes")
        self.changes.setAlternatingRowColors(True)
        self.changes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes.setWordWrap(False)

        self.details_layout.addWidget(self.changes)

        self.hash = QLabel(self.details_box)
        self.hash.setObjectName(u"hash")
        self.hash.setWordWrap(True)
        self.hash.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details_layout.addWidget(self.hash)

        self.splitter.addWidget(self.details_box)

        self.main_layout.addWidget(self.splitter)

        self.bottom_row = QHBoxLayout()
        self.bottom_row.setObjectName(u"bottom_row")
        self.shown = QLabel(AuditTrailView)
        self.shown.setObjectName(u"shown")

        self.bottom_row.addWidget(self.shown)

        self.chain_state = QLabel(AuditTrailView)
        self.chain_state.setObjectName(u"chain_state")
        self.chain_state.setWordWrap(True)
        self.chain_state.setTextFormat(Qt.TextFormat.PlainText)
        self.chain_state.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.bottom_row.addWidget(self.chain_state)

        self.verify = QPushButton(AuditTrailView)
        self.verify.setObjectName(u"verify")

        self.bottom_row.addWidget(self.verify)

        self.export_csv = QPushButton(AuditTrailView)
        self.export_csv.setObjectName(u"export_csv")

        self.bottom_row.addWidget(self.export_csv)

        self.bottom_row.setStretch(1, 1)

        self.main_layout.addLayout(self.bottom_row)

#if QT_CONFIG(shortcut)
        self.since_label.setBuddy(self.since)
        self.until_label.setBuddy(self.until)
        self.staff_label.setBuddy(self.staff)
        self.pupil_label.setBuddy(self.pupil)
        self.kind_label.setBuddy(self.kind)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AuditTrailView)

        QMetaObject.connectSlotsByName(AuditTrailView)
    # setupUi

    def retranslateUi(self, AuditTrailView):
        self.since_label.setText(QCoreApplication.translate("AuditTrailView", u"Fr&om", None))
        self.since.setPlaceholderText(QCoreApplication.translate("AuditTrailView", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.since.setAccessibleName(QCoreApplication.translate("AuditTrailView", u"From date", None))
#endif // QT_CONFIG(accessibility)
        self.until_label.setText(QCoreApplication.translate("AuditTrailView", u"&To", None))
        self.until.setPlaceholderText(QCoreApplication.translate("AuditTrailView", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.until.setAccessibleName(QCoreApplication.translate("AuditTrailView", u"To date", None))
#endif // QT_CONFIG(accessibility)
        self.staff_label.setText(QCoreApplication.translate("AuditTrailView", u"&Staff member", None))
        self.pupil_label.setText(QCoreApplication.translate("AuditTrailView", u"&Pupil", None))
        self.pupil.setPlaceholderText(QCoreApplication.translate("AuditTrailView", u"Name (Enter to search)", None))
#if QT_CONFIG(accessibility)
        self.pupil.setAccessibleName(QCoreApplication.translate("AuditTrailView", u"Pupil's name", None))
#endif // QT_CONFIG(accessibility)
        self.kind_label.setText(QCoreApplication.translate("AuditTrailView", u"&Kind", None))
        self.clear.setText(QCoreApplication.translate("AuditTrailView", u"C&lear filters", None))
#if QT_CONFIG(accessibility)
        self.entries.setAccessibleName(QCoreApplication.translate("AuditTrailView", u"Audit entries", None))
#endif // QT_CONFIG(accessibility)
        self.details_box.setTitle(QCoreApplication.translate("AuditTrailView", u"Entry", None))
        self.when_label.setText(QCoreApplication.translate("AuditTrailView", u"When", None))
        self.who_label.setText(QCoreApplication.translate("AuditTrailView", u"Who", None))
        self.what_label.setText(QCoreApplication.translate("AuditTrailView", u"What", None))
        self.record_label.setText(QCoreApplication.translate("AuditTrailView", u"Record", None))
#if QT_CONFIG(accessibility)
        self.changes.setAccessibleName(QCoreApplication.translate("AuditTrailView", u"Fields changed, before and after", None))
#endif // QT_CONFIG(accessibility)
        self.verify.setText(QCoreApplication.translate("AuditTrailView", u"&Verify chain", None))
#if QT_CONFIG(tooltip)
        self.verify.setToolTip(QCoreApplication.translate("AuditTrailView", u"Recompute every entry's hash, to check nobody has changed the trail behind the app's back.", None))
#endif // QT_CONFIG(tooltip)
        self.export_csv.setText(QCoreApplication.translate("AuditTrailView", u"E&xport\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_csv.setToolTip(QCoreApplication.translate("AuditTrailView", u"The entries shown by the filters, to a CSV file for a spreadsheet. The file holds personal data.", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi
