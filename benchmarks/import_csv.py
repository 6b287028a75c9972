"""Importing a 10,000-row CSV against a floor of plain `csv` parsing plus a bulk insert.

Run by the parent: ``python -m benchmarks.import_csv CSV_FILE FOLDER RUNS``. Prints one
report line with every timing, in seconds.

The CSV is the demo school as an MIS report exports it (`demo_csv`: one row per pupil, two
contacts a row, UTF-8 with a BOM), written by the parent with `write_csv`.

- **Import**: what the app does, validation included: `read_source` + `mapping_for` +
  `apply_import` into an empty register (migrated by `open_database`, the default staff
  account made by `open_context`, both before the clock starts).
- **Floor**: the same file read with `csv.reader`, dates turned into ISO text by slicing,
  carers shared within a household by a plain dict, and the same rows written into the
  same tables of a fresh register (also made by `open_database` before the clock) with
  sqlite3 `executemany`, in one transaction, on a connection with the app's pragmas.

- **Encrypted**: the import again into an encrypted register (SQLCipher, a random key, as
  the app's), for the ratio encrypted / plain: the cost of encryption at rest.

One untimed run of each warms up the process (imports, SQLAlchemy's statement caches, the
OS file cache); then RUNS timed runs of each, alternating, the order reversed every other
round, each into a database of its own.
"""

from __future__ import annotations

import csv
import dataclasses
import gc
import json
import secrets
import sqlite3
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from benchmarks import REPORT_PREFIX

TODAY = date(2026, 11, 28)  # fixed, so every run makes and checks the same school
SEED = 1


def write_csv(folder: Path, pupils: int) -> Path:
    """The demo school of `pupils` pupils as an MIS export, written to `folder`."""
    from desc_desktop.domain.demo import make_demo
    from desc_desktop.domain.demo_export import demo_csv

    path = folder / f"register-{pupils}.csv"
    path.write_bytes(demo_csv(make_demo(pupils, seed=SEED, today=TODAY)).encode("utf-8"))
    return path


# -- the app's import ---------------------------------------------------------------------


def import_run(csv_path: Path, db: Path, key: bytes | None = None) -> dict[str, Any]:
    """`key`: into an encrypted (SQLCipher) register instead of a plain one."""
    from desc_desktop.services import importing
    from desc_desktop.services.context import open_context
    from desc_desktop.services.import_files import read_source
    from desc_desktop.store.engine import open_database

    engine = open_database(db, key)
    try:
        ctx = dataclasses.replace(open_context(engine), today=lambda: TODAY)
        started = time.perf_counter()
        table = read_source(csv_path)
        read = time.perf_counter()
        mapping = importing.mapping_for(ctx, table.headings)
        mapped = time.perf_counter()
        result = importing.apply_import(ctx, table, mapping)
        done = time.perf_counter()
    finally:
        engine.dispose()
    return {"s": done - started, "read_s": read - started, "mapping_s": mapped - read,
            "apply_s": done - mapped, "rows": row_counts(db, key),
            "result": {"new": result.new, "updated": result.updated,
                       "unchanged": result.unchanged, "rejected": result.rejected}}


# -- the floor ----------------------------------------------------------------------------

PUPIL_SQL = (
    "INSERT INTO pupil (id, upn, legal_surname, legal_forename, preferred_surname, "
    "preferred_forename, dob, gender, year_group, reg_group, admission_date, leaving_date, "
    "sen_status, ldd, address_line1, address_line2, address_line3, town, county, postcode, "
    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
    "?, ?, ?)")
CARER_SQL = (
    "INSERT INTO carer (id, title, forename, surname, same_address_as_pupil, phone_home, "
    "phone_mobile, phone_work, email, address_line1, address_line2, address_line3, town, "
    "county, postcode) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
LINK_SQL = (
    "INSERT INTO pupil_carer (pupil_id, carer_id, relationship, parental_responsibility, "
    "receives_correspondence, priority, no_contact, no_contact_note) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")


def _iso(uk: str) -> str | None:
    """dd/mm/yyyy -> yyyy-mm-dd, as SQLAlchemy stores a date; '' -> NULL."""
    return f"{uk[6:10]}-{uk[3:5]}-{uk[0:2]}" if uk else None


def floor_run(csv_path: Path, db: Path) -> dict[str, Any]:
    from desc_desktop.domain.demo_export import CONTACT_HEADINGS, PUPIL_HEADINGS
    from desc_desktop.store.engine import open_database

    open_database(db).dispose()  # a fresh, migrated register, before the clock
    started = time.perf_counter()
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        records = list(csv.reader(handle))
    at = {heading: i for i, heading in enumerate(records[0])}
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    pupils, links = [], []
    carers: dict[tuple[str, ...], tuple] = {}
    width = len(CONTACT_HEADINGS)
    for pupil_id, r in enumerate(records[1:], start=1):
        (upn, surname, forename, preferred, dob, gender, year, form, admitted, sen, ldd,
         line1, line2, town, county, postcode) = (r[at[h]] for h in PUPIL_HEADINGS)
        pupils.append((pupil_id, upn or None, surname, forename, "", preferred, _iso(dob),
                       gender, year, form, _iso(admitted), None, sen, ldd == "Y", line1,
                       line2, "", town, county, postcode, now, now))
        for n in range(2):
            c = r[len(PUPIL_HEADINGS) + n * width:len(PUPIL_HEADINGS) + (n + 1) * width]
            (title, c_forename, c_surname, relationship, pr, post, court, phone, email,
             c_line1, c_line2, c_town, c_postcode) = c
            if not (c_forename or c_surname):
                continue
            own = bool(c_line1 or c_postcode)
            key = (c_surname, c_forename, relationship,
                   *((c_postcode, c_line1) if own else (postcode, line1)))
            carer = carers.get(key)
            if carer is None:
                carer = carers[key] = (len(carers) + 1, title, c_forename, c_surname,
                                       not own, phone, "", "", email, c_line1, c_line2, "",
                                       c_town, "", c_postcode)
            links.append((pupil_id, carer[0], relationship, pr == "Y",
                          post == "Y" and court != "Y", n + 1,
                          "court_order" if court == "Y" else "", ""))
    connection = sqlite3.connect(db)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA synchronous = NORMAL")
        with connection:  # one transaction, as the import's
            connection.executemany(PUPIL_SQL, pupils)
            connection.executemany(CARER_SQL, carers.values())
            connection.executemany(LINK_SQL, list({(lk[0], lk[1]): lk for lk in links}
                                                  .values()))
    finally:
        connection.close()
    done = time.perf_counter()
    return {"s": done - started, "rows": row_counts(db)}


def row_counts(db: Path, key: bytes | None = None) -> dict[str, int]:
    from desc_desktop.store import cipher

    connection = cipher.connect(db, key)
    try:
        return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("pupil", "carer", "pupil_carer")}
    finally:
        connection.close()


# -- the child program --------------------------------------------------------------------


def main() -> None:
    csv_path, folder, runs = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    # The same import into an encrypted register (its key random, as the app's): the cost
    # of encryption at rest, as a ratio against the plain import in the same process.
    key = secrets.token_bytes(32)
    programs = {"import": import_run, "floor": floor_run,
                "import_encrypted": lambda csv, db: import_run(csv, db, key)}
    made = 0

    def fresh_db() -> Path:
        nonlocal made
        made += 1
        return folder / f"import-{made}.sqlite"

    warm = {name: run(csv_path, fresh_db()) for name, run in programs.items()}
    results: dict[str, list[dict[str, Any]]] = {name: [] for name in programs}
    for n in range(runs):
        order = list(programs) if n % 2 == 0 else list(reversed(programs))
        for name in order:
            # Each run starts from the same state: no garbage left by the one before.
            gc.collect()
            results[name].append(programs[name](csv_path, fresh_db()))
    sys.stdout.write(REPORT_PREFIX + json.dumps({"warm_up": warm, **results}) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
