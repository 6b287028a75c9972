"""Which automatic backups to keep: the newest of each of the last few days, weeks and months.

Periods are counted among those that have a backup (a school closed for the summer keeps
its last 7 days of work, not 7 empty days), newest first, and a backup kept for any reason
is kept. The newest backup is always kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class RotationPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def _day(moment: datetime) -> tuple[int, ...]:
    return (moment.year, moment.month, moment.day)


def _week(moment: datetime) -> tuple[int, ...]:
    year, week, _ = moment.isocalendar()
    return (year, week)


def _month(moment: datetime) -> tuple[int, ...]:
    return (moment.year, moment.month)


def backups_to_keep(moments: Iterable[datetime],
                    policy: RotationPolicy = RotationPolicy()) -> set[datetime]:
    """The moments (when each backup was made) whose backups are kept; the rest may go."""
    newest_first = sorted(set(moments), reverse=True)
    keep = set(newest_first[:1])
    for period, count in ((_day, policy.daily), (_week, policy.weekly),
                          (_month, policy.monthly)):
        keep |= _newest_per_period(newest_first, period, count)
    return keep


def _newest_per_period(newest_first: list[datetime],
                       period: Callable[[datetime], tuple[int, ...]],
                       count: int) -> set[datetime]:
    kept: set[datetime] = set()
    seen: set[tuple[int, ...]] = set()
    for moment in newest_first:
        key = period(moment)
        if key in seen:
            continue
        if len(seen) == count:
            break
        seen.add(key)
        kept.add(moment)
    return kept
