"""The PDF file itself: written through a temporary ".part" name that never remains, and no
file at all when the run is stopped part-way (the progress dialog's Cancel)."""

from __future__ import annotations

import pytest
from letter_support import ISSUE, SCHOOL, read_pages, split_letters
from pypdf import PdfReader

from desc_desktop.domain.letters.template import DEFAULT_TEMPLATE
from desc_desktop.services import letters, school
from desc_desktop.services.letters_pdf import write_letters


class Cancelled(Exception):
    pass


@pytest.fixture
def out_dir(tmp_path):
    folder = tmp_path / "out"  # the test's database lives in tmp_path itself
    folder.mkdir()
    return folder


def test_a_finished_run_leaves_the_pdf_and_no_part_file(family_school, out_dir):
    plan = letters.plan_run(family_school, ISSUE)
    seen: list[tuple[int, int]] = []
    out = out_dir / "letters.pdf"
    pages = write_letters(out, plan, DEFAULT_TEMPLATE, school.get_school(family_school),
                          progress=lambda n, total: seen.append((n, total)))
    assert sorted(p.name for p in out_dir.iterdir()) == ["letters.pdf"]
    assert len(PdfReader(out).pages) == pages
    assert seen == [(n, len(plan.letters)) for n in range(1, len(plan.letters) + 1)]


def test_the_part_file_is_never_left_behind_while_writing(family_school, out_dir):
    """While the run is going the letters are in letters.pdf.part, and only that."""
    plan = letters.plan_run(family_school, ISSUE)
    out = out_dir / "letters.pdf"
    during: list[list[str]] = []
    write_letters(out, plan, DEFAULT_TEMPLATE, school.get_school(family_school),
                  progress=lambda n, total: during.append(
                      sorted(p.name for p in out_dir.iterdir())))
    assert during and all(names in ([], ["letters.pdf.part"]) for names in during)
    assert sorted(p.name for p in out_dir.iterdir()) == ["letters.pdf"]


@pytest.mark.parametrize("stop_after", [1, 3])
def test_a_progress_callback_that_raises_stops_the_run_and_leaves_no_file(family_school,
                                                                         out_dir, stop_after):
    plan = letters.plan_run(family_school, ISSUE)
    assert len(plan.letters) > stop_after

    def progress(n: int, total: int) -> None:
        if n == stop_after:
            raise Cancelled

    with pytest.raises(Cancelled):
        write_letters(out_dir / "letters.pdf", plan, DEFAULT_TEMPLATE,
                      school.get_school(family_school), progress=progress)
    assert list(out_dir.iterdir()) == []


def test_a_stopped_run_leaves_an_earlier_pdf_of_that_name_as_it_was(family_school, out_dir):
    plan = letters.plan_run(family_school, ISSUE)
    out = out_dir / "letters.pdf"
    details = school.get_school(family_school)
    write_letters(out, plan, DEFAULT_TEMPLATE, details)
    before = out.read_bytes()

    def cancel(n: int, total: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        write_letters(out, plan, DEFAULT_TEMPLATE, details, progress=cancel)
    assert out.read_bytes() == before
    assert sorted(p.name for p in out_dir.iterdir()) == ["letters.pdf"]
    assert len(split_letters(read_pages(out), SCHOOL.name)) == len(plan.letters)
