"""The database file: migrations, pragmas, and the constraints SQLite enforces itself."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import exc, text
from sqlmodel import Session, SQLModel, select

from desc_desktop.store import migrate
from desc_desktop.store.engine import make_engine, open_database
from desc_desktop.store.tables import Carer, Pupil, PupilCarer


def head_revision() -> str:
    return ScriptDirectory.from_config(migrate.alembic_config()).get_current_head()


def current_revision(engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- reaching head ------------------------------------------------------------------------


def test_new_file_is_migrated_to_head(tmp_path):
    path = tmp_path / "new" / "school.sqlite"
    engine = open_database(path)
    try:
        assert path.exists()
        assert current_revision(engine) == head_revision()
        state = migrate.schema_state(migrate.read_revision(path))
        assert not state.needs_upgrade and not state.too_new
    finally:
        engine.dispose()


def test_migrated_schema_matches_the_tables(engine):
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        differences = compare_metadata(context, SQLModel.metadata)
    assert differences == []


def test_every_table_exists(engine):
    with engine.connect() as conn:
        names = {row[0] for row in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert set(SQLModel.metadata.tables) <= names


def test_reopening_keeps_data_and_makes_no_backup(tmp_path):
    path = tmp_path / "t.sqlite"
    engine = open_database(path)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO setting (key, value) VALUES ('theme', 'plain')"))
    engine.dispose()
    engine = open_database(path)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT value FROM setting")).scalar_one() == "plain"
    finally:
        engine.dispose()
    assert not [p for p in tmp_path.iterdir() if "before-upgrade" in p.name]


# --- pragmas ------------------------------------------------------------------------------


def test_foreign_keys_on_and_wal_on_every_connection(engine):
    for _ in range(2):
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
    engine.dispose()  # new pooled connections are configured too
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1


def test_wal_is_recorded_in_the_file(tmp_path):
    path = tmp_path / "t.sqlite"
    open_database(path).dispose()
    plain = sqlite3.connect(path)
    try:
        assert plain.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        plain.close()


# --- a newer database ---------------------------------------------------------------------


def test_database_from_a_newer_version_is_refused_unchanged(tmp_path):
    path = tmp_path / "t.sqlite"
    engine = open_database(path)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO setting (key, value) VALUES ('theme', 'plain')"))
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    engine.dispose()
    before_files = sorted(p.name for p in tmp_path.iterdir())
    before = digest(path)

    with pytest.raises(migrate.DatabaseTooNew, match="newer version"):
        open_database(path)

    assert digest(path) == before
    # A read-only look may leave SQLite's own -wal/-shm sidecars; no other file may appear.
    after_files = sorted(p.name for p in tmp_path.iterdir()
                         if not p.name.endswith(("-wal", "-shm")))
    assert after_files == before_files
    plain = sqlite3.connect(path)
    try:
        assert plain.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("9999_from_the_future",)]
    finally:
        plain.close()


def test_schema_state_of_unknown_revision_is_too_new(engine):
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff'"))
    state = migrate.schema_state(migrate.read_revision(Path(engine.url.database)))
    assert state.too_new
    assert not state.needs_upgrade


# --- upgrading keeps data -----------------------------------------------------------------


def test_upgrade_from_first_revision_to_head_keeps_data(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    migrate.upgrade_to(engine, "0001")
    assert current_revision(engine) == "0001"
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO pupil (id, upn, legal_surname, legal_forename, preferred_surname, "
            "preferred_forename, dob, gender, year_group, reg_group, sen_status, ldd, "
            "address_line1, address_line2, address_line3, town, county, postcode, "
            "created_at, updated_at) VALUES (1, 'B801200005001', 'Fairweather', 'Linnea', '', "
            "'', '2015-03-14', 'F', '6', '6A', 'N', 0, '4 Heron Walk', '', '', 'Tring', '', "
            "'HP23 5AA', '2026-01-05 09:00:00', '2026-01-05 09:00:00')"))
        conn.execute(text(
            "INSERT INTO carer (id, title, forename, surname, same_address_as_pupil, phone_home, "
            "phone_mobile, phone_work, email, address_line1, address_line2, address_line3, town, "
            "county, postcode) VALUES (7, 'Mr', 'Anselm', 'Fairweather', 1, '', '', '', "
            "'anselm@example.org', '', '', '', '', '', '')"))
        conn.execute(text(
            "INSERT INTO pupil_carer (pupil_id, carer_id, relationship, parental_responsibility, "
            "receives_correspondence, priority, no_contact, no_contact_note) "
            "VALUES (1, 7, 'Father', 1, 1, 2, '', '')"))
    engine.dispose()

    engine = open_database(path)
    try:
        assert current_revision(engine) == head_revision()
        with Session(engine) as session:
            pupil = session.get(Pupil, 1)
            assert (pupil.legal_forename, pupil.legal_surname) == ("Linnea", "Fairweather")
            assert pupil.upn == "B801200005001"
            assert pupil.dob == date(2015, 3, 14)
            assert pupil.postcode == "HP23 5AA"
            assert session.get(Carer, 7).email == "anselm@example.org"
            link = session.get(PupilCarer, (1, 7))
            assert (link.relationship, link.priority) == ("Father", 2)
    finally:
        engine.dispose()


# --- constraints enforced by SQLite -------------------------------------------------------


def add_family(engine) -> tuple[int, int]:
    with Session(engine) as session, session.begin():
        pupil = Pupil(legal_surname="Ashgrove", legal_forename="Perpetua", dob=date(2016, 2, 1),
                      gender="F", year_group="5", upn="B801200005001")
        carer = Carer(surname="Ashgrove", forename="Leofric")
        session.add_all([pupil, carer])
        session.flush()
        session.add(PupilCarer(pupil_id=pupil.id, carer_id=carer.id))
        return pupil.id, carer.id


def count(conn, table: str) -> int:
    return conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()


def test_deleting_a_pupil_cascades_to_its_links(engine):
    pupil_id, _carer_id = add_family(engine)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM pupil WHERE id = :id"), {"id": pupil_id})
    with engine.connect() as conn:
        assert count(conn, "pupil_carer") == 0
        assert count(conn, "carer") == 1  # the carer itself is the service layer's business


def test_a_linked_carer_cannot_be_deleted(engine):
    _pupil_id, carer_id = add_family(engine)
    with pytest.raises(exc.IntegrityError, match="FOREIGN KEY"), engine.begin() as conn:
        conn.execute(text("DELETE FROM carer WHERE id = :id"), {"id": carer_id})
    with engine.connect() as conn:
        assert count(conn, "carer") == 1
        assert count(conn, "pupil_carer") == 1


def test_a_link_to_a_missing_pupil_is_refused(engine):
    _pupil_id, carer_id = add_family(engine)
    with pytest.raises(exc.IntegrityError, match="FOREIGN KEY"), engine.begin() as conn:
        conn.execute(text("INSERT INTO pupil_carer (pupil_id, carer_id, relationship, "
                          "parental_responsibility, receives_correspondence, priority, "
                          "no_contact, no_contact_note) VALUES (999, :c, '', 1, 1, 1, '', '')"),
                     {"c": carer_id})


def test_upn_is_unique_in_the_database(engine):
    add_family(engine)
    with pytest.raises(exc.IntegrityError, match="UNIQUE"), Session(engine) as session, \
            session.begin():
        session.add(Pupil(legal_surname="Thornbury", legal_forename="Caspian",
                          dob=date(2016, 7, 9), gender="M", year_group="5",
                          upn="B801200005001"))
    with engine.connect() as conn:
        assert count(conn, "pupil") == 1


def test_many_pupils_may_have_no_upn(engine):
    with Session(engine) as session, session.begin():
        for forename in ("Caspian", "Rosalind", "Evander"):
            session.add(Pupil(legal_surname="Thornbury", legal_forename=forename,
                              dob=date(2016, 7, 9), gender="U", year_group="5", upn=None))
    with engine.connect() as conn:
        assert count(conn, "pupil") == 3


def test_newer_database_in_rollback_journal_mode_is_refused_unchanged(tmp_path):
    path = tmp_path / "t.sqlite"
    open_database(path).dispose()
    plain = sqlite3.connect(path)
    try:
        plain.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        plain.commit()
        assert plain.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    finally:
        plain.close()
    before = digest(path)

    with pytest.raises(migrate.DatabaseTooNew):
        open_database(path)

    assert digest(path) == before


def test_upgrade_from_letter_runs_to_opt_outs_keeps_the_letters(tmp_path):
    from desc_desktop.store.tables import Letter, LetterPupil, LetterRun, OptOut

    path = tmp_path / "letters.sqlite"
    engine = make_engine(path)
    migrate.upgrade_to(engine, "0002")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO pupil (id, upn, legal_surname, legal_forename, preferred_surname, "
            "preferred_forename, dob, gender, year_group, reg_group, sen_status, ldd, "
            "address_line1, address_line2, address_line3, town, county, postcode, "
            "created_at, updated_at) VALUES (3, 'B801200005001', 'Fairweather', 'Linnea', '', "
            "'', '2012-03-14', 'F', '9', '9A', 'N', 0, '4 Heron Walk', '', '', 'Tring', '', "
            "'HP23 5AA', '2026-01-05 09:00:00', '2026-01-05 09:00:00')"))
        conn.execute(text(
            "INSERT INTO letter_template (id, version, content, created_at, staff_name) "
            "VALUES (1, 1, '{}', '2026-10-01 08:00:00', 'Office')"))
        conn.execute(text(
            "INSERT INTO letter_run (id, issue_date, delivery, received_on, reply_by, "
            "template_version, sent_at, staff_name) VALUES (1, '2026-10-12', 'hand', "
            "'2026-10-12', '2026-11-09', 1, '2026-10-12 15:00:00', 'Office')"))
        conn.execute(text(
            "INSERT INTO letter (id, run_id, reference, to_pupil, addressees, address, "
            "issue_date, reply_by, reissue_of) VALUES (5, 1, 'R001-0001', 0, "
            "'Mr Anselm Fairweather', '[\"4 Heron Walk\"]', '2026-10-12', '2026-11-09', NULL)"))
        conn.execute(text(
            "INSERT INTO letter_pupil (letter_id, pupil_id, covered, slip) "
            "VALUES (5, 3, 1, 'R001-0001-1')"))
    engine.dispose()

    engine = open_database(path)
    try:
        assert current_revision(engine) == head_revision() == migrate.HEAD
        with Session(engine) as session, session.begin():
            assert session.get(LetterRun, 1).reply_by == date(2026, 11, 9)
            letter = session.get(Letter, 5)
            assert (letter.reference, letter.addressees) == ("R001-0001", "Mr Anselm Fairweather")
            assert session.get(LetterPupil, (5, 3)).slip == "R001-0001-1"
            assert session.get(Pupil, 3).legal_forename == "Linnea"
            session.add(OptOut(pupil_id=3, letter_id=5, by="parent", received=date(2026, 11, 1),
                               method="slip", reply_by=date(2026, 11, 9)))
        with Session(engine) as session:
            [opt_out] = session.exec(select(OptOut)).all()
            assert (opt_out.pupil_id, opt_out.letter_id, opt_out.late) == (3, 5, False)
    finally:
        engine.dispose()
