"""Each letter as its own PDF, from the run page: a folder chosen, one file per letter named
by reference, in the background with Cancel."""

from __future__ import annotations

import threading

from letters_gui_support import WAIT_MS, click, make_pdf, pdf_text, review
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from desc_desktop.services import letters_split
from desc_desktop.ui.letter_run_page import MADE

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def made_run(qtbot, run, save_as, tmp_path, year: str = "9") -> None:
    run.ui.by_year.setChecked(True)
    for row in range(run.ui.years.count()):
        item = run.ui.years.item(row)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) == year
                           else Qt.CheckState.Unchecked)
    review(qtbot, run)
    make_pdf(qtbot, run, save_as, tmp_path / "combined.pdf")


def test_each_letter_is_saved_as_its_own_pdf_named_by_reference(
        qtbot, window, run, save_as, choose_folder, tmp_path, answer_messages):
    made_run(qtbot, run, save_as, tmp_path)
    plan = run.plan
    folder = tmp_path / "each"
    folder.mkdir()
    choose_folder(folder)
    click(qtbot, run.ui.save_each)
    qtbot.waitUntil(lambda: not run.busy, timeout=WAIT_MS)
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(f"{letter.reference}.pdf" for letter in plan.letters)
    first = plan.letters[0]
    text = pdf_text(folder / f"{first.reference}.pdf")
    assert first.addressees[0] in text and f"Reference {first.reference}" in text
    assert f"in {folder}" in run.ui.made_summary.text()
    assert f"{len(plan.letters)} letters saved one PDF each" in (
        window.statusBar().currentMessage())
    assert run.step == MADE and run.sent_run is None  # nothing recorded by it

    # Again into the same folder: asked first, and left alone if not wanted.
    (folder / f"{first.reference}.pdf").write_bytes(b"kept")
    shown = answer_messages(NO)
    choose_folder(folder)
    click(qtbot, run.ui.save_each)
    assert "already holds" in shown[0] and not run.busy
    assert (folder / f"{first.reference}.pdf").read_bytes() == b"kept"
    answer_messages(YES)
    choose_folder(folder)
    click(qtbot, run.ui.save_each)
    qtbot.waitUntil(lambda: not run.busy, timeout=WAIT_MS)
    assert (folder / f"{first.reference}.pdf").read_bytes().startswith(b"%PDF")


def test_no_folder_chosen_saves_nothing(qtbot, run, save_as, choose_folder, tmp_path):
    made_run(qtbot, run, save_as, tmp_path)
    before = sorted(tmp_path.iterdir())
    click(qtbot, run.ui.save_each)  # the folder dialog cancelled
    assert not run.busy and sorted(tmp_path.iterdir()) == before


def test_cancel_while_saving_each_letter_keeps_none(qtbot, window, run, save_as,
                                                   choose_folder, tmp_path, monkeypatch):
    made_run(qtbot, run, save_as, tmp_path, year="10")
    assert len(run.plan.letters) > 2
    started, release = threading.Event(), threading.Event()
    real_write = letters_split.write_letters
    calls = 0

    def slow_write(*args, **kwargs):
        nonlocal calls
        calls += 1
        if calls == 2:
            started.set()
            release.wait(10)
        return real_write(*args, **kwargs)

    monkeypatch.setattr(letters_split, "write_letters", slow_write)
    folder = tmp_path / "each"
    choose_folder(folder)
    click(qtbot, run.ui.save_each)
    assert started.wait(10)
    dialog = run.task.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: not run.busy, timeout=WAIT_MS)
    assert list(folder.iterdir()) == []  # the first letter's file went too
    assert "no letter files were kept" in window.statusBar().currentMessage()
    assert run.made.files_folder is None
