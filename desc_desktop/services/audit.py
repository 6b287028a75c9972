"""Reading the audit trail, and describing changes for it."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import col, select

from desc_desktop.services.context import ServiceContext
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
