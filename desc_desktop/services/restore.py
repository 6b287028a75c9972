"""Restoring a backup: checked first, the register kept aside, then put back whole.

The chosen file is copied into a working copy beside the backups (the file itself is only
read), checked (opens, SQLite's integrity check, a schema this version knows), upgraded if
an older version made it, and given the restore's audit entry. Only then is the register
kept aside (a timestamped copy beside it) and replaced, in one SQLite transaction: the
register is never half restored, and the restore is never without its audit entry.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desc_desktop.security import keyring
from desc_desktop.services.backup_status import backups_folder
from desc_desktop.services.backups import RESTORED
from desc_desktop.services.context import Actor, ServiceContext, default_actor
from desc_desktop.services.errors import Refused
from desc_desktop.store import cipher, db_copy, migrate, register_lock
from desc_desktop.store.engine import make_engine, prune_copies

ASIDE_LABEL = "before-restore"
KEEP_ASIDE = 3
_STAGING_PREFIX = ".restoring-"
_STALE_SECONDS = 3600


@dataclass(frozen=True)
class BackupContents:
    """What a backup holds, to show before restoring it: no one's details."""

    file: Path
    file_date: datetime
    """The file's own date (local time): when the backup was written, unless moved since."""
    last_change_at: datetime | None
    """The newest audit entry in it (UTC): the register as it was then."""
    pupils: int
    pupils_on_roll: int
    revision: str
    needs_upgrade: bool


@dataclass(frozen=True)
class Restored:
    contents: BackupContents
    kept_aside: Path | None
    seconds: float


def inspect_backup(database: Path, backup: Path) -> BackupContents:
    """Check a backup and say what it holds. Raises CopyUnusable (a CANNOT_OPEN error)
    saying why it cannot be restored."""
    with _staging(database) as staged:
        return _stage_and_check(backup, staged)


def restore_backup(database: Path, backup: Path, actor: Actor | None = None) -> Restored:
    """Replace the register at `database` with the backup, keeping the register aside first.

    `actor` is who restores (the audit entry's); the register's default account if none
    (a register without staff accounts). Holds the register's lock (refused with
    RegisterInUse while another copy of the app has it open). A window restoring its own
    register must have closed its connections first.
    """
    if actor is None and keyring.exists(database):
        # Only a register without staff accounts is restored with no one logged in.
        raise Refused("Log in as an administrator to restore a backup over this register.")
    if actor is not None and not actor.is_admin:
        raise Refused(f"Only an administrator can restore a backup. You are logged in as "
                      f"{actor.name} (office): ask an administrator to do it.")
    started = time.perf_counter()
    with register_lock.exclusive(database), _staging(database) as staged:
        contents = _stage_and_check(backup, staged)
        aside = db_copy.keep_aside(database, ASIDE_LABEL)
        prune_copies(database, ASIDE_LABEL, keep=KEEP_ASIDE)
        _upgrade_and_record(staged, contents, aside, actor)
        db_copy.make_self_contained(staged)
        db_copy.check_copy(staged)
        db_copy.restore_into(database, staged)
    return Restored(contents=contents, kept_aside=aside,
                    seconds=time.perf_counter() - started)


def _stage_and_check(backup: Path, staged: Path) -> BackupContents:
    if not backup.is_file():
        raise db_copy.CopyUnusable(f"There is no file {backup.name} to restore.")
    db_copy.stage_copy(backup, staged)
    check = db_copy.check_copy(staged)
    return BackupContents(
        file=backup, file_date=datetime.fromtimestamp(backup.stat().st_mtime),
        last_change_at=check.last_change_at, pupils=check.pupils,
        pupils_on_roll=check.pupils_on_roll, revision=check.revision,
        needs_upgrade=check.needs_upgrade)


def _upgrade_and_record(staged: Path, contents: BackupContents, aside: Path | None,
                        actor: Actor | None) -> None:
    engine = make_engine(staged, cipher.key_for(staged))
    try:
        if contents.needs_upgrade:
            migrate.upgrade_to_head(engine)
        if actor is not None:
            _keep_account(engine, actor)
        ctx = ServiceContext(engine=engine, actor=actor or default_actor(engine))
        with ctx.unit_of_work(RESTORED, "backup") as uow:
            uow.record(summary=f"Register restored from a backup: {contents.file.name}",
                       changes=_restore_changes(contents, aside))
    finally:
        engine.dispose()


def _keep_account(engine, actor: Actor) -> None:
    """The account restoring, in a backup made before it was added: its entry needs it, and
    so does its next login (ids are never reused: a removed account stays, inactive)."""
    from sqlmodel import Session

    from desc_desktop.store.tables import StaffMember

    with Session(engine) as session, session.begin():
        if actor.staff_id is not None and session.get(StaffMember, actor.staff_id) is None:
            session.add(StaffMember(id=actor.staff_id, name=actor.name,
                                    role=actor.role.value, active=True))


def _restore_changes(contents: BackupContents, aside: Path | None) -> dict:
    changes: dict = {"file": str(contents.file), "pupils": contents.pupils,
                     "kept aside as": aside.name if aside else "nothing (no register yet)"}
    if contents.last_change_at is not None:
        changes["latest change in the backup"] = contents.last_change_at.isoformat(
            timespec="seconds")
    if contents.needs_upgrade:
        changes["upgraded from schema"] = contents.revision
    return changes


@contextmanager
def _staging(database: Path) -> Iterator[Path]:
    folder = backups_folder(database)
    folder.mkdir(parents=True, exist_ok=True)
    _remove_stale_staging(folder)
    staged = folder / f"{_STAGING_PREFIX}{os.getpid()}.sqlite"
    db_copy.remove_with_sidecars(staged)
    try:
        yield staged
    finally:
        db_copy.remove_with_sidecars(staged)


def _remove_stale_staging(folder: Path) -> None:
    """Working copies left by a restore that was cut short (a power cut): they hold the
    children's data, so they do not stay."""
    cutoff = time.time() - _STALE_SECONDS
    for path in folder.glob(f"{_STAGING_PREFIX}*"):
        if path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)
