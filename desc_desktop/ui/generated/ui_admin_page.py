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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDoubleSpinBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget,
    QVBoxLayout, QWidget)

from desc_desktop.ui.audit_trail import AuditTrailView
from desc_desktop.ui.backups_panel import BackupsPanel
from desc_desktop.ui.school_form import SchoolDetailsForm
from desc_desktop.ui.staff_panel import StaffPanel

class Ui_AdminPage(object):
    def setupUi(self, AdminPage):
        if not AdminPage.objectName():
            AdminPage.setObjectName(u"AdminPage")
        self.page_layout = QVBoxLayout(AdminPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(AdminPage)
        self.tabs.setObjectName(u"tabs")
        self.school_tab = QWidget()
        self.school_tab.setObjectName(u"school_tab")
        self.main_layout = QHBoxLayout(self.school_tab)
        self.main_layout.setObjectName(u"main_layout")
        self.school_box = QGroupBox(self.school_tab)
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

        self.letters_box = QGroupBox(self.school_box)
        self.letters_box.setObjectName(u"letters_box")
        self.letters_form = QFormLayout(self.letters_box)
        self.letters_form.setObjectName(u"letters_form")
        self.ages_label = QLabel(self.letters_box)
        self.ages_label.setObjectName(u"ages_label")

        self.letters_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ages_label)

        self.ages_row = QHBoxLayout()
        self.ages_row.setObjectName(u"ages_row")
        self.youngest = QSpinBox(self.letters_box)
        self.youngest.setObjectName(u"youngest")
        self.youngest.setMinimum(10)
        self.youngest.setMaximum(25)

        self.ages_row.addWidget(self.youngest)

        self.ages_to = QLabel(self.letters_box)
        self.ages_to.setObjectName(u"ages_to")

        self.ages_row.addWidget(self.ages_to)

        self.oldest = QSpinBox(self.letters_box)
        self.oldest.setObjectName(u"oldest")
        self.oldest.setMinimum(10)
        self.oldest.setMaximum(25)

        self.ages_row.addWidget(self.oldest)

        self.ages_ldd = QLabel(self.letters_box)
        self.ages_ldd.setObjectName(u"ages_ldd")

        self.ages_row.addWidget(self.ages_ldd)

        self.oldest_with_ldd = QSpinBox(self.letters_box)
        self.oldest_with_ldd.setObjectName(u"oldest_with_ldd")
        self.oldest_with_ldd.setMinimum(10)
        self.oldest_with_ldd.setMaximum(25)

        self.ages_row.addWidget(self.oldest_with_ldd)

        self.ages_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ages_row.addItem(self.ages_spacer)


        self.letters_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.ages_row)

        self.pupils_16 = QCheckBox(self.letters_box)
        self.pupils_16.setObjectName(u"pupils_16")

        self.letters_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pupils_16)

        self.window_label = QLabel(self.letters_box)
        self.window_label.setObjectName(u"window_label")

        self.letters_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.window_label)

        self.window_row = QHBoxLayout()
        self.window_row.setObjectName(u"window_row")
        self.window_left = QDoubleSpinBox(self.letters_box)
        self.window_left.setObjectName(u"window_left")
        self.window_left.setDecimals(0)
        self.window_left.setMinimum(5.000000000000000)
        self.window_left.setMaximum(60.000000000000000)

        self.window_row.addWidget(self.window_left)

        self.window_top = QDoubleSpinBox(self.letters_box)
        self.window_top.setObjectName(u"window_top")
        self.window_top.setDecimals(0)
        self.window_top.setMinimum(20.000000000000000)
        self.window_top.setMaximum(120.000000000000000)

        self.window_row.addWidget(self.window_top)

        self.window_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.window_row.addItem(self.window_spacer)


        self.letters_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.window_row)

        self.letters_buttons = QHBoxLayout()
        self.letters_buttons.setObjectName(u"letters_buttons")
        self.test_print = QPushButton(self.letters_box)
        self.test_print.setObjectName(u"test_print")

        self.letters_buttons.addWidget(self.test_print)

        self.letters_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.letters_buttons.addItem(self.letters_spacer)

        self.save_letters = QPushButton(self.letters_box)
        self.save_letters.setObjectName(u"save_letters")

        self.letters_buttons.addWidget(self.save_letters)


        self.letters_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.letters_buttons)


        self.school_layout.addWidget(self.letters_box)

        self.school_bottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.school_layout.addItem(self.school_bottom)


        self.main_layout.addWidget(self.school_box)

        self.school_right = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.main_layout.addItem(self.school_right)

        self.tabs.addTab(self.school_tab, "")
        self.audit_tab = QWidget()
        self.audit_tab.setObjectName(u"audit_tab")
        self.audit_layout = QVBoxLayout(self.audit_tab)
        self.audit_layout.setObjectName(u"audit_layout")
        self.audit_trail = AuditTrailView(self.audit_tab)
        self.audit_trail.setObjectName(u"audit_trail")

        self.audit_layout.addWidget(self.audit_trail)

        self.tabs.addTab(self.audit_tab, "")
        self.backups_tab = QWidget()
        self.backups_tab.setObjectName(u"backups_tab")
        self.backups_tab_layout = QVBoxLayout(self.backups_tab)
        self.backups_tab_layout.setObjectName(u"backups_tab_layout")
        self.backups = BackupsPanel(self.backups_tab)
        self.backups.setObjectName(u"backups")

        self.backups_tab_layout.addWidget(self.backups)

        self.tabs.addTab(self.backups_tab, "")
        self.staff_tab = QWidget()
        self.staff_tab.setObjectName(u"staff_tab")
        self.staff_tab_layout = QVBoxLayout(self.staff_tab)
        self.staff_tab_layout.setObjectName(u"staff_tab_layout")
        self.staff = StaffPanel(self.staff_tab)
        self.staff.setObjectName(u"staff")

        self.staff_tab_layout.addWidget(self.staff)

        self.tabs.addTab(self.staff_tab, "")

        self.page_layout.addWidget(self.tabs)


        self.retranslateUi(AdminPage)

        QMetaObject.connectSlotsByName(AdminPage)
    # setupUi

    def retranslateUi(self, AdminPage):
        self.school_box.setTitle(QCoreApplication.translate("AdminPage", u"School details", None))
        self.save_school.setText(QCoreApplication.translate("AdminPage", u"&Save school details", None))
        self.letters_box.setTitle(QCoreApplication.translate("AdminPage", u"Letters", None))
        self.ages_label.setText(QCoreApplication.translate("AdminPage", u"Connexions ages", None))
#if QT_CONFIG(accessibility)
        self.youngest.setAccessibleName(QCoreApplication.translate("AdminPage", u"Youngest age", None))
#endif // QT_CONFIG(accessibility)
        self.ages_to.setText(QCoreApplication.translate("AdminPage", u"to", None))
#if QT_CONFIG(accessibility)
        self.oldest.setAccessibleName(QCoreApplication.translate("AdminPage", u"Oldest age", None))
#endif // QT_CONFIG(accessibility)
        self.ages_ldd.setText(QCoreApplication.translate("AdminPage", u"or, with a learning difficulty, to", None))
#if QT_CONFIG(accessibility)
        self.oldest_with_ldd.setAccessibleName(QCoreApplication.translate("AdminPage", u"Oldest age with a learning difficulty or disability", None))
#endif // QT_CONFIG(accessibility)
        self.pupils_16.setText(QCoreApplication.translate("AdminPage", u"Pupils aged 16 or over also get a letter addressed to them", None))
        self.window_label.setText(QCoreApplication.translate("AdminPage", u"Address position", None))
        self.window_left.setSuffix(QCoreApplication.translate("AdminPage", u" mm from the left", None))
        self.window_top.setSuffix(QCoreApplication.translate("AdminPage", u" mm from the top", None))
        self.test_print.setText(QCoreApplication.translate("AdminPage", u"Test p&rint\u2026", None))
#if QT_CONFIG(tooltip)
        self.test_print.setToolTip(QCoreApplication.translate("AdminPage", u"A sample letter (fictional names) to print and hold behind an envelope's window.", None))
#endif // QT_CONFIG(tooltip)
        self.save_letters.setText(QCoreApplication.translate("AdminPage", u"Sa&ve letter settings", None))
        self.tabs.setTabText(self.tabs.indexOf(self.school_tab), QCoreApplication.translate("AdminPage", u"S&chool and settings", None))
        self.tabs.setTabText(self.tabs.indexOf(self.audit_tab), QCoreApplication.translate("AdminPage", u"A&udit trail", None))
        self.tabs.setTabText(self.tabs.indexOf(self.backups_tab), QCoreApplication.translate("AdminPage", u"&Backups", None))
        self.tabs.setTabText(self.tabs.indexOf(self.staff_tab), QCoreApplication.translate("AdminPage", u"Staff", None))
        pass
    # retranslateUi
