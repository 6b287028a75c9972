"""Cell values as they go into CSV and Excel files, and the names those files are given.

A spreadsheet treats a cell typed as `=…`, `+…`, `-…` or `@…` as a formula, and a leading tab
or carriage return can smuggle one past a first look ("CSV injection"). A name or an address
line in the register could start that way, so text starting with one of those characters is
neutralised with a leading apostrophe: the cell then shows the text and never runs it. Real
dates and numbers are left alone, so they stay dates and numbers in Excel.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NEUTRALISER = "'"

Cell = str | int | float | date | None
"""What an export's cell may hold: text, a number, a date, or nothing."""


def neutralise(value: Cell) -> Cell:
    """The value with any formula defused; dates, numbers and empty cells unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return NEUTRALISER + value
    return value


def csv_text(value: Cell) -> str:
    """The neutralised value as CSV text: dates in ISO (YYYY-MM-DD, which Excel reads as a
    date), numbers as written, nothing as an empty field."""
    value = neutralise(value)
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() \
            else value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):  # before int: a bool is an int too
        return "Yes" if value else "No"
    return str(value)


# --- file names -----------------------------------------------------------------------------

_NOT_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_RESERVED = frozenset({"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
                       *(f"COM{n}" for n in "123456789¹²³"),
                       *(f"LPT{n}" for n in "123456789¹²³")})
MAX_STEM = 120
"""Characters before the extension: room for a long folder path under Windows' 260."""


def safe_file_name(stem: str, extension: str) -> str:
    """A file name Windows (and every other system) accepts, proposed from `stem`:
    characters Windows refuses become a dash, spaces and dashes tidied, no trailing dot or
    space, never a reserved device name (CON, NUL, COM1…), at most MAX_STEM characters
    before the extension, e.g. ("St Mary's: Opt-outs 2026/27", "xlsx") ->
    "St Mary's - Opt-outs 2026-27.xlsx"."""
    text = unicodedata.normalize("NFC", stem)
    text = re.sub(r"\s*:\s+", " - ", text)  # "School: list" reads as "School - list"
    text = _NOT_IN_NAMES.sub("-", text)
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"-{2,}", "-", text)
    text = text.strip(" .-")[:MAX_STEM].rstrip(" .-")
    if not text:
        text = "export"
    if text.split(".")[0].strip().upper() in _RESERVED:
        text = f"{text} file"
    extension = extension.lstrip(".").lower()
    return f"{text}.{extension}" if extension else text
