"""Letters for selected pupils: chosen in the register (a selection of rows) or ticked in
the run page's own searchable list."""

from __future__ import annotations

from letters_gui_support import click, make_pdf, review
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox

from desc_desktop.ui.letter_run_page import CHOOSE, MADE, REVIEW
from desc_desktop.ui.letters_page import RUN_TAB
from desc_desktop.ui.pupil_table import PUPIL_ID_ROLE

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
_SELECT = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows


def select_rows(pupils_page, rows: list[int]) -> list[int]:
    """Select these rows of the register as Ctrl+click would; returns their pupils' ids."""
    selection = pupils_page.ui.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(pupils_page.proxy.index(row, 0), _SELECT)
    return [pupils_page.proxy.index(row, 0).data(PUPIL_ID_ROLE) for row in rows]


def children(plan) -> set[int]:
    return {c.pupil_id for letter in plan.letters for c in letter.children}


def test_a_run_for_the_pupils_selected_in_the_register(qtbot, window):
    register = window.pupils_page
    chosen = select_rows(register, [1, 4, 6])
    ui = register.ui
    assert ui.letters_for_selected.isEnabled()
    # Open, mark as left and delete act on one pupil: not offered for three.
    assert not ui.open_pupil.isEnabled() and not ui.delete_pupil.isEnabled()
    assert register.selected_id() is None

    click(qtbot, ui.letters_for_selected)
    page = window.letters_page
    assert window.ui.pages.currentWidget() is page
    assert page.ui.tabs.currentIndex() == RUN_TAB
    run = page.run
    assert run.step == CHOOSE and run.ui.selected.isChecked()
    picker = run.ui.pupil_picker
    assert picker.isVisible() and sorted(picker.chosen_ids()) == sorted(chosen)
    assert picker.ui.only_ticked.isChecked() and picker.proxy.rowCount() == 3
    assert picker.ui.count.text() == "3 pupils ticked"
    assert "3 pupils chosen for a new letter run" in window.statusBar().currentMessage()

    review(qtbot, run)
    assert children(run.plan) <= set(chosen) and run.plan.letters
    assert "Letters for 3 selected pupils" in run.ui.review_intro.text()


def test_the_register_s_right_click_menu_starts_the_run_too(qtbot, window):
    register = window.pupils_page
    actions = {a.text(): a for a in register.ui.table.actions() if a.text()}
    start = actions["New letter run for selected pupils…"]
    assert not start.isEnabled()  # nothing selected yet
    chosen = select_rows(register, [0, 2])
    assert start.isEnabled() and not actions["Open"].isEnabled()
    select_rows(register, [2])
    assert actions["Open"].isEnabled() and actions["Delete…"].isEnabled()
    chosen = select_rows(register, [0, 2])
    start.trigger()
    assert window.letters_page.run.ui.pupil_picker.chosen_ids() == chosen


def test_the_picker_finds_ticks_and_unticks(qtbot, demo_ctx, run):
    run.ui.selected.click()  # as a click on its label or circle
    picker = run.ui.pupil_picker
    assert picker.isVisible() and picker.loaded
    shown_columns = [c for c in range(picker.model.columnCount())
                     if not picker.ui.table.isColumnHidden(c)]
    assert [picker.model.headerData(c, Qt.Orientation.Horizontal) for c in shown_columns] == [
        "Surname", "Forename", "Year", "Form"]
    # Nothing ticked: the run cannot be checked, and says why.
    click(qtbot, run.ui.check)
    assert run.step == CHOOSE and not run.busy
    assert "Tick at least one pupil" in run.ui.choose_problems.text()

    first = picker.proxy.index(0, 0)
    surname = first.data()
    qtbot.keyClicks(picker.ui.search, surname.lower())
    shown = picker.proxy.rowCount()
    assert 0 < shown < picker.model.rowCount()
    assert all(picker.proxy.index(r, 0).data() == surname or
               surname.lower() in picker.proxy.index(r, 1).data().lower()
               for r in range(shown))
    click(qtbot, picker.ui.tick_shown)
    assert picker.ui.count.text() == f"{shown} pupil{'' if shown == 1 else 's'} ticked"

    # A tick box clicked, and Enter on a selected row, each toggle one pupil.
    picker.ui.search.clear()
    table = picker.ui.table
    row = next(r for r in range(picker.proxy.rowCount())
               if picker.proxy.index(r, 0).data(Qt.ItemDataRole.CheckStateRole)
               == Qt.CheckState.Unchecked)
    index = picker.proxy.index(row, 0)
    picker.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert len(picker.chosen_ids()) == shown + 1
    table.selectRow(row)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert len(picker.chosen_ids()) == shown

    click(qtbot, picker.ui.untick_all)
    assert picker.chosen_ids() == [] and picker.ui.count.text() == "0 pupils ticked"


def test_starting_from_the_register_asks_before_putting_made_letters_aside(
        qtbot, window, run, save_as, tmp_path, answer_messages):
    run.ui.by_year.setChecked(True)
    run.ui.years.item(0).setCheckState(Qt.CheckState.Checked)
    review(qtbot, run)
    make_pdf(qtbot, run, save_as, tmp_path / "year.pdf")
    window.ui.sidebar.setCurrentRow(0)
    chosen = select_rows(window.pupils_page, [3])

    shown = answer_messages(NO)
    window.pupils_page.letters_for_selected()
    assert "made but not marked as sent" in shown[0]
    assert run.step == MADE and run.made is not None  # still there, untouched

    answer_messages(YES)
    window.pupils_page.letters_for_selected()
    assert run.step == CHOOSE and run.made is None
    assert run.ui.pupil_picker.chosen_ids() == chosen


def test_a_pupil_chosen_then_marked_as_left_is_a_problem_in_the_review(qtbot, demo_ctx,
                                                                       window, run):
    from datetime import timedelta

    from desc_desktop.services import pupils

    chosen = select_rows(window.pupils_page, [0, 5])
    window.pupils_page.letters_for_selected()
    pupils.mark_left(demo_ctx, chosen[0], demo_ctx.today() - timedelta(days=1))
    review(qtbot, run)
    assert run.step == REVIEW
    [problem] = [p for p in run.plan.problems if p.pupil_id == chosen[0]]
    assert "not on roll on the issue date (they had left)" in problem.message
    assert children(run.plan) <= {chosen[1]}
