"""Counts in words, as every screen writes them."""

from __future__ import annotations


def plural(n: int, one: str, many: str | None = None) -> str:
    """'1 pupil', '1,200 pupils'; `many` for words that do not just take an s."""
    return f"{n:,} {one if n == 1 else (many or one + 's')}"
