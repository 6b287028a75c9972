"""The letters as printed: read back from the PDF with pypdf."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from desc_desktop.domain.letters.delivery import Delivery
from desc_desktop.domain.letters.template import (
    DEFAULT_TEMPLATE,
    LetterTemplate,
    Section,
    UnknownPlaceholder,
)
from desc_desktop.domain.register import Address, CarerInput, CarerLinkInput, NoContact, PupilInput
from desc_desktop.domain.school import SchoolDetails
from desc_desktop.services import carers, letters, pupils, school
from desc_desktop.services.letters_pdf import write_letters

ISSUE = date(2026, 11, 30)
HOME = Address(line1="7 Larch Close", town="Hemel Hempstead", postcode="HP2 4EE")
AWAY = Address(line1="3 Canal Side", town="Berkhamsted", postcode="HP4 2AB")


def _pupil(ctx, surname, forename, dob, year, form, address=HOME, ldd=False):
    return pupils.create_pupil(ctx, PupilInput(
        legal_surname=surname, legal_forename=forename, dob=dob, gender="F", year_group=year,
        reg_group=form, address=address, ldd=ldd))


@pytest.fixture
def register(ctx):
    school.save_school(ctx, SchoolDetails(name="Larkspur Academy", address_line1="1 School Lane",
                                          town="Hemel Hempstead", postcode="HP1 1AA",
                                          head_teacher="Mrs Ada Example"))
    older = _pupil(ctx, "Nguyễn", "Thị Ngọc", date(2010, 5, 1), "11", "11N")    # 16: own letter
    younger = _pupil(ctx, "Nguyễn", "Minh", date(2015, 1, 9), "7", "7N")        # 11: not covered
    greek = _pupil(ctx, "Παπαδοπούλου", "Ελένη", date(2012, 3, 3), "9", "9P",
                   Address(line1="12 Elm Row", town="Tring", postcode="HP23 5AA"))
    mum = carers.add_carer(ctx, older, CarerInput(surname="Nguyễn", forename="Hương",
                                                  title="Mrs"), CarerLinkInput("Mother"))
    carers.link_carer(ctx, younger, mum, CarerLinkInput("Mother"))
    dad = carers.add_carer(ctx, older, CarerInput(
        surname="Trần", forename="Dũng", title="Mr", same_address_as_pupil=False, address=AWAY),
        CarerLinkInput("Father", priority=2))
    carers.link_carer(ctx, younger, dad, CarerLinkInput("Father", priority=2))
    carers.add_carer(ctx, greek, CarerInput(surname="Иванова", forename="Анна", title="Ms"),
                     CarerLinkInput("Mother"))
    carers.add_carer(ctx, greek, CarerInput(surname="Restrictedname", forename="Zed",
                                            title="Mr"),
                     CarerLinkInput("Father", priority=2, no_contact=NoContact.COURT_ORDER,
                                    receives_correspondence=False))
    return ctx


def _text(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_who_gets_which_letter(register):
    plan = letters.plan_run(register, ISSUE, delivery=Delivery.SECOND)
    addressed = sorted(letter.addressees for letter in plan.letters)
    assert addressed == [("Mr Dũng Trần",), ("Mrs Hương Nguyễn",), ("Ms Анна Иванова",),
                         ("Thị Ngọc Nguyễn",)]
    assert plan.problems == []
    assert plan.received == date(2026, 12, 3) and plan.reply_by == date(2026, 12, 31)


def test_the_pdf_prints_names_exactly_dates_right_and_slips_only_for_covered(register,
                                                                           tmp_path):
    plan = letters.plan_run(register, ISSUE, delivery=Delivery.SECOND)
    out = tmp_path / "letters.pdf"
    pages = write_letters(out, plan, DEFAULT_TEMPLATE, school.get_school(register))
    text = "\n".join(_text(out))
    assert pages == len(PdfReader(out).pages)
    for name in ("Thị Ngọc Nguyễn", "Mrs Hương Nguyễn", "Mr Dũng Trần", "Ms Анна Иванова",
                 "Ελένη Παπαδοπούλου"):
        assert name in text, name
    assert "Restrictedname" not in text            # the restricted father appears nowhere
    assert "30 November 2026" in text and "31 December 2026" in text
    assert "{" not in text and "}" not in text     # every placeholder filled
    slips = text.count("Connexions opt-out — reply slip")
    # Thị Ngọc is covered on 3 letters (mum, dad, herself), Ελένη on 1; Minh (11) on none.
    assert slips == 4
    assert "Pupil: Minh Nguyễn" not in text
    assert "the pupil (aged 16 or over)" in text
    assert not (tmp_path / "letters.pdf.part").exists()


def test_each_letter_starts_on_its_own_page(register, tmp_path):
    plan = letters.plan_run(register, ISSUE)
    out = tmp_path / "letters.pdf"
    write_letters(out, plan, DEFAULT_TEMPLATE, school.get_school(register))
    firsts = [t for t in _text(out) if t.startswith("Larkspur Academy")]
    assert len(firsts) == len(plan.letters)


def test_an_unknown_placeholder_stops_the_run_before_anything_is_written(register, tmp_path):
    broken = LetterTemplate(salutation="Dear {parent_name},", sections=(),
                            connexions=Section("Connexions", "By {reply_by}."), sign_off="")
    out = tmp_path / "letters.pdf"
    with pytest.raises(UnknownPlaceholder, match=r"\{parent_name\}"):
        write_letters(out, letters.plan_run(register, ISSUE), broken,
                      school.get_school(register))
    assert not out.exists()


def test_names_that_look_like_markup_print_as_typed(ctx, tmp_path):
    school.save_school(ctx, SchoolDetails(name="Larkspur Academy"))
    pid = _pupil(ctx, "O'Brien & Sons", "<Léa>", date(2012, 1, 1), "9", "9A")
    carers.add_carer(ctx, pid, CarerInput(surname="O'Brien & Sons", forename="<Mo>"),
                     CarerLinkInput("Mother"))
    out = tmp_path / "letters.pdf"
    write_letters(out, letters.plan_run(ctx, ISSUE), DEFAULT_TEMPLATE, school.get_school(ctx))
    text = "\n".join(_text(out))
    assert "<Léa> O'Brien & Sons" in text and "<Mo> O'Brien & Sons" in text


def test_no_page_ends_with_a_heading(register, tmp_path):
    out = tmp_path / "letters.pdf"
    write_letters(out, letters.plan_run(register, ISSUE), DEFAULT_TEMPLATE,
                  school.get_school(register))
    headings = {section.title for section in DEFAULT_TEMPLATE.sections} | {
        DEFAULT_TEMPLATE.connexions.title}
    for page in _text(out):
        body = page.split("✂")[0].strip().splitlines()
        assert body and body[-1].strip() not in headings


def test_six_covered_children_get_six_slips_on_several_pages(ctx, tmp_path):
    school.save_school(ctx, SchoolDetails(name="Larkspur Academy"))
    first = None
    for n in range(6):
        pid = _pupil(ctx, "Okonkwo", f"Child{n}", date(2010 + n % 3, 1 + n, 1), "9", "9A")
        if first is None:
            first = carers.add_carer(ctx, pid, CarerInput(surname="Okonkwo", forename="Ify"),
                                     CarerLinkInput("Mother"))
        else:
            carers.link_carer(ctx, pid, first, CarerLinkInput("Mother"))
    plan = letters.plan_run(ctx, ISSUE)
    parents = next(letter for letter in plan.letters if not letter.to_pupil)
    assert sum(c.covered for c in parents.children) == 6
    out = tmp_path / "letters.pdf"
    write_letters(out, replace_letters(plan, [parents]), DEFAULT_TEMPLATE,
                  school.get_school(ctx))
    pages = _text(out)
    assert sum(page.count("Connexions opt-out — reply slip") for page in pages) == 6
    assert max(page.count("Connexions opt-out — reply slip") for page in pages) <= 4
    assert f"{parents.reference}-6" in "\n".join(pages)


def replace_letters(plan, chosen):
    from dataclasses import replace

    return replace(plan, letters=chosen)


@pytest.mark.parametrize("text", ["Dear {", "Dear }", "Dear {}", "By {reply_by!r}",
                                  "By {reply_by:%d}"])
def test_braces_that_are_not_placeholders_are_refused(text):
    from dataclasses import replace

    from desc_desktop.domain.letters.template import check_template

    with pytest.raises(UnknownPlaceholder):
        check_template(replace(DEFAULT_TEMPLATE, salutation=text))
