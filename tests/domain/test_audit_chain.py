"""The audit trail's hash chain, without a database."""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import UTC, datetime, timedelta, timezone

from desc_desktop.domain.audit_chain import (
    GENESIS,
    ChainFields,
    canonical,
    canonical_at,
    check_chain,
    entry_hash,
)


def entry(n: int, **changes) -> ChainFields:
    base = ChainFields(id=n, at=datetime(2026, 11, 28, 9, n, 0, 120, tzinfo=UTC), staff_id=1,
                       staff_name="Office", action="pupil.update", entity="pupil",
                       entity_id=40 + n, pupil_id=40 + n, summary="Pupil details changed",
                       changes='{"town": ["Tring", "Berkhamsted"]}')
    return dataclasses.replace(base, **changes)


def chained(entries: list[ChainFields]) -> list[tuple[ChainFields, str]]:
    rows, prev = [], GENESIS
    for fields in entries:
        prev = entry_hash(fields, prev)
        rows.append((fields, prev))
    return rows


def test_the_canonical_form_is_fixed_json_with_sorted_keys():
    fields = entry(1, summary="Élise's record", changes="{}")
    text = canonical(fields, GENESIS).decode("utf-8")
    assert text == (
        '{"action":"pupil.update","at":"2026-11-28T09:01:00.000120Z","changes":"{}",'
        '"entity":"pupil","entity_id":41,"id":1,"prev":"' + GENESIS + '","pupil_id":41,'
        '"staff_id":1,"staff_name":"Office","summary":"Élise\'s record","v":1}')
    assert entry_hash(fields, GENESIS) == hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_a_moment_hashes_the_same_however_it_was_read_back():
    aware = datetime(2026, 6, 1, 10, 30, 5, 7, tzinfo=UTC)
    as_stored = "2026-06-01 10:30:05.000007"
    in_summer_time = aware.astimezone(timezone(timedelta(hours=1)))
    assert canonical_at(aware) == canonical_at(as_stored) == canonical_at(in_summer_time)
    assert canonical_at(datetime(2026, 6, 1, 10, 30, 5, 7)) == "2026-06-01T10:30:05.000007Z"
    assert canonical_at("2026-06-01 10:30:05") == "2026-06-01T10:30:05.000000Z"
    assert canonical_at("not a moment") == "not a moment"


def test_every_field_and_the_previous_hash_count():
    fields = entry(3)
    original = entry_hash(fields, GENESIS)
    for name, value in (("id", 4), ("staff_id", None), ("staff_name", "Someone"),
                        ("action", "pupil.delete"), ("entity", "carer"), ("entity_id", 1),
                        ("pupil_id", None), ("summary", ""), ("changes", "{}"),
                        ("at", "2026-11-28 09:03:00.000121")):
        assert entry_hash(dataclasses.replace(fields, **{name: value}), GENESIS) != original, name
    assert entry_hash(fields, "f" * 64) != original


def test_a_number_stored_as_text_does_not_match_the_number():
    assert entry_hash(entry(2, pupil_id=42), GENESIS) != entry_hash(entry(2, pupil_id="42"),
                                                                    GENESIS)


def test_an_untouched_chain_is_intact_and_reports_its_last_hash():
    rows = chained([entry(n) for n in range(1, 6)])
    check = check_chain(rows)
    assert check.intact and check.entries == 5
    assert check.last_hash == rows[-1][1]


def test_an_empty_chain_is_intact():
    check = check_chain([])
    assert check.intact and check.entries == 0 and check.last_hash == GENESIS


def test_an_edited_entry_is_the_first_break():
    rows = chained([entry(n) for n in range(1, 6)])
    fields, stored = rows[2]
    rows[2] = (dataclasses.replace(fields, changes='{"town": ["Tring", "Luton"]}'), stored)
    check = check_chain(rows)
    assert (check.first_break.position, check.first_break.entry_id) == (3, 3)
    assert check.entries == 5


def test_an_edit_with_its_hash_recomputed_breaks_at_the_next_entry():
    rows = chained([entry(n) for n in range(1, 6)])
    fields = dataclasses.replace(rows[1][0], summary="Nothing to see")
    rows[1] = (fields, entry_hash(fields, rows[0][1]))
    assert check_chain(rows).first_break.entry_id == 3


def test_a_removed_entry_breaks_its_successor():
    rows = chained([entry(n) for n in range(1, 6)])
    del rows[1]
    broken = check_chain(rows).first_break
    assert (broken.position, broken.entry_id) == (2, 3)
    assert broken.at == rows[1][0].at


def test_entries_swapped_break_the_chain():
    rows = chained([entry(n) for n in range(1, 4)])
    rows[0], rows[1] = rows[1], rows[0]
    assert check_chain(rows).first_break.position == 1
