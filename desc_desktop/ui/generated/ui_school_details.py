# generated from forms/school_details.ui by desc_desktop.ui.compile_forms, do not edit
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QWidget)

class Ui_SchoolDetailsForm(object):
    def setupUi(self, SchoolDetailsForm):
        if not SchoolDetailsForm.objectName():
            SchoolDetailsForm.setObjectName(u"SchoolDetailsForm")
        self.form = QFormLayout(SchoolDetailsForm)
        self.form.setObjectName(u"form")
        self.form.setContentsMargins(0, 0, 0, 0)
        self.name_label = QLabel(SchoolDetailsForm)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(SchoolDetailsForm)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.address_line1_label = QLabel(SchoolDetailsForm)
        self.address_line1_label.setObjectName(u"address_line1_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.address_line1_label)

        self.address_line1 = QLineEdit(SchoolDetailsForm)
        self.address_line1.setObjectName(u"address_line1")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.address_line1)

        self.address_line2 = QLineEdit(SchoolDetailsForm)
        self.address_line2.setObjectName(u"address_line2")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.address_line2)

        self.town_label = QLabel(SchoolDetailsForm)
        self.town_label.setObjectName(u"town_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.town_label)

        self.town = QLineEdit(SchoolDetailsForm)
        self.town.setObjectName(u"town")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.town)

        self.postcode_label = QLabel(SchoolDetailsForm)
        self.postcode_label.setObjectName(u"postcode_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.postcode_label)

        self.postcode = QLineEdit(SchoolDetailsForm)
        self.postcode.setObjectName(u"postcode")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.postcode)

        self.phone_label = QLabel(SchoolDetailsForm)
        self.phone_label.setObjectName(u"phone_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(SchoolDetailsForm)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phone)

        self.email_label = QLabel(SchoolDetailsForm)
        self.email_label.setObjectName(u"email_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email = QLineEdit(SchoolDetailsForm)
        self.email.setObjectName(u"email")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.email)

        self.head_teacher_label = QLabel(SchoolDetailsForm)
        self.head_teacher_label.setObjectName(u"head_teacher_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.head_teacher_label)

        self.head_teacher = QLineEdit(SchoolDetailsForm)
        self.head_teacher.setObjectName(u"head_teacher")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.head_teacher)

        self.data_protection_lead_label = QLabel(SchoolDetailsForm)
        self.data_protection_lead_label.setObjectName(u"data_protection_lead_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.data_protection_lead_label)

        self.data_protection_lead = QLineEdit(SchoolDetailsForm)
        self.data_protection_lead.setObjectName(u"data_protection_lead")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.data_protection_lead)

        self.ico_registration_label = QLabel(SchoolDetailsForm)
        self.ico_registration_label.setObjectName(u"ico_registration_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.ico_registration_label)

        self.ico_registration = QLineEdit(SchoolDetailsForm)
        self.ico_registration.setObjectName(u"ico_registration")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.ico_registration)

        self.logo_label = QLabel(SchoolDetailsForm)
        self.logo_label.setObjectName(u"logo_label")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.logo_label)

        self.logo_row = QHBoxLayout()
        self.logo_row.setObjectName(u"logo_row")
        self.logo_preview = QLabel(SchoolDetailsForm)
        self.logo_preview.setObjectName(u"logo_preview")
        self.logo_preview.setMinimumSize(QSize(96, 48))
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.logo_row.addWidget(self.logo_preview)

        self.choose_logo = QPushButton(SchoolDetailsForm)
        self.choose_logo.setObjectName(u"choose_logo")

        self.logo_row.addWidget(self.choose_logo)

        self.clear_logo = QPushButton(SchoolDetailsForm)
        self.clear_logo.setObjectName(u"clear_logo")

        self.logo_row.addWidget(self.clear_logo)

        self.logo_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logo_row.addItem(self.logo_spacer)


        self.form.setLayout(10, QFormLayout.ItemRole.FieldRole, self.logo_row)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.address_line1_label.setBuddy(self.address_line1)
        self.town_label.setBuddy(self.town)
        self.postcode_label.setBuddy(self.postcode)
        self.phone_label.setBuddy(self.phone)
        self.email_label.setBuddy(self.email)
        self.head_teacher_label.setBuddy(self.head_teacher)
        self.data_protection_lead_label.setBuddy(self.data_protection_lead)
        self.ico_registration_label.setBuddy(self.ico_registration)
        self.logo_label.setBuddy(self.choose_logo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SchoolDetailsForm)

        QMetaObject.connectSlotsByName(SchoolDetailsForm)
    # setupUi

    def retranslateUi(self, SchoolDetailsForm):
        self.name_label.setText(QCoreApplication.translate("SchoolDetailsForm", u"School &name", None))
        self.address_line1_label.setText(QCoreApplication.translate("SchoolDetailsForm", u"&Address", None))
        self.town_label.setText(QCoreApplication.translate("SchoolDetailsForm", u"To&wn", None))
        self.postcode_label.setText(QCoreApplication.translate("SchoolDetailsForm", u"P&ostcode", None))
        self.postcode.setPlaceholderText(QCoreApplication.translate("SchoolDetailsForm", u"HP1 1AA", None))
        self.phone_label.setText(QCoreApplication.translate("SchoolDetailsForm", u"Tele&phone", None))
        self.email_label.setText(QCoreApplication.translate("SchoolDetailsForm", u"E&mail", None))
        self.email.setPlaceholderText(QCoreApplication.translate("SchoolDetailsForm", u"office@school.example", None))
        self.head_teacher_label.setText(QCoreApplication.translate("SchoolDetailsForm", u"Head &teacher", None))
        self.head_teacher.setPlaceholderText(QCoreApplication.translate("SchoolDetailsForm", u"e.g. Mrs A. Example", None))
        self.data_protection_lead_label.setText(QCoreApplication.translate("SchoolDetailsForm", u"&Data protection lead", None))
        self.ico_registration_label.setText(QCoreApplication.translate("SchoolDetailsForm", u"&ICO registration number", None))
        self.ico_registration.setPlaceholderText(QCoreApplication.translate("SchoolDetailsForm", u"e.g. Z1234567", None))
        self.logo_label.setText(QCoreApplication.translate("SchoolDetailsForm", u"&Logo", None))
        self.logo_preview.setText(QCoreApplication.translate("SchoolDetailsForm", u"(none)", None))
        self.choose_logo.setText(QCoreApplication.translate("SchoolDetailsForm", u"Choose image\u2026", None))
        self.clear_logo.setText(QCoreApplication.translate("SchoolDetailsForm", u"Remove", None))
        pass
    # retranslateUi
