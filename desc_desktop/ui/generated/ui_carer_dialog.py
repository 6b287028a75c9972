# generated from forms/carer_dialog.ui by desc_desktop.ui.compile_forms, do not edit
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from desc_desktop.ui.address_fields import AddressFields
from desc_desktop.ui.carer_link_fields import CarerLinkFields

class Ui_CarerDialog(object):
    def setupUi(self, CarerDialog):
        if not CarerDialog.objectName():
            CarerDialog.setObjectName(u"CarerDialog")
        self.main_layout = QVBoxLayout(CarerDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.problems = QLabel(CarerDialog)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.problems)

        self.shared_note = QLabel(CarerDialog)
        self.shared_note.setObjectName(u"shared_note")
        self.shared_note.setWordWrap(True)

        self.main_layout.addWidget(self.shared_note)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.left_column = QVBoxLayout()
        self.left_column.setObjectName(u"left_column")
        self.person_box = QGroupBox(CarerDialog)
        self.person_box.setObjectName(u"person_box")
        self.person_form = QFormLayout(self.person_box)
        self.person_form.setObjectName(u"person_form")
        self.title_label = QLabel(self.person_box)
        self.title_label.setObjectName(u"title_label")

        self.person_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title = QLineEdit(self.person_box)
        self.title.setObjectName(u"title")

        self.person_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.forename_label = QLabel(self.person_box)
        self.forename_label.setObjectName(u"forename_label")

        self.person_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.forename_label)

        self.forename = QLineEdit(self.person_box)
        self.forename.setObjectName(u"forename")

        self.person_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.forename)

        self.surname_label = QLabel(self.person_box)
        self.surname_label.setObjectName(u"surname_label")

        self.person_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.surname_label)

        self.surname = QLineEdit(self.person_box)
        self.surname.setObjectName(u"surname")

        self.person_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.surname)

        self.phone_home_label = QLabel(self.person_box)
        self.phone_home_label.setObjectName(u"phone_home_label")

        self.person_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phone_home_label)

        self.phone_home = QLineEdit(self.person_box)
        self.phone_home.setObjectName(u"phone_home")

        self.person_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phone_home)

        self.phone_mobile_label = QLabel(self.person_box)
        self.phone_mobile_label.setObjectName(u"phone_mobile_label")

        self.person_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phone_mobile_label)

        self.phone_mobile = QLineEdit(self.person_box)
        self.phone_mobile.setObjectName(u"phone_mobile")

        self.person_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone_mobile)

        self.phone_work_label = QLabel(self.person_box)
        self.phone_work_label.setObjectName(u"phone_work_label")

        self.person_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phone_work_label)

        self.phone_work = QLineEdit(self.person_box)
        self.phone_work.setObjectName(u"phone_work")

        self.person_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phone_work)

        self.email_label = QLabel(self.person_box)
        self.email_label.setObjectName(u"email_label")

        self.person_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email = QLineEdit(self.person_box)
        self.email.setObjectName(u"email")

        self.person_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.email)


        self.left_column.addWidget(self.person_box)

        self.address_box = QGroupBox(CarerDialog)
        self.address_box.setObjectName(u"address_box")
        self.address_layout = QVBoxLayout(self.address_box)
        self.address_layout.setObjectName(u"address_layout")
        self.same_address = QCheckBox(self.address_box)
        self.same_address.setObjectName(u"same_address")
        self.same_address.setChecked(True)

        self.address_layout.addWidget(self.same_address)

        self.address = AddressFields(self.address_box)
        self.address.setObjectName(u"address")

        self.address_layout.addWidget(self.address)


        self.left_column.addWidget(self.address_box)


        self.columns.addLayout(self.left_column)

        self.right_column = QVBoxLayout()
        self.right_column.setObjectName(u"right_column")
        self.link_box = QGroupBox(CarerDialog)
        self.link_box.setObjectName(u"link_box")
        self.link_layout = QVBoxLayout(self.link_box)
        self.link_layout.setObjectName(u"link_layout")
        self.link = CarerLinkFields(self.link_box)
        self.link.setObjectName(u"link")

        self.link_layout.addWidget(self.link)


        self.right_column.addWidget(self.link_box)

        self.right_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.right_column.addItem(self.right_spacer)


        self.columns.addLayout(self.right_column)


        self.main_layout.addLayout(self.columns)

        self.buttons = QDialogButtonBox(CarerDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title)
        self.forename_label.setBuddy(self.forename)
        self.surname_label.setBuddy(self.surname)
        self.phone_home_label.setBuddy(self.phone_home)
        self.phone_mobile_label.setBuddy(self.phone_mobile)
        self.phone_work_label.setBuddy(self.phone_work)
        self.email_label.setBuddy(self.email)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CarerDialog)

        QMetaObject.connectSlotsByName(CarerDialog)
    # setupUi

    def retranslateUi(self, CarerDialog):
        CarerDialog.setWindowTitle(QCoreApplication.translate("CarerDialog", u"Parent/carer", None))
        self.person_box.setTitle(QCoreApplication.translate("CarerDialog", u"Person", None))
        self.title_label.setText(QCoreApplication.translate("CarerDialog", u"&Title", None))
        self.title.setPlaceholderText(QCoreApplication.translate("CarerDialog", u"e.g. Mrs, Mr, Mx, Dr", None))
        self.forename_label.setText(QCoreApplication.translate("CarerDialog", u"&Forename", None))
        self.surname_label.setText(QCoreApplication.translate("CarerDialog", u"&Surname", None))
        self.phone_home_label.setText(QCoreApplication.translate("CarerDialog", u"&Home phone", None))
        self.phone_mobile_label.setText(QCoreApplication.translate("CarerDialog", u"&Mobile", None))
        self.phone_work_label.setText(QCoreApplication.translate("CarerDialog", u"Wor&k phone", None))
        self.email_label.setText(QCoreApplication.translate("CarerDialog", u"&Email", None))
        self.email.setPlaceholderText(QCoreApplication.translate("CarerDialog", u"name@example.org", None))
        self.address_box.setTitle(QCoreApplication.translate("CarerDialog", u"Address", None))
        self.same_address.setText(QCoreApplication.translate("CarerDialog", u"Same address as &pupil", None))
        self.link_box.setTitle(QCoreApplication.translate("CarerDialog", u"For this pupil", None))
    # retranslateUi
