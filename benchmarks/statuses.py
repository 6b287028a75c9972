"""Every pupil's Connexions status, the deadlines and the Today summary on a 1,500-pupil
school (the opt-outs issue: "the demo school and a 1,500-pupil school must be quick").

    python -m benchmarks.statuses [--pupils 1500] [--rounds 5]

Makes the demo school with a term's history (`fill_demo(..., history=True)`: three letter
runs marked as sent, fictional opt-outs) in a temporary folder, then times each read the
Today view, the calendar, the returned-slip entry and `desc-desktop status` make, best of
ROUNDS, with the number of SQL statements each ran (it must not grow with the school).
Not part of `python -m benchmarks`' table; figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import dataclasses
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import event

from desc_desktop.services import demo, optouts, sent_letters, statuses
from desc_desktop.services.context import open_context
from desc_desktop.store.engine import open_database

TODAY = date(2026, 11, 28)


def measure(engine, work: Callable[[], object], rounds: int) -> tuple[float, int]:
    statements: list[str] = []

    def count(*args) -> None:
        statements.append(args[2])

    best = float("inf")
    for n in range(rounds):
        if n == 0:
            event.listen(engine, "before_cursor_execute", count)
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
        if n == 0:
            event.remove(engine, "before_cursor_execute", count)
    return best, len(statements)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pupils", type=int, default=1500)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        engine = open_database(Path(folder) / "school.sqlite")
        try:
            ctx = dataclasses.replace(open_context(engine), today=lambda: TODAY)
            started = time.perf_counter()
            demo.fill_demo(ctx, pupils=args.pupils, seed=1, history=True)
            print(f"fixture: {args.pupils} pupils with history in "
                  f"{time.perf_counter() - started:.1f} s")
            reference = next(letter.reference for letter in sent_letters.sent_letters(ctx)
                             if letter.pupils_covered)
            reads: dict[str, Callable[[], object]] = {
                "statuses_on (status --as-of)": lambda: statuses.statuses_on(ctx),
                "today_summary": lambda: statuses.today_summary(ctx),
                "next_deadlines (14 days)": lambda: statuses.next_deadlines(ctx),
                "deadlines (a school year)": lambda: statuses.deadlines(
                    ctx, TODAY - timedelta(days=120), TODAY + timedelta(days=245)),
                "find_slip (a scanned code)": lambda: optouts.find_slip(ctx, f"{reference}-1"),
                "opt_out_list": lambda: optouts.opt_out_list(ctx),
            }
            print(f"{'read':32} {'best ms':>8} {'SQL':>5}")
            for name, work in reads.items():
                seconds, queries = measure(engine, work, args.rounds)
                print(f"{name:32} {seconds * 1000:8.1f} {queries:5d}")
        finally:
            engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
