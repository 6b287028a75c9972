"""Unlocking the encrypted register, in a fresh process: the password through Argon2id (the
app's costs) opening the register's key, the first screen read with it, and the register
opened properly (SQLAlchemy engine, schema check, first query).

Run by the parent: ``python -m benchmarks.unlock DB RUNS``, on a register made by
benchmarks.fixture (its administrator's name and password). Prints one report line, in ms.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from benchmarks import REPORT_PREFIX


def main() -> None:
    from benchmarks import ADMIN_NAME, ADMIN_PASSWORD
    from desc_desktop.security import login
    from desc_desktop.security.keys import DEFAULT_KDF
    from desc_desktop.store.engine import open_database
    from desc_desktop.store.quick import read_register_rows

    db, runs = Path(sys.argv[1]), int(sys.argv[2])
    report: dict[str, list[float]] = {"kdf_ms": [], "first_screen_ms": [], "open_ms": [],
                                      "total_ms": []}
    for _ in range(runs + 1):  # the first, with the imports, is not counted
        started = time.perf_counter()
        unlocked = login.log_in(db, ADMIN_NAME, ADMIN_PASSWORD)
        keyed = time.perf_counter()
        rows = read_register_rows(db, unlocked.key)
        read = time.perf_counter()
        engine = open_database(db, unlocked.key)
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM pupil").scalar_one()
        engine.dispose()
        opened = time.perf_counter()
        for name, ms in (("kdf_ms", keyed - started), ("first_screen_ms", read - keyed),
                         ("open_ms", opened - read), ("total_ms", opened - started)):
            report[name].append(ms * 1000)
        assert rows is not None
    report = {name: values[1:] for name, values in report.items()}
    sys.stdout.write(REPORT_PREFIX + json.dumps({
        **report, "rows": len(rows.rows),
        "kdf": {"memory_kib": DEFAULT_KDF.memory_kib, "iterations": DEFAULT_KDF.iterations,
                "lanes": DEFAULT_KDF.lanes}}) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
