"""Letters > Template: the letter's words, with a live preview of a sample letter.

The preview is a one-letter PDF made by the same code as a real run, for a fictional family
(never a real pupil), written to a temporary file that is deleted straight away. Saving
makes a new version; earlier versions stay as they were for the letters that used them, and
can be read (with their preview) under Earlier versions: while one is shown, the editor is
read-only and the text being edited waits, unsaved changes and all, until the way back.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QPixmap
from PySide6.QtWidgets import QLineEdit, QListWidgetItem, QMessageBox, QWidget

from desc_desktop.domain.letters.delivery import Delivery, received_on, reply_by
from desc_desktop.domain.letters.template import (
    PLACEHOLDERS,
    LetterTemplate,
    Section,
    UnknownPlaceholder,
    check_template,
    fill,
    placeholders_in,
)
from desc_desktop.domain.school import SchoolDetails
from desc_desktop.services import letter_runs, letters_pdf, school
from desc_desktop.services.letter_runs import TemplateVersion
from desc_desktop.services.letters import LetterContent, RunPlan, SlipChild
from desc_desktop.ui.dates import format_when
from desc_desktop.ui.errors import safe_report
from desc_desktop.ui.generated.ui_letter_template import Ui_LetterTemplateEditor
from desc_desktop.ui.icons import icon
from desc_desktop.ui.pdf_preview import PdfPreview, pdf_bytes_via_temporary_file, run_quietly
from desc_desktop.ui.problems import HINT_STYLE, PROBLEM_STYLE
from desc_desktop.ui.record_model import Column, RecordTableModel
from desc_desktop.ui.tables import prepare_table

if TYPE_CHECKING:
    from desc_desktop.services.context import ServiceContext

log = logging.getLogger(__name__)

PREVIEW_DELAY_MS = 600
"""The preview is made again this long after typing stops."""

VERSIONS_WIDTH = 300
"""Earlier versions' list, when shown: version, when saved and by whom, unclipped."""
_PROBLEM_COLOUR = QColor("#b71c1c")
_NOT_UPDATED = "The preview is not updated until the problem above is fixed."

# The sample letter's family is made up, and says so: no real pupil ever appears here.
SAMPLE_ADDRESSEE = "Ms Alex Sample"
SAMPLE_CHILD = "Jordan Sample"
SAMPLE_ADDRESS = ("1 Sample Street", "Anytown", "ZZ1 1ZZ")
_STAND_IN_SCHOOL = SchoolDetails(name="Your school (enter its details in Admin)")


def sample_plan(issue_date: date) -> RunPlan:
    """One letter to a fictional parent about one fictional child of Connexions age, so the
    preview shows every part of the letter, the reply slip included."""
    child = SlipChild(pupil_id=0, name=SAMPLE_CHILD, form="9S", covered=True, may_sign=False)
    letter = LetterContent(reference="SAMPLE", addressees=(SAMPLE_ADDRESSEE,),
                           address_lines=SAMPLE_ADDRESS, children=(child,), to_pupil=False,
                           sort_key=())
    received = received_on(issue_date, Delivery.HAND)
    return RunPlan(run_number=0, issue_date=issue_date, delivery=Delivery.HAND,
                   received=received, reply_by=reply_by(received), letters=[letter],
                   problems=[])


def sample_pdf(template: LetterTemplate, details: SchoolDetails, issue_date: date) -> bytes:
    """The sample letter as PDF bytes (runs in a worker thread)."""
    return pdf_bytes_via_temporary_file(
        lambda path: letters_pdf.write_letters(path, sample_plan(issue_date), template, details))


@dataclass
class _Part:
    kind: str  # "salutation", "section", "connexions" or "sign_off"
    heading: str
    text: str

    @property
    def has_heading(self) -> bool:
        return self.kind in ("section", "connexions")


_NOTES = {
    "salutation": "The opening line of every letter.",
    "section": "A section of the letter, printed in every letter under its heading.",
    "connexions": "Printed only in letters about a child of Connexions age (13 and over, "
                  "or turning 13 this school year), above that child's reply slip.",
    "sign_off": "The closing lines, after the last section.",
}

def _template_of(parts: list[_Part]) -> LetterTemplate:
    sections = tuple(Section(p.heading, p.text) for p in parts if p.kind == "section")
    connexions = next(p for p in parts if p.kind == "connexions")
    return LetterTemplate(salutation=parts[0].text, sections=sections,
                          connexions=Section(connexions.heading, connexions.text),
                          sign_off=parts[-1].text)


PLACEHOLDER_COLUMNS = (
    Column("Placeholder", lambda item: "{" + item[0] + "}"),
    Column("What it prints", lambda item: item[1]),
)


class LetterTemplateEditor(QWidget):
    status_message = Signal(str)
    saved = Signal(int)
    """A new version was saved (its number)."""
    changed = Signal()
    """The text or its saved state changed (whether there are unsaved changes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LetterTemplateEditor()
        self.ui.setupUi(self)
        self.ctx: ServiceContext | None = None
        self.version = 0
        self.saved_template: LetterTemplate | None = None
        self.parts: list[_Part] = []
        self.viewing: TemplateVersion | None = None
        """An old version shown read-only; the parts being edited wait in _draft."""
        self._draft: tuple[list[_Part], int] | None = None
        self.school: SchoolDetails = _STAND_IN_SCHOOL
        self.preview = PdfPreview(self.ui.preview)
        self.preview_busy = False
        self._preview_again = False
        self._last_edit: QWidget = self.ui.text
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._setup()

    # -- setting up ----------------------------------------------------------------------

    def _setup(self) -> None:
        ui = self.ui
        ui.save.setIcon(icon("save"))
        ui.revert.setIcon(icon("undo-2"))
        ui.add_section.setIcon(icon("plus"))
        ui.remove_section.setIcon(icon("trash-2"))
        ui.problem.setStyleSheet(PROBLEM_STYLE)
        ui.problem.setVisible(False)
        ui.part_note.setStyleSheet(HINT_STYLE)
        ui.preview_status.setStyleSheet(HINT_STYLE)
        font = ui.version_label.font()
        font.setBold(True)
        ui.version_label.setFont(font)
        self.placeholder_model = RecordTableModel(PLACEHOLDER_COLUMNS, self)
        self.placeholder_model.set_records(list(PLACEHOLDERS.items()))
        prepare_table(ui.placeholders, self.placeholder_model, (170,))
        ui.parts.setIconSize(QSize(16, 16))
        blank = QPixmap(16, 16)
        blank.fill(Qt.GlobalColor.transparent)
        self._no_icon = QIcon(blank)  # keeps every part's name in line with a marked one
        ui.show_versions.setIcon(icon("history"))
        ui.versions_panel.setVisible(False)
        ui.splitter.setStretchFactor(0, 0)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setStretchFactor(2, 1)
        ui.splitter.setSizes([250, 560, 500])  # the preview wide enough to read
        ui.show_versions.toggled.connect(self._show_versions)
        ui.versions_panel.viewing.connect(self.view_version)
        ui.versions_panel.start_from.connect(self.start_from)
        ui.parts.currentRowChanged.connect(self._show_part)
        ui.heading.textEdited.connect(self._part_edited)
        ui.text.textChanged.connect(self._part_edited)
        # Activated: a double-click, or Enter (Alt+C reaches the list from the keyboard).
        ui.placeholders.activated.connect(self._insert_placeholder)
        ui.add_section.clicked.connect(self.add_section)
        ui.remove_section.clicked.connect(self.remove_section)
        ui.save.clicked.connect(self.save)
        ui.revert.clicked.connect(self.revert)
        for edit in (ui.heading, ui.text):
            edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Remember which box was typed in last: a placeholder is inserted there.
        if event.type() == QEvent.Type.FocusIn and watched in (self.ui.heading, self.ui.text):
            self._last_edit = watched
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_problem()

    def _fit_problem(self) -> None:
        """The message as tall as its lines at the page's width (inside a tab page a
        wrapped label would otherwise ask for the height of a much narrower one)."""
        label = self.ui.problem
        margins = self.layout().contentsMargins()
        height = label.heightForWidth(self.width() - margins.left() - margins.right())
        if label.text() and height > 0:
            label.setFixedHeight(height)

    def set_context(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.load()

    def refresh_school(self) -> None:
        """The letterhead comes from the school's details, which Admin may have changed."""
        assert self.ctx is not None
        details = school.get_school(self.ctx)
        details = details or _STAND_IN_SCHOOL
        if details != self.school:
            self.school = details
            self.schedule_preview(now=True)

    # -- the template and its parts -------------------------------------------------------

    def load(self) -> None:
        """The current saved version (or the default text before any is saved)."""
        assert self.ctx is not None
        self.viewing, self._draft = None, None
        self.version, self.saved_template = letter_runs.current_template(self.ctx)
        details = school.get_school(self.ctx)
        self.school = details or _STAND_IN_SCHOOL
        self._set_parts(self.saved_template)
        self.ui.versions_panel.set_versions(letter_runs.template_versions(self.ctx))

    def _set_parts(self, template: LetterTemplate, row: int = 0) -> None:
        self.parts = [_Part("salutation", "", template.salutation)]
        self.parts += [_Part("section", s.title, s.body) for s in template.sections]
        self.parts.append(_Part("connexions", template.connexions.title,
                                template.connexions.body))
        self.parts.append(_Part("sign_off", "", template.sign_off))
        self._fill_parts_list(row)
        self._after_change()

    def template(self) -> LetterTemplate:
        """The text shown: the one being edited, or the old version being read."""
        return _template_of(self.parts)

    def edited_template(self) -> LetterTemplate:
        """The text being edited, even while an old version is shown."""
        return _template_of(self._draft[0] if self._draft is not None else self.parts)

    @property
    def dirty(self) -> bool:
        """There are changes not saved as a version."""
        return (self.saved_template is not None
                and self.edited_template() != self.saved_template)

    def _label(self, index: int) -> str:
        part = self.parts[index]
        if part.kind == "salutation":
            return "Opening line"
        if part.kind == "sign_off":
            return "Sign-off"
        if part.kind == "connexions":
            return f"Connexions: {part.heading or '(no heading)'}"
        return f"{index}. {part.heading or '(no heading)'}"

    def _fill_parts_list(self, row: int) -> None:
        parts = self.ui.parts
        parts.blockSignals(True)
        parts.clear()
        for index in range(len(self.parts)):
            parts.addItem(QListWidgetItem(self._label(index)))
        parts.blockSignals(False)
        parts.setCurrentRow(max(0, min(row, len(self.parts) - 1)))
        self._show_part(parts.currentRow())

    def _show_part(self, row: int) -> None:
        if not 0 <= row < len(self.parts):
            return
        ui, part = self.ui, self.parts[row]
        ui.heading.blockSignals(True)
        ui.text.blockSignals(True)
        ui.heading.setText(part.heading)
        ui.heading.setCursorPosition(0)
        ui.text.setPlainText(part.text)
        ui.heading.blockSignals(False)
        ui.text.blockSignals(False)
        ui.heading.setVisible(part.has_heading)
        ui.heading_label.setVisible(part.has_heading)
        ui.part_note.setText(_NOTES[part.kind])
        ui.remove_section.setEnabled(part.kind == "section" and self.viewing is None)

    def _current(self) -> int:
        return self.ui.parts.currentRow()

    def _part_edited(self) -> None:
        row = self._current()
        if not 0 <= row < len(self.parts):
            return
        part = self.parts[row]
        part.heading = self.ui.heading.text() if part.has_heading else ""
        part.text = self.ui.text.toPlainText()
        self.ui.parts.item(row).setText(self._label(row))
        self._after_change()

    def add_section(self) -> None:
        if self.viewing is not None:
            return
        row = self._current()
        # After the chosen section (or the opening line), never after the Connexions part.
        last_section = len(self.parts) - 3
        at = min(max(row, 0), last_section) + 1
        self.parts.insert(at, _Part("section", "New section", ""))
        self._fill_parts_list(at)
        self._after_change()
        self.ui.heading.setFocus()
        self.ui.heading.selectAll()

    def remove_section(self) -> None:
        row = self._current()
        if self.viewing is not None:
            return
        if not 0 <= row < len(self.parts) or self.parts[row].kind != "section":
            return
        del self.parts[row]
        self._fill_parts_list(row)
        self._after_change()

    def _insert_placeholder(self, index) -> None:
        if self.viewing is not None:
            return
        name = self.placeholder_model.record(index.row())[0]
        target = self._last_edit
        if target is self.ui.heading and not self.ui.heading.isVisible():
            target = self.ui.text
        if isinstance(target, QLineEdit):
            target.insert("{" + name + "}")
            self._part_edited()
        else:
            self.ui.text.insertPlainText("{" + name + "}")
        target.setFocus()

    # -- checking, saving ---------------------------------------------------------------

    def problem(self) -> str:
        """What is wrong with the text, in words, or '' when it can print."""
        template = self.template()
        try:
            check_template(template)
        except UnknownPlaceholder as e:
            return self._unknown_problem() or str(e)
        except ValueError:
            return self._brace_problem()
        # check_template lets some malformed braces through, which would only fail when the
        # letters are made (see the report on domain/letters/template.py): try them here.
        for index, part in enumerate(self.parts):
            for text in (part.heading, part.text):
                try:
                    fill(text, dict.fromkeys(PLACEHOLDERS, ""))
                except (ValueError, IndexError, KeyError):
                    return self._brace_problem(index)
        return ""

    def _unknown_problem(self) -> str:
        """Which placeholders do not exist, and the parts of the letter naming them."""
        known = set(PLACEHOLDERS)
        found = [(self._label(i), sorted(self._unknown_in(part) - known))
                 for i, part in enumerate(self.parts)]
        found = [(where, names) for where, names in found if names]
        if not found:
            return ""
        names = sorted({name for _where, unknown in found for name in unknown})
        listed = ", ".join("{" + name + "}" for name in names)
        places = "; ".join(f"“{where}”" for where, _names in found)
        one = len(names) == 1
        return (f"{'This placeholder does' if one else 'These placeholders do'} not exist: "
                f"{listed} (in {places}). Use one from the list of placeholders, or remove "
                f"{'it' if one else 'them'}: nothing is saved or printed until then.")

    @staticmethod
    def _unknown_in(part: _Part) -> set[str]:
        try:
            return placeholders_in(part.heading) | placeholders_in(part.text)
        except ValueError:
            return set()

    def _brace_problem(self, index: int | None = None) -> str:
        if index is None:
            index = next((i for i, p in enumerate(self.parts) if self._bad_braces(p)), 0)
        return (f"{self._label(index)}: a {{ or }} is not part of a placeholder such as "
                "{reply_by}. To print a brace itself, type it twice: {{ or }}.")

    @staticmethod
    def _bad_braces(part: _Part) -> bool:
        try:
            for text in (part.heading, part.text):
                fill(text, dict.fromkeys(PLACEHOLDERS, ""))
        except (ValueError, IndexError, KeyError):
            return True
        return False

    def _after_change(self) -> None:
        problem = self.problem()
        ui = self.ui
        ui.problem.setText(problem)
        ui.problem.setVisible(bool(problem))
        self._mark_parts_with_problems(problem)
        if problem:
            ui.preview_status.setText(_NOT_UPDATED)
            self._fit_problem()
        dirty = self.dirty
        if self.viewing is not None:
            old = self.viewing
            text = (f"Version {old.version}, saved {format_when(old.created_at)} by "
                    f"{old.staff_name or 'someone'}: read only. The letters use version "
                    f"{self.version}.")
        elif self.version:
            text = f"Template version {self.version}: the letters use this version."
        else:
            text = ("The default text, not saved yet: the first run marked as sent saves it "
                    "as version 1.")
        if dirty:
            text += "   Changed, not saved yet."
        ui.version_label.setText(text)
        editing = self.viewing is None
        ui.save.setEnabled(editing and (dirty or not self.version))
        ui.revert.setEnabled(editing and dirty)
        self.schedule_preview()
        self.changed.emit()

    def _mark_parts_with_problems(self, problem: str) -> None:
        known = set(PLACEHOLDERS)
        for row, part in enumerate(self.parts):
            bad = bool(problem) and (bool(self._unknown_in(part) - known)
                                     or self._bad_braces(part))
            item = self.ui.parts.item(row)
            if item is None:
                continue
            item.setForeground(QBrush(_PROBLEM_COLOUR) if bad else QBrush())
            item.setIcon(icon("circle-alert") if bad else self._no_icon)

    def save(self) -> int | None:
        if self.ctx is None or self.viewing is not None:
            return None
        problem = self.problem()
        if problem:
            self.ui.problem.setText(problem)
            self.ui.problem.setVisible(True)
            self._fit_problem()
            self.status_message.emit("The template was not saved: " + problem)
            return None
        template = self.template()
        version = letter_runs.save_template(self.ctx, template)
        self.version, self.saved_template = version, template
        self.ui.versions_panel.set_versions(letter_runs.template_versions(self.ctx))
        self._after_change()
        self.status_message.emit(f"Letter template saved as version {version}. Letters made "
                                 "from now on use it; earlier letters keep the version they "
                                 "used.")
        self.saved.emit(version)
        return version

    def revert(self) -> None:
        if self.saved_template is not None and self.viewing is None:
            self._set_parts(self.saved_template, self._current())

    # -- earlier versions ---------------------------------------------------------------

    def _show_versions(self, shown: bool) -> None:
        self.ui.versions_panel.setVisible(shown)
        if shown:  # room for the list, taken from the editor and the preview alike
            splitter = self.ui.splitter
            rest = max(sum(splitter.sizes()) - VERSIONS_WIDTH, 2 * VERSIONS_WIDTH)
            splitter.setSizes([VERSIONS_WIDTH, rest * 11 // 20, rest * 9 // 20])
        else:
            self.ui.versions_panel.back_to_current()  # hiding the list returns to editing

    def view_version(self, version: TemplateVersion | None) -> None:
        """Show an old version read-only (None: back to the text being edited)."""
        if version is None:
            if self._draft is not None:
                parts, row = self._draft
                self._draft, self.viewing = None, None
                self.parts = parts
                self._set_read_only(False)
                self._fill_parts_list(row)
                self._after_change()
            return
        if self._draft is None:
            self._draft = (self.parts, self._current())
        self.viewing = version
        self._set_read_only(True)
        self._set_parts(version.template)

    def start_from(self, version: TemplateVersion) -> None:
        """The old version's words into the editor, unsaved, to change and save anew."""
        if self.dirty:
            answer = QMessageBox.question(
                self, "Replace the changes not saved?",
                f"The text being edited has changes not saved. Start from version "
                f"{version.version} instead, and lose those changes?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._draft, self.viewing = None, None
        self._set_read_only(False)
        self.ui.versions_panel.back_to_current()
        self._set_parts(version.template)
        self.status_message.emit(
            f"Version {version.version}'s words are in the editor, not saved: save them as a "
            "new version for the letters to use them.")

    def _set_read_only(self, read_only: bool) -> None:
        ui = self.ui
        ui.heading.setReadOnly(read_only)
        ui.text.setReadOnly(read_only)
        # Greyed as the window, so the old words do not look as if they could be typed over.
        shade = "background: palette(window);" if read_only else ""
        ui.heading.setStyleSheet(shade)
        ui.text.setStyleSheet(shade)
        for widget in (ui.add_section, ui.placeholders, ui.placeholders_label):
            widget.setEnabled(not read_only)

    # -- the preview ----------------------------------------------------------------------

    def schedule_preview(self, *, now: bool = False) -> None:
        if now:
            # A one-off: start(0) would set the typing delay to nothing for good.
            self._timer.stop()
            QTimer.singleShot(0, self, self.refresh_preview)
        else:
            self._timer.start()

    def refresh_preview(self) -> None:
        if self.ctx is None:
            return
        if self.preview_busy:
            self._preview_again = True
            return
        problem = self.problem()
        if problem:
            self.ui.preview_status.setText(_NOT_UPDATED)
            return
        template, details, issue_date = self.template(), self.school, self.ctx.today()
        self.preview_busy = True
        self._preview_again = False
        self.ui.preview_status.setText("Updating the preview…")
        run_quietly(lambda: sample_pdf(template, details, issue_date),
                    self._preview_ready, self._preview_failed)

    def _preview_ready(self, data: bytes) -> None:
        self.preview_busy = False
        shown = self.preview.show_bytes(data, keep_position=True)
        count = self.preview.page_count
        pages = f"{count} page" + ("" if count == 1 else "s")
        which = f"Version {self.viewing.version}'s words in a s" if self.viewing else "S"
        self.ui.preview_status.setText(
            f"{which}ample letter: {pages}. The names and address are made up." if shown
            else "The preview could not be shown.")
        if self._preview_again:
            self.refresh_preview()

    def _preview_failed(self, error: BaseException) -> None:
        self.preview_busy = False
        if isinstance(error, ValueError | IndexError | KeyError):
            self.ui.preview_status.setText(_NOT_UPDATED)
        else:
            log.error("Letter preview failed: %s", safe_report(type(error),
                                                               error.__traceback__))
            self.ui.preview_status.setText(f"The preview could not be made "
                                           f"({type(error).__name__}).")
        if self._preview_again:
            self.refresh_preview()

