# generated from forms/link_carer_dialog.ui by desc_desktop.ui.compile_forms, do not edit
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QGroupBox, QLabel, QLineEdit, QListView,
    QSizePolicy, QVBoxLayout, QWidget)

from desc_desktop.ui.carer_link_fields import CarerLinkFields

class Ui_LinkCarerDialog(object):
    def setupUi(self, LinkCarerDialog):
        if not LinkCarerDialog.objectName():
            LinkCarerDialog.setObjectName(u"LinkCarerDialog")
        LinkCarerDialog.resize(560, 520)
        self.main_layout = QVBoxLayout(LinkCarerDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro = QLabel(LinkCarerDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.main_layout.addWidget(self.intro)

        self.search = QLineEdit(LinkCarerDialog)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.main_layout.addWidget(self.search)

        self.results = QListView(LinkCarerDialog)
        self.results.setObjectName(u"results")

        self.main_layout.addWidget(self.results)

        self.problems = QLabel(LinkCarerDialog)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.problems)

        self.link_box = QGroupBox(LinkCarerDialog)
        self.link_box.setObjectName(u"link_box")
        self.link_layout = QVBoxLayout(self.link_box)
        self.link_layout.setObjectName(u"link_layout")
        self.link = CarerLinkFields(self.link_box)
        self.link.setObjectName(u"link")

        self.link_layout.addWidget(self.link)


        self.main_layout.addWidget(self.link_box)

        self.buttons = QDialogButtonBox(LinkCarerDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.buttons)


        self.retranslateUi(LinkCarerDialog)

        QMetaObject.connectSlotsByName(LinkCarerDialog)
    # setupUi

    def retranslateUi(self, LinkCarerDialog):
        LinkCarerDialog.setWindowTitle(QCoreApplication.translate("LinkCarerDialog", u"Link an existing parent/carer", None))
        self.intro.setText(QCoreApplication.translate("LinkCarerDialog", u"Find the parent/carer already in the register (for example a brother's or sister's). They stay one record, so a later change of address reaches every child.", None))
        self.search.setPlaceholderText(QCoreApplication.translate("LinkCarerDialog", u"Type part of their name", None))
        self.link_box.setTitle(QCoreApplication.translate("LinkCarerDialog", u"For this pupil", None))
    # retranslateUi
