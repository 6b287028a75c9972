# generated from forms/template_versions.ui by desc_desktop.ui.compile_forms, do not edit
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_TemplateVersionsPanel(object):
    def setupUi(self, TemplateVersionsPanel):
        if not TemplateVersionsPanel.objectName():
            TemplateVersionsPanel.setObjectName(u"TemplateVersionsPanel")
        self.main_layout = QVBoxLayout(TemplateVersionsPanel)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, -1, 0)
        self.versions_label = QLabel(TemplateVersionsPanel)
        self.versions_label.setObjectName(u"versions_label")
        self.versions_label.setWordWrap(True)

        self.main_layout.addWidget(self.versions_label)

        self.versions = QTableView(TemplateVersionsPanel)
        self.versions.setObjectName(u"versions")
        self.versions.setAlternatingRowColors(True)
        self.versions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.versions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.main_layout.addWidget(self.versions)

        self.no_versions = QLabel(TemplateVersionsPanel)
        self.no_versions.setObjectName(u"no_versions")
        self.no_versions.setWordWrap(True)

        self.main_layout.addWidget(self.no_versions)

        self.back_to_current = QPushButton(TemplateVersionsPanel)
        self.back_to_current.setObjectName(u"back_to_current")

        self.main_layout.addWidget(self.back_to_current)

        self.start_from = QPushButton(TemplateVersionsPanel)
        self.start_from.setObjectName(u"start_from")

        self.main_layout.addWidget(self.start_from)


        self.retranslateUi(TemplateVersionsPanel)

        QMetaObject.connectSlotsByName(TemplateVersionsPanel)
    # setupUi

    def retranslateUi(self, TemplateVersionsPanel):
        self.versions_label.setText(QCoreApplication.translate("TemplateVersionsPanel", u"Saved versions, newest first. Choose one to read it as it printed.", None))
#if QT_CONFIG(accessibility)
        self.versions.setAccessibleName(QCoreApplication.translate("TemplateVersionsPanel", u"Saved versions of the letter", None))
#endif // QT_CONFIG(accessibility)
        self.no_versions.setText(QCoreApplication.translate("TemplateVersionsPanel", u"No version saved yet: the letters use the default text, which the first run marked as sent saves as version 1.", None))
        self.back_to_current.setText(QCoreApplication.translate("TemplateVersionsPanel", u"Back to the c&urrent version", None))
#if QT_CONFIG(tooltip)
        self.back_to_current.setToolTip(QCoreApplication.translate("TemplateVersionsPanel", u"Stop reading the old version: edit the letter as it is now, with any changes not yet saved.", None))
#endif // QT_CONFIG(tooltip)
        self.start_from.setText(QCoreApplication.translate("TemplateVersionsPanel", u"Start fro&m this version", None))
#if QT_CONFIG(tooltip)
        self.start_from.setToolTip(QCoreApplication.translate("TemplateVersionsPanel", u"Copy this old version's words into the editor, to change and save as a new version. Nothing is saved until you save.", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi
