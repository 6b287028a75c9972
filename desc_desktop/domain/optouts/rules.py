"""Recording a reply: who may opt out, the date it was received, and whether it was late.

An opt-out may come from a parent/carer with parental responsibility for the child, or from
the pupil only when 16 or over on the date received. It is in time when received on or
before the reply-by date; a late one is still recorded and honoured from the day it arrived,
marked late. Withdrawing one follows the same rules of who; the history is never rewritten.
"""

from __future__ import annotations

from datetime import date

from desc_desktop.domain.ages import age_on
from desc_desktop.domain.errors import Problem, ValidationFailed
from desc_desktop.domain.letters.recipients import PUPIL_OPTS_OUT_AT
from desc_desktop.domain.optouts.kinds import Method, OptOutBy
from desc_desktop.domain.optouts.status import OptOutFact

METHOD_LABELS: dict[Method, str] = {
    Method.SLIP: "Reply slip", Method.LETTER: "Letter", Method.EMAIL: "Email",
    Method.PHONE: "Phone", Method.IN_PERSON: "In person",
}


class OptOutRefused(ValidationFailed):
    """The rules do not allow this opt-out or withdrawal; each problem says why, and is tied
    to the field to fix: "by", "carer", "received", "pupil" or "opt_out"."""


def is_late(received: date, reply_by: date | None) -> bool:
    """Received on the reply-by date is in time; the day after is late. With no reply-by
    date (no covering letter issued yet) nothing can be late."""
    return reply_by is not None and received > reply_by


def timeliness(received: date, reply_by: date | None) -> str:
    """What the office is told at once, e.g. "In time: the reply-by date is 30/12/2026."."""
    if reply_by is None:
        return "In time: no letter covering this pupil had been issued, so there is no " \
               "reply-by date yet."
    if not is_late(received, reply_by):
        return f"In time: the reply-by date is {reply_by:%d/%m/%Y}."
    days = (received - reply_by).days
    return (f"Late: received {days} {'day' if days == 1 else 'days'} after the reply-by date "
            f"({reply_by:%d/%m/%Y}). It is still recorded, and honoured from "
            f"{received:%d/%m/%Y}; it is marked late.")


def signer_problem(by: OptOutBy, pupil_dob: date, on: date, carer_has_pr: bool | None,
                   pr_carers: int = 1, action: str = "opt out") -> Problem | None:
    """Whether `by` may act on `on`: the pupil only when 16 or over that day; otherwise a
    carer with parental responsibility. `carer_has_pr`: whether the carer named has it, or
    None when none was named, which is fine only when the pupil has exactly one such carer
    (`pr_carers`): then it is them."""
    if by is OptOutBy.PUPIL:
        if age_on(pupil_dob, on) < PUPIL_OPTS_OUT_AT:
            return Problem("by", f"The pupil was under {PUPIL_OPTS_OUT_AT} on that date, so "
                                 f"cannot {action} themselves: a parent/carer with parental "
                                 "responsibility must. A pupil may from their 16th birthday.")
        return None
    if carer_has_pr is None:
        if pr_carers == 0:
            return Problem("carer", "No parent/carer with parental responsibility is recorded "
                                    "for this pupil: add them on the pupil's Carers tab first "
                                    f"(a pupil aged {PUPIL_OPTS_OUT_AT} or over may {action} "
                                    "themselves).")
        if pr_carers > 1:
            return Problem("carer", f"This pupil has {pr_carers} parents/carers with parental "
                                    f"responsibility: choose which one asked to {action}.")
        return None
    if not carer_has_pr:
        return Problem("carer", f"This carer does not have parental responsibility, so cannot "
                                f"{action} for the child: choose a carer who has, or the pupil "
                                f"if {PUPIL_OPTS_OUT_AT} or over.")
    return None


def received_problems(received: date, today: date, issue_date: date | None) -> list[Problem]:
    """Never in the future; never before the issue date of the letter it answers."""
    if received > today:
        return [Problem("received", f"The date received ({received:%d/%m/%Y}) is in the "
                                    "future: enter the day the reply arrived, today at the "
                                    "latest.")]
    if issue_date is not None and received < issue_date:
        return [Problem("received", f"The date received ({received:%d/%m/%Y}) is before the "
                                    f"letter was issued ({issue_date:%d/%m/%Y}): check the date, "
                                    "or the letter it answers.")]
    return []


def opt_out_problems(*, by: OptOutBy, pupil_dob: date, received: date, today: date,
                     issue_date: date | None = None, carer_has_pr: bool | None = None,
                     pr_carers: int = 1, in_force: OptOutFact | None = None) -> list[Problem]:
    """Every reason the opt-out may not be recorded (none: it may).

    `issue_date`: of the letter it answers, when known; `carer_has_pr`, `pr_carers`: as for
    signer_problem; `in_force`: an opt-out of this pupil not withdrawn, if any (there is then
    nothing more to record)."""
    problems = received_problems(received, today, issue_date)
    signer = signer_problem(by, pupil_dob, received, carer_has_pr, pr_carers)
    if signer is not None:
        problems.append(signer)
    if in_force is not None:
        problems.append(Problem("pupil", f"This pupil already has an opt-out in force, "
                                         f"received on {in_force.received:%d/%m/%Y}: there is "
                                         "nothing more to record. If this reply replaces it, "
                                         "withdraw that one first."))
    return problems


def check_opt_out(**facts) -> None:
    """Raise OptOutRefused with every reason, or return when the opt-out may be recorded;
    takes opt_out_problems's arguments."""
    problems = opt_out_problems(**facts)
    if problems:
        raise OptOutRefused(problems)


def check_withdrawal(opt_out: OptOutFact, *, by: OptOutBy, pupil_dob: date, on: date,
                     today: date, carer_has_pr: bool | None = None,
                     pr_carers: int = 1) -> None:
    """A withdrawal is dated, not in the future and not before the opt-out was received, and
    made by someone who could have opted out that day."""
    problems = []
    if opt_out.withdrawn_on is not None:
        problems.append(Problem("opt_out", f"This opt-out was already withdrawn on "
                                           f"{opt_out.withdrawn_on:%d/%m/%Y}."))
    if on > today:
        problems.append(Problem("on", f"The date of the withdrawal ({on:%d/%m/%Y}) is in the "
                                      "future: enter the day it was asked for, today at the "
                                      "latest."))
    elif on < opt_out.received:
        problems.append(Problem("on", f"The date of the withdrawal ({on:%d/%m/%Y}) is before "
                                      f"the opt-out was received ({opt_out.received:%d/%m/%Y})."))
    signer = signer_problem(by, pupil_dob, on, carer_has_pr, pr_carers,
                            action="withdraw an opt-out")
    if signer is not None:
        problems.append(signer)
    if problems:
        raise OptOutRefused(problems)
