# generated from forms/exports_page.ui by desc_desktop.ui.compile_forms, do not edit
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

from desc_desktop.ui.connexions_export_view import ConnexionsExportView
from desc_desktop.ui.disclosure_log_view import DisclosureLogView
from desc_desktop.ui.optout_export_view import OptOutExportView

class Ui_ExportsPage(object):
    def setupUi(self, ExportsPage):
        if not ExportsPage.objectName():
            ExportsPage.setObjectName(u"ExportsPage")
        self.main_layout = QVBoxLayout(ExportsPage)
        self.main_layout.setObjectName(u"main_layout")
        self.title = QLabel(ExportsPage)
        self.title.setObjectName(u"title")

        self.main_layout.addWidget(self.title)

        self.intro = QLabel(ExportsPage)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.intro)

        self.tabs = QTabWidget(ExportsPage)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.optouts_tab = QWidget()
        self.optouts_tab.setObjectName(u"optouts_tab")
        self.optouts_layout = QVBoxLayout(self.optouts_tab)
        self.optouts_layout.setObjectName(u"optouts_layout")
        self.optouts_layout.setContentsMargins(0, -1, 0, 0)
        self.optouts = OptOutExportView(self.optouts_tab)
        self.optouts.setObjectName(u"optouts")

        self.optouts_layout.addWidget(self.optouts)

        self.tabs.addTab(self.optouts_tab, "")
        self.connexions_tab = QWidget()
        self.connexions_tab.setObjectName(u"connexions_tab")
        self.connexions_layout = QVBoxLayout(self.connexions_tab)
        self.connexions_layout.setObjectName(u"connexions_layout")
        self.connexions_layout.setContentsMargins(0, -1, 0, 0)
        self.connexions = ConnexionsExportView(self.connexions_tab)
        self.connexions.setObjectName(u"connexions")

        self.connexions_layout.addWidget(self.connexions)

        self.tabs.addTab(self.connexions_tab, "")
        self.log_tab = QWidget()
        self.log_tab.setObjectName(u"log_tab")
        self.log_layout = QVBoxLayout(self.log_tab)
        self.log_layout.setObjectName(u"log_layout")
        self.log_layout.setContentsMargins(0, -1, 0, 0)
        self.log = DisclosureLogView(self.log_tab)
        self.log.setObjectName(u"log")

        self.log_layout.addWidget(self.log)

        self.tabs.addTab(self.log_tab, "")

        self.main_layout.addWidget(self.tabs)


        self.retranslateUi(ExportsPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ExportsPage)
    # setupUi

    def retranslateUi(self, ExportsPage):
        self.title.setText(QCoreApplication.translate("ExportsPage", u"Exports", None))
        self.intro.setText(QCoreApplication.translate("ExportsPage", u"Every file made here leaves the school: before it is written you are told what it holds and asked to whom it goes and why, and it is recorded in the disclosure log with its fingerprint (SHA-256). The UPN is never included.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.optouts_tab), QCoreApplication.translate("ExportsPage", u"&Opt-out list", None))
        self.tabs.setTabText(self.tabs.indexOf(self.connexions_tab), QCoreApplication.translate("ExportsPage", u"&Connexions return", None))
        self.tabs.setTabText(self.tabs.indexOf(self.log_tab), QCoreApplication.translate("ExportsPage", u"&Disclosure log", None))
        pass
    # retranslateUi
