"""Backups of the register: automatic ones (when the app closes, rotated) in a `backups`
folder beside the database, and one to any file ("Back up to…", a USB stick).

Each backup is checked after writing (store/db_copy.py) and recorded in the audit trail.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import col, func, select

from desc_desktop.domain.backup_rotation import backups_to_keep
from desc_desktop.services.backup_status import backups_folder, clear_problem, record_problem
from desc_desktop.services.context import ServiceContext
from desc_desktop.services.errors import Refused
from desc_desktop.store import db_copy
from desc_desktop.store.tables import AuditEntry

BACKUP_MADE = "backup.made"
RESTORED = "backup.restored"
_STAMP = "%Y-%m-%d_%H%M%S"
STALE_PARTIAL_SECONDS = 3600


@dataclass(frozen=True)
class BackupMade:
    path: Path
    made_at: datetime
    pupils: int
    size: int
    seconds: float


@dataclass(frozen=True)
class AutomaticBackup:
    path: Path
    made_at: datetime
    size: int



def automatic_name(database: Path, when: datetime) -> str:
    return f"{database.stem}-{when.strftime(_STAMP)}.sqlite"


# --- making backups -------------------------------------------------------------------


def back_up_to(ctx: ServiceContext, target: Path) -> BackupMade:
    """"Back up to…": a checked copy at any path (replacing a file there)."""
    database = ctx.path
    if target.resolve() == database.resolve():
        raise Refused("That is the register itself: choose another file to back up to.")
    made = _copy(database, target)
    _record(ctx, made, "to a chosen file")
    return made


def back_up_now(ctx: ServiceContext, now: datetime | None = None) -> BackupMade:
    """An automatic backup made on request, kept with the others and rotated with them."""
    database = ctx.path
    now = now or datetime.now()
    made = _copy(database, backups_folder(database) / automatic_name(database, now), now)
    _record(ctx, made, "automatic")
    clear_problem(database)
    rotate(database)
    return made


def automatic_backup(ctx: ServiceContext, now: datetime | None = None) -> BackupMade | None:
    """On closing (and daily): back up unless nothing has changed since the newest automatic
    backup. A failure is remembered for the next start (see last_problem) and raised."""
    database = ctx.path
    try:
        if not changed_since_last_backup(ctx):
            return None
        return back_up_now(ctx, now)
    except Exception as e:
        record_problem(database, e)
        raise


def changed_since_last_backup(ctx: ServiceContext) -> bool:
    """Whether the register holds a change the newest automatic backup lacks. Every change
    writes an audit entry, so the newest entry (other than backups') tells."""
    newest = automatic_backups(ctx.path)
    if not newest:
        return True
    try:
        in_backup = db_copy.check_copy(newest[0].path).last_entry_id
    except db_copy.CopyUnusable:
        return True
    with ctx.reading() as session:
        latest = session.exec(select(func.max(AuditEntry.id))
                              .where(col(AuditEntry.action).not_like("backup.%"))).one()
    return (latest or 0) > in_backup


def _copy(database: Path, target: Path, now: datetime | None = None) -> BackupMade:
    started = time.perf_counter()
    check = db_copy.copy_database(database, target)
    return BackupMade(path=target, made_at=now or datetime.now(), pupils=check.pupils,
                      size=target.stat().st_size, seconds=time.perf_counter() - started)


def _record(ctx: ServiceContext, made: BackupMade, kind: str) -> None:
    with ctx.unit_of_work(BACKUP_MADE, "backup") as uow:
        uow.record(summary=f"Backup made ({kind}): {made.path.name}",
                   changes={"file": str(made.path), "pupils": made.pupils, "kind": kind})


# --- the automatic backups folder -----------------------------------------------------


def automatic_backups(database: Path) -> list[AutomaticBackup]:
    """The automatic backups of this register, newest first (other files are ignored)."""
    folder = backups_folder(database)
    if not folder.is_dir():
        return []
    pattern = re.compile(re.escape(database.stem) + r"-(\d{4}-\d{2}-\d{2}_\d{6})\.sqlite")
    found = []
    for path in folder.iterdir():
        match = pattern.fullmatch(path.name)
        if match:
            found.append(AutomaticBackup(path=path,
                                         made_at=datetime.strptime(match[1], _STAMP),
                                         size=path.stat().st_size))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def rotate(database: Path) -> list[Path]:
    """Delete the automatic backups the rotation no longer keeps (each holds the children's
    data, so none is kept longer than needed), and copies cut short long ago."""
    backups = automatic_backups(database)
    keep = backups_to_keep(b.made_at for b in backups)
    removed = [b.path for b in backups if b.made_at not in keep]
    for path in removed:
        db_copy.remove_with_sidecars(path)  # with its key file
    _remove_stale_partials(backups_folder(database))
    return removed


def _remove_stale_partials(folder: Path) -> None:
    cutoff = time.time() - STALE_PARTIAL_SECONDS
    for path in folder.glob(f"*{db_copy.PARTIAL}*"):
        if path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)


def last_backup_at(ctx: ServiceContext) -> datetime | None:
    """When the last backup of any kind was made, from the audit trail (UTC)."""
    with ctx.reading() as session:
        at = session.exec(select(func.max(AuditEntry.at))
                          .where(AuditEntry.action == BACKUP_MADE)).one()
    return None if at is None else at.replace(tzinfo=UTC)
