"""Shared fixtures: a fresh, migrated database per test and a service context on it."""

from __future__ import annotations

import os

# Before any Qt import: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import dataclasses
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, func
from sqlmodel import Session, select

from desc_desktop.domain.register import Address, CarerInput, CarerLinkInput, PupilInput
from desc_desktop.security import keys
from desc_desktop.services.context import ServiceContext, open_context, open_register
from desc_desktop.store import cipher
from desc_desktop.store.engine import open_database
from desc_desktop.store.tables import AuditEntry

TODAY = date(2026, 11, 28)
TEST_KDF = keys.KdfParams(memory_kib=64, iterations=1, lanes=1)
STAFF_PASSWORD = "test-password-1"
ADMIN_NAME = "Ada Admin"


@pytest.fixture(autouse=True, scope="session")
def _cheap_key_derivation() -> Iterator[None]:
    """Argon2id at its real cost (128 MiB, 4 passes) adds 0.2 s to every login and
    account change: the tests check what slots do, benchmarks/ what they cost."""
    previous = keys.use_kdf(TEST_KDF)
    yield
    keys.use_kdf(previous)


@pytest.fixture(autouse=True)
def _forget_keys() -> Iterator[None]:
    """Keys this process has opened are remembered by file (store/cipher.py): per test."""
    yield
    cipher.forget_all()


@pytest.fixture
def staff_login(monkeypatch) -> Callable[[str], None]:
    """Set DESC_USER and DESC_PASSWORD (the command line's login) for `name`."""

    def log_in_as(name: str = ADMIN_NAME, password: str = STAFF_PASSWORD) -> None:
        monkeypatch.setenv("DESC_USER", name)
        monkeypatch.setenv("DESC_PASSWORD", password)

    return log_in_as


@pytest.fixture(autouse=True, scope="session")
def _private_user_folders(tmp_path_factory) -> Iterator[None]:
    """Keep tests away from the developer's own data, logs and window settings."""
    home = tmp_path_factory.mktemp("user")
    saved = {k: os.environ.get(k) for k in ("XDG_DATA_HOME", "XDG_STATE_HOME",
                                             "XDG_CONFIG_HOME", "LOCALAPPDATA", "DESC_DB")}
    os.environ.update(XDG_DATA_HOME=str(home / "data"), XDG_STATE_HOME=str(home / "state"),
                      XDG_CONFIG_HOME=str(home / "config"), LOCALAPPDATA=str(home / "local"))
    os.environ.pop("DESC_DB", None)
    yield
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture
def new_register(staff_login) -> Callable[[Path], Path]:
    """A new encrypted register at `path` whose administrator is ADMIN_NAME (as made by
    `init`); DESC_USER and DESC_PASSWORD then log the command line in as them."""
    from desc_desktop.services import access

    def make(path: Path) -> Path:
        path = Path(path)
        made = access.set_up_administrator(path, ADMIN_NAME, STAFF_PASSWORD, STAFF_PASSWORD)
        made.ctx.engine.dispose()
        staff_login()
        return path

    return make


@pytest.fixture
def plain_register() -> Callable[[Path], Path]:
    """A register made before staff accounts (not encrypted), as every school has one."""

    def make(path: Path) -> Path:
        open_register(Path(path)).engine.dispose()
        return Path(path)

    return make


@pytest.fixture
def open_logged_in() -> Iterator[Callable[[Path], ServiceContext]]:
    """The register at `path` opened as its administrator (no login entry recorded), with
    today fixed; closed after the test."""
    from desc_desktop.services import access

    opened: list[ServiceContext] = []

    def open_(path: Path, name: str = ADMIN_NAME,
              password: str = STAFF_PASSWORD) -> ServiceContext:
        ctx = access.log_in_and_open(Path(path), name, password, how=None,
                                     today=lambda: TODAY)
        opened.append(ctx)
        return ctx

    yield open_
    for ctx in opened:
        ctx.engine.dispose()


@pytest.fixture
def engine(tmp_path) -> Iterator[Engine]:
    engine = open_database(tmp_path / "t.sqlite")
    yield engine
    engine.dispose()


@pytest.fixture
def ctx(engine: Engine) -> ServiceContext:
    return dataclasses.replace(open_context(engine), today=lambda: TODAY)


@pytest.fixture
def count_rows(engine: Engine) -> Callable[[type], int]:
    """How many rows a table holds right now, read on a fresh session."""

    def count(table: type) -> int:
        with Session(engine) as session:
            return session.exec(select(func.count()).select_from(table)).one()

    return count


@pytest.fixture
def audit_count(count_rows) -> Callable[[], int]:
    return lambda: count_rows(AuditEntry)


@pytest.fixture
def last_audit(engine: Engine) -> Callable[[], AuditEntry]:
    """The newest audit_entry row, detached from its session."""

    def newest() -> AuditEntry:
        with Session(engine) as session:
            row = session.exec(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
            assert row is not None, "no audit entry was written"
            session.expunge(row)
            return row

    return newest


@pytest.fixture
def pupil_data() -> Callable[..., PupilInput]:
    """A valid, fictional pupil; keyword arguments replace any field."""

    def make(**changes) -> PupilInput:
        base = PupilInput(
            legal_surname="Quillfeather",
            legal_forename="Tamsin",
            dob=date(2015, 3, 14),
            gender="F",
            year_group="6",
            reg_group="6A",
            admission_date=date(2019, 9, 4),
            address=Address(line1="12 Larkspur Row", town="Hemel Hempstead", postcode="HP1 1AA"),
        )
        return base._replace(**changes)

    return make


@pytest.fixture
def carer_data() -> Callable[..., CarerInput]:
    """A valid, fictional parent/carer living with the pupil."""

    def make(**changes) -> CarerInput:
        base = CarerInput(surname="Quillfeather", forename="Morwenna", title="Ms",
                          phone_mobile="07700 900123", email="morwenna@example.org")
        return base._replace(**changes)

    return make


@pytest.fixture
def link_data() -> Callable[..., CarerLinkInput]:
    def make(**changes) -> CarerLinkInput:
        return CarerLinkInput(relationship="Mother")._replace(**changes)

    return make
