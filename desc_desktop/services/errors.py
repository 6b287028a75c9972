from __future__ import annotations

from desc_desktop.domain.errors import Problem, ValidationFailed
from desc_desktop.security.errors import KeyringDamaged, LoginRefused
from desc_desktop.store.errors import DatabaseTooNew, DatabaseUnavailable, RegisterInUse

__all__ = ["CANNOT_OPEN", "DatabaseTooNew", "DatabaseUnavailable", "KeyringDamaged",
           "LoginRefused", "NotFound", "Problem", "Refused", "RegisterInUse",
           "ValidationFailed"]

# Why a register file could not be opened; each carries a message for the user.
CANNOT_OPEN = (DatabaseTooNew, DatabaseUnavailable, RegisterInUse, LoginRefused,
               KeyringDamaged)


class NotFound(LookupError):
    """The record asked for is not there (deleted, or never was)."""


class Refused(RuntimeError):
    """The rules do not allow this action; the message says why."""
