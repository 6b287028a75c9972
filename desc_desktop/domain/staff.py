"""Staff accounts: the two roles, and what a name and a password must be."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from desc_desktop.domain.errors import Problem, ValidationFailed

PASSWORD_MIN_LENGTH = 10
NAME_MAX_LENGTH = 60
FAILED_ATTEMPTS_BEFORE_LOCK = 5
LOCK_FOR = timedelta(minutes=5)
AUTO_LOCK_DEFAULT_MINUTES = 10
AUTO_LOCK_MINUTES_RANGE = (1, 120)
DEMO_LOGIN = ("demo", "demo-password")
"""The demo school's login (fictional data), shown on its login screen."""


class Role(StrEnum):
    ADMIN = "administrator"
    OFFICE = "office"

    @property
    def label(self) -> str:
        return "Administrator" if self is Role.ADMIN else "Office"


def role_of(stored: str) -> Role:
    """The role saved in the register; anything unknown is the lesser one."""
    return Role.ADMIN if stored == Role.ADMIN.value else Role.OFFICE


PASSWORD_RULE = (f"A password needs at least {PASSWORD_MIN_LENGTH} characters; a few words "
                 "strung together are easy to remember and hard to guess.")


def password_problems(password: str, confirm: str, *, field: str = "password") -> list[Problem]:
    if len(password) < PASSWORD_MIN_LENGTH:
        return [Problem(field, f"The password has {len(password)} characters: it needs at "
                               f"least {PASSWORD_MIN_LENGTH}.")]
    if password.strip() != password:
        return [Problem(field, "The password starts or ends with a space: take it out, it "
                               "is too easy to type differently next time.")]
    if password != confirm:
        return [Problem("confirm", "The two passwords are not the same: type it again in "
                                   "both boxes.")]
    return []


def name_problems(name: str) -> list[Problem]:
    cleaned = " ".join(name.split())
    if not cleaned:
        return [Problem("name", "Enter the name this member of staff will log in with.")]
    if len(cleaned) > NAME_MAX_LENGTH:
        return [Problem("name", f"The name is longer than {NAME_MAX_LENGTH} characters.")]
    return []


def clean_name(name: str) -> str:
    return " ".join(name.split())


def check_new_account(name: str, password: str, confirm: str) -> None:
    problems = name_problems(name) + password_problems(password, confirm)
    if problems:
        raise ValidationFailed(problems)


def check_new_password(password: str, confirm: str) -> None:
    problems = password_problems(password, confirm)
    if problems:
        raise ValidationFailed(problems)


@dataclass(frozen=True)
class Lockout:
    """Failed attempts on one account, and until when it is locked (UTC), if it is."""

    failures: int = 0
    locked_until: datetime | None = None

    def locked_at(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until

    def after_failure(self, now: datetime) -> Lockout:
        failures = (0 if self.locked_until is not None and not self.locked_at(now)
                    else self.failures) + 1
        if failures >= FAILED_ATTEMPTS_BEFORE_LOCK:
            return Lockout(failures=failures, locked_until=now + LOCK_FOR)
        return Lockout(failures=failures)


def minutes_left(until: datetime, now: datetime) -> int:
    seconds = max(0.0, (until - now).total_seconds())
    return max(1, int(-(-seconds // 60)))
