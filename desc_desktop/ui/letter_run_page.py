"""Letters > New run: choose who, review the letters, make one PDF, print it, mark as sent.

Making the PDF records nothing and starts no clock: only "Mark as sent" records the letters
(letter_runs.mark_sent), and from then on the reply-by date is in force. A run not marked
as sent can simply be discarded. Planning, writing and printing run in the background
(ui.operation) with progress and Cancel.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QMessageBox, QWidget

from desc_desktop.domain.letters.delivery import OPT_OUT_DAYS, Delivery, received_on, reply_by
from desc_desktop.domain.register import year_group_sort_key, year_label
from desc_desktop.domain.school import SchoolDetails
from desc_desktop.services import letter_runs, letters, letters_pdf, pupils, school
from desc_desktop.services.errors import Refused
from desc_desktop.services.letters import RunPlan
from desc_desktop.ui.dates import BadDate, format_uk, parse_uk_date
from desc_desktop.ui.generated.ui_letter_run import Ui_LetterRunPage
from desc_desktop.ui.icons import icon
from desc_desktop.ui.operation import BackgroundTask, Progress
from desc_desktop.ui.pdf_preview import PdfPreview, print_pdf
from desc_desktop.ui.problems import HINT_STYLE, PROBLEM_STYLE
from desc_desktop.ui.record_model import Column, RecordTableModel
from desc_desktop.ui.settings import app_settings
from desc_desktop.ui.steps import show_steps
from desc_desktop.ui.tables import prepare_table

if TYPE_CHECKING:
    from collections.abc import Callable

    from desc_desktop.services.context import ServiceContext

CHOOSE, REVIEW, MADE = range(3)
STEP_NAMES = ("Choose the letters", "Review", "Print and mark as sent")
SORTS = (("form", "Form (for pupil post)"), ("surname", "Surname"),
         ("postcode", "Postcode (for the post)"))
_FOLDER_KEY = "letters/folder"

PROBLEM_COLUMNS = (Column("What to fix", lambda problem: problem.message),)


def plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def day_and_date(day: date) -> str:
    """'Mon 30/11/2026': the weekday helps the office see a date falls where expected."""
    return f"{day:%a} {format_uk(day)}"


def long_date(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


@dataclass(frozen=True)
class MadeLetters:
    """A PDF of the run, made and not yet (or now) recorded."""

    path: Path
    pages: int
    plan: RunPlan
    template_version: int


class LetterRunPage(QWidget):
    status_message = Signal(str)
    open_pupil = Signal(int)
    """The user wants to fix a problem on this pupil's record."""
    run_sent = Signal(int)
    """A run was marked as sent (its number): deadlines now exist."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LetterRunPage()
        self.ui.setupUi(self)
        self.ctx: ServiceContext | None = None
        self.plan: RunPlan | None = None
        self.made: MadeLetters | None = None
        self.sent_run: int | None = None
        self.task: BackgroundTask | None = None
        self.unsaved_template: Callable[[], bool] = lambda: False
        """Whether the Template tab holds changes not saved (set by the Letters page)."""
        self.preview = PdfPreview(self.ui.run_preview)
        # Whole pages: the letters' layout at a glance (Open in PDF viewer to read closely).
        self.ui.run_preview.setZoomMode(self.ui.run_preview.ZoomMode.FitInView)
        self._printer: QPrinter | None = None
        self._cancelled_message = "Cancelled."
        self._setup()

    # -- setting up ----------------------------------------------------------------------

    def _setup(self) -> None:
        ui = self.ui
        for kind in Delivery:
            ui.delivery.addItem(kind.label, kind.value)
        for value, label in SORTS:
            ui.sort.addItem(label, value)
        ui.check.setIcon(icon("users"))
        ui.back.setIcon(icon("undo-2"))
        ui.make_pdf.setIcon(icon("file-text"))
        ui.print_letters.setIcon(icon("printer"))
        ui.open_pdf.setIcon(icon("external-link"))
        ui.discard.setIcon(icon("trash-2"))
        ui.mark_sent.setIcon(icon("send"))
        ui.another_run.setIcon(icon("mail"))
        ui.choose_problems.setStyleSheet(PROBLEM_STYLE)
        ui.choose_problems.setVisible(False)
        ui.counts.setStyleSheet("font-weight: 600;")
        ui.dates.setStyleSheet(HINT_STYLE)
        ui.issue_date_hint.setStyleSheet(HINT_STYLE)
        self.problem_model = RecordTableModel(PROBLEM_COLUMNS, self)
        prepare_table(ui.problems, self.problem_model)
        ui.problems.horizontalHeader().setVisible(False)
        ui.problems.activated.connect(self._open_problem_pupil)  # double-click or Enter
        ui.everyone.toggled.connect(self._update_who)
        ui.years.itemChanged.connect(self._year_ticked)
        ui.issue_date.textChanged.connect(self._show_dates)
        ui.delivery.currentIndexChanged.connect(self._show_dates)
        ui.check.clicked.connect(self.check)
        ui.back.clicked.connect(self.back)
        ui.check_again.clicked.connect(self.check)
        ui.make_pdf.clicked.connect(self.make_pdf)
        ui.print_letters.clicked.connect(self.print_letters)
        ui.open_pdf.clicked.connect(self.open_pdf)
        ui.discard.clicked.connect(self.discard)
        ui.mark_sent.clicked.connect(self.mark_sent)
        ui.another_run.clicked.connect(self.start_again)

    def set_context(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.ui.issue_date.setText(format_uk(ctx.today()))
        self.refresh()
        self._go(CHOOSE)

    def refresh(self) -> None:
        """On showing the page: the year groups as the register has them now."""
        assert self.ctx is not None
        ticked = set(self.chosen_years())
        years = sorted(pupils.year_groups_in_use(self.ctx), key=year_group_sort_key)
        widget = self.ui.years
        widget.blockSignals(True)
        widget.clear()
        for year in years:
            item = QListWidgetItem(year_label(year))
            item.setData(Qt.ItemDataRole.UserRole, year)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if year in ticked
                               else Qt.CheckState.Unchecked)
            widget.addItem(item)
        widget.blockSignals(False)
        self._update_who()
        self._show_dates()

    # -- steps ---------------------------------------------------------------------------

    @property
    def step(self) -> int:
        return self.ui.steps.currentIndex()

    @property
    def busy(self) -> bool:
        return self.task is not None

    def _go(self, step: int) -> None:
        self.ui.steps.setCurrentIndex(step)
        self._update_buttons()
        show_steps(self.ui.steps_label, STEP_NAMES, step)
        focus = {CHOOSE: self.ui.check, REVIEW: self.ui.make_pdf,
                 MADE: self.ui.print_letters}[step]
        focus.setFocus()

    def _update_buttons(self) -> None:
        ui, busy = self.ui, self.busy
        has_letters = self.plan is not None and bool(self.plan.letters)
        sent = self.sent_run is not None
        ui.make_pdf.setEnabled(has_letters and not busy)
        for button in (ui.check, ui.back, ui.check_again, ui.print_letters, ui.open_pdf,
                       ui.discard, ui.mark_sent, ui.another_run):
            button.setEnabled(not busy)
        ui.discard.setVisible(not sent)
        ui.mark_sent.setVisible(not sent)
        ui.another_run.setVisible(sent)

    def back(self) -> None:
        if not self.busy:
            self.plan = None
            self._go(CHOOSE)

    def _run(self, title: str, work, on_success, on_failure=None) -> BackgroundTask:
        def finished(handler):
            def run(value) -> None:
                self.task = None
                self._update_buttons()
                handler(value)
            return run

        task = BackgroundTask(self, title, work, finished(on_success),
                              finished(on_failure or _reraise))
        task.operation.signals.cancelled.connect(self._task_cancelled)
        self.task = task
        self._update_buttons()
        return task.start()

    @Slot()
    def _task_cancelled(self) -> None:
        self.task = None
        self._update_buttons()
        self.status_message.emit(self._cancelled_message)

    # -- 1. choosing ----------------------------------------------------------------------

    def chosen_years(self) -> list[str]:
        widget = self.ui.years
        return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]

    def _update_who(self) -> None:
        self.ui.years.setEnabled(self.ui.by_year.isChecked())

    def _year_ticked(self, _item: QListWidgetItem) -> None:
        if self.chosen_years():
            self.ui.by_year.setChecked(True)

    def delivery(self) -> Delivery:
        return Delivery(self.ui.delivery.currentData())

    def _issue_date(self) -> date:
        """The issue date typed; raises BadDate with what to fix."""
        value = parse_uk_date(self.ui.issue_date.text())
        if value is None:
            raise BadDate("Enter the issue date: the date printed on the letters.")
        return value

    def _show_dates(self) -> None:
        try:
            issue_date = self._issue_date()
        except BadDate:
            self.ui.dates.setText("Enter the issue date as dd/mm/yyyy to see the reply-by "
                                  "date.")
            return
        received = received_on(issue_date, self.delivery())
        self.ui.dates.setText(
            f"Received {day_and_date(received)}  ·  reply-by date "
            f"{day_and_date(reply_by(received))} ({OPT_OUT_DAYS} days after it is received)")

    def check(self) -> None:
        """Work out who gets which letter (in the background), then show the review."""
        if self.busy or self.ctx is None:
            return
        ui = self.ui
        problems = []
        try:
            issue_date = self._issue_date()
        except BadDate as e:
            problems.append(str(e))
        years = self.chosen_years() if ui.by_year.isChecked() else []
        if ui.by_year.isChecked() and not years:
            problems.append("Tick at least one year group, or choose everyone on roll.")
        if problems:
            ui.choose_problems.setText("\n".join(problems))
            ui.choose_problems.setVisible(True)
            if self.step != CHOOSE:
                self._go(CHOOSE)
            return
        ui.choose_problems.setVisible(False)
        ctx, delivery, sort = self.ctx, self.delivery(), ui.sort.currentData()
        joiners = ui.joiners.isChecked()

        def work(progress: Progress) -> RunPlan:
            progress.check()
            return letters.plan_run(ctx, issue_date, delivery=delivery, years=years, sort=sort,
                                    joiners_only=joiners)

        self._cancelled_message = "Cancelled: nothing was made or recorded."
        self._run("Working out who gets which letter…", work, self._planned)

    def _planned(self, plan: RunPlan) -> None:
        self.plan = plan
        self.made = None
        self.sent_run = None
        self._show_review()
        self._go(REVIEW)

    # -- 2. review ------------------------------------------------------------------------

    def _who_text(self) -> str:
        if self.ui.joiners.isChecked():
            return "pupils no letter has been sent about yet"
        years = self.chosen_years() if self.ui.by_year.isChecked() else []
        if not years:
            return "everyone on roll"
        return ", ".join(year_label(y) for y in years)

    def _show_review(self) -> None:
        plan, ui = self.plan, self.ui
        assert plan is not None
        households = sum(not letter.to_pupil for letter in plan.letters)
        to_pupils = len(plan.letters) - households
        ui.review_intro.setText(
            f"Nothing has been made or recorded yet. Letters for {self._who_text()}, dated "
            f"{long_date(plan.issue_date)}, {plan.delivery.label[0].lower()}"
            f"{plan.delivery.label[1:]}. Once marked as sent, opt-outs are due by "
            f"{long_date(plan.reply_by)}.")
        counts = [plural(len(plan.letters), "letter"), plural(households, "household")]
        if to_pupils:
            counts.append(plural(to_pupils, "letter") + " to pupils aged 16 or over")
        counts += [plural(plan.pupils_covered, "pupil") + " covered (Connexions section and "
                   "reply slip)",
                   plural(len(plan.problems), "problem") if plan.problems else "no problems"]
        ui.counts.setText(" · ".join(counts))
        if not plan.letters:
            ui.counts.setText(ui.counts.text() + "\nNo letters can be made for this choice.")
        self.problem_model.set_records(plan.problems)
        ui.problems.resizeRowsToContents()
        has_problems = bool(plan.problems)
        ui.problems_label.setVisible(has_problems)
        ui.problems.setVisible(has_problems)
        ui.no_problems.setVisible(not has_problems)
        self._show_template_note()

    def _show_template_note(self) -> None:
        assert self.ctx is not None
        version, _template = letter_runs.current_template(self.ctx)
        note = (f"The letters use the saved template, version {version}." if version else
                "The letters use the default template text (it is saved as version 1 when "
                "the run is marked as sent).")
        if self.unsaved_template():
            note += (" The Template tab has changes that are not saved, so they are not in "
                     "these letters: save them first if they should be.")
        self.ui.template_note.setText(note)

    def template_changed(self) -> None:
        """The Template tab was edited or saved: the review says which text the letters use."""
        if self.step == REVIEW and self.ctx is not None:
            self._show_template_note()

    def _open_problem_pupil(self, index) -> None:
        problem = self.problem_model.record(index.row())
        self.open_pupil.emit(problem.pupil_id)

    # -- making the PDF -------------------------------------------------------------------

    def suggested_path(self) -> Path:
        assert self.plan is not None
        folder = str(app_settings().value(_FOLDER_KEY) or "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(folder) / f"Privacy notices {self.plan.issue_date.isoformat()}.pdf"

    def make_pdf(self) -> None:
        if self.busy or self.plan is None or not self.plan.letters or self.ctx is None:
            return
        details = school.get_school(self.ctx)
        if details is None:
            QMessageBox.information(self, "School details needed",
                                    "Enter the school's details in Admin first: they head "
                                    "every letter.")
            return
        chosen, _ = QFileDialog.getSaveFileName(self, "Save the letters as one PDF",
                                                str(self.suggested_path()),
                                                "PDF files (*.pdf)")
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        app_settings().setValue(_FOLDER_KEY, str(path.parent))
        self._write(path, details)

    def _write(self, path: Path, details: SchoolDetails) -> None:
        assert self.plan is not None and self.ctx is not None
        plan = self.plan
        version, template = letter_runs.current_template(self.ctx)
        self.preview.clear()  # nothing of ours holds the file while it is replaced

        def work(progress: Progress) -> int:
            def report(done: int, total: int) -> None:
                progress.report(done, total, f"Writing letter {done:,} of {total:,}…")

            progress.report(0, len(plan.letters), "Writing the letters…")
            return letters_pdf.write_letters(path, plan, template, details, progress=report)

        def written(pages: int) -> None:
            self.made = MadeLetters(path, pages, plan, version)
            self.sent_run = None
            self._show_made()
            self._go(MADE)
            self.status_message.emit(f"{plural(len(plan.letters), 'letter')} saved to "
                                     f"{path.name}. Nothing is recorded until you mark them "
                                     "as sent.")

        def failed(error: BaseException) -> None:
            if not isinstance(error, OSError):
                raise error
            QMessageBox.warning(self, "The letters were not saved",
                                f"{path.name} could not be written ({error.strerror or error})."
                                " Close it if it is open in a PDF viewer, or choose another "
                                "name or folder.")

        self._cancelled_message = "Cancelled: no PDF was saved and nothing was recorded."
        self._run("Making the letters…", work, written, failed)

    # -- 3. the PDF made: preview, print, open, mark as sent ------------------------------

    def _show_made(self) -> None:
        made = self.made
        assert made is not None
        plan = made.plan
        lines = [f"{plural(len(plan.letters), 'letter')} ({plural(made.pages, 'page')}) saved "
                 f"to {made.path}."]
        if self.sent_run is None:
            lines.append(
                "Not recorded yet, so no reply-by date has started. Print the letters and "
                "send them home, then press Mark as sent: opt-outs will be due by "
                f"{long_date(plan.reply_by)}. If you do not send these letters, discard "
                "the run.")
        else:
            lines.append(
                f"Letter run {self.sent_run} was marked as sent: "
                f"{plural(len(plan.letters), 'letter')} recorded, "
                f"{plural(plan.pupils_covered, 'pupil')} covered. Opt-outs are due by "
                f"{long_date(plan.reply_by)}.")
        self.ui.made_summary.setText("\n".join(lines))
        if not self.preview.page_count:
            try:
                self.preview.show_file(made.path)
            except OSError:
                self.preview.clear()
        self._update_buttons()

    def print_letters(self) -> None:
        if self.busy or self.made is None:
            return
        path = self.made.path
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(path.stem)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Print the letters")
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, max(1, self.made.pages))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._printer = printer  # kept alive while the worker draws on it

        def work(progress: Progress) -> int:
            return print_pdf(path, printer, progress)

        def printed(pages: int) -> None:
            self.status_message.emit(f"{plural(pages, 'page')} sent to the printer.")

        def failed(error: BaseException) -> None:
            if not isinstance(error, OSError):
                raise error
            QMessageBox.warning(self, "Not printed", f"The letters were not printed: {error}")

        self._cancelled_message = "Printing cancelled."
        self._run("Printing the letters…", work, printed, failed)

    def open_pdf(self) -> None:
        if self.made is None:
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.made.path))):
            QMessageBox.warning(self, "Could not open the PDF",
                                f"No PDF viewer opened {self.made.path.name}. Open it from "
                                f"its folder: {self.made.path.parent}")

    def mark_sent(self) -> None:
        if self.busy or self.made is None or self.sent_run is not None or self.ctx is None:
            return
        made = self.made
        plan = made.plan
        answer = QMessageBox.question(
            self, "Mark the letters as sent?",
            f"Record these {plural(len(plan.letters), 'letter')} as sent, dated "
            f"{format_uk(plan.issue_date)}?\n\n"
            f"This starts the {OPT_OUT_DAYS}-day period to opt out for "
            f"{plural(plan.pupils_covered, 'pupil')}: replies are due by "
            f"{format_uk(plan.reply_by)}. Only do this once the letters are printed and "
            "going home.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            run = letter_runs.mark_sent(self.ctx, plan, made.template_version)
        except Refused as e:
            QMessageBox.warning(self, "Not recorded", str(e))
            return
        self.sent_run = run
        self._show_made()
        self.ui.another_run.setFocus()
        self.status_message.emit(f"Letter run {run} marked as sent: replies are due by "
                                 f"{format_uk(plan.reply_by)}.")
        self.run_sent.emit(run)

    def discard(self) -> None:
        if self.busy or self.made is None or self.sent_run is not None:
            return
        answer = QMessageBox.question(
            self, "Discard this letter run?",
            "Nothing about these letters has been recorded, so no reply-by date starts.\n\n"
            f"The PDF file stays where it was saved ({self.made.path}); delete it yourself "
            "if it is not needed.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.start_again()
        self.status_message.emit("Letter run discarded: nothing was recorded.")

    def start_again(self) -> None:
        if self.busy:
            return
        self.plan = self.made = self.sent_run = None
        self.preview.clear()
        self.problem_model.set_records([])
        self.refresh()
        self._go(CHOOSE)


def _reraise(error: BaseException) -> None:
    raise error
