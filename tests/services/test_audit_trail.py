"""Finding entries in the audit trail and exporting them."""

from __future__ import annotations

import csv
import json
from datetime import UTC, date, datetime

import pytest
from sqlmodel import Session, select

from desc_desktop.domain.exports.cells import neutralise
from desc_desktop.services import audit, audit_export, audit_search, pupils
from desc_desktop.services.audit_search import TrailFilter
from desc_desktop.store.audit_log import append_entry
from desc_desktop.store.tables import AuditEntry, StaffMember


def add_entry(engine, at: datetime, action: str = "pupil.update", *, staff: str = "Office",
              pupil_id: int | None = None, summary: str = "Pupil details changed",
              changes: str = "{}") -> None:
    with Session(engine) as session, session.begin():
        member = session.exec(select(StaffMember).where(StaffMember.name == staff)).first()
        if member is None:
            member = StaffMember(name=staff)
            session.add(member)
            session.flush()
        append_entry(session, AuditEntry(at=at, staff_id=member.id, staff_name=staff,
                                         action=action, entity=action.split(".")[0],
                                         pupil_id=pupil_id, summary=summary, changes=changes))


def noon(day: int, month: int = 11) -> datetime:
    return datetime(2026, month, day, 12, 0, tzinfo=UTC)


def ids(page) -> list[int]:
    return [e.id for e in page.entries]


@pytest.fixture
def trail(ctx, engine, pupil_data) -> dict[str, int]:
    """Entries 1-2 from the services (pupil added, then deleted), 3-6 written by hand."""
    kept = pupils.create_pupil(ctx, pupil_data(legal_forename="Tamsin"))
    gone = pupils.create_pupil(ctx, pupil_data(legal_forename="Ottoline", upn=""))
    pupils.delete_pupil(ctx, gone)
    add_entry(engine, noon(2), pupil_id=kept)
    add_entry(engine, noon(10), "letters.run_sent", staff="Marigold Penhallow")
    add_entry(engine, noon(20), staff="Marigold Penhallow", pupil_id=kept)
    add_entry(engine, noon(25), "register.import")
    return {"kept": kept, "gone": gone}


def test_newest_first_with_live_and_deleted_pupils_named(ctx, trail):
    page = audit_search.search_trail(ctx, TrailFilter())
    assert ids(page) == [7, 6, 5, 4, 3, 2, 1] and page.matching == 7
    by_id = {e.id: e for e in page.entries}
    assert by_id[1].pupil_name == "Tamsin Quillfeather"
    assert by_id[3].pupil_name == "Ottoline Quillfeather (deleted)"
    assert by_id[3].changes["legal_forename"] == ["Ottoline", None]
    assert by_id[3].kind == "pupil" and len(by_id[3].hash) == 64


def test_a_date_range_is_inclusive_of_both_days(ctx, trail):
    page = audit_search.search_trail(ctx, TrailFilter(since=date(2026, 11, 10),
                                                      until=date(2026, 11, 20)))
    assert ids(page) == [6, 5]


def test_filter_by_staff_member_and_kind(ctx, trail):
    marigold = next(s for s in audit_search.staff_in_trail(ctx)
                    if s.name == "Marigold Penhallow")
    assert ids(audit_search.search_trail(ctx, TrailFilter(staff_id=marigold.id))) == [6, 5]
    assert ids(audit_search.search_trail(ctx, TrailFilter(kind="letters"))) == [5]
    assert ids(audit_search.search_trail(ctx, TrailFilter(kind="pupil",
                                                          staff_id=marigold.id))) == [6]
    assert audit_search.kinds_in_trail(ctx) == ["letters", "pupil", "register"]


def test_a_kind_is_matched_whole_not_as_a_prefix(ctx, engine, trail):
    add_entry(engine, noon(26), "pupilfake.x")
    assert 8 not in ids(audit_search.search_trail(ctx, TrailFilter(kind="pupil")))


def test_a_pupil_found_by_name_accents_and_case_aside(ctx, trail):
    page = audit_search.search_trail(ctx, TrailFilter(pupil_name="tamsin QUILL"))
    assert ids(page) == [6, 4, 1]


def test_a_deleted_pupil_is_found_by_the_name_their_deletion_kept(ctx, trail):
    page = audit_search.search_trail(ctx, TrailFilter(pupil_name="ottoline"))
    assert ids(page) == [3, 2]


def test_a_name_matching_no_one_finds_nothing(ctx, trail):
    page = audit_search.search_trail(ctx, TrailFilter(pupil_name="Zebedee"))
    assert page.entries == [] and page.matching == 0


def test_only_the_newest_are_returned_with_the_count_of_all(ctx, trail):
    page = audit_search.search_trail(ctx, TrailFilter(), limit=3)
    assert ids(page) == [7, 6, 5] and page.matching == 7


def test_change_rows_and_values_in_words():
    rows = audit.change_rows({"legal_surname": ["Ash", "Oak"], "carers_deleted": 2,
                              "logo": "changed", "ages.youngest": [None, 13]})
    assert [(r.field, r.before, r.after) for r in rows] == [
        ("Legal surname", "Ash", "Oak"), ("Parents/carers deleted", None, 2),
        ("logo", None, "changed"), ("ages: youngest", None, 13)]
    assert audit.value_text("2015-03-14", lambda d: d.strftime("%d/%m/%Y")) == "14/03/2015"
    assert audit.value_text(True) == "Yes" and audit.value_text(None) == ""
    assert audit.value_text("2015-13-99") == "2015-13-99"


# --- export --------------------------------------------------------------------------------


def read_csv(path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM, so Excel reads UTF-8
    return list(csv.reader(raw.decode("utf-8-sig").splitlines()))


def test_export_writes_every_match_oldest_first_and_is_recorded(ctx, trail, tmp_path,
                                                              last_audit):
    target = tmp_path / "audit.csv"
    count = audit_export.export_trail(ctx, target, TrailFilter(pupil_name="Tamsin"))
    rows = read_csv(target)
    assert count == 3
    assert rows[0] == audit_export.COLUMNS
    assert [r[0] for r in rows[1:]] == ["1", "4", "6"]
    assert rows[1][5] == "Tamsin Quillfeather"
    assert "Legal forename: Tamsin" in rows[1][7]
    assert datetime.fromisoformat(rows[1][1]).utcoffset() is not None  # ISO, with its offset
    assert datetime.fromisoformat(rows[3][1]) == noon(20)
    entry = last_audit()
    assert entry.action == "audit.export"
    assert json.loads(entry.changes) == {"file": "audit.csv", "entries": 3,
                                         "filters": {"pupil_name": "Tamsin"}}
    assert not list(tmp_path.glob("*.part"))
    assert audit.verify_trail(ctx).intact


def test_export_neutralises_cells_a_spreadsheet_would_run(ctx, engine, tmp_path):
    add_entry(engine, noon(3), staff="=HYPERLINK(\"http://x\")",
              summary="+1 formula", changes='{"note": ["-2", "@SUM(A1)"]}')
    target = tmp_path / "audit.csv"
    audit_export.export_trail(ctx, target)
    [row] = read_csv(target)[1:]
    assert row[2] == "'=HYPERLINK(\"http://x\")"
    assert row[6] == "'+1 formula"
    assert row[7] == "note: -2 → @SUM(A1)"  # not at the start of the cell: harmless
    assert neutralise("\tx") == "'\tx" and neutralise("\rx") == "'\rx"
    assert neutralise("plain") == "plain"


def test_a_cancelled_export_leaves_no_file_and_no_entry(ctx, trail, tmp_path, audit_count):
    class Cancelled(Exception):
        pass

    def cancel(_done: int, _total: int) -> None:
        raise Cancelled

    before = audit_count()
    target = tmp_path / "audit.csv"
    with pytest.raises(Cancelled):
        audit_export.export_trail(ctx, target, on_progress=cancel)
    assert not target.exists() and not list(tmp_path.glob("*.part"))
    assert audit_count() == before


def test_an_export_over_an_existing_file_replaces_it_whole(ctx, trail, tmp_path):
    target = tmp_path / "audit.csv"
    target.write_text("old contents")
    progress: list[tuple[int, int]] = []
    audit_export.export_trail(ctx, target, on_progress=lambda d, t: progress.append((d, t)))
    assert len(read_csv(target)) == 8
    assert progress == [(7, 7)]


def test_changes_too_long_for_a_spreadsheet_cell_are_cut_short(ctx, engine, tmp_path):
    many = {f"pupil {n}": {"town": ["Hemel Hempstead", "Berkhamsted"]} for n in range(1500)}
    add_entry(engine, noon(4), "register.import", changes=json.dumps(many))
    target = tmp_path / "audit.csv"
    audit_export.export_trail(ctx, target)
    [row] = read_csv(target)[1:]
    assert len(row[7]) < 32_767
    assert row[7].startswith("pupil 0 · town: Hemel Hempstead → Berkhamsted; pupil 1 ·")
    assert row[7].endswith("the app shows them all)")
