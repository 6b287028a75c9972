"""The audit trail's hash chain: each entry's SHA-256 covers its own fields and the hash of
the entry before it, so changing, removing or inserting an entry behind the app's back
breaks the chain from that entry on.

The canonical form (version 1) is UTF-8 JSON with sorted keys and no spaces:
    {"action":…,"at":"YYYY-MM-DDTHH:MM:SS.ffffffZ","changes":"<the stored JSON text>",
     "entity":…,"entity_id":…,"id":…,"prev":"<64 hex>","pupil_id":…,"staff_id":…,
     "staff_name":…,"summary":…,"v":1}
`at` is the moment in UTC (a stored value without an offset is UTC); `changes` is the exact
text stored, not re-parsed; the first entry's `prev` is GENESIS. Migrations use this module
too: a later format is a new version beside this one, never an edit of it, or every school's
existing chain would stop verifying.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

VERSION = 1
GENESIS = "0" * 64


@dataclass(frozen=True)
class ChainFields:
    """An entry's fields as stored (the values the hash covers)."""

    id: int
    at: datetime | str
    staff_id: int | None
    staff_name: str
    action: str
    entity: str
    entity_id: int | None
    pupil_id: int | None
    summary: str
    changes: str


def canonical_at(at: datetime | str) -> str:
    """The moment in UTC with microseconds; text that is not a moment is kept as it is, so a
    damaged value still hashes (to something that will not match)."""
    if isinstance(at, str):
        try:
            at = datetime.fromisoformat(at)
        except ValueError:
            return at
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def canonical(fields: ChainFields, prev: str) -> bytes:
    document: dict[str, Any] = {
        "v": VERSION, "id": fields.id, "at": canonical_at(fields.at),
        "staff_id": fields.staff_id, "staff_name": fields.staff_name, "action": fields.action,
        "entity": fields.entity, "entity_id": fields.entity_id, "pupil_id": fields.pupil_id,
        "summary": fields.summary, "changes": fields.changes, "prev": prev,
    }
    return json.dumps(document, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def entry_hash(fields: ChainFields, prev: str) -> str:
    return hashlib.sha256(canonical(fields, prev)).hexdigest()


@dataclass(frozen=True)
class ChainBreak:
    """The first entry whose stored hash is not what its fields and predecessor give."""

    position: int
    """1 for the oldest entry."""
    entry_id: int
    at: datetime | str


@dataclass(frozen=True)
class ChainCheck:
    entries: int
    first_break: ChainBreak | None
    last_hash: str

    @property
    def intact(self) -> bool:
        return self.first_break is None


def check_chain(rows: Iterable[tuple[ChainFields, str]]) -> ChainCheck:
    """Walk (fields, stored hash) pairs oldest first. Each entry is checked against the
    stored hash before it, so the break is reported where the file was changed: an edited
    entry fails itself, a removed one fails its successor."""
    prev, count, first_break = GENESIS, 0, None
    for fields, stored in rows:
        count += 1
        if first_break is None and entry_hash(fields, prev) != stored:
            first_break = ChainBreak(position=count, entry_id=fields.id, at=fields.at)
        prev = stored
    return ChainCheck(entries=count, first_break=first_break, last_hash=prev)
