"""Admin › Audit trail: who did what and when, with filters, each entry's before and after,
a check of the hash chain, and export to a spreadsheet."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QWidget

from desc_desktop.domain.errors import Problem
from desc_desktop.services import audit, audit_export, audit_search
from desc_desktop.services.audit_search import TrailEntry, TrailFilter
from desc_desktop.ui.audit_models import (
    CHANGE_COLUMNS,
    ENTRY_ROLE,
    AuditEntryModel,
    AuditSortProxy,
    kind_label,
)
from desc_desktop.ui.dates import BadDate, format_when, parse_uk_date
from desc_desktop.ui.generated.ui_audit_trail import Ui_AuditTrailView
from desc_desktop.ui.icons import icon
from desc_desktop.ui.operation import BackgroundTask, Progress
from desc_desktop.ui.problems import PROBLEM_STYLE, clear_problems, show_problems
from desc_desktop.ui.record_model import RecordTableModel
from desc_desktop.ui.tables import prepare_table, selected_data

if TYPE_CHECKING:
    from desc_desktop.services.context import ServiceContext

SHOWN_AT_MOST = 5000
_INTACT_STYLE = "color: #1b5e20; font-weight: 600;"


class AuditTrailView(QWidget):
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: ServiceContext | None = None
        self.ui = Ui_AuditTrailView()
        self.ui.setupUi(self)
        self.model = AuditEntryModel(self)
        self.proxy = AuditSortProxy(self)
        self.proxy.setSourceModel(self.model)
        prepare_table(self.ui.entries, self.proxy, widths=(48, 118, 90, 100, 150))
        self.ui.entries.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.changes = RecordTableModel(CHANGE_COLUMNS, self)
        header = prepare_table(self.ui.changes, self.changes)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.splitter.setSizes([640, 360])
        self.ui.verify.setIcon(icon("shield-check"))
        self.ui.export_csv.setIcon(icon("file-output"))
        self.ui.clear.setIcon(icon("x"))
        self.task: BackgroundTask | None = None
        self._loaded_filter: TrailFilter | None = None
        self._connect()
        clear_problems(self.ui.problems, self._date_widgets())
        self.show_entry(None)

    def set_context(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def _connect(self) -> None:
        ui = self.ui
        for edit in (ui.since, ui.until, ui.pupil):
            edit.returnPressed.connect(self.reload)
            edit.editingFinished.connect(self._reload_if_changed)
        ui.staff.activated.connect(self.reload)
        ui.kind.activated.connect(self.reload)
        ui.clear.clicked.connect(self.clear_filters)
        ui.verify.clicked.connect(self.verify)
        ui.export_csv.clicked.connect(self.export)
        ui.entries.selectionModel().selectionChanged.connect(self._selection_changed)

    def _date_widgets(self) -> dict[str, QWidget]:
        return {"since": self.ui.since, "until": self.ui.until}

    # -- loading ----------------------------------------------------------------------

    def refresh(self) -> None:
        """On showing the tab: the choices of staff and kinds, then the entries."""
        self._fill_choices()
        self.reload()

    def _fill_choices(self) -> None:
        staff, kind = self.ui.staff, self.ui.kind
        chosen_staff, chosen_kind = staff.currentData(), kind.currentData()
        staff.clear()
        staff.addItem("Anyone", None)
        for member in audit_search.staff_in_trail(self._ctx()):
            staff.addItem(member.name, member.id)
        kind.clear()
        kind.addItem("All kinds", "")
        for name in sorted(audit_search.kinds_in_trail(self._ctx()), key=kind_label):
            kind.addItem(kind_label(name), name)
        staff.setCurrentIndex(max(0, staff.findData(chosen_staff)))
        kind.setCurrentIndex(max(0, kind.findData(chosen_kind)))

    def current_filter(self) -> TrailFilter | None:
        """The filters as typed, or None (and the problem shown) when a date is not one."""
        clear_problems(self.ui.problems, self._date_widgets())
        days: dict[str, date | None] = {}
        problems = []
        for name, edit in self._date_widgets().items():
            try:
                days[name] = parse_uk_date(edit.text())
            except BadDate as e:
                problems.append(Problem(name, str(e)))
        if not problems and days["since"] and days["until"] and days["since"] > days["until"]:
            problems.append(Problem("until", "The 'To' date is before the 'From' date."))
        if problems:
            show_problems(self.ui.problems, problems, self._date_widgets())
            self.ui.problems.setText("\n".join(p.message for p in problems))
            return None
        return TrailFilter(since=days["since"], until=days["until"],
                           staff_id=self.ui.staff.currentData(),
                           pupil_name=self.ui.pupil.text(), kind=self.ui.kind.currentData() or "")

    def reload(self) -> None:
        wanted = self.current_filter()
        if wanted is None:
            return
        self._loaded_filter = wanted
        selected = self.selected_entry()
        page = audit_search.search_trail(self._ctx(), wanted, limit=SHOWN_AT_MOST)
        self.model.set_entries(page.entries)
        self.ui.shown.setText(_shown_text(len(page.entries), page.matching))
        row = self.model.row_of(selected.id) if selected else None
        if row is not None:
            self.select_source_row(row)
        else:
            self.show_entry(None)

    def _reload_if_changed(self) -> None:
        wanted = self.current_filter()
        if wanted is not None and wanted != self._loaded_filter:
            self.reload()

    def clear_filters(self) -> None:
        for edit in (self.ui.since, self.ui.until, self.ui.pupil):
            edit.clear()
        self.ui.staff.setCurrentIndex(0)
        self.ui.kind.setCurrentIndex(0)
        self.reload()

    # -- one entry --------------------------------------------------------------------

    def selected_entry(self) -> TrailEntry | None:
        return selected_data(self.ui.entries, ENTRY_ROLE)

    def select_source_row(self, row: int) -> None:
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.ui.entries.selectRow(index.row())
        self.ui.entries.scrollTo(index)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.show_entry(self.selected_entry())

    def show_entry(self, entry: TrailEntry | None) -> None:
        ui = self.ui
        ui.details_box.setTitle(f"Entry {entry.id}" if entry else "Entry")
        ui.when.setText(format_when(entry.at) if entry else "")
        ui.who.setText(entry.staff_name if entry else "")
        ui.what.setText(entry.summary if entry else "Choose an entry to see what it changed.")
        ui.record.setText(_record_text(entry) if entry else "")
        self.changes.set_records(audit.change_rows(entry.changes) if entry else [])
        ui.hash.setText(f"Hash {entry.hash[:16]}…" if entry and entry.hash else "")
        ui.hash.setToolTip(entry.hash if entry else "")
        ui.hash.setStyleSheet("color: palette(placeholder-text);")

    # -- verify and export ------------------------------------------------------------

    def verify(self) -> None:
        ctx = self._ctx()

        def work(progress: Progress) -> audit.TrailCheck:
            return audit.verify_trail(ctx, on_progress=lambda done, total: progress.report(
                done, total, f"Checked {done:,} of {total:,} entries…"))

        self._start("Checking the audit trail", work, self._show_check)

    def _show_check(self, check: audit.TrailCheck) -> None:
        text = audit.describe_check(check, format_when)
        self.ui.chain_state.setText(text)
        self.ui.chain_state.setStyleSheet(_INTACT_STYLE if check.intact else PROBLEM_STYLE)
        if check.broken_entry is not None:
            row = self.model.row_of(check.broken_entry)
            if row is not None:
                self.select_source_row(row)
        if not check.intact:
            QMessageBox.warning(self, "The audit trail has been changed", text)

    def export(self) -> None:
        wanted = self.current_filter()
        if wanted is None:
            return
        start = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(start) / f"Audit trail {date.today().isoformat()}.csv"
        chosen, _ = QFileDialog.getSaveFileName(self, "Export the audit trail", str(suggested),
                                                "CSV for a spreadsheet (*.csv)")
        if not chosen:
            return
        ctx, path = self._ctx(), Path(chosen)

        def work(progress: Progress) -> int:
            return audit_export.export_trail(ctx, path, wanted, on_progress=lambda done, total:
                                             progress.report(done, total, "Writing entries…"))

        def done(count: int) -> None:
            self.refresh()  # the export is itself an entry
            self.status_message.emit(
                f"{audit.entries_text(count)} exported to {path.name}. The file holds personal "
                "data: keep it safe, and delete it when done.")

        self._start("Exporting the audit trail", work, done, self._export_failed)

    def _export_failed(self, error: BaseException) -> None:
        if not isinstance(error, OSError):
            raise error
        QMessageBox.warning(self, "Export not written",
                            f"The file could not be written ({error.strerror or error}). "
                            "Choose another folder, or check there is space on the drive.")

    def _start(self, title: str, work, on_success, on_failure=None) -> None:
        def finished(handler):
            def run(value) -> None:
                self.task = None
                handler(value)
            return run

        self.task = BackgroundTask(self, title, work, finished(on_success),
                                   finished(on_failure) if on_failure else None)
        self.task.operation.signals.cancelled.connect(lambda: setattr(self, "task", None))
        self.task.start()

    def _ctx(self) -> ServiceContext:
        """Opened here on the UI thread, never first in a worker."""
        ctx = self.ctx
        assert ctx is not None, "set_context() first"
        return ctx.open()


def _shown_text(shown: int, matching: int) -> str:
    if shown < matching:
        return (f"The newest {shown:,} of {matching:,} entries; narrow the filters to see "
                "older ones.")
    return audit.entries_text(matching)


def _record_text(entry: TrailEntry) -> str:
    parts = []
    if entry.entity and entry.entity_id is not None:
        parts.append(f"{entry.entity.replace('_', ' ')} {entry.entity_id}")
    if entry.pupil_name:
        parts.append(entry.pupil_name)
    parts.append(entry.action)
    return " · ".join(parts)

