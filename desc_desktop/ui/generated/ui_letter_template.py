# generated from forms/letter_template.ui by desc_desktop.ui.compile_forms, do not edit
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

from desc_desktop.ui.template_versions import TemplateVersionsPanel

class Ui_LetterTemplateEditor(object):
    def setupUi(self, LetterTemplateEditor):
        if not LetterTemplateEditor.objectName():
            LetterTemplateEditor.setObjectName(u"LetterTemplateEditor")
        self.main_layout = QVBoxLayout(LetterTemplateEditor)
        self.main_layout.setObjectName(u"main_layout")
        self.version_row = QHBoxLayout()
        self.version_row.setObjectName(u"version_row")
        self.version_label = QLabel(LetterTemplateEditor)
        self.version_label.setObjectName(u"version_label")
        self.version_label.setTextFormat(Qt.TextFormat.PlainText)

        self.version_row.addWidget(self.version_label)

        self.version_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.version_row.addItem(self.version_spacer)

        self.show_versions = QPushButton(LetterTemplateEditor)
        self.show_versions.setObjectName(u"show_versions")
        self.show_versions.setCheckable(True)

        self.version_row.addWidget(self.show_versions)

        self.revert = QPushButton(LetterTemplateEditor)
        self.revert.setObjectName(u"revert")

        self.version_row.addWidget(self.revert)

        self.save = QPushButton(LetterTemplateEditor)
        self.save.setObjectName(u"save")

        self.version_row.addWidget(self.save)


        self.main_layout.addLayout(self.version_row)

        self.problem = QLabel(LetterTemplateEditor)
        self.problem.setObjectName(u"problem")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.problem.sizePolicy().hasHeightForWidth())
        self.problem.setSizePolicy(sizePolicy)
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.problem)

        self.splitter = QSplitter(LetterTemplateEditor)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.versions_panel = TemplateVersionsPanel(self.splitter)
        self.versions_panel.setObjectName(u"versions_panel")
        self.splitter.addWidget(self.versions_panel)
        self.editor_side = QWidget(self.splitter)
        self.editor_side.setObjectName(u"editor_side")
        self.editor_layout = QVBoxLayout(self.editor_side)
        self.editor_layout.setObjectName(u"editor_layout")
        self.editor_layout.setContentsMargins(0, 0, 0, 0)
        self.parts_row = QHBoxLayout()
        self.parts_row.setObjectName(u"parts_row")
        self.parts_column = QVBoxLayout()
        self.parts_column.setObjectName(u"parts_column")
        self.parts_label = QLabel(self.editor_side)
        self.parts_label.setObjectName(u"parts_label")

        self.parts_column.addWidget(self.parts_label)

        self.parts = QListWidget(self.editor_side)
        self.parts.setObjectName(u"parts")
        self.parts.setWordWrap(True)
        self.parts.setMaximumSize(QSize(260, 16777215))

        self.parts_column.addWidget(self.parts)

        self.section_buttons = QHBoxLayout()
        self.section_buttons.setObjectName(u"section_buttons")
        self.add_section = QPushButton(self.editor_side)
        self.add_section.setObjectName(u"add_section")

        self.section_buttons.addWidget(self.add_section)

        self.remove_section = QPushButton(self.editor_side)
        self.remove_section.setObjectName(u"remove_section")

        self.section_buttons.addWidget(self.remove_section)


        self.parts_column.addLayout(self.section_buttons)


        self.parts_row.addLayout(self.parts_column)

        self.part_column = QVBoxLayout()
        self.part_column.setObjectName(u"part_column")
        self.part_note = QLabel(self.editor_side)
        self.part_note.setObjectName(u"part_note")
        self.part_note.setWordWrap(True)
        self.part_note.setTextFormat(Qt.TextFormat.PlainText)

        self.part_column.addWidget(self.part_note)

        self.heading_label = QLabel(self.editor_side)
        self.heading_label.setObjectName(u"heading_label")

        self.part_column.addWidget(self.heading_label)

        self.heading = QLineEdit(self.editor_side)
        self.heading.setObjectName(u"heading")

        self.part_column.addWidget(self.heading)

        self.text_label = QLabel(self.editor_side)
        self.text_label.setObjectName(u"text_label")

        self.part_column.addWidget(self.text_label)

        self.text = QPlainTextEdit(self.editor_side)
        self.text.setObjectName(u"text")
        self.text.setTabChangesFocus(True)

        self.part_column.addWidget(self.text)


        self.parts_row.addLayout(self.part_column)


        self.editor_layout.addLayout(self.parts_row)

        self.placeholders_label = QLabel(self.editor_side)
        self.placeholders_label.setObjectName(u"placeholders_label")
        self.placeholders_label.setWordWrap(True)

        self.editor_layout.addWidget(self.placeholders_label)

        self.placeholders = QTableView(self.editor_side)
        self.placeholders.setObjectName(u"placeholders")
        self.placeholders.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.placeholders.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.placeholders.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.placeholders.setAlternatingRowColors(True)
        self.placeholders.setMaximumSize(QSize(16777215, 230))

        self.editor_layout.addWidget(self.placeholders)

        self.splitter.addWidget(self.editor_side)
        self.preview_side = QWidget(self.splitter)
        self.preview_side.setObjectName(u"preview_side")
        self.preview_layout = QVBoxLayout(self.preview_side)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_label = QLabel(self.preview_side)
        self.preview_label.setObjectName(u"preview_label")
        self.preview_label.setWordWrap(True)

        self.preview_layout.addWidget(self.preview_label)

        self.preview = QPdfView(self.preview_side)
        self.preview.setObjectName(u"preview")

        self.preview_layout.addWidget(self.preview)

        self.preview_status = QLabel(self.preview_side)
        self.preview_status.setObjectName(u"preview_status")
        self.preview_status.setWordWrap(True)
        self.preview_status.setTextFormat(Qt.TextFormat.PlainText)

        self.preview_layout.addWidget(self.preview_status)

        self.splitter.addWidget(self.preview_side)

        self.main_layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.parts_label.setBuddy(self.parts)
        self.heading_label.setBuddy(self.heading)
        self.text_label.setBuddy(self.text)
        self.placeholders_label.setBuddy(self.placeholders)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LetterTemplateEditor)

        QMetaObject.connectSlotsByName(LetterTemplateEditor)
    # setupUi

    def retranslateUi(self, LetterTemplateEditor):
#if QT_CONFIG(accessibility)
        self.version_label.setAccessibleName(QCoreApplication.translate("LetterTemplateEditor", u"Template version", None))
#endif // QT_CONFIG(accessibility)
        self.show_versions.setText(QCoreApplication.translate("LetterTemplateEditor", u"Earlier versi&ons", None))
#if QT_CONFIG(tooltip)
        self.show_versions.setToolTip(QCoreApplication.translate("LetterTemplateEditor", u"The saved versions of the letter: read an old one as it printed, or start from it.", None))
#endif // QT_CONFIG(tooltip)
        self.revert.setText(QCoreApplication.translate("LetterTemplateEditor", u"Re&vert to saved", None))
#if QT_CONFIG(tooltip)
        self.revert.setToolTip(QCoreApplication.translate("LetterTemplateEditor", u"Forget the changes made since the template was last saved.", None))
#endif // QT_CONFIG(tooltip)
        self.save.setText(QCoreApplication.translate("LetterTemplateEditor", u"&Save as a new version", None))
#if QT_CONFIG(tooltip)
        self.save.setToolTip(QCoreApplication.translate("LetterTemplateEditor", u"Earlier versions are kept, for the letters that used them.", None))
#endif // QT_CONFIG(tooltip)
        self.parts_label.setText(QCoreApplication.translate("LetterTemplateEditor", u"&Parts of the letter", None))
#if QT_CONFIG(accessibility)
        self.parts.setAccessibleName(QCoreApplication.translate("LetterTemplateEditor", u"Parts of the letter", None))
#endif // QT_CONFIG(accessibility)
        self.add_section.setText(QCoreApplication.translate("LetterTemplateEditor", u"&Add section", None))
#if QT_CONFIG(tooltip)
        self.add_section.setToolTip(QCoreApplication.translate("LetterTemplateEditor", u"A new section after the one chosen, before the Connexions section.", None))
#endif // QT_CONFIG(tooltip)
        self.remove_section.setText(QCoreApplication.translate("LetterTemplateEditor", u"&Remove", None))
#if QT_CONFIG(tooltip)
        self.remove_section.setToolTip(QCoreApplication.translate("LetterTemplateEditor", u"Remove the chosen section from the letter.", None))
#endif // QT_CONFIG(tooltip)
        self.heading_label.setText(QCoreApplication.translate("LetterTemplateEditor", u"Hea&ding", None))
#if QT_CONFIG(accessibility)
        self.heading.setAccessibleName(QCoreApplication.translate("LetterTemplateEditor", u"Heading of the section", None))
#endif // QT_CONFIG(accessibility)
        self.text_label.setText(QCoreApplication.translate("LetterTemplateEditor", u"Te&xt (each line prints as a paragraph)", None))
#if QT_CONFIG(accessibility)
        self.text.setAccessibleName(QCoreApplication.translate("LetterTemplateEditor", u"Text of this part of the letter", None))
#endif // QT_CONFIG(accessibility)
        self.placeholders_label.setText(QCoreApplication.translate("LetterTemplateEditor", u"Pla&ceholders: type one in braces, or double-click to insert it where the cursor is", None))
#if QT_CONFIG(accessibility)
        self.placeholders.setAccessibleName(QCoreApplication.translate("LetterTemplateEditor", u"Placeholders and what each prints", None))
#endif // QT_CONFIG(accessibility)
        self.preview_label.setText(QCoreApplication.translate("LetterTemplateEditor", u"Preview: a sample letter to a fictional family, with one child of Connexions age", None))
#if QT_CONFIG(accessibility)
        self.preview.setAccessibleName(QCoreApplication.translate("LetterTemplateEditor", u"Preview of a sample letter", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
