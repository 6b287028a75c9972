"""Once per run: a database of demo pupils, and the same rows as text for the floor.

The register is encrypted, as every register the app makes, with an administrator whose
name and password the app's children log in with (as a member of staff would type them).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks import ADMIN_NAME, ADMIN_PASSWORD
from desc_desktop.services.access import set_up_administrator
from desc_desktop.services.demo import fill_demo
from desc_desktop.services.pupils import list_pupils
from desc_desktop.ui.dates import format_uk


@dataclass(frozen=True)
class Fixture:
    db: Path
    rows_file: Path
    settings_dir: Path
    pupils: int
    seconds: float


def prepare(folder: Path, pupils: int, seed: int = 1) -> Fixture:
    started = time.perf_counter()
    db = folder / "register.sqlite"
    ctx = set_up_administrator(db, ADMIN_NAME, ADMIN_PASSWORD, ADMIN_PASSWORD).ctx
    try:
        fill_demo(ctx, pupils=pupils, seed=seed)
        rows, today = list_pupils(ctx), ctx.today()
    finally:
        ctx.engine.dispose()  # closes the last connection, which checkpoints the WAL
    rows_file = folder / "rows.tsv"
    with rows_file.open("w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            # The strings the register table shows: surname, forename, year, form, date
            # of birth, age, UPN.
            forename = row.legal_forename
            if row.preferred_forename and row.preferred_forename != row.legal_forename:
                forename = f"{row.legal_forename} ({row.preferred_forename})"
            cells = (row.legal_surname, forename, row.year_group, row.reg_group,
                     format_uk(row.dob), str(row.age(today)), row.upn)
            f.write("\t".join(cells) + "\n")
    settings_dir = folder / "settings"
    settings_dir.mkdir()
    return Fixture(db=db, rows_file=rows_file, settings_dir=settings_dir, pupils=len(rows),
                   seconds=time.perf_counter() - started)
