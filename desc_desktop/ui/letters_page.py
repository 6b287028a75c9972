"""Letters: the privacy notice's template (with a live preview) and the letter runs.

Built when the area is first visited, so QtPdf is loaded only then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desc_desktop.services.snapshot import DeferredContext
from desc_desktop.ui.generated.ui_letters_page import Ui_LettersPage
from desc_desktop.ui.icons import icon

if TYPE_CHECKING:
    from desc_desktop.services.context import ServiceContext

RUN_TAB, TEMPLATE_TAB = range(2)


class LettersPage(QWidget):
    status_message = Signal(str)
    open_pupil = Signal(int)
    run_sent = Signal(int)

    def __init__(self, ctx: ServiceContext | DeferredContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Opened here, on the UI thread: the work started from this page runs in workers.
        self.ctx = ctx.open() if isinstance(ctx, DeferredContext) else ctx
        self.ui = Ui_LettersPage()
        self.ui.setupUi(self)
        font = self.ui.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.ui.title.setFont(font)
        self.ui.tabs.setTabIcon(RUN_TAB, icon("mail"))
        self.ui.tabs.setTabIcon(TEMPLATE_TAB, icon("file-text"))
        self.run = self.ui.run
        self.template_editor = self.ui.template_editor
        self.run.unsaved_template = lambda: self.template_editor.dirty
        self.template_editor.set_context(self.ctx)
        self.run.set_context(self.ctx)
        for page in (self.run, self.template_editor):
            page.status_message.connect(self.status_message)
        self.template_editor.changed.connect(self.run.template_changed)
        self.run.open_pupil.connect(self.open_pupil)
        self.run.run_sent.connect(self.run_sent)

    def refresh(self) -> None:
        """On showing the area: the register and the school's details may have changed."""
        self.template_editor.refresh_school()
        if not self.run.busy and self.run.step == 0:
            self.run.refresh()
