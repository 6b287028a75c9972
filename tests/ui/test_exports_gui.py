"""The Exports area, driven as the office would: preview the Connexions return's counts, say to
whom and why, choose where to save, and find the file in the disclosure log and on the
pupil's Disclosures tab."""

from __future__ import annotations

import csv
import importlib.util
import io
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from desc_desktop.domain.exports.disclosure import ExportKind
from desc_desktop.domain.optouts.status import STATUS_NAMES, Status
from desc_desktop.services import demo, disclosures, exports
from desc_desktop.services.export_files import FileFormat
from desc_desktop.ui.compile_forms import FORMS
from desc_desktop.ui.export_save import ExportConfirmDialog
from desc_desktop.ui.exports_page import CONNEXIONS_TAB, LOG_TAB, OPTOUTS_TAB, ExportsPage
from desc_desktop.ui.pupil_disclosures import PupilDisclosuresView

TODAY = date(2026, 11, 28)  # the ctx fixture's today
WAIT_MS = 20_000
OK = QMessageBox.StandardButton.Ok


@pytest.fixture
def school(ctx):
    demo.fill_demo(ctx, pupils=60, seed=3, history=True)
    return ctx


@pytest.fixture
def page(qtbot, school) -> ExportsPage:
    page = ExportsPage(school)
    page.refresh()  # as showing the area does
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


@pytest.fixture
def save_to(monkeypatch):
    """QFileDialog.getSaveFileName answers with the path given; records what it proposed."""
    proposed: list[str] = []

    def install(path: Path) -> list[str]:
        def fake(_parent, _title, start, _filter, *args, **kwargs):
            proposed.append(start)
            return str(path), _filter

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
        return proposed

    return install


def type_date(qtbot, view, text: str) -> None:
    """Type the as-of date; the list is worked out again once typing pauses."""
    view.ui.as_of.setText(text)
    assert view._replan_soon.isActive()
    qtbot.waitUntil(lambda: not view._replan_soon.isActive(), timeout=WAIT_MS)


def confirm(when_modal, recipient: str, purpose: str, seen: list[str] | None = None) -> None:
    def answer(dialog: ExportConfirmDialog) -> None:
        assert isinstance(dialog, ExportConfirmDialog)
        if seen is not None:
            seen.append(dialog.ui.what.text())
        dialog.ui.recipient.setText(recipient)
        dialog.ui.purpose.setText(purpose)
        dialog.accept()

    when_modal(answer)


def test_the_connexions_preview_shows_the_counts_per_status(qtbot, page, school):
    page.ui.tabs.setCurrentIndex(CONNEXIONS_TAB)
    view = page.connexions
    plan = exports.plan_connexions_return(school, TODAY)
    for status, label in view.count_labels.items():
        assert label.text() == f"{STATUS_NAMES[status]}: {plan.result.counts[status]:,}"
    assert view.proxy.rowCount() == plan.result.pupils > 0
    assert f"{plan.result.pupils:,} pupils in the return" in view.ui.summary.text()
    assert "No UPN" in view.ui.summary.text()
    type_date(qtbot, view, "31/12/2026")  # replies may still arrive: no return then
    assert "today or an earlier date" in view.ui.as_of_problem.text()
    assert not view.ui.save_csv.isEnabled() and view.proxy.rowCount() == 0
    type_date(qtbot, view, "1/11/2026")
    earlier = exports.plan_connexions_return(school, date(2026, 11, 1))
    assert view.count_labels[Status.AWAITING_REPLY].text().endswith(
        f"{earlier.result.counts[Status.AWAITING_REPLY]:,}")
    assert view.ui.save_csv.isEnabled()


def test_saving_the_return_asks_to_whom_and_why_then_logs_it(qtbot, page, school, tmp_path,
                                                            when_modal, save_to,
                                                            answer_messages):
    page.ui.tabs.setCurrentIndex(CONNEXIONS_TAB)
    target = tmp_path / "out" / "return.csv"
    target.parent.mkdir()
    proposed = save_to(target)
    shown = answer_messages(OK)
    seen: list[str] = []
    confirm(when_modal, "Connexions Hertfordshire, PA team", "Their request of 27/11", seen)
    page.connexions.ui.save_csv.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)

    plan = page.connexions.plan
    [what] = seen
    assert f"{plan.result.pupils:,} pupils" in what
    assert "For all of them: name, address, Connexions status" in what
    assert f"For the {plan.result.may_share:,} who may share on request, also: date of " \
           "birth" in what
    assert "No UPN" in what
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    assert proposed == [str(Path(documents) / plan.proposed_name(FileFormat.CSV))]
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert len(rows) == plan.result.pupils
    [entry] = disclosures.disclosure_log(school)
    assert (entry.recipient, entry.purpose, entry.file_name) == (
        "Connexions Hertfordshire, PA team", "Their request of 27/11", "return.csv")
    assert entry.sha256 in shown[0]
    log = page.log
    assert log.model.rowCount() == 1 and log.selected().id == entry.id
    assert log.pupils_model.rowCount() == plan.result.pupils
    assert page.connexions.task is None and page.connexions.ui.save_csv.isEnabled()


def test_cancelling_the_confirmation_writes_and_records_nothing(qtbot, page, school, tmp_path,
                                                               when_modal, save_to):
    page.ui.tabs.setCurrentIndex(CONNEXIONS_TAB)
    asked = save_to(tmp_path / "never.xlsx")
    when_modal(lambda dialog: dialog.reject())
    assert page.connexions.ui.save_xlsx.isEnabled()  # the return is planned: a real refusal
    page.connexions.ui.save_xlsx.click()
    assert asked == []
    assert not (tmp_path / "never.xlsx").exists()
    assert disclosures.disclosure_log(school) == []


def test_a_file_that_cannot_be_written_says_so_and_records_nothing(qtbot, page, school, tmp_path,
                                                                  when_modal, save_to,
                                                                  answer_messages):
    page.ui.tabs.setCurrentIndex(CONNEXIONS_TAB)
    save_to(tmp_path / "no such folder" / "return.csv")
    shown = answer_messages(OK)
    confirm(when_modal, "Connexions", "Request")
    page.connexions.ui.save_csv.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    assert "could not be written" in shown[0] and "Nothing was recorded" in shown[0]
    assert disclosures.disclosure_log(school) == []
    assert not (tmp_path / "no such folder").exists()
    assert page.connexions.task is None and page.connexions.ui.save_csv.isEnabled()


def test_the_confirmation_needs_to_whom_and_why(qtbot):
    dialog = ExportConfirmDialog(ExportKind.CONNEXIONS_RETURN, "12 pupils")
    qtbot.addWidget(dialog)
    assert dialog.recipient == "Connexions"  # the usual recipient, to change as needed
    dialog.ui.recipient.setText("   ")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Say to whom the file goes" in dialog.ui.problem.text()
    dialog.ui.recipient.setText("  Connexions   Herts ")
    dialog.ui.purpose.setText("")
    dialog.accept()
    assert "why it goes" in dialog.ui.problem.text()
    dialog.ui.purpose.setText("Request")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.recipient == "Connexions Herts"


def test_the_opt_out_list_by_year_group_saved_as_excel(qtbot, page, school, tmp_path,
                                                      when_modal, save_to, answer_messages):
    page.ui.tabs.setCurrentIndex(OPTOUTS_TAB)
    view = page.optouts
    everyone = exports.plan_opt_out_list(school)
    assert view.model.rowCount() == everyone.pupils > 0
    year = everyone.rows[0].year_group
    items = [view.ui.years.item(i) for i in range(view.ui.years.count())]
    [item] = [i for i in items if i.data(Qt.ItemDataRole.UserRole) == year]
    item.setCheckState(Qt.CheckState.Checked)
    assert {r.year_group for r in view.plan.rows} == {year}
    assert view.model.rowCount() == sum(1 for r in everyone.rows if r.year_group == year)

    type_date(qtbot, view, "31/02/2026")
    assert "dd/mm/yyyy" in view.ui.as_of_problem.text()
    assert not view.ui.save_xlsx.isEnabled()
    type_date(qtbot, view, "28/11/2026")

    target = tmp_path / "out" / "list.xlsx"
    target.parent.mkdir()
    proposed = save_to(target)
    shown = answer_messages(OK)
    confirm(when_modal, "Hertfordshire County Council", "Termly opt-out list")
    view.ui.save_xlsx.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    assert f"years {year}" in proposed[0] and proposed[0].endswith(".xlsx")
    sheet = load_workbook(target).active
    assert sheet.max_row == view.model.rowCount() + 1
    assert sheet["C2"].number_format == "dd/mm/yyyy"
    [entry] = disclosures.disclosure_log(school)
    assert entry.kind is ExportKind.OPT_OUT_LIST and entry.recipient == \
        "Hertfordshire County Council"


def test_the_log_finds_by_words_and_kind_and_a_pupils_tab_lists_their_disclosures(
        qtbot, page, school, tmp_path):
    plan = exports.plan_opt_out_list(school)
    exports.write_opt_out_list(school, plan, tmp_path / "o.pdf", "pdf",
                               recipient="Hertfordshire County Council")
    exports.write_connexions_return(school, exports.plan_connexions_return(school, TODAY),
                                    tmp_path / "c.csv", "csv")
    page.ui.tabs.setCurrentIndex(LOG_TAB)
    log = page.log
    assert log.proxy.rowCount() == 2
    log.ui.search.setText("hertfordshire")
    assert log.proxy.rowCount() == 1
    log.ui.search.clear()
    log.ui.kind.setCurrentIndex(log.ui.kind.findData(ExportKind.CONNEXIONS_RETURN.value))
    assert log.proxy.rowCount() == 1
    log.ui.kind.setCurrentIndex(0)
    # Disclosures are logged at the real time: "from tomorrow" finds none of them.
    log.ui.since.setText(f"{date.today() + timedelta(days=1):%d/%m/%Y}")
    assert log.proxy.rowCount() == 0 and "No disclosure matches" in log.ui.empty_message.text()
    log.ui.since.setText("not a date")
    assert "From: type the date" in log.ui.problem.text()
    log.ui.since.clear()
    log.ui.table.selectRow(0)
    assert log.ui.copy_hash.isEnabled()
    log.copy_hash()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == log.selected().sha256

    opted_out = plan.rows[0].pupil_id
    tab = PupilDisclosuresView(school)
    qtbot.addWidget(tab)
    tab.load(opted_out)
    assert tab.model.rowCount() == 2  # the list and the return (name and address only)
    texts = {tab.model.index(r, 4).data() for r in range(2)}
    assert "Name and address only" in texts
    assert "2 files that left the school" in tab.ui.summary.text()
    tab.load(None)
    assert tab.model.rowCount() == 0 and "Nothing about this pupil" in tab.ui.summary.text()


def test_the_exports_area_opens_from_the_sidebar_with_ctrl_6(qtbot, school):
    from PySide6.QtGui import QKeySequence

    from desc_desktop.ui.main_window import MainWindow

    window = MainWindow(school)
    qtbot.addWidget(window)
    window.show()
    names = [window.ui.sidebar.item(i).text() for i in range(window.ui.sidebar.count())]
    assert "Exports" in names
    assert names.index("Exports") < names.index("Import")  # the UI map's order
    [action] = [a for a in window.ui.menu_go.actions() if a.text() == "Exports"]
    assert action.shortcut() == QKeySequence("Ctrl+6")
    action.trigger()
    page = window.ui.pages.currentWidget()
    assert isinstance(page, ExportsPage) and page is window.exports_page
    assert page.optouts.model.rowCount() == exports.plan_opt_out_list(school).pupils


def test_the_pupil_editor_has_a_disclosures_tab_before_history(qtbot, school, tmp_path):
    from desc_desktop.ui.pupil_editor import PupilEditor

    plan = exports.plan_opt_out_list(school)
    done = exports.write_opt_out_list(school, plan, tmp_path / "o.csv", "csv",
                                      recipient="Hertfordshire County Council")
    editor = PupilEditor(school, plan.rows[0].pupil_id)
    qtbot.addWidget(editor)
    tabs = editor.ui.tabs
    titles = [tabs.tabText(i).replace("&&", "&").replace("&", "") for i in range(tabs.count())]
    assert titles.index("Disclosures") == titles.index("History") - 1
    view = editor.disclosures
    assert tabs.widget(titles.index("Disclosures")) is view
    assert view.model.rowCount() == 1
    assert view.model.index(0, 2).data() == "Hertfordshire County Council"
    assert view.model.index(0, 5).data() == done.path.name
    new_pupil = PupilEditor(school, None)
    qtbot.addWidget(new_pupil)
    assert new_pupil.disclosures.model.rowCount() == 0


# --- Alt+letter keys within what shows together -------------------------------------------


def _mnemonics_module():
    path = Path(__file__).with_name("test_mnemonics.py")
    spec = importlib.util.spec_from_file_location("_exports_mnemonics", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TABS = {"optouts_tab", "connexions_tab", "log_tab"}


@pytest.mark.parametrize(("scope", "form", "shown"), [
    ("opt-out list", "exports_page.ui", "optouts_tab"),
    ("Connexions return", "exports_page.ui", "connexions_tab"),
    ("disclosure log", "exports_page.ui", "log_tab"),
    ("confirmation", "export_confirm.ui", None),
])
def test_each_alt_letter_is_used_once(scope, form, shown):
    module = _mnemonics_module()
    extra = module.MAIN_MENUS if form == "exports_page.ui" else []
    skip = TABS - {shown} if shown else set()
    letters = module._letters(module._texts(ET.parse(FORMS / form).getroot(), skip) + extra)
    assert len(letters) >= 2
    clashes = {letter for letter, n in Counter(letters).items() if n > 1}
    assert not clashes, f"{scope}: Alt+{', Alt+'.join(sorted(clashes))} used more than once"
