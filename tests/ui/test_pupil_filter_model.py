"""The register's filtered model: what the table shows as the search and filters change."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView

from desc_desktop.domain.optouts.status import PupilStatus, Status
from desc_desktop.services.records import PupilRow
from desc_desktop.ui.pupil_table import (
    PUPIL_ID_ROLE,
    STATUS_COLUMN,
    PupilFilterProxy,
    PupilTableModel,
    RollFilter,
)

TODAY = date(2026, 11, 28)
_SELECT = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows

NAMES = [("Adeyemi", "Tolu", "9"), ("Ng", "Mai", "10"), ("Ådahl", "Ebba", "9"),
         ("Kowalski", "Adam", "11"), ("Brennan", "Aoife", "9")]


def _rows(left: set[str] = frozenset()) -> list[PupilRow]:
    return [PupilRow(id=n, upn="", legal_surname=surname, legal_forename=forename,
                     preferred_forename="", year_group=year, reg_group=f"{year}A",
                     dob=date(2011, 1, 1 + n), leaving_date=date(2025, 7, 20)
                     if surname in left else None)
            for n, (surname, forename, year) in enumerate(NAMES, start=1)]


@pytest.fixture
def models(qtmodeltester):
    model = PupilTableModel()
    model.set_pupils(_rows(left={"Ng"}), TODAY)
    proxy = PupilFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    return model, proxy


def _surnames(proxy) -> list[str]:
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_shows_pupils_on_roll_in_the_register_order_and_filters_by_words(models):
    _model, proxy = models
    assert _surnames(proxy) == ["Ådahl", "Adeyemi", "Brennan", "Kowalski"]
    proxy.set_filter(text="ad")  # "Ådahl" found without its accent; forenames too
    assert _surnames(proxy) == ["Ådahl", "Adeyemi", "Kowalski"]
    proxy.set_filter(text="ad 9a")  # every word must match
    assert _surnames(proxy) == ["Ådahl", "Adeyemi"]
    proxy.set_filter(text="", year_group="9", roll=RollFilter.ALL)
    assert _surnames(proxy) == ["Ådahl", "Adeyemi", "Brennan"]
    proxy.set_filter(year_group="", roll=RollFilter.LEFT)
    assert _surnames(proxy) == ["Ng"]


def test_the_view_keeps_the_selection_on_pupils_still_shown(qtbot, models):
    _model, proxy = models
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    for row in (0, 2):  # Ådahl and Brennan
        view.selectionModel().select(proxy.index(row, 0), _SELECT)
    proxy.set_filter(text="b")  # Brennan and Ebba Ådahl stay; Adeyemi and Kowalski go
    assert view.verticalHeader().count() == proxy.rowCount() == 2
    selected = sorted(i.data() for i in view.selectionModel().selectedRows())
    assert selected == ["Brennan", "Ådahl"]
    proxy.set_filter(text="brenn")
    assert [i.data() for i in view.selectionModel().selectedRows()] == ["Brennan"]
    proxy.set_filter(text="")
    assert view.verticalHeader().count() == 4
    assert [i.data() for i in view.selectionModel().selectedRows()] == ["Brennan"]


def test_sorting_the_register_keeps_the_filter(models):
    _model, proxy = models
    proxy.set_filter(year_group="9")
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert _surnames(proxy) == ["Brennan", "Adeyemi", "Ådahl"]
    assert [proxy.index(r, 0).data(PUPIL_ID_ROLE) for r in range(3)] == [5, 1, 3]


def test_statuses_reach_the_view_and_a_reload_refilters(qtbot, models):
    model, proxy = models
    proxy.set_filter(text="kowal")
    with qtbot.waitSignal(proxy.dataChanged):
        model.set_statuses({4: PupilStatus(status=Status.OPTED_OUT, reply_by=None)})
    assert proxy.index(0, STATUS_COLUMN).data() == model.status_of(4).label
    with qtbot.waitSignal(proxy.modelReset):
        model.set_pupils([r for r in _rows() if r.legal_surname != "Kowalski"], TODAY)
    assert proxy.rowCount() == 0
    proxy.set_filter(text="")
    assert _surnames(proxy) == ["Ådahl", "Adeyemi", "Brennan", "Ng"]


def test_maps_between_the_register_and_what_is_shown(models):
    model, proxy = models
    proxy.set_filter(text="brennan")
    source = proxy.mapToSource(proxy.index(0, 1))
    assert (source.row(), source.column()) == (model.ids.index(5), 1)
    assert proxy.mapFromSource(source).row() == 0
    assert not proxy.mapFromSource(model.index(model.ids.index(1), 0)).isValid()
