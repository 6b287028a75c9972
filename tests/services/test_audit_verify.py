"""Checking the audit trail after someone edited the file behind the app's back."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desc_desktop.domain.audit_chain import ChainFields, entry_hash
from desc_desktop.services import audit, pupils


@pytest.fixture
def history(ctx, pupil_data) -> int:
    """Five entries: a pupil added, then four changes of form."""
    pupil_id = pupils.create_pupil(ctx, pupil_data())
    for form in ("6B", "6C", "6D", "6E"):
        pupils.update_pupil(ctx, pupil_id, pupil_data(reg_group=form))
    return pupil_id


def tamper(ctx, *statements: str, restore_guards: bool = False) -> None:
    """As an attacker with the file would: sqlite3, guards dropped first."""
    conn = sqlite3.connect(Path(ctx.engine.url.database))
    try:
        guards = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                              "AND tbl_name = 'audit_entry'").fetchall()
        for name, _sql in guards:
            conn.execute(f"DROP TRIGGER {name}")
        for statement in statements:
            conn.execute(statement)
        if restore_guards:
            for _name, sql in guards:
                conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def iso(moment: datetime) -> str:
    return moment.isoformat()


def test_an_untouched_trail_verifies(ctx, history):
    check = audit.verify_trail(ctx)
    assert check.intact and check.entries == 5 and len(check.last_hash) == 64
    assert audit.describe_check(check, iso) == "5 entries, chain intact."


def test_an_empty_trail_verifies(ctx):
    check = audit.verify_trail(ctx)
    assert check.intact and check.entries == 0


def test_an_edited_entry_is_named_by_number_and_time(ctx, history, engine):
    with engine.connect() as conn:
        at = conn.exec_driver_sql("SELECT at FROM audit_entry WHERE id = 3").scalar_one()
    tamper(ctx, """UPDATE audit_entry SET changes = '{"reg_group": ["6B", "6Z"]}' WHERE id = 3""",
           restore_guards=True)
    check = audit.verify_trail(ctx)
    assert not check.intact and check.guards_missing == ()
    assert check.broken_entry == 3 and check.entries == 5
    assert check.broken_at == datetime.fromisoformat(at).replace(tzinfo=UTC)
    text = audit.describe_check(check, iso)
    assert "broken at entry 3 (" + check.broken_at.isoformat() + ")" in text
    assert "6Z" not in text and "6B" not in text


def test_guards_dropped_and_left_off_are_reported(ctx, history):
    tamper(ctx, "DELETE FROM audit_entry WHERE id = 2")
    check = audit.verify_trail(ctx)
    assert check.broken_entry == 3 and check.entries == 4
    assert set(check.guards_missing) == {"audit_entry_no_update", "audit_entry_no_delete"}
    assert "protection of the audit trail has been removed" in audit.describe_check(check, iso)


def test_guards_dropped_alone_still_fail_the_check(ctx, history):
    tamper(ctx)
    check = audit.verify_trail(ctx)
    assert check.broken_entry is None and not check.intact


def test_an_edit_with_its_own_hash_recomputed_breaks_at_the_next_entry(ctx, history, engine):
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT id, at, staff_id, staff_name, action, entity, entity_id, pupil_id, summary, "
            "changes, hash FROM audit_entry WHERE id IN (1, 2) ORDER BY id").fetchall()
    forged = ChainFields(*rows[1][:9], changes="{}")
    new_hash = entry_hash(forged, rows[0][-1])
    tamper(ctx, f"UPDATE audit_entry SET changes = '{{}}', hash = '{new_hash}' WHERE id = 2",
           restore_guards=True)
    assert audit.verify_trail(ctx).broken_entry == 3


def test_a_forged_last_entry_is_caught(ctx, history):
    tamper(ctx, "INSERT INTO audit_entry (id, at, staff_id, staff_name, action, entity, "
                "entity_id, pupil_id, summary, changes, hash) VALUES (6, '2026-11-28 10:00:00',"
                " 1, 'Office', 'pupil.update', 'pupil', 1, 1, 'Pupil details changed', '{}', "
                f"'{'a' * 64}')", restore_guards=True)
    check = audit.verify_trail(ctx)
    assert (check.broken_entry, check.entries) == (6, 6)


def test_a_damaged_time_is_reported_without_failing(ctx, history):
    tamper(ctx, "UPDATE audit_entry SET at = 'yesterday' WHERE id = 4", restore_guards=True)
    check = audit.verify_trail(ctx)
    assert check.broken_entry == 4 and check.broken_at is None
    assert "its time is unreadable" in audit.describe_check(check, iso)


def test_progress_is_reported_and_can_stop_the_check(ctx, history):
    seen: list[tuple[int, int]] = []
    audit.verify_trail(ctx, on_progress=lambda done, total: seen.append((done, total)), every=2)
    assert seen == [(2, 5), (4, 5), (5, 5)]

    class Stop(Exception):
        pass

    def stop(_done: int, _total: int) -> None:
        raise Stop

    with pytest.raises(Stop):
        audit.verify_trail(ctx, on_progress=stop, every=1)
