"""The one place an unexpected error lands: logged without personal data, then shown."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("desc_desktop")


def safe_report(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """Where it failed, without the exception's message: messages can carry names or
    addresses (a database error repeats the values it was given)."""
    frames = "".join(traceback.format_list(traceback.extract_tb(tb)))
    return f"{exc_type.__module__}.{exc_type.__qualname__}\n{frames}"


def handle_exception(exc_type: type[BaseException], exc: BaseException,
                     tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.error("Unexpected error: %s", safe_report(exc_type, tb))
    if QApplication.instance() is not None:
        show_error_dialog(exc_type)


def show_error_dialog(exc_type: type[BaseException]) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, "Something went wrong",
                      "DESC Desktop could not finish that action. Each change is saved whole "
                      "or not at all, so nothing is half-saved; check the screen shows what "
                      "you expect.\n\n"
                      "If it happens again, tell your IT support and give them the log file "
                      "(Help › Open the log folder). It holds no pupil data.")
    box.setDetailedText(f"Error type: {exc_type.__qualname__}")
    box.exec()


def install_excepthook() -> None:
    sys.excepthook = handle_exception
