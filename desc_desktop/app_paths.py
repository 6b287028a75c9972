"""Where the app keeps its files: per-user folders, never the program folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from desc_desktop import APP_NAME

_AUTHOR = "DESC"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, _AUTHOR))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, _AUTHOR))


def default_database() -> Path:
    """`DESC_DB` when set, else the per-user data folder (%LOCALAPPDATA% on Windows)."""
    chosen = os.environ.get("DESC_DB")
    return Path(chosen) if chosen else data_dir() / "desc-desktop.sqlite"


def demo_database() -> Path:
    """The demo school lives in its own file so it never mixes with real pupils."""
    return data_dir() / "desc-demo.sqlite"
