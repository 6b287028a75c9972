# generated from forms/pupil_editor.ui by desc_desktop.ui.compile_forms, do not edit
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

from desc_desktop.ui.address_fields import AddressFields

class Ui_PupilEditor(object):
    def setupUi(self, PupilEditor):
        if not PupilEditor.objectName():
            PupilEditor.setObjectName(u"PupilEditor")
        PupilEditor.resize(860, 600)
        self.main_layout = QVBoxLayout(PupilEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.problems = QLabel(PupilEditor)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.problems)

        self.tabs = QTabWidget(PupilEditor)
        self.tabs.setObjectName(u"tabs")
        self.details_tab = QWidget()
        self.details_tab.setObjectName(u"details_tab")
        self.details_layout = QHBoxLayout(self.details_tab)
        self.details_layout.setObjectName(u"details_layout")
        self.pupil_box = QGroupBox(self.details_tab)
        self.pupil_box.setObjectName(u"pupil_box")
        self.pupil_form = QFormLayout(self.pupil_box)
        self.pupil_form.setObjectName(u"pupil_form")
        self.legal_surname_label = QLabel(self.pupil_box)
        self.legal_surname_label.setObjectName(u"legal_surname_label")

        self.pupil_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.legal_surname_label)

        self.legal_surname = QLineEdit(self.pupil_box)
        self.legal_surname.setObjectName(u"legal_surname")

        self.pupil_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.legal_surname)

        self.legal_forename_label = QLabel(self.pupil_box)
        self.legal_forename_label.setObjectName(u"legal_forename_label")

        self.pupil_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.legal_forename_label)

        self.legal_forename = QLineEdit(self.pupil_box)
        self.legal_forename.setObjectName(u"legal_forename")

        self.pupil_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.legal_forename)

        self.preferred_surname_label = QLabel(self.pupil_box)
        self.preferred_surname_label.setObjectName(u"preferred_surname_label")

        self.pupil_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.preferred_surname_label)

        self.preferred_surname = QLineEdit(self.pupil_box)
        self.preferred_surname.setObjectName(u"preferred_surname")

        self.pupil_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.preferred_surname)

        self.preferred_forename_label = QLabel(self.pupil_box)
        self.preferred_forename_label.setObjectName(u"preferred_forename_label")

        self.pupil_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.preferred_forename_label)

        self.preferred_forename = QLineEdit(self.pupil_box)
        self.preferred_forename.setObjectName(u"preferred_forename")

        self.pupil_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.preferred_forename)

        self.dob_label = QLabel(self.pupil_box)
        self.dob_label.setObjectName(u"dob_label")

        self.pupil_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dob_label)

        self.dob = QLineEdit(self.pupil_box)
        self.dob.setObjectName(u"dob")

        self.pupil_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dob)

        self.gender_label = QLabel(self.pupil_box)
        self.gender_label.setObjectName(u"gender_label")

        self.pupil_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.gender_label)

        self.gender = QComboBox(self.pupil_box)
        self.gender.setObjectName(u"gender")

        self.pupil_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.gender)

        self.upn_label = QLabel(self.pupil_box)
        self.upn_label.setObjectName(u"upn_label")

        self.pupil_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.upn_label)

        self.upn = QLineEdit(self.pupil_box)
        self.upn.setObjectName(u"upn")

        self.pupil_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.upn)

        self.year_group_label = QLabel(self.pupil_box)
        self.year_group_label.setObjectName(u"year_group_label")

        self.pupil_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.year_group_label)

        self.year_group = QComboBox(self.pupil_box)
        self.year_group.setObjectName(u"year_group")

        self.pupil_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.year_group)

        self.reg_group_label = QLabel(self.pupil_box)
        self.reg_group_label.setObjectName(u"reg_group_label")

        self.pupil_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.reg_group_label)

        self.reg_group = QLineEdit(self.pupil_box)
        self.reg_group.setObjectName(u"reg_group")

        self.pupil_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.reg_group)

        self.admission_date_label = QLabel(self.pupil_box)
        self.admission_date_label.setObjectName(u"admission_date_label")

        self.pupil_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.admission_date_label)

        self.admission_date = QLineEdit(self.pupil_box)
        self.admission_date.setObjectName(u"admission_date")

        self.pupil_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.admission_date)

        self.leaving_date_label = QLabel(self.pupil_box)
        self.leaving_date_label.setObjectName(u"leaving_date_label")

        self.pupil_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.leaving_date_label)

        self.leaving_date = QLineEdit(self.pupil_box)
        self.leaving_date.setObjectName(u"leaving_date")

        self.pupil_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.leaving_date)

        self.sen_status_label = QLabel(self.pupil_box)
        self.sen_status_label.setObjectName(u"sen_status_label")

        self.pupil_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.sen_status_label)

        self.sen_status = QComboBox(self.pupil_box)
        self.sen_status.setObjectName(u"sen_status")

        self.pupil_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.sen_status)

        self.ldd = QCheckBox(self.pupil_box)
        self.ldd.setObjectName(u"ldd")

        self.pupil_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.ldd)


        self.details_layout.addWidget(self.pupil_box)

        self.address_box = QGroupBox(self.details_tab)
        self.address_box.setObjectName(u"address_box")
        self.address_layout = QVBoxLayout(self.address_box)
        self.address_layout.setObjectName(u"address_layout")
        self.address = AddressFields(self.address_box)
        self.address.setObjectName(u"address")

        self.address_layout.addWidget(self.address)

        self.address_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.address_layout.addItem(self.address_spacer)


        self.details_layout.addWidget(self.address_box)

        self.tabs.addTab(self.details_tab, "")
        self.carers_tab = QWidget()
        self.carers_tab.setObjectName(u"carers_tab")
        self.carers_layout = QVBoxLayout(self.carers_tab)
        self.carers_layout.setObjectName(u"carers_layout")
        self.carers_hint = QLabel(self.carers_tab)
        self.carers_hint.setObjectName(u"carers_hint")
        self.carers_hint.setWordWrap(True)

        self.carers_layout.addWidget(self.carers_hint)

        self.carers_table = QTableView(self.carers_tab)
        self.carers_table.setObjectName(u"carers_table")

        self.carers_layout.addWidget(self.carers_table)

        self.carer_buttons = QHBoxLayout()
        self.carer_buttons.setObjectName(u"carer_buttons")
        self.add_carer = QPushButton(self.carers_tab)
        self.add_carer.setObjectName(u"add_carer")

        self.carer_buttons.addWidget(self.add_carer)

        self.link_carer = QPushButton(self.carers_tab)
        self.link_carer.setObjectName(u"link_carer")

        self.carer_buttons.addWidget(self.link_carer)

        self.edit_carer = QPushButton(self.carers_tab)
        self.edit_carer.setObjectName(u"edit_carer")

        self.carer_buttons.addWidget(self.edit_carer)

        self.unlink_carer = QPushButton(self.carers_tab)
        self.unlink_carer.setObjectName(u"unlink_carer")

        self.carer_buttons.addWidget(self.unlink_carer)

        self.carer_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.carer_buttons.addItem(self.carer_spacer)


        self.carers_layout.addLayout(self.carer_buttons)

        self.tabs.addTab(self.carers_tab, "")
        self.optouts_tab = QWidget()
        self.optouts_tab.setObjectName(u"optouts_tab")
        self.optouts_layout = QVBoxLayout(self.optouts_tab)
        self.optouts_layout.setObjectName(u"optouts_layout")
        self.status_row = QHBoxLayout()
        self.status_row.setObjectName(u"status_row")
        self.status = QLabel(self.optouts_tab)
        self.status.setObjectName(u"status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.status_row.addWidget(self.status)

        self.optouts_hint = QLabel(self.optouts_tab)
        self.optouts_hint.setObjectName(u"optouts_hint")
        self.optouts_hint.setWordWrap(True)
        self.optouts_hint.setTextFormat(Qt.TextFormat.PlainText)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.optouts_hint.sizePolicy().hasHeightForWidth())
        self.optouts_hint.setSizePolicy(sizePolicy)

        self.status_row.addWidget(self.optouts_hint)


        self.optouts_layout.addLayout(self.status_row)

        self.letters_label = QLabel(self.optouts_tab)
        self.letters_label.setObjectName(u"letters_label")

        self.optouts_layout.addWidget(self.letters_label)

        self.letters_table = QTableView(self.optouts_tab)
        self.letters_table.setObjectName(u"letters_table")

        self.optouts_layout.addWidget(self.letters_table)

        self.optouts_label = QLabel(self.optouts_tab)
        self.optouts_label.setObjectName(u"optouts_label")

        self.optouts_layout.addWidget(self.optouts_label)

        self.optouts_table = QTableView(self.optouts_tab)
        self.optouts_table.setObjectName(u"optouts_table")

        self.optouts_layout.addWidget(self.optouts_table)

        self.optout_buttons = QHBoxLayout()
        self.optout_buttons.setObjectName(u"optout_buttons")
        self.record_optout = QPushButton(self.optouts_tab)
        self.record_optout.setObjectName(u"record_optout")

        self.optout_buttons.addWidget(self.record_optout)

        self.withdraw_optout = QPushButton(self.optouts_tab)
        self.withdraw_optout.setObjectName(u"withdraw_optout")

        self.optout_buttons.addWidget(self.withdraw_optout)

        self.optout_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.optout_buttons.addItem(self.optout_spacer)


        self.optouts_layout.addLayout(self.optout_buttons)

        self.tabs.addTab(self.optouts_tab, "")
        self.history_tab = QWidget()
        self.history_tab.setObjectName(u"history_tab")
        self.history_layout = QVBoxLayout(self.history_tab)
        self.history_layout.setObjectName(u"history_layout")
        self.history_table = QTableView(self.history_tab)
        self.history_table.setObjectName(u"history_table")

        self.history_layout.addWidget(self.history_table)

        self.tabs.addTab(self.history_tab, "")

        self.main_layout.addWidget(self.tabs)

        self.buttons = QDialogButtonBox(PupilEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.legal_surname_label.setBuddy(self.legal_surname)
        self.legal_forename_label.setBuddy(self.legal_forename)
        self.preferred_surname_label.setBuddy(self.preferred_surname)
        self.preferred_forename_label.setBuddy(self.preferred_forename)
        self.dob_label.setBuddy(self.dob)
        self.gender_label.setBuddy(self.gender)
        self.upn_label.setBuddy(self.upn)
        self.year_group_label.setBuddy(self.year_group)
        self.reg_group_label.setBuddy(self.reg_group)
        self.admission_date_label.setBuddy(self.admission_date)
        self.leaving_date_label.setBuddy(self.leaving_date)
        self.sen_status_label.setBuddy(self.sen_status)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PupilEditor)

        QMetaObject.connectSlotsByName(PupilEditor)
    # setupUi

    def retranslateUi(self, PupilEditor):
        PupilEditor.setWindowTitle(QCoreApplication.translate("PupilEditor", u"Pupil", None))
        self.pupil_box.setTitle(QCoreApplication.translate("PupilEditor", u"Pupil", None))
        self.legal_surname_label.setText(QCoreApplication.translate("PupilEditor", u"Legal &surname", None))
        self.legal_forename_label.setText(QCoreApplication.translate("PupilEditor", u"Legal &forename", None))
        self.preferred_surname_label.setText(QCoreApplication.translate("PupilEditor", u"&Preferred surname", None))
        self.preferred_forename_label.setText(QCoreApplication.translate("PupilEditor", u"Preferred forenam&e", None))
        self.dob_label.setText(QCoreApplication.translate("PupilEditor", u"Da&te of birth", None))
        self.dob.setPlaceholderText(QCoreApplication.translate("PupilEditor", u"dd/mm/yyyy", None))
        self.gender_label.setText(QCoreApplication.translate("PupilEditor", u"&Gender", None))
        self.upn_label.setText(QCoreApplication.translate("PupilEditor", u"&UPN", None))
        self.upn.setPlaceholderText(QCoreApplication.translate("PupilEditor", u"13 characters, e.g. A123456789012", None))
        self.year_group_label.setText(QCoreApplication.translate("PupilEditor", u"&Year group", None))
        self.reg_group_label.setText(QCoreApplication.translate("PupilEditor", u"For&m", None))
        self.reg_group.setPlaceholderText(QCoreApplication.translate("PupilEditor", u"e.g. 9N", None))
        self.admission_date_label.setText(QCoreApplication.translate("PupilEditor", u"Adm&ission date", None))
        self.admission_date.setPlaceholderText(QCoreApplication.translate("PupilEditor", u"dd/mm/yyyy", None))
        self.leaving_date_label.setText(QCoreApplication.translate("PupilEditor", u"Lea&ving date", None))
        self.leaving_date.setPlaceholderText(QCoreApplication.translate("PupilEditor", u"dd/mm/yyyy (blank while on roll)", None))
        self.sen_status_label.setText(QCoreApplication.translate("PupilEditor", u"SE&N status", None))
        self.ldd.setText(QCoreApplication.translate("PupilEditor", u"Learning difficulty or disa&bility", None))
        self.address_box.setTitle(QCoreApplication.translate("PupilEditor", u"Home address", None))
        self.tabs.setTabText(self.tabs.indexOf(self.details_tab), QCoreApplication.translate("PupilEditor", u"&Details", None))
        self.add_carer.setText(QCoreApplication.translate("PupilEditor", u"&Add parent/carer\u2026", None))
        self.link_carer.setText(QCoreApplication.translate("PupilEditor", u"Lin&k existing (sibling's)\u2026", None))
        self.edit_carer.setText(QCoreApplication.translate("PupilEditor", u"&Edit\u2026", None))
        self.unlink_carer.setText(QCoreApplication.translate("PupilEditor", u"Re&move link", None))
        self.tabs.setTabText(self.tabs.indexOf(self.carers_tab), QCoreApplication.translate("PupilEditor", u"Ca&rers", None))
        self.letters_label.setText(QCoreApplication.translate("PupilEditor", u"Letters about this pupil (marked as sent), newest first", None))
#if QT_CONFIG(accessibility)
        self.letters_table.setAccessibleName(QCoreApplication.translate("PupilEditor", u"Letters about this pupil", None))
#endif // QT_CONFIG(accessibility)
        self.optouts_label.setText(QCoreApplication.translate("PupilEditor", u"Opt-outs and their withdrawals (never overwritten), newest first", None))
#if QT_CONFIG(accessibility)
        self.optouts_table.setAccessibleName(QCoreApplication.translate("PupilEditor", u"Opt-outs and withdrawals", None))
#endif // QT_CONFIG(accessibility)
        self.record_optout.setText(QCoreApplication.translate("PupilEditor", u"Record &opt-out\u2026", None))
        self.withdraw_optout.setText(QCoreApplication.translate("PupilEditor", u"&Withdraw\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.optouts_tab), QCoreApplication.translate("PupilEditor", u"&Letters && opt-outs", None))
        self.tabs.setTabText(self.tabs.indexOf(self.history_tab), QCoreApplication.translate("PupilEditor", u"&History", None))
    # retranslateUi
