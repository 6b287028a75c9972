"""What the Today view lists: this week's deadlines and what needs doing, made from the
statuses service's TodaySummary (plain records, so they can be checked without a window)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtGui import QBrush, QColor

from desc_desktop.domain.optouts.status import PupilStatus, Status
from desc_desktop.ui.dates import format_uk, format_when
from desc_desktop.ui.deadline_calendar import TIMING_WORDS
from desc_desktop.ui.status_style import status_brush, timing_colour, tint_brush
from desc_desktop.ui.styled_model import StyledColumn

if TYPE_CHECKING:  # the services load SQLAlchemy: the Today page must start without it
    from desc_desktop.services.statuses import DeadlineDay, PupilStatusRow, TodaySummary

_RUN_COLOUR = QBrush(QColor("#b45309"))  # amber: letters may be at home with no deadline


class TodoKind(Enum):
    UNSENT_RUN = "Letters made, never marked as sent"
    NO_COVERING_LETTER = "In the age range, no covering letter"
    JOINER = "Joined, no letter yet"


@dataclass(frozen=True)
class TodoItem:
    kind: TodoKind
    who: str
    """The pupil (surname first, with their form), or the letter run."""
    detail: str
    pupil_id: int | None = None
    generated_id: int | None = None
    """For an unsent run: its note, which Discard closes."""
    status: PupilStatus | None = None


def _pupil_item(kind: TodoKind, row: PupilStatusRow) -> TodoItem:
    form = f" ({row.reg_group})" if row.reg_group else ""
    return TodoItem(kind, f"{row.legal_surname}, {row.legal_forename}{form}", row.status.label,
                    pupil_id=row.pupil_id, status=row.status)


def todo_items(summary: TodaySummary) -> list[TodoItem]:
    """Runs never marked as sent first (families may hold letters with no deadline
    recorded), then pupils in the age range with no covering letter, then joiners."""
    items = [TodoItem(
        TodoKind.UNSENT_RUN,
        f"Run {run.run_number}: {run.letters:,} letter{'' if run.letters == 1 else 's'}, "
        f"issue date {format_uk(run.issue_date)}",
        f"Made {format_when(run.generated_at)} by {run.staff_name}. If they went home, make "
        "the run again in Letters with the same issue date and mark it as sent; if they "
        "did not, discard it here.",
        generated_id=run.generated_id) for run in summary.unsent_runs]
    items += [_pupil_item(TodoKind.NO_COVERING_LETTER, row)
              for row in summary.came_into_scope_without_letter]
    items += [_pupil_item(TodoKind.JOINER, row) for row in summary.joiners_without_letter]
    return items


TODO_WORDS = (
    (TodoKind.UNSENT_RUN, "letter run made but never marked as sent",
     "letter runs made but never marked as sent"),
    (TodoKind.NO_COVERING_LETTER, "pupil now in the age range with no covering letter",
     "pupils now in the age range with no covering letter"),
    (TodoKind.JOINER, "joiner with no letter yet", "joiners with no letter yet"),
)


def todo_summary(items: list[TodoItem]) -> str:
    """The line above the list: how many of each, and what to do."""
    if not items:
        return ("Nothing needs doing: every pupil has had a letter, everyone in the age range "
                "was covered, and every letter run made was marked as sent.")
    parts = []
    for kind, one, many in TODO_WORDS:
        n = sum(item.kind is kind for item in items)
        if n:
            parts.append(f"{n:,} {one if n == 1 else many}")
    return ("; ".join(parts) + ". Choose pupils (Ctrl or Shift to choose several) and press "
            "New letter run to write to them.")


def _kind_order(item: TodoItem) -> int:
    return list(TodoKind).index(item.kind)


TODO_COLUMNS = (
    StyledColumn("What needs doing", lambda i: i.kind.value,
                 sort=lambda i: (_kind_order(i), i.who.casefold()),
                 foreground=lambda i: _RUN_COLOUR if i.kind is TodoKind.UNSENT_RUN else None),
    StyledColumn("Who or which", lambda i: i.who, sort=lambda i: i.who.casefold()),
    StyledColumn("Details", lambda i: i.detail,
                 foreground=lambda i: status_brush(i.status.status) if i.status else None,
                 background=lambda i: tint_brush(i.status.status) if i.status else None),
)


def _count_of(day: DeadlineDay, status: Status) -> int:
    return sum(p.status.status is status for p in day.pupils)


WEEK_COLUMNS = (
    StyledColumn("Reply-by date", lambda d: f"{d.day:%a} {format_uk(d.day)}",
                 sort=lambda d: d.day.isoformat()),
    StyledColumn("When", lambda d: TIMING_WORDS[d.timing].capitalize(),
                 foreground=lambda d: QBrush(timing_colour(d.timing)),
                 sort=lambda d: d.day.isoformat()),
    StyledColumn("Pupils", lambda d: f"{d.count:,}", sort=lambda d: d.count),
    StyledColumn("Awaiting reply", lambda d: f"{_count_of(d, Status.AWAITING_REPLY):,}",
                 sort=lambda d: _count_of(d, Status.AWAITING_REPLY),
                 foreground=lambda d: status_brush(Status.AWAITING_REPLY)),
    StyledColumn("Opted out", lambda d: f"{_count_of(d, Status.OPTED_OUT):,}",
                 sort=lambda d: _count_of(d, Status.OPTED_OUT),
                 foreground=lambda d: status_brush(Status.OPTED_OUT)),
)
