import gc
import threading

import pytest

from desc_desktop.services.gc_pause import collector_paused


@pytest.fixture(autouse=True)
def _collector_on():
    gc.enable()
    yield
    gc.enable()


def test_the_collector_is_off_inside_and_back_on_after():
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_nested_and_overlapping_users_keep_it_off_until_the_last_leaves():
    entered, release = threading.Event(), threading.Event()

    def other_user():
        with collector_paused():
            entered.set()
            release.wait(5)

    worker = threading.Thread(target=other_user)
    with collector_paused():
        worker.start()
        entered.wait(5)
        with collector_paused():
            assert not gc.isenabled()
    assert not gc.isenabled()  # the other thread is still at work
    release.set()
    worker.join(5)
    assert gc.isenabled()


def test_an_error_inside_still_turns_it_back_on():
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_a_collector_already_off_stays_off():
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()
