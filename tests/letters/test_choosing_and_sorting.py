"""Who is in a run and in which order the letters come out, read back from the PDF."""

from __future__ import annotations

import pytest
from letter_support import FAMILIES, ISSUE, address_block, flat, split_letters

from desc_desktop.services import letters


def _addressees_in_print_order(pages) -> list[str]:
    return [address_block(its_pages[0])[0].text
            for its_pages in split_letters(pages, "Quayside Community School")]


@pytest.mark.parametrize(("sort", "expected"), [
    # The first child's form, then surname: Tom Baker 7A, Ivy Moss 7B, Ada Zeller 8C,
    # Ines Okafor 9B.
    ("form", ["Mr Owen Baker", "Mr Ned Moss", "Ms Greta Zeller", "Mrs Chioma Okafor"]),
    ("surname", ["Mr Owen Baker", "Mr Ned Moss", "Mrs Chioma Okafor", "Ms Greta Zeller"]),
    # HP1 3XY, HP23 4QT, HP4 2DD, WD4 8AA.
    ("postcode", ["Ms Greta Zeller", "Mrs Chioma Okafor", "Mr Owen Baker", "Mr Ned Moss"]),
])
def test_the_chosen_sort_orders_the_letters_in_the_pdf(family_school, write, sort, expected):
    plan = letters.plan_run(family_school, ISSUE, sort=sort)
    _, pages = write(family_school, plan)
    assert _addressees_in_print_order(pages) == expected
    # References follow the printing order.
    assert [letter.reference for letter in plan.letters] == [
        f"R001-{n:04d}" for n in range(1, 5)]
    for letter, its_pages in zip(plan.letters, split_letters(pages, "Quayside Community School"),
                                 strict=True):
        assert f"Reference {letter.reference}" in its_pages[0].text


def test_sorting_by_surname_ignores_accents(family_school, write):
    from desc_desktop.domain.register import Address, CarerInput, CarerLinkInput, PupilInput
    from desc_desktop.services import carers, pupils

    home = Address(line1="6 Wharf Row", town="Tring", postcode="HP23 5RR")
    pupil = pupils.create_pupil(family_school, PupilInput(
        legal_surname="Álvarez", legal_forename="Inés", dob=ISSUE.replace(year=2013),
        gender="F", year_group="8", reg_group="8A", address=home))
    carers.add_carer(family_school, pupil, CarerInput(surname="Álvarez", forename="Lucía",
                                                      title="Mrs"), CarerLinkInput("Mother"))
    plan = letters.plan_run(family_school, ISSUE, sort="surname")
    _, pages = write(family_school, plan)
    assert _addressees_in_print_order(pages) == [
        "Mrs Lucía Álvarez", "Mr Owen Baker", "Mr Ned Moss", "Mrs Chioma Okafor",
        "Ms Greta Zeller"]


ALL_PUPILS = {f"{first} {last}": year for family in FAMILIES
              for first, last, _dob, year, _form in family.children}


@pytest.mark.parametrize("years", [("9",), ("7", "8")])
def test_a_year_groups_filter_limits_the_pupils(family_school, write, years):
    plan = letters.plan_run(family_school, ISSUE, years=years)
    _, pages = write(family_school, plan)
    text = flat(" ".join(page.text for page in pages))
    wanted = {name for name, year in ALL_PUPILS.items() if year in years}
    assert {c.name for letter in plan.letters for c in letter.children} == wanted
    for name in ALL_PUPILS:
        assert (name in text) == (name in wanted), name
    # A sibling outside the years is left off the household's letter entirely.
    if years == ("9",):
        assert "This letter is about Ruby Baker." in text
        assert _addressees_in_print_order(pages) == ["Mr Owen Baker", "Mrs Chioma Okafor"]
    else:
        assert "This letter is about Tom Baker." in text
        assert "This letter is about Ada Zeller." in text  # Finn is in year 10


def test_every_pupil_is_written_about_when_no_years_are_chosen(family_school, write):
    plan = letters.plan_run(family_school, ISSUE)
    _, pages = write(family_school, plan)
    text = flat(" ".join(page.text for page in pages))
    assert all(name in text for name in ALL_PUPILS)
    assert "This letter is about Tom Baker and Ruby Baker." in text
    assert "This letter is about Ada Zeller and Finn Zeller." in text
