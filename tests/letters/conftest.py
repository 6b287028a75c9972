"""The letters tests: a small fictional school built by hand, and the demo school's whole run
written once per module. Helpers live in letter_support.py, beside this file."""

from __future__ import annotations

import dataclasses
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

# --import-mode=importlib puts no test folder on sys.path; the helpers module needs it.
_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

from letter_support import FAMILIES, ISSUE, SCHOOL, TODAY, Page, read_pages  # noqa: E402

from desc_desktop.domain.letters.template import DEFAULT_TEMPLATE  # noqa: E402
from desc_desktop.domain.register import CarerInput, CarerLinkInput, PupilInput  # noqa: E402
from desc_desktop.domain.school import SchoolDetails  # noqa: E402
from desc_desktop.services import carers, letter_runs, letters, pupils, school  # noqa: E402
from desc_desktop.services.context import open_context  # noqa: E402
from desc_desktop.services.demo import fill_demo  # noqa: E402
from desc_desktop.services.letters import RunPlan  # noqa: E402
from desc_desktop.services.letters_pdf import write_letters  # noqa: E402
from desc_desktop.store.engine import open_database  # noqa: E402
from desc_desktop.store.tables import Letter, LetterPupil, Pupil  # noqa: E402


@pytest.fixture
def family_school(ctx):
    """Four fictional households, no pupil aged 16 or over, every address complete."""
    school.save_school(ctx, SCHOOL)
    for family in FAMILIES:
        title, forename, surname = family.carer.split()
        carer_id = None
        for first, last, dob, year, form in family.children:
            pupil = pupils.create_pupil(ctx, PupilInput(
                legal_surname=last, legal_forename=first, dob=dob, gender="F",
                year_group=year, reg_group=form, address=family.address))
            if carer_id is None:
                carer_id = carers.add_carer(ctx, pupil, CarerInput(
                    surname=surname, forename=forename, title=title), CarerLinkInput("Parent"))
            else:
                carers.link_carer(ctx, pupil, carer_id, CarerLinkInput("Parent"))
    return ctx


@pytest.fixture
def write(tmp_path):
    """Write a plan's letters to a fresh PDF and read it back: (pages written, pages)."""

    def make(ctx, plan: RunPlan, template=DEFAULT_TEMPLATE, name="letters.pdf", **options
             ) -> tuple[int, list[Page]]:
        out = tmp_path / name
        count = write_letters(out, plan, template, school.get_school(ctx), **options)
        return count, read_pages(out)

    return make


@dataclass(frozen=True)
class DemoRun:
    school_name: str
    details: SchoolDetails
    plan: RunPlan
    pages: list[Page]
    page_count: int
    slips: dict[str, str]
    """What mark_sent stored: letter_pupil.slip -> the pupil's name as the letter prints it."""
    tmp: Path


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory) -> DemoRun:
    """The fictional demo school's whole run, written and marked as sent, read back once."""
    from sqlmodel import Session, select

    tmp = tmp_path_factory.mktemp("demo-letters")
    engine = open_database(tmp / "demo.sqlite")
    try:
        ctx = dataclasses.replace(open_context(engine), today=lambda: TODAY)
        fill_demo(ctx, pupils=70, seed=5)
        plan = letters.plan_run(ctx, ISSUE)
        details = school.get_school(ctx)
        out = tmp / "demo.pdf"
        count = write_letters(out, plan, DEFAULT_TEMPLATE, details)
        letter_runs.mark_sent(ctx, plan, 0)
        with Session(engine) as session:
            rows = session.exec(select(LetterPupil, Pupil).join(
                Pupil, LetterPupil.pupil_id == Pupil.id).join(
                Letter, LetterPupil.letter_id == Letter.id)).all()
            slips = {link.slip: f"{pupil.legal_forename} {pupil.legal_surname}"
                     for link, pupil in rows if link.slip}
    finally:
        engine.dispose()
    return DemoRun(details.name, details, plan, read_pages(out), count, slips, tmp)
