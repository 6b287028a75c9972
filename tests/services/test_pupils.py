"""The pupil register services, and the school's own details: each call one audited transaction."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest
from sqlalchemy import exc
from sqlmodel import Session

from desc_desktop.domain.errors import ValidationFailed
from desc_desktop.domain.register import Address
from desc_desktop.domain.school import SchoolDetails
from desc_desktop.domain.upn import make_upn
from desc_desktop.services import carers, export_register, pupils, school
from desc_desktop.services.audit import history_of_pupil
from desc_desktop.services.context import Actor
from desc_desktop.services.errors import NotFound
from desc_desktop.store.tables import Carer, Pupil, PupilCarer, School

UPN_1 = make_upn(801, 2000, 2019, 1)
UPN_2 = make_upn(801, 2000, 2019, 2)


# --- create / get / list ------------------------------------------------------------------


def test_create_then_get_returns_the_cleaned_pupil(ctx, pupil_data):
    data = pupil_data(legal_surname="  Quillfeather ", upn=UPN_1.lower(),
                      address=Address(line1=" 12 Larkspur Row", postcode="hp11aa"))
    pupil_id = pupils.create_pupil(ctx, data)
    detail = pupils.get_pupil(ctx, pupil_id)
    assert detail.id == pupil_id
    assert detail.data == pupil_data(upn=UPN_1,
                                     address=Address(line1="12 Larkspur Row", postcode="HP1 1AA"))
    assert detail.carers == ()


def test_pupil_without_upn_reads_back_with_empty_upn(ctx, pupil_data, engine):
    pupil_id = pupils.create_pupil(ctx, pupil_data(upn=""))
    assert pupils.get_pupil(ctx, pupil_id).data.upn == ""
    with Session(engine) as session:
        assert session.get(Pupil, pupil_id).upn is None


def test_register_listing_is_sorted_by_surname_then_forename(ctx, pupil_data):
    for surname, forename in [("Wexley", "Juno"), ("Abernathy", "Piers"), ("Wexley", "Astrid")]:
        pupils.create_pupil(ctx, pupil_data(legal_surname=surname, legal_forename=forename))
    listing = export_register.pupils_on_roll(ctx)
    assert [(p["legal_surname"], p["legal_forename"]) for p in listing] == [
        ("Abernathy", "Piers"), ("Wexley", "Astrid"), ("Wexley", "Juno")]
    assert len(pupils.list_pupils(ctx)) == pupils.count_pupils(ctx) == 3


def test_list_row_carries_the_register_columns(ctx, pupil_data):
    pupil_id = pupils.create_pupil(ctx, pupil_data(upn=UPN_1, preferred_forename="Tam"))
    [row] = pupils.list_pupils(ctx)
    assert row.id == pupil_id
    assert row.upn == UPN_1
    assert (row.preferred_forename, row.year_group, row.reg_group) == ("Tam", "6", "6A")
    assert row.dob == date(2015, 3, 14)
    assert row.leaving_date is None
    assert row.on_roll(ctx.today())
    assert row.age(ctx.today()) == 11


def test_get_missing_pupil_is_not_found(ctx):
    with pytest.raises(NotFound):
        pupils.get_pupil(ctx, 404)


def test_reading_writes_no_audit(ctx, pupil_data, audit_count):
    pupil_id = pupils.create_pupil(ctx, pupil_data())
    before = audit_count()
    pupils.get_pupil(ctx, pupil_id)
    pupils.list_pupils(ctx)
    pupils.count_pupils(ctx)
    assert audit_count() == before


# --- one audit entry per call -------------------------------------------------------------


def test_create_writes_exactly_one_audit_entry(ctx, pupil_data, audit_count, last_audit):
    before = audit_count()
    pupil_id = pupils.create_pupil(ctx, pupil_data(upn=UPN_1))
    assert audit_count() == before + 1
    entry = last_audit()
    assert (entry.action, entry.entity, entry.entity_id, entry.pupil_id) == (
        "pupil.create", "pupil", pupil_id, pupil_id)
    assert entry.staff_id == ctx.actor.staff_id
    assert entry.staff_name == ctx.actor.name
    changes = json.loads(entry.changes)
    assert changes["legal_surname"] == [None, "Quillfeather"]
    assert changes["upn"] == [None, UPN_1]
    assert changes["dob"] == [None, "2015-03-14"]
    assert "preferred_forename" not in changes  # a new record's blank fields say nothing


def test_invalid_create_writes_nothing(ctx, pupil_data, audit_count, count_rows):
    before = audit_count()
    with pytest.raises(ValidationFailed):
        pupils.create_pupil(ctx, pupil_data(legal_surname=" "))
    assert audit_count() == before
    assert count_rows(Pupil) == 0


def test_audit_is_in_the_same_transaction_as_the_change(ctx, pupil_data, audit_count, count_rows):
    # An actor who is not in staff_member makes the audit insert fail its foreign key:
    # the pupil written earlier in the same unit of work must be rolled back with it.
    ghost = dataclasses.replace(ctx, actor=Actor(staff_id=9999, name="Nobody"))
    with pytest.raises(exc.IntegrityError):
        pupils.create_pupil(ghost, pupil_data())
    assert count_rows(Pupil) == 0
    assert audit_count() == 0


# --- duplicate UPN ------------------------------------------------------------------------


def test_duplicate_upn_on_create_names_the_holder_and_writes_nothing(
        ctx, pupil_data, audit_count, count_rows):
    pupils.create_pupil(ctx, pupil_data(legal_forename="Tamsin", legal_surname="Quillfeather",
                                        year_group="6", upn=UPN_1))
    before = audit_count()
    with pytest.raises(ValidationFailed) as caught:
        pupils.create_pupil(ctx, pupil_data(legal_forename="Bartholomew",
                                            legal_surname="Nettlefold", upn=f" {UPN_1.lower()} "))
    [message] = caught.value.for_field("upn")
    assert "Tamsin Quillfeather" in message
    assert UPN_1 in message
    assert "year 6" in message
    assert audit_count() == before
    assert count_rows(Pupil) == 1


def test_duplicate_upn_on_update_is_refused(ctx, pupil_data, audit_count):
    pupils.create_pupil(ctx, pupil_data(legal_forename="Tamsin", upn=UPN_1))
    other = pupils.create_pupil(ctx, pupil_data(legal_forename="Rufus", upn=UPN_2))
    before = audit_count()
    with pytest.raises(ValidationFailed, match="Tamsin Quillfeather"):
        pupils.update_pupil(ctx, other, pupil_data(legal_forename="Rufus", upn=UPN_1))
    assert pupils.get_pupil(ctx, other).data.upn == UPN_2
    assert audit_count() == before


def test_update_keeping_own_upn_is_allowed(ctx, pupil_data):
    pupil_id = pupils.create_pupil(ctx, pupil_data(upn=UPN_1))
    pupils.update_pupil(ctx, pupil_id, pupil_data(upn=UPN_1, reg_group="6B"))
    assert pupils.get_pupil(ctx, pupil_id).data.reg_group == "6B"


def test_many_pupils_without_upn(ctx, pupil_data):
    pupils.create_pupil(ctx, pupil_data(legal_forename="Tamsin"))
    pupils.create_pupil(ctx, pupil_data(legal_forename="Rufus"))
    assert pupils.count_pupils(ctx) == 2


# --- update -------------------------------------------------------------------------------


def test_update_records_only_changed_fields(ctx, pupil_data, audit_count, last_audit):
    pupil_id = pupils.create_pupil(ctx, pupil_data())
    before = audit_count()
    pupils.update_pupil(ctx, pupil_id, pupil_data(
        reg_group="6B", upn=UPN_1,
        address=Address(line1="40 Orchard Mews", town="Hemel Hempstead", postcode="hp11aa")))
    assert audit_count() == before + 1
    entry = last_audit()
    assert (entry.action, entry.entity_id, entry.pupil_id) == ("pupil.update", pupil_id, pupil_id)
    assert json.loads(entry.changes) == {
        "reg_group": ["6A", "6B"],
        "upn": [None, UPN_1],
        "address_line1": ["12 Larkspur Row", "40 Orchard Mews"],
    }
    detail = pupils.get_pupil(ctx, pupil_id).data
    assert detail.reg_group == "6B"
    assert detail.address.line1 == "40 Orchard Mews"


def test_update_with_dates_records_them(ctx, pupil_data, last_audit):
    pupil_id = pupils.create_pupil(ctx, pupil_data())
    pupils.update_pupil(ctx, pupil_id, pupil_data(dob=date(2015, 3, 15)))
    assert json.loads(last_audit().changes) == {"dob": ["2015-03-14", "2015-03-15"]}


def test_update_with_no_change_writes_no_audit_entry(ctx, pupil_data, audit_count, engine):
    pupil_id = pupils.create_pupil(ctx, pupil_data())
    with Session(engine) as session:
        stamp = session.get(Pupil, pupil_id).updated_at
    before = audit_count()
    pupils.update_pupil(ctx, pupil_id, pupil_data(legal_surname=" Quillfeather "))
    assert audit_count() == before
    with Session(engine) as session:
        assert session.get(Pupil, pupil_id).updated_at == stamp


def test_update_sets_updated_at(ctx, pupil_data, engine):
    pupil_id = pupils.create_pupil(ctx, pupil_data())
    with Session(engine) as session:
        stamp = session.get(Pupil, pupil_id).updated_at
    pupils.update_pupil(ctx, pupil_id, pupil_data(reg_group="6C"))
    with Session(engine) as session:
        assert session.get(Pupil, pupil_id).updated_at > stamp


def test_update_missing_pupil_writes_nothing(ctx, pupil_data, audit_count):
    with pytest.raises(NotFound):
        pupils.update_pupil(ctx, 404, pupil_data())
    assert audit_count() == 0


def test_invalid_update_changes_nothing(ctx, pupil_data, audit_count):
    pupil_id = pupils.create_pupil(ctx, pupil_data())
    before = audit_count()
    with pytest.raises(ValidationFailed):
        pupils.update_pupil(ctx, pupil_id, pupil_data(reg_group="6B", dob=date(2030, 1, 1)))
    assert pupils.get_pupil(ctx, pupil_id).data.reg_group == "6A"
    assert audit_count() == before


# --- mark as left -------------------------------------------------------------------------


def test_mark_left_keeps_the_pupil(ctx, pupil_data, audit_count, last_audit):
    pupil_id = pupils.create_pupil(ctx, pupil_data())
    before = audit_count()
    pupils.mark_left(ctx, pupil_id, date(2026, 7, 22))
    assert audit_count() == before + 1
    entry = last_audit()
    assert entry.action == "pupil.left"
    assert json.loads(entry.changes) == {"leaving_date": [None, "2026-07-22"]}
    [row] = pupils.list_pupils(ctx)
    assert row.id == pupil_id
    assert row.leaving_date == date(2026, 7, 22)
    assert not row.on_roll(ctx.today())
    assert pupils.count_pupils(ctx) == 1
    assert pupils.get_pupil(ctx, pupil_id).data.leaving_date == date(2026, 7, 22)


def test_mark_left_keeps_carers(ctx, pupil_data, carer_data, link_data):
    pupil_id = pupils.create_pupil(ctx, pupil_data())
    carers.add_carer(ctx, pupil_id, carer_data(), link_data())
    pupils.mark_left(ctx, pupil_id, date(2026, 7, 22))
    assert len(pupils.get_pupil(ctx, pupil_id).carers) == 1


def test_mark_left_before_admission_is_refused(ctx, pupil_data, audit_count):
    pupil_id = pupils.create_pupil(ctx, pupil_data(admission_date=date(2019, 9, 4)))
    before = audit_count()
    with pytest.raises(ValidationFailed) as caught:
        pupils.mark_left(ctx, pupil_id, date(2019, 9, 3))
    assert caught.value.for_field("leaving_date")
    assert pupils.get_pupil(ctx, pupil_id).data.leaving_date is None
    assert audit_count() == before


def test_mark_left_missing_pupil(ctx, audit_count):
    with pytest.raises(NotFound):
        pupils.mark_left(ctx, 404, date(2026, 7, 22))
    assert audit_count() == 0


# --- delete -------------------------------------------------------------------------------


def test_delete_removes_pupil_and_orphaned_carers(ctx, pupil_data, carer_data, link_data,
                                                  audit_count, last_audit, count_rows):
    pupil_id = pupils.create_pupil(ctx, pupil_data(upn=UPN_1))
    carers.add_carer(ctx, pupil_id, carer_data(forename="Morwenna"), link_data())
    carers.add_carer(ctx, pupil_id, carer_data(forename="Gawain"), link_data(relationship="Father"))
    before = audit_count()
    pupils.delete_pupil(ctx, pupil_id)
    assert audit_count() == before + 1
    with pytest.raises(NotFound):
        pupils.get_pupil(ctx, pupil_id)
    assert count_rows(Pupil) == 0
    assert count_rows(Carer) == 0
    assert count_rows(PupilCarer) == 0
    entry = last_audit()
    assert (entry.action, entry.pupil_id) == ("pupil.delete", pupil_id)
    changes = json.loads(entry.changes)
    assert changes["upn"] == [UPN_1, None]
    assert changes["legal_surname"] == ["Quillfeather", None]
    assert changes["dob"] == ["2015-03-14", None]
    assert changes["postcode"] == ["HP1 1AA", None]
    assert changes["carers_deleted"] == 2
    assert "preferred_forename" not in changes  # blank: nothing was lost


def test_delete_keeps_a_carer_shared_with_a_sibling(ctx, pupil_data, carer_data, link_data,
                                                    count_rows):
    older = pupils.create_pupil(ctx, pupil_data(legal_forename="Tamsin"))
    younger = pupils.create_pupil(ctx, pupil_data(legal_forename="Rufus", year_group="3",
                                                  reg_group="3R", dob=date(2018, 10, 1)))
    shared = carers.add_carer(ctx, older, carer_data(), link_data())
    carers.link_carer(ctx, younger, shared, link_data())
    carers.add_carer(ctx, older, carer_data(forename="Gawain"), link_data(relationship="Father"))
    pupils.delete_pupil(ctx, older)
    assert count_rows(Carer) == 1
    [view] = pupils.get_pupil(ctx, younger).carers
    assert view.carer_id == shared
    assert view.other_children == ()


def test_delete_missing_pupil(ctx, audit_count):
    with pytest.raises(NotFound):
        pupils.delete_pupil(ctx, 404)
    assert audit_count() == 0


def test_history_survives_deletion(ctx, pupil_data):
    pupil_id = pupils.create_pupil(ctx, pupil_data())
    pupils.update_pupil(ctx, pupil_id, pupil_data(reg_group="6B"))
    pupils.delete_pupil(ctx, pupil_id)
    assert [r.action for r in history_of_pupil(ctx, pupil_id)] == [
        "pupil.delete", "pupil.update", "pupil.create"]


def test_year_groups_in_use(ctx, pupil_data):
    pupils.create_pupil(ctx, pupil_data(year_group="6"))
    pupils.create_pupil(ctx, pupil_data(year_group="R", dob=date(2022, 1, 5), admission_date=None))
    pupils.create_pupil(ctx, pupil_data(year_group="6", legal_forename="Rufus"))
    assert sorted(pupils.year_groups_in_use(ctx)) == ["6", "R"]


# --- the school's details -----------------------------------------------------------------


def test_no_school_until_saved(ctx):
    assert school.get_school(ctx) is None


def test_school_round_trip(ctx, audit_count, last_audit):
    details = SchoolDetails(name=" Larkspur Primary ", address_line1="1 School Lane",
                            town="Hemel Hempstead", postcode="hp11aa", phone="01442 000000",
                            email="office@larkspur.example", head_teacher="Dr Imelda Corvin",
                            data_protection_lead="Osric Fenwick", ico_registration="za123456",
                            logo=b"\x89PNG\r\n\x1a\n fake")
    before = audit_count()
    school.save_school(ctx, details)
    assert audit_count() == before + 1
    assert school.get_school(ctx) == dataclasses.replace(
        details, name="Larkspur Primary", postcode="HP1 1AA", ico_registration="ZA123456")
    entry = last_audit()
    assert entry.action == "school.save"
    changes = json.loads(entry.changes)
    assert changes["name"] == [None, "Larkspur Primary"]
    assert changes["logo"] == "changed"


def test_saving_again_updates_the_one_school(ctx, last_audit, count_rows):
    school.save_school(ctx, SchoolDetails(name="Larkspur Primary", town="Tring"))
    school.save_school(ctx, SchoolDetails(name="Larkspur Primary", town="Berkhamsted"))
    assert count_rows(School) == 1
    assert school.get_school(ctx).town == "Berkhamsted"
    assert json.loads(last_audit().changes) == {"town": ["Tring", "Berkhamsted"]}


@pytest.mark.parametrize("details, field", [
    (SchoolDetails(name="  "), "name"),
    (SchoolDetails(name="Larkspur Primary", postcode="HP1"), "postcode"),
    (SchoolDetails(name="Larkspur Primary", email="office@"), "email"),
    (SchoolDetails(name="Larkspur Primary", ico_registration="123"), "ico_registration"),
    (SchoolDetails(name="Larkspur Primary", logo=b"x" * 2_000_001), "logo"),
    (SchoolDetails(name="Larkspur Primary", logo=b"%PDF-1.7 not an image"), "logo"),
])
def test_invalid_school_is_refused_and_nothing_written(ctx, audit_count, details, field):
    with pytest.raises(ValidationFailed) as caught:
        school.save_school(ctx, details)
    assert caught.value.for_field(field)
    assert school.get_school(ctx) is None
    assert audit_count() == 0


def test_listing_sorts_surnames_regardless_of_case_and_accents(ctx, pupil_data):
    for surname in ("Zephyrine", "de Vallance", "Bramwell", "Çelik"):
        pupils.create_pupil(ctx, pupil_data(legal_surname=surname))
    assert [p["legal_surname"] for p in export_register.pupils_on_roll(ctx)] == [
        "Bramwell", "Çelik", "de Vallance", "Zephyrine"]
