"""A 1,500-pupil school's letter run against a floor of a bare reportlab canvas.

Run by the parent, in fresh processes:

    python -m benchmarks.letters_run time DB FOLDER RUNS
    python -m benchmarks.letters_run memory DB FOLDER LETTERS app|floor
    python -m benchmarks.letters_run encryption DB FOLDER RUNS

Each prints one report line (timings in seconds, memory in KiB).

- **The run**: `plan_run` for the issue date (everyone on roll, by hand, sorted by form),
  then `write_letters` into a PDF, exactly as the app and ``desc-desktop letters`` call it.
- **The floor**: the same letters' text strings (letterhead, address block, date and
  reference, salutation, section titles and bodies with their placeholders filled, sign-off,
  continuation lines, cut line and reply slips with their Code 128 barcodes), prepared before
  the clock starts; then, timed, a bare reportlab `Canvas` with the same TTF fonts
  registered: each paragraph broken into lines with `simpleSplit` and drawn with
  `drawString`, each letter on as many pages as the app gave it (counted in the untimed
  warm-up run), and `save()`. No platypus, no frames, no styles.

`encryption`: the run (plan, then PDF) from the plain register and from an encrypted copy,
alternating, after one warm-up of each: the cost of encryption at rest as a ratio.

`time`: one untimed run of each (imports, fonts, caches), then RUNS timed runs of each,
alternating, the order reversed every other round. It writes the page count of each letter
to FOLDER for the floor's memory runs.

`memory`: the first LETTERS letters of the plan (`dataclasses.replace(plan, letters=...)`)
after a warm-up of a few letters; the figure is the peak resident memory during the run
(VmHWM, reset first through /proc/self/clear_refs) less the resident memory just before it,
or, where that cannot be done, tracemalloc's peak of Python allocations during the run.
"""

from __future__ import annotations

import dataclasses
import gc
import json
import math
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks import REPORT_PREFIX

TODAY = date(2026, 11, 28)  # fixed, so every run makes the same school
ISSUE = date(2026, 11, 30)
SEED = 1
PAGES_FILE = "letter-pages.json"
FLOOR_FONT, FLOOR_BOLD = "FloorSans", "FloorSans-Bold"


def make_database(folder: Path, pupils: int) -> Path:
    """A database of the demo school with `pupils` pupils, written to `folder`."""
    from desc_desktop.services.demo import fill_demo
    from desc_desktop.store.engine import open_database

    db = folder / "letters.sqlite"
    engine = open_database(db)
    try:
        fill_demo(_context(engine), pupils=pupils, seed=SEED)
    finally:
        engine.dispose()
    return db


def _context(engine):
    from desc_desktop.services.context import open_context

    return dataclasses.replace(open_context(engine), today=lambda: TODAY)


@dataclass
class Run:
    """What a letter run needs, read from the database."""

    plan: Any
    template: Any
    school: Any
    plan_s: float


def load_run(db: Path) -> Run:
    from desc_desktop.services import letter_runs, letters, school
    from desc_desktop.store.engine import open_database

    engine = open_database(db)
    try:
        ctx = _context(engine)
        started = time.perf_counter()
        plan = letters.plan_run(ctx, ISSUE)
        plan_s = time.perf_counter() - started
        _version, template = letter_runs.current_template(ctx)
        details = school.get_school(ctx)
    finally:
        engine.dispose()
    return Run(plan, template, details, plan_s)


# -- the app's run ------------------------------------------------------------------------


def app_write(path: Path, run: Run, plan=None) -> int:
    from desc_desktop.services.letters_pdf import write_letters

    return write_letters(path, plan or run.plan, run.template, run.school)


def app_pages_per_letter(path: Path, run: Run) -> tuple[list[int], bool]:
    """Write the run once (untimed), noting how many pages each letter took.

    The count comes from the module's letter-drawing function, wrapped for this one run;
    if it is not there, the run's pages are shared out evenly (and flagged as estimated).
    """
    from desc_desktop.services import letters_pdf

    original = getattr(letters_pdf, "_draw_letter", None)
    counts: list[int] = []
    if original is None:
        pages = app_write(path, run)
        n = len(run.plan.letters)
        return [pages // n + (i < pages % n) for i in range(n)], False

    def counting(*args, **kwargs):
        pages = original(*args, **kwargs)
        counts.append(pages)
        return pages

    letters_pdf._draw_letter = counting
    try:
        app_write(path, run)
    finally:
        letters_pdf._draw_letter = original
    return counts, True


# -- the floor ----------------------------------------------------------------------------


@dataclass(frozen=True)
class FloorLetter:
    head: tuple[str, ...]
    """The school's name, then the letterhead's detail lines."""
    address: tuple[str, ...]
    issue_date: str
    reference: str
    paragraphs: tuple[tuple[bool, str], ...]
    """(bold, text): salutation, section titles (bold) and bodies, sign-off lines."""
    continued: str
    slips: tuple[tuple[str, ...], ...]
    """Per reply slip: title, pupil, return-by, tick-box text, signer, signature, barcode."""
    pages: int


def floor_letters(run: Run, pages: list[int]) -> list[FloorLetter]:
    """Every letter's strings, as the app prints them, with the placeholders filled."""
    from desc_desktop.domain.letters.template import fill
    from desc_desktop.services.letters_pdf import uk_long_date

    plan, template, school = run.plan, run.template, run.school
    details = [", ".join(p for p in (school.address_line1, school.address_line2, school.town,
                                     school.postcode) if p),
               "  ·  ".join(p for p in (school.phone and f"Telephone {school.phone}",
                                        school.email) if p)]
    head = (school.name, *(line for line in details if line))
    issued, reply_by = uk_long_date(plan.issue_date), uk_long_date(plan.reply_by)
    result = []
    for letter, letter_pages in zip(plan.letters, pages, strict=True):
        names = [c.name for c in letter.children]
        values = {"school_name": school.name, "school_phone": school.phone,
                  "school_email": school.email, "head_teacher": school.head_teacher,
                  "data_protection_lead": school.data_protection_lead,
                  "recipient": " and ".join(letter.addressees),
                  "pupils": names[0] if len(names) == 1
                  else ", ".join(names[:-1]) + " and " + names[-1],
                  "issue_date": issued, "reply_by": reply_by}
        covered = [c for c in letter.children if c.covered]
        sections = [*template.sections, *([template.connexions] if covered else [])]
        paragraphs = [(False, fill(template.salutation, values))]
        for section in sections:
            paragraphs.append((True, fill(section.title, values)))
            paragraphs += [(False, part) for part in fill(section.body, values).split("\n")
                           if part.strip()]
        paragraphs += [(False, line) for line in fill(template.sign_off, values).split("\n")]
        slips = tuple((
            "Connexions opt-out — reply slip",
            f"Pupil: {child.name}" + (f"    Form: {child.form}" if child.form else ""),
            f"Please return by {reply_by}",
            "I do not want the school to pass Connexions any information beyond name and "
            "address.",
            "Signed by:  [  ] parent/carer    [  ] the pupil (aged 16 or over)"
            if child.may_sign else "Signed by the parent/carer",
            "Signature ______________________________    Date ______________",
            f"{letter.reference}-{n}") for n, child in enumerate(covered, start=1))
        result.append(FloorLetter(
            head, (*letter.addressees, *letter.address_lines)[:8], issued,
            f"Reference {letter.reference}", tuple(paragraphs),
            f"{' and '.join(letter.addressees)} — continued (reference {letter.reference})",
            slips, letter_pages))
    return result


def register_floor_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from desc_desktop.resources import resource

    pdfmetrics.registerFont(TTFont(FLOOR_FONT, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FLOOR_BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))


def floor_write(path: Path, letters: list[FloorLetter], title: str, author: str) -> int:
    """The same strings on the same number of pages, with nothing but a bare Canvas."""
    from reportlab.graphics.barcode.code128 import Code128
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    width, height = A4
    margin, slip_height, leading = 20 * mm, 52 * mm, 13.5
    text_width = width - 2 * margin
    canvas = Canvas(str(path), pagesize=A4, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor(author)
    for letter in letters:
        canvas.setFont(FLOOR_BOLD, 14)
        canvas.drawString(margin, height - 18 * mm, letter.head[0])
        canvas.setFont(FLOOR_FONT, 8.5)
        for n, line in enumerate(letter.head[1:]):
            canvas.drawString(margin, height - (23 + 4 * n) * mm, line)
        canvas.setFont(FLOOR_FONT, 10.5)
        for n, line in enumerate(letter.address):
            canvas.drawString(20 * mm, height - 50 * mm - n * 4.8 * mm, line)
        canvas.setFont(FLOOR_FONT, 10)
        canvas.drawRightString(width - margin, height - 50 * mm, letter.issue_date)
        canvas.drawRightString(width - margin, height - 55 * mm, letter.reference)
        lines = []
        for bold, text in letter.paragraphs:
            font, size = (FLOOR_BOLD, 11) if bold else (FLOOR_FONT, 10)
            lines += [(font, size, line) for line in simpleSplit(text, font, size, text_width)]
        per_page = math.ceil(len(lines) / letter.pages)
        for page in range(letter.pages):
            y = height - 95 * mm
            if page:
                canvas.showPage()
                canvas.setFont(FLOOR_FONT, 8.5)
                canvas.drawString(margin, height - margin + 4 * mm, letter.continued)
                y = height - margin - 10 * mm
            for font, size, line in lines[page * per_page:(page + 1) * per_page]:
                canvas.setFont(font, size)
                canvas.drawString(margin, y, line)
                y -= leading
        if letter.slips:
            top = margin + slip_height * len(letter.slips) + 4 * mm
            canvas.setDash(3, 3)
            canvas.line(margin - 8 * mm, top, width - margin + 8 * mm, top)
            canvas.setDash()
            canvas.setFont(FLOOR_FONT, 7)
            canvas.drawString(margin, top + 1.5 * mm,
                              "✂  Cut here and return the slip to the school")
            for n, slip in enumerate(letter.slips):
                at = top - 4 * mm - slip_height * n
                title_line, pupil, by, tick, signer, signature, code = slip
                canvas.setFont(FLOOR_BOLD, 10)
                canvas.drawString(margin, at - 4 * mm, title_line)
                canvas.setFont(FLOOR_FONT, 9.5)
                canvas.drawString(margin, at - 10 * mm, pupil)
                canvas.drawString(margin, at - 15 * mm, by)
                canvas.rect(margin, at - 22.5 * mm, 4 * mm, 4 * mm)
                canvas.drawString(margin + 6 * mm, at - 21.8 * mm, tick)
                canvas.drawString(margin, at - 29 * mm, signer)
                canvas.drawString(margin, at - 37 * mm, signature)
                barcode = Code128(code, barHeight=10 * mm, barWidth=0.3 * mm,
                                  humanReadable=True, fontName=FLOOR_FONT, fontSize=7)
                barcode.drawOn(canvas, width - margin - barcode.width, at - 16 * mm)
        canvas.showPage()
    pages = canvas.getPageNumber() - 1
    canvas.save()
    return pages


def floor_title(run: Run) -> tuple[str, str]:
    from desc_desktop.services.letters_pdf import uk_long_date

    return (f"Privacy notice letters, {uk_long_date(run.plan.issue_date)}", run.school.name)


# -- the child programs -------------------------------------------------------------------


def time_main(db: Path, folder: Path, runs: int) -> dict[str, Any]:
    run = load_run(db)
    made = 0

    def fresh(name: str) -> Path:
        nonlocal made
        made += 1
        return folder / f"{name}-{made}.pdf"

    started = time.perf_counter()
    warm_path = fresh("app")
    pages, exact = app_pages_per_letter(warm_path, run)
    warm_app = time.perf_counter() - started
    (folder / PAGES_FILE).write_text(json.dumps(pages), encoding="utf-8")
    app_size = warm_path.stat().st_size
    warm_path.unlink()

    started = time.perf_counter()
    strings = floor_letters(run, pages)
    prepare_s = time.perf_counter() - started
    register_floor_fonts()
    title = floor_title(run)

    def app_program(path: Path) -> int:
        return app_write(path, run)

    def floor_program(path: Path) -> int:
        return floor_write(path, strings, *title)

    programs = {"app": app_program, "floor": floor_program}
    sizes: dict[str, int] = {"app": app_size}
    page_counts: dict[str, int] = {}

    def timed(name: str) -> float:
        path = fresh(name)
        gc.collect()
        started = time.perf_counter()
        page_counts[name] = programs[name](path)
        seconds = time.perf_counter() - started
        sizes[name] = path.stat().st_size
        path.unlink()
        return seconds

    warm_floor = timed("floor")
    results: dict[str, list[float]] = {name: [] for name in programs}
    for n in range(runs):
        order = list(programs) if n % 2 == 0 else list(reversed(programs))
        for name in order:
            results[name].append(timed(name))
    return {**results, "warm_up": {"app": warm_app, "floor": warm_floor},
            "letters": len(run.plan.letters), "pupils_covered": run.plan.pupils_covered,
            "problems": len(run.plan.problems),
            "slips": sum(c.covered for letter in run.plan.letters for c in letter.children),
            "pages": page_counts, "pages_exact": exact,
            "pages_per_letter": dict(sorted(Counter(pages).items())),
            "bytes": sizes, "plan_s": run.plan_s, "prepare_s": prepare_s}


def _reset_peak() -> bool:
    """Reset this process's peak resident memory (VmHWM) to its current size, Linux only."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as clear:
            clear.write("5")
    except OSError:
        return False
    return _status_kb("VmHWM") is not None


def _status_kb(field: str) -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def memory_main(db: Path, folder: Path, count: int, which: str) -> dict[str, Any]:
    run = load_run(db)
    plan = dataclasses.replace(run.plan, letters=run.plan.letters[:count])
    if which == "app":
        def write(path: Path, letters_plan) -> int:
            return app_write(path, run, letters_plan)
    else:
        pages = json.loads((folder / PAGES_FILE).read_text(encoding="utf-8"))
        strings = floor_letters(run, pages)[:count]
        register_floor_fonts()
        title = floor_title(run)

        def write(path: Path, letters_plan) -> int:
            return floor_write(path, strings[:len(letters_plan.letters)], *title)

    warm = folder / f"memory-{which}-warm.pdf"
    write(warm, dataclasses.replace(plan, letters=plan.letters[:5]))
    warm.unlink()
    gc.collect()
    out = folder / f"memory-{which}-{count}.pdf"
    if _reset_peak():
        method = "rss"
        before = _status_kb("VmRSS") or 0
        started = time.perf_counter()
        pages = write(out, plan)
        seconds = time.perf_counter() - started
        growth = (_status_kb("VmHWM") or 0) - before
    else:
        import tracemalloc

        method = "tracemalloc"
        tracemalloc.start()
        started = time.perf_counter()
        pages = write(out, plan)
        seconds = time.perf_counter() - started
        growth = tracemalloc.get_traced_memory()[1] // 1024
        tracemalloc.stop()
    size = out.stat().st_size
    out.unlink()
    return {"letters": len(plan.letters), "pages": pages, "growth_kb": growth,
            "method": method, "s": seconds, "bytes": size, "which": which}


def encryption_main(db: Path, folder: Path, runs: int) -> dict[str, Any]:
    """The letter run as the app makes it (plan_run, the template and school read, every
    letter written to the PDF) from the plain register and from an encrypted copy of it
    (SQLCipher, a random key, as the app's), alternating in one process."""
    import secrets

    from desc_desktop.store import cipher

    key = secrets.token_bytes(32)
    encrypted = folder / "letters-encrypted.sqlite"
    cipher.export_encrypted(db, encrypted, key)
    sources = {"plain": (db, None), "encrypted": (encrypted, key)}
    plans: dict[str, list[float]] = {name: [] for name in sources}
    made = 0

    def timed(name: str) -> float:
        from desc_desktop.services import letter_runs, letters, school
        from desc_desktop.services.letters_pdf import write_letters
        from desc_desktop.store.engine import open_database

        nonlocal made
        made += 1
        path, source_key = sources[name]
        out = folder / f"{name}-{made}.pdf"
        engine = open_database(path, source_key)
        try:
            ctx = _context(engine)
            gc.collect()
            started = time.perf_counter()
            plan = letters.plan_run(ctx, ISSUE)
            planned = time.perf_counter()
            _version, template = letter_runs.current_template(ctx)
            write_letters(out, plan, template, school.get_school(ctx))
            seconds = time.perf_counter() - started
            plans[name].append(planned - started)
        finally:
            engine.dispose()
        out.unlink()
        return seconds

    warm = {name: timed(name) for name in sources}
    results: dict[str, list[float]] = {name: [] for name in sources}
    for n in range(runs):
        order = list(sources) if n % 2 == 0 else list(reversed(sources))
        for name in order:
            results[name].append(timed(name))
    return {**results, "warm_up": warm,
            "plan_s": {name: sorted(values[1:])[len(values[1:]) // 2]
                       for name, values in plans.items()}}


def main() -> None:
    command, db, folder = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    if command == "time":
        result = time_main(db, folder, int(sys.argv[4]))
    elif command == "encryption":
        result = encryption_main(db, folder, int(sys.argv[4]))
    elif command == "memory":
        result = memory_main(db, folder, int(sys.argv[4]), sys.argv[5])
    else:
        raise SystemExit(f"unknown command {command!r}")
    sys.stdout.write(REPORT_PREFIX + json.dumps(result) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
