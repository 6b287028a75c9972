"""Garbage collection at quiet moments, not in the middle of a keystroke."""

from __future__ import annotations

import gc
import time
import weakref

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from desc_desktop.ui import garbage
from desc_desktop.ui.garbage import QuietGarbageCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def collector(qapp):
    gc.enable()
    made = QuietGarbageCollector(QApplication.instance())
    made.timer.stop()  # ticks are driven by the tests
    yield made
    made.stop()
    gc.enable()


def _garbage_cycle() -> weakref.ref:
    gc.collect()  # nothing young left over, so no young collection is due
    ref = weakref.ref(_Cycle())
    assert ref() is not None  # a cycle: only the collector can free it
    return ref


def test_automatic_collection_is_off_while_running_and_back_after(qapp):
    gc.enable()
    made = QuietGarbageCollector(QApplication.instance())
    assert not gc.isenabled()
    made.stop()
    assert gc.isenabled()


def test_a_full_collection_waits_for_a_quiet_moment(qtbot, collector):
    ref = _garbage_cycle()
    collector.last_full -= garbage.FULL_EVERY_S  # a full collection is due
    box = QLineEdit()
    qtbot.addWidget(box)
    qtbot.keyClick(box, Qt.Key.Key_A)  # someone is typing
    collector.tick()
    assert ref() is not None
    collector.last_input -= garbage.QUIET_S  # and has stopped
    collector.tick()
    assert ref() is None


def test_after_some_minutes_it_collects_even_while_someone_is_busy(collector):
    ref = _garbage_cycle()
    collector.last_input = time.monotonic()
    collector.last_full -= garbage.MUST_BY_S
    collector.tick()
    assert ref() is None


def test_many_young_objects_are_collected_without_waiting(collector):
    gc.collect()
    cycles = [_Cycle() for _ in range(garbage.YOUNG_LIMIT)]
    ref = weakref.ref(cycles[0])
    del cycles
    collector.last_input = time.monotonic()
    collector.tick()
    assert ref() is None


def test_the_register_just_loaded_waits_for_a_quiet_moment(collector):
    gc.collect()
    frozen_before = gc.get_freeze_count()  # (some library freezes a few hundred at import)
    loaded = [_Cycle() for _ in range(garbage.YOUNG_TOO_MANY)]
    ref = weakref.ref(loaded.pop())
    collector.last_input = time.monotonic()
    collector.tick()  # busy: walking 50,000 objects now would be a dropped frame or three
    assert ref() is not None and gc.get_count()[0] >= garbage.YOUNG_TOO_MANY
    collector.last_input -= garbage.QUIET_S
    collector.tick()
    assert ref() is None
    # Nothing set aside for good: a window replaced after a restore must still be freed.
    assert gc.get_freeze_count() == frozen_before


def test_no_collection_while_an_import_has_the_collector_paused(collector):
    from desc_desktop.services.gc_pause import collector_paused

    ref = _garbage_cycle()
    collector.last_input -= garbage.QUIET_S
    collector.last_full -= garbage.MUST_BY_S
    with collector_paused():
        collector.tick()  # the import's objects would be walked every second
        assert ref() is not None
    collector.tick()
    assert ref() is None
