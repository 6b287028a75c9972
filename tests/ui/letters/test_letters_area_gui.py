"""The Letters area, driven as the office would: edit the template and watch the preview,
choose who gets letters, review them, make the PDF, print or open it, mark it as sent.

demo_ctx is a fictional school; the PDFs go to tmp_path and are read back with pypdf.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton
from sqlmodel import Session, select

from desc_desktop.domain.letters.delivery import Delivery, received_on, reply_by
from desc_desktop.domain.letters.template import DEFAULT_TEMPLATE
from desc_desktop.services import generated_runs, letter_runs, letters, pupils
from desc_desktop.store.tables import Letter, LetterPupil, LetterRun
from desc_desktop.ui import letter_run_page as run_module
from desc_desktop.ui.dates import format_uk
from desc_desktop.ui.letter_run_page import CHOOSE, MADE, REVIEW, LetterRunPage
from desc_desktop.ui.letter_template_editor import (
    SAMPLE_ADDRESSEE,
    SAMPLE_CHILD,
    LetterTemplateEditor,
    sample_pdf,
)
from desc_desktop.ui.letters_page import RUN_TAB, TEMPLATE_TAB

TODAY = date(2026, 11, 28)  # the ctx fixture's today
WAIT_MS = 20_000
YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


# --- driving the area ------------------------------------------------------------------


# The window, page, run and save_as fixtures come from tests/ui/letters/conftest.py.


@pytest.fixture
def editor(qtbot, page) -> LetterTemplateEditor:
    page.ui.tabs.setCurrentIndex(TEMPLATE_TAB)
    editor = page.template_editor
    wait_for_preview(qtbot, editor)
    return editor


def wait_for_preview(qtbot, editor: LetterTemplateEditor) -> None:
    qtbot.waitUntil(lambda: not editor.preview_busy and not editor._timer.isActive()
                    and editor.preview.page_count > 0, timeout=WAIT_MS)


def preview_text(editor: LetterTemplateEditor) -> str:
    document = editor.preview.document
    return "\n".join(document.getAllText(n).text() for n in range(document.pageCount()))


def choose_part(editor: LetterTemplateEditor, label_start: str) -> None:
    parts = editor.ui.parts
    rows = [r for r in range(parts.count()) if parts.item(r).text().startswith(label_start)]
    assert rows, f"no part {label_start!r}"
    parts.setCurrentRow(rows[0])


def type_at_end(qtbot, editor: LetterTemplateEditor, text: str) -> None:
    box = editor.ui.text
    box.setFocus()
    box.moveCursor(QTextCursor.MoveOperation.End)
    for n, line in enumerate(text.split("\n")):
        if n:
            qtbot.keyClick(box, Qt.Key.Key_Return)
        qtbot.keyClicks(box, line)


def tick_years(run: LetterRunPage, *years: str) -> None:
    run.ui.by_year.setChecked(True)
    widget = run.ui.years
    for row in range(widget.count()):
        item = widget.item(row)
        wanted = item.data(Qt.ItemDataRole.UserRole) in years
        item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)


def review(qtbot, run: LetterRunPage) -> None:
    qtbot.mouseClick(run.ui.check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not run.busy and run.step == REVIEW, timeout=WAIT_MS)


def make_pdf(qtbot, run: LetterRunPage, save_as, path: Path) -> None:
    save_as(path)
    qtbot.mouseClick(run.ui.make_pdf, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not run.busy and run.step == MADE, timeout=WAIT_MS)


def double_click(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def rows_of(engine, table) -> list:
    with Session(engine) as session:
        return list(session.exec(select(table)).all())


def add_pupil_with_nobody_to_write_to(ctx, pupil_data) -> None:
    pupils.create_pupil(ctx, pupil_data(year_group="9", reg_group="9Q"))


# --- the area itself -------------------------------------------------------------------


def test_ctrl_3_builds_the_letters_area_on_first_visit(qtbot, window):
    window.activateWindow()
    qtbot.waitActive(window)
    assert window._letters_page is None
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.letters_page
    assert window.ui.pages.currentWidget() is page
    assert window.ui.sidebar.currentItem().text() == "Letters"
    assert page.ui.tabs.currentIndex() == RUN_TAB
    assert page.run.step == CHOOSE
    assert page.run.ui.issue_date.text() == "28/11/2026"  # today, as dd/mm/yyyy
    qtbot.waitUntil(lambda: not page.template_editor.preview_busy, timeout=WAIT_MS)


QTPDF_CHILD = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desc_desktop.services.context import open_register
from desc_desktop.ui.main_window import MainWindow
window = MainWindow(open_register(Path(sys.argv[1])))
window.show()
app.processEvents()
print("at start-up:", "PySide6.QtPdf" in sys.modules)
window.ui.sidebar.setCurrentRow(window._letters_row)
print("in Letters:", "PySide6.QtPdf" in sys.modules)
window.close()
"""


def test_qtpdf_is_loaded_only_when_the_letters_area_is_built(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", QTPDF_CHILD, str(tmp_path / "r.sqlite")],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split("\n")[:2] == ["at start-up: False", "in Letters: True"]


# --- the template ----------------------------------------------------------------------


def test_saving_the_template_makes_a_new_version_each_time(qtbot, demo_ctx, window, editor,
                                                          last_audit):
    assert editor.version == 0
    assert "default text, not saved yet" in editor.ui.version_label.text()
    assert not editor.ui.revert.isEnabled()
    choose_part(editor, "1.")
    assert editor.ui.heading.isVisible()
    type_at_end(qtbot, editor, "\nPlease keep this letter.")
    assert editor.dirty and "Changed, not saved yet" in editor.ui.version_label.text()

    qtbot.mouseClick(editor.ui.save, Qt.MouseButton.LeftButton)
    version, saved = letter_runs.current_template(demo_ctx)
    assert version == editor.version == 1
    assert saved.sections[0].body.endswith("\nPlease keep this letter.")
    assert saved.sections[1:] == DEFAULT_TEMPLATE.sections[1:]
    assert editor.ui.version_label.text().startswith("Template version 1")
    assert not editor.dirty and not editor.ui.save.isEnabled()
    assert "saved as version 1" in window.statusBar().currentMessage()
    assert last_audit().action == "letters.template_saved"

    choose_part(editor, "Sign-off")
    assert editor.ui.heading.isHidden()  # the sign-off has no heading
    editor.ui.text.setPlainText("With best wishes,\n\n{head_teacher}")
    qtbot.mouseClick(editor.ui.save, Qt.MouseButton.LeftButton)
    version, saved = letter_runs.current_template(demo_ctx)
    assert version == editor.version == 2
    assert saved.sign_off == "With best wishes,\n\n{head_teacher}"
    assert "Template version 2" in editor.ui.version_label.text()


def test_an_unknown_placeholder_is_refused_with_its_name(qtbot, demo_ctx, window, editor):
    choose_part(editor, "Sign-off")
    type_at_end(qtbot, editor, "\n{form_tutor}")
    problem = editor.ui.problem
    assert problem.isVisible()
    assert "{form_tutor}" in problem.text() and "Sign-off" in problem.text()
    assert editor.ui.parts.currentItem().foreground().color().name() == "#b71c1c"
    assert "not updated" in editor.ui.preview_status.text()
    qtbot.mouseClick(editor.ui.save, Qt.MouseButton.LeftButton)
    assert letter_runs.current_template(demo_ctx)[0] == 0  # nothing saved
    assert "{form_tutor}" in window.statusBar().currentMessage()

    # A lone brace is not a placeholder either, and would break every letter.
    editor.ui.text.setPlainText("Yours sincerely,\n{head_teacher")
    assert "is not part of a placeholder" in problem.text()
    qtbot.mouseClick(editor.ui.save, Qt.MouseButton.LeftButton)
    assert letter_runs.current_template(demo_ctx)[0] == 0

    qtbot.mouseClick(editor.ui.revert, Qt.MouseButton.LeftButton)
    assert problem.isHidden() and not editor.dirty
    assert editor.template() == DEFAULT_TEMPLATE


def test_sections_can_be_added_and_removed_and_placeholders_inserted(qtbot, editor):
    choose_part(editor, "2.")
    qtbot.mouseClick(editor.ui.add_section, Qt.MouseButton.LeftButton)
    assert editor.ui.parts.currentItem().text() == "3. New section"
    editor.ui.heading.setText("")
    qtbot.keyClicks(editor.ui.heading, "School trips")
    editor.ui.text.setFocus()
    double_click(qtbot, editor.ui.placeholders, 6)  # {pupils}
    template = editor.template()
    assert [s.title for s in template.sections][-1] == "School trips"
    assert template.sections[-1].body == "{pupils}"
    assert editor.ui.parts.item(editor.ui.parts.count() - 2).text().startswith("Connexions")

    qtbot.mouseClick(editor.ui.remove_section, Qt.MouseButton.LeftButton)
    assert editor.template().sections == DEFAULT_TEMPLATE.sections
    choose_part(editor, "Connexions")
    assert not editor.ui.remove_section.isEnabled()  # every letter needs its Connexions part


def test_the_preview_is_a_fictional_sample_and_follows_the_typing(qtbot, demo_ctx, editor,
                                                                 monkeypatch, tmp_path):
    text = preview_text(editor)
    assert SAMPLE_ADDRESSEE in text and SAMPLE_CHILD in text
    assert "Dacorum Education Support Centre (demo)" in text  # the school's own letterhead
    real_names = {f"{p.legal_forename} {p.legal_surname}" for p in pupils.list_pupils(demo_ctx)}
    assert not [name for name in real_names if name in text]

    # The sample PDF lives in a temporary folder only while it is written.
    temporary = tmp_path / "temporary"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    choose_part(editor, "Opening line")
    editor.ui.text.setPlainText("Hello {recipient},")
    assert editor._timer.isActive()  # made again a moment after typing stops, not at once
    qtbot.waitUntil(lambda: "Hello Ms Alex Sample," in preview_text(editor), timeout=WAIT_MS)
    assert list(temporary.iterdir()) == []


def test_sample_pdf_names_only_the_fictional_family():
    from desc_desktop.domain.demo import DEMO_SCHOOL

    data = sample_pdf(DEFAULT_TEMPLATE, DEMO_SCHOOL, TODAY)
    reader = PdfReader(BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert SAMPLE_ADDRESSEE in text and SAMPLE_CHILD in text
    assert "26 December 2026" in text  # reply by: 28 days after it is received by hand


# --- a letter run ----------------------------------------------------------------------


def test_the_dates_follow_the_issue_date_and_delivery(qtbot, run):
    run.ui.issue_date.setText("04/12/2026")  # a Friday
    second = run.ui.delivery.findData(Delivery.SECOND.value)
    run.ui.delivery.setCurrentIndex(second)
    received = received_on(date(2026, 12, 4), Delivery.SECOND)
    assert format_uk(received) == "09/12/2026"  # three working days, over the weekend
    assert run.ui.received.text() == format_uk(received)
    assert run.ui.received_hint.text().startswith("Wed (from the delivery")
    assert format_uk(reply_by(received)) == "06/01/2027"
    assert run.ui.dates.text() == "Wed 06/01/2027 (28 days after it is received)"

    run.ui.issue_date.setText("31/02/2026")
    qtbot.mouseClick(run.ui.check, Qt.MouseButton.LeftButton)
    assert run.step == CHOOSE and not run.busy
    assert "not a real date" in run.ui.dates_problem.text()
    assert run.ui.dates_problem.isVisible() and run.ui.dates.text() == "—"
    run.ui.issue_date.setText("28/11/2026")
    run.ui.by_year.setChecked(True)
    qtbot.mouseClick(run.ui.check, Qt.MouseButton.LeftButton)
    assert run.step == CHOOSE
    assert "Tick at least one year group" in run.ui.choose_problems.text()


def test_review_of_one_year_group_matches_the_plan(qtbot, demo_ctx, pupil_data, window, run,
                                                   when_modal):
    add_pupil_with_nobody_to_write_to(demo_ctx, pupil_data)
    run.refresh()
    tick_years(run, "9")
    review(qtbot, run)
    plan = letters.plan_run(demo_ctx, TODAY, years=["9"])
    households = sum(not letter.to_pupil for letter in plan.letters)
    counts = run.ui.counts.text()
    assert counts.startswith(f"{len(plan.letters)} letters · {households} households")
    assert f"{plan.pupils_covered} pupils covered" in counts
    assert "1 problem" in counts
    shown = [run.problem_model.index(r, 0).data() for r in range(run.problem_model.rowCount())]
    assert shown == [p.message for p in plan.problems]
    assert shown[0].startswith("Tamsin Quillfeather: no parent/carer with parental "
                               "responsibility receives correspondence")
    assert "Year 9" in run.ui.review_intro.text()
    assert "Nothing has been made or recorded yet" in run.ui.review_intro.text()
    assert "26 December 2026" in run.ui.review_intro.text()

    # Double-clicking a problem opens that pupil, to fix it there.
    titles: list[str] = []
    when_modal(lambda dialog: (titles.append(dialog.windowTitle()), dialog.reject()))
    double_click(qtbot, run.ui.problems, 0)
    assert len(titles) == 1 and titles[0].startswith("Tamsin Quillfeather")

    qtbot.mouseClick(run.ui.back, Qt.MouseButton.LeftButton)
    assert run.step == CHOOSE and run.plan is None


def test_make_the_pdf_then_mark_as_sent_records_the_run(qtbot, demo_ctx, engine, window, run,
                                                       save_as, tmp_path, answer_messages,
                                                       audit_count, last_audit):
    tick_years(run, "9")
    review(qtbot, run)
    plan = run.plan
    audits = audit_count()
    target = tmp_path / "out" / "year 9.pdf"
    target.parent.mkdir()
    make_pdf(qtbot, run, save_as, target)

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert save_as() == [str(Path(documents) / "Privacy notices 2026-11-28.pdf")]
    assert target.exists() and not target.with_name(target.name + ".part").exists()
    reader = PdfReader(target)
    assert len(reader.pages) == run.made.pages > 0
    first = reader.pages[0].extract_text()
    assert plan.letters[0].addressees[0] in first and "R001-0001" in first
    assert run.preview.page_count == len(reader.pages)  # shown inside the app
    assert "Not recorded yet" in run.ui.made_summary.text()
    # Generating starts no clock: only noted, so Today lists letters made but never sent.
    assert rows_of(engine, LetterRun) == [] and audit_count() == audits + 1
    assert last_audit().action == "letters.run_generated"
    [unsent] = generated_runs.unsent_runs(demo_ctx)
    assert unsent.run_number == plan.run_number and unsent.letters == len(plan.letters)

    shown = answer_messages(YES)
    qtbot.mouseClick(run.ui.mark_sent, Qt.MouseButton.LeftButton)
    assert "28-day period" in shown[0] and "26/12/2026" in shown[0]
    [recorded] = rows_of(engine, LetterRun)
    assert recorded.id == plan.run_number == 1
    assert recorded.reply_by == plan.reply_by and recorded.issue_date == TODAY
    assert recorded.template_version == 1  # the default text, saved as it was used
    assert sorted(r.reference for r in rows_of(engine, Letter)) == [
        letter.reference for letter in plan.letters]
    covered = [row for row in rows_of(engine, LetterPupil) if row.covered]
    assert len({row.pupil_id for row in covered}) == plan.pupils_covered
    entry = last_audit()
    assert entry.action == "letters.run_sent" and "Letter run 1 marked as sent" in entry.summary
    assert generated_runs.unsent_runs(demo_ctx) == []  # marked as sent: off the Today list
    assert "Letter run 1 was marked as sent" in run.ui.made_summary.text()
    assert "Letter run 1 marked as sent" in window.statusBar().currentMessage()
    assert run.ui.mark_sent.isHidden() and run.ui.discard.isHidden()
    assert run.ui.another_run.isVisible()

    qtbot.mouseClick(run.ui.another_run, Qt.MouseButton.LeftButton)
    assert run.step == CHOOSE and run.made is None


def test_the_template_version_used_is_the_one_recorded(qtbot, demo_ctx, engine, page, run,
                                                      save_as, tmp_path, answer_messages):
    editor = page.template_editor
    choose_part(editor, "Sign-off")
    editor.ui.text.setPlainText("Kind regards,\n\n{head_teacher}")
    qtbot.mouseClick(editor.ui.save, Qt.MouseButton.LeftButton)
    editor.ui.text.setPlainText("Unsaved words,\n\n{head_teacher}")
    tick_years(run, "12")
    review(qtbot, run)
    assert "version 1" in run.ui.template_note.text()
    assert "changes that are not saved" in run.ui.template_note.text()
    make_pdf(qtbot, run, save_as, tmp_path / "sixth form.pdf")
    text = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "sixth form.pdf").pages)
    assert "Kind regards," in text and "Unsaved words" not in text
    answer_messages(YES)
    qtbot.mouseClick(run.ui.mark_sent, Qt.MouseButton.LeftButton)
    assert [r.template_version for r in rows_of(engine, LetterRun)] == [1]


def test_cancel_while_writing_leaves_no_file(qtbot, engine, window, run, save_as, tmp_path,
                                             monkeypatch):
    started, release = threading.Event(), threading.Event()
    real_write = run_module.letters_pdf.write_letters

    def slow_write(path, plan, template, school, *, progress=None, **kwargs):
        def slow_progress(done, total):
            if done == 1:
                started.set()
                release.wait(10)
            progress(done, total)

        return real_write(path, plan, template, school, progress=slow_progress, **kwargs)

    monkeypatch.setattr(run_module.letters_pdf, "write_letters", slow_write)
    review(qtbot, run)
    target = tmp_path / "cancelled.pdf"
    save_as(target)
    qtbot.mouseClick(run.ui.make_pdf, Qt.MouseButton.LeftButton)
    assert started.wait(10)
    assert run.busy and not run.ui.make_pdf.isEnabled()
    dialog = run.task.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: not run.busy, timeout=WAIT_MS)
    assert run.step == REVIEW and run.made is None
    assert list(tmp_path.glob("cancelled.pdf*")) == []  # neither the file nor its .part
    assert "no PDF was saved" in window.statusBar().currentMessage()
    assert rows_of(engine, LetterRun) == []


def test_a_run_only_generated_can_be_discarded_and_records_no_letters(
        qtbot, demo_ctx, engine, window, run, save_as, tmp_path, answer_messages, audit_count,
        last_audit):
    review(qtbot, run)
    audits = audit_count()
    make_pdf(qtbot, run, save_as, tmp_path / "draft.pdf")

    answer_messages(NO)  # changed their mind: still there
    qtbot.mouseClick(run.ui.discard, Qt.MouseButton.LeftButton)
    assert run.step == MADE

    shown = answer_messages(YES)
    qtbot.mouseClick(run.ui.discard, Qt.MouseButton.LeftButton)
    assert "Nothing about these letters has been recorded" in shown[0]
    assert run.step == CHOOSE and run.plan is None and run.made is None
    assert rows_of(engine, LetterRun) == [] and rows_of(engine, Letter) == []
    # Only the note that letters were made, now closed: Today no longer lists the run.
    assert audit_count() == audits + 2 and last_audit().action == "letters.run_discarded"
    assert generated_runs.unsent_runs(demo_ctx) == []
    assert (tmp_path / "draft.pdf").exists()  # the user's file is theirs to delete
    assert "no reply-by date was recorded" in window.statusBar().currentMessage()


def test_declining_mark_as_sent_records_nothing(qtbot, engine, run, save_as, tmp_path,
                                                answer_messages):
    tick_years(run, "7")
    review(qtbot, run)
    make_pdf(qtbot, run, save_as, tmp_path / "year 7.pdf")
    answer_messages(NO)
    qtbot.mouseClick(run.ui.mark_sent, Qt.MouseButton.LeftButton)
    assert rows_of(engine, LetterRun) == []
    assert run.ui.mark_sent.isVisible()


def test_print_draws_the_chosen_pages_and_open_uses_the_default_viewer(
        qtbot, run, save_as, tmp_path, monkeypatch, window):
    tick_years(run, "9")
    review(qtbot, run)
    made = tmp_path / "letters.pdf"
    make_pdf(qtbot, run, save_as, made)
    printed = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    qtbot.mouseClick(run.ui.print_letters, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not run.busy, timeout=WAIT_MS)
    assert "2 pages sent to the printer" in window.statusBar().currentMessage()
    from desc_desktop.services import audit

    printed_entries = [e for e in audit.recent_entries(run.ctx, 10)
                       if e.action == "letters.printed"]
    assert [e.changes["pages"] for e in printed_entries] == [2]
    pages = PdfReader(printed).pages
    assert len(pages) == 2
    width, height = float(pages[0].mediabox.width), float(pages[0].mediabox.height)
    assert abs(width - 595) < 2 and abs(height - 842) < 2  # A4, at its real size

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    qtbot.mouseClick(run.ui.open_pdf, Qt.MouseButton.LeftButton)
    assert opened == [str(made)]


def test_joiners_only_reviews_pupils_not_yet_written_to(qtbot, demo_ctx):
    from desc_desktop.services import letter_runs, letters
    from desc_desktop.ui.letter_run_page import LetterRunPage

    letter_runs.mark_sent(demo_ctx, letters.plan_run(demo_ctx, demo_ctx.today()), 0)
    page = LetterRunPage()
    qtbot.addWidget(page)
    page.set_context(demo_ctx)
    page.ui.joiners.setChecked(True)
    page.check()
    qtbot.waitUntil(lambda: page.plan is not None, timeout=10_000)
    assert page.plan.letters == []
