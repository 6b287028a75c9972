"""The import wizard, driven as the office would: choose a file, match the columns, check the
preview, apply. Real files in tmp_path; every name in them is fictional."""

from __future__ import annotations

import csv
import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from desc_desktop.domain.upn import make_upn
from desc_desktop.services import import_files, pupils
from desc_desktop.ui import import_page as import_page_module
from desc_desktop.ui.import_models import NOT_IMPORTED, OutcomeModel
from desc_desktop.ui.import_page import DONE, FILE, MAPPING, PREVIEW, ImportPage
from desc_desktop.ui.main_window import MainWindow

SAMPLE = Path("/work/shared/samples/pupils-sample.csv")
WAIT_MS = 20_000


# --- files -----------------------------------------------------------------------------


@pytest.fixture
def sample(tmp_path) -> Path:
    if not SAMPLE.exists():
        pytest.skip("the shared sample CSV is not on this machine")
    return Path(shutil.copy(SAMPLE, tmp_path / "pupils-sample.csv"))


HEADINGS = ["UPN", "Surname", "Forename", "Date of Birth", "Gender", "Year", "Form",
            "Admission Date", "Address 1", "Town", "Postcode"]


def pupil_row(serial: int, surname: str, forename: str, dob: str, year: str, **changes) -> list:
    row = {"UPN": make_upn(919, 2100, 16, serial), "Surname": surname, "Forename": forename,
           "Date of Birth": dob, "Gender": "F", "Year": year, "Form": f"{year}B",
           "Admission Date": "04/09/2023", "Address 1": f"{serial} Wren Close",
           "Town": "Tring", "Postcode": "HP23 5AA"}
    row.update(changes)
    return [row[h] for h in HEADINGS]


def write_csv(path: Path, rows: list[list[str]], headings: list[str] = HEADINGS) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headings)
        writer.writerows(rows)
    return path


def three_rows(bad_dob_on_second: bool = False, bad_admission_on_second: bool = False):
    second = {}
    if bad_dob_on_second:
        second["Date of Birth"] = "31/02/2012"
    if bad_admission_on_second:
        second["Admission Date"] = "next Tuesday"
    return [pupil_row(1, "Fenwick", "Isla", "14/03/2012", "9"),
            pupil_row(2, "Ashdown", "Rory", "02/07/2012", "9", **second),
            pupil_row(3, "Pennyworth", "Maisie", "19/11/2011", "10")]


def ctf_pupil(serial: int, surname: str, forename: str, dob: str, year: str,
              contact: tuple[str, str, str] | None = None, bs7666: bool = True) -> str:
    if bs7666:
        address = (f"<Address><BS7666Address><PAON>{serial}</PAON><Street>Heron Way</Street>"
                   "<PostTown>Berkhamsted</PostTown><AdministrativeArea>Hertfordshire"
                   "</AdministrativeArea></BS7666Address><PostCode>HP4 3ZZ</PostCode></Address>")
    else:
        address = (f"<Address><AddressLines><AddressLine1>{serial} Kestrel Row</AddressLine1>"
                   "<AddressLine2>Northchurch</AddressLine2><AddressLine3>Berkhamsted"
                   "</AddressLine3></AddressLines><PostCode>HP4 3YY</PostCode></Address>")
    contacts = ""
    if contact:
        title, carer_forename, relationship = contact
        contacts = (
            "<Contacts><Contact><Order>1</Order>"
            f"<Title>{title}</Title><Forename>{carer_forename}</Forename>"
            f"<Surname>{surname}</Surname><Relationship>{relationship}</Relationship>"
            "<Responsibility>true</Responsibility>"
            "<Phones><Phone><TelephoneType>M</TelephoneType><PhoneNo>07700 900555</PhoneNo>"
            "</Phone></Phones><Email>carer@example.org</Email>"
            "<AddressAsPupil>true</AddressAsPupil></Contact></Contacts>")
    return (f"<Pupil><UPN>{make_upn(919, 2100, 16, serial)}</UPN><Surname>{surname}</Surname>"
            f"<Forename>{forename}</Forename><DOB>{dob}</DOB><Gender>M</Gender>"
            f"<BasicDetails><NCyearActual>{year}</NCyearActual></BasicDetails>"
            f"{address}{contacts}</Pupil>")


def write_ctf(path: Path, pupils_xml: list[str]) -> Path:
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<CTfile><Header><Version>21.0</Version>'
        "</Header><CTFpupilData>" + "".join(pupils_xml) + "</CTFpupilData></CTfile>",
        encoding="utf-8")
    return path


# --- driving the wizard ----------------------------------------------------------------


@pytest.fixture
def window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def page(window) -> ImportPage:
    window.ui.sidebar.setCurrentRow(window._import_row)
    assert window.ui.pages.currentWidget() is window.import_page
    return window.import_page


@pytest.fixture
def file_dialog(monkeypatch):
    """QFileDialog answers with the files given; records where it started."""
    asked: list[str] = []
    answers: list[Path] = []

    def fake_open(_parent, _title, directory="", _filter="", *args, **kwargs):
        asked.append(directory)
        return (str(answers.pop(0)), "") if answers else ("", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_open))

    def answer(path: Path | None = None) -> list[str]:
        if path is not None:
            answers.append(path)
        return asked

    return answer


def settle(qtbot, page: ImportPage, step: int) -> None:
    qtbot.waitUntil(lambda: not page.busy and page.step == step, timeout=WAIT_MS)


def choose(qtbot, page: ImportPage, file_dialog, path: Path, step: int) -> None:
    file_dialog(path)
    if page.step == DONE:
        qtbot.mouseClick(page.ui.import_another, Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(page.ui.choose_file, Qt.MouseButton.LeftButton)
    settle(qtbot, page, step)


def to_preview(qtbot, page: ImportPage) -> None:
    qtbot.mouseClick(page.ui.next, Qt.MouseButton.LeftButton)
    settle(qtbot, page, PREVIEW)


def apply(qtbot, page: ImportPage) -> None:
    qtbot.mouseClick(page.ui.apply, Qt.MouseButton.LeftButton)
    settle(qtbot, page, DONE)


def shown_rows(page: ImportPage) -> list[tuple[str, str, str, str]]:
    model = page.ui.outcome_table.model()
    return [tuple(model.index(r, c).data() for c in range(4)) for r in range(model.rowCount())]


def show_only(page: ImportPage, label: str) -> None:
    combo = page.ui.outcome_filter
    matches = [i for i in range(combo.count()) if combo.itemText(i).startswith(label)]
    assert matches, f"no filter {label!r}"
    combo.setCurrentIndex(matches[0])


def set_field(page: ImportPage, heading: str, label: str) -> None:
    combo = page.field_editor(heading)
    assert combo is not None, f"no field chooser for {heading}"
    index = combo.findText(label)
    assert index >= 0, f"{label!r} is not offered"
    combo.setCurrentIndex(index)


def register_names(ctx) -> list[str]:
    return sorted(f"{p.legal_forename} {p.legal_surname}" for p in pupils.list_pupils(ctx))


# --- the tests -------------------------------------------------------------------------


def test_ctrl_7_builds_the_import_area_on_first_visit(qtbot, window, file_dialog):
    window.activateWindow()
    qtbot.waitActive(window)
    assert window._import_page is None
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    page = window.import_page
    assert window.ui.pages.currentWidget() is page
    assert window.ui.sidebar.currentItem().text() == "Import"
    assert page.step == FILE
    assert page.ui.choose_file.isVisible() and not page.ui.apply.isVisible()
    asked = file_dialog()  # no answer: the user closes the dialog
    qtbot.mouseClick(page.ui.choose_file, Qt.MouseButton.LeftButton)
    assert page.step == FILE and not page.busy
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert asked == [documents]


def test_sample_csv_maps_previews_and_imports_seven_pupils(qtbot, ctx, window, page, sample,
                                                           file_dialog):
    choose(qtbot, page, file_dialog, sample, MAPPING)
    model = page.mapping_model
    assert model.rowCount() == 42
    assert model.index(0, 0).data() == "UPN"
    assert model.index(0, 1).data() == "B919110024001"  # the first pupil's value
    assert page.field_editor("Legal Surname").currentText() == "Legal surname"
    assert page.field_editor("Contact 2 Postcode").currentText() == "Contact 2 postcode"
    assert page.ui.mapping_problems.isHidden()
    assert "pupils-sample.csv has 42 columns and 7 rows" in page.ui.mapping_intro.text()

    to_preview(qtbot, page)
    assert page.ui.counts.text() == "7 new · 0 to update · 0 unchanged · 0 rejected"
    rows = shown_rows(page)
    assert rows[0][:3] == ("2", "Oliver Hartley", "New")
    assert [r[0] for r in rows] == [str(n) for n in range(2, 9)]
    assert page.ui.save_rejected.isHidden()
    assert page.ui.leavers_box.isHidden()  # nobody on roll yet
    assert pupils.list_pupils(ctx) == []  # the preview writes nothing

    apply(qtbot, page)
    assert len(pupils.list_pupils(ctx)) == 7
    assert window.pupils_page.model.rowCount() == 7  # the register on screen is reloaded
    assert "7 new pupils added" in page.ui.summary.text()
    assert "Import finished: 7 new" in window.statusBar().currentMessage()
    qtbot.mouseClick(page.ui.show_pupils, Qt.MouseButton.LeftButton)
    assert window.ui.pages.currentWidget() is window.pupils_page


def test_a_bad_row_is_shown_with_its_row_number_and_nothing_is_written_before_apply(
        qtbot, ctx, page, tmp_path, file_dialog, monkeypatch):
    path = write_csv(tmp_path / "autumn.csv", three_rows(bad_dob_on_second=True))
    choose(qtbot, page, file_dialog, path, MAPPING)
    to_preview(qtbot, page)
    assert page.ui.counts.text() == "2 new · 0 to update · 0 unchanged · 1 rejected"
    rejected = [r for r in shown_rows(page) if r[2] == "Rejected"]
    assert len(rejected) == 1
    row, name, _outcome, reason = rejected[0]
    assert row == "3"  # the heading is row 1, as Excel shows it
    assert name == "Rory Ashdown"
    assert "Date of birth" in reason and "31/02/2012" in reason
    show_only(page, "Rejected")
    assert [r[0] for r in shown_rows(page)] == ["3"]
    show_only(page, "New")
    assert [r[1] for r in shown_rows(page)] == ["Isla Fenwick", "Maisie Pennyworth"]
    assert pupils.list_pupils(ctx) == []

    # The rejected rows go to a CSV, with the reason, to fix and import again.
    assert page.ui.save_rejected.isVisible()
    assert "1 row cannot be imported" in page.ui.rejected_note.text()
    target = tmp_path / "to fix.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(page.ui.save_rejected, Qt.MouseButton.LeftButton)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        saved = list(csv.reader(handle))
    assert saved[0][-1] == "Rejected because"
    assert saved[1][1:3] == ["Ashdown", "Rory"] and "Date of birth" in saved[1][-1]
    assert pupils.list_pupils(ctx) == []

    apply(qtbot, page)
    assert register_names(ctx) == ["Isla Fenwick", "Maisie Pennyworth"]
    summary = page.ui.summary.text()
    assert "2 new pupils added" in summary
    assert "1 row rejected" in summary and "row 3: Date of birth" in summary


def test_importing_the_same_file_again_changes_nothing(qtbot, ctx, page, sample, file_dialog,
                                                      count_rows, audit_count):
    from desc_desktop.store.tables import Carer

    choose(qtbot, page, file_dialog, sample, MAPPING)
    to_preview(qtbot, page)
    apply(qtbot, page)
    carers, audits = count_rows(Carer), audit_count()

    choose(qtbot, page, file_dialog, sample, MAPPING)
    to_preview(qtbot, page)
    assert page.ui.counts.text() == "0 new · 0 to update · 7 unchanged · 0 rejected"
    assert {r[2] for r in shown_rows(page)} == {"Unchanged"}
    assert page.ui.leavers_box.isHidden()  # every pupil on roll is in the file
    apply(qtbot, page)
    assert "Nothing needed changing" in page.ui.summary.text()
    assert len(pupils.list_pupils(ctx)) == 7
    assert count_rows(Carer) == carers  # no duplicate parents/carers
    assert audit_count() == audits


def test_changing_the_mapping_changes_the_preview_and_is_remembered(qtbot, ctx, window, page,
                                                                    tmp_path, file_dialog):
    path = write_csv(tmp_path / "admissions.csv", three_rows(bad_admission_on_second=True))
    choose(qtbot, page, file_dialog, path, MAPPING)
    assert page.field_editor("Admission Date").currentText() == "Admission date"
    assert page.field_editor("Year").currentText() == "Year group"
    assert page.field_editor("Form").currentText() == "Form"
    to_preview(qtbot, page)
    assert page.ui.counts.text() == "2 new · 0 to update · 0 unchanged · 1 rejected"
    assert "Admission date" in next(r for r in shown_rows(page) if r[0] == "3")[3]

    qtbot.mouseClick(page.ui.back, Qt.MouseButton.LeftButton)
    assert page.step == MAPPING
    # Without a surname column no pupil can be made: said plainly, and no preview.
    set_field(page, "Surname", NOT_IMPORTED)
    assert "No column is matched to: Legal surname" in page.ui.mapping_problems.text()
    assert page.ui.mapping_problems.isVisible()
    qtbot.mouseClick(page.ui.next, Qt.MouseButton.LeftButton)
    assert page.step == MAPPING and not page.busy
    set_field(page, "Surname", "Legal surname")
    assert page.ui.mapping_problems.isHidden()
    # Two columns for one field is refused too.
    set_field(page, "Town", "Postcode")
    assert "Two columns are matched to the same field: Postcode" in (
        page.ui.mapping_problems.text())
    set_field(page, "Town", "Town")

    set_field(page, "Admission Date", NOT_IMPORTED)
    to_preview(qtbot, page)
    assert page.ui.counts.text() == "3 new · 0 to update · 0 unchanged · 0 rejected"
    apply(qtbot, page)
    assert len(pupils.list_pupils(ctx)) == 3

    # The same layout next time comes back with the choices made.
    choose(qtbot, page, file_dialog, path, MAPPING)
    assert page.field_editor("Admission Date").currentText() == NOT_IMPORTED
    assert page.field_editor("Surname").currentText() == "Legal surname"


def test_a_ctf_skips_the_mapping_and_offers_missing_pupils_as_leavers(qtbot, ctx, window, page,
                                                                      tmp_path, file_dialog):
    first = write_ctf(tmp_path / "from-primary.xml", [
        ctf_pupil(11, "Thistlewood", "Bram", "2014-02-03", "8", ("Mrs", "Ottilie", "PAR")),
        ctf_pupil(12, "Larkby", "Juniper", "2013-10-21", "9", ("Mr", "Caspian", "CAR"),
                  bs7666=False),
        ctf_pupil(13, "Quenby", "Fen", "2014-06-30", "8"),
    ])
    choose(qtbot, page, file_dialog, first, PREVIEW)  # straight past the mapping step
    assert "not needed for a CTF" in page.ui.steps_label.text()
    assert page.outcomes.headerData(0, Qt.Orientation.Horizontal) == "Pupil"
    assert page.ui.counts.text() == "3 new · 0 to update · 0 unchanged · 0 rejected"
    apply(qtbot, page)
    assert register_names(ctx) == ["Bram Thistlewood", "Fen Quenby", "Juniper Larkby"]
    bram = next(p for p in pupils.list_pupils(ctx) if p.legal_forename == "Bram")
    detail = pupils.get_pupil(ctx, bram.id)
    assert detail.data.address.postcode == "HP4 3ZZ"
    assert [(c.carer.forename, c.link.relationship) for c in detail.carers] == [
        ("Ottilie", "Parent")]

    # Next term's CTF: Fen has gone, Juniper moved up a year.
    second = write_ctf(tmp_path / "next-term.xml", [
        ctf_pupil(11, "Thistlewood", "Bram", "2014-02-03", "8", ("Mrs", "Ottilie", "PAR")),
        ctf_pupil(12, "Larkby", "Juniper", "2013-10-21", "10", ("Mr", "Caspian", "CAR"),
                  bs7666=False),
    ])
    choose(qtbot, page, file_dialog, second, PREVIEW)
    assert page.ui.counts.text() == "0 new · 1 to update · 1 unchanged · 0 rejected"
    update = next(r for r in shown_rows(page) if r[2] == "Update")
    assert update[1] == "Juniper Larkby" and "Year group" in update[3]
    assert page.ui.leavers_box.isVisible()
    leavers = page.leavers
    assert leavers.rowCount() == 1
    assert leavers.index(0, 0).data() == "Fen Quenby"
    assert leavers.index(0, 1).data() == "Year 8"
    assert leavers.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert page.ui.leaving_date.text() == "28/11/2026"  # today, as dd/mm/yyyy

    # A leaving date that is not a date is refused before anything is written.
    page.ui.leavers_table.setCurrentIndex(leavers.index(0, 0))
    qtbot.keyClick(page.ui.leavers_table, Qt.Key.Key_Space)  # ticks the current pupil
    assert leavers.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert "1 ticked to mark as left" in page.ui.leavers_box.title()
    page.ui.leaving_date.setText("31/13/2026")
    qtbot.mouseClick(page.ui.apply, Qt.MouseButton.LeftButton)
    assert page.step == PREVIEW and not page.busy
    assert "not a real date" in page.ui.preview_problems.text()
    assert all(p.leaving_date is None for p in pupils.list_pupils(ctx))

    page.ui.leaving_date.setText("20/12/2026")
    apply(qtbot, page)
    by_name = {p.legal_forename: p for p in pupils.list_pupils(ctx)}
    assert len(by_name) == 3  # marked as left, never deleted
    assert str(by_name["Fen"].leaving_date) == "2026-12-20"
    assert by_name["Bram"].leaving_date is None
    assert by_name["Juniper"].year_group == "10"
    assert "1 pupil marked as left on 20/12/2026" in page.ui.summary.text()
    assert "1 marked as left" in window.statusBar().currentMessage()


def test_unticked_missing_pupils_stay_on_roll_and_a_partial_import_does_not_list_them(
        qtbot, ctx, page, tmp_path, file_dialog):
    write = write_ctf(tmp_path / "all.xml", [ctf_pupil(21, "Ravel", "Cass", "2012-01-09", "9"),
                                              ctf_pupil(22, "Mottram", "Ned", "2012-05-05", "9")])
    choose(qtbot, page, file_dialog, write, PREVIEW)
    apply(qtbot, page)
    one = write_ctf(tmp_path / "one.xml", [ctf_pupil(21, "Ravel", "Cass", "2012-01-09", "9")])
    choose(qtbot, page, file_dialog, one, PREVIEW)
    assert page.leavers.rowCount() == 1
    qtbot.mouseClick(page.ui.tick_all, Qt.MouseButton.LeftButton)
    assert len(page.leavers.ticked()) == 1
    qtbot.mouseClick(page.ui.untick_all, Qt.MouseButton.LeftButton)
    apply(qtbot, page)
    assert all(p.leaving_date is None for p in pupils.list_pupils(ctx))
    assert "1 pupil on roll not in the file" in page.ui.summary.text()

    # Not a full import: the pupils missing from it are not offered as leavers.
    qtbot.mouseClick(page.ui.import_another, Qt.MouseButton.LeftButton)  # no file chosen yet
    assert page.step == FILE
    page.ui.full_import.click()
    assert not page.ui.full_import.isChecked()
    choose(qtbot, page, file_dialog, one, PREVIEW)
    assert page.ui.leavers_box.isHidden() and page.leavers.rowCount() == 0


def test_an_unreadable_file_is_explained_and_the_wizard_stays_on_the_first_step(
        qtbot, ctx, page, tmp_path, file_dialog, answer_messages):
    shown = answer_messages(QMessageBox.StandardButton.Ok)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    file_dialog(empty)
    qtbot.mouseClick(page.ui.choose_file, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    assert "empty.csv could not be imported" in shown[0]
    assert "The file is empty" in shown[0]
    assert page.step == FILE and not page.busy

    not_ctf = tmp_path / "other.xml"
    not_ctf.write_text("<Invoice><Total>3</Total></Invoice>", encoding="utf-8")
    file_dialog(not_ctf)
    qtbot.mouseClick(page.ui.choose_file, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=WAIT_MS)
    assert "not a Common Transfer File" in shown[1]
    assert page.step == FILE and pupils.list_pupils(ctx) == []


def test_cancel_at_each_step_leaves_the_register_alone(qtbot, ctx, window, page, sample,
                                                       file_dialog):
    assert page.ui.cancel.isHidden()  # nothing to cancel yet
    choose(qtbot, page, file_dialog, sample, MAPPING)
    qtbot.mouseClick(page.ui.cancel, Qt.MouseButton.LeftButton)
    assert page.step == FILE and page.table is None
    assert "nothing in the register was changed" in window.statusBar().currentMessage()

    choose(qtbot, page, file_dialog, sample, MAPPING)
    to_preview(qtbot, page)
    qtbot.mouseClick(page.ui.back, Qt.MouseButton.LeftButton)
    assert page.step == MAPPING
    to_preview(qtbot, page)
    qtbot.mouseClick(page.ui.cancel, Qt.MouseButton.LeftButton)
    assert page.step == FILE
    assert pupils.list_pupils(ctx) == []


def test_cancel_while_the_file_is_read_stops_there(qtbot, ctx, page, sample, file_dialog,
                                                    monkeypatch):
    started, release = threading.Event(), threading.Event()
    real_read = import_files.read_source

    def slow_read(path):
        started.set()
        release.wait(10)
        return real_read(path)

    monkeypatch.setattr(import_page_module.import_files, "read_source", slow_read)
    file_dialog(sample)
    qtbot.mouseClick(page.ui.choose_file, Qt.MouseButton.LeftButton)
    assert started.wait(10)
    assert page.busy and not page.ui.choose_file.isEnabled()
    dialog = page.task.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)  # shown once the work takes a while
    assert dialog.labelText() == "Reading the file…"
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)
    assert page.step == FILE and page.table is None
    assert page.ui.choose_file.isEnabled()


def test_the_outcome_model_names_its_row_column_for_the_file_kind():
    model = OutcomeModel()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Row"
    model.set_row_title("Pupil", "")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Pupil"


def test_a_register_opened_lazily_at_start_up_is_opened_before_the_work_starts(
        qtbot, tmp_path, sample, file_dialog):
    from datetime import date

    from desc_desktop.services.snapshot import DeferredContext

    deferred = DeferredContext(tmp_path / "lazy.sqlite", today=lambda: date(2026, 11, 28))
    page = ImportPage(deferred)
    qtbot.addWidget(page)
    try:
        choose(qtbot, page, file_dialog, sample, MAPPING)
        assert deferred._ctx is not None  # opened on the UI thread, not in a worker
        to_preview(qtbot, page)
        apply(qtbot, page)
        assert len(pupils.list_pupils(deferred.open())) == 7
    finally:
        if deferred._ctx is not None:
            deferred._ctx.engine.dispose()
