# generated from forms/pupil_disclosures.ui by desc_desktop.ui.compile_forms, do not edit
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

class Ui_PupilDisclosuresView(object):
    def setupUi(self, PupilDisclosuresView):
        if not PupilDisclosuresView.objectName():
            PupilDisclosuresView.setObjectName(u"PupilDisclosuresView")
        self.main_layout = QVBoxLayout(PupilDisclosuresView)
        self.main_layout.setObjectName(u"main_layout")
        self.summary = QLabel(PupilDisclosuresView)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.summary)

        self.table = QTableView(PupilDisclosuresView)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.main_layout.addWidget(self.table)


        self.retranslateUi(PupilDisclosuresView)

        QMetaObject.connectSlotsByName(PupilDisclosuresView)
    # setupUi

    def retranslateUi(self, PupilDisclosuresView):
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("PupilDisclosuresView", u"What was disclosed about this pupil", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("PupilDisclosuresView", u"Files that carried information about this pupil, newest first", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
