"""The disclosure log: every file that left the school, found by date, kind, recipient or
purpose, a disclosure's pupils, and what was disclosed about one pupil and when."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlmodel import col, select

from desc_desktop.domain.exports.disclosure import ExportKind, describe_fields
from desc_desktop.domain.search import fold, query_terms
from desc_desktop.services.audit_search import utc_start_of
from desc_desktop.services.context import ServiceContext
from desc_desktop.store.tables import Disclosure, DisclosurePupil


@dataclass(frozen=True)
class DisclosureRecord:
    id: int
    at: datetime
    """In UTC (the screens show it in the PC's time)."""
    staff_name: str
    kind: ExportKind
    recipient: str
    purpose: str
    as_of: date
    file_name: str
    file_format: str
    sha256: str
    columns: tuple[str, ...]
    """The file's columns."""
    pupils: int

    @property
    def kind_label(self) -> str:
        return self.kind.label


@dataclass(frozen=True)
class DisclosedAbout:
    """A pupil in a disclosure (the name as disclosed; no id once the pupil was deleted)."""

    pupil_id: int | None
    name: str
    fields: tuple[str, ...]

    @property
    def fields_text(self) -> str:
        return describe_fields(self.fields)


@dataclass(frozen=True)
class PupilDisclosure:
    """A disclosure about one pupil: the file, and what it carried about them."""

    disclosure: DisclosureRecord
    fields: tuple[str, ...]

    @property
    def fields_text(self) -> str:
        return describe_fields(self.fields)


@dataclass(frozen=True)
class LogFilter:
    since: date | None = None
    """First day shown (the office's own calendar day), inclusive."""
    until: date | None = None
    """Last day shown, inclusive."""
    kind: ExportKind | None = None
    text: str = ""
    """Every word must be in the recipient, purpose, file name or who made it."""


def disclosure_log(ctx: ServiceContext, wanted: LogFilter | None = None
                   ) -> list[DisclosureRecord]:
    """The disclosures matching `wanted`, newest first."""
    wanted = wanted or LogFilter()
    query = select(Disclosure)
    if wanted.since is not None:
        query = query.where(col(Disclosure.at) >= utc_start_of(wanted.since))
    if wanted.until is not None:
        query = query.where(col(Disclosure.at) < utc_start_of(wanted.until + timedelta(1)))
    if wanted.kind is not None:
        query = query.where(Disclosure.kind == ExportKind(wanted.kind).value)
    with ctx.reading() as session:
        rows = session.exec(query.order_by(col(Disclosure.id).desc())).all()
        records = [_record(row) for row in rows]
    terms = query_terms(wanted.text)
    return [r for r in records if all(t in search_text(r) for t in terms)]


def search_text(record: DisclosureRecord) -> str:
    return fold(" ".join((record.recipient, record.purpose, record.file_name,
                          record.staff_name, record.kind_label)))


def disclosure_pupils(ctx: ServiceContext, disclosure_id: int) -> list[DisclosedAbout]:
    """The pupils in one disclosure, by name as disclosed, in the file's order (by
    surname)."""
    with ctx.reading() as session:
        rows = session.exec(select(DisclosurePupil).where(
            DisclosurePupil.disclosure_id == disclosure_id).order_by(DisclosurePupil.id)).all()
        return [DisclosedAbout(r.pupil_id, r.pupil_name, _list(r.fields)) for r in rows]


def pupil_disclosures(ctx: ServiceContext, pupil_id: int) -> list[PupilDisclosure]:
    """What was disclosed about this pupil, newest first."""
    with ctx.reading() as session:
        rows = session.exec(select(DisclosurePupil, Disclosure).join(
            Disclosure, DisclosurePupil.disclosure_id == Disclosure.id).where(
            DisclosurePupil.pupil_id == pupil_id).order_by(col(Disclosure.id).desc())).all()
        return [PupilDisclosure(_record(disclosure), _list(link.fields))
                for link, disclosure in rows]


def _record(row: Disclosure) -> DisclosureRecord:
    at = row.at if row.at.tzinfo else row.at.replace(tzinfo=UTC)
    return DisclosureRecord(row.id, at, row.staff_name, ExportKind(row.kind), row.recipient,
                            row.purpose, row.as_of, row.file_name, row.file_format, row.sha256,
                            _list(row.fields), row.pupils)


def _list(text: str) -> tuple[str, ...]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return ()
    return tuple(str(v) for v in value) if isinstance(value, list) else ()
