"""The Exports area's tables: the opt-out list, the Connexions return's pupils, the disclosure
log and the pupils of one disclosure, as ui/styled_model.py tables."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from PySide6.QtGui import QBrush, QColor

from desc_desktop.domain.exports.connexions import ReturnLine
from desc_desktop.domain.exports.disclosure import passed_on
from desc_desktop.domain.optouts.status import STATUS_COLOURS, STATUS_NAMES, STATUS_TINTS
from desc_desktop.domain.register import year_group_sort_key, year_label
from desc_desktop.domain.search import fold
from desc_desktop.services.disclosures import DisclosureRecord, PupilDisclosure
from desc_desktop.services.optouts import OptOutRow
from desc_desktop.ui.dates import format_uk, format_when
from desc_desktop.ui.styled_model import StyledColumn, StyledTableModel


@cache
def _brush_of(name: str) -> QBrush:
    return QBrush(QColor(name))


def _brush(colour: Callable[[Any], str | None]) -> Callable[[Any], QBrush | None]:
    def brush(record: Any) -> QBrush | None:
        name = colour(record)
        return _brush_of(name) if name else None  # one brush per colour, not per cell
    return brush


def column(title: str, text: Callable[[Any], str],
           sort: Callable[[Any], Any] | None = None,
           colour: Callable[[Any], str | None] | None = None,
           tint: Callable[[Any], str | None] | None = None) -> StyledColumn:
    """A column whose sort key is by default its text, case- and accent-blind."""
    return StyledColumn(title, text, sort or (lambda record: fold(text(record))),
                        foreground=_brush(colour) if colour else None,
                        background=_brush(tint) if tint else None)


# --- the tables -----------------------------------------------------------------------------


def _name_key(surname: str, forename: str) -> tuple[str, str]:
    return fold(surname), fold(forename)


def opt_out_list_model(parent=None) -> StyledTableModel:
    def who(row: OptOutRow) -> str:
        return "Pupil" if row.by.value == "pupil" else (row.carer_name or "Parent/carer")

    return StyledTableModel([
        column("Surname", lambda r: r.legal_surname,
               lambda r: _name_key(r.legal_surname, r.legal_forename)),
        column("Forename", lambda r: r.legal_forename),
        column("Date of birth", lambda r: format_uk(r.dob), lambda r: r.dob.isoformat()),
        column("Year", lambda r: year_label(r.year_group),
               lambda r: year_group_sort_key(r.year_group)),
        column("Form", lambda r: r.reg_group),
        column("Opted out by", who),
        column("Received", lambda r: format_uk(r.received), lambda r: r.received.isoformat()),
        column("Late", lambda r: "Late" if r.late else "In time", lambda r: r.late,
               lambda r: "#b45309" if r.late else None),
    ], search=lambda r: (r.legal_forename, r.legal_surname, r.reg_group), parent=parent)


def return_lines_model(parent=None) -> StyledTableModel:
    def name_key(line: ReturnLine) -> tuple[str, str]:
        return fold(line.name.split(" ")[-1]), fold(line.name)

    return StyledTableModel([
        column("Pupil", lambda line: line.name, name_key),
        column("Status", lambda line: STATUS_NAMES[line.status],
               lambda line: list(STATUS_NAMES).index(line.status),
               lambda line: STATUS_COLOURS[line.status], lambda line: STATUS_TINTS[line.status]),
        column("What is passed on", lambda line: passed_on(line.fields),
               lambda line: len(line.fields)),
    ], search=lambda line: (line.name, STATUS_NAMES[line.status]), parent=parent)


def _when_key(record: DisclosureRecord) -> str:
    return record.at.isoformat()


def disclosure_log_model(parent=None) -> StyledTableModel:
    return StyledTableModel([
        column("When", lambda d: format_when(d.at), _when_key),
        column("What", lambda d: d.kind_label),
        column("As of", lambda d: format_uk(d.as_of), lambda d: d.as_of.isoformat()),
        column("Pupils", lambda d: f"{d.pupils:,}", lambda d: d.pupils),
        column("To whom", lambda d: d.recipient),
        column("Why", lambda d: d.purpose),
        column("File", lambda d: d.file_name),
        column("By", lambda d: d.staff_name),
        column("SHA-256", lambda d: d.sha256),
    ], search=lambda d: (d.recipient, d.purpose, d.file_name, d.staff_name, d.kind_label),
        parent=parent)


def disclosed_pupils_model(parent=None) -> StyledTableModel:
    return StyledTableModel([
        column("Pupil", lambda a: a.name + ("" if a.pupil_id is not None else " (deleted)"),
               lambda a: (fold(a.name.split(" ")[-1]), fold(a.name))),
        column("What was passed on", lambda a: passed_on(a.fields), lambda a: len(a.fields)),
    ], search=lambda a: (a.name,), parent=parent)


def pupil_disclosures_model(parent=None) -> StyledTableModel:
    def record(p: PupilDisclosure) -> DisclosureRecord:
        return p.disclosure

    return StyledTableModel([
        column("When", lambda p: format_when(record(p).at), lambda p: _when_key(record(p))),
        column("What", lambda p: record(p).kind_label),
        column("To whom", lambda p: record(p).recipient),
        column("Why", lambda p: record(p).purpose),
        column("What was passed on", lambda p: passed_on(p.fields), lambda p: len(p.fields)),
        column("File", lambda p: record(p).file_name),
        column("By", lambda p: record(p).staff_name),
    ], search=lambda p: (), parent=parent)

