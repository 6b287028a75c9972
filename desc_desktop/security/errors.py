"""Why a login did not open the register; each message is for the person at the keyboard.

Kept apart from login.py so that catching them costs no cryptography import."""

from __future__ import annotations


class LoginRefused(Exception):
    """The login did not open the register; the message says what to do."""


class AccountLocked(LoginRefused):
    """Too many wrong passwords on this account, a few minutes ago."""


class NoAccounts(LoginRefused):
    """The register has no key file: it is not encrypted yet, or is new."""


class KeyringDamaged(RuntimeError):
    """The key file is there but cannot be read; the message says what to do."""
