"""The register's Status column: filled just after the table has painted, never before.

Working out every pupil's status needs the database opened properly (SQLAlchemy) and reads
every letter and opt-out: about 20 ms for 1,500 pupils, 150 ms for 10,000. So the list shows
first and the column fills in at once after; it is worked out again only when statuses may
have changed (an opt-out, a letter run marked as sent, an import, a new day), and for one
pupil alone after their page is saved. A reload keeps the statuses already known.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QTableView

from desc_desktop.services import statuses
from desc_desktop.services.errors import NotFound

if TYPE_CHECKING:
    from desc_desktop.services.context import ServiceContext
    from desc_desktop.services.snapshot import DeferredContext
    from desc_desktop.ui.pupil_table import PupilTableModel


class StatusColumn(QObject):
    def __init__(self, ctx: ServiceContext | DeferredContext, model: PupilTableModel,
                 view: QTableView) -> None:
        super().__init__(view)
        self.ctx, self.model, self.view = ctx, model, view
        self.filled_on: date | None = None
        """The day the statuses were worked out for; None: to be worked out."""
        self._scheduled = False
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Paint and not self._scheduled
                and self.filled_on != self.ctx.today() and self.model.lines):
            self._scheduled = True
            QTimer.singleShot(0, self.fill)
        return False

    def fill(self) -> None:
        """Every pupil on roll today, with their status."""
        self._scheduled = False
        today = self.ctx.today()
        facts = statuses.load_facts(self.ctx)
        self.model.set_statuses({pupil.id: facts.status(pupil.id, today)
                                 for pupil in facts.on_roll(today)})
        self.filled_on = today

    def mark_stale(self) -> None:
        """Statuses may have changed: worked out again once the list next paints."""
        self.filled_on = None
        self.view.viewport().update()

    def update_pupil(self, pupil_id: int) -> None:
        """One pupil's status, after their page was saved (or an opt-out recorded there)."""
        if self.filled_on is None:
            return  # the whole column is worked out when next painted
        try:
            status = statuses.status_of(self.ctx, pupil_id)
        except NotFound:
            status = None
        on_roll = any(line.row.id == pupil_id and line.on_roll for line in self.model.lines)
        self.model.set_status(pupil_id, status if on_roll else None)
