from __future__ import annotations

from desc_desktop.domain.errors import Problem, ValidationFailed

__all__ = ["NotFound", "Problem", "Refused", "ValidationFailed"]


class NotFound(LookupError):
    """The record asked for is not there (deleted, or never was)."""


class Refused(RuntimeError):
    """The rules do not allow this action; the message says why."""
