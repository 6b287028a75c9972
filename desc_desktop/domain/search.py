"""Search keys: forgiving of case and accents, so 'siobhan' finds 'Siobhán'."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def search_key(*parts: str) -> str:
    """One string to search in: each part folded, and unfolded too where that differs."""
    joined = " ".join(p for p in parts if p).casefold()
    folded = fold(joined)
    return joined if folded == joined else f"{joined} {folded}"


def query_terms(text: str) -> list[str]:
    return fold(text).split()
