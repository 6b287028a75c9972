"""`desc-desktop --self-test`: the app checks itself end to end on a throwaway demo school.

Meant above all for the frozen (PyInstaller) app, where a missing module, data file or Qt
plugin shows up only when something uses it: each step uses the real services and the real
Qt pieces the office relies on (the window, icons, PDF preview, printing to PDF), and checks
what came out. Everything happens in a temporary folder that is removed at the end; the
school's own register is never opened.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TextIO

DEMO_PUPILS = 40
SELF_TEST_ADMIN = "Self-test"


@dataclass
class SelfTest:
    folder: Path
    today: date = field(default_factory=date.today)
    state: dict[str, object] = field(default_factory=dict)

    @property
    def database(self) -> Path:
        return self.folder / "self-test.sqlite"


Step = Callable[[SelfTest], str]


def run_self_test(out: TextIO | None = None) -> int:
    """Runs every step, printing one line each; 0 when all passed, else 1."""
    if out is None:
        out = _output()
        if out is not sys.stdout:
            with out:
                return run_self_test(out)
    # Qt must not look for a screen when there is none (CI, a service account).
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") \
            and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desc_desktop import APP_NAME, __version__

    print(f"{APP_NAME} {__version__} self-test ({'frozen' if _frozen() else 'from source'}, "
          f"Python {sys.version.split()[0]})", file=out)
    failed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="desc-self-test-",
                                     ignore_cleanup_errors=True) as folder:
        test = SelfTest(Path(folder))
        try:
            for step in STEPS:
                name = step.__doc__ or step.__name__
                started = time.perf_counter()
                try:
                    detail = step(test)
                except Skipped:
                    failed.append(name)
                    print(f"skipped {name}: an earlier check it needs failed", file=out)
                    continue
                except SelfTestFailure as failure:
                    failed.append(name)
                    print(f"FAILED  {name}: {failure}", file=out)
                    continue
                except Exception as error:  # every failure is reported, then the run goes on
                    failed.append(name)
                    print(f"FAILED  {name}: {type(error).__name__}: {error}", file=out)
                    traceback.print_exc(file=out)
                    continue
                took = (time.perf_counter() - started) * 1000
                print(f"ok      {name}: {detail} ({took:.0f} ms)", file=out)
        finally:
            _close(test)
    if failed:
        print(f"Self-test FAILED: {len(failed)} of {len(STEPS)} checks: {', '.join(failed)}",
              file=out)
        return 1
    print(f"Self-test passed: {len(STEPS)} checks.", file=out)
    return 0


def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def _output() -> TextIO:
    # A windowed app on Windows has no console: the report goes to a file, the one named by
    # DESC_SELF_TEST_REPORT (scripts/dev.py build) or else self-test.txt beside the logs.
    named = os.environ.get("DESC_SELF_TEST_REPORT")
    if named:
        return Path(named).open("w", encoding="utf-8")
    if sys.stdout is not None:
        return sys.stdout
    from desc_desktop.app_paths import log_dir

    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return (folder / "self-test.txt").open("w", encoding="utf-8")


def _close(test: SelfTest) -> None:
    window = test.state.pop("window", None)
    if window is not None:
        from PySide6.QtCore import QCoreApplication, QEvent

        # Work the window scheduled after its first paint (Today, statuses) runs while the
        # database is still there; then the window really goes before the folder does.
        QCoreApplication.processEvents()
        window.close()  # type: ignore[attr-defined]
        window.deleteLater()  # type: ignore[attr-defined]
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    ctx = test.state.get("ctx")
    if ctx is not None:
        ctx.engine.dispose()  # type: ignore[attr-defined]


def _context(test: SelfTest):
    return _needs(test, "ctx")


def _needs(test: SelfTest, key: str):
    """What an earlier step made; a step whose input is missing is skipped, not failed twice."""
    if key not in test.state:
        raise Skipped(key)
    return test.state[key]


def check_database(test: SelfTest) -> str:
    """encrypted database created and upgraded"""
    import secrets

    from desc_desktop.services import access
    from desc_desktop.store.migrate import REVISIONS, read_revision

    # Throwaway credentials: the register lives only as long as the self-test's folder.
    password = secrets.token_urlsafe(18)
    made = access.set_up_administrator(test.database, SELF_TEST_ADMIN, password, password,
                                       today=lambda: test.today)
    test.state.update(ctx=made.ctx, password=password)
    revision = read_revision(test.database, made.ctx.unlocked.key)
    _expect(revision == REVISIONS[-1], f"schema {revision}, expected {REVISIONS[-1]}")
    return f"schema {revision}, encrypted"


def check_encryption(test: SelfTest) -> str:
    """register unreadable without a login"""
    from desc_desktop.security.errors import LoginRefused
    from desc_desktop.services import access, pupils

    ctx = _context(test)
    _needs(test, "demo")
    # Six bytes or more: a shorter name turns up in that many random bytes by chance.
    names = {name for p in pupils.list_pupils(ctx)
             if len(name := p.legal_surname.encode("utf-8")) >= 6}
    stored = b"".join(path.read_bytes() for path in test.folder.glob("self-test.sqlite*"))
    found = [name for name in names if name in stored]
    _expect(not found, f"{len(found)} pupils' surnames readable in the file")
    try:
        access.log_in_and_open(test.database, SELF_TEST_ADMIN, "not the password", how=None)
    except LoginRefused:
        pass
    else:
        raise SelfTestFailure("a wrong password opened the register")
    again = access.log_in_and_open(test.database, SELF_TEST_ADMIN,
                                   str(test.state["password"]), how=None)
    again.engine.dispose()
    return f"no surname of {len(names)} in the file; wrong password refused"


def check_demo_school(test: SelfTest) -> str:
    """fictional demo school filled"""
    from desc_desktop.services import demo, pupils

    demo.fill_demo(_context(test), pupils=DEMO_PUPILS, seed=3)
    count = pupils.count_pupils(_context(test))
    _expect(count == DEMO_PUPILS, f"{count} pupils, expected {DEMO_PUPILS}")
    test.state["demo"] = True
    return f"{count} pupils"


def check_bank_holidays(test: SelfTest) -> str:
    """post skips weekends and bank holidays"""
    from desc_desktop.domain.letters.delivery import Delivery, received_on

    # Thursday 24 December 2026, first class: Christmas Day, the weekend and the Boxing Day
    # substitute (Monday 28th) are skipped, so two working days later is Wednesday 30th.
    received = received_on(date(2026, 12, 24), Delivery.FIRST)
    _expect(received == date(2026, 12, 30), f"received {received.isoformat()}, "
            "expected 2026-12-30 (are the bank holidays bundled?)")
    return "24/12/2026 first class arrives 30/12/2026"


def check_letters_pdf(test: SelfTest) -> str:
    """letter run written to PDF"""
    from desc_desktop.services import letter_runs, letters, school
    from desc_desktop.services.letters_pdf import write_letters

    ctx = _context(test)
    _needs(test, "demo")
    plan = letters.plan_run(ctx, test.today)
    _expect(plan.letters and not plan.problems, f"{len(plan.letters)} letters, "
            f"{len(plan.problems)} problems")
    version, template = letter_runs.current_template(ctx)
    path = test.folder / "letters.pdf"
    pages = write_letters(path, plan, template, school.get_school(ctx))
    data = path.read_bytes()
    _expect(data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"),
            "the file is not a complete PDF")
    _expect(pages >= len(plan.letters), f"{pages} pages for {len(plan.letters)} letters")
    test.state.update(plan=plan, pdf=path, pages=pages, template_version=version)
    return f"{len(plan.letters)} letters, {pages} pages, {len(data) // 1024} KiB"


def check_mark_sent(test: SelfTest) -> str:
    """letter run marked as sent"""
    from desc_desktop.services import letter_runs

    plan = _needs(test, "plan")
    run = letter_runs.mark_sent(_context(test), plan, test.state["template_version"])
    return f"run {run}, reply by {plan.reply_by.isoformat()}"  # type: ignore[attr-defined]


def check_opt_out(test: SelfTest) -> str:
    """returned slip found and opt-out recorded"""
    from desc_desktop.domain.optouts.status import OptOutBy, Status
    from desc_desktop.services import optouts

    ctx = _context(test)
    plan = _needs(test, "plan")
    slip = next(f"{letter.reference}-1" for letter in plan.letters  # type: ignore[attr-defined]
                if any(child.covered for child in letter.children))
    found = optouts.find_slip(ctx, slip.lower().replace("-", " "))  # as a person might type it
    _expect(found.slip == slip and len(found.pupils) == 1, f"slip {slip} not found")
    pupil = found.pupils[0]
    carer = next((c for c in pupil.carers if c.parental_responsibility and not c.no_contact),
                 None)
    _expect(carer is not None, "no parent/carer with parental responsibility on the slip")
    recorded = optouts.record_opt_out(ctx, optouts.OptOutRequest(
        pupil_id=pupil.pupil_id, by=OptOutBy.PARENT, received=test.today,
        carer_id=carer.carer_id, letter_id=found.letter_id))
    _expect(recorded.status.status is Status.OPTED_OUT and not recorded.late,
            f"status after the opt-out: {recorded.status.status}")
    test.state["opted_out"] = pupil.pupil_id
    return f"slip {slip}: {recorded.status.label}"


def check_opt_out_list(test: SelfTest) -> str:
    """opt-out list exported (Excel and PDF) and logged"""
    from openpyxl import load_workbook

    from desc_desktop.services import exports
    from desc_desktop.services.export_files import FileFormat

    ctx = _context(test)
    _needs(test, "opted_out")
    plan = exports.plan_opt_out_list(ctx, test.today)
    _expect(plan.pupils == 1, f"{plan.pupils} pupils on the list, expected the one opted out")
    made = []
    for file_format in (FileFormat.XLSX, FileFormat.PDF):
        path = test.folder / plan.proposed_name(file_format)
        done = exports.write_opt_out_list(ctx, plan, path, file_format)
        _expect(done.sha256 == exports.sha256_of(path), f"{path.name}: SHA-256 differs")
        made.append(path)
    sheet = load_workbook(made[0], read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    _expect(len(rows) == 2 and rows[1][0] == plan.rows[0].legal_surname,
            f"the Excel file has {len(rows) - 1} rows, not the pupil opted out")
    _expect(made[1].read_bytes().startswith(b"%PDF-"), "the PDF list is not a PDF")
    return f"{plan.pupils} pupil; {', '.join(p.suffix for p in made)} written and logged"


def check_window(test: SelfTest) -> str:
    """main window shows the register"""
    from desc_desktop.ui.app import make_application
    from desc_desktop.ui.main_window import MainWindow

    _needs(test, "demo")
    app = make_application()
    window = MainWindow(_context(test), demo=True, database_name=test.database.name)
    window.show()
    app.processEvents()
    rows = window.pupils_page.proxy.rowCount()
    _expect(rows == DEMO_PUPILS, f"{rows} rows shown, expected {DEMO_PUPILS}")
    _expect(not app.windowIcon().isNull(), "the app's icon did not load (SVG icons)")
    image = window.grab().toImage()
    _expect(image.width() > 100 and image.height() > 100, "the window did not paint")
    test.state["window"] = window
    return f"{rows} pupils listed, {image.width()}x{image.height()} painted"


def check_pdf_preview(test: SelfTest) -> str:
    """letters open in the PDF preview"""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    error = document.load(str(_needs(test, "pdf")))
    _expect(error == QPdfDocument.Error.None_, f"QtPdf could not load the letters: {error}")
    pages = document.pageCount()
    _expect(pages == test.state["pages"], f"QtPdf sees {pages} pages")
    image = document.render(0, document.pagePointSize(0).toSize())
    _expect(not image.isNull(), "QtPdf did not render the first page")
    document.close()
    return f"{pages} pages, first page rendered"


def check_printing(test: SelfTest) -> str:
    """printing works (to a PDF printer)"""
    from PySide6.QtGui import QPainter
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = test.folder / "printed.pdf"
    printer.setOutputFileName(str(out))
    painter = QPainter()
    _expect(painter.begin(printer), "the printer could not start")
    painter.drawText(100, 100, "DESC Desktop self-test")
    painter.end()
    _expect(out.stat().st_size > 0, "nothing was printed")
    return "one page printed"


STEPS: list[Step] = [
    check_database, check_demo_school, check_encryption, check_bank_holidays, check_letters_pdf,
    check_mark_sent, check_opt_out, check_opt_out_list, check_window, check_pdf_preview,
    check_printing]


class SelfTestFailure(AssertionError):
    pass


class Skipped(Exception):
    pass


def _expect(condition: object, problem: str) -> None:
    if not condition:
        raise SelfTestFailure(problem)
