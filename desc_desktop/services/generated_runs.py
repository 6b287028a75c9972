"""Letter runs whose PDF was made but that are not yet marked as sent or discarded.

Generating starts no clock, so a run printed and handed out but never marked as sent leaves
families with letters and the register with no deadline. Each generated PDF is noted here;
marking the run as sent (letter_runs.mark_sent) or discarding it closes the note, and the
Today view lists the ones still open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, col, select

from desc_desktop.services.context import ServiceContext
from desc_desktop.services.errors import NotFound
from desc_desktop.services.letters import RunPlan
from desc_desktop.store.tables import GeneratedRun, utc_now

SENT = "sent"
DISCARDED = "discarded"


@dataclass(frozen=True)
class UnsentRun:
    generated_id: int
    run_number: int
    """The number the run would have had; its letters' references carry it."""
    issue_date: date
    reply_by: date
    letters: int
    pupils_covered: int
    generated_at: datetime
    staff_name: str


def note_generated(ctx: ServiceContext, plan: RunPlan) -> int:
    """Call once the run's PDF is written; returns the note's id (for discard_generated)."""
    with ctx.unit_of_work("letters.run_generated", "generated_run") as uow:
        row = GeneratedRun(run_number=plan.run_number, issue_date=plan.issue_date,
                           reply_by=plan.reply_by, letters=len(plan.letters),
                           pupils_covered=plan.pupils_covered, staff_name=ctx.actor.name)
        uow.session.add(row)
        uow.session.flush()
        uow.record(entity_id=row.id, summary=(
            f"Letters made for run {plan.run_number} ({len(plan.letters)} letters, issue date "
            f"{plan.issue_date:%d/%m/%Y}); not yet marked as sent"),
            changes={"run_number": plan.run_number, "letters": len(plan.letters),
                     "issue_date": plan.issue_date})
        return row.id


def discard_generated(ctx: ServiceContext, generated_id: int) -> None:
    """The letters were not sent: the run no longer waits to be marked as sent. Discarding
    one already closed changes nothing."""
    with ctx.unit_of_work("letters.run_discarded", "generated_run") as uow:
        row = uow.session.get(GeneratedRun, generated_id)
        if row is None:
            raise NotFound("That letter run is no longer listed; it may have been discarded "
                           "already.")
        if row.closed_as:
            uow.unchanged = True
            return
        _close(row, DISCARDED, ctx.actor.name)
        uow.record(entity_id=row.id, summary=f"Letters made for run {row.run_number} "
                                             "discarded: never sent")


def close_when_sent(session: Session, run_number: int, staff_name: str) -> None:
    """Inside mark_sent's unit of work: every open note with this run number is closed, since
    once the run is recorded its references cannot be recorded again."""
    rows = session.exec(select(GeneratedRun).where(
        GeneratedRun.run_number == run_number, GeneratedRun.closed_as == "")).all()
    for row in rows:
        _close(row, SENT, staff_name)


def unsent_runs(ctx: ServiceContext) -> list[UnsentRun]:
    """Runs generated and neither marked as sent nor discarded, oldest first."""
    with ctx.reading() as session:
        rows = session.exec(select(GeneratedRun).where(GeneratedRun.closed_as == "")
                            .order_by(col(GeneratedRun.generated_at))).all()
        return [UnsentRun(r.id, r.run_number, r.issue_date, r.reply_by, r.letters,
                          r.pupils_covered, r.generated_at, r.staff_name) for r in rows]


def _close(row: GeneratedRun, how: str, staff_name: str) -> None:
    row.closed_as, row.closed_at, row.closed_by = how, utc_now(), staff_name
