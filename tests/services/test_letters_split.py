"""One PDF per letter: named by reference, each complete or not there at all."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from desc_desktop.domain.letters.template import DEFAULT_TEMPLATE
from desc_desktop.services import demo, letters, letters_split, school
from desc_desktop.services.letters_split import (
    letter_file_name,
    run_files_in,
    write_letter_files,
)

ISSUE = date(2026, 11, 30)


@pytest.fixture
def plan_and_school(ctx):
    demo.fill_demo(ctx, pupils=12, seed=2)
    return letters.plan_run(ctx, ISSUE), school.get_school(ctx)


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_each_letter_gets_its_own_file_named_by_reference(plan_and_school, tmp_path):
    plan, details = plan_and_school
    reported: list[tuple[int, int]] = []
    out = tmp_path / "letters"
    written = write_letter_files(out, plan, DEFAULT_TEMPLATE, details,
                                 progress=lambda done, total: reported.append((done, total)))
    names = [f"{letter.reference}.pdf" for letter in plan.letters]
    assert [p.name for p in written] == names
    assert sorted(p.name for p in out.iterdir()) == sorted(names)  # nothing else, no temp
    assert reported == [(n, len(names)) for n in range(1, len(names) + 1)]
    for letter, path in zip(plan.letters, written, strict=True):
        text = _text(path)
        assert f"Reference {letter.reference}" in text
        assert letter.addressees[0] in text
        others = [o.reference for o in plan.letters if o is not letter]
        assert not any(f"Reference {ref}" in text for ref in others)


def test_file_names_are_only_references(plan_and_school):
    assert letter_file_name("R003-0012") == "R003-0012.pdf"
    for bad in ("SAMPLE", "R003-0012/../x", "Ruby Baker", "R003-12", "CON:"):
        with pytest.raises(ValueError):
            letter_file_name(bad)


def test_cancel_part_way_leaves_no_letter_files(plan_and_school, tmp_path):
    plan, details = plan_and_school

    class Cancelled(Exception):
        pass

    def cancel_at_third(done: int, _total: int) -> None:
        if done == 3:
            raise Cancelled

    out = tmp_path / "letters"
    with pytest.raises(Cancelled):
        write_letter_files(out, plan, DEFAULT_TEMPLATE, details, progress=cancel_at_third)
    assert list(out.iterdir()) == []


def test_a_failure_while_writing_leaves_no_half_file(plan_and_school, tmp_path,
                                                     monkeypatch):
    plan, details = plan_and_school
    real = letters_split.write_letters
    calls = 0
    seen_while_writing: list[list[str]] = []

    def failing_write(path, one_letter_plan, template, school_details, **kwargs):
        nonlocal calls
        calls += 1
        assert len(one_letter_plan.letters) == 1  # each file is a run of one letter
        if calls == 2:
            Path(path).write_bytes(b"%PDF-1.4 half a letter")
            seen_while_writing.append(sorted(p.name for p in Path(path).parent.iterdir()))
            raise OSError(28, "No space left on device")
        return real(path, one_letter_plan, template, school_details, **kwargs)

    monkeypatch.setattr(letters_split, "write_letters", failing_write)
    out = tmp_path / "letters"
    with pytest.raises(OSError):
        write_letter_files(out, plan, DEFAULT_TEMPLATE, details)
    second = plan.letters[1].reference
    # The half letter was under a temporary name, never under the letter's own name...
    assert f"{second}.pdf" not in seen_while_writing[0]
    assert f"~{second}.pdf.tmp" in seen_while_writing[0]
    assert list(out.iterdir()) == []  # ...and nothing is left, the first letter included


def test_files_of_an_earlier_version_of_the_run_are_found_and_replaced(plan_and_school,
                                                                       tmp_path):
    plan, details = plan_and_school
    out = tmp_path / "letters"
    out.mkdir()
    stale = out / f"R{plan.run_number:03d}-0999.pdf"  # a letter of a discarded version
    stale.write_bytes(b"old")
    other_run = out / "R777-0001.pdf"
    other_run.write_bytes(b"keep")
    mine = out / "notes.pdf"
    mine.write_bytes(b"keep")
    assert run_files_in(out, plan.run_number) == [stale]
    write_letter_files(out, plan, DEFAULT_TEMPLATE, details, replace_run_files=True)
    assert not stale.exists()
    assert other_run.read_bytes() == b"keep" and mine.read_bytes() == b"keep"
    assert len(run_files_in(out, plan.run_number)) == len(plan.letters)

