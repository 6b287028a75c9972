"""Letter references and reply-slip codes as a scanner or the office types them.

A letter's reference is R + run number + letter number, e.g. "R001-0004"; a slip adds the
child's number on that letter, e.g. "R001-0004-2" (printed as a Code 128 barcode). Typed by
hand they arrive in lower case, with spaces, odd dashes or none at all: all are forgiven.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SEPARATORS = re.compile(r"[\s\-‐‑‒–—−_./]+")
_SPLIT = re.compile(r"^R-?(\d{3,})-(\d{4})(?:-(\d{1,2}))?$")
_RUN_TOGETHER = re.compile(r"^R(\d{3})(\d{4})(\d{1,2})?$")


@dataclass(frozen=True)
class ParsedReference:
    letter: str
    """The letter's reference, e.g. "R001-0004"."""
    slip: str | None
    """The slip's code, e.g. "R001-0004-2", when one was given."""


def parse_reference(text: str) -> ParsedReference | None:
    """The reference in `text`, written the way it prints; None when it is not one."""
    squeezed = _SEPARATORS.sub("-", text.strip().upper()).strip("-")
    match = _SPLIT.match(squeezed) or _RUN_TOGETHER.match(squeezed.replace("-", ""))
    if match is None:
        return None
    run, number, child = match.groups()
    letter = f"R{int(run):03d}-{number}"
    return ParsedReference(letter, f"{letter}-{int(child)}" if child else None)
