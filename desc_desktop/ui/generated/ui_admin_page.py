# generated from forms/admin_page.ui by desc_desktop.ui.compile_forms, do not edit
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
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

from desc_desktop.ui.school_form import SchoolDetailsForm

class Ui_AdminPage(object):
    def setupUi(self, AdminPage):
        if not AdminPage.objectName():
            AdminPage.setObjectName(u"AdminPage")
        self.main_layout = QHBoxLayout(AdminPage)
        self.main_layout.setObjectName(u"main_layout")
        self.school_box = QGroupBox(AdminPage)
        self.school_box.setObjectName(u"school_box")
        self.school_layout = QVBoxLayout(self.school_box)
        self.school_layout.setObjectName(u"school_layout")
        self.problems = QLabel(self.school_box)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)

        self.school_layout.addWidget(self.problems)

        self.school = SchoolDetailsForm(self.school_box)
        self.school.setObjectName(u"school")

        self.school_layout.addWidget(self.school)

        self.save_row = QHBoxLayout()
        self.save_row.setObjectName(u"save_row")
        self.save_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.save_row.addItem(self.save_spacer)

        self.save_school = QPushButton(self.school_box)
        self.save_school.setObjectName(u"save_school")

        self.save_row.addWidget(self.save_school)


        self.school_layout.addLayout(self.save_row)

        self.school_bottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.school_layout.addItem(self.school_bottom)


        self.main_layout.addWidget(self.school_box)

        self.activity_box = QGroupBox(AdminPage)
        self.activity_box.setObjectName(u"activity_box")
        self.activity_layout = QVBoxLayout(self.activity_box)
        self.activity_layout.setObjectName(u"activity_layout")
        self.activity_table = QTableView(self.activity_box)
        self.activity_table.setObjectName(u"activity_table")

        self.activity_layout.addWidget(self.activity_table)


        self.main_layout.addWidget(self.activity_box)


        self.retranslateUi(AdminPage)

        QMetaObject.connectSlotsByName(AdminPage)
    # setupUi

    def retranslateUi(self, AdminPage):
        self.school_box.setTitle(QCoreApplication.translate("AdminPage", u"School details", None))
        self.save_school.setText(QCoreApplication.translate("AdminPage", u"&Save school details", None))
        self.activity_box.setTitle(QCoreApplication.translate("AdminPage", u"Recent activity", None))
        pass
    # retranslateUi
