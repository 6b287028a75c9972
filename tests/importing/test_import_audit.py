"""An import's audit entry says, record by record, what it changed from and to."""

from __future__ import annotations

import json
from datetime import date

from import_support import apply, carers_of, pupil_named, pupil_row, upn, write_csv

from desc_desktop.services import audit


def test_updated_pupils_and_carers_are_recorded_before_and_after(ctx, engine, tmp_path,
                                                                 last_audit):
    other = pupil_row(UPN=upn(2), Legal_Forename="Bo", Contact_1_Forename="Anselm",
                      Contact_1_Relationship="Father", Address_1="3 Heron Walk")
    apply(ctx, write_csv(tmp_path / "a.csv", [pupil_row(), other]))
    kit, bo = pupil_named(engine, "Kit"), pupil_named(engine, "Bo")
    [(_link, mother)] = carers_of(engine, kit.id)
    apply(ctx, write_csv(tmp_path / "b.csv", [
        pupil_row(Reg_Group="8B", Town="Tring", Contact_1_Telephone="07700 900999"), other]),
          leavers=[], leaving_date=None)
    changes = json.loads(last_audit().changes)
    assert changes["updated"] == 1
    assert changes[f"pupil {kit.id}"] == {"reg_group": ["8A", "8B"],
                                          "town": ["Hemel Hempstead", "Tring"]}
    assert changes[f"carer {mother.id}"] == {"phone_mobile": ["07700 900123",
                                                              "07700 900999"]}
    assert f"pupil {bo.id}" not in changes  # unchanged: nothing to say
    lines = [(r.field, r.before, r.after) for r in audit.change_rows(changes)]
    assert (f"pupil {kit.id} · Form", "8A", "8B") in lines


def test_leavers_marked_by_an_import_are_recorded(ctx, engine, tmp_path, last_audit):
    apply(ctx, write_csv(tmp_path / "a.csv", [pupil_row(), pupil_row(UPN=upn(2),
                                                                     Legal_Forename="Bo")]))
    bo = pupil_named(engine, "Bo")
    apply(ctx, write_csv(tmp_path / "b.csv", [pupil_row()]), leavers=[bo.id],
          leaving_date=date(2026, 10, 23))
    changes = json.loads(last_audit().changes)
    assert changes[f"pupil {bo.id}"] == {"leaving_date": [None, "2026-10-23"]}
