"""UK postcodes, in the format Royal Mail delivers to."""

from __future__ import annotations

import re

_POSTCODE = re.compile(
    r"^(GIR0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY])"
    r"[0-9][ABD-HJLNP-UW-Z]{2})$"
)


class InvalidPostcode(ValueError):
    """Text that is not a UK postcode."""


def normalise_postcode(text: str) -> str:
    """Upper case with one space before the inward code, e.g. 'hp11aa' -> 'HP1 1AA'."""
    compact = "".join(text.split()).upper()
    return f"{compact[:-3]} {compact[-3:]}" if len(compact) > 3 else compact


def validate_postcode(text: str) -> str:
    compact = "".join(text.split()).upper()
    if not _POSTCODE.match(compact):
        raise InvalidPostcode(
            f"'{text.strip()}' is not a UK postcode; it should look like HP1 1AA or SW1A 2AA."
        )
    return normalise_postcode(compact)
