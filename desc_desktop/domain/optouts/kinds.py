"""Who opted out, and how the reply came: plain words, cheap to import (the command line's
choices need them at every start, the GUI's included)."""

from __future__ import annotations

from enum import StrEnum


class OptOutBy(StrEnum):
    PARENT = "parent"
    PUPIL = "pupil"


class Method(StrEnum):
    SLIP = "slip"
    LETTER = "letter"
    EMAIL = "email"
    PHONE = "phone"
    IN_PERSON = "in-person"
