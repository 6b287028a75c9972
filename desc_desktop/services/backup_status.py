"""A failed automatic backup, noted beside the backups so the next start can say so.

Light on purpose (no ORM): the window reads it before the register is opened.
"""

from __future__ import annotations

import errno
import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desc_desktop.store.db_copy import CopyUnusable

log = logging.getLogger(__name__)

_PROBLEM_FILE = "last-problem.txt"


@dataclass(frozen=True)
class BackupProblem:
    """The last automatic backup that did not work: when, and why in plain words."""

    at: datetime
    reason: str


def backups_folder(database: Path) -> Path:
    return database.parent / "backups"


def record_problem(database: Path, error: BaseException) -> None:
    reason = problem_reason(error)
    log.warning("Automatic backup failed: %s", type(error).__name__)
    try:
        folder = backups_folder(database)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / _PROBLEM_FILE).write_text(
            f"{datetime.now().isoformat(timespec='seconds')}\n{reason}\n", encoding="utf-8")
    except OSError:
        log.warning("The backup problem could not be noted for the next start")


def problem_reason(error: BaseException) -> str:
    """Why, in words without anyone's details (a database error's own text may quote data)."""
    if isinstance(error, CopyUnusable):
        return "the copy did not pass its checks"
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return "the disk is full"
    if isinstance(error, PermissionError):
        return "the backups folder could not be written (no permission)"
    if isinstance(error, TimeoutError):
        return "it took too long and was stopped"
    if isinstance(error, sqlite3.Error):
        return "the register could not be read"
    return f"an unexpected error ({type(error).__name__})"


def last_problem(database: Path) -> BackupProblem | None:
    try:
        at, reason = (backups_folder(database) / _PROBLEM_FILE).read_text(
            encoding="utf-8").splitlines()[:2]
        return BackupProblem(at=datetime.fromisoformat(at), reason=reason)
    except (OSError, ValueError):
        return None


def clear_problem(database: Path) -> None:
    (backups_folder(database) / _PROBLEM_FILE).unlink(missing_ok=True)
