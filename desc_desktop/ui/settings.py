"""Per-user window settings (geometry, column widths); never personal data."""

from __future__ import annotations

from PySide6.QtCore import QSettings


def app_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "DESC",
                     "DESC Desktop")
