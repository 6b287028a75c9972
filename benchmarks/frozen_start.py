"""The built app (issue 8): bundle size, and cold start to the main window on a real X screen.

    python -m benchmarks.frozen_start [--runs 5]

Needs the bundle (`python scripts/dev.py build`), an X display (DISPLAY, e.g. Xvfb) and
xdotool. Each start is a fresh process on the demo school's database (150 fictional pupils,
in a temporary folder, encrypted, made with `init`); the clock stops when X reports the
first window mapped: the login dialog, "Log in to DESC Desktop" (nothing of the register
shows before it).
The floor is the same app started from source (`python -m desc_desktop`), the same way,
in the same run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "DESC Desktop"
TIMEOUT_S = 30


def folder_size(folder: Path) -> int:
    return sum(f.lstat().st_size for f in folder.rglob("*")
               if f.is_file() and not f.is_symlink())


def window_mapped() -> bool:
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name",
                            "^(Log in to )?DESC Desktop"],
                           capture_output=True, text=True)
    return bool(found.stdout.strip())


def time_to_window(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    try:
        while time.perf_counter() - started < TIMEOUT_S:
            if window_mapped():
                return (time.perf_counter() - started) * 1000
            if process.poll() is not None:
                raise RuntimeError(f"{command[0]} exited with {process.returncode}: "
                                   f"{process.stderr.read()[-2000:]}")
            time.sleep(0.02)
        raise RuntimeError("no window within 30 s")
    finally:
        process.kill()
        process.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = BUNDLE / ("DESC Desktop.exe" if os.name == "nt" else "DESC Desktop")
    if not app.exists():
        print("No bundle: run `python scripts/dev.py build` first.")
        return 2
    if not os.environ.get("DISPLAY") or not shutil.which("xdotool"):
        print("Needs an X display (DISPLAY, e.g. `Xvfb :99 &` and DISPLAY=:99) and xdotool.")
        return 2
    if window_mapped():
        print("A DESC Desktop window is already open on this display: close it first.")
        return 2
    with tempfile.TemporaryDirectory(prefix="desc-bench-frozen-") as folder:
        home = Path(folder)
        env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
               "XDG_CONFIG_HOME": str(home / "config"), "XDG_STATE_HOME": str(home / "state"),
               "XDG_CACHE_HOME": str(home / "cache"), "QT_QPA_PLATFORM": "xcb"}
        db = home / "demo.sqlite"
        made = {**env, "DESC_USER": "Benchmark", "DESC_PASSWORD": "benchmark password"}
        for command in (["init", "--admin", "Benchmark"], ["demo"]):
            subprocess.run([sys.executable, "-m", "desc_desktop", "--db", str(db), *command],
                           env=made, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
        frozen, source = [], []
        time_to_window([str(app), "--db", str(db)], env)  # warm the disk cache once each
        time_to_window([sys.executable, "-m", "desc_desktop", "--db", str(db)], env)
        for _ in range(args.runs):
            frozen.append(time_to_window([str(app), "--db", str(db)], env))
            source.append(time_to_window([sys.executable, "-m", "desc_desktop", "--db",
                                          str(db)], env))
    size = folder_size(BUNDLE) / 1e6
    frozen_ms, source_ms = statistics.median(frozen), statistics.median(source)
    print(f"Bundle: {BUNDLE.relative_to(ROOT)}, {size:.0f} MB")
    print(f"Cold start to the first window (the login), frozen: {frozen_ms:.0f} ms (median of "
          f"{args.runs}: {', '.join(f'{t:.0f}' for t in frozen)})")
    print(f"Cold start to the first window (the login), from source (floor): {source_ms:.0f} ms "
          f"({', '.join(f'{t:.0f}' for t in source)})")
    print(f"Ratio frozen / source: {frozen_ms / source_ms:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
