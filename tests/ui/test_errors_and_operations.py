"""The one error hook, and long work off the UI thread."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QThread

from desc_desktop.ui import errors
from desc_desktop.ui.operation import BackgroundTask, Progress


def test_unexpected_error_is_logged_without_its_message_and_shown(monkeypatch, caplog):
    shown: list[type] = []
    monkeypatch.setattr(errors, "show_error_dialog", shown.append)
    private = "Siobhán O'Connor, 22 Adeyfield Road"  # fictional, and must not reach the log
    try:
        raise ValueError(private)
    except ValueError as e:
        with caplog.at_level(logging.ERROR):
            errors.handle_exception(type(e), e, e.__traceback__)
    assert shown == [ValueError]
    logged = caplog.text
    assert "builtins.ValueError" in logged
    assert "test_unexpected_error_is_logged" in logged  # where it happened
    assert "Siobhán" not in logged and "Adeyfield" not in logged


def test_install_sets_the_process_hook(monkeypatch):
    monkeypatch.setattr("sys.excepthook", None)
    errors.install_excepthook()
    import sys

    assert sys.excepthook is errors.handle_exception


def _run(qtbot, work, **handlers):
    results: dict[str, object] = {}
    task = BackgroundTask(None, "Working", work,
                          on_success=lambda r: results.update(ok=r, thread=QThread.currentThread()),
                          on_failure=lambda e: results.update(error=e), **handlers)
    task.start()
    qtbot.waitUntil(lambda: task.operation.signals is not None and (
        "ok" in results or "error" in results or task.done), timeout=5000)
    return task, results


def test_work_runs_off_the_ui_thread_and_the_result_comes_back_on_it(qtbot):
    seen: dict[str, object] = {}

    def work(progress: Progress) -> int:
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        for n in range(5):
            progress.report(n, 5, f"step {n}")
        return 42

    _task, results = _run(qtbot, work)
    assert results["ok"] == 42
    assert seen["worker"] is True
    assert results["thread"] is QThread.currentThread()  # delivered on the UI thread


def test_failure_is_handed_to_the_ui_thread(qtbot):
    def work(progress: Progress) -> None:
        raise RuntimeError("disk full")

    _task, results = _run(qtbot, work)
    assert isinstance(results["error"], RuntimeError)


def test_cancel_stops_the_work_at_its_next_report(qtbot):
    started, release = threading.Event(), threading.Event()
    reached: list[int] = []

    def work(progress: Progress) -> str:
        started.set()
        release.wait(5)
        for n in range(1000):
            progress.report(n, 1000)
            reached.append(n)
        return "finished"

    results: dict[str, object] = {}
    task = BackgroundTask(None, "Working", work, on_success=lambda r: results.update(ok=r))
    task.start()
    assert started.wait(5)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert "ok" not in results
    assert reached == []


@pytest.fixture(autouse=True)
def _no_dialogs_left(qtbot):
    yield
    qtbot.wait(10)


def test_many_tasks_on_one_page_then_the_page_goes_without_a_crash(qtbot):
    """Finished tasks are no longer deleted one by one (that crashed now and then in
    QObject::~QObject, seen in the letters GUI tests); they stay as children of their page
    until it goes. So: many short tasks on one parent hold none of their results, and the
    parent then goes cleanly."""
    import gc
    import weakref

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QWidget

    class Result:
        pass

    parent = QWidget()
    results: list[weakref.ref] = []
    done: list[int] = []
    for n in range(150):
        def work(_progress: Progress, n: int = n) -> Result:
            result = Result()
            results.append(weakref.ref(result))
            return result

        BackgroundTask(parent, "Working…", work, lambda _result, n=n: done.append(n)).start()
        qtbot.waitUntil(lambda n=n: n in done, timeout=5_000)
    QCoreApplication.processEvents()
    gc.collect()
    # The results went to the handlers and nowhere else: nothing keeps them alive afterwards.
    assert [ref for ref in results if ref() is not None] == []
    parent.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    assert done == list(range(150))
