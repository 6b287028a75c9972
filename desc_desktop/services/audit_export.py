"""The audit trail to a spreadsheet (CSV). The file leaves the protected database, so the
export is itself an audit entry."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterator
from datetime import UTC, date
from pathlib import Path
from typing import Any, TextIO

from desc_desktop.domain.exports.cells import neutralise
from desc_desktop.services.audit import changes_in_words, entries_text
from desc_desktop.services.audit_search import TrailEntry, TrailFilter, stream_trail
from desc_desktop.services.context import ServiceContext

COLUMNS = ["Entry", "When", "Who", "Action", "Record", "Pupil", "What", "Changes", "Hash"]

ProgressCallback = Callable[[int, int], None]


def export_trail(ctx: ServiceContext, path: Path, wanted: TrailFilter | None = None,
                 on_progress: ProgressCallback | None = None) -> int:
    """Write the matching entries (oldest first) to `path`; returns how many. The file is
    written under a temporary name and renamed, so it is whole or absent."""
    path, wanted = Path(path), wanted or TrailFilter()
    partial = path.with_name(f"{path.name}.part")
    moved = False
    try:
        with ctx.reading() as session:
            total, entries = stream_trail(session, wanted)
            written = _write(partial, entries, total, on_progress)
        with ctx.unit_of_work("audit.export", "audit_entry") as uow:
            uow.record(summary=f"Audit trail exported ({entries_text(written)})",
                       changes={"file": path.name, "entries": written,
                                "filters": _filters(wanted)})
            os.replace(partial, path)
            moved = True
    except BaseException:
        partial.unlink(missing_ok=True)
        if moved:  # renamed but the entry saying so was not committed: no unrecorded copy
            path.unlink(missing_ok=True)
        raise
    return written


def list_trail(ctx: ServiceContext, out: TextIO, wanted: TrailFilter | None = None,
               fmt: str = "csv") -> int:
    """The matching entries (oldest first) as CSV or JSON on `out` (the command line's
    standard output); returns how many. Shown outside the app, so recorded like an export."""
    wanted = wanted or TrailFilter()
    if fmt not in ("csv", "json"):
        raise ValueError(f"Unknown format {fmt!r}: use csv or json.")
    with ctx.reading() as session:
        _total, entries = stream_trail(session, wanted)
        count = _write_csv(out, entries) if fmt == "csv" else _write_json(out, entries)
    with ctx.unit_of_work("audit.listed", "audit_entry") as uow:
        uow.record(summary=f"Audit trail listed on the command line ({entries_text(count)})",
                   changes={"format": fmt, "entries": count, "filters": _filters(wanted)})
    return count


def _write_csv(out: TextIO, entries: Iterator[TrailEntry], total: int = 0,
               on_progress: ProgressCallback | None = None) -> int:
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    count = 0
    for entry in entries:
        writer.writerow([neutralise(cell) for cell in csv_cells(entry)])
        count += 1
        if on_progress is not None and (count % 500 == 0 or count == total):
            on_progress(count, total)
    return count


def _write_json(out: TextIO, entries: Iterator[TrailEntry]) -> int:
    count = 0
    out.write("[")
    for entry in entries:
        out.write(",\n" if count else "\n")
        out.write(json.dumps(json_object(entry), ensure_ascii=False, default=str))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def json_object(entry: TrailEntry) -> dict[str, Any]:
    return {"id": entry.id, "at": entry.at.astimezone(UTC).isoformat(timespec="seconds"),
            "staff": entry.staff_name, "action": entry.action, "entity": entry.entity,
            "entity_id": entry.entity_id, "pupil_id": entry.pupil_id,
            "pupil": entry.pupil_name, "summary": entry.summary, "changes": entry.changes,
            "hash": entry.hash}


def _write(target: Path, entries: Iterator[TrailEntry], total: int,
           on_progress: ProgressCallback | None) -> int:
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        return _write_csv(handle, entries, total, on_progress)


def csv_cells(entry: TrailEntry) -> list[str]:
    record = f"{entry.entity} {entry.entity_id}" if entry.entity_id is not None else entry.entity
    return [str(entry.id), entry.at.astimezone().isoformat(timespec="seconds"),
            entry.staff_name, entry.action, record, entry.pupil_name, entry.summary,
            changes_text(entry), entry.hash]


CELL_LIMIT = 32_000
"""Excel holds at most 32,767 characters in a cell; a big import's changes can be longer."""


def changes_text(entry: TrailEntry) -> str:
    text = changes_in_words(entry.changes)
    if len(text) <= CELL_LIMIT:
        return text
    return text[:CELL_LIMIT] + " … (cut short for the spreadsheet; the app shows them all)"


def _filters(wanted: TrailFilter) -> dict[str, Any]:
    values: dict[str, Any] = {
        "since": wanted.since, "until": wanted.until, "staff_id": wanted.staff_id,
        "pupil_name": wanted.pupil_name.strip(), "kind": wanted.kind}
    return {k: v.isoformat() if isinstance(v, date) else v
            for k, v in values.items() if v not in (None, "")}
