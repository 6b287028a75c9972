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
    """Memory in use after each letter, while the run goes on: a streamed run holds little
    more per page than its place in the file's cross-reference table. (The peak at the very
    end depends on how many different characters the names used, through the embedded font
    subsets, not on the number of letters.)"""
    import gc
    import tracemalloc

    from desc_desktop.domain.letters.template import DEFAULT_TEMPLATE
    from desc_desktop.services.letters_pdf import write_letters

    plan = demo_run.plan
    assert len(plan.letters) >= 70
    in_use: dict[int, int] = {}
    last = len(plan.letters)

    def sample(done: int, _total: int) -> None:
        if done in (10, last):
            # Garbage in reference cycles waits for the collector, which runs rarely in a
            # process holding as many objects as a whole test session: collect it first.
            gc.collect()
            in_use[done] = tracemalloc.get_traced_memory()[0]

    gc.collect()
    tracemalloc.start()
    try:
        write_letters(tmp_path / "run.pdf", plan, DEFAULT_TEMPLATE, demo_run.details,
                      progress=sample)
    finally:
        tracemalloc.stop()
    growth_kib = (in_use[last] - in_use[10]) / 1024
    per_letter = growth_kib * 1024 / (last - 10)
    print(f"{growth_kib:.0f} KiB more after letter {last} than after letter 10 "
          f"({per_letter:.0f} bytes a letter)")
    # Held pages would cost about 15 kB a letter (reportlab's own canvas).
    assert per_letter < 1500, f"{per_letter:.0f} bytes a letter"
