"""Long work off the UI thread: progress, Cancel, and the result back on the UI thread.

Work functions receive a Progress and must not touch widgets; they call services, which
open their own session in the worker thread, and return plain data.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class Cancelled(Exception):
    """Raised inside work when the user pressed Cancel."""


class Progress:
    def __init__(self, emit: Callable[[int, int, str], None], cancel: threading.Event) -> None:
        self._emit, self._cancel = emit, cancel

    def report(self, done: int, total: int, text: str = "") -> None:
        """Tell the dialog how far along; raises Cancelled once Cancel was pressed."""
        self.check()
        self._emit(done, total, text)

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class _Signals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class Operation(QRunnable):
    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self._work = work
        self._cancel = threading.Event()
        self.finished = threading.Event()
        """Set as the worker leaves run(): only then may the signals object be let go."""

    def cancel(self) -> None:
        self._cancel.set()

    def release_work(self) -> None:
        """Once finished: let go of the work function and whatever it holds."""
        self._work = _ignore

    def run(self) -> None:
        progress = Progress(self.signals.progress.emit, self._cancel)
        try:
            result = self._work(progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as e:  # handed to the UI thread, which reports it
            self.signals.failed.emit(e)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.finished.set()


class BackgroundTask(QObject):
    """Runs `work` in the thread pool behind a modal progress dialog with Cancel.

    The slots live on this UI-thread object, so signals from the worker arrive queued on the
    UI thread.
    """

    def __init__(self, parent: QWidget | None, title: str, work: Callable[[Progress], Any],
                 on_success: Callable[[Any], None],
                 on_failure: Callable[[BaseException], None] | None = None) -> None:
        super().__init__(parent)
        self._on_success, self._on_failure = on_success, on_failure or _reraise
        self.operation = Operation(work)
        self.dialog = QProgressDialog(title, "Cancel", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.canceled.connect(self.operation.cancel)
        signals = self.operation.signals
        signals.progress.connect(self._progress)
        signals.succeeded.connect(self._succeeded)
        signals.failed.connect(self._failed)
        signals.cancelled.connect(self._finish)
        self.done = False

    def start(self) -> BackgroundTask:
        QThreadPool.globalInstance().start(self.operation)
        return self

    def cancel(self) -> None:
        self.operation.cancel()

    @Slot(int, int, str)
    def _progress(self, done: int, total: int, text: str) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)
        if text:
            self.dialog.setLabelText(text)

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        handler = self._on_success
        self._finish()
        handler(result)

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        handler = self._on_failure
        self._finish()
        handler(error)

    @Slot()
    def _finish(self) -> None:
        # The task itself is not deleted here: deleting it (deleteLater) while its worker's
        # signals object was being torn down crashed now and then in QObject::~QObject. It
        # stays, an empty shell, as a child of its parent until that goes; what it held for
        # the work (inputs, handlers and so the results they reach) is let go now.
        self.done = True
        self.dialog.reset()
        self.dialog.deleteLater()
        self.operation.release_work()
        self._on_success = self._on_failure = _ignore


def release_when_finished(operation: Operation, keep: set[Operation]) -> None:
    """Drop `operation` from `keep` (its last reference) once its worker has left run() and a
    moment more: freeing the signals object while the worker is still inside an emit of it
    crashes. Called on the UI thread when the result has arrived."""
    def check() -> None:
        if operation.finished.is_set():
            QTimer.singleShot(50, lambda: keep.discard(operation))
        else:
            QTimer.singleShot(10, check)

    check()


def run_in_background(parent: QWidget | None, title: str, work: Callable[[Progress], Any],
                      on_success: Callable[[Any], None],
                      on_failure: Callable[[BaseException], None] | None = None
                      ) -> BackgroundTask:
    return BackgroundTask(parent, title, work, on_success, on_failure).start()


def _reraise(error: BaseException) -> None:
    raise error


def _ignore(*_args: object) -> None:
    return None
