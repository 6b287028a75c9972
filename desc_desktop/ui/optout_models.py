"""The columns of the opt-out lists, the calendar's and Today's lists of pupils, and the
pupil's letters: each a StyledTableModel of the services' plain records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtGui import QBrush, QColor

from desc_desktop.domain.optouts.rules import METHOD_LABELS
from desc_desktop.domain.optouts.status import OptOutBy, Status
from desc_desktop.domain.register import year_group_sort_key
from desc_desktop.domain.search import fold
from desc_desktop.ui.dates import format_uk
from desc_desktop.ui.status_style import status_brush, tint_brush
from desc_desktop.ui.styled_model import StyledColumn

if TYPE_CHECKING:  # the services load SQLAlchemy: the Today page must start without it
    from desc_desktop.services.optouts import LetterEntry, OptOutEntry, OptOutRow
    from desc_desktop.services.statuses import PupilStatusRow

_GREY = QBrush(QColor("#757575"))
_LATE = QBrush(QColor("#b45309"))  # amber, as a warning: honoured, but after the deadline
_STATUS_ORDER = {status: n for n, status in enumerate(Status)}


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def _name_key(surname: str, forename: str) -> tuple[str, str]:
    return fold(surname), fold(forename)


# --- pupils with their status (calendar, Today) -------------------------------------------


def _status_sort(row: PupilStatusRow) -> tuple:
    status = row.status
    return (_STATUS_ORDER[status.status], _iso(status.reply_by),
            *_name_key(row.legal_surname, row.legal_forename))


def _pupil_columns(get) -> tuple[StyledColumn, ...]:
    """The pupil (surname first), form and status of `get(record)`, a PupilStatusRow."""
    return (
        StyledColumn("Pupil", lambda r: f"{get(r).legal_surname}, {get(r).legal_forename}",
                     sort=lambda r: _name_key(get(r).legal_surname, get(r).legal_forename)),
        StyledColumn("Form", lambda r: get(r).reg_group,
                     sort=lambda r: (year_group_sort_key(get(r).year_group),
                                     get(r).reg_group.casefold(),
                                     *_name_key(get(r).legal_surname, get(r).legal_forename))),
        StyledColumn("Status", lambda r: get(r).status.label,
                     sort=lambda r: _status_sort(get(r)),
                     foreground=lambda r: status_brush(get(r).status.status),
                     background=lambda r: tint_brush(get(r).status.status)),
    )


PUPIL_STATUS_COLUMNS = _pupil_columns(lambda row: row)
"""For a list of PupilStatusRow."""


@dataclass(frozen=True)
class PupilDeadline:
    """One pupil whose reply-by date falls on `day` (the calendar's next 14 days)."""

    day: date
    pupil: PupilStatusRow


DEADLINE_COLUMNS = (
    StyledColumn("Reply-by date", lambda d: format_uk(d.day),
                 sort=lambda d: (d.day.isoformat(), *_name_key(d.pupil.legal_surname,
                                                               d.pupil.legal_forename))),
    *_pupil_columns(lambda d: d.pupil),
)


def pupil_words(row: PupilStatusRow) -> tuple[str, ...]:
    return (row.legal_surname, row.legal_forename, row.preferred_forename, row.reg_group,
            row.upn)


# --- the opt-outs list --------------------------------------------------------------------


def by_text(by: OptOutBy, carer_name: str) -> str:
    """Who opted out (or withdrew), as the lists say it."""
    if by is OptOutBy.PUPIL:
        return "The pupil"
    return carer_name or "Parent/carer"


def withdrawal_text(row: OptOutRow) -> str:
    if row.withdrawn_on is None:
        return "In force"
    who = f", by {row.withdrawn_by.value}" if row.withdrawn_by else ""
    return f"Withdrawn {format_uk(row.withdrawn_on)}{who}"


def _state_colour(row: OptOutRow) -> QBrush:
    return _GREY if row.withdrawn_on else status_brush(Status.OPTED_OUT)


def _row_grey(row: OptOutRow) -> QBrush | None:
    return _GREY if row.withdrawn_on else None


OPT_OUT_COLUMNS = (
    StyledColumn("Surname", lambda r: r.legal_surname, foreground=_row_grey,
                 sort=lambda r: (*_name_key(r.legal_surname, r.legal_forename),
                                 _iso(r.received))),
    StyledColumn("Forename", lambda r: r.legal_forename, foreground=_row_grey,
                 sort=lambda r: _name_key(r.legal_forename, r.legal_surname)),
    StyledColumn("Form", lambda r: r.reg_group, foreground=_row_grey,
                 sort=lambda r: (year_group_sort_key(r.year_group), r.reg_group.casefold())),
    StyledColumn("Now", withdrawal_text, foreground=_state_colour,
                 sort=lambda r: (r.withdrawn_on is not None, _iso(r.withdrawn_on))),
    StyledColumn("Received", lambda r: format_uk(r.received), foreground=_row_grey,
                 sort=lambda r: _iso(r.received)),
    StyledColumn("By", lambda r: by_text(r.by, r.carer_name), foreground=_row_grey),
    StyledColumn("How", lambda r: METHOD_LABELS[r.method], foreground=_row_grey),
    StyledColumn("Reply-by date", lambda r: format_uk(r.reply_by), foreground=_row_grey,
                 sort=lambda r: _iso(r.reply_by)),
    StyledColumn("In time?", lambda r: "Late" if r.late else "In time",
                 foreground=lambda r: _LATE if r.late and not r.withdrawn_on else _row_grey(r)),
    StyledColumn("Letter", lambda r: r.letter_reference, foreground=_row_grey),
    StyledColumn("Notes", lambda r: r.notes, foreground=_row_grey),
)


def opt_out_words(row: OptOutRow) -> tuple[str, ...]:
    return (row.legal_surname, row.legal_forename, row.reg_group, row.upn, row.carer_name,
            row.letter_reference, row.notes)


class OptOutShow(Enum):
    """The choices of the list's View box (the first is shown at first)."""

    ALL = "All, with history"
    IN_FORCE = "In force"
    LATE = "Late (in force)"
    WITHDRAWN = "Withdrawn"

    def accepts(self, row: OptOutRow) -> bool:
        if self is OptOutShow.ALL:
            return True
        if self is OptOutShow.WITHDRAWN:
            return row.withdrawn_on is not None
        in_force = row.withdrawn_on is None
        return in_force and (row.late or self is OptOutShow.IN_FORCE)


# --- a pupil's letters and opt-outs (the pupil editor) ---------------------------------


def _letter_note(letter: LetterEntry) -> str:
    parts = []
    if not letter.covered:
        parts.append("Not covered: no Connexions section or reply slip for this pupil")
    if letter.to_pupil:
        parts.append("To the pupil (16 or over)")
    if letter.reissue_of:
        parts.append(f"Reprint of {letter.reissue_of}")
    return "; ".join(parts)


LETTER_COLUMNS = (
    StyledColumn("Reference", lambda e: e.reference),
    StyledColumn("Reply slip", lambda e: e.slip),
    StyledColumn("Issue date", lambda e: format_uk(e.issue_date),
                 sort=lambda e: e.issue_date.isoformat()),
    StyledColumn("Reply-by date", lambda e: format_uk(e.reply_by) if e.covered else "",
                 sort=lambda e: e.reply_by.isoformat()),
    StyledColumn("Sent to", lambda e: " and ".join(e.addressees)),
    StyledColumn("Note", _letter_note),
)


def _entry_grey(entry: OptOutEntry) -> QBrush | None:
    return _GREY if entry.withdrawn else None


def entry_withdrawal_text(entry: OptOutEntry) -> str:
    w = entry.withdrawal
    if w is None:
        return "In force"
    return f"Withdrawn {format_uk(w.on)}, by {by_text(w.by, w.carer_name)}"


HISTORY_OPT_OUT_COLUMNS = (
    StyledColumn("Received", lambda e: format_uk(e.received), foreground=_entry_grey,
                 sort=lambda e: e.received.isoformat()),
    StyledColumn("By", lambda e: by_text(e.by, e.carer_name), foreground=_entry_grey),
    StyledColumn("How", lambda e: METHOD_LABELS[e.method], foreground=_entry_grey),
    StyledColumn("In time?", lambda e: "Late" if e.late else "In time",
                 foreground=lambda e: _LATE if e.late and not e.withdrawn else _entry_grey(e)),
    StyledColumn("Reply-by date", lambda e: format_uk(e.reply_by), foreground=_entry_grey),
    StyledColumn("Letter", lambda e: e.letter_reference, foreground=_entry_grey),
    StyledColumn("Now", entry_withdrawal_text,
                 foreground=lambda e: _GREY if e.withdrawn else status_brush(Status.OPTED_OUT),
                 tooltip=lambda e: e.withdrawal.notes if e.withdrawal else ""),
    StyledColumn("Recorded by", lambda e: e.staff_name, foreground=_entry_grey),
    StyledColumn("Notes", lambda e: e.notes, foreground=_entry_grey),
)
