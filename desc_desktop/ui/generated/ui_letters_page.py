# generated from forms/letters_page.ui by desc_desktop.ui.compile_forms, do not edit
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QTabWidget,
    QVBoxLayout, QWidget)

from desc_desktop.ui.letter_run_page import LetterRunPage
from desc_desktop.ui.letter_template_editor import LetterTemplateEditor
from desc_desktop.ui.sent_letters_view import SentLettersView

class Ui_LettersPage(object):
    def setupUi(self, LettersPage):
        if not LettersPage.objectName():
            LettersPage.setObjectName(u"LettersPage")
        self.main_layout = QVBoxLayout(LettersPage)
        self.main_layout.setObjectName(u"main_layout")
        self.title = QLabel(LettersPage)
        self.title.setObjectName(u"title")

        self.main_layout.addWidget(self.title)

        self.tabs = QTabWidget(LettersPage)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.run_tab = QWidget()
        self.run_tab.setObjectName(u"run_tab")
        self.run_layout = QVBoxLayout(self.run_tab)
        self.run_layout.setObjectName(u"run_layout")
        self.run_layout.setContentsMargins(0, -1, 0, 0)
        self.run = LetterRunPage(self.run_tab)
        self.run.setObjectName(u"run")

        self.run_layout.addWidget(self.run)

        self.tabs.addTab(self.run_tab, "")
        self.template_tab = QWidget()
        self.template_tab.setObjectName(u"template_tab")
        self.template_layout = QVBoxLayout(self.template_tab)
        self.template_layout.setObjectName(u"template_layout")
        self.template_layout.setContentsMargins(0, -1, 0, 0)
        self.template_editor = LetterTemplateEditor(self.template_tab)
        self.template_editor.setObjectName(u"template_editor")

        self.template_layout.addWidget(self.template_editor)

        self.tabs.addTab(self.template_tab, "")
        self.sent_tab = QWidget()
        self.sent_tab.setObjectName(u"sent_tab")
        self.sent_layout = QVBoxLayout(self.sent_tab)
        self.sent_layout.setObjectName(u"sent_layout")
        self.sent_layout.setContentsMargins(0, -1, 0, 0)
        self.sent_letters = SentLettersView(self.sent_tab)
        self.sent_letters.setObjectName(u"sent_letters")

        self.sent_layout.addWidget(self.sent_letters)

        self.tabs.addTab(self.sent_tab, "")

        self.main_layout.addWidget(self.tabs)


        self.retranslateUi(LettersPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(LettersPage)
    # setupUi

    def retranslateUi(self, LettersPage):
        self.title.setText(QCoreApplication.translate("LettersPage", u"Privacy notice letters", None))
        self.tabs.setTabText(self.tabs.indexOf(self.run_tab), QCoreApplication.translate("LettersPage", u"&New run", None))
        self.tabs.setTabText(self.tabs.indexOf(self.template_tab), QCoreApplication.translate("LettersPage", u"&Template", None))
        self.tabs.setTabText(self.tabs.indexOf(self.sent_tab), QCoreApplication.translate("LettersPage", u"Sent &letters", None))
        pass
    # retranslateUi
