"""The register table: search, filters, sorting, empty states, leavers."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desc_desktop.domain.register import Address, PupilInput
from desc_desktop.services import pupils
from desc_desktop.ui.pupil_table import PUPIL_ID_ROLE, RollFilter
from desc_desktop.ui.pupils_page import PupilsPage


def _shown(page: PupilsPage, column: int = 0) -> list[str]:
    proxy = page.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def _add(ctx, surname, forename, *, year="9", form="9N", preferred="", upn=""):
    return pupils.create_pupil(ctx, PupilInput(
        legal_surname=surname, legal_forename=forename, preferred_forename=preferred,
        dob=date(2012, 3, 14), gender="F", year_group=year, reg_group=form, upn=upn,
        address=Address(line1="1 Example Row", town="Tring", postcode="HP23 5AA")))


def test_empty_register_invites_adding_a_pupil(qtbot, ctx):
    page = PupilsPage(ctx)
    qtbot.addWidget(page)
    assert page.ui.content.currentWidget() is page.ui.empty_page
    assert page.ui.empty_message.text() == "No pupils yet — import from your MIS or add one."


def test_search_as_you_type_over_name_upn_and_form(qtbot, ctx):
    _add(ctx, "O'Connor", "Siobhán", form="10C", year="10")
    _add(ctx, "Nowak", "Zofia", preferred="Zosia", form="9N")
    _add(ctx, "Hartley", "Oliver", form="9H", upn="B919110024001")
    page = PupilsPage(ctx)
    qtbot.addWidget(page)
    assert page.ui.count.text() == "3 of 3 pupils shown"

    qtbot.keyClicks(page.ui.search, "siobhan")  # typed without the accent
    assert _shown(page) == ["O'Connor"]
    page.ui.search.clear()
    qtbot.keyClicks(page.ui.search, "zosia")
    assert _shown(page) == ["Nowak"]
    page.ui.search.setText("b91911")
    assert _shown(page) == ["Hartley"]
    page.ui.search.setText("9n")
    assert _shown(page) == ["Nowak"]
    page.ui.search.setText("no such pupil")
    assert page.ui.content.currentWidget() is page.ui.empty_page
    assert "No pupils match" in page.ui.empty_message.text()
    qtbot.mouseClick(page.ui.empty_action, Qt.MouseButton.LeftButton)
    assert page.ui.search.text() == ""
    assert len(_shown(page)) == 3


def test_year_filter_and_sorting_on_every_column(qtbot, ctx):
    _add(ctx, "Adeyemi", "Tobi", year="10", form="10A")
    _add(ctx, "Zieliński", "Agata", year="7", form="7B")
    _add(ctx, "de Souza", "Lucía", year="12", form="12A")
    page = PupilsPage(ctx)
    qtbot.addWidget(page)
    assert _shown(page) == ["Adeyemi", "de Souza", "Zieliński"]  # case-blind surname order

    year_labels = [page.ui.year_filter.itemText(i) for i in range(page.ui.year_filter.count())]
    assert year_labels == ["All years", "Year 7", "Year 10", "Year 12"]
    page.ui.year_filter.setCurrentIndex(2)
    assert _shown(page) == ["Adeyemi"]
    page.ui.year_filter.setCurrentIndex(0)

    header = page.ui.table.horizontalHeader()
    header.setSortIndicator(2, Qt.SortOrder.AscendingOrder)  # Year, numerically
    assert _shown(page, 2) == ["7", "10", "12"]
    header.setSortIndicator(2, Qt.SortOrder.DescendingOrder)
    assert _shown(page, 2) == ["12", "10", "7"]
    for column in range(page.model.columnCount()):
        header.setSortIndicator(column, Qt.SortOrder.AscendingOrder)
        assert len(_shown(page)) == 3


def test_mark_as_left_keeps_the_pupil_under_left(qtbot, ctx, when_modal):
    leaver = _add(ctx, "Hartley", "Oliver")
    _add(ctx, "Nowak", "Zofia")
    page = PupilsPage(ctx)
    qtbot.addWidget(page)
    page.select_pupil(leaver)

    def confirm(dialog) -> None:
        dialog.ui.leaving_date.setText("20/11/2026")
        dialog.accept()

    when_modal(confirm)
    qtbot.mouseClick(page.ui.mark_left, Qt.MouseButton.LeftButton)

    assert _shown(page) == ["Nowak"]
    page.ui.roll_filter.setCurrentIndex(page.ui.roll_filter.findData(RollFilter.LEFT))
    assert _shown(page) == ["Hartley"]
    assert pupils.get_pupil(ctx, leaver).data.leaving_date == date(2026, 11, 20)


def test_delete_asks_first_and_removes_only_when_confirmed(qtbot, ctx, answer_messages):
    doomed = _add(ctx, "Hartley", "Oliver")
    page = PupilsPage(ctx)
    qtbot.addWidget(page)
    page.select_pupil(doomed)

    shown = answer_messages(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(page.ui.delete_pupil, Qt.MouseButton.LeftButton)
    assert "marked as left instead" in shown[0]
    assert pupils.count_pupils(ctx) == 1

    answer_messages(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.ui.delete_pupil, Qt.MouseButton.LeftButton)
    assert pupils.count_pupils(ctx) == 0
    assert page.ui.content.currentWidget() is page.ui.empty_page


def test_enter_in_search_opens_the_first_match(qtbot, ctx, monkeypatch):
    wanted = _add(ctx, "Nowak", "Zofia")
    _add(ctx, "Hartley", "Oliver")
    page = PupilsPage(ctx)
    qtbot.addWidget(page)
    opened: list[int] = []
    monkeypatch.setattr(page, "open_pupil", opened.append)
    qtbot.keyClicks(page.ui.search, "nowak")
    qtbot.keyClick(page.ui.search, Qt.Key.Key_Return)
    assert opened == [wanted]
    index = page.proxy.index(0, 0)
    assert index.data(PUPIL_ID_ROLE) == wanted


def test_selection_survives_filtering_while_the_pupil_is_shown(qtbot, ctx):
    chosen = _add(ctx, "Nowak", "Zofia")
    _add(ctx, "Nowicki", "Jan")
    _add(ctx, "Hartley", "Oliver")
    page = PupilsPage(ctx)
    qtbot.addWidget(page)
    page.select_pupil(chosen)
    qtbot.keyClicks(page.ui.search, "now")
    assert page.selected_id() == chosen
    page.ui.search.setText("hartley")
    assert page.selected_id() is None
    assert not page.ui.open_pupil.isEnabled()


def test_the_empty_register_offers_the_import(qtbot, ctx):
    from desc_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.pupils_page
    assert not page.ui.empty_import.isHidden()
    qtbot.mouseClick(page.ui.empty_import, Qt.MouseButton.LeftButton)
    assert window.ui.pages.currentWidget() is window.import_page


def test_pupils_chosen_stay_chosen_through_the_search_even_after_select_all(qtbot, ctx):
    from desc_desktop.services import demo

    demo.fill_demo(ctx, pupils=150, seed=2)
    page = PupilsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    table = page.ui.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(page.selected_ids()) == page.proxy.rowCount() > 125  # Qt's "everything" case
    qtbot.keyClicks(page.ui.search, "a")
    shown = page.proxy.ids_shown()
    assert 0 < len(shown) < 150 and page.selected_ids() == shown
    page.ui.search.clear()
    assert page.selected_ids() == shown  # those filtered out in between were let go
    table.selectRow(0)
    only = page.selected_ids()
    page.ui.search.setText("zzz no such pupil")
    page.ui.search.clear()
    assert page.selected_ids() == []  # hidden, then shown again: no longer chosen
    assert only  # (it was chosen before the search hid it)
