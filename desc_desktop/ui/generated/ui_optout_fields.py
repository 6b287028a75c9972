# generated from forms/optout_fields.ui by desc_desktop.ui.compile_forms, do not edit
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_OptOutFields(object):
    def setupUi(self, OptOutFields):
        if not OptOutFields.objectName():
            OptOutFields.setObjectName(u"OptOutFields")
        self.main_layout = QVBoxLayout(OptOutFields)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.pupil_label = QLabel(OptOutFields)
        self.pupil_label.setObjectName(u"pupil_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pupil_label)

        self.pupil_row = QHBoxLayout()
        self.pupil_row.setObjectName(u"pupil_row")
        self.pupil = QComboBox(OptOutFields)
        self.pupil.setObjectName(u"pupil")
        self.pupil.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.pupil_row.addWidget(self.pupil)

        self.pupil_status = QLabel(OptOutFields)
        self.pupil_status.setObjectName(u"pupil_status")
        self.pupil_status.setTextFormat(Qt.TextFormat.PlainText)

        self.pupil_row.addWidget(self.pupil_status)

        self.pupil_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pupil_row.addItem(self.pupil_spacer)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.pupil_row)

        self.by_label = QLabel(OptOutFields)
        self.by_label.setObjectName(u"by_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.by_label)

        self.by_grid = QGridLayout()
        self.by_grid.setObjectName(u"by_grid")
        self.by_parent = QRadioButton(OptOutFields)
        self.by_parent.setObjectName(u"by_parent")
        self.by_parent.setChecked(True)

        self.by_grid.addWidget(self.by_parent, 0, 0, 1, 1)

        self.carer = QComboBox(OptOutFields)
        self.carer.setObjectName(u"carer")
        self.carer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.by_grid.addWidget(self.carer, 0, 1, 1, 1)

        self.by_pupil = QRadioButton(OptOutFields)
        self.by_pupil.setObjectName(u"by_pupil")

        self.by_grid.addWidget(self.by_pupil, 1, 0, 1, 1)

        self.by_reason = QLabel(OptOutFields)
        self.by_reason.setObjectName(u"by_reason")
        self.by_reason.setWordWrap(True)
        self.by_reason.setTextFormat(Qt.TextFormat.PlainText)

        self.by_grid.addWidget(self.by_reason, 2, 0, 1, 3)

        self.by_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.by_grid.addItem(self.by_spacer, 0, 2, 1, 1)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.by_grid)

        self.received_label = QLabel(OptOutFields)
        self.received_label.setObjectName(u"received_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.received_label)

        self.received_row = QHBoxLayout()
        self.received_row.setObjectName(u"received_row")
        self.received = QLineEdit(OptOutFields)
        self.received.setObjectName(u"received")
        self.received.setMaximumSize(QSize(120, 16777215))

        self.received_row.addWidget(self.received)

        self.timeliness = QLabel(OptOutFields)
        self.timeliness.setObjectName(u"timeliness")
        self.timeliness.setWordWrap(True)
        self.timeliness.setTextFormat(Qt.TextFormat.PlainText)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.timeliness.sizePolicy().hasHeightForWidth())
        self.timeliness.setSizePolicy(sizePolicy)

        self.received_row.addWidget(self.timeliness)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.received_row)

        self.method_label = QLabel(OptOutFields)
        self.method_label.setObjectName(u"method_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.method_label)

        self.method_row = QHBoxLayout()
        self.method_row.setObjectName(u"method_row")
        self.method = QComboBox(OptOutFields)
        self.method.setObjectName(u"method")

        self.method_row.addWidget(self.method)

        self.method_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.method_row.addItem(self.method_spacer)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.method_row)

        self.notes_label = QLabel(OptOutFields)
        self.notes_label.setObjectName(u"notes_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QLineEdit(OptOutFields)
        self.notes.setObjectName(u"notes")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notes)


        self.main_layout.addLayout(self.form)

        self.problems = QLabel(OptOutFields)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.problems)

#if QT_CONFIG(shortcut)
        self.pupil_label.setBuddy(self.pupil)
        self.received_label.setBuddy(self.received)
        self.method_label.setBuddy(self.method)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OptOutFields)

        QMetaObject.connectSlotsByName(OptOutFields)
    # setupUi

    def retranslateUi(self, OptOutFields):
        self.pupil_label.setText(QCoreApplication.translate("OptOutFields", u"P&upil", None))
#if QT_CONFIG(accessibility)
        self.pupil.setAccessibleName(QCoreApplication.translate("OptOutFields", u"Pupil the opt-out is about", None))
#endif // QT_CONFIG(accessibility)
        self.by_label.setText(QCoreApplication.translate("OptOutFields", u"Opted out by", None))
        self.by_parent.setText(QCoreApplication.translate("OptOutFields", u"Parent/&carer", None))
#if QT_CONFIG(accessibility)
        self.carer.setAccessibleName(QCoreApplication.translate("OptOutFields", u"Which parent/carer", None))
#endif // QT_CONFIG(accessibility)
        self.by_pupil.setText(QCoreApplication.translate("OptOutFields", u"The &pupil (16 or over)", None))
        self.received_label.setText(QCoreApplication.translate("OptOutFields", u"Date &received", None))
        self.received.setPlaceholderText(QCoreApplication.translate("OptOutFields", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.received.setAccessibleName(QCoreApplication.translate("OptOutFields", u"Date the reply was received", None))
#endif // QT_CONFIG(accessibility)
        self.method_label.setText(QCoreApplication.translate("OptOutFields", u"Ho&w", None))
        self.notes_label.setText(QCoreApplication.translate("OptOutFields", u"&Notes", None))
        self.notes.setPlaceholderText(QCoreApplication.translate("OptOutFields", u"optional, e.g. handed in at reception", None))
        pass
    # retranslateUi
