"""Shared fixtures: a fresh, migrated database per test and a service context on it."""

from __future__ import annotations

import os

# Before any Qt import: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import dataclasses
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from sqlalchemy import Engine, func
from sqlmodel import Session, select

from desc_desktop.domain.register import Address, CarerInput, CarerLinkInput, PupilInput
from desc_desktop.services.context import ServiceContext, open_context
from desc_desktop.store.engine import open_database
from desc_desktop.store.tables import AuditEntry

TODAY = date(2026, 11, 28)


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
        return dataclasses.replace(base, **changes)

    return make


@pytest.fixture
def carer_data() -> Callable[..., CarerInput]:
    """A valid, fictional parent/carer living with the pupil."""

    def make(**changes) -> CarerInput:
        base = CarerInput(surname="Quillfeather", forename="Morwenna", title="Ms",
                          phone_mobile="07700 900123", email="morwenna@example.org")
        return dataclasses.replace(base, **changes)

    return make


@pytest.fixture
def link_data() -> Callable[..., CarerLinkInput]:
    def make(**changes) -> CarerLinkInput:
        return dataclasses.replace(CarerLinkInput(relationship="Mother"), **changes)

    return make
