# generated from forms/letter_run.ui by desc_desktop.ui.compile_forms, do not edit
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
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListView, QListWidget, QListWidgetItem, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QTableView, QVBoxLayout, QWidget)

from desc_desktop.ui.pupil_picker import PupilPicker

class Ui_LetterRunPage(object):
    def setupUi(self, LetterRunPage):
        if not LetterRunPage.objectName():
            LetterRunPage.setObjectName(u"LetterRunPage")
        self.main_layout = QVBoxLayout(LetterRunPage)
        self.main_layout.setObjectName(u"main_layout")
        self.steps_label = QLabel(LetterRunPage)
        self.steps_label.setObjectName(u"steps_label")
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)

        self.main_layout.addWidget(self.steps_label)

        self.steps = QStackedWidget(LetterRunPage)
        self.steps.setObjectName(u"steps")
        self.choose_step = QWidget()
        self.choose_step.setObjectName(u"choose_step")
        self.choose_layout = QVBoxLayout(self.choose_step)
        self.choose_layout.setObjectName(u"choose_layout")
        self.choose_intro = QLabel(self.choose_step)
        self.choose_intro.setObjectName(u"choose_intro")
        self.choose_intro.setWordWrap(True)
        self.choose_intro.setTextFormat(Qt.TextFormat.PlainText)

        self.choose_layout.addWidget(self.choose_intro)

        self.choose_row = QHBoxLayout()
        self.choose_row.setObjectName(u"choose_row")
        self.choose_form = QFormLayout()
        self.choose_form.setObjectName(u"choose_form")
        self.choose_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.who_label = QLabel(self.choose_step)
        self.who_label.setObjectName(u"who_label")

        self.choose_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.who_label)

        self.who_layout = QVBoxLayout()
        self.who_layout.setObjectName(u"who_layout")
        self.everyone = QRadioButton(self.choose_step)
        self.everyone.setObjectName(u"everyone")
        self.everyone.setChecked(True)

        self.who_layout.addWidget(self.everyone)

        self.joiners = QRadioButton(self.choose_step)
        self.joiners.setObjectName(u"joiners")

        self.who_layout.addWidget(self.joiners)

        self.by_year = QRadioButton(self.choose_step)
        self.by_year.setObjectName(u"by_year")

        self.who_layout.addWidget(self.by_year)

        self.years = QListWidget(self.choose_step)
        self.years.setObjectName(u"years")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.years.sizePolicy().hasHeightForWidth())
        self.years.setSizePolicy(sizePolicy)
        self.years.setFlow(QListView.Flow.LeftToRight)
        self.years.setProperty(u"isWrapping", True)
        self.years.setResizeMode(QListView.ResizeMode.Adjust)
        self.years.setSpacing(2)
        self.years.setMaximumSize(QSize(16777215, 56))

        self.who_layout.addWidget(self.years)

        self.selected = QRadioButton(self.choose_step)
        self.selected.setObjectName(u"selected")

        self.who_layout.addWidget(self.selected)


        self.choose_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.who_layout)

        self.issue_date_label = QLabel(self.choose_step)
        self.issue_date_label.setObjectName(u"issue_date_label")

        self.choose_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.issue_date_label)

        self.issue_date_row = QHBoxLayout()
        self.issue_date_row.setObjectName(u"issue_date_row")
        self.issue_date = QLineEdit(self.choose_step)
        self.issue_date.setObjectName(u"issue_date")
        self.issue_date.setMinimumSize(QSize(100, 0))
        self.issue_date.setMaximumSize(QSize(120, 16777215))

        self.issue_date_row.addWidget(self.issue_date)

        self.issue_date_hint = QLabel(self.choose_step)
        self.issue_date_hint.setObjectName(u"issue_date_hint")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.issue_date_hint.sizePolicy().hasHeightForWidth())
        self.issue_date_hint.setSizePolicy(sizePolicy1)

        self.issue_date_row.addWidget(self.issue_date_hint)


        self.choose_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.issue_date_row)

        self.delivery_label = QLabel(self.choose_step)
        self.delivery_label.setObjectName(u"delivery_label")

        self.choose_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.delivery_label)

        self.delivery = QComboBox(self.choose_step)
        self.delivery.setObjectName(u"delivery")
        self.delivery.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.choose_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.delivery)

        self.received_label = QLabel(self.choose_step)
        self.received_label.setObjectName(u"received_label")

        self.choose_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.received_label)

        self.received_row = QHBoxLayout()
        self.received_row.setObjectName(u"received_row")
        self.received = QLineEdit(self.choose_step)
        self.received.setObjectName(u"received")
        self.received.setMinimumSize(QSize(100, 0))
        self.received.setMaximumSize(QSize(120, 16777215))

        self.received_row.addWidget(self.received)

        self.received_hint = QLabel(self.choose_step)
        self.received_hint.setObjectName(u"received_hint")
        sizePolicy1.setHeightForWidth(self.received_hint.sizePolicy().hasHeightForWidth())
        self.received_hint.setSizePolicy(sizePolicy1)
        self.received_hint.setTextFormat(Qt.TextFormat.PlainText)

        self.received_row.addWidget(self.received_hint)


        self.choose_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.received_row)

        self.dates_label = QLabel(self.choose_step)
        self.dates_label.setObjectName(u"dates_label")

        self.choose_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dates_label)

        self.dates = QLabel(self.choose_step)
        self.dates.setObjectName(u"dates")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.dates.sizePolicy().hasHeightForWidth())
        self.dates.setSizePolicy(sizePolicy2)
        self.dates.setTextFormat(Qt.TextFormat.PlainText)

        self.choose_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dates)

        self.sort_label = QLabel(self.choose_step)
        self.sort_label.setObjectName(u"sort_label")

        self.choose_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sort_label)

        self.sort = QComboBox(self.choose_step)
        self.sort.setObjectName(u"sort")
        self.sort.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.choose_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sort)


        self.choose_row.addLayout(self.choose_form)

        self.pupil_picker = PupilPicker(self.choose_step)
        self.pupil_picker.setObjectName(u"pupil_picker")
        sizePolicy3 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy3.setHorizontalStretch(1)
        sizePolicy3.setVerticalStretch(0)
        sizePolicy3.setHeightForWidth(self.pupil_picker.sizePolicy().hasHeightForWidth())
        self.pupil_picker.setSizePolicy(sizePolicy3)

        self.choose_row.addWidget(self.pupil_picker)

        self.choose_row.setStretch(0, 3)
        self.choose_row.setStretch(1, 2)

        self.choose_layout.addLayout(self.choose_row)

        self.dates_problem = QLabel(self.choose_step)
        self.dates_problem.setObjectName(u"dates_problem")
        self.dates_problem.setWordWrap(True)
        self.dates_problem.setTextFormat(Qt.TextFormat.PlainText)

        self.choose_layout.addWidget(self.dates_problem)

        self.choose_problems = QLabel(self.choose_step)
        self.choose_problems.setObjectName(u"choose_problems")
        self.choose_problems.setWordWrap(True)
        self.choose_problems.setTextFormat(Qt.TextFormat.PlainText)

        self.choose_layout.addWidget(self.choose_problems)

        self.choose_buttons = QHBoxLayout()
        self.choose_buttons.setObjectName(u"choose_buttons")
        self.choose_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choose_buttons.addItem(self.choose_spacer)

        self.check = QPushButton(self.choose_step)
        self.check.setObjectName(u"check")

        self.choose_buttons.addWidget(self.check)


        self.choose_layout.addLayout(self.choose_buttons)

        self.choose_bottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.choose_layout.addItem(self.choose_bottom)

        self.steps.addWidget(self.choose_step)
        self.review_step = QWidget()
        self.review_step.setObjectName(u"review_step")
        self.review_layout = QVBoxLayout(self.review_step)
        self.review_layout.setObjectName(u"review_layout")
        self.review_intro = QLabel(self.review_step)
        self.review_intro.setObjectName(u"review_intro")
        self.review_intro.setWordWrap(True)
        self.review_intro.setTextFormat(Qt.TextFormat.PlainText)

        self.review_layout.addWidget(self.review_intro)

        self.counts = QLabel(self.review_step)
        self.counts.setObjectName(u"counts")
        self.counts.setWordWrap(True)
        self.counts.setTextFormat(Qt.TextFormat.PlainText)

        self.review_layout.addWidget(self.counts)

        self.problems_label = QLabel(self.review_step)
        self.problems_label.setObjectName(u"problems_label")

        self.review_layout.addWidget(self.problems_label)

        self.problems = QTableView(self.review_step)
        self.problems.setObjectName(u"problems")
        self.problems.setAlternatingRowColors(True)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setWordWrap(True)

        self.review_layout.addWidget(self.problems)

        self.no_problems = QLabel(self.review_step)
        self.no_problems.setObjectName(u"no_problems")
        self.no_problems.setWordWrap(True)

        self.review_layout.addWidget(self.no_problems)

        self.template_note = QLabel(self.review_step)
        self.template_note.setObjectName(u"template_note")
        self.template_note.setWordWrap(True)
        self.template_note.setTextFormat(Qt.TextFormat.PlainText)

        self.review_layout.addWidget(self.template_note)

        self.review_bottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.review_layout.addItem(self.review_bottom)

        self.review_buttons = QHBoxLayout()
        self.review_buttons.setObjectName(u"review_buttons")
        self.back = QPushButton(self.review_step)
        self.back.setObjectName(u"back")

        self.review_buttons.addWidget(self.back)

        self.review_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.review_buttons.addItem(self.review_spacer)

        self.check_again = QPushButton(self.review_step)
        self.check_again.setObjectName(u"check_again")

        self.review_buttons.addWidget(self.check_again)

        self.make_pdf = QPushButton(self.review_step)
        self.make_pdf.setObjectName(u"make_pdf")

        self.review_buttons.addWidget(self.make_pdf)


        self.review_layout.addLayout(self.review_buttons)

        self.steps.addWidget(self.review_step)
        self.made_step = QWidget()
        self.made_step.setObjectName(u"made_step")
        self.made_layout = QVBoxLayout(self.made_step)
        self.made_layout.setObjectName(u"made_layout")
        self.made_summary = QLabel(self.made_step)
        self.made_summary.setObjectName(u"made_summary")
        self.made_summary.setWordWrap(True)
        self.made_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.made_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.made_layout.addWidget(self.made_summary)

        self.made_buttons = QHBoxLayout()
        self.made_buttons.setObjectName(u"made_buttons")
        self.print_letters = QPushButton(self.made_step)
        self.print_letters.setObjectName(u"print_letters")

        self.made_buttons.addWidget(self.print_letters)

        self.open_pdf = QPushButton(self.made_step)
        self.open_pdf.setObjectName(u"open_pdf")

        self.made_buttons.addWidget(self.open_pdf)

        self.save_each = QPushButton(self.made_step)
        self.save_each.setObjectName(u"save_each")

        self.made_buttons.addWidget(self.save_each)

        self.made_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.made_buttons.addItem(self.made_spacer)

        self.discard = QPushButton(self.made_step)
        self.discard.setObjectName(u"discard")

        self.made_buttons.addWidget(self.discard)

        self.mark_sent = QPushButton(self.made_step)
        self.mark_sent.setObjectName(u"mark_sent")

        self.made_buttons.addWidget(self.mark_sent)

        self.another_run = QPushButton(self.made_step)
        self.another_run.setObjectName(u"another_run")

        self.made_buttons.addWidget(self.another_run)


        self.made_layout.addLayout(self.made_buttons)

        self.run_preview = QPdfView(self.made_step)
        self.run_preview.setObjectName(u"run_preview")

        self.made_layout.addWidget(self.run_preview)

        self.steps.addWidget(self.made_step)

        self.main_layout.addWidget(self.steps)

#if QT_CONFIG(shortcut)
        self.issue_date_label.setBuddy(self.issue_date)
        self.delivery_label.setBuddy(self.delivery)
        self.received_label.setBuddy(self.received)
        self.sort_label.setBuddy(self.sort)
        self.problems_label.setBuddy(self.problems)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.everyone, self.joiners)
        QWidget.setTabOrder(self.joiners, self.by_year)
        QWidget.setTabOrder(self.by_year, self.years)
        QWidget.setTabOrder(self.years, self.selected)
        QWidget.setTabOrder(self.selected, self.pupil_picker)
        QWidget.setTabOrder(self.pupil_picker, self.issue_date)
        QWidget.setTabOrder(self.issue_date, self.delivery)
        QWidget.setTabOrder(self.delivery, self.received)
        QWidget.setTabOrder(self.received, self.sort)
        QWidget.setTabOrder(self.sort, self.check)

        self.retranslateUi(LetterRunPage)

        self.steps.setCurrentIndex(0)
        self.check.setDefault(True)


        QMetaObject.connectSlotsByName(LetterRunPage)
    # setupUi

    def retranslateUi(self, LetterRunPage):
#if QT_CONFIG(accessibility)
        self.steps_label.setAccessibleName(QCoreApplication.translate("LetterRunPage", u"Letter run steps", None))
#endif // QT_CONFIG(accessibility)
        self.choose_intro.setText(QCoreApplication.translate("LetterRunPage", u"Choose who gets the privacy notice and how it goes home. Nothing is made or recorded until you ask: first you see who gets which letter, and what needs fixing.", None))
        self.who_label.setText(QCoreApplication.translate("LetterRunPage", u"Who", None))
        self.everyone.setText(QCoreApplication.translate("LetterRunPage", u"Every&one on roll", None))
        self.joiners.setText(QCoreApplication.translate("LetterRunPage", u"&Joiners: pupils no letter marked as sent has been about yet", None))
        self.by_year.setText(QCoreApplication.translate("LetterRunPage", u"&Year groups (tick one or more):", None))
#if QT_CONFIG(accessibility)
        self.years.setAccessibleName(QCoreApplication.translate("LetterRunPage", u"Year groups", None))
#endif // QT_CONFIG(accessibility)
        self.selected.setText(QCoreApplication.translate("LetterRunPage", u"&Selected pupils (tick them in the list)", None))
        self.issue_date_label.setText(QCoreApplication.translate("LetterRunPage", u"Issue &date", None))
        self.issue_date.setPlaceholderText(QCoreApplication.translate("LetterRunPage", u"dd/mm/yyyy", None))
#if QT_CONFIG(tooltip)
        self.issue_date.setToolTip(QCoreApplication.translate("LetterRunPage", u"The date printed on the letters.", None))
#endif // QT_CONFIG(tooltip)
        self.issue_date_hint.setText(QCoreApplication.translate("LetterRunPage", u"the date printed on the letters (dd/mm/yyyy)", None))
        self.delivery_label.setText(QCoreApplication.translate("LetterRunPage", u"Deli&very", None))
        self.received_label.setText(QCoreApplication.translate("LetterRunPage", u"&Received", None))
#if QT_CONFIG(tooltip)
        self.received.setToolTip(QCoreApplication.translate("LetterRunPage", u"The day the letters reach home: worked out from the delivery, but yours to change. The reply-by date is 28 days later.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.received.setAccessibleName(QCoreApplication.translate("LetterRunPage", u"Date received", None))
#endif // QT_CONFIG(accessibility)
        self.dates_label.setText(QCoreApplication.translate("LetterRunPage", u"Reply-by date", None))
#if QT_CONFIG(accessibility)
        self.dates.setAccessibleName(QCoreApplication.translate("LetterRunPage", u"Reply-by date", None))
#endif // QT_CONFIG(accessibility)
        self.sort_label.setText(QCoreApplication.translate("LetterRunPage", u"Sort &by", None))
#if QT_CONFIG(accessibility)
        self.dates_problem.setAccessibleName(QCoreApplication.translate("LetterRunPage", u"What to fix in the dates", None))
#endif // QT_CONFIG(accessibility)
        self.check.setText(QCoreApplication.translate("LetterRunPage", u"&Check who gets letters", None))
#if QT_CONFIG(accessibility)
        self.counts.setAccessibleName(QCoreApplication.translate("LetterRunPage", u"Counts", None))
#endif // QT_CONFIG(accessibility)
        self.problems_label.setText(QCoreApplication.translate("LetterRunPage", u"&Problems to fix before printing (double-click one to open the pupil)", None))
#if QT_CONFIG(accessibility)
        self.problems.setAccessibleName(QCoreApplication.translate("LetterRunPage", u"Problems to fix", None))
#endif // QT_CONFIG(accessibility)
        self.no_problems.setText(QCoreApplication.translate("LetterRunPage", u"No problems: every pupil in the run has someone to write to, at a complete address.", None))
        self.back.setText(QCoreApplication.translate("LetterRunPage", u"&Back", None))
        self.check_again.setText(QCoreApplication.translate("LetterRunPage", u"Check &again", None))
#if QT_CONFIG(tooltip)
        self.check_again.setToolTip(QCoreApplication.translate("LetterRunPage", u"Work out the letters again, after fixing problems in the register.", None))
#endif // QT_CONFIG(tooltip)
        self.make_pdf.setText(QCoreApplication.translate("LetterRunPage", u"&Make the PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.make_pdf.setToolTip(QCoreApplication.translate("LetterRunPage", u"Write every letter into one PDF file to print. Nothing is recorded yet.", None))
#endif // QT_CONFIG(tooltip)
        self.print_letters.setText(QCoreApplication.translate("LetterRunPage", u"&Print\u2026", None))
        self.open_pdf.setText(QCoreApplication.translate("LetterRunPage", u"&Open in PDF viewer", None))
#if QT_CONFIG(tooltip)
        self.open_pdf.setToolTip(QCoreApplication.translate("LetterRunPage", u"Open the file in the PC's own PDF viewer.", None))
#endif // QT_CONFIG(tooltip)
        self.save_each.setText(QCoreApplication.translate("LetterRunPage", u"Each letter as its o&wn PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.save_each.setToolTip(QCoreApplication.translate("LetterRunPage", u"Also save every letter as a PDF of its own, named by its reference (such as R003-0012.pdf), in a folder you choose.", None))
#endif // QT_CONFIG(tooltip)
        self.discard.setText(QCoreApplication.translate("LetterRunPage", u"&Discard this run", None))
#if QT_CONFIG(tooltip)
        self.discard.setToolTip(QCoreApplication.translate("LetterRunPage", u"Nothing has been recorded: start again as if these letters were never made.", None))
#endif // QT_CONFIG(tooltip)
        self.mark_sent.setText(QCoreApplication.translate("LetterRunPage", u"Mark as &sent\u2026", None))
#if QT_CONFIG(tooltip)
        self.mark_sent.setToolTip(QCoreApplication.translate("LetterRunPage", u"Record every letter once they have gone home: the 28 days to opt out start then.", None))
#endif // QT_CONFIG(tooltip)
        self.another_run.setText(QCoreApplication.translate("LetterRunPage", u"Start &another run", None))
#if QT_CONFIG(accessibility)
        self.run_preview.setAccessibleName(QCoreApplication.translate("LetterRunPage", u"Preview of the letters", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
