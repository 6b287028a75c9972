"""Letters > New run: choose who, review the letters, make one PDF, print it, mark as sent.

Making the PDF starts no clock: only "Mark as sent" records the letters (letter_runs.mark_sent),
and from then on the reply-by date is in force. The PDF made is only noted
(generated_runs), so Today lists letters made but never marked as sent; marking them as
sent or discarding the run closes the note. Planning, writing and printing run in the background
(ui.operation) with progress and Cancel.

A lost letter printed again is a run of one letter (letter_runs.plan_reissue): it starts at
the review, chosen in Letters > Sent letters, and goes on exactly as a run does.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, Signal, Slot
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QMessageBox, QWidget

from desc_desktop.domain.letters.delivery import OPT_OUT_DAYS, Delivery, received_on
from desc_desktop.domain.letters.template import LetterTemplate
from desc_desktop.domain.register import year_group_sort_key, year_label
from desc_desktop.domain.school import SchoolDetails
from desc_desktop.services import generated_runs, letter_runs, letters, letters_pdf, pupils, school
from desc_desktop.services.errors import NotFound, Refused
from desc_desktop.services.letters import RunPlan
from desc_desktop.ui import letter_output
from desc_desktop.ui.dates import format_uk, long_date
from desc_desktop.ui.delivery_dates import DeliveryDates
from desc_desktop.ui.generated.ui_letter_run import Ui_LetterRunPage
from desc_desktop.ui.icons import icon
from desc_desktop.ui.operation import BackgroundTask, Progress
from desc_desktop.ui.pdf_preview import PdfPreview
from desc_desktop.ui.problems import HINT_STYLE, PROBLEM_STYLE
from desc_desktop.ui.record_model import Column, RecordTableModel
from desc_desktop.ui.settings import app_settings
from desc_desktop.ui.steps import show_steps
from desc_desktop.ui.tables import prepare_table
from desc_desktop.ui.words import plural

if TYPE_CHECKING:
    from collections.abc import Callable

    from desc_desktop.services.context import ServiceContext

CHOOSE, REVIEW, MADE = range(3)
STEP_NAMES = ("Choose the letters", "Review", "Print and mark as sent")
SORTS = (("form", "Form (for pupil post)"), ("surname", "Surname"),
         ("postcode", "Postcode (for the post)"))
_FOLDER_KEY = "letters/folder"

PROBLEM_COLUMNS = (Column("What to fix", lambda problem: problem.message),)


@dataclass(frozen=True)
class MadeLetters:
    """A PDF of the run, made and not yet (or now) recorded."""

    path: Path
    pages: int
    plan: RunPlan
    template_version: int
    template: LetterTemplate | None = None
    school: SchoolDetails | None = None
    """The text and letterhead the PDF was made with: a PDF per letter uses them too."""
    files_folder: Path | None = None
    """Where each letter was also saved as its own PDF, if it was."""


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
        self.reissue_of: str | None = None
        """The reference of the lost letter being printed again, when this is a reprint."""
        self.generated_id: int | None = None
        """The note that these letters were made and are not yet marked as sent."""
        self.task: BackgroundTask | None = None
        self.unsaved_template: Callable[[], bool] = lambda: False
        """Whether the Template tab holds changes not saved (set by the Letters page)."""
        self.preview = PdfPreview(self.ui.run_preview)
        # Whole pages: the letters' layout at a glance (Open in PDF viewer to read closely).
        self.ui.run_preview.setZoomMode(self.ui.run_preview.ZoomMode.FitInView)
        self.printer: QPrinter | None = None
        """The printer being drawn on, kept alive while a worker prints."""
        self._cancelled_message = "Cancelled."
        self._setup()

    # -- setting up ----------------------------------------------------------------------

    def _setup(self) -> None:
        ui = self.ui
        self.dates = DeliveryDates(ui.issue_date, ui.delivery, ui.received, ui.received_hint,
                                   ui.dates, ui.dates_problem, self)
        for value, label in SORTS:
            ui.sort.addItem(label, value)
        ui.check.setIcon(icon("users"))
        ui.back.setIcon(icon("undo-2"))
        ui.make_pdf.setIcon(icon("file-text"))
        ui.print_letters.setIcon(icon("printer"))
        ui.open_pdf.setIcon(icon("external-link"))
        ui.save_each.setIcon(icon("file-output"))
        ui.discard.setIcon(icon("trash-2"))
        ui.mark_sent.setIcon(icon("send"))
        ui.another_run.setIcon(icon("mail"))
        ui.choose_problems.setStyleSheet(PROBLEM_STYLE)
        ui.choose_problems.setVisible(False)
        ui.counts.setStyleSheet("font-weight: 600;")
        ui.issue_date_hint.setStyleSheet(HINT_STYLE)
        self.problem_model = RecordTableModel(PROBLEM_COLUMNS, self)
        prepare_table(ui.problems, self.problem_model)
        ui.problems.horizontalHeader().setVisible(False)
        ui.problems.activated.connect(self._open_problem_pupil)  # double-click or Enter
        for choice in (ui.everyone, ui.joiners, ui.by_year, ui.selected):
            choice.toggled.connect(self._update_who)
        ui.years.itemChanged.connect(self._year_ticked)
        ui.check.clicked.connect(self.check)
        ui.back.clicked.connect(self.back)
        ui.check_again.clicked.connect(self.check)
        ui.make_pdf.clicked.connect(self.make_pdf)
        ui.print_letters.clicked.connect(self.print_letters)
        ui.open_pdf.clicked.connect(self.open_pdf)
        ui.save_each.clicked.connect(self.save_each)
        ui.discard.clicked.connect(self.discard)
        ui.mark_sent.clicked.connect(self.mark_sent)
        ui.another_run.clicked.connect(self.start_again)

    def set_context(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.dates.set_issue_date(ctx.today())
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
        if self.ui.pupil_picker.loaded:
            self._load_picker()
        self._update_who()

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
        skipped = {CHOOSE: f"reprint of {self.reissue_of}"} if self.reissue_of else None
        show_steps(self.ui.steps_label, STEP_NAMES, step, skipped)
        focus = {CHOOSE: self.ui.check, REVIEW: self.ui.make_pdf,
                 MADE: self.ui.print_letters}[step]
        focus.setFocus()

    def _update_buttons(self) -> None:
        ui, busy = self.ui, self.busy
        has_letters = self.plan is not None and bool(self.plan.letters)
        sent = self.sent_run is not None
        ui.make_pdf.setEnabled(has_letters and not busy)
        for button in (ui.check, ui.back, ui.check_again, ui.print_letters, ui.open_pdf,
                       ui.save_each, ui.discard, ui.mark_sent, ui.another_run):
            button.setEnabled(not busy)
        # A reprint is planned from its letter, not from the register: nothing to check again.
        ui.check_again.setVisible(self.reissue_of is None)
        ui.discard.setVisible(not sent)
        ui.mark_sent.setVisible(not sent)
        ui.another_run.setVisible(sent)

    def back(self) -> None:
        if not self.busy:
            self.plan = None
            self.reissue_of = None
            self._go(CHOOSE)

    def ready_for_another(self) -> bool:
        """Whether a new run (or a reprint) may replace what is on this page now: asks
        before putting aside letters made and not marked as sent."""
        if self.busy:
            QMessageBox.information(self, "Letters are being made",
                                    "Wait for the letters being worked on, or cancel them.")
            return False
        if self.made is None or self.sent_run is not None:
            return True
        answer = QMessageBox.question(
            self, "Put these letters aside?",
            f"The letters in {self.made.path.name} are made but not marked as sent. Nothing "
            "about them is recorded, so putting them aside records nothing either.\n\n"
            "Put them aside and start again? (The PDF stays where it was saved.)",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def run_task(self, title: str, work, on_success, on_failure=None, *,
                 cancelled: str = "Cancelled.") -> BackgroundTask:
        """`work` in the background behind a progress dialog with Cancel; the page's buttons
        wait meanwhile. `cancelled` is said in the status bar if Cancel is pressed."""
        self._cancelled_message = cancelled
        return self._run(title, work, on_success, on_failure)

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
        selected = self.ui.selected.isChecked()
        if selected and not self.ui.pupil_picker.loaded and self.ctx is not None:
            self._load_picker()
        self.ui.pupil_picker.setVisible(selected)

    def _load_picker(self) -> None:
        assert self.ctx is not None
        self.ui.pupil_picker.set_pupils(pupils.list_pupils(self.ctx), self.ctx.today())

    def start_for_pupils(self, pupil_ids: list[int]) -> None:
        """A new run for these pupils (chosen in the register), ready to check. The caller
        asks ready_for_another() first."""
        self.start_again()
        self.ui.selected.setChecked(True)
        if not self.ui.pupil_picker.loaded:  # (start_again or the tick may have loaded it)
            self._load_picker()
        self.ui.pupil_picker.set_chosen(pupil_ids)
        self.ui.pupil_picker.ui.only_ticked.setChecked(True)
        self.ui.check.setFocus()

    def _year_ticked(self, _item: QListWidgetItem) -> None:
        if self.chosen_years():
            self.ui.by_year.setChecked(True)

    def delivery(self) -> Delivery:
        return self.dates.delivery()

    def check(self) -> None:
        """Work out who gets which letter (in the background), then show the review."""
        if self.busy or self.ctx is None:
            return
        ui = self.ui
        problems: list[str] = []  # the dates say their own problems, beneath them
        years = self.chosen_years() if ui.by_year.isChecked() else []
        if ui.by_year.isChecked() and not years:
            problems.append("Tick at least one year group, or choose everyone on roll.")
        chosen = ui.pupil_picker.chosen_ids() if ui.selected.isChecked() else None
        if chosen == []:
            problems.append("Tick at least one pupil in the list, or choose everyone on roll.")
        if problems or self.dates.problems():
            ui.choose_problems.setText("\n".join(problems))
            ui.choose_problems.setVisible(bool(problems))
            if self.step != CHOOSE:
                self._go(CHOOSE)
            return
        ui.choose_problems.setVisible(False)
        ctx, delivery, sort = self.ctx, self.delivery(), ui.sort.currentData()
        issue_date, received = self.dates.issue_date(), self.dates.received()
        joiners = ui.joiners.isChecked()
        self.reissue_of = None

        def work(progress: Progress) -> RunPlan:
            progress.check()
            return letters.plan_run(ctx, issue_date, delivery=delivery, years=years, sort=sort,
                                    joiners_only=joiners, pupil_ids=chosen, received=received)

        self.run_task("Working out who gets which letter…", work, self._planned,
                      cancelled="Cancelled: nothing was made or recorded.")

    def start_reissue(self, reference: str, issue_date: date, delivery: Delivery,
                      received: date) -> None:
        """Print a lost letter again: plan it (in the background), then show the review. The
        caller asks ready_for_another() first."""
        if self.ctx is None or self.busy:
            return
        ctx = self.ctx

        def work(progress: Progress) -> RunPlan:
            progress.check()
            return letter_runs.plan_reissue(ctx, reference, issue_date, delivery, received)

        def planned(plan: RunPlan) -> None:
            self.reissue_of = reference
            self._planned(plan)

        def failed(error: BaseException) -> None:
            if not isinstance(error, NotFound):
                raise error
            QMessageBox.warning(self, "Letter not found", str(error))

        self.start_again()
        self.run_task("Preparing the reprint…", work, planned, failed,
                      cancelled="Cancelled: nothing was made or recorded.")

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
        if self.ui.selected.isChecked():
            return plural(len(self.ui.pupil_picker.chosen_ids()), "selected pupil")
        years = self.chosen_years() if self.ui.by_year.isChecked() else []
        if not years:
            return "everyone on roll"
        return ", ".join(year_label(y) for y in years)

    def _show_review(self) -> None:
        plan, ui = self.plan, self.ui
        assert plan is not None
        households = sum(not letter.to_pupil for letter in plan.letters)
        to_pupils = len(plan.letters) - households
        how = (f"dated {long_date(plan.issue_date)}, {plan.delivery.label[0].lower()}"
               f"{plan.delivery.label[1:]}")
        if plan.received != received_on(plan.issue_date, plan.delivery):
            how += f", received {long_date(plan.received)} (the date you gave)"
        if self.reissue_of:
            letter = plan.letters[0]
            about = ", ".join(child.name for child in letter.children)
            ui.review_intro.setText(
                f"Nothing has been made or recorded yet. A reprint of the lost letter "
                f"{self.reissue_of}, to {' and '.join(letter.addressees)} about {about}, "
                f"{how}. Once marked as sent, the reprint has its own reply-by date, "
                f"{long_date(plan.reply_by)}, with the reference {letter.reference}; the "
                "lost letter stays recorded as it was.")
        else:
            ui.review_intro.setText(
                f"Nothing has been made or recorded yet. Letters for {self._who_text()}, "
                f"{how}. Once marked as sent, opt-outs are due by "
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
        if problem.pupil_id:  # 0: a pupil no longer in the register
            self.open_pupil.emit(problem.pupil_id)

    # -- making the PDF -------------------------------------------------------------------

    def suggested_path(self) -> Path:
        assert self.plan is not None
        folder = str(app_settings().value(_FOLDER_KEY) or "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        kind = "Privacy notice reprint" if self.reissue_of else "Privacy notices"
        return Path(folder) / f"{kind} {self.plan.issue_date.isoformat()}.pdf"

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
            self.made = MadeLetters(path, pages, plan, version, template, details)
            self.sent_run = None
            self._note_generated(plan)
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

        self.run_task("Making the letters…", work, written, failed,
                      cancelled="Cancelled: no PDF was saved and nothing was recorded.")

    # -- 3. the PDF made: preview, print, open, mark as sent ------------------------------

    def _show_made(self) -> None:
        made = self.made
        assert made is not None
        plan = made.plan
        lines = [f"{plural(len(plan.letters), 'letter')} ({plural(made.pages, 'page')}) saved "
                 f"to {made.path}."]
        if made.files_folder is not None:
            lines.append(f"Each letter is also saved as its own PDF, named by its reference, "
                         f"in {made.files_folder}.")
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
        if not self.busy and self.made is not None:
            letter_output.print_letters(self, self.made)

    def open_pdf(self) -> None:
        if self.made is not None:
            letter_output.open_in_viewer(self, self.made)

    def save_each(self) -> None:
        """Also save each letter as its own PDF, in a folder the user chooses."""
        if not self.busy and self.made is not None:
            letter_output.save_each_letter(self, self.made)

    def letter_files_saved(self, folder: Path, count: int) -> None:
        assert self.made is not None
        self.made = replace(self.made, files_folder=folder)
        self._show_made()
        self.status_message.emit(f"{plural(count, 'letter')} saved one PDF each in {folder}.")

    def mark_sent(self) -> None:
        if self.busy or self.made is None or self.sent_run is not None or self.ctx is None:
            return
        made = self.made
        plan = made.plan
        what = (f"this reprint of {self.reissue_of}" if self.reissue_of else
                f"these {plural(len(plan.letters), 'letter')}")
        answer = QMessageBox.question(
            self, "Mark the letters as sent?",
            f"Record {what} as sent, dated {format_uk(plan.issue_date)}?\n\n"
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
        self.generated_id = None  # mark_sent closed the note
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
        if self.generated_id is not None and self.ctx is not None:
            with contextlib.suppress(NotFound):  # already discarded from Today
                generated_runs.discard_generated(self.ctx, self.generated_id)
        self.start_again()
        self.status_message.emit("Letter run discarded: no reply-by date was recorded.")

    def _note_generated(self, plan: RunPlan) -> None:
        """Letters made for this page's run replace any made before (that note is closed)."""
        assert self.ctx is not None
        if self.generated_id is not None:
            with contextlib.suppress(NotFound):
                generated_runs.discard_generated(self.ctx, self.generated_id)
        self.generated_id = generated_runs.note_generated(self.ctx, plan)

    def start_again(self) -> None:
        if self.busy:
            return
        self.plan = self.made = self.sent_run = self.reissue_of = None
        self.generated_id = None  # letters put aside, not sent: Today still lists them
        self.preview.clear()
        self.problem_model.set_records([])
        self.refresh()
        self._go(CHOOSE)


def _reraise(error: BaseException) -> None:
    raise error
