"""Unique Pupil Numbers: check letter, LA number, establishment, year, serial."""

from __future__ import annotations

CHECK_ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ"
# str.isdigit() also accepts other scripts' digits, which would be stored as typed.
_DIGITS = "0123456789"


class InvalidUpn(ValueError):
    """A UPN that cannot be right; the message says what to fix."""


def normalise_upn(text: str) -> str:
    return "".join(text.split()).upper()


def check_letter(last_twelve: str) -> str:
    # Imported at first use: stdnum.gb loads every British number module, a cost at each
    # start-up.
    from stdnum.gb import upn as stdnum_upn

    return stdnum_upn.calc_check_digit(last_twelve)


def validate_upn(text: str) -> str:
    """Return the UPN in its stored form, or raise InvalidUpn saying what is wrong."""
    upn = normalise_upn(text)
    if len(upn) != 13:
        raise InvalidUpn(f"A UPN has 13 characters; this one has {len(upn)}.")
    if upn[0] not in CHECK_ALPHABET:
        raise InvalidUpn("A UPN starts with its check letter (A–Z, but not I, O or S).")
    middle = upn[1:12]
    if not (middle.isascii() and middle.isdigit()):
        raise InvalidUpn("Characters 2 to 12 of a UPN must be digits.")
    if upn[12] not in _DIGITS + CHECK_ALPHABET:
        raise InvalidUpn("The last character of a UPN must be a digit or, for a temporary UPN, "
                         "a letter other than I, O or S.")
    # The check letter is the real test. python-stdnum's list of LA numbers is also not
    # used: it lacks authorities created since 2019 (e.g. 838, 839, 940-943).
    if check_letter(upn[1:]) != upn[0]:
        raise InvalidUpn("The check letter does not match the rest of the UPN; "
                         "check it was typed correctly.")
    return upn


def make_upn(la: int, establishment: int, year: int, serial: int) -> str:
    """Build a permanent UPN with its check letter (used for fictional demo data)."""
    body = f"{la:03d}{establishment:04d}{year % 100:02d}{serial:03d}"
    return check_letter(body) + body


def is_temporary(upn: str) -> bool:
    """Temporary UPNs, given while the permanent one is awaited, end in a letter."""
    return upn[-1].isalpha()
