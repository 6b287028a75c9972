"""The demo school's term of letters and replies, for the Today view and the calendar."""

from __future__ import annotations

from desc_desktop.domain.optouts.status import Status, Timing
from desc_desktop.services import demo, optouts, sent_letters, statuses


def test_the_demo_history_fills_every_part_of_the_today_view(ctx):
    demo.fill_demo(ctx, pupils=150, seed=1, history=True)
    summary = statuses.today_summary(ctx)
    for status in (Status.AWAITING_REPLY, Status.OPTED_OUT, Status.MAY_SHARE,
                   Status.NOT_IN_SCOPE):
        assert summary.counts[status] > 0, status
    assert [day.timing for day in summary.deadlines_this_week] == [Timing.TODAY]
    assert [day.timing for day in statuses.next_deadlines(ctx)] == [Timing.TODAY,
                                                                   Timing.UPCOMING]
    assert len(summary.unsent_runs) == 1
    assert len(sent_letters.sent_runs(ctx)) == 3
    every = optouts.opt_out_list(ctx, in_force_only=False)
    assert any(row.late for row in every)
    assert sum(row.withdrawn_on is not None for row in every) == 1


def test_the_demo_history_is_deterministic_and_left_out_by_default(ctx, engine, tmp_path):
    import dataclasses

    from desc_desktop.services.context import open_context
    from desc_desktop.store.engine import open_database

    demo.fill_demo(ctx, pupils=60, seed=4)
    assert sent_letters.sent_runs(ctx) == [] and optouts.opt_out_list(ctx) == []
    lists = []
    for name in ("a", "b"):
        other = open_database(tmp_path / f"{name}.sqlite")
        try:
            other_ctx = dataclasses.replace(open_context(other), today=ctx.today)
            demo.fill_demo(other_ctx, pupils=60, seed=4, history=True)
            lists.append([(r.legal_surname, r.legal_forename, r.received, r.by, r.late)
                          for r in optouts.opt_out_list(other_ctx, in_force_only=False)])
        finally:
            other.dispose()
    assert lists[0] == lists[1] and lists[0]
