"""Plain file operations the register's files share (no SQLite, no SQLCipher: the key file's
code uses them too, before either is loaded)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

SQLITE_SIDECARS = ("-wal", "-shm", "-journal")


def remove_with_sidecars(path: Path, *also: str) -> None:
    """The database file and its SQLite sidecars, and the files named with the `also`
    suffixes (e.g. its key file); missing ones are no error."""
    for suffix in ("", *SQLITE_SIDECARS, *also):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
