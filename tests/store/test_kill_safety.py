"""Crash safety: real processes doing the office's work are killed (SIGKILL) at random
moments; each time the register opens, passes SQLite's integrity check, and every action is
wholly there or wholly absent, its audit entry with it.

The work (tests/store/kill_worker.py): imports of a CSV, letter runs marked as sent,
opt-outs, pupil edits, automatic backups and restores of the newest backup, in a random
order, until the kill.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from desc_desktop.services import audit, backups, demo
from desc_desktop.services.context import open_context
from desc_desktop.store import db_copy
from desc_desktop.store.engine import open_database

KILLS = 60
IMPORT_SIZE = 25  # kill_worker.IMPORT_SIZE
WORKER = Path(__file__).with_name("kill_worker.py")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="Windows has no SIGKILL (nor fork, "
                       "which the worker uses to start each run in milliseconds)"),
]


class Zygote:
    """The worker's parent process: forks a child per run, reaps it after the kill."""

    def __init__(self, errors: Path) -> None:
        self.errors = errors
        self.process = subprocess.Popen([sys.executable, str(WORKER)], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=errors.open("w"),
                                        text=True)

    def ask(self, line: str) -> str:
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline().strip()
        assert answer, f"the worker stopped: {self.errors.read_text()}"
        return answer

    def close(self) -> None:
        self.process.stdin.write("quit\n")
        self.process.stdin.close()
        self.process.wait(10)


def count(conn: sqlite3.Connection, sql: str, *args) -> int:
    return conn.execute(sql, args).fetchone()[0]


def check_whole(database: Path) -> None:
    conn = sqlite3.connect(database)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        entries = Counter(dict(conn.execute(
            "SELECT action, count(*) FROM audit_entry GROUP BY action")))
        _imports_whole(conn, entries)
        _letter_runs_whole(conn)
        assert count(conn, "SELECT count(*) FROM opt_out") == entries["optout.record"]
        assert count(conn, "SELECT count(*) FROM opt_out_withdrawal") == \
            entries["optout.withdraw"]
        _edits_whole(conn)
    finally:
        conn.close()
    engine = open_database(database)  # as the app opens it
    try:
        assert audit.verify_trail(open_context(engine)).intact
    finally:
        engine.dispose()
    for made in backups.automatic_backups(database):  # a backup's name: a whole backup
        db_copy.check_copy(made.path)


def _imports_whole(conn: sqlite3.Connection, entries: Counter) -> None:
    batches = dict(conn.execute("SELECT legal_surname, count(*) FROM pupil WHERE "
                                "legal_surname GLOB 'Killtest[0-9]*' GROUP BY legal_surname"))
    assert set(batches.values()) <= {IMPORT_SIZE}, batches
    assert len(batches) == entries["register.import"]


def _letter_runs_whole(conn: sqlite3.Connection) -> None:
    recorded = {run: json.loads(changes)["letters"] for run, changes in conn.execute(
        "SELECT entity_id, changes FROM audit_entry WHERE action = 'letters.run_sent'")}
    stored = dict(conn.execute("SELECT run_id, count(*) FROM letter GROUP BY run_id"))
    assert stored == recorded
    assert count(conn, "SELECT count(*) FROM letter_run") == len(recorded)


def _edits_whole(conn: sqlite3.Connection) -> None:
    edited = conn.execute("SELECT id, preferred_forename, preferred_surname, address_line2 "
                          "FROM pupil WHERE preferred_forename GLOB 'Kf[0-9]*'").fetchall()
    for pupil_id, forename, surname, line2 in edited:
        k = forename[2:]
        assert (surname, line2) == (f"Kx{k}", f"Flat {k}")
        (changes,) = conn.execute(
            "SELECT changes FROM audit_entry WHERE action = 'pupil.update' AND pupil_id = ? "
            "ORDER BY id DESC LIMIT 1", (pupil_id,)).fetchone()
        assert json.loads(changes)["preferred_forename"][1] == forename


def last_note(log: Path) -> str:
    lines = log.read_text().splitlines() if log.exists() else []
    if not lines or not lines[-1].startswith("S "):
        return "between actions"
    return lines[-1][2:]  # killed inside this action


def test_killed_at_random_moments_every_action_is_whole_or_absent(tmp_path):
    database = tmp_path / "school.sqlite"
    engine = open_database(database)
    demo.fill_demo(open_context(engine), pupils=60, seed=7, history=True)
    engine.dispose()
    zygote = Zygote(tmp_path / "worker-errors.txt")
    rng = random.Random(2026)
    landed: Counter[str] = Counter()
    started = time.perf_counter()
    try:
        for run in range(1, KILLS + 1):
            log = tmp_path / f"run-{run}.log"
            pid = int(zygote.ask(f"fork {database} {log} {run}"))
            time.sleep(rng.uniform(0.02, 0.5))
            os.kill(pid, signal.SIGKILL)
            status = int(zygote.ask(f"reap {pid}"))
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, \
                f"run {run} ended by itself: {zygote.errors.read_text()}"
            landed[last_note(log)] += 1
            check_whole(database)
    finally:
        zygote.close()
    done = sum(log.read_text().count("\nD ") + log.read_text().startswith("D ")
               for log in tmp_path.glob("run-*.log"))
    print(f"\n{KILLS} kills in {time.perf_counter() - started:.1f} s; {done} actions "
          f"completed; killed inside: {dict(landed)}")
    assert sum(landed.values()) == KILLS
    assert KILLS - landed["between actions"] >= KILLS // 2  # most kills cut an action short


def test_the_check_notices_an_action_half_done(tmp_path):
    database = tmp_path / "school.sqlite"
    engine = open_database(database)
    demo.fill_demo(open_context(engine), pupils=30, seed=7, history=True)
    engine.dispose()
    check_whole(database)
    conn = sqlite3.connect(database)
    conn.execute("DELETE FROM letter_pupil WHERE letter_id = (SELECT max(id) FROM letter)")
    conn.execute("DELETE FROM letter WHERE id = (SELECT max(id) FROM letter)")
    conn.commit()
    conn.close()
    with pytest.raises(AssertionError):
        check_whole(database)
