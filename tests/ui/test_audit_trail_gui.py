"""Admin › Audit trail: entries with filters, before and after, Verify and Export."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desc_desktop.services import pupils
from desc_desktop.ui.admin_page import AdminPage

WAIT_MS = 10_000


def admin_on_audit(qtbot, ctx) -> AdminPage:
    page = AdminPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    page.show_audit_trail()
    return page


def shown_ids(view) -> list[int]:
    proxy = view.proxy
    return [int(proxy.index(row, 0).data()) for row in range(proxy.rowCount())]


def edited_pupil(ctx) -> int:
    """A demo pupil whose form is changed from what the demo gave them."""
    row = pupils.list_pupils(ctx)[0]
    detail = pupils.get_pupil(ctx, row.id)
    pupils.update_pupil(ctx, row.id, detail.data._replace(reg_group="9Z"))
    return row.id


def test_entries_newest_first_and_an_entrys_before_and_after(qtbot, demo_ctx):
    pupil_id = edited_pupil(demo_ctx)
    page = admin_on_audit(qtbot, demo_ctx)
    view = page.audit_trail
    assert shown_ids(view) == [2, 1]
    assert view.ui.shown.text() == "2 entries"
    view.select_source_row(view.model.row_of(2))
    assert view.ui.details_box.title() == "Entry 2"
    assert view.ui.what.text() == "Pupil details changed"
    changes = view.changes
    form = next(r for r in range(changes.rowCount()) if changes.index(r, 0).data() == "Form")
    assert changes.index(form, 2).data() == "9Z"
    assert changes.index(form, 1).data() not in ("", "9Z")
    name = pupils.get_pupil(demo_ctx, pupil_id).data.legal_forename
    assert name in view.proxy.index(0, 4).data()


def test_filters_by_pupil_kind_and_dates(qtbot, demo_ctx):
    pupil_id = edited_pupil(demo_ctx)
    page = admin_on_audit(qtbot, demo_ctx)
    view = page.audit_trail
    surname = pupils.get_pupil(demo_ctx, pupil_id).data.legal_surname
    view.ui.pupil.setText(surname.lower())
    view.ui.pupil.returnPressed.emit()
    assert shown_ids(view) == [2]
    view.clear_filters()
    view.ui.kind.setCurrentIndex(view.ui.kind.findText("Demo school"))
    view.ui.kind.activated.emit(view.ui.kind.currentIndex())
    assert shown_ids(view) == [1]
    view.clear_filters()
    view.ui.since.setText("01/01/2999")
    view.ui.since.returnPressed.emit()
    assert shown_ids(view) == [] and view.ui.shown.text() == "0 entries"


def test_a_date_that_is_not_one_is_shown_and_the_list_kept(qtbot, demo_ctx):
    page = admin_on_audit(qtbot, demo_ctx)
    view = page.audit_trail
    view.ui.until.setText("31/02/2026")
    view.ui.until.returnPressed.emit()
    assert not view.ui.problems.isHidden() and view.ui.problems.text()
    assert shown_ids(view) == [1]
    view.ui.until.setText("")
    view.ui.since.setText("02/01/2026")
    view.ui.until.setText("01/01/2026")
    view.ui.until.returnPressed.emit()
    assert "before the 'From' date" in view.ui.problems.text()


def test_verify_shows_an_intact_chain(qtbot, demo_ctx):
    page = admin_on_audit(qtbot, demo_ctx)
    view = page.audit_trail
    qtbot.mouseClick(view.ui.verify, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.task is None, timeout=WAIT_MS)
    assert view.ui.chain_state.text() == "1 entry, chain intact."


def test_verify_names_and_selects_the_entry_changed_behind_the_apps_back(
        qtbot, demo_ctx, answer_messages):
    edited_pupil(demo_ctx)
    page = admin_on_audit(qtbot, demo_ctx)
    view = page.audit_trail
    conn = sqlite3.connect(Path(demo_ctx.engine.url.database))
    conn.execute("DROP TRIGGER audit_entry_no_update")
    conn.execute("UPDATE audit_entry SET summary = 'Nothing happened' WHERE id = 1")
    conn.commit()
    conn.close()
    shown = answer_messages(QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(view.ui.verify, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.task is None, timeout=WAIT_MS)
    assert "broken at entry 1 (" in view.ui.chain_state.text()
    assert shown and "broken at entry 1" in shown[0]
    assert view.selected_entry().id == 1


def test_export_writes_the_filtered_entries_and_records_it(qtbot, demo_ctx, tmp_path,
                                                            monkeypatch):
    edited_pupil(demo_ctx)
    page = admin_on_audit(qtbot, demo_ctx)
    view = page.audit_trail
    target = tmp_path / "trail.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    view.ui.kind.setCurrentIndex(view.ui.kind.findText("Pupils"))
    view.ui.kind.activated.emit(view.ui.kind.currentIndex())
    messages: list[str] = []
    view.status_message.connect(messages.append)
    qtbot.mouseClick(view.ui.export_csv, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.task is None, timeout=WAIT_MS)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 2 and lines[1].startswith("2,")
    assert messages and messages[0].startswith("1 entry exported to trail.csv")
    view.clear_filters()
    assert shown_ids(view)[0] == 3
    assert view.proxy.index(0, 3).data() == "Audit trail"


def test_an_export_that_cannot_be_written_says_so(qtbot, demo_ctx, tmp_path, monkeypatch,
                                                 answer_messages):
    page = admin_on_audit(qtbot, demo_ctx)
    view = page.audit_trail
    target = tmp_path / "no such folder" / "trail.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    shown = answer_messages(QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(view.ui.export_csv, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.task is None, timeout=WAIT_MS)
    assert shown and "could not be written" in shown[0]
    assert not target.exists()
    view.refresh()
    assert shown_ids(view) == [1]  # nothing exported, nothing recorded


def test_a_pupils_history_tab_says_what_changed_from_and_to(qtbot, demo_ctx):
    from desc_desktop.ui.pupil_editor import PupilEditor

    pupil_id = edited_pupil(demo_ctx)
    editor = PupilEditor(demo_ctx, pupil_id)
    qtbot.addWidget(editor)
    history = editor.history_model
    assert history.headerData(3, Qt.Orientation.Horizontal) == "Changes"
    changed = history.index(0, 3).data()
    assert changed.startswith("Form: ") and changed.endswith(" → 9Z")
    assert changed != "Form: 9Z → 9Z"
