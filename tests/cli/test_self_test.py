"""`--self-test`: every check runs, a failure is named and makes the exit non-zero."""

from __future__ import annotations

import io

import pytest

from desc_desktop import self_test
from desc_desktop.cli import main


@pytest.fixture
def report(qapp):
    return io.StringIO()


def test_every_check_passes_on_a_fresh_demo_school(report):
    assert self_test.run_self_test(report) == 0
    lines = report.getvalue().splitlines()
    passed = [line for line in lines if line.startswith("ok ")]
    assert len(passed) == len(self_test.STEPS)
    assert lines[-1] == f"Self-test passed: {len(self_test.STEPS)} checks."
    assert any("40 pupils listed" in line for line in passed)


def test_a_failed_check_is_named_and_the_exit_is_non_zero(report, monkeypatch):
    from desc_desktop.domain.letters import delivery

    monkeypatch.setattr(delivery, "received_on", lambda issued, _how: issued)
    assert self_test.run_self_test(report) == 1
    text = report.getvalue()
    assert "FAILED  post skips weekends and bank holidays: received 2026-12-24, expected " \
        "2026-12-30" in text
    assert text.splitlines()[-1].startswith("Self-test FAILED: 1 of")
    assert "post skips weekends and bank holidays" in text.splitlines()[-1]


def test_checks_that_need_a_failed_one_are_skipped_not_failed_twice(report, monkeypatch):
    from desc_desktop.services import demo

    def broken_demo(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(demo, "fill_demo", broken_demo)
    assert self_test.run_self_test(report) == 1
    text = report.getvalue()
    assert "FAILED  fictional demo school filled: OSError: disk full" in text
    assert "skipped letter run written to PDF" in text
    assert "skipped main window shows the register" in text
    assert "ok      printing works" in text


def test_the_command_line_flag_runs_it(qapp, capsys):
    assert main(["--self-test"]) == 0
    assert "Self-test passed" in capsys.readouterr().out


def test_a_windowed_app_writes_its_report_to_the_named_file(qapp, tmp_path, monkeypatch):
    report_file = tmp_path / "self-test.txt"
    monkeypatch.setenv("DESC_SELF_TEST_REPORT", str(report_file))
    assert self_test.run_self_test() == 0
    assert report_file.read_text(encoding="utf-8").splitlines()[-1].startswith(
        "Self-test passed")
