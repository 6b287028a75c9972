"""One PDF per letter, besides the run's combined PDF: for a letter to be emailed or kept
apart, or printed again on its own.

Each file is named by the letter's reference (R003-0012.pdf): a name Windows accepts, and no
personal data in a file name, where it would show in folder listings and recent-file lists.
Each letter is drawn by letters_pdf.write_letters as a run of one, into a temporary name
that is renamed only once complete, so a failure never leaves a half file under a letter's
name. A run stopped part way (Cancel, a full disk) removes the files it had written, so the
folder never holds some of a run's letters that look like all of them.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from desc_desktop.domain.letters.template import LetterTemplate
from desc_desktop.domain.school import SchoolDetails
from desc_desktop.services.letters import RunPlan
from desc_desktop.services.letters_pdf import write_letters

_REFERENCE = re.compile(r"R\d{3,}-\d{4}")


def letter_file_name(reference: str) -> str:
    """'R003-0012' -> 'R003-0012.pdf'. Only a reference of that form is accepted, so a file
    name can never carry anything else."""
    if not _REFERENCE.fullmatch(reference):
        raise ValueError("A letter's file is named by its reference, such as R003-0012.")
    return f"{reference}.pdf"


def run_files_in(folder: Path, run_number: int) -> list[Path]:
    """Letter files already in `folder` that carry this run's number: letters made earlier
    and never marked as sent (the number is taken only when a run is), or this run's own
    letters made before. Replacing them leaves the folder holding exactly this run."""
    prefix = re.compile(rf"R{run_number:03d}-\d{{4}}\.pdf", re.IGNORECASE)
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.iterdir()
                  if path.is_file() and prefix.fullmatch(path.name))


def write_letter_files(folder: Path, plan: RunPlan, template: LetterTemplate,
                       school: SchoolDetails, *, replace_run_files: bool = False,
                       progress: Callable[[int, int], None] | None = None) -> list[Path]:
    """Write each letter of the plan to its own PDF in `folder`; returns the files in the
    plan's order. `replace_run_files`: first remove the files `run_files_in` finds, so
    letters of an earlier, discarded version of this run do not stay beside these.
    `progress(done, total)` is called after each file; if it raises (Cancel), the files
    written so far are removed and the exception goes on."""
    folder = Path(folder)
    names = [letter_file_name(letter.reference) for letter in plan.letters]
    folder.mkdir(parents=True, exist_ok=True)
    if replace_run_files:
        for stale in run_files_in(folder, plan.run_number):
            stale.unlink(missing_ok=True)
    written: list[Path] = []
    try:
        for n, (letter, name) in enumerate(zip(plan.letters, names, strict=True), start=1):
            target = folder / name
            _write_one(target, replace(plan, letters=[letter]), template, school)
            written.append(target)
            if progress is not None:
                progress(n, len(names))
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return written


def _write_one(target: Path, plan: RunPlan, template: LetterTemplate,
               school: SchoolDetails) -> None:
    # "~R003-0012.pdf.tmp": never mistaken for a letter, and gone whatever happens.
    temporary = target.with_name(f"~{target.name}.tmp")
    try:
        write_letters(temporary, plan, template, school)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
