"""Each pupil's Connexions status on a date, checked in this order:

1. `not_in_scope`: outside the Connexions ages on that date (13–19, or up to 25 with a
   learning difficulty or disability; the ages are settings, as councils differ);
2. `opted_out`: an opt-out received on or before that date and not withdrawn by then;
3. `not_issued`: in scope, but no letter covering them was issued on or before that date;
4. `awaiting_reply`: the date is on or before the pupil's reply-by date, the latest reply-by
   of the letters covering them issued on or before that date (so a reissued letter moves it);
5. `may_share`: the reply-by date has passed with no opt-out.

Only `may_share` allows more than name and address to be passed to Connexions. The labels
and colours live here as plain data so the screens, PDFs and exports all say the same.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desc_desktop.domain.letters.connexions import DEFAULT_AGES, ConnexionsAges, in_scope
from desc_desktop.domain.optouts.kinds import OptOutBy


class Status(StrEnum):
    NOT_IN_SCOPE = "not_in_scope"
    OPTED_OUT = "opted_out"
    NOT_ISSUED = "not_issued"
    AWAITING_REPLY = "awaiting_reply"
    MAY_SHARE = "may_share"


STATUS_NAMES: dict[Status, str] = {
    Status.NOT_IN_SCOPE: "Not in Connexions age range",
    Status.NOT_ISSUED: "No notice sent yet",
    Status.AWAITING_REPLY: "Awaiting reply",
    Status.OPTED_OUT: "Opted out",
    Status.MAY_SHARE: "May share on request",
}
"""Short names, without dates: legends, filters, column totals."""

STATUS_COLOURS: dict[Status, str] = {
    Status.NOT_IN_SCOPE: "#616161",   # grey
    Status.NOT_ISSUED: "#b45309",     # amber
    Status.AWAITING_REPLY: "#1565c0",  # blue
    Status.OPTED_OUT: "#6a1b9a",      # purple
    Status.MAY_SHARE: "#2e7d32",      # green
}
"""One colour per status, dark enough for text on white (contrast 4.5:1 or more)."""

STATUS_TINTS: dict[Status, str] = {
    Status.NOT_IN_SCOPE: "#eeeeee",
    Status.NOT_ISSUED: "#fff3e0",
    Status.AWAITING_REPLY: "#e3f2fd",
    Status.OPTED_OUT: "#f3e5f5",
    Status.MAY_SHARE: "#e8f5e9",
}
"""A pale shade of the same colour, for backgrounds behind dark text (cells, calendar days)."""


@dataclass(frozen=True)
class CoveringLetter:
    """A letter marked as sent that carried the pupil's Connexions section and reply slip."""

    issue_date: date
    reply_by: date


@dataclass(frozen=True)
class OptOutFact:
    """An opt-out as recorded, with its withdrawal if any (the history is never rewritten)."""

    received: date
    by: OptOutBy
    late: bool
    withdrawn_on: date | None = None

    def in_force_on(self, on: date) -> bool:
        """Received on or before `on`, and not withdrawn by then (a withdrawal counts from
        the day it is made)."""
        return self.received <= on and (self.withdrawn_on is None or self.withdrawn_on > on)


@dataclass(frozen=True)
class PupilStatus:
    status: Status
    reply_by: date | None = None
    """The latest reply-by of the covering letters issued on or before the date; None when
    there is none. Given whatever the status, so a screen can show it beside any status."""
    opted_out_on: date | None = None
    """When an opt-out is in force on the date: the day it was received. Given even when the
    status is `not_in_scope` (checked first), so an opt-out list can still show it."""
    opted_out_by: OptOutBy | None = None
    late: bool = False
    """The opt-out in force arrived after its reply-by date (it is honoured all the same)."""

    @property
    def may_share(self) -> bool:
        """Whether more than name and address may be passed to Connexions on request."""
        return self.status is Status.MAY_SHARE

    @property
    def label(self) -> str:
        """The words the user sees, e.g. "Awaiting reply until 30/12/2026" or
        "Opted out (03/12/2026, by parent; late)"."""
        if self.status is Status.AWAITING_REPLY and self.reply_by is not None:
            return f"Awaiting reply until {self.reply_by:%d/%m/%Y}"
        if self.status is Status.OPTED_OUT and self.opted_out_on is not None:
            by = self.opted_out_by.value if self.opted_out_by else "parent"
            late = "; late" if self.late else ""
            return f"Opted out ({self.opted_out_on:%d/%m/%Y}, by {by}{late})"
        return STATUS_NAMES[self.status]

    @property
    def colour(self) -> str:
        return STATUS_COLOURS[self.status]

    @property
    def tint(self) -> str:
        return STATUS_TINTS[self.status]


def reply_by_on(on: date, letters: Iterable[CoveringLetter]) -> date | None:
    """The pupil's reply-by date as it stands on `on`: the latest reply-by of the covering
    letters issued on or before that day."""
    return max((letter.reply_by for letter in letters if letter.issue_date <= on), default=None)


def opt_out_in_force(on: date, opt_outs: Iterable[OptOutFact]) -> OptOutFact | None:
    """The opt-out in force on `on` (the earliest received, should there be more than one)."""
    return min((o for o in opt_outs if o.in_force_on(on)), key=lambda o: o.received,
               default=None)


def status_on(on: date, dob: date, ldd: bool, letters: Iterable[CoveringLetter] = (),
              opt_outs: Iterable[OptOutFact] = (),
              ages: ConnexionsAges = DEFAULT_AGES) -> PupilStatus:
    """The pupil's status on `on`, checked in the order the module's docstring gives."""
    reply_by = reply_by_on(on, letters)
    opt_out = opt_out_in_force(on, opt_outs)
    facts = {"reply_by": reply_by}
    if opt_out is not None:
        facts.update(opted_out_on=opt_out.received, opted_out_by=opt_out.by, late=opt_out.late)
    if not in_scope(dob, ldd, on, ages):
        return PupilStatus(Status.NOT_IN_SCOPE, **facts)
    if opt_out is not None:
        return PupilStatus(Status.OPTED_OUT, **facts)
    if reply_by is None:
        return PupilStatus(Status.NOT_ISSUED, **facts)
    if on <= reply_by:
        return PupilStatus(Status.AWAITING_REPLY, **facts)
    return PupilStatus(Status.MAY_SHARE, **facts)


def deadline_days(letters: Iterable[CoveringLetter]) -> set[date]:
    """The days on which the pupil's reply-by date actually fell: a letter's reply-by date,
    unless a letter issued by then moved it later (a reissue before the deadline passed)."""
    letters = list(letters)
    return {letter.reply_by for letter in letters
            if reply_by_on(letter.reply_by, letters) == letter.reply_by}


class Timing(StrEnum):
    PASSED = "passed"
    TODAY = "today"
    UPCOMING = "upcoming"


TIMING_COLOURS: dict[Timing, str] = {
    Timing.PASSED: "#757575",    # grey: nothing more can arrive in time
    Timing.TODAY: "#c62828",     # red: the last day to reply
    Timing.UPCOMING: "#1565c0",  # blue, as awaiting reply
}
"""How a day with reply-by deadlines is coloured on the calendar."""


def timing(day: date, today: date) -> Timing:
    if day < today:
        return Timing.PASSED
    return Timing.TODAY if day == today else Timing.UPCOMING
