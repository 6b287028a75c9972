"""One copy of the app at a time on a register: the lock file beside the database."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest

from desc_desktop.store import register_lock
from desc_desktop.store.errors import RegisterInUse

HOLDER = """
import sys, time
from pathlib import Path
from desc_desktop.store import register_lock
register_lock.acquire(Path(sys.argv[1]))
print("held", flush=True)
time.sleep(60)
"""


@pytest.fixture(autouse=True)
def _release() -> Iterator[None]:
    yield
    register_lock.release_all()


def test_a_second_holder_in_the_same_process_is_refused_until_release(tmp_path):
    import sqlite3

    database = tmp_path / "school.sqlite"
    register_lock.acquire(database)
    assert register_lock.held_here(database)
    # Another connection, as a second copy of the app would make it.
    other = sqlite3.connect(register_lock.lock_path(database), timeout=0)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        other.execute("BEGIN EXCLUSIVE")
    other.close()
    register_lock.release(database)
    assert not register_lock.held_here(database)
    register_lock.acquire(database)  # free again
    assert register_lock.lock_path(database).exists()


def test_acquiring_twice_in_one_process_is_harmless(tmp_path):
    database = tmp_path / "school.sqlite"
    register_lock.acquire(database)
    register_lock.acquire(database)
    with register_lock.exclusive(database):
        pass
    assert register_lock.held_here(database)  # still the window's


def test_another_process_holding_the_lock_refuses_this_one_until_it_dies(tmp_path):
    database = tmp_path / "school.sqlite"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(database)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(RegisterInUse, match="already has this register open"):
            register_lock.acquire(database)
        with pytest.raises(RegisterInUse), register_lock.exclusive(database):
            pass
        assert not register_lock.held_here(database)
    finally:
        holder.kill()  # a crash: the system drops the lock, nothing is left stale
        holder.wait(10)
    register_lock.acquire(database)
    assert register_lock.held_here(database)


def test_exclusive_takes_and_gives_back_the_lock(tmp_path):
    database = tmp_path / "school.sqlite"
    with register_lock.exclusive(database):
        assert register_lock.held_here(database)
    assert not register_lock.held_here(database)
