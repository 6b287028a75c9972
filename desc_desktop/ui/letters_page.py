"""Letters: the privacy notice's template (with a live preview), the letter runs, and the
letters marked as sent (where a lost one is found and printed again).

Built when the area is first visited, so QtPdf is loaded only then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desc_desktop.services.sent_letters import SentLetter
from desc_desktop.services.snapshot import DeferredContext
from desc_desktop.ui.generated.ui_letters_page import Ui_LettersPage
from desc_desktop.ui.headings import embolden
from desc_desktop.ui.icons import icon

if TYPE_CHECKING:
    from desc_desktop.services.context import ServiceContext

RUN_TAB, TEMPLATE_TAB, SENT_TAB = range(3)


class LettersPage(QWidget):
    status_message = Signal(str)
    open_pupil = Signal(int)
    run_sent = Signal(int)

    def __init__(self, ctx: ServiceContext | DeferredContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Opened here, on the UI thread: the work started from this page runs in workers.
        self.ctx = ctx.open()
        self.ui = Ui_LettersPage()
        self.ui.setupUi(self)
        embolden(self.ui.title)
        self.ui.tabs.setTabIcon(RUN_TAB, icon("mail"))
        self.ui.tabs.setTabIcon(TEMPLATE_TAB, icon("file-text"))
        self.ui.tabs.setTabIcon(SENT_TAB, icon("send"))
        self.run = self.ui.run
        self.template_editor = self.ui.template_editor
        self.sent_letters = self.ui.sent_letters
        self.run.unsaved_template = lambda: self.template_editor.dirty
        self.template_editor.set_context(self.ctx)
        self.run.set_context(self.ctx)
        for page in (self.run, self.template_editor):
            page.status_message.connect(self.status_message)
        self.template_editor.changed.connect(self.run.template_changed)
        self.run.open_pupil.connect(self.open_pupil)
        self.run.run_sent.connect(self.run_sent)
        self.sent_letters.set_context(self.ctx)
        self.sent_letters.reprint_requested.connect(self.reprint)
        self.ui.tabs.currentChanged.connect(self._tab_shown)

    def refresh(self) -> None:
        """On showing the area: the register and the school's details may have changed."""
        self.template_editor.refresh_school()
        if not self.run.busy and self.run.step == 0:
            self.run.refresh()

    def _tab_shown(self, tab: int) -> None:
        if tab == SENT_TAB:
            self.sent_letters.refresh()

    def start_run_for(self, pupil_ids: list[int]) -> None:
        """New run, with these pupils chosen (from a selection in the register)."""
        self.ui.tabs.setCurrentIndex(RUN_TAB)
        if self.run.ready_for_another():
            self.run.start_for_pupils(pupil_ids)
            self.status_message.emit(
                f"{len(pupil_ids):,} pupil{'' if len(pupil_ids) == 1 else 's'} chosen for a "
                "new letter run: check the dates, then press Check who gets letters.")

    def reprint(self, letter: SentLetter) -> None:
        """Print a lost letter again: its dates, then the run page's review, PDF and
        "Mark as sent", which records the reprint with its own reply-by date."""
        from desc_desktop.ui.reprint_dialog import ReprintDialog

        if not self.run.ready_for_another():
            return
        dialog = ReprintDialog(letter, self.ctx.today(), self)
        if dialog.exec() != ReprintDialog.DialogCode.Accepted:
            return
        self.ui.tabs.setCurrentIndex(RUN_TAB)
        self.run.start_reissue(letter.reference, dialog.issue_date, dialog.delivery,
                               dialog.received)
