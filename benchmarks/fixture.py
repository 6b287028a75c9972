"""Once per run: a database of demo pupils, and the same rows as text for the floor."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from desc_desktop.services.context import open_context
from desc_desktop.services.demo import fill_demo
from desc_desktop.services.pupils import list_pupils
from desc_desktop.store.engine import open_database
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
    engine = open_database(db)
    try:
        ctx = open_context(engine)
        fill_demo(ctx, pupils=pupils, seed=seed)
        rows, today = list_pupils(ctx), ctx.today()
    finally:
        engine.dispose()  # closes the last connection, which checkpoints the WAL
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
