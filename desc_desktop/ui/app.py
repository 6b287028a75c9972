"""Starting the window: logging, the error hook, the register (one copy of the app at a
time), the login (before any personal data shows), first run, the demo; and what happens
once it closes.

The login dialog needs neither SQLAlchemy nor the register: it reads only the key file, so
it shows at once. Once the password has opened the register's key, the register's first
screen is read quickly with it (services/snapshot.py) and the ORM loads after it paints.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desc_desktop import APP_NAME, __version__
from desc_desktop.app_paths import demo_database
from desc_desktop.domain.staff import DEMO_LOGIN
from desc_desktop.logging_setup import setup_logging
from desc_desktop.resources import resource
from desc_desktop.security import keyring
from desc_desktop.services import context, pupils, school
from desc_desktop.services import demo as demo_service
from desc_desktop.services.errors import CANNOT_OPEN, RegisterInUse
from desc_desktop.store import cipher, register_lock
from desc_desktop.ui.errors import install_excepthook
from desc_desktop.ui.garbage import QuietGarbageCollector

if TYPE_CHECKING:
    from desc_desktop.security.login import Unlocked
    from desc_desktop.services.context import ServiceContext
    from desc_desktop.services.snapshot import DeferredContext
    from desc_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("DESC")
    app.setApplicationVersion(__version__)
    # The built app's own icon file: drawing the SVG icons would load much of QtGui's
    # painting classes before the login dialog could show.
    app.setWindowIcon(QIcon(str(resource("app.ico"))))
    return app


def open_context_or_explain(path: Path, unlocked: Unlocked | None = None
                            ) -> ServiceContext | None:
    try:
        return context.open_register(path, unlocked)
    except (*CANNOT_OPEN, OSError) as e:
        log.warning("Could not open the database: %s", type(e).__name__)
        QMessageBox.critical(None, "Cannot open the register", str(e))
    return None


def claim_register(path: Path) -> bool:
    """Hold the register's lock for this copy of the app; False (having said why) when
    another copy holds it: the second copy refuses rather than open a register it could
    change under the first's feet (or restore over it)."""
    try:
        register_lock.acquire(path)
    except RegisterInUse as e:
        log.info("The register is open in another copy of the app")
        QMessageBox.warning(None, "DESC Desktop is already open", str(e))
        return False
    return True


def prepare_window(path: Path, demo: bool) -> MainWindow | None:
    """Everything up to a shown main window; None when the user chose not to go on (or
    another copy of the app has the register open)."""
    if not claim_register(path):
        return None
    if keyring.exists(path):
        cipher.finish_interrupted(path)  # encrypting it was cut short: finish first
        return _log_in(path, demo)
    if demo:
        return _demo_made_then_log_in(path)
    return _first_run(path)


def _log_in(path: Path, demo: bool) -> MainWindow | None:
    """The login dialog, then the register as the member of staff who logged in.

    The main window is built (empty, hidden) while the password is checked on another
    thread; the register's first screen fills it once the key is open."""
    from desc_desktop.ui.login import LoginDialog

    built: list[MainWindow] = []

    def build_window() -> None:
        from desc_desktop.services.snapshot import DeferredContext

        built.append(_main_window(DeferredContext(path), demo=demo, database_name=path.name,
                                  pupils=[]))

    dialog = LoginDialog(path, demo_login=DEMO_LOGIN if demo else None, meanwhile=build_window)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    window = built[0] if built else None
    unlocked = dialog.unlocked
    rows = None
    if accepted and unlocked is not None:
        from desc_desktop.services.snapshot import DeferredContext, register_rows

        rows = register_rows(path, unlocked.key)
    if rows is not None and (rows or not demo):
        # The everyday start: show the register at once, open the database properly after.
        if window is None:
            return _show(_main_window(DeferredContext(path, unlocked=unlocked), demo=demo,
                                      database_name=path.name, pupils=rows))
        window.ctx.unlocked = unlocked
        window.pupils_page.reload(rows)
        return _show(window)
    if window is not None:
        window.deleteLater()  # never shown: the dialog was closed, or the key is needed now
    if not accepted:
        return None
    if dialog.recovered is not None:  # the recovery key set a new administrator password
        return _show(_main_window(dialog.recovered, demo=demo, database_name=path.name))
    ctx = open_context_or_explain(path, unlocked)
    if ctx is None:
        return None
    return _show(_main_window(ctx, demo=demo, database_name=path.name))


def _main_window(ctx: ServiceContext | DeferredContext, **options: Any) -> MainWindow:
    # Imported when first needed: with an encrypted register, while the password is checked.
    from desc_desktop.ui.main_window import MainWindow

    return MainWindow(ctx, **options)


def _demo_made_then_log_in(path: Path) -> MainWindow | None:
    """The demo school's own register, made encrypted with the demo login the login screen
    shows (a demo register from before logins is encrypted as any other)."""
    from desc_desktop.services import access

    ctx = access.open_demo(path)
    try:
        if pupils.count_pupils(ctx) == 0:
            # A term's letters and replies, so Today and the Calendar have something to show.
            demo_service.fill_demo(ctx, history=True)
    finally:
        ctx.engine.dispose()
    return _log_in(path, demo=True)


def _first_run(path: Path) -> MainWindow | None:
    """A new register: its administrator (the register is made encrypted) and the school;
    a register from before staff logins: its administrator (which encrypts it)."""
    from desc_desktop.services import access
    from desc_desktop.ui import first_run  # only needed once: keep it off every start

    needs_school = True
    if access.is_plain_register(path):
        ctx = open_context_or_explain(path)
        if ctx is None:
            return None
        needs_school = school.get_school(ctx) is None
        ctx.engine.dispose()
    dialog = first_run.FirstRunDialog(path, needs_school=needs_school)
    choice = dialog.exec()
    if choice == first_run.USE_DEMO:
        register_lock.release(path)
        return prepare_window(demo_database(), demo=True)
    if choice != QDialog.DialogCode.Accepted or dialog.ctx is None:
        return None
    return _show(_main_window(dialog.ctx, database_name=path.name))


def _show(window: MainWindow) -> MainWindow:
    window.show()
    lock_when_idle(window)
    return window


def lock_when_idle(window: MainWindow) -> None:
    """The lock screen after the minutes set in Admin › Staff without input (a register
    with logins only: one without has no password to unlock with)."""
    from desc_desktop.ui.idle_lock import IdleLock

    ctx = window.ctx
    if getattr(ctx, "unlocked", None) is None:
        return

    lock = IdleLock(window, ctx.open)
    window.idle_lock = lock

    def read_setting() -> None:
        from desc_desktop.services import staff

        if lock.stopped:  # the window closed first
            return
        lock.set_minutes(staff.auto_lock_minutes(ctx.open()))

    # After the first paint has opened the register (reading it sooner would delay that).
    QTimer.singleShot(1500, read_setting)


def run_gui(path: Path, demo: bool = False) -> int:
    setup_logging()
    app = make_application()
    install_excepthook()
    # From here on: loading the register makes >100,000 objects, and the collector would
    # walk them again and again while the window is being built.
    collector = QuietGarbageCollector(app)
    log.info("Starting %s %s", APP_NAME, __version__)
    try:
        window = prepare_window(path, demo)
        if window is None:
            return 0
        database = demo_database() if window.demo else path
        unlocked = getattr(window.ctx, "unlocked", None)  # after a restore: the same key
        from desc_desktop.ui.open_window import OpenWindow

        opened = OpenWindow(window, database,
                            lambda reopen: open_context_or_explain(reopen, unlocked))
        try:
            return app.exec()
        finally:
            opened.closed()  # the automatic backup, after the window has gone
    finally:
        collector.stop()
        register_lock.release_all()
