"""Start-up without waiting for the ORM: the register's first screen, and the context
that opens the database properly on first use."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desc_desktop.services.records import PupilRow
from desc_desktop.store.quick import read_register_rows

if TYPE_CHECKING:
    from desc_desktop.security.login import Unlocked
    from desc_desktop.services.context import ServiceContext


def register_rows(path: Path, key: bytes | None = None) -> list[PupilRow] | None:
    """What `pupils.list_pupils` would return, read quickly; None when the register must be
    opened the ordinary way first (new, older schema, or no school details yet). `key`: the
    one the login opened, for an encrypted register."""
    quick = read_register_rows(path, key)
    if quick is None:
        return None
    make = PupilRow._make
    return [make((id, upn or "", *rest)) for id, upn, *rest in quick.rows]


class DeferredContext:
    """Stands in for a ServiceContext until first used, then opens the register.

    `today` answers without opening, so the first screen can show ages. The first service
    call (or `open()`, which the window calls once it has painted) does the rest.
    """

    def __init__(self, path: Path, today: Callable[[], date] = date.today,
                 unlocked: Unlocked | None = None) -> None:
        """`unlocked`: the login's key, for an encrypted register (opened as who logged in)."""
        self.path = path
        self.today = today
        self.unlocked = unlocked
        self._ctx: ServiceContext | None = None

    def open(self) -> ServiceContext:
        if self._ctx is None:
            from desc_desktop.services import context

            self._ctx = context.open_register(self.path, self.unlocked)
        return self._ctx

    def __getattr__(self, name: str) -> Any:
        return getattr(self.open(), name)
