"""Compile forms/*.ui into desc_desktop/ui/generated/ui_*.py with pyside6-uic.

Run `python -m desc_desktop.ui.compile_forms` after editing a form in Qt Designer;
tests/ui/test_forms_fresh.py fails while a generated module is stale.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "forms"
GENERATED = Path(__file__).resolve().parent / "generated"
HEADER = "# generated from forms/{name} by desc_desktop.ui.compile_forms, do not edit\n"


def uic_command() -> list[str]:
    beside = Path(sys.executable).with_name("pyside6-uic")
    found = str(beside) if beside.exists() else shutil.which("pyside6-uic")
    if found is None:
        raise SystemExit("pyside6-uic not found: install the dev dependencies first.")
    return [found]


def compile_form(form: Path) -> str:
    result = subprocess.run([*uic_command(), "--from-imports", "-g", "python", str(form)],
                            check=True, capture_output=True, text=True)
    # uic writes the source path into its banner; drop it so output is the same on every machine.
    body = "\n".join(line for line in result.stdout.splitlines()
                     if not line.startswith("## Form generated from reading UI file"))
    return HEADER.format(name=form.name) + body.rstrip() + "\n"


def target_for(form: Path) -> Path:
    return GENERATED / f"ui_{form.stem}.py"


def main() -> int:
    GENERATED.mkdir(exist_ok=True)
    (GENERATED / "__init__.py").write_text(
        '"""Modules compiled from forms/*.ui; edit the forms, not these."""\n', encoding="utf-8")
    for form in sorted(FORMS.glob("*.ui")):
        target_for(form).write_text(compile_form(form), encoding="utf-8")
        print(f"compiled {form.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
