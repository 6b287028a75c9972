"""Audit entries on the hash chain: the database refuses to change or delete them, deleting
a pupil still works, and an upgraded school's existing history is chained."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import exc, text
from sqlmodel import Session, select

from desc_desktop.domain.audit_chain import GENESIS, check_chain, entry_hash
from desc_desktop.services import pupils
from desc_desktop.store import migrate
from desc_desktop.store.audit_log import (
    GUARD_TRIGGERS,
    chain_fields,
    missing_guards,
    stored_chain,
)
from desc_desktop.store.engine import make_engine, open_database
from desc_desktop.store.tables import AuditEntry, Pupil, PupilCarer


def chain_check(engine):
    with engine.connect() as conn:
        return check_chain(stored_chain(conn))


def test_each_entry_is_chained_to_the_one_before(ctx, pupil_data, engine):
    pupil_id = pupils.create_pupil(ctx, pupil_data())
    pupils.update_pupil(ctx, pupil_id, pupil_data(reg_group="6B"))
    with Session(engine) as session:
        first, second = session.exec(select(AuditEntry).order_by(AuditEntry.id)).all()
    assert (first.id, second.id) == (1, 2)
    assert first.hash == entry_hash(chain_fields(first), GENESIS)
    assert second.hash == entry_hash(chain_fields(second), first.hash)
    check = chain_check(engine)
    assert check.intact and check.entries == 2 and check.last_hash == second.hash


def test_the_guards_exist_at_head(engine):
    with engine.connect() as conn:
        assert missing_guards(conn) == []
    assert len(GUARD_TRIGGERS) == 2


@pytest.mark.parametrize("statement", [
    "UPDATE audit_entry SET summary = 'nothing happened'",
    "UPDATE audit_entry SET hash = ''",
    "DELETE FROM audit_entry",
    "DELETE FROM audit_entry WHERE id = 1",
])
def test_the_database_refuses_to_change_or_delete_an_entry(ctx, pupil_data, engine, statement):
    pupils.create_pupil(ctx, pupil_data())
    with pytest.raises(exc.IntegrityError, match="Audit entries cannot be"), \
            engine.begin() as conn:
        conn.execute(text(statement))
    assert chain_check(engine).intact


def test_the_orm_cannot_change_or_delete_an_entry_either(ctx, pupil_data, engine):
    pupils.create_pupil(ctx, pupil_data())
    with pytest.raises(exc.IntegrityError), Session(engine) as session, session.begin():
        session.exec(select(AuditEntry)).one().summary = "edited"
    with pytest.raises(exc.IntegrityError), Session(engine) as session, session.begin():
        session.delete(session.exec(select(AuditEntry)).one())
    with Session(engine) as session:
        assert session.exec(select(AuditEntry)).one().summary == "Pupil added"


def test_deleting_a_pupil_still_works_and_keeps_its_history(ctx, pupil_data, carer_data,
                                                           link_data, engine, count_rows):
    from desc_desktop.services import carers

    pupil_id = pupils.create_pupil(ctx, pupil_data())
    carers.add_carer(ctx, pupil_id, carer_data(), link_data())
    pupils.delete_pupil(ctx, pupil_id)
    assert count_rows(Pupil) == 0 and count_rows(PupilCarer) == 0
    with Session(engine) as session:
        actions = [e.action for e in session.exec(select(AuditEntry).where(
            AuditEntry.pupil_id == pupil_id).order_by(AuditEntry.id))]
    assert actions == ["pupil.create", "carer.add", "pupil.delete"]
    assert chain_check(engine).intact


def test_a_plain_delete_of_a_pupil_cascades_past_the_audit_trail(ctx, pupil_data, engine):
    pupil_id = pupils.create_pupil(ctx, pupil_data())
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM pupil WHERE id = :id"), {"id": pupil_id})
        # Audit entries name the pupil by id only: no foreign key, nothing to cascade.
        keys = conn.exec_driver_sql("PRAGMA foreign_key_list(audit_entry)").fetchall()
    assert {row[2] for row in keys} == {"staff_member"}
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM audit_entry").scalar_one() == 1


def _insert_old_entry(conn, n: int, at: str, changes: str) -> None:
    conn.execute(text(
        "INSERT INTO audit_entry (id, at, staff_id, staff_name, action, entity, entity_id, "
        "pupil_id, summary, changes) VALUES (:id, :at, 1, 'Office', 'pupil.update', 'pupil', "
        "3, 3, 'Pupil details changed', :changes)"), {"id": n, "at": at, "changes": changes})


def test_upgrading_chains_the_history_a_school_already_has(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    migrate.upgrade_to(engine, "0003")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO staff_member (id, name, role, active) "
                          "VALUES (1, 'Office', 'administrator', 1)"))
        _insert_old_entry(conn, 1, "2026-09-01 08:00:00.000000", '{"town": ["Tring", "Bury"]}')
        _insert_old_entry(conn, 2, "2026-09-02 08:00:00", '{"reg_group": ["9A", "9B"]}')
        _insert_old_entry(conn, 5, "2026-10-11 14:30:00.250000", "{}")
    engine.dispose()

    engine = open_database(path)
    try:
        assert migrate.read_revision(path) == migrate.HEAD
        check = chain_check(engine)
        assert check.intact and check.entries == 3
        with Session(engine) as session:
            rows = session.exec(select(AuditEntry).order_by(AuditEntry.id)).all()
            assert [r.changes for r in rows][:2] == ['{"town": ["Tring", "Bury"]}',
                                                     '{"reg_group": ["9A", "9B"]}']
            assert all(len(r.hash) == 64 for r in rows)
        with engine.connect() as conn:
            assert missing_guards(conn) == []
        with pytest.raises(exc.IntegrityError), engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_entry WHERE id = 2"))
        # New entries continue the same chain.
        from desc_desktop.services.context import open_context

        pupils_ctx = open_context(engine)
        pupils.create_pupil(pupils_ctx, _fictional_pupil())
        check = chain_check(engine)
        assert check.intact and check.entries == 4
        with Session(engine) as session:
            assert session.exec(select(AuditEntry.id).order_by(AuditEntry.id.desc())).first() == 6
    finally:
        engine.dispose()


def test_the_chain_upgrade_can_be_undone(tmp_path):
    engine = make_engine(tmp_path / "t.sqlite")
    try:
        migrate.upgrade_to(engine, "head")
        from alembic import command

        command.downgrade(migrate.alembic_config(engine), "0003")
        with engine.begin() as conn:
            assert missing_guards(conn) == list(GUARD_TRIGGERS)
            columns = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(audit_entry)")}
            assert "hash" not in columns
    finally:
        engine.dispose()


def _fictional_pupil():
    from desc_desktop.domain.register import PupilInput

    return PupilInput(legal_surname="Brackenridge", legal_forename="Odalys",
                      dob=date(2013, 5, 2), gender="F", year_group="9")
