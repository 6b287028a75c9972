# generated from forms/carer_link_fields.ui by desc_desktop.ui.compile_forms, do not edit
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QLabel, QLineEdit, QSizePolicy, QSpinBox,
    QWidget)

class Ui_CarerLinkFields(object):
    def setupUi(self, CarerLinkFields):
        if not CarerLinkFields.objectName():
            CarerLinkFields.setObjectName(u"CarerLinkFields")
        self.form = QFormLayout(CarerLinkFields)
        self.form.setObjectName(u"form")
        self.form.setContentsMargins(0, 0, 0, 0)
        self.relationship_label = QLabel(CarerLinkFields)
        self.relationship_label.setObjectName(u"relationship_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.relationship_label)

        self.relationship = QComboBox(CarerLinkFields)
        self.relationship.addItem("")
        self.relationship.addItem("")
        self.relationship.addItem("")
        self.relationship.addItem("")
        self.relationship.addItem("")
        self.relationship.addItem("")
        self.relationship.addItem("")
        self.relationship.addItem("")
        self.relationship.addItem("")
        self.relationship.addItem("")
        self.relationship.setObjectName(u"relationship")
        self.relationship.setEditable(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.relationship)

        self.parental_responsibility = QCheckBox(CarerLinkFields)
        self.parental_responsibility.setObjectName(u"parental_responsibility")
        self.parental_responsibility.setChecked(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.parental_responsibility)

        self.receives_correspondence = QCheckBox(CarerLinkFields)
        self.receives_correspondence.setObjectName(u"receives_correspondence")
        self.receives_correspondence.setChecked(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.receives_correspondence)

        self.priority_label = QLabel(CarerLinkFields)
        self.priority_label.setObjectName(u"priority_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.priority_label)

        self.priority = QSpinBox(CarerLinkFields)
        self.priority.setObjectName(u"priority")
        self.priority.setMinimum(1)
        self.priority.setMaximum(9)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.priority)

        self.no_contact_label = QLabel(CarerLinkFields)
        self.no_contact_label.setObjectName(u"no_contact_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.no_contact_label)

        self.no_contact = QComboBox(CarerLinkFields)
        self.no_contact.setObjectName(u"no_contact")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.no_contact)

        self.no_contact_note_label = QLabel(CarerLinkFields)
        self.no_contact_note_label.setObjectName(u"no_contact_note_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.no_contact_note_label)

        self.no_contact_note = QLineEdit(CarerLinkFields)
        self.no_contact_note.setObjectName(u"no_contact_note")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.no_contact_note)

        self.no_contact_help = QLabel(CarerLinkFields)
        self.no_contact_help.setObjectName(u"no_contact_help")
        self.no_contact_help.setWordWrap(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.no_contact_help)

#if QT_CONFIG(shortcut)
        self.relationship_label.setBuddy(self.relationship)
        self.priority_label.setBuddy(self.priority)
        self.no_contact_label.setBuddy(self.no_contact)
        self.no_contact_note_label.setBuddy(self.no_contact_note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CarerLinkFields)

        QMetaObject.connectSlotsByName(CarerLinkFields)
    # setupUi

    def retranslateUi(self, CarerLinkFields):
        self.relationship_label.setText(QCoreApplication.translate("CarerLinkFields", u"&Relationship", None))
        self.relationship.setItemText(0, QCoreApplication.translate("CarerLinkFields", u"Mother", None))
        self.relationship.setItemText(1, QCoreApplication.translate("CarerLinkFields", u"Father", None))
        self.relationship.setItemText(2, QCoreApplication.translate("CarerLinkFields", u"Step-mother", None))
        self.relationship.setItemText(3, QCoreApplication.translate("CarerLinkFields", u"Step-father", None))
        self.relationship.setItemText(4, QCoreApplication.translate("CarerLinkFields", u"Grandmother", None))
        self.relationship.setItemText(5, QCoreApplication.translate("CarerLinkFields", u"Grandfather", None))
        self.relationship.setItemText(6, QCoreApplication.translate("CarerLinkFields", u"Foster carer", None))
        self.relationship.setItemText(7, QCoreApplication.translate("CarerLinkFields", u"Social worker", None))
        self.relationship.setItemText(8, QCoreApplication.translate("CarerLinkFields", u"Other relative", None))
        self.relationship.setItemText(9, QCoreApplication.translate("CarerLinkFields", u"Other", None))

        self.parental_responsibility.setText(QCoreApplication.translate("CarerLinkFields", u"Has parental responsi&bility", None))
        self.receives_correspondence.setText(QCoreApplication.translate("CarerLinkFields", u"Recei&ves correspondence", None))
        self.priority_label.setText(QCoreApplication.translate("CarerLinkFields", u"Contact priorit&y", None))
        self.no_contact_label.setText(QCoreApplication.translate("CarerLinkFields", u"&No-contact restriction", None))
        self.no_contact_note_label.setText(QCoreApplication.translate("CarerLinkFields", u"Restr&iction note", None))
        self.no_contact_note.setPlaceholderText(QCoreApplication.translate("CarerLinkFields", u"e.g. order reference, or who to ask", None))
        self.no_contact_help.setText(QCoreApplication.translate("CarerLinkFields", u"A restricted parent/carer is never sent letters about this pupil and is never given the pupil's details.", None))
        pass
    # retranslateUi
