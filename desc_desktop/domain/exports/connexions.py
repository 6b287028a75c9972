"""The Connexions data return, field by field.

For pupils of 13 and over the school must pass Connexions, on request, the name and address
of the pupil and parent; anything more only where no one opted out once the 28 days were
over (status `may_share`, domain/optouts/status.py). So, as of the date asked for:

- every pupil in scope (any status but `not_in_scope`) is in the return, with their legal
  name, address and status, and the names and addresses of their parents/carers;
- date of birth, gender, SEN status, the learning-difficulty flag and the parents/carers'
  phones and email are filled in only for `may_share` pupils, and left empty otherwise;
- the parents/carers are those with parental responsibility (the "parent" the policy
  speaks of), in contact priority order; one under a no-contact restriction never appears;
- a return may be made as of an earlier day, but an opt-out in force today is honoured;
- the UPN is never part of it: it stays inside the school and the education system (nothing
  here is even given it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desc_desktop.domain.exports.cells import Cell
from desc_desktop.domain.exports.table import Column, ExportTable, Kind
from desc_desktop.domain.optouts.status import Status
from desc_desktop.domain.register import Address
from desc_desktop.domain.search import fold

MIN_CARER_SLOTS = 2
"""Columns for at least two parents/carers, as MIS reports have, so returns keep one shape."""


@dataclass(frozen=True)
class ReturnCarer:
    name: str
    """As letters address them, e.g. "Mrs Funmi Adeyemi"."""
    address: Address
    """Their own, or the pupil's when they live with the pupil."""
    phones: tuple[str, ...]
    email: str
    parental_responsibility: bool
    no_contact: bool
    """Under a no-contact restriction for this pupil."""
    priority: int = 1


@dataclass(frozen=True)
class ReturnPupil:
    """What the return may draw on for one pupil (no UPN: it never leaves the school)."""

    pupil_id: int
    legal_surname: str
    legal_forename: str
    address: Address
    dob: date
    gender: str
    sen_status: str
    ldd: bool
    carers: tuple[ReturnCarer, ...]

    @property
    def name(self) -> str:
        return f"{self.legal_forename} {self.legal_surname}"


# What the disclosure log says was passed on about a pupil (labels: disclosure.py).
NAME_AND_ADDRESS = ("name", "address", "status", "carer_names", "carer_addresses")
ONLY_IF_MAY_SHARE = ("dob", "gender", "sen", "learning_difficulty", "carer_phones",
                     "carer_emails")


def fields_for(status: Status) -> tuple[str, ...]:
    """What the return carries about a pupil with this status (nothing when not in scope)."""
    if status is Status.NOT_IN_SCOPE:
        return ()
    return NAME_AND_ADDRESS + ONLY_IF_MAY_SHARE if status is Status.MAY_SHARE \
        else NAME_AND_ADDRESS


def status_for_return(on_the_day: Status, today: Status) -> Status:
    """The status a pupil is returned with: their status on the return's date, except that an
    opt-out in force today is honoured in a return made as of an earlier date (what could be
    shared then may not be shared now)."""
    if on_the_day is Status.MAY_SHARE and today is Status.OPTED_OUT:
        return Status.OPTED_OUT
    return on_the_day


def carers_in_return(carers: Iterable[ReturnCarer]) -> list[ReturnCarer]:
    """The parents/carers named in the return: parental responsibility, no restriction."""
    chosen = [c for c in carers if c.parental_responsibility and not c.no_contact]
    return sorted(chosen, key=lambda c: (c.priority, fold(c.name)))


_ADDRESS = (("address_line1", "line1", "Address line 1", 24),
            ("address_line2", "line2", "Address line 2", 18),
            ("address_line3", "line3", "Address line 3", 14),
            ("town", "town", "Town", 16), ("county", "county", "County", 14),
            ("postcode", "postcode", "Postcode", 10))


def return_columns(carer_slots: int = MIN_CARER_SLOTS) -> tuple[Column, ...]:
    columns = [Column("legal_surname", "Legal surname", width=18),
               Column("legal_forename", "Legal forename", width=16)]
    columns += [Column(key, heading, width=width) for key, _, heading, width in _ADDRESS]
    columns += [Column("status", "Status", width=15),
                Column("dob", "Date of birth", Kind.DATE, 12),
                Column("gender", "Gender", width=8),
                Column("sen", "SEN status", width=10),
                Column("learning_difficulty", "Learning difficulty", width=10)]
    for n in range(1, carer_slots + 1):
        columns.append(Column(f"carer{n}_name", f"Parent/carer {n}", width=24))
        columns += [Column(f"carer{n}_{key}", f"Parent/carer {n} {heading.lower()}",
                           width=width) for key, _, heading, width in _ADDRESS]
        columns += [Column(f"carer{n}_phones", f"Parent/carer {n} phones", width=18),
                     Column(f"carer{n}_email", f"Parent/carer {n} email", width=26)]
    return tuple(columns)


def _address_cells(address: Address) -> list[Cell]:
    return [getattr(address, attribute) or None for _, attribute, _, _ in _ADDRESS]


def return_row(pupil: ReturnPupil, status: Status, carer_slots: int) -> tuple[Cell, ...]:
    """The pupil's row, gated by their status: extras only when `may_share`."""
    if status is Status.NOT_IN_SCOPE:
        raise ValueError("A pupil outside the Connexions ages is not part of the return.")
    share = status is Status.MAY_SHARE
    row: list[Cell] = [pupil.legal_surname, pupil.legal_forename,
                       *_address_cells(pupil.address), status.value]
    row += [pupil.dob, pupil.gender, pupil.sen_status, "Y" if pupil.ldd else "N"] if share \
        else [None] * 4
    carers = carers_in_return(pupil.carers)
    if len(carers) > carer_slots:
        raise ValueError("Not enough parent/carer columns for this pupil.")
    for carer in carers:
        row += [carer.name, *_address_cells(carer.address)]
        row += ["; ".join(p for p in carer.phones if p) or None, carer.email or None] \
            if share else [None, None]
    row += [None] * ((carer_slots - len(carers)) * (len(_ADDRESS) + 3))
    return tuple(row)


@dataclass(frozen=True)
class ReturnLine:
    """One pupil in the return, for the preview and the disclosure log."""

    pupil_id: int
    name: str
    status: Status
    fields: tuple[str, ...]


@dataclass(frozen=True)
class ConnexionsReturn:
    as_of: date
    table: ExportTable
    lines: tuple[ReturnLine, ...]
    counts: dict[Status, int]
    """Pupils on roll per status (every status, zero or more), not-in-scope ones included
    although they are left out of the file."""
    carers_withheld: int
    """Parents/carers left out because of a no-contact restriction."""

    @property
    def pupils(self) -> int:
        return len(self.lines)

    @property
    def may_share(self) -> int:
        return self.counts[Status.MAY_SHARE]

    @property
    def name_and_address_only(self) -> int:
        return self.pupils - self.may_share

    @property
    def left_out(self) -> int:
        return self.counts[Status.NOT_IN_SCOPE]


def build_return(as_of: date, pupils: Iterable[tuple[ReturnPupil, Status]]
                 ) -> ConnexionsReturn:
    """The return as of `as_of` from every pupil on roll that day with their status then;
    rows in surname order."""
    pupils = sorted(pupils, key=lambda item: (fold(item[0].legal_surname),
                                              fold(item[0].legal_forename), item[0].pupil_id))
    counts = dict.fromkeys(Status, 0)
    for _, status in pupils:
        counts[status] += 1
    included = [(p, s) for p, s in pupils if s is not Status.NOT_IN_SCOPE]
    slots = max([MIN_CARER_SLOTS, *(len(carers_in_return(p.carers)) for p, _ in included)])
    withheld = sum(1 for p, _ in included for c in p.carers
                   if c.no_contact)
    table = ExportTable(
        title=f"Connexions return as of {as_of:%d/%m/%Y}", columns=return_columns(slots),
        rows=tuple(return_row(p, s, slots) for p, s in included), machine_headings=True)
    lines = tuple(ReturnLine(p.pupil_id, p.name, s, fields_for(s)) for p, s in included)
    return ConnexionsReturn(as_of, table, lines, counts, withheld)
