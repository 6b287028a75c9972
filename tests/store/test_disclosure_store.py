"""The disclosure log's tables: a school's data survives the upgrade that adds them, the
database refuses to change or delete a disclosure, and deleting a pupil keeps the record."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import exc, text
from sqlmodel import Session, select

from desc_desktop.store import migrate
from desc_desktop.store.engine import make_engine, open_database
from desc_desktop.store.tables import (
    AuditEntry,
    Disclosure,
    DisclosurePupil,
    OptOut,
    Pupil,
)


def current_revision(engine) -> str:
    with engine.connect() as conn:
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one()


def test_upgrade_from_the_audit_chain_keeps_the_school_and_adds_the_log(tmp_path):
    path = tmp_path / "school.sqlite"
    engine = make_engine(path)
    migrate.upgrade_to(engine, "0004")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO pupil (id, upn, legal_surname, legal_forename, preferred_surname, "
            "preferred_forename, dob, gender, year_group, reg_group, sen_status, ldd, "
            "address_line1, address_line2, address_line3, town, county, postcode, "
            "created_at, updated_at) VALUES (3, 'B801200005001', 'Fairweather', 'Linnea', '', "
            "'', '2012-03-14', 'F', '9', '9A', 'N', 0, '4 Heron Walk', '', '', 'Tring', '', "
            "'HP23 5AA', '2026-01-05 09:00:00', '2026-01-05 09:00:00')"))
        conn.execute(text(
            "INSERT INTO opt_out (id, pupil_id, letter_id, by, carer_id, carer_name, received, "
            "method, notes, reply_by, late, recorded_at, staff_name) VALUES (1, 3, NULL, "
            "'pupil', NULL, '', '2026-11-01', 'slip', '', NULL, 0, '2026-11-01 10:00:00', "
            "'Office')"))
        conn.execute(text(
            "INSERT INTO audit_entry (id, at, staff_id, staff_name, action, entity, entity_id, "
            "pupil_id, summary, changes, hash) VALUES (1, '2026-11-01 10:00:00', NULL, "
            "'Office', 'optout.record', 'opt_out', 1, 3, 'Opt-out recorded', '{}', 'abc')"))
    engine.dispose()

    engine = open_database(path)
    try:
        assert current_revision(engine) == migrate.HEAD == "0005"
        with Session(engine) as session, session.begin():
            assert session.get(Pupil, 3).upn == "B801200005001"
            assert session.get(OptOut, 1).received == date(2026, 11, 1)
            assert session.get(AuditEntry, 1).hash == "abc"  # history kept as it was
            disclosure = Disclosure(staff_name="Office", kind="optout_list",
                                    recipient="Connexions", purpose="Opt-outs", file_name="a.csv",
                                    as_of=date(2026, 11, 28), file_format="csv", sha256="0" * 64,
                                    pupils=1)
            session.add(disclosure)
            session.flush()
            session.add(DisclosurePupil(disclosure_id=disclosure.id, pupil_id=3,
                                        pupil_name="Linnea Fairweather", fields='["name"]'))
        with Session(engine) as session:
            [row] = session.exec(select(DisclosurePupil)).all()
            assert (row.pupil_id, row.pupil_name) == (3, "Linnea Fairweather")
    finally:
        engine.dispose()


@pytest.fixture
def logged(engine) -> int:
    """One pupil in one disclosure; returns the pupil's id."""
    with Session(engine) as session, session.begin():
        pupil = Pupil(legal_surname="Ashgrove", legal_forename="Perpetua", dob=date(2012, 2, 1),
                      gender="F", year_group="9")
        disclosure = Disclosure(staff_name="Office", kind="connexions_return",
                                recipient="Connexions", purpose="Request", file_name="r.csv",
                                as_of=date(2026, 11, 28), file_format="csv", sha256="1" * 64,
                                pupils=1)
        session.add_all([pupil, disclosure])
        session.flush()
        session.add(DisclosurePupil(disclosure_id=disclosure.id, pupil_id=pupil.id,
                                    pupil_name="Perpetua Ashgrove", fields='["name"]'))
        return pupil.id


@pytest.mark.parametrize("statement", [
    "UPDATE disclosure SET recipient = 'someone else'",
    "UPDATE disclosure SET sha256 = ''",
    "DELETE FROM disclosure",
    "UPDATE disclosure_pupil SET fields = '[]'",
    "UPDATE disclosure_pupil SET pupil_name = 'Another Name'",
    "UPDATE disclosure_pupil SET pupil_id = NULL, pupil_name = 'x'",
    "DELETE FROM disclosure_pupil",
])
def test_the_database_refuses_to_change_or_delete_a_disclosure(engine, logged, statement):
    with pytest.raises(exc.IntegrityError, match="Disclosures cannot be"), \
            engine.begin() as conn:
        conn.execute(text(statement))
    with Session(engine) as session:
        [row] = session.exec(select(DisclosurePupil)).all()
        assert (row.pupil_id, row.pupil_name, row.fields) == (logged, "Perpetua Ashgrove",
                                                              '["name"]')
        assert session.exec(select(Disclosure)).one().recipient == "Connexions"


def test_deleting_a_pupil_keeps_what_was_disclosed_about_them(engine, logged):
    with Session(engine) as session, session.begin():
        session.delete(session.get(Pupil, logged))
    with Session(engine) as session:
        [row] = session.exec(select(DisclosurePupil)).all()
        assert row.pupil_id is None
        assert row.pupil_name == "Perpetua Ashgrove"
