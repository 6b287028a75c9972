"""Automatic backups kept: 7 daily, 4 weekly, 12 monthly, newest of each period."""

from __future__ import annotations

from datetime import datetime, timedelta

from desc_desktop.domain.backup_rotation import RotationPolicy, backups_to_keep


def at(day: str, time: str = "16:30") -> datetime:
    return datetime.fromisoformat(f"{day}T{time}")


def test_nothing_to_keep_from_nothing():
    assert backups_to_keep([]) == set()


def test_a_few_backups_are_all_kept():
    moments = [at("2026-11-26"), at("2026-11-27"), at("2026-11-28")]
    assert backups_to_keep(moments) == set(moments)


def test_only_the_newest_of_a_day_is_kept():
    morning, lunch, evening = at("2026-11-28", "09:00"), at("2026-11-28", "12:15"), \
        at("2026-11-28", "17:40")
    yesterday = at("2026-11-27", "17:00")
    assert backups_to_keep([morning, lunch, evening, yesterday]) == {evening, yesterday}


def test_a_year_of_daily_backups_keeps_7_days_4_weeks_and_12_months():
    start = at("2025-11-29", "17:00")  # a Saturday
    moments = [start + timedelta(days=n) for n in range(365)]  # to Sat 28/11/2026
    kept = backups_to_keep(moments)
    newest = moments[-1]
    days = {newest - timedelta(days=n) for n in range(7)}  # 22/11 to 28/11
    # Newest of each ISO week: this week's is today; the 3 before end on Sundays.
    weeks = {newest, at("2026-11-22", "17:00"), at("2026-11-15", "17:00"),
             at("2026-11-08", "17:00")}
    # Newest of each month: today for November, then the last day of each earlier month.
    months = {newest} | {at(day, "17:00") for day in (
        "2026-10-31", "2026-09-30", "2026-08-31", "2026-07-31", "2026-06-30", "2026-05-31",
        "2026-04-30", "2026-03-31", "2026-02-28", "2026-01-31", "2025-12-31")}
    assert kept == days | weeks | months
    assert len(kept) == 7 + 2 + 11  # 28/11 and 22/11 are days kept and weeks' newest too


def test_periods_are_counted_among_those_with_backups():
    # A summer holiday: the office last closed the app in July, then again in September.
    july = [at(f"2026-07-{d:02d}") for d in range(13, 18)]  # Mon to Fri
    september = [at("2026-09-02")]
    kept = backups_to_keep(july + september)
    assert kept == set(july + september)


def test_weekly_and_monthly_reach_back_beyond_the_daily_ones():
    moments = [at("2026-11-28"), at("2026-11-20"), at("2026-11-13"), at("2026-10-02"),
               at("2025-06-30")]
    policy = RotationPolicy(daily=1, weekly=2, monthly=3)
    # day: 28/11; weeks: 28/11 and 20/11; months: 28/11, 02/10 and 30/06/2025.
    assert backups_to_keep(moments, policy) == {at("2026-11-28"), at("2026-11-20"),
                                                at("2026-10-02"), at("2025-06-30")}


def test_the_newest_is_kept_even_with_no_periods():
    moments = [at("2026-11-28"), at("2026-11-27")]
    assert backups_to_keep(moments, RotationPolicy(0, 0, 0)) == {at("2026-11-28")}
