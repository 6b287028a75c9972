# generated from forms/address_fields.ui by desc_desktop.ui.compile_forms, do not edit
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QWidget)

class Ui_AddressFields(object):
    def setupUi(self, AddressFields):
        if not AddressFields.objectName():
            AddressFields.setObjectName(u"AddressFields")
        self.form = QFormLayout(AddressFields)
        self.form.setObjectName(u"form")
        self.form.setContentsMargins(0, 0, 0, 0)
        self.line1_label = QLabel(AddressFields)
        self.line1_label.setObjectName(u"line1_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.line1_label)

        self.line1 = QLineEdit(AddressFields)
        self.line1.setObjectName(u"line1")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.line1)

        self.line2 = QLineEdit(AddressFields)
        self.line2.setObjectName(u"line2")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.line2)

        self.line3 = QLineEdit(AddressFields)
        self.line3.setObjectName(u"line3")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.line3)

        self.town_label = QLabel(AddressFields)
        self.town_label.setObjectName(u"town_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.town_label)

        self.town = QLineEdit(AddressFields)
        self.town.setObjectName(u"town")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.town)

        self.county_label = QLabel(AddressFields)
        self.county_label.setObjectName(u"county_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.county_label)

        self.county = QLineEdit(AddressFields)
        self.county.setObjectName(u"county")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.county)

        self.postcode_label = QLabel(AddressFields)
        self.postcode_label.setObjectName(u"postcode_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.postcode_label)

        self.postcode = QLineEdit(AddressFields)
        self.postcode.setObjectName(u"postcode")
        self.postcode.setMaximumSize(QSize(120, 16777215))

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.postcode)

#if QT_CONFIG(shortcut)
        self.line1_label.setBuddy(self.line1)
        self.town_label.setBuddy(self.town)
        self.county_label.setBuddy(self.county)
        self.postcode_label.setBuddy(self.postcode)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AddressFields)

        QMetaObject.connectSlotsByName(AddressFields)
    # setupUi

    def retranslateUi(self, AddressFields):
        self.line1_label.setText(QCoreApplication.translate("AddressFields", u"&Address", None))
#if QT_CONFIG(accessibility)
        self.line2.setAccessibleName(QCoreApplication.translate("AddressFields", u"Address line 2", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.line3.setAccessibleName(QCoreApplication.translate("AddressFields", u"Address line 3", None))
#endif // QT_CONFIG(accessibility)
        self.town_label.setText(QCoreApplication.translate("AddressFields", u"To&wn", None))
        self.county_label.setText(QCoreApplication.translate("AddressFields", u"&County", None))
        self.postcode_label.setText(QCoreApplication.translate("AddressFields", u"P&ostcode", None))
        self.postcode.setPlaceholderText(QCoreApplication.translate("AddressFields", u"HP1 1AA", None))
        pass
    # retranslateUi
