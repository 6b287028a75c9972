"""Backups: to any file and automatic (rotated, only when something changed), each checked
and recorded; a failed automatic backup is remembered for the next start."""

from __future__ import annotations

import errno
import json
import logging
import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desc_desktop.services import backup_status, backups, pupils
from desc_desktop.services.errors import Refused
from desc_desktop.store import db_copy


def folder_of(ctx) -> Path:
    return backup_status.backups_folder(ctx.path)


def surnames(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT legal_surname FROM pupil ORDER BY id")]
    finally:
        conn.close()


def test_back_up_to_a_chosen_file_is_checked_and_recorded(ctx, pupil_data, tmp_path,
                                                          last_audit):
    pupils.create_pupil(ctx, pupil_data())
    target = tmp_path / "usb" / "register backup.sqlite"
    made = backups.back_up_to(ctx, target)
    assert made.path == target and made.pupils == 1 and made.size == target.stat().st_size
    assert surnames(target) == ["Quillfeather"]
    entry = last_audit()
    assert entry.action == "backup.made"
    assert "register backup.sqlite" in entry.summary
    assert json.loads(entry.changes)["file"] == str(target)
    assert backups.last_backup_at(ctx) == entry.at.replace(tzinfo=backups.UTC)
    assert not list(target.parent.glob("*.partial"))


def test_the_register_itself_is_not_a_backup_target(ctx, audit_count):
    before = audit_count()
    with pytest.raises(Refused, match="register itself"):
        backups.back_up_to(ctx, ctx.path)
    assert audit_count() == before


def test_automatic_backups_only_when_something_changed(ctx, pupil_data):
    now = datetime(2026, 11, 28, 16, 0)
    first = backups.automatic_backup(ctx, now)
    assert first is not None and first.path.parent == folder_of(ctx)
    assert first.path.name == "t-2026-11-28_160000.sqlite"
    # Its own audit entry is not a change worth another backup.
    assert backups.automatic_backup(ctx, now + timedelta(minutes=5)) is None
    pupils.create_pupil(ctx, pupil_data())
    second = backups.automatic_backup(ctx, now + timedelta(minutes=10))
    assert second is not None and surnames(second.path) == ["Quillfeather"]
    # The same day: only the newest stays.
    assert [b.path for b in backups.automatic_backups(ctx.path)] == \
        [second.path]


def test_rotation_keeps_one_a_day_and_leaves_other_files_alone(ctx):
    start = datetime(2026, 11, 1, 17, 0)
    for day in range(20):
        backups.back_up_now(ctx, start + timedelta(days=day))
    folder = folder_of(ctx)
    (folder / "my notes.txt").write_text("not a backup")
    backups.back_up_now(ctx, start + timedelta(days=20))  # Sat 21/11/2026
    kept = [b.made_at.date().isoformat()
            for b in backups.automatic_backups(ctx.path)]
    # 7 days (15/11 to 21/11); the newest of 4 ISO weeks (21/11, then Sundays 15/11, 8/11
    # and 1/11); and of the month (21/11 again).
    assert kept == ["2026-11-21", "2026-11-20", "2026-11-19", "2026-11-18", "2026-11-17",
                    "2026-11-16", "2026-11-15", "2026-11-08", "2026-11-01"]
    assert (folder / "my notes.txt").exists()


def test_a_failed_automatic_backup_is_remembered_without_personal_data(ctx, monkeypatch,
                                                                       caplog):
    database = ctx.path

    def full_disk(*_args):
        raise OSError(errno.ENOSPC, "No space left on device: Quillfeather")

    monkeypatch.setattr(db_copy, "copy_database", full_disk)
    with caplog.at_level(logging.WARNING), pytest.raises(OSError):
        backups.automatic_backup(ctx)
    problem = backup_status.last_problem(database)
    assert problem is not None and problem.reason == "the disk is full"
    assert "Quillfeather" not in caplog.text and "OSError" in caplog.text
    monkeypatch.undo()
    backups.automatic_backup(ctx)
    assert backup_status.last_problem(database) is None


def test_copies_cut_short_long_ago_are_removed(ctx):
    folder = folder_of(ctx)
    folder.mkdir()
    stale = folder / "t-2026-11-01_170000.sqlite.partial"
    stale.write_bytes(b"half a copy")
    fresh = folder / "t-2026-11-28_170000.sqlite.partial"
    fresh.write_bytes(b"being written now")
    old = datetime(2026, 11, 1).timestamp()
    os.utime(stale, (old, old))
    backups.back_up_now(ctx)
    assert not stale.exists() and fresh.exists()
