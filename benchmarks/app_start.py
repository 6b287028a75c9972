"""Starting the real app the way ``desc-desktop --db FILE`` does, minus the event loop.

The register is encrypted (benchmarks/fixture.py): the app shows its login dialog first, and
the harness logs in as a member of staff would, as soon as the dialog has painted, with the
fixture's administrator. The time to the login dialog and the unlock (Argon2id opening the
register's key) are reported on their own, as well as the whole start to the usable list.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from benchmarks import ADMIN_NAME, ADMIN_PASSWORD
from desc_desktop.cli import build_parser, database_path
from desc_desktop.logging_setup import setup_logging
from desc_desktop.ui.app import make_application, prepare_window
from desc_desktop.ui.errors import install_excepthook
from desc_desktop.ui.garbage import QuietGarbageCollector
from desc_desktop.ui.login import LoginDialog

if TYPE_CHECKING:
    from desc_desktop.ui.main_window import MainWindow



def start_app(db: Path, settings_dir: Path, *, excepthook: bool = True
              ) -> tuple[QApplication, MainWindow, dict[str, float]]:
    """The steps of ``desc_desktop.ui.app.run_gui`` up to the shown window, timed.

    The window's settings (geometry, column widths) go to `settings_dir`, never to the
    developer's own; the parent also points the XDG folders (logs) at a temporary folder.
    """
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    args = build_parser().parse_args(["--db", str(db)])
    started = time.perf_counter()
    setup_logging(settings_dir / "logs")  # as run_gui, but not into the user's log folder
    app = make_application()
    if excepthook:
        install_excepthook()
    QuietGarbageCollector(app)  # as run_gui: collections at quiet moments only
    app_made = time.perf_counter()
    login: dict[str, float] = {}

    def log_in(dialog: LoginDialog) -> int:
        dialog.show()
        app.processEvents()  # painted: the person at the keyboard can type now
        login["shown"] = time.perf_counter()
        dialog.ui.name.setText(ADMIN_NAME)
        dialog.ui.password.setText(ADMIN_PASSWORD)
        dialog.try_log_in()
        login["unlocked"] = time.perf_counter()
        dialog.hide()
        return dialog.result()

    LoginDialog.exec = log_in  # type: ignore[method-assign]
    window = prepare_window(database_path(args), demo=args.demo)
    if window is None:
        raise RuntimeError("the app did not open its window (first-run dialog or no database)")
    # The app opens on Today, which paints before it reads anything; the targets are about
    # the register, so it is shown instead, as Ctrl+2 pressed before the first paint would.
    window.ui.sidebar.setCurrentRow(window.pupils_row)
    shown = time.perf_counter()
    return app, window, {"application_ms": (app_made - started) * 1000,
                         "login_shown_ms": (login["shown"] - app_made) * 1000,
                         "unlock_ms": (login["unlocked"] - login["shown"]) * 1000,
                         "window_ms": (shown - login["unlocked"]) * 1000}
