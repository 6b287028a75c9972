"""Admin: the school's details and settings, the audit trail, and backups."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desc_desktop.domain.errors import ValidationFailed
from desc_desktop.domain.letters.connexions import ConnexionsAges
from desc_desktop.services import letter_runs, letter_settings, school
from desc_desktop.services.errors import Refused
from desc_desktop.ui.generated.ui_admin_page import Ui_AdminPage
from desc_desktop.ui.icons import icon
from desc_desktop.ui.problems import clear_problems, show_problems

if TYPE_CHECKING:
    from desc_desktop.services.context import ServiceContext

class AdminPage(QWidget):
    status_message = Signal(str)
    register_restored = Signal()
    letter_settings_saved = Signal()
    """The Connexions ages may have changed: statuses elsewhere are worked out afresh."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_AdminPage()
        self.ui.setupUi(self)
        self.audit_trail = self.ui.audit_trail
        self.audit_trail.set_context(ctx)
        self.audit_trail.status_message.connect(self.status_message)
        self.backups = self.ui.backups
        self.backups.set_context(ctx)
        self.backups.status_message.connect(self.status_message)
        self.backups.register_restored.connect(self.register_restored)
        self.staff = self.ui.staff
        self.staff.set_context(ctx)
        self.staff.status_message.connect(self.status_message)
        self.ui.tabs.currentChanged.connect(self._tab_shown)
        self.ui.save_school.setIcon(icon("save"))
        self.ui.save_school.clicked.connect(self.save_school)
        self.ui.save_letters.clicked.connect(self.save_letter_settings)
        self.ui.test_print.clicked.connect(self.test_print)
        self._loaded = False

    def refresh(self) -> None:
        """On showing the page: the school's details the first time only (later the form may
        hold unsaved edits), the audit trail every time it is the tab in view."""
        if not self._loaded:
            self.load_school()
            self.load_letter_settings()
            self._loaded = True
        self._tab_shown(self.ui.tabs.currentIndex())

    def show_audit_trail(self) -> None:
        self.ui.tabs.setCurrentWidget(self.ui.audit_tab)
        self._tab_shown(self.ui.tabs.currentIndex())

    def show_backups(self) -> None:
        self.ui.tabs.setCurrentWidget(self.ui.backups_tab)
        self._tab_shown(self.ui.tabs.currentIndex())

    def _tab_shown(self, index: int) -> None:
        if self.ui.tabs.widget(index) is self.ui.audit_tab:
            self.audit_trail.refresh()
        elif self.ui.tabs.widget(index) is self.ui.backups_tab:
            self.backups.refresh()
        elif self.ui.tabs.widget(index) is self.ui.staff_tab:
            self.staff.refresh()

    def load_school(self) -> None:
        clear_problems(self.ui.problems, self.ui.school.widgets())
        details = school.get_school(self.ctx)
        if details is not None:
            self.ui.school.set_details(details)

    def save_school(self) -> None:
        try:
            school.save_school(self.ctx, self.ui.school.details())
        except ValidationFailed as e:
            show_problems(self.ui.problems, e.problems, self.ui.school.widgets())
            return
        except Refused as e:  # an office account
            QMessageBox.warning(self, "School details not saved", str(e))
            return
        self.load_school()
        self.status_message.emit("School details saved.")

    # -- letter settings ------------------------------------------------------------------

    def load_letter_settings(self) -> None:
        settings = letter_settings.letter_settings(self.ctx)
        self.ui.youngest.setValue(settings.ages.youngest)
        self.ui.oldest.setValue(settings.ages.oldest)
        self.ui.oldest_with_ldd.setValue(settings.ages.oldest_with_ldd)
        self.ui.pupils_16.setChecked(settings.pupils_16_get_own)
        self.ui.window_left.setValue(settings.window_left_mm)
        self.ui.window_top.setValue(settings.window_top_mm)

    def letter_settings_typed(self) -> letter_settings.LetterSettings:
        return letter_settings.LetterSettings(
            ages=ConnexionsAges(self.ui.youngest.value(), self.ui.oldest.value(),
                                self.ui.oldest_with_ldd.value()),
            pupils_16_get_own=self.ui.pupils_16.isChecked(),
            window_left_mm=self.ui.window_left.value(), window_top_mm=self.ui.window_top.value())

    def save_letter_settings(self) -> None:
        try:
            letter_settings.save_letter_settings(self.ctx, self.letter_settings_typed())
        except Refused as e:  # an office account
            QMessageBox.warning(self, "Letter settings not saved", str(e))
            return
        except ValidationFailed as e:
            QMessageBox.warning(self, "Letter settings not saved",
                                "\n".join(p.message for p in e.problems))
            return
        self.status_message.emit("Letter settings saved.")
        self.letter_settings_saved.emit()

    def test_print(self) -> None:
        """A sample letter with fictional names, the address where the settings above put it
        (saved or not), to print and hold behind an envelope's window."""
        from desc_desktop.services import letters_pdf
        from desc_desktop.ui.letter_template_editor import sample_plan

        start = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(self, "Save the test page",
                                              str(Path(start) / "Address position test.pdf"),
                                              "PDF (*.pdf)")
        if not path:
            return
        typed = self.letter_settings_typed()
        details = school.get_school(self.ctx) or self.ui.school.details()
        _version, template = letter_runs.current_template(self.ctx)
        letters_pdf.write_letters(Path(path), sample_plan(date.today()), template, details,
                                  window=letters_pdf.WindowPosition(typed.window_left_mm,
                                                                    typed.window_top_mm))
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))
