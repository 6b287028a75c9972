"""What each change writes in the audit trail: before → after, and nothing in the log."""

from __future__ import annotations

import dataclasses
import json
import logging

from desc_desktop.domain.letters.connexions import ConnexionsAges
from desc_desktop.domain.school import SchoolDetails
from desc_desktop.services import audit, carers, letter_settings, pupils, school


def test_saving_the_school_unchanged_writes_no_entry(ctx, audit_count, last_audit):
    details = SchoolDetails(name="Larkspur Primary", town="Tring")
    school.save_school(ctx, details)
    first = json.loads(last_audit().changes)
    assert first == {"name": [None, "Larkspur Primary"], "town": [None, "Tring"]}
    before = audit_count()
    school.save_school(ctx, details)
    assert audit_count() == before


def test_letter_settings_record_each_setting_before_and_after(ctx, last_audit):
    settings = letter_settings.LetterSettings()
    letter_settings.save_letter_settings(ctx, settings)
    first = json.loads(last_audit().changes)
    assert first["ages.youngest"] == [None, settings.ages.youngest]
    letter_settings.save_letter_settings(ctx, dataclasses.replace(
        settings, ages=ConnexionsAges(13, 19, 24), window_top_mm=55))
    assert json.loads(last_audit().changes) == {
        "ages.oldest_with_ldd": [settings.ages.oldest_with_ldd, 24],
        "window_top_mm": [settings.window_top_mm, 55]}


def test_a_carer_linked_to_a_second_child_records_the_new_link(ctx, pupil_data, carer_data,
                                                               link_data, last_audit):
    older = pupils.create_pupil(ctx, pupil_data())
    younger = pupils.create_pupil(ctx, pupil_data(legal_forename="Rufus"))
    carer_id = carers.add_carer(ctx, older, carer_data(), link_data())
    carers.link_carer(ctx, younger, carer_id, link_data(relationship="Stepmother"))
    changes = json.loads(last_audit().changes)
    assert changes["relationship"] == [None, "Stepmother"]
    assert "no_contact_note" not in changes


def test_created_and_deleted_fields_leave_blanks_out_and_hide_opaque_values():
    assert audit.created_fields({"a": "x", "b": "", "c": None, "d": False, "logo": b"\x89"},
                                opaque={"logo"}) == {"a": [None, "x"], "d": [None, False],
                                                     "logo": "changed"}
    assert audit.deleted_fields({"a": "x", "b": "", "n": 0}) == {"a": ["x", None],
                                                                 "n": [0, None]}


def test_values_recorded_in_the_trail_never_reach_the_log(ctx, pupil_data, caplog):
    caplog.set_level(logging.DEBUG)
    pupil_id = pupils.create_pupil(ctx, pupil_data(legal_surname="Wolstenholme"))
    pupils.update_pupil(ctx, pupil_id, pupil_data(legal_surname="Wolstenholme",
                                                  address=pupil_data().address._replace(
                                                      town="Kingsbarrow")))
    pupils.delete_pupil(ctx, pupil_id)
    audit.verify_trail(ctx)
    assert [e.summary for e in audit.recent_entries(ctx)][:1] == ["Pupil deleted"]
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "Wolstenholme" not in logged and "Kingsbarrow" not in logged
