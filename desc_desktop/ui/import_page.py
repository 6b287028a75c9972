"""Import: the wizard that brings the register in from the MIS (file, columns, preview, apply).

Nothing is written until Apply. Reading the file, the preview and applying run in the
background (ui.operation) with progress and Cancel; the services do the work.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QWidget

from desc_desktop.domain.errors import Problem
from desc_desktop.services import import_files, importing
from desc_desktop.services.import_files import SourceTable, UnreadableFile
from desc_desktop.services.importing import (
    NEW,
    REJECTED,
    UNCHANGED,
    UPDATE,
    ImportPlan,
    ImportResult,
    MappingIncomplete,
)
from desc_desktop.ui.dates import BadDate, format_uk, parse_uk_date
from desc_desktop.ui.generated.ui_import_page import Ui_ImportPage
from desc_desktop.ui.headings import embolden
from desc_desktop.ui.icons import icon
from desc_desktop.ui.import_models import (
    OUTCOME_LABELS,
    FieldDelegate,
    LeaversModel,
    MappingModel,
    OutcomeFilter,
    OutcomeModel,
)
from desc_desktop.ui.operation import BackgroundTask, Progress
from desc_desktop.ui.problems import PROBLEM_STYLE, clear_problems, show_problems
from desc_desktop.ui.settings import app_settings
from desc_desktop.ui.steps import show_steps
from desc_desktop.ui.tables import prepare_table
from desc_desktop.ui.words import plural

if TYPE_CHECKING:
    from desc_desktop.services.context import ServiceContext

FILE, MAPPING, PREVIEW, DONE = range(4)
STEP_NAMES = ("Choose a file", "Match the columns", "Check the preview", "Done")
FILE_FILTER = ("Pupil data from the MIS (*.csv *.xml *.txt);;CSV files (*.csv);;"
               "Common Transfer Files (*.xml);;All files (*)")
_FOLDER_KEY = "import/folder"


def first_examples(table: SourceTable) -> list[str]:
    """For each column, the first value found under its heading (blank columns stay blank)."""
    examples = [""] * len(table.headings)
    missing = set(range(len(table.headings)))
    for _number, cells in table.rows:
        for i in list(missing):
            if i < len(cells) and cells[i].strip():
                examples[i] = cells[i].strip()
                missing.discard(i)
        if not missing:
            break
    return examples


class ImportPage(QWidget):
    status_message = Signal(str)
    imported = Signal()
    """The register changed: whoever shows it reloads it."""
    show_pupils = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ImportPage()
        self.ui.setupUi(self)
        self.path: Path | None = None
        self.table: SourceTable | None = None
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.task: BackgroundTask | None = None
        self._setup_look()
        self._setup_mapping()
        self._setup_preview()
        self._connect()
        self._go(FILE)

    # -- setting up --------------------------------------------------------------------

    def _setup_look(self) -> None:
        embolden(self.ui.title)
        self.ui.choose_file.setIcon(icon("file-input"))
        self.ui.import_another.setIcon(icon("file-input"))
        self.ui.save_rejected.setIcon(icon("file-output"))
        self.ui.apply.setIcon(icon("save"))
        self.ui.cancel.setIcon(icon("x"))
        self.ui.show_pupils.setIcon(icon("users"))
        self.ui.rejected_note.setStyleSheet("color: #b71c1c;")
        self.ui.counts.setStyleSheet("font-weight: 600;")

    def _setup_mapping(self) -> None:
        self.mapping_model = MappingModel(self)
        self.field_delegate = FieldDelegate(self)
        table = self.ui.mapping_table
        table.setModel(self.mapping_model)
        table.setItemDelegateForColumn(MappingModel.FIELD_COLUMN, self.field_delegate)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        table.setColumnWidth(0, 240)
        table.setColumnWidth(1, 220)
        self.mapping_model.mapping_changed.connect(self._check_mapping)
        self.mapping_model.modelReset.connect(self._open_field_editors)

    def _setup_preview(self) -> None:
        self.outcomes = OutcomeModel(self)
        self.outcome_filter = OutcomeFilter(self)
        self.outcome_filter.setSourceModel(self.outcomes)
        prepare_table(self.ui.outcome_table, self.outcome_filter, (60, 200, 90))
        self.ui.preview_splitter.setStretchFactor(0, 3)
        self.ui.preview_splitter.setStretchFactor(1, 2)
        self.leavers = LeaversModel(self)
        leavers = self.ui.leavers_table
        leavers.setModel(self.leavers)
        leavers.verticalHeader().setVisible(False)
        leavers.verticalHeader().setDefaultSectionSize(leavers.fontMetrics().height() + 8)
        leavers.horizontalHeader().setStretchLastSection(True)
        leavers.setColumnWidth(0, 260)
        self.leavers.ticks_changed.connect(self._update_leavers_title)

    def _connect(self) -> None:
        ui = self.ui
        ui.choose_file.clicked.connect(self.choose_file)
        ui.import_another.clicked.connect(self.import_another)
        ui.show_pupils.clicked.connect(lambda: self.show_pupils.emit())
        ui.back.clicked.connect(self.back)
        ui.next.clicked.connect(self.next)
        ui.apply.clicked.connect(self.apply)
        ui.cancel.clicked.connect(self.cancel)
        ui.save_rejected.clicked.connect(self.save_rejected)
        ui.outcome_filter.currentIndexChanged.connect(
            lambda: self.outcome_filter.set_kind(ui.outcome_filter.currentData() or ""))
        ui.tick_all.clicked.connect(lambda: self.leavers.set_all(True))
        ui.untick_all.clicked.connect(lambda: self.leavers.set_all(False))

    # -- moving between steps ------------------------------------------------------------

    @property
    def step(self) -> int:
        return self.ui.steps.currentIndex()

    @property
    def busy(self) -> bool:
        """Background work (reading, preview or applying) is under way."""
        return self.task is not None

    def _go(self, step: int) -> None:
        self.ui.steps.setCurrentIndex(step)
        self._update_navigation()
        focus = {FILE: self.ui.choose_file, MAPPING: self.ui.mapping_table,
                 PREVIEW: self.ui.outcome_table, DONE: self.ui.show_pupils}[step]
        focus.setFocus()

    def _update_navigation(self) -> None:
        ui, step, busy = self.ui, self.step, self.busy
        loaded = self.table is not None
        ui.back.setVisible(step in (MAPPING, PREVIEW))
        ui.next.setVisible(step == MAPPING or (step == FILE and loaded))
        ui.next.setText("&Next: preview" if step == MAPPING else "&Next")
        ui.apply.setVisible(step == PREVIEW)
        ui.cancel.setVisible(step != DONE and loaded)
        for button in (ui.back, ui.next, ui.apply, ui.cancel, ui.choose_file,
                       ui.import_another, ui.save_rejected):
            button.setEnabled(not busy)
        ui.file_name.setText(f"File: {self.path.name}" if self.path and step != FILE else "")
        ui.file_name.setToolTip(str(self.path) if self.path else "")
        self._show_step_names()

    def _show_step_names(self) -> None:
        ctf = self.table is not None and self.table.kind == "ctf"
        show_steps(self.ui.steps_label, STEP_NAMES, self.step,
                   {MAPPING: "not needed for a CTF"} if ctf else None)

    def back(self) -> None:
        if self.busy:
            return
        if self.step == PREVIEW and self.table is not None and self.table.kind == "csv":
            self._go(MAPPING)
        else:
            self._go(FILE)

    def next(self) -> None:
        if self.busy or self.table is None:
            return
        if self.step == FILE:
            self._after_reading()
        elif self.step == MAPPING:
            self.preview()

    def cancel(self) -> None:
        """Leave the import: nothing has been written, so there is nothing to undo."""
        if self.busy:
            return
        had_file = self.table is not None and self.step != DONE
        self._forget_file()
        self._go(FILE)
        if had_file:
            self.status_message.emit("Import cancelled: nothing in the register was changed.")

    def _forget_file(self) -> None:
        self.path = self.table = self.plan = None
        self.mapping_model.set_columns([], [], {})
        self.outcomes.set_records([])
        self.leavers.set_pupils([])
        clear_problems(self.ui.mapping_problems, {})
        clear_problems(self.ui.preview_problems, {})

    # -- background work ---------------------------------------------------------------

    def _context(self) -> ServiceContext:
        """The register's context, opened here on the UI thread (a context deferred at
        start-up would otherwise open the database in a worker thread)."""
        return self.ctx.open()

    def _run(self, title: str, work, on_success, on_failure=None, *,
             can_cancel: bool = True) -> BackgroundTask:
        def finished(handler):
            def run(value) -> None:
                self.task = None
                self._update_navigation()
                handler(value)
            return run

        task = BackgroundTask(self, title, work, finished(on_success),
                              finished(on_failure or _reraise))
        if not can_cancel:
            task.dialog.setCancelButton(None)
        # Cancelled: neither handler runs; the page stays where it was.
        task.operation.signals.cancelled.connect(self._task_cancelled)
        self.task = task
        self._update_navigation()
        return task.start()

    @Slot()
    def _task_cancelled(self) -> None:
        self.task = None
        self._update_navigation()

    # -- 1. the file -------------------------------------------------------------------

    def choose_file(self) -> None:
        if self.busy:
            return
        settings = app_settings()
        start = str(settings.value(_FOLDER_KEY) or "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getOpenFileName(self, "Choose the file to import", start,
                                                FILE_FILTER)
        if not chosen:
            return
        settings.setValue(_FOLDER_KEY, str(Path(chosen).parent))
        self.open_file(Path(chosen))

    def import_another(self) -> None:
        """Back to the first step (where 'Full import' can be changed), choosing a file."""
        self._forget_file()
        self._go(FILE)
        self.choose_file()

    def open_file(self, path: Path) -> None:
        ctx = self._context()

        def work(progress: Progress) -> tuple[SourceTable, dict[int, str]]:
            progress.check()
            table = import_files.read_source(path)
            progress.check()
            mapping = importing.mapping_for(ctx, table.headings) if table.kind == "csv" else {}
            return table, mapping

        def read(result: tuple[SourceTable, dict[int, str]]) -> None:
            self._forget_file()
            self.path = path
            self.table, mapping = result
            if self.table.kind == "csv":
                self.mapping_model.set_columns(self.table.headings, first_examples(self.table),
                                               mapping)
            self._after_reading()

        def unreadable(error: BaseException) -> None:
            if not isinstance(error, UnreadableFile):
                raise error
            QMessageBox.warning(self, "Cannot read the file",
                                f"{path.name} could not be imported.\n\n{error}")

        self._run("Reading the file…", work, read, unreadable)

    def _after_reading(self) -> None:
        assert self.table is not None
        if self.table.kind == "csv":
            self._describe_mapping()
            self._check_mapping()
            self._go(MAPPING)
        else:
            self.preview()

    # -- 2. the columns ----------------------------------------------------------------

    def _describe_mapping(self) -> None:
        assert self.table is not None and self.path is not None
        self.ui.mapping_intro.setText(
            f"{self.path.name} has {plural(len(self.table.headings), 'column')} and "
            f"{plural(len(self.table.rows), 'row')} of pupils under its heading row. Each "
            "column is matched to a field of the register by its heading: change any that "
            "are wrong, or choose “(not imported)” to leave a column out. These choices are "
            "remembered for files with the same headings.")

    def _open_field_editors(self) -> None:
        table, model = self.ui.mapping_table, self.mapping_model
        for row in range(model.rowCount()):
            table.openPersistentEditor(model.index(row, MappingModel.FIELD_COLUMN))
        editor = table.indexWidget(model.index(0, MappingModel.FIELD_COLUMN)) \
            if model.rowCount() else None
        if editor is not None:
            table.verticalHeader().setDefaultSectionSize(editor.sizeHint().height() + 4)

    def field_editor(self, heading: str):
        """The combo box choosing the field for the column with this heading."""
        index = self.mapping_model.index(self.mapping_model.row_of(heading),
                                         MappingModel.FIELD_COLUMN)
        return self.ui.mapping_table.indexWidget(index)

    def _check_mapping(self) -> bool:
        try:
            importing.check_mapping(self.mapping_model.mapping())
        except MappingIncomplete as e:
            self.ui.mapping_problems.setText(str(e))
            self.ui.mapping_problems.setStyleSheet(PROBLEM_STYLE)
            self.ui.mapping_problems.setVisible(True)
            return False
        clear_problems(self.ui.mapping_problems, {})
        return True

    # -- 3. the preview ----------------------------------------------------------------

    def preview(self) -> None:
        """Work out what applying would do, row by row; nothing is written."""
        table = self.table
        if table is None or self.busy:
            return
        mapping = self.mapping_model.mapping() if table.kind == "csv" else {}
        if table.kind == "csv" and not self._check_mapping():
            self._go(MAPPING)
            return
        ctx, full = self._context(), self.ui.full_import.isChecked()

        def work(progress: Progress) -> ImportPlan:
            progress.check()
            plan = importing.plan_import(ctx, table, mapping, full=full)
            progress.check()
            return plan

        def mapping_refused(error: BaseException) -> None:
            if not isinstance(error, MappingIncomplete):
                raise error
            self._check_mapping()
            self._go(MAPPING)

        self._run("Preparing the preview…", work, self._show_plan, mapping_refused)

    def _show_plan(self, plan: ImportPlan) -> None:
        assert self.table is not None and self.path is not None
        self.plan = plan
        ui, ctf = self.ui, self.table.kind == "ctf"
        self.outcomes.set_records(plan.outcomes)
        if ctf:
            self.outcomes.set_row_title("Pupil", "The pupil's place in the file (1 is the first)")
        else:
            self.outcomes.set_row_title("Row", "The row number as Excel shows it (the heading "
                                               "is row 1)")
        counts = {kind: plan.count(kind) for kind in (NEW, UPDATE, UNCHANGED, REJECTED)}
        ui.counts.setText(f"{counts[NEW]:,} new · {counts[UPDATE]:,} to update · "
                          f"{counts[UNCHANGED]:,} unchanged · {counts[REJECTED]:,} rejected")
        ui.outcome_filter.blockSignals(True)
        ui.outcome_filter.clear()
        ui.outcome_filter.addItem(f"All rows ({len(plan.outcomes):,})", "")
        for kind, n in counts.items():
            ui.outcome_filter.addItem(f"{OUTCOME_LABELS[kind]} ({n:,})", kind)
        ui.outcome_filter.setCurrentIndex(0)
        ui.outcome_filter.blockSignals(False)
        self.outcome_filter.set_kind("")
        rejected = counts[REJECTED]
        ui.rejected_note.setText(
            f"{plural(rejected, 'row')} cannot be imported." if rejected else "")
        ui.rejected_note.setVisible(bool(rejected))
        ui.save_rejected.setVisible(bool(rejected))
        where = "pupil in the file" if ctf else "row of the file"
        if not plan.outcomes:
            intro = f"{self.path.name} holds no pupils, so there is nothing to import."
        else:
            intro = (f"Nothing has been changed yet. This is what Apply import will do with "
                     f"each {where}. Every valid row is saved together, or none is; "
                     "rejected rows are not imported.")
        ui.preview_intro.setText(intro)
        self.leavers.set_pupils(plan.missing)
        ui.leavers_box.setVisible(bool(plan.missing))
        ui.leaving_date.setText(format_uk(self.ctx.today()))
        clear_problems(ui.preview_problems, {"leaving_date": ui.leaving_date})
        self._go(PREVIEW)

    def _update_leavers_title(self) -> None:
        total, ticked = self.leavers.rowCount(), len(self.leavers.ticked())
        title = f"{plural(total, 'pupil')} on roll not in this file"
        if ticked:
            title += f" — {ticked:,} ticked to mark as left"
        self.ui.leavers_box.setTitle(title)

    def save_rejected(self) -> None:
        if self.plan is None or self.table is None or self.path is None:
            return
        suggested = self.path.with_name(f"{self.path.stem} - rejected rows.csv")
        chosen, _ = QFileDialog.getSaveFileName(self, "Save rejected rows", str(suggested),
                                                "CSV files (*.csv)")
        if not chosen:
            return
        target = Path(chosen)
        if not target.suffix:
            target = target.with_suffix(".csv")
        try:
            count = importing.write_rejected(target, self.table, self.plan)
        except OSError as e:
            QMessageBox.warning(self, "Rejected rows not saved",
                                f"{target.name} could not be written ({e.strerror}). Close it "
                                "if it is open in Excel, or choose another folder.")
            return
        self.status_message.emit(f"{plural(count, 'rejected row')} saved to {target.name}, "
                                 "each with the reason. Fix them and import that file.")

    # -- 4. applying -------------------------------------------------------------------

    def apply(self) -> None:
        table = self.table
        if table is None or self.plan is None or self.busy:
            return
        leavers = self.leavers.ticked()
        leaving: date | None = None
        widgets = {"leaving_date": self.ui.leaving_date}
        clear_problems(self.ui.preview_problems, widgets)
        if leavers:
            try:
                leaving = parse_uk_date(self.ui.leaving_date.text())
                if leaving is None:
                    raise BadDate("Enter the leaving date for the pupils ticked as left.")
            except BadDate as e:
                show_problems(self.ui.preview_problems, [Problem("leaving_date", str(e))],
                              widgets)
                return
        mapping = self.mapping_model.mapping() if table.kind == "csv" else {}
        ctx = self._context()

        def work(progress: Progress) -> ImportResult:
            progress.check()
            # One transaction from here: it cannot stop half-way, so no Cancel is offered.
            return importing.apply_import(ctx, table, mapping, leavers=leavers,
                                          leaving_date=leaving)

        def refused(error: BaseException) -> None:
            if not isinstance(error, MappingIncomplete):
                raise error
            self._check_mapping()
            self._go(MAPPING)

        self._run("Importing: every valid row is saved together, or none is…", work,
                  lambda result: self._applied(result, leaving), refused, can_cancel=False)

    def _applied(self, result: ImportResult, leaving: date | None) -> None:
        self.result = result
        lines = []
        if result.new or result.updated or result.leavers:
            lines.append("The import is finished and the register is up to date.")
        else:
            lines.append("Nothing needed changing: the register already matches the file.")
        lines.append("")
        lines.append(f"• {plural(result.new, 'new pupil')} added")
        lines.append(f"• {plural(result.updated, 'pupil')} updated")
        lines.append(f"• {plural(result.unchanged, 'pupil')} unchanged")
        if result.rejected:
            lines.append(f"• {plural(result.rejected, 'row')} rejected and not imported:")
            shown = result.rejected_rows[:10]
            unit = "pupil" if self.table is not None and self.table.kind == "ctf" else "row"
            lines += [f"    {unit} {o.row}: {o.detail}" for o in shown]
            if len(result.rejected_rows) > len(shown):
                lines.append(f"    … and {len(result.rejected_rows) - len(shown):,} more")
        if result.leavers:
            lines.append(f"• {plural(result.leavers, 'pupil')} marked as left on "
                         f"{format_uk(leaving)}")
        if result.missing:
            lines.append(f"• {plural(result.missing, 'pupil')} on roll not in the file, "
                         "left as they were")
        self.ui.summary.setText("\n".join(lines))
        self._go(DONE)
        self.imported.emit()
        self.status_message.emit(
            f"Import finished: {result.new:,} new, {result.updated:,} updated, "
            f"{result.unchanged:,} unchanged, {result.rejected:,} rejected"
            + (f", {result.leavers:,} marked as left." if result.leavers else "."))


def _reraise(error: BaseException) -> None:
    raise error
