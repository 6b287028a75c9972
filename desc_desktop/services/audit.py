"""Reading the audit trail, describing changes for it, and checking it was not tampered with."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from sqlmodel import col, select

from desc_desktop.domain.audit_chain import check_chain
from desc_desktop.services.context import ServiceContext
from desc_desktop.store.audit_log import count_entries, missing_guards, stored_chain
from desc_desktop.store.tables import AuditEntry


@dataclass(frozen=True)
class AuditRecord:
    at: datetime
    staff_name: str
    action: str
    summary: str
    changes: dict[str, Any]


def diff_fields(before: Mapping[str, Any], after: Mapping[str, Any],
                opaque: frozenset[str] | set[str] = frozenset()) -> dict[str, Any]:
    """{field: [old, new]} for the fields that changed; opaque ones only say "changed"."""
    changed: dict[str, Any] = {}
    for name, new in after.items():
        old = before.get(name)
        if old != new:
            changed[name] = "changed" if name in opaque else [old, new]
    return changed


def created_fields(after: Mapping[str, Any],
                   opaque: frozenset[str] | set[str] = frozenset()) -> dict[str, Any]:
    """A new record's values as {field: [None, value]}; blank fields are left out."""
    return {name: "changed" if name in opaque else [None, value]
            for name, value in after.items() if value not in (None, "")}


def deleted_fields(before: Mapping[str, Any],
                   opaque: frozenset[str] | set[str] = frozenset()) -> dict[str, Any]:
    """A removed record's last values as {field: [value, None]}; blank fields left out."""
    return {name: "removed" if name in opaque else [value, None]
            for name, value in before.items() if value not in (None, "")}


FIELD_LABELS = {
    "upn": "UPN", "legal_surname": "Legal surname", "legal_forename": "Legal forename",
    "preferred_surname": "Preferred surname", "preferred_forename": "Preferred forename",
    "dob": "Date of birth", "reg_group": "Form", "year_group": "Year group",
    "admission_date": "Admission date", "leaving_date": "Leaving date",
    "sen_status": "SEN status", "ldd": "Learning difficulty or disability",
    "address_line1": "Address line 1", "address_line2": "Address line 2",
    "address_line3": "Address line 3", "same_address_as_pupil": "Same address as pupil",
    "phone_home": "Home phone", "phone_mobile": "Mobile phone", "phone_work": "Work phone",
    "parental_responsibility": "Parental responsibility",
    "receives_correspondence": "Gets letters", "no_contact": "No-contact restriction",
    "no_contact_note": "No-contact note", "carers_deleted": "Parents/carers deleted",
    "carer_deleted": "Parent/carer deleted", "ico_registration": "ICO registration",
    "data_protection_lead": "Data protection lead",
}
"""Words for the recorded field names (the rest read well enough with "_" as spaces)."""


@dataclass(frozen=True)
class ChangeRow:
    """One line of an entry's changes: a field's value before and after (None: none)."""

    field: str
    before: Any
    after: Any


def change_rows(changes: Mapping[str, Any]) -> list[ChangeRow]:
    """An entry's changes line by line. A [before, after] pair gives both; anything else (a
    count, "changed" for a value kept out of the trail) is shown as the after value."""
    rows = []
    for name, value in changes.items():
        if isinstance(value, dict):  # one import changes many records: {"pupil 12": {…}}
            rows += [ChangeRow(f"{name} · {row.field}", row.before, row.after)
                     for row in change_rows(value)]
        elif isinstance(value, list) and len(value) == 2:
            rows.append(ChangeRow(field_label(name), value[0], value[1]))
        else:
            rows.append(ChangeRow(field_label(name), None, value))
    return rows


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name) or name.replace("_", " ").replace(".", ": ")


def value_text(value: Any, day: Callable[[date], str] = date.isoformat) -> str:
    """A recorded value in words; `day` formats dates (stored as ISO text)."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, list):
        return ", ".join(value_text(v, day) for v in value)
    text = str(value)
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        try:
            return day(date.fromisoformat(text))
        except ValueError:
            pass
    return text


def changes_in_words(changes: Mapping[str, Any],
                     day: Callable[[date], str] = date.isoformat) -> str:
    """"Form: 8A → 8B; Town: …", a value newly given alone ("Form: 8A"); `day` formats
    dates."""
    lines = []
    for row in change_rows(changes):
        before, after = value_text(row.before, day), value_text(row.after, day)
        lines.append(f"{row.field}: {after}" if row.before is None
                     else f"{row.field}: {before or '(blank)'} → {after or '(blank)'}")
    return "; ".join(lines)


def history_of_pupil(ctx: ServiceContext, pupil_id: int) -> list[AuditRecord]:
    with ctx.reading() as session:
        rows = session.exec(select(AuditEntry).where(AuditEntry.pupil_id == pupil_id)
                            .order_by(col(AuditEntry.id).desc())).all()
        return [_record(r) for r in rows]


def recent_entries(ctx: ServiceContext, limit: int = 500) -> list[AuditRecord]:
    with ctx.reading() as session:
        rows = session.exec(select(AuditEntry).order_by(col(AuditEntry.id).desc())
                            .limit(limit)).all()
        return [_record(r) for r in rows]


def _record(row: AuditEntry) -> AuditRecord:
    return AuditRecord(at=row.at, staff_name=row.staff_name, action=row.action,
                       summary=row.summary, changes=json.loads(row.changes or "{}"))


# --- checking the chain ------------------------------------------------------------------


@dataclass(frozen=True)
class TrailCheck:
    """What `audit --verify` and the Verify button report: counts, entry numbers and times,
    never what an entry says (its summary may name a pupil)."""

    entries: int
    broken_entry: int | None
    """The number (id) of the first entry that does not match, if any."""
    broken_at: datetime | None
    guards_missing: tuple[str, ...]
    last_hash: str

    @property
    def intact(self) -> bool:
        return self.broken_entry is None and not self.guards_missing


ProgressCallback = Callable[[int, int], None]
_T = TypeVar("_T")


def verify_trail(ctx: ServiceContext, on_progress: ProgressCallback | None = None,
                 every: int = 2000) -> TrailCheck:
    """Recompute the whole chain as the file holds it. `on_progress(done, total)` is called
    as it goes (it may raise to stop)."""
    with ctx.reading() as session:
        conn = session.connection()
        total = count_entries(conn)
        rows = stored_chain(conn)
        if on_progress is not None:
            rows = _reporting(rows, total, on_progress, every)
        check = check_chain(rows)
        guards = tuple(missing_guards(conn))
    broken = check.first_break
    return TrailCheck(entries=check.entries,
                      broken_entry=None if broken is None else broken.entry_id,
                      broken_at=None if broken is None else _moment(broken.at),
                      guards_missing=guards, last_hash=check.last_hash)


def _reporting(items: Iterable[_T], total: int, on_progress: ProgressCallback,
               every: int) -> Iterator[_T]:
    done = 0
    for item in items:
        yield item
        done += 1
        if done % every == 0:
            on_progress(done, total)
    on_progress(done, total)


def _moment(at: datetime | str) -> datetime | None:
    """A stored moment as an aware UTC datetime (None if it is no longer a moment)."""
    if isinstance(at, str):
        try:
            at = datetime.fromisoformat(at)
        except ValueError:
            return None
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at


def describe_check(check: TrailCheck, when: Callable[[datetime], str]) -> str:
    """The check in words for the office; `when` formats a moment (dd/mm/yyyy in the window,
    ISO on the command line)."""
    count = entries_text(check.entries)
    lines = []
    if check.broken_entry is None:
        lines.append(f"{count}, chain intact.")
    else:
        moment = when(check.broken_at) if check.broken_at else "its time is unreadable"
        lines.append(f"{count}; the chain is broken at entry {check.broken_entry} ({moment}): "
                     "the file was changed outside the app there (an entry edited, removed or "
                     "added). Entries before it are as they were written.")
    if check.guards_missing:
        lines.append("The database's protection of the audit trail has been removed, so "
                     "entries could have been edited or deleted. Restore a backup from before "
                     "this happened, or ask for help.")
    return " ".join(lines)


def entries_text(count: int) -> str:
    return f"{count} {'entry' if count == 1 else 'entries'}"
