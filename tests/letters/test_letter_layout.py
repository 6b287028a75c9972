"""Where things sit on the page, the dates as letters write them, and a letter too long for
its first page, read back from the PDF."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest
from letter_support import (
    CUT_LINE,
    ISSUE,
    SCHOOL,
    SLIP_CODE,
    SLIP_TITLE,
    address_block,
    flat,
    read_pages,
    slip_codes,
    split_letters,
)
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desc_desktop.domain.letters.delivery import Delivery
from desc_desktop.domain.letters.template import DEFAULT_TEMPLATE, Section
from desc_desktop.services import letters
from desc_desktop.services.letters_pdf import WindowPosition

WINDOW_TOLERANCE_MM = 3


@pytest.mark.parametrize("window", [None, WindowPosition(left_mm=25, top_mm=55)])
def test_the_address_block_sits_in_the_envelope_window(family_school, write, window):
    plan = letters.plan_run(family_school, ISSUE)
    options = {} if window is None else {"window": window}
    _, pages = write(family_school, plan, **options)
    left, top = (20, 50) if window is None else (25, 55)
    for letter, its_pages in zip(plan.letters, split_letters(pages, SCHOOL.name), strict=True):
        first = its_pages[0]
        addressee = first.starting(letter.addressees[0])
        assert len(addressee) == 1, letter.addressees
        assert abs(addressee[0].left_mm - left) <= WINDOW_TOLERANCE_MM
        assert abs(addressee[0].top_mm - top) <= WINDOW_TOLERANCE_MM
        # The whole address follows, line under line, inside a DL window's 90 x 45 mm-ish.
        block = address_block(first, left, top)
        assert [f.text for f in block] == [*letter.addressees, *letter.address_lines]
        assert all(abs(f.left_mm - left) < 0.5 for f in block)
        assert block[-1].top_mm - block[0].top_mm < 35


ISSUE_AND_REPLY = [
    # Second class: received Thursday 3 December, reply by 28 days later.
    (ISSUE, Delivery.SECOND, "30 November 2026", "31 December 2026"),
    # By hand on a single-digit day: no leading zero, and across a month end.
    (date(2027, 3, 1), Delivery.HAND, "1 March 2027", "29 March 2027"),
]


@pytest.mark.parametrize(("issue", "delivery", "printed_issue", "printed_reply"),
                         ISSUE_AND_REPLY)
def test_issue_and_reply_by_dates_are_written_out(family_school, write, issue, delivery,
                                                  printed_issue, printed_reply):
    plan = letters.plan_run(family_school, issue, delivery=delivery)
    _, pages = write(family_school, plan)
    for letter, its_pages in zip(plan.letters, split_letters(pages, SCHOOL.name), strict=True):
        first = its_pages[0]
        dated = [f for f in first.fragments if f.text == printed_issue]
        assert len(dated) == 1
        assert dated[0].x > 100 * mm  # at the right, level with the address
        text = flat(" ".join(page.text for page in its_pages))
        covered = sum(child.covered for child in letter.children)
        assert text.count(f"Please return by {printed_reply}") == covered
        if covered:
            assert f"by {printed_reply}. If we have not heard from you" in text
        assert not re.search(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", text)  # never 30/11/2026
        assert not re.search(r"\b0\d [A-Z][a-z]+ 20\d\d\b", text)  # never 01 March 2027


LONG = Section("Our longer explanation", "\n".join(
    f"Point {n}: the school keeps this part of the record only as long as it is needed, "
    "and reviews it each year with the data protection lead." for n in range(1, 121)))


def _long_template():
    return replace(DEFAULT_TEMPLATE, sections=(*DEFAULT_TEMPLATE.sections, LONG))


def test_a_long_letter_flows_onto_continuation_pages_and_ends_with_its_slips(family_school,
                                                                           write):
    plan = letters.plan_run(family_school, ISSUE)
    count, pages = write(family_school, plan, _long_template())
    assert count == len(pages)
    for letter, its_pages in zip(plan.letters, split_letters(pages, SCHOOL.name), strict=True):
        covered = [child for child in letter.children if child.covered]
        assert len(its_pages) >= 3, letter.reference
        text = flat(" ".join(page.text for page in its_pages))
        for n in range(1, 121):  # nothing lost or repeated at the page breaks
            assert text.count(f"Point {n}: the school keeps") == 1, n
        for page in its_pages[1:]:
            header = page.starting(letter.addressees[0])
            assert header and "continued" in flat(header[0].text)
            assert header[0].top_mm < 20
        *earlier, last = its_pages
        assert all(SLIP_TITLE not in page.text for page in earlier)
        assert last.text.count(SLIP_TITLE) == len(covered)
        assert text.count("Yours sincerely") == 1
        if covered:
            # The slips sit below everything else on the last page, behind the cut line, and
            # above its bottom margin.
            cut = last.starting("✂")[0]
            assert CUT_LINE in cut.text
            above = [f for f in last.fragments if f.y > cut.y]
            below = [f for f in last.fragments if f.y < cut.y]
            assert not any(f.text.startswith("Pupil: ") for f in above)
            assert [f.text for f in below if f.text.startswith("Pupil: ")] == [
                f"Pupil: {c.name}    Form: {c.form}" for c in covered]
            assert all(f.y > 15 * mm for f in below)
            signed = last.starting("Yours sincerely")
            assert not signed or signed[0].y > cut.y


class _RunawayPages(Exception):
    pass


@pytest.fixture
def page_limit(monkeypatch):
    """Stop a run that keeps adding pages: more than `limit` would mean it never ends."""

    def install(limit: int) -> None:
        original = Canvas.showPage
        shown = 0

        def show_page(self):
            nonlocal shown
            shown += 1
            if shown > limit:
                raise _RunawayPages(f"more than {limit} pages")
            original(self)

        monkeypatch.setattr(Canvas, "showPage", show_page)

    return install


ONE_LONG_PARAGRAPH = Section("One long paragraph", " ".join(
    f"clause{n} of one long unbroken paragraph," for n in range(1, 601)))


def test_one_paragraph_longer_than_a_page_never_runs_on_for_ever(family_school, tmp_path,
                                                                  page_limit):
    """It prints in full, or it is refused with a message saying what to do; either way the
    run ends, and a refused run leaves no file."""
    from desc_desktop.services import school
    from desc_desktop.services.letters_pdf import write_letters

    template = replace(DEFAULT_TEMPLATE, sections=(ONE_LONG_PARAGRAPH,))
    plan = letters.plan_run(family_school, ISSUE, years=("9",))
    out = tmp_path / "out" / "letters.pdf"
    out.parent.mkdir()
    page_limit(40)
    try:
        write_letters(out, plan, template, school.get_school(family_school))
    except _RunawayPages as stop:
        pytest.fail(f"the run never finished: {stop}")
    except ValueError as refused:
        assert "too long to fit on one page" in str(refused)
        assert list(out.parent.iterdir()) == []
    else:
        text = flat(" ".join(page.text for page in read_pages(out)))
        assert "clause1 of" in text and "clause600 of" in text


def test_one_paragraph_longer_than_a_page_flows_onto_the_next(family_school, write,
                                                              page_limit):
    template = replace(DEFAULT_TEMPLATE, sections=(ONE_LONG_PARAGRAPH,))
    plan = letters.plan_run(family_school, ISSUE, years=("9",))
    page_limit(40)
    try:
        _, pages = write(family_school, plan, template)
    except _RunawayPages as stop:
        pytest.fail(f"the run never finished: {stop}")
    text = flat(" ".join(page.text for page in pages))
    for n in range(1, 601):
        assert text.count(f"clause{n} of") == len(plan.letters), n


def test_six_covered_children_each_get_a_whole_slip_on_the_page(ctx, write):
    """More slips than fit under the text continue on further pages, each slip whole, on
    the page and below the continuation line, numbered on across the pages."""
    from desc_desktop.domain.register import Address, CarerInput, CarerLinkInput, PupilInput
    from desc_desktop.services import carers, pupils, school

    school.save_school(ctx, SCHOOL)
    home = Address(line1="18 Foundry Yard", town="Hemel Hempstead", postcode="HP3 9PL")
    children = [pupils.create_pupil(ctx, PupilInput(
        legal_surname="Ferreira", legal_forename=name, dob=dob, gender="F",
        year_group=year, reg_group=f"{year}F", address=home))
        for name, dob, year in (("Ana", date(2014, 6, 1), "7"), ("Bia", date(2013, 3, 1), "8"),
                                ("Caio", date(2012, 4, 2), "9"), ("Davi", date(2011, 5, 3), "10"),
                                ("Elis", date(2011, 6, 4), "10"),
                                ("Flor", date(2012, 2, 5), "9"))]
    mother = carers.add_carer(ctx, children[0], CarerInput(surname="Ferreira", forename="Lia",
                                                           title="Ms"), CarerLinkInput("Mother"))
    for child in children[1:]:
        carers.link_carer(ctx, child, mother, CarerLinkInput("Mother"))
    plan = letters.plan_run(ctx, ISSUE)
    assert [sum(c.covered for c in letter.children) for letter in plan.letters] == [6]
    count, pages = write(ctx, plan)
    assert count == len(pages) and len(split_letters(pages, SCHOOL.name)) == 1
    names, codes = [], []
    with_slips = [n for n, page in enumerate(pages) if SLIP_TITLE in page.text]
    assert with_slips == list(range(with_slips[0], len(pages)))  # the letter ends with them
    for page in pages:
        slips = [f for f in page.fragments
                 if f.text.startswith(("Pupil: ", SLIP_TITLE)) or SLIP_CODE.fullmatch(f.text)]
        header = [f for f in page.fragments if "continued (reference" in f.text]
        for fragment in slips:
            assert 15 * mm < fragment.y < page.height - 20 * mm, fragment.text
            assert not header or fragment.y < header[0].y - 3 * mm
        if slips:
            assert page.starting("✂")  # each page of slips has its own cut line
        names += [f.text for f in sorted(page.starting("Pupil: "), key=lambda f: -f.y)]
        codes += [f.text for f in sorted(slip_codes(page), key=lambda f: -f.y)]
    assert names == [f"Pupil: {c.name}    Form: {c.form}" for c in plan.letters[0].children]
    assert codes == [f"R001-0001-{n}" for n in range(1, 7)]


def test_a_section_title_is_never_left_alone_at_the_foot_of_a_page(family_school, write):
    plan = letters.plan_run(family_school, ISSUE, years=("9",))
    plan = replace(plan, letters=plan.letters[:1])
    orphaned = []
    for lines in range(15, 36):  # enough filler to bring the title to every spot near the foot
        filler = "\n".join(f"Filler line {n}." for n in range(lines))
        template = replace(DEFAULT_TEMPLATE, sections=(
            Section("First heading", filler), Section("Second heading", "Its own text.")))
        _, pages = write(family_school, plan, template, name=f"orphan-{lines}.pdf")
        for page in pages[:-1]:
            body = [f for f in page.fragments if f.top_mm > 90 and f.left_mm < 25]
            if body and min(body, key=lambda f: f.y).text == "Second heading":
                orphaned.append(lines)
    assert orphaned == []
