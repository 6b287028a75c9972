"""Starting the window: logging, the error hook, the register (one copy of the app at a
time), first run, the demo; and what happens once it closes."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desc_desktop import APP_NAME, __version__
from desc_desktop.app_paths import demo_database
from desc_desktop.logging_setup import setup_logging
from desc_desktop.services import context, pupils, school
from desc_desktop.services import demo as demo_service
from desc_desktop.services.errors import CANNOT_OPEN, RegisterInUse
from desc_desktop.services.snapshot import DeferredContext, register_rows
from desc_desktop.store import register_lock
from desc_desktop.ui.errors import install_excepthook
from desc_desktop.ui.icons import icon
from desc_desktop.ui.main_window import MainWindow
from desc_desktop.ui.open_window import OpenWindow

if TYPE_CHECKING:
    from desc_desktop.services.context import ServiceContext

log = logging.getLogger(__name__)


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("DESC")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("shield-check"))
    return app


def open_context_or_explain(path: Path) -> ServiceContext | None:
    try:
        return context.open_register(path)
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
    rows = register_rows(path)
    if rows is not None and (rows or not demo):
        # The everyday start: show the register at once, open the database properly after.
        window = MainWindow(DeferredContext(path), demo=demo, database_name=path.name,
                            pupils=rows)
        window.show()
        return window
    ctx = open_context_or_explain(path)
    if ctx is None:
        return None
    if demo and pupils.count_pupils(ctx) == 0:
        # With a term's letters and replies, so Today and the Calendar have something to show.
        demo_service.fill_demo(ctx, history=True)
    if not demo and school.get_school(ctx) is None:
        from desc_desktop.ui import first_run  # only needed once: keep it off every start

        choice = first_run.FirstRunDialog(ctx).exec()
        if choice == first_run.USE_DEMO:
            ctx.engine.dispose()
            register_lock.release(path)
            return prepare_window(demo_database(), demo=True)
        if choice != QDialog.DialogCode.Accepted:
            return None
    window = MainWindow(ctx, demo=demo, database_name=path.name)
    window.show()
    return window


def run_gui(path: Path, demo: bool = False) -> int:
    setup_logging()
    app = make_application()
    install_excepthook()
    log.info("Starting %s %s", APP_NAME, __version__)
    try:
        window = prepare_window(path, demo)
        if window is None:
            return 0
        database = demo_database() if window.demo else path
        opened = OpenWindow(window, database, open_context_or_explain)
        try:
            return app.exec()
        finally:
            opened.closed()  # the automatic backup, after the window has gone
    finally:
        register_lock.release_all()
