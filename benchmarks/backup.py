"""Backups and restore on a 1,500-pupil school (the safety issue: the backup when the app
closes must be quick).

    python -m benchmarks.backup [--pupils 1500] [--rounds 3]

Makes the demo school with a term's history in a temporary folder, then times, best of
ROUNDS: a backup to a file (online backup API, integrity check, audit entry), the
automatic backup when the app closes (the same, plus the rotation), the check before a
restore, and a restore (check, keep aside, replace). Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import dataclasses
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from desc_desktop.services import backups, demo, restore
from desc_desktop.services.context import open_context
from desc_desktop.store.engine import open_database

TODAY = date(2026, 11, 28)


def best_of(rounds: int, work: Callable[[int], object]) -> float:
    best = float("inf")
    for n in range(rounds):
        started = time.perf_counter()
        work(n)
        best = min(best, time.perf_counter() - started)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pupils", type=int, default=1500)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "school.sqlite"
        engine = open_database(database)
        ctx = dataclasses.replace(open_context(engine), today=lambda: TODAY)
        started = time.perf_counter()
        demo.fill_demo(ctx, pupils=args.pupils, seed=1, history=True)
        print(f"fixture: {args.pupils} pupils with history in "
              f"{time.perf_counter() - started:.1f} s, "
              f"{database.stat().st_size / 1e6:.1f} MB")
        usb = Path(folder) / "usb"
        first = datetime(2026, 11, 1, 17, 0)
        timings = {
            "back up to a file": best_of(args.rounds, lambda n: backups.back_up_to(
                ctx, usb / f"backup-{n}.sqlite")),
            # A change before each, as the day's work leaves one: else nothing is copied.
            "automatic backup on closing": best_of(args.rounds, lambda n: (
                demo_change(ctx), backups.automatic_backup(ctx, first + timedelta(days=n)))),
            "check before restoring": best_of(args.rounds, lambda n: restore.inspect_backup(
                database, usb / "backup-0.sqlite")),
        }
        made = len(backups.automatic_backups(database))
        assert made == args.rounds, f"{made} automatic backups made, not {args.rounds}"
        engine.dispose()
        timings["restore (kept aside, replaced)"] = best_of(
            args.rounds, lambda n: restore.restore_backup(database, usb / "backup-0.sqlite"))
        print(f"{'step':32} {'best ms':>8}")
        for name, seconds in timings.items():
            print(f"{name:32} {seconds * 1000:8.0f}")
    return 0


def demo_change(ctx) -> None:
    from desc_desktop.services import letter_settings

    settings = letter_settings.letter_settings(ctx)
    letter_settings.save_letter_settings(ctx, dataclasses.replace(
        settings, window_left_mm=20 + (settings.window_left_mm + 1) % 20))


if __name__ == "__main__":
    raise SystemExit(main())
