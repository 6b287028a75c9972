"""Exports: the opt-out list, the Connexions return (with a preview of its counts) and the
disclosure log of every file that left the school. Built when the area is first visited."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desc_desktop.services.snapshot import DeferredContext
from desc_desktop.ui.generated.ui_exports_page import Ui_ExportsPage
from desc_desktop.ui.headings import embolden
from desc_desktop.ui.icons import icon
from desc_desktop.ui.problems import HINT_STYLE

if TYPE_CHECKING:
    from desc_desktop.services.context import ServiceContext

OPTOUTS_TAB, CONNEXIONS_TAB, LOG_TAB = range(3)


class ExportsPage(QWidget):
    status_message = Signal(str)

    def __init__(self, ctx: ServiceContext | DeferredContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Opened here, on the UI thread: the files are written in workers.
        self.ctx = ctx.open()
        self.ui = Ui_ExportsPage()
        self.ui.setupUi(self)
        ui = self.ui
        embolden(ui.title)
        ui.intro.setStyleSheet(HINT_STYLE)
        ui.tabs.setTabIcon(OPTOUTS_TAB, icon("shield-off"))
        ui.tabs.setTabIcon(CONNEXIONS_TAB, icon("send"))
        ui.tabs.setTabIcon(LOG_TAB, icon("history"))
        self.optouts, self.connexions, self.log = ui.optouts, ui.connexions, ui.log
        for view in (self.optouts, self.connexions):
            view.status_message.connect(self.status_message)
            view.disclosed.connect(self._disclosed)
            view.set_context(self.ctx)
        self.log.set_context(self.ctx)
        ui.tabs.currentChanged.connect(self._tab_shown)

    def refresh(self) -> None:
        """On showing the area: opt-outs, letters and the register may have changed."""
        self._tab_shown(self.ui.tabs.currentIndex())

    def _tab_shown(self, tab: int) -> None:
        view = {OPTOUTS_TAB: self.optouts, CONNEXIONS_TAB: self.connexions,
                LOG_TAB: self.log}[tab]
        if getattr(view, "task", None) is None:
            view.refresh()

    def _disclosed(self, done) -> None:
        self.log.refresh()
        self.log.select(done.disclosure_id)
