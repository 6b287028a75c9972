"""Run every benchmark of the foundation issue and print one table of figures and verdicts.

    python -m benchmarks               (from the repository root; or python benchmarks/run.py)

The targets, from the issue: with 10,000 pupils, cold start to a usable pupil list within
1.5x of a bare PySide6 window showing a QTableView of the same rows, measured in the same
run; a keystroke in the search box re-filters in under 16 ms; resident memory under 250 MB.

Verdicts are printed, never asserted: the exit code is 0 unless something crashed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make `benchmarks` importable
    sys.path.insert(0, str(ROOT))

from benchmarks import REPORT_PREFIX  # noqa: E402
from benchmarks.fixture import Fixture, prepare  # noqa: E402

COLD_START_RATIO = 1.5
KEYSTROKE_MS = 16.0
MEMORY_MB = 250.0  # decimal megabytes, the stricter reading: 250,000,000 bytes
CHILD_TIMEOUT_S = 120.0


class ChildFailed(RuntimeError):
    pass


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="desc-bench-") as tmp:
        folder = Path(tmp)
        print(f"Preparing a database of {args.pupils:,} demo pupils (seed 1)…", flush=True)
        fixture = prepare(folder, args.pupils)
        print(f"  done in {fixture.seconds:.1f} s: {fixture.db}", flush=True)
        env = child_env(folder)
        cold = cold_starts(fixture, env, args.runs)
        print("Typing, filtering and sorting in the real register…", flush=True)
        _, typing = run_child("typing_app", [str(fixture.db), str(fixture.settings_dir),
                                             str(args.rounds)], env)
        print()
        print_results(fixture, cold, typing, args)
    return 0


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split(
        "\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pupils", type=int, default=10_000,
                        help="demo pupils in the database (default 10,000, as in the issue)")
    parser.add_argument("--runs", type=int, default=5,
                        help="cold starts of each program, alternating, after one warm-up "
                             "start each (default 5)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="times the typing, year-filter and sort scripts repeat (default 3)")
    return parser.parse_args(argv)


def child_env(folder: Path) -> dict[str, str]:
    """Offscreen Qt, and every per-user folder of the child inside the temporary folder."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("DESC_DB", None)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        path = folder / "xdg" / name.lower()
        path.mkdir(parents=True, exist_ok=True)
        env[name] = str(path)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    return env


def run_child(module: str, args: list[str], env: dict[str, str]) -> tuple[float, dict[str, Any]]:
    """Start `python -m benchmarks.<module>` and return (ms until its report, the report).

    The clock starts just before the process is created, so interpreter start-up and every
    import are inside the figure, and stops when the report line arrives.
    """
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8") as errors:
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", f"benchmarks.{module}", *args],
                                stdout=subprocess.PIPE, stderr=errors, env=env, cwd=ROOT,
                                text=True, encoding="utf-8")
        watchdog = threading.Timer(CHILD_TIMEOUT_S, proc.kill)
        watchdog.start()
        result, elapsed = None, 0.0
        try:
            assert proc.stdout is not None
            for line in proc.stdout:
                if line.startswith(REPORT_PREFIX):
                    elapsed = (time.perf_counter() - started) * 1000
                    result = json.loads(line[len(REPORT_PREFIX):])
                    break
            proc.stdout.close()
            proc.wait()
        finally:
            watchdog.cancel()
        if result is None:
            errors.seek(0)
            tail = "".join(errors.readlines()[-30:])
            raise ChildFailed(f"benchmarks.{module} exited with {proc.returncode} without a "
                              f"report:\n{tail}")
        return elapsed, result


def cold_starts(fixture: Fixture, env: dict[str, str], runs: int) -> dict[str, list[dict]]:
    """One warm-up start of each program (fills the OS file cache and .pyc files), then
    `runs` starts of each, alternating and with the order reversed every other round."""
    app_args = [str(fixture.db), str(fixture.settings_dir)]
    print("Cold starts: warming up…", flush=True)
    _, warm = run_child("cold_app", app_args, env)
    size = [str(warm["width"]), str(warm["height"])]  # the floor's window is as large
    programs = {
        "app": ("cold_app", app_args),
        "floor": ("cold_floor", [str(fixture.rows_file), *size, "table"]),
        "floor_standard": ("cold_floor", [str(fixture.rows_file), *size, "standard"]),
    }
    for name in ("floor", "floor_standard"):
        run_child(*programs[name], env)
    results: dict[str, list[dict]] = {name: [] for name in programs}
    for n in range(runs):
        order = list(programs) if n % 2 == 0 else list(reversed(programs))
        for name in order:
            ms, report = run_child(*programs[name], env)
            results[name].append({"ms": ms, **report})
        print(f"  round {n + 1}/{runs}: " + ", ".join(
            f"{name} {results[name][-1]['ms']:,.0f} ms" for name in programs), flush=True)
    return results


# -- output ------------------------------------------------------------------------------

def print_results(fixture: Fixture, cold: dict[str, list[dict]], typing: dict[str, Any],
                  args: argparse.Namespace) -> None:
    app_ms = median(r["ms"] for r in cold["app"])
    floor_ms = median(r["ms"] for r in cold["floor"])
    standard_ms = median(r["ms"] for r in cold["floor_standard"])
    ratio = app_ms / floor_ms
    keys = typing["keystrokes"]
    key_ms = [k["ms"] for k in keys]
    worst = max(keys, key=lambda k: k["ms"])
    app_mb = median(megabytes(r["rss_kb"]) for r in cold["app"])
    floor_mb = median(megabytes(r["rss_kb"]) for r in cold["floor"])
    typing_peak = megabytes(typing["peak_rss_kb"])

    print(f"DESC Desktop benchmarks: {fixture.pupils:,} demo pupils, Qt offscreen, "
          f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    print(f"Cold starts: median of {args.runs} fresh processes each (after one warm-up), "
          "process start to the list painted.")
    print()
    rows = [
        ("Cold start, floor: bare QTableView", f"{floor_ms:,.0f} ms", "", "floor"),
        ("Cold start, DESC Desktop", f"{app_ms:,.0f} ms", "", ""),
        ("Cold start ratio, app / floor", f"{ratio:.2f}x", f"<= {COLD_START_RATIO}x",
         verdict(ratio <= COLD_START_RATIO)),
        (f"Keystroke re-filter, median of {len(keys)}", f"{median(key_ms):.1f} ms",
         f"< {KEYSTROKE_MS:.0f} ms", verdict(median(key_ms) < KEYSTROKE_MS)),
        ("Keystroke re-filter, 95th percentile", f"{percentile(key_ms, 95):.1f} ms",
         f"< {KEYSTROKE_MS:.0f} ms", verdict(percentile(key_ms, 95) < KEYSTROKE_MS)),
        ("Keystroke re-filter, worst", f"{worst['ms']:.1f} ms", f"< {KEYSTROKE_MS:.0f} ms",
         verdict(worst["ms"] < KEYSTROKE_MS)),
        ("Resident memory, app with list shown", f"{app_mb:.0f} MB", f"< {MEMORY_MB:.0f} MB",
         verdict(app_mb < MEMORY_MB)),
        ("Resident memory, floor", f"{floor_mb:.0f} MB", "", "floor"),
    ]
    print_table(("Figure", "Measured", "Target", "Verdict"), rows)

    print()
    print("Information (no targets):")
    phases = ("import_ms", "application_ms", "window_ms", "paint_ms")
    in_process = median(r["in_process_ms"] for r in cold["app"])
    print(f"  App cold start, medians: interpreter start-up {app_ms - in_process:,.0f} ms, "
          + ", ".join(f"{p.removesuffix('_ms')} {median(r[p] for r in cold['app']):,.0f} ms"
                      for p in phases)
          + " (window = database, model and widgets up to show())")
    print(f"  Floor with QStandardItemModel instead: {standard_ms:,.0f} ms "
          f"(app / it = {app_ms / standard_ms:.2f}x), "
          f"{median(megabytes(r['rss_kb']) for r in cold['floor_standard']):.0f} MB")
    for name in ("app", "floor", "floor_standard"):
        print(f"  Runs, {name}: " + ", ".join(f"{r['ms']:,.0f}" for r in cold[name]) + " ms")
    slow = sorted(keys, key=lambda k: k["ms"], reverse=True)[:5]
    print("  Slowest keystrokes: " + "; ".join(
        f"{k['ms']:.1f} ms -> {k['text']!r} ({k['shown']:,} shown)" for k in slow))
    print(f"  Keystrokes: handling the key (re-filter included) median "
          f"{median(k['handler_ms'] for k in keys):.1f} ms, worst "
          f"{max(k['handler_ms'] for k in keys):.1f} ms; the table repainted after "
          f"{sum(k['table_paints'] > 0 for k in keys)} of {len(keys)}")
    for label, items in (("Year filter change", typing["year_changes"]),
                         ("Header click sort", typing["sorts"]),
                         ("Reload after a save (page.reload)", typing["reloads"])):
        ms = [i["ms"] for i in items]
        print(f"  {label}: median {median(ms):.1f} ms, worst {max(ms):.1f} ms "
              f"over {len(ms)}")
    print(f"  list_pupils() alone: median {median(typing['list_pupils_ms']):.1f} ms")
    print(f"  App after typing, filtering and sorting: {megabytes(typing['rss_kb']):.0f} MB "
          f"resident, peak {typing_peak:.0f} MB")


def print_table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    aligns = ("<", ">", "<", "<")
    line = "  ".join(f"{{:{a}{w}}}" for a, w in zip(aligns, widths, strict=True))
    print(line.format(*header).rstrip())
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line.format(*row).rstrip())


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def median(values) -> float:
    return statistics.median(list(values))


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def megabytes(kib: int | None) -> float:
    return float("nan") if kib is None else kib * 1024 / 1_000_000


if __name__ == "__main__":
    raise SystemExit(main())
