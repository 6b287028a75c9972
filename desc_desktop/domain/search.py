"""Search keys: forgiving of case and accents, so 'siobhan' finds 'Siobhán'."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


def fold(text: str) -> str:
    if text.isascii():
        return text.casefold()
    return _fold_accented(text)


@lru_cache(maxsize=4096)
def _fold_accented(text: str) -> str:
    # Remembered (a few thousand names at most): an import folds each name several times,
    # and decomposing costs ten times a casefold.
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def search_key(*parts: str) -> str:
    """One string to search in: each part folded, and unfolded too where that differs."""
    joined = " ".join(p for p in parts if p).casefold()
    folded = fold(joined)
    return joined if folded == joined else f"{joined} {folded}"


def query_terms(text: str) -> list[str]:
    return fold(text).split()
