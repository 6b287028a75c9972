"""The process the kill test kills: a parent that has imported everything once, and forks a
child for each run, which does the office's work on the register until it is killed.

Run as a script by tests/store/test_kill_safety.py (POSIX only: it forks). Commands on
stdin, one a line: `fork DB LOG SEED` (answers the child's pid), `reap PID` (answers its
wait status), `quit`.
Forking from this single-threaded parent makes each child start in milliseconds with the
app already imported, so a kill can land anywhere in the work, not in Python's start-up.

The child notes `S action` before and `D action` after each action in LOG (R: refused by
the rules, which changes nothing), so the test can tell how many kills landed mid-action.
"""

from __future__ import annotations

import dataclasses
import os
import random
import sqlite3
import sys
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import configure_mappers

from desc_desktop.domain.errors import ValidationFailed
from desc_desktop.domain.optouts.rules import Method
from desc_desktop.domain.optouts.status import OptOutBy
from desc_desktop.services import (
    backups,
    import_files,
    importing,
    letter_runs,
    letters,
    optouts,
    pupils,
    restore,
)
from desc_desktop.services.context import ServiceContext, open_context
from desc_desktop.services.errors import NotFound, Refused
from desc_desktop.store.engine import open_database

TODAY = date(2026, 11, 28)
IMPORT_SIZE = 25
FORENAMES = ("Tamsin", "Kit", "Bryony", "Ewan", "Ada", "Idris", "Morwenna", "Piran")
HEADINGS = ["Legal Surname", "Legal Forename", "Date of Birth", "Gender", "Year Group",
            "Reg Group", "Admission Date", "Address 1", "Town", "Postcode",
            "Contact 1 Forename", "Contact 1 Surname", "Contact 1 Relationship"]


def batch_surname(k: int) -> str:
    return f"Killtest{k:06d}"


def import_batch(ctx: ServiceContext, rng: random.Random, k: int, work: Path) -> None:
    """A CSV of IMPORT_SIZE fictional new pupils, all sharing this batch's surname."""
    surname = batch_surname(k)
    lines = [",".join(HEADINGS)]
    for i in range(IMPORT_SIZE):
        lines.append(",".join([
            surname, f"{FORENAMES[i % len(FORENAMES)]}{i}", "14/03/2013", "F", "8", "8K",
            "02/09/2024", f"{i + 1} Larkspur Row", "Hemel Hempstead", "HP1 1AA",
            f"Morwenna{i}", surname, "Mother"]))
    path = work / f"batch-{k}.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    table = import_files.read_source(path)
    importing.apply_import(ctx, table, importing.mapping_for(ctx, table.headings))


def mark_letters_sent(ctx: ServiceContext, rng: random.Random, k: int, work: Path) -> None:
    plan = letters.plan_run(ctx, TODAY, years=[rng.choice(["7", "8", "9", "10", "11"])])
    if plan.letters:
        version, _template = letter_runs.current_template(ctx)
        letter_runs.mark_sent(ctx, plan, version)


def record_opt_out(ctx: ServiceContext, rng: random.Random, k: int, work: Path) -> None:
    covered = _ids(ctx, "SELECT DISTINCT pupil_id FROM letter_pupil WHERE covered")
    if not covered:
        return
    pupil = optouts.opt_out_pupil(ctx, rng.choice(covered))
    parents = [c for c in pupil.pr_carers if not c.no_contact]
    if parents:
        optouts.record_opt_out(ctx, optouts.OptOutRequest(
            pupil.pupil_id, OptOutBy.PARENT, TODAY, Method.SLIP, parents[0].carer_id))


def edit_pupil(ctx: ServiceContext, rng: random.Random, k: int, work: Path) -> None:
    """Three fields changed together, each carrying k: the test checks they agree."""
    pupil_id = rng.choice(_ids(ctx, "SELECT id FROM pupil WHERE leaving_date IS NULL"))
    data = pupils.get_pupil(ctx, pupil_id).data
    pupils.update_pupil(ctx, pupil_id, data._replace(
        preferred_forename=f"Kf{k}", preferred_surname=f"Kx{k}",
        address=data.address._replace(line2=f"Flat {k}")))


def back_up(ctx: ServiceContext, rng: random.Random, k: int, work: Path) -> None:
    backups.automatic_backup(ctx, datetime.now())


def restore_newest(ctx: ServiceContext, rng: random.Random, k: int, work: Path) -> None:
    database = ctx.path
    newest = backups.automatic_backups(database)
    if newest:
        ctx.engine.dispose()
        restore.restore_backup(database, newest[0].path)


ACTIONS = ((import_batch, 3), (mark_letters_sent, 2), (record_opt_out, 3), (edit_pupil, 4),
           (back_up, 1), (restore_newest, 1))


def _ids(ctx: ServiceContext, sql: str) -> list[int]:
    conn = sqlite3.connect(ctx.path)
    try:
        return [row[0] for row in conn.execute(sql)]
    finally:
        conn.close()


def work_until_killed(database: Path, log: Path, seed: int) -> None:
    rng = random.Random(seed)
    note = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
    ctx = dataclasses.replace(open_context(open_database(database)), today=lambda: TODAY)
    actions, weights = zip(*ACTIONS, strict=True)
    k = seed * 1000
    while True:
        action = rng.choices(actions, weights)[0]
        k += 1
        os.write(note, f"S {action.__name__}\n".encode())
        try:
            action(ctx, rng, k, log.parent)
        except (Refused, ValidationFailed, NotFound):
            os.write(note, f"R {action.__name__}\n".encode())
            continue
        os.write(note, f"D {action.__name__}\n".encode())


def serve() -> None:
    configure_mappers()  # once here, not in every child
    for line in sys.stdin:
        command, *args = line.split()
        if command == "fork":
            sys.stdout.flush()
            pid = os.fork()
            if pid == 0:
                try:
                    work_until_killed(Path(args[0]), Path(args[1]), int(args[2]))
                finally:
                    os._exit(1)  # only reached if the work itself failed
            print(pid, flush=True)
        elif command == "reap":
            _pid, status = os.waitpid(int(args[0]), 0)
            print(status, flush=True)
        elif command == "quit":
            return


if __name__ == "__main__":
    serve()
