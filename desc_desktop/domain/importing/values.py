"""Reading one cell's text as the value a field needs; errors say what the cell should hold."""

from __future__ import annotations

import re

from desc_desktop.domain.register import YEAR_GROUPS


class BadValue(ValueError):
    pass


_YES = {"y", "yes", "true", "t", "1", "x"}
_NO = {"", "n", "no", "false", "f", "0"}


def parse_flag(text: str) -> bool:
    value = text.strip().casefold()
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise BadValue(f"'{text.strip()}' should be Y or N.")


_GENDERS = {"m": "M", "male": "M", "boy": "M", "f": "F", "female": "F", "girl": "F",
            "u": "U", "x": "U", "unknown": "U", "not known": "U", "": ""}


def parse_gender(text: str) -> str:
    try:
        return _GENDERS[text.strip().casefold()]
    except KeyError:
        raise BadValue(f"'{text.strip()}' should be M, F or U (not known).") from None


# Census codes, and the codes used before 2014 (School Action, Action Plus, statement).
_SEN = {"": "N", "n": "N", "no": "N", "none": "N", "k": "K", "sen support": "K", "a": "K",
        "p": "K", "school action": "K", "school action plus": "K", "e": "E", "ehc": "E",
        "ehcp": "E", "ehc plan": "E", "s": "E", "statement": "E"}


def parse_sen(text: str) -> str:
    try:
        return _SEN[text.strip().casefold()]
    except KeyError:
        raise BadValue(f"'{text.strip()}' should be N (none), K (SEN support) or E (EHC plan)."
                       ) from None


_YEAR = re.compile(r"^(?:year|yr|y|nc)?\s*(\d{1,2})$")


def parse_year_group(text: str) -> str:
    value = text.strip().casefold()
    if value in ("r", "reception", "rec", "yr r", "year r"):
        return "R"
    if value.upper() in ("N1", "N2"):
        return value.upper()
    match = _YEAR.match(value)
    if match and str(int(match.group(1))) in YEAR_GROUPS:
        return str(int(match.group(1)))
    raise BadValue(f"'{text.strip()}' is not a year group; use N1, N2, R or 1 to 14.")
