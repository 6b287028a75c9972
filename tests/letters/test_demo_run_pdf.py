"""The fictional demo school's whole run, read back from the PDF: where each letter starts,
its reply slips, and their barcodes against what "mark as sent" stored."""

from __future__ import annotations

from letter_support import (
    CUT_LINE,
    PAGE_WIDTH,
    SLIP_CODE,
    SLIP_TITLE,
    address_block,
    flat,
    slip_codes,
    split_letters,
)


def test_every_letter_has_exactly_one_page_starting_with_the_school_name(demo_run):
    plan, pages = demo_run.plan, demo_run.pages
    assert len(pages) == demo_run.page_count
    assert len(plan.letters) > 50 and demo_run.page_count > len(plan.letters)
    starts = [page for page in pages if page.text.startswith(demo_run.school_name)]
    assert len(starts) == len(plan.letters)
    for letter, its_pages in zip(plan.letters, split_letters(pages, demo_run.school_name),
                                 strict=True):
        # Every page between two letterheads belongs to that letter, and only to it.
        first = its_pages[0]
        assert f"Reference {letter.reference}" in first.text
        assert [f.text for f in address_block(first)][:len(letter.addressees)] == list(
            letter.addressees)
        for page in its_pages[1:]:
            assert not page.text.startswith(demo_run.school_name)
            assert f"continued (reference {letter.reference})" in flat(page.text)
        references = {code for page in its_pages
                      for code in SLIP_CODE.findall(page.text)} | {
            f.text.removeprefix("Reference ") for page in its_pages
            for f in page.starting("Reference ")}
        assert references <= {letter.reference} | {
            f"{letter.reference}-{n}" for n in range(1, len(letter.children) + 1)}


def test_a_letters_reply_slips_are_its_covered_children_on_its_last_page(demo_run):
    letters = split_letters(demo_run.pages, demo_run.school_name)
    with_none = with_several = 0
    for letter, its_pages in zip(demo_run.plan.letters, letters, strict=True):
        covered = [child for child in letter.children if child.covered]
        *earlier, last = its_pages
        assert last.text.count(SLIP_TITLE) == len(covered), letter.reference
        assert all(SLIP_TITLE not in page.text for page in earlier)
        assert [flat(f.text) for f in last.starting("Pupil: ")] == [
            flat(f"Pupil: {c.name}    Form: {c.form}") for c in covered]
        text = flat(" ".join(page.text for page in its_pages))
        assert ("Connexions and your right to opt out" in text) == bool(covered)
        assert (CUT_LINE in text) == bool(covered)
        with_none += not covered
        with_several += len(covered) > 1
    assert with_none and with_several  # the demo school has both kinds of letter


def test_slip_barcodes_print_what_mark_sent_stores(demo_run):
    printed: dict[str, str] = {}
    for letter, its_pages in zip(demo_run.plan.letters,
                                 split_letters(demo_run.pages, demo_run.school_name),
                                 strict=True):
        last = its_pages[-1]
        # Slips top to bottom: each pupil line, then its barcode's text below it, at the right.
        names = sorted(last.starting("Pupil: "), key=lambda f: -f.y)
        codes = sorted(slip_codes(last), key=lambda f: -f.y)
        assert [c.text for c in codes] == [
            f"{letter.reference}-{n}" for n in range(1, len(names) + 1)]
        for n, (name, code) in enumerate(zip(names, codes, strict=True)):
            assert code.x > PAGE_WIDTH / 2
            assert code.y < name.y
            if n + 1 < len(names):
                assert code.y > names[n + 1].y
            printed[code.text] = name.text.removeprefix("Pupil: ").split("    Form:")[0]
    assert printed == demo_run.slips
    assert len(printed) == sum(c.covered for letter in demo_run.plan.letters
                               for c in letter.children)


def test_sorted_by_postcode_for_the_post(demo_run, tmp_path):
    import dataclasses

    from letter_support import TODAY, read_pages

    from desc_desktop.domain.letters.template import DEFAULT_TEMPLATE
    from desc_desktop.services import letters, school
    from desc_desktop.services.context import open_context
    from desc_desktop.services.letters_pdf import write_letters
    from desc_desktop.store.engine import open_database

    engine = open_database(demo_run.tmp / "demo.sqlite")
    try:
        ctx = dataclasses.replace(open_context(engine), today=lambda: TODAY)
        plan = letters.plan_run(ctx, demo_run.plan.issue_date, sort="postcode")
        out = tmp_path / "by-postcode.pdf"
        write_letters(out, plan, DEFAULT_TEMPLATE, school.get_school(ctx))
    finally:
        engine.dispose()
    firsts = split_letters(read_pages(out), demo_run.school_name)
    # The postcode is the address block's last line.
    postcodes = [address_block(pages[0])[-1].text.replace(" ", "") for pages in firsts]
    assert len(postcodes) == len(plan.letters)
    assert postcodes == sorted(postcodes)
    assert len(set(postcodes)) > 20


def test_memory_stays_flat_as_the_run_grows(demo_run, tmp_path):
    import dataclasses
    import gc
    import tracemalloc

    from desc_desktop.domain.letters.template import DEFAULT_TEMPLATE
    from desc_desktop.services.letters_pdf import write_letters

    def peak_kib(count: int) -> float:
        plan = dataclasses.replace(demo_run.plan, letters=demo_run.plan.letters[:count])
        gc.collect()
        tracemalloc.start()
        try:
            write_letters(tmp_path / f"{count}.pdf", plan, DEFAULT_TEMPLATE, demo_run.details)
            return tracemalloc.get_traced_memory()[1] / 1024
        finally:
            tracemalloc.stop()

    peak_kib(3)  # fonts, imports and caches, once
    assert len(demo_run.plan.letters) >= 70
    small, large = peak_kib(10), peak_kib(70)
    # Sixty more letters (120 more pages): a streamed run holds little more than the file's
    # cross-reference table for them.
    print(f"{small:.0f} KiB for 10 letters, {large:.0f} KiB for 70")
    assert large - small < 200, f"{small:.0f} KiB for 10 letters, {large:.0f} KiB for 70"
