"""Rows written by `insert_rows` are stored exactly as the ORM would store them."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlmodel import Session

from desc_desktop.store.bulk import insert_rows
from desc_desktop.store.tables import Pupil

COLUMNS = ("id", "upn", "legal_surname", "legal_forename", "dob", "gender", "year_group",
           "admission_date", "leaving_date", "ldd", "created_at", "updated_at",
           "preferred_surname", "preferred_forename", "reg_group", "sen_status",
           "address_line1", "address_line2", "address_line3", "town", "county", "postcode")
_REST = ("", "", "8B", "K", "1 Rue Élise", "", "", "Leeds", "", "LS1 4AP")


def _values(pupil_id: int, when: datetime) -> tuple:
    return (pupil_id, "", "Nguyễn", "Siobhán", date(2012, 3, 4), "F", "8",
            date(2019, 9, 1), None, True, when, when, *_REST)


def _stored(engine, pupil_id: int) -> tuple:
    raw = sqlite3.connect(Path(engine.url.database))
    try:
        return raw.execute(f"SELECT {', '.join(COLUMNS[1:])} FROM pupil WHERE id = ?",
                           (pupil_id,)).fetchone()
    finally:
        raw.close()


@pytest.mark.parametrize("when", [datetime(2026, 11, 28, 9, 30, 0, tzinfo=UTC),
                                  datetime(2026, 11, 28, 9, 30, 0, 123456, tzinfo=UTC)],
                         ids=["whole seconds", "microseconds"])
def test_stored_text_matches_the_orm(engine, when):
    with Session(engine) as session, session.begin():
        session.add(Pupil(**dict(zip(COLUMNS, _values(1, when), strict=True)) | {"upn": None}))
    with Session(engine) as session, session.begin():
        written = insert_rows(session, Pupil.__table__, COLUMNS, [_values(2, when)],
                              prepare={"upn": lambda upn: upn or None})
    assert written == 1
    assert _stored(engine, 2) == _stored(engine, 1)
    assert _stored(engine, 2)[0] is None  # prepared: '' became NULL, so UPNs stay unique
    with Session(engine) as session:
        back = session.get(Pupil, 2)
        assert (back.dob, back.ldd, back.created_at) == (date(2012, 3, 4), True, when)
        assert (back.legal_surname, back.legal_forename) == ("Nguyễn", "Siobhán")


def test_many_rows_with_repeated_values_are_all_converted(engine):
    when = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    rows = [(i, f"UPN{i}", "S", "F", date(2010, 1, 1 + i % 28), "M", "9", None, None,
             i % 2 == 0, when, when, *_REST) for i in range(1, 301)]
    with Session(engine) as session, session.begin():
        insert_rows(session, Pupil.__table__, COLUMNS, rows)
    with Session(engine) as session:
        assert session.get(Pupil, 29).dob == date(2010, 1, 2)
        assert session.get(Pupil, 300).ldd is True and session.get(Pupil, 299).ldd is False


def test_an_unknown_column_is_refused_before_anything_is_written(engine):
    with Session(engine) as session, session.begin(), pytest.raises(ValueError, match="nickname"):
        insert_rows(session, Pupil.__table__, ("id", "nickname"), [(1, "x")])
    assert _stored(engine, 1) is None


def test_no_rows_writes_nothing(engine):
    with Session(engine) as session, session.begin():
        assert insert_rows(session, Pupil.__table__, COLUMNS, []) == 0


def test_equal_values_of_different_kinds_are_each_converted_for_themselves():
    from datetime import timedelta, timezone

    from desc_desktop.store.bulk import _remembered

    seen: list[object] = []
    convert = _remembered(lambda value: seen.append(value) or repr(value))
    noon_utc = datetime(2024, 1, 1, 12, 0, tzinfo=UTC)
    one_pm_paris = datetime(2024, 1, 1, 13, 0, tzinfo=timezone(timedelta(hours=1)))
    assert noon_utc == one_pm_paris  # the same instant, written differently
    assert convert(noon_utc) != convert(one_pm_paris)
    assert convert(True) == "True" and convert(1) == "1"
    assert convert(noon_utc) == repr(noon_utc) and len(seen) == 4  # the repeat remembered


def test_a_column_with_a_default_cannot_be_left_out(engine):
    with Session(engine) as session, session.begin(), pytest.raises(ValueError, match="ldd"):
        insert_rows(session, Pupil.__table__, [c for c in COLUMNS if c != "ldd"],
                    [_values(1, datetime(2026, 1, 1, tzinfo=UTC))[:9]
                     + _values(1, datetime(2026, 1, 1, tzinfo=UTC))[10:]])


def test_rows_of_different_lengths_are_refused_before_anything_is_written(engine):
    when = datetime(2026, 1, 1, tzinfo=UTC)
    with Session(engine) as session, session.begin(), pytest.raises(ValueError):
        insert_rows(session, Pupil.__table__, COLUMNS, [_values(1, when), _values(2, when)[:-1]])
    assert _stored(engine, 1) is None


def test_a_column_converts_each_distinct_value_once_unless_equal_values_differ():
    from datetime import timedelta, timezone

    from desc_desktop.store.bulk import _convert_column

    seen: list[object] = []

    def convert(value):
        seen.append(value)
        return repr(value)

    dates = (date(2012, 1, 1), None, date(2012, 1, 1), date(2013, 5, 6)) * 50
    assert _convert_column(dates, convert) == tuple(map(repr, dates))
    assert len(seen) == 3
    mixed = (True, 1, True, 1)  # equal, yet a text column would keep 'True' and '1'
    assert _convert_column(mixed, repr) == ("True", "1", "True", "1")
    noon_utc = datetime(2024, 1, 1, 12, 0, tzinfo=UTC)
    one_pm_paris = datetime(2024, 1, 1, 13, 0, tzinfo=timezone(timedelta(hours=1)))
    assert _convert_column((noon_utc, one_pm_paris), repr) == (repr(noon_utc),
                                                                repr(one_pm_paris))


def test_rows_given_as_lists_are_written_even_with_nothing_to_convert(engine):
    from desc_desktop.store.tables import Setting

    with Session(engine) as session, session.begin():
        assert insert_rows(session, Setting.__table__, ("key", "value"), [["a", "1"]]) == 1
    with Session(engine) as session:
        assert session.get(Setting, "a").value == "1"
