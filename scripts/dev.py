"""Set up a development environment and run the app or the tests, on a fresh machine.

    python3 scripts/dev.py demo     # set up, then open the demo school (its own database file)
    python3 scripts/dev.py test     # set up, then lint and run the whole test suite
    python3 scripts/dev.py run ...  # set up, then run desc-desktop with your arguments
    python3 scripts/dev.py build    # set up, build the app with PyInstaller (build.spec),
                                    # then run the built app's --self-test

Uses Python 3.12 or newer when the machine has one (PySide6 6.12 aborts on 3.11 after
a few thousand calls); on 3.11 pyproject.toml pins PySide6 6.11 instead. Runs on the
standard library only, so any Python 3.9+ can start it.
"""

from __future__ import annotations

import glob
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".desc-installed"
WINDOWS = os.name == "nt"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if WINDOWS else "bin/python")


def version_of(python: str) -> tuple[int, int] | None:
    try:
        out = subprocess.run([python, "-c", "import sys; print(*sys.version_info[:2])"],
                             capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    if out.returncode != 0:
        return None
    major, minor = out.stdout.split()
    return int(major), int(minor)


def candidates() -> list[str]:
    found = [sys.executable]
    for name in ("python3.14", "python3.13", "python3.12"):
        if path := shutil.which(name):
            found.append(path)
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    found += sorted(glob.glob(str(pyenv / "versions" / "3.1[2-9]*" / "bin" / "python3")),
                    reverse=True)
    if WINDOWS and shutil.which("py"):
        found += [f"py -3.{minor}" for minor in (14, 13, 12)]
    return found


def best_python() -> list[str]:
    usable = []
    for candidate in candidates():
        command = candidate.split()
        version = version_of(command[0]) if len(command) == 1 else _py_launcher(command)
        if version and version >= (3, 11):
            usable.append((version, command))
    if not usable:
        sys.exit("Python 3.11 or newer is needed (3.12 or newer preferred).")
    version, command = max(usable, key=lambda item: item[0])
    print(f"Using Python {version[0]}.{version[1]} ({' '.join(command)})")
    return command


def _py_launcher(command: list[str]) -> tuple[int, int] | None:
    try:
        out = subprocess.run([*command, "-c", "import sys; print(*sys.version_info[:2])"],
                             capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    return tuple(int(v) for v in out.stdout.split()) if out.returncode == 0 else None


def requirements_digest() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def ensure_environment(extras: str = "dev") -> Path:
    python = venv_python()
    if not python.exists():
        subprocess.run([*best_python(), "-m", "venv", str(VENV)], check=True)
    stamp = STAMP.with_name(f"{STAMP.name}-{extras.replace(',', '-')}")
    if not stamp.exists() or stamp.read_text() != requirements_digest():
        pip = [str(python), "-m", "pip", "--disable-pip-version-check", "--quiet"]
        subprocess.run([*pip, "install", "--upgrade", "pip"], check=True)
        subprocess.run([*pip, "install", "-e", f"{ROOT}[{extras}]"], check=True)
        stamp.write_text(requirements_digest())
    return python


def build(python: str) -> int:
    """The bundle from build.spec, then its own self-test: a missing module, data file or Qt
    plugin fails here rather than on the school's PC."""
    built = subprocess.call([python, "-m", "PyInstaller", "--noconfirm", "--clean",
                             "--log-level", "WARN", "build.spec"], cwd=ROOT)
    if built:
        return built
    app = ROOT / "dist" / "DESC Desktop" / ("DESC Desktop.exe" if WINDOWS else "DESC Desktop")
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    print(f"Built {app.relative_to(ROOT)}; running its self-test", flush=True)
    if not WINDOWS:
        return subprocess.call([str(app), "--self-test"], env=env)
    # A windowed .exe has no console to print to: it writes its report to a file instead.
    report = ROOT / "dist" / "self-test.txt"
    env["DESC_SELF_TEST_REPORT"] = str(report)
    code = subprocess.call([str(app), "--self-test"], env=env)
    print(report.read_text(encoding="utf-8"))
    return code


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"demo", "test", "run", "build"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "build":
        return build(str(ensure_environment("dev,build")))
    python = str(ensure_environment())
    if command == "demo":
        return subprocess.call([python, "-m", "desc_desktop", "--demo", *rest], cwd=ROOT)
    if command == "run":
        return subprocess.call([python, "-m", "desc_desktop", *rest], cwd=ROOT)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    lint = subprocess.call([python, "-m", "ruff", "check", "."], cwd=ROOT, env=env)
    tests = subprocess.call([python, "-m", "pytest", *rest], cwd=ROOT, env=env)
    return tests or lint


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
