"""GUI fixtures: window settings in a temporary folder, and dialogs that answer themselves."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desc_desktop.services import demo
from desc_desktop.services.context import ServiceContext


@pytest.fixture(autouse=True)
def _window_settings(tmp_path) -> Iterator[None]:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    yield


@pytest.fixture
def demo_ctx(ctx: ServiceContext) -> ServiceContext:
    demo.fill_demo(ctx, pupils=40, seed=3)
    return ctx


@pytest.fixture
def answer_messages(monkeypatch) -> Callable[[QMessageBox.StandardButton], list[str]]:
    """Make QMessageBox's static questions return `button`; returns the texts they showed."""

    def install(button: QMessageBox.StandardButton) -> list[str]:
        shown: list[str] = []

        def fake(_parent, _title, text, *args, **kwargs):
            shown.append(text)
            return button

        for name in ("question", "warning", "information", "critical"):
            monkeypatch.setattr(QMessageBox, name, staticmethod(fake))
        return shown

    return install


@pytest.fixture
def when_modal():
    """Run `act(dialog)` on the next modal dialog to open (the way a user would answer it)."""
    failures: list[BaseException] = []

    def schedule(act: Callable[[object], None]) -> None:
        def run() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(10, run)
                return
            try:
                act(dialog)
            except BaseException as e:  # re-raised in the test, not lost in the event loop
                failures.append(e)
                dialog.reject()

        QTimer.singleShot(0, run)

    yield schedule
    if failures:
        raise failures[0]
