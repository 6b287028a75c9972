"""Inserting many rows at once with the driver's own executemany.

SQLAlchemy's `insert()` with a list of parameter dicts compiles and converts every row in
Python (about 30 µs a row); thousands of rows from an import then cost more than reading
and checking them. Here the rows go to sqlite3's executemany as tuples, inside the
session's transaction, and only the columns that need it are converted, by SQLAlchemy's own
bind processors, so dates, times and flags are stored exactly as the ORM stores them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

Convert = Callable[[Any], Any]


def insert_rows(session: Session, table: Table, columns: Sequence[str],
                rows: Iterable[Sequence[Any]], *,
                prepare: Mapping[str, Convert] | None = None) -> int:
    """Insert `rows` (values in the order of `columns`) into `table`; `prepare` maps a
    column to a function applied to each of its values first. Returns the rows written."""
    unknown = set(columns) - set(table.columns.keys())
    if unknown:
        raise ValueError(f"{table.name} has no column {', '.join(sorted(unknown))}")
    # A raw INSERT skips the ORM's Python-side defaults: a column left out would be NULL.
    defaulted = {c.name for c in table.columns if c.default is not None} - set(columns)
    if defaulted:
        raise ValueError(f"{table.name}: give a value for {', '.join(sorted(defaulted))}")
    connection = session.connection()
    steps = _steps(table, columns, prepare or {}, connection.dialect)
    values = [tuple(row) for row in rows]  # the driver takes tuples, not lists
    if not values:
        return 0
    if steps:
        # Column by column: one map() over a column beats touching every row in Python.
        by_column = list(zip(*values, strict=True))
        if len(by_column) != len(columns):
            raise ValueError(f"{table.name}: each row needs a value for every column")
        for index, convert in steps:
            by_column[index] = _convert_column(by_column[index], convert)
        values = list(zip(*by_column, strict=True))
    quote = connection.dialect.identifier_preparer.quote
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(map(quote, columns))}) "
           f"VALUES ({', '.join('?' * len(columns))})")
    connection.exec_driver_sql(sql, values)
    return len(values)


def _steps(table: Table, columns: Sequence[str], prepare: Mapping[str, Convert],
           dialect) -> list[tuple[int, Convert]]:
    steps = []
    for index, name in enumerate(columns):
        column_type = table.columns[name].type
        bind = column_type.dialect_impl(dialect).bind_processor(dialect)
        first = prepare.get(name)
        if first is not None and bind is not None:
            steps.append((index, lambda v, first=first, bind=bind: bind(first(v))))
        elif first is not None or bind is not None:
            steps.append((index, first or bind))
    return steps


# Kinds whose equal values always convert alike; not so True and 1 (equal, but 'True' and
# '1' to a text column), nor 12:00Z and 13:00+01:00 (equal instants, written differently).
_PLAIN_KINDS = frozenset({type(None), bool, str, int, float, date})


def _convert_column(values: tuple[Any, ...], convert: Convert) -> tuple[Any, ...]:
    """`convert` applied to each value of a column, once per distinct value: dates, times
    and flags repeat a great deal across thousands of rows."""
    kinds = set(map(type, values))
    if kinds <= _PLAIN_KINDS and len(kinds - {type(None)}) <= 1:
        converted = {value: convert(value) for value in set(values)}
        return tuple(map(converted.__getitem__, values))
    return tuple(map(_remembered(convert), values))


def _remembered(convert: Convert) -> Convert:
    """`convert` computed once per distinct value: the values converted (dates, times,
    flags) repeat a great deal across thousands of rows. Keyed by type, value and time
    zone: equal is not enough (12:00Z equals 13:00+01:00, and True equals 1)."""
    done: dict[Any, Any] = {}

    def run(value: Any) -> Any:
        key = (value.__class__, value, getattr(value, "tzinfo", None))
        try:
            return done[key]
        except KeyError:
            done[key] = converted = convert(value)
            return converted
        except TypeError:  # not hashable
            return convert(value)

    return run
