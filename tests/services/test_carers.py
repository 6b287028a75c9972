"""Parents and carers: one record per person, shared by the siblings it is linked to."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desc_desktop.domain.errors import ValidationFailed
from desc_desktop.domain.register import Address, CarerLinkInput, NoContact
from desc_desktop.services import carers, pupils
from desc_desktop.services.errors import NotFound, Refused
from desc_desktop.store.tables import Carer, PupilCarer

OWN_ADDRESS = Address(line1="8 Foxglove Close", town="Croydon", postcode="CR2 6XH")
NEW_ADDRESS = Address(line1="2 Kestrel Court", town="Doncaster", postcode="DN55 1PT")


@pytest.fixture
def siblings(ctx, pupil_data) -> tuple[int, int]:
    older = pupils.create_pupil(ctx, pupil_data(legal_forename="Tamsin"))
    younger = pupils.create_pupil(ctx, pupil_data(
        legal_forename="Rufus", dob=date(2018, 10, 1), year_group="3", reg_group="3R",
        address=Address(line1="12 Larkspur Row", town="Hemel Hempstead", postcode="HP1 1AA")))
    return older, younger


@pytest.fixture
def shared_carer(ctx, siblings, carer_data, link_data) -> int:
    older, younger = siblings
    carer_id = carers.add_carer(ctx, older, carer_data(same_address_as_pupil=False,
                                                       address=OWN_ADDRESS), link_data())
    carers.link_carer(ctx, younger, carer_id, link_data(priority=2))
    return carer_id


# --- add ----------------------------------------------------------------------------------


def test_add_carer_links_to_pupil(ctx, siblings, carer_data, link_data, audit_count, last_audit):
    older, _ = siblings
    before = audit_count()
    carer_id = carers.add_carer(ctx, older, carer_data(surname=" Quillfeather "),
                                link_data(relationship="Mother", priority=1))
    assert audit_count() == before + 1
    [view] = pupils.get_pupil(ctx, older).carers
    assert view.carer_id == carer_id
    assert view.carer.surname == "Quillfeather"
    assert view.display_name == "Ms Morwenna Quillfeather"
    assert view.link == CarerLinkInput(relationship="Mother", priority=1)
    entry = last_audit()
    assert (entry.action, entry.entity, entry.entity_id, entry.pupil_id) == (
        "carer.add", "carer", carer_id, older)
    assert json.loads(entry.changes)["relationship"] == [None, "Mother"]


def test_carer_at_pupils_address_shows_the_pupils_address(ctx, siblings, carer_data, link_data):
    older, _ = siblings
    carers.add_carer(ctx, older, carer_data(same_address_as_pupil=True), link_data())
    [view] = pupils.get_pupil(ctx, older).carers
    assert view.address == pupils.get_pupil(ctx, older).data.address
    assert view.carer.address == Address()


def test_carer_with_own_address_shows_it(ctx, siblings, carer_data, link_data):
    older, _ = siblings
    carers.add_carer(ctx, older, carer_data(
        same_address_as_pupil=False,
        address=Address(line1="8 Foxglove Close", town="Croydon", postcode="cr26xh")), link_data())
    [view] = pupils.get_pupil(ctx, older).carers
    assert view.address == OWN_ADDRESS


def test_carers_are_listed_by_priority(ctx, siblings, carer_data, link_data):
    older, _ = siblings
    carers.add_carer(ctx, older, carer_data(forename="Gawain"), link_data(priority=3))
    carers.add_carer(ctx, older, carer_data(forename="Morwenna"), link_data(priority=1))
    assert [v.carer.forename for v in pupils.get_pupil(ctx, older).carers] == [
        "Morwenna", "Gawain"]


def test_add_carer_to_missing_pupil_writes_nothing(ctx, carer_data, link_data, audit_count,
                                                   count_rows):
    with pytest.raises(NotFound):
        carers.add_carer(ctx, 404, carer_data(), link_data())
    assert count_rows(Carer) == 0
    assert audit_count() == 0


def test_invalid_carer_writes_nothing(ctx, siblings, carer_data, link_data, audit_count,
                                      count_rows):
    older, _ = siblings
    before = audit_count()
    with pytest.raises(ValidationFailed):
        carers.add_carer(ctx, older, carer_data(same_address_as_pupil=False), link_data())
    with pytest.raises(ValidationFailed):
        carers.add_carer(ctx, older, carer_data(), link_data(priority=0))
    assert count_rows(Carer) == 0
    assert audit_count() == before


# --- shared by siblings -------------------------------------------------------------------


def test_linked_carer_is_one_record_seen_from_both_children(ctx, siblings, shared_carer,
                                                            count_rows):
    older, younger = siblings
    assert count_rows(Carer) == 1
    [from_older] = pupils.get_pupil(ctx, older).carers
    [from_younger] = pupils.get_pupil(ctx, younger).carers
    assert from_older.carer_id == from_younger.carer_id == shared_carer
    assert from_older.other_children == ("Rufus Quillfeather",)
    assert from_younger.other_children == ("Tamsin Quillfeather",)
    assert (from_older.link.priority, from_younger.link.priority) == (1, 2)


def test_update_carer_changes_address_seen_from_both_children(ctx, siblings, shared_carer,
                                                              carer_data):
    older, younger = siblings
    carers.update_carer(ctx, shared_carer, carer_data(same_address_as_pupil=False,
                                                      address=NEW_ADDRESS), pupil_id=younger)
    assert pupils.get_pupil(ctx, older).carers[0].address == NEW_ADDRESS
    assert pupils.get_pupil(ctx, younger).carers[0].address == NEW_ADDRESS


def test_update_carer_to_live_with_pupil_clears_own_address(ctx, siblings, shared_carer,
                                                            carer_data):
    older, _ = siblings
    carers.update_carer(ctx, shared_carer, carer_data(same_address_as_pupil=True,
                                                      address=NEW_ADDRESS))
    [view] = pupils.get_pupil(ctx, older).carers
    assert view.carer.address == Address()
    assert view.address == pupils.get_pupil(ctx, older).data.address


def test_update_carer_records_only_changed_fields(ctx, siblings, shared_carer, carer_data,
                                                  audit_count, last_audit):
    _, younger = siblings
    before = audit_count()
    carers.update_carer(ctx, shared_carer, carer_data(same_address_as_pupil=False,
                                                      address=OWN_ADDRESS,
                                                      phone_mobile="07700 900999"),
                        pupil_id=younger)
    assert audit_count() == before + 1
    entry = last_audit()
    assert (entry.action, entry.entity_id, entry.pupil_id) == (
        "carer.update", shared_carer, younger)
    assert json.loads(entry.changes) == {"phone_mobile": ["07700 900123", "07700 900999"]}


def test_update_missing_carer(ctx, carer_data, audit_count):
    with pytest.raises(NotFound):
        carers.update_carer(ctx, 404, carer_data())
    assert audit_count() == 0


def test_invalid_update_carer_changes_nothing(ctx, siblings, shared_carer, carer_data,
                                              audit_count):
    older, _ = siblings
    before = audit_count()
    with pytest.raises(ValidationFailed):
        carers.update_carer(ctx, shared_carer, carer_data(surname="", same_address_as_pupil=False,
                                                          address=NEW_ADDRESS))
    assert pupils.get_pupil(ctx, older).carers[0].address == OWN_ADDRESS
    assert audit_count() == before


# --- links --------------------------------------------------------------------------------


def test_link_twice_is_refused(ctx, siblings, shared_carer, link_data, audit_count, count_rows):
    _, younger = siblings
    before = audit_count()
    with pytest.raises(Refused, match="already linked"):
        carers.link_carer(ctx, younger, shared_carer, link_data())
    assert audit_count() == before
    assert count_rows(PupilCarer) == 2


def test_link_writes_one_audit_entry(ctx, siblings, carer_data, link_data, audit_count,
                                     last_audit):
    older, younger = siblings
    carer_id = carers.add_carer(ctx, older, carer_data(), link_data())
    before = audit_count()
    carers.link_carer(ctx, younger, carer_id, link_data(relationship="Stepmother"))
    assert audit_count() == before + 1
    entry = last_audit()
    assert (entry.action, entry.entity_id, entry.pupil_id) == ("carer.link", carer_id, younger)
    assert json.loads(entry.changes)["relationship"] == [None, "Stepmother"]


@pytest.mark.parametrize("which", ["pupil", "carer"])
def test_link_to_something_missing_is_not_found(ctx, siblings, shared_carer, link_data,
                                                audit_count, which):
    older, _ = siblings
    before = audit_count()
    pupil_id, carer_id = (404, shared_carer) if which == "pupil" else (older, 404)
    with pytest.raises(NotFound):
        carers.link_carer(ctx, pupil_id, carer_id, link_data())
    assert audit_count() == before


def test_update_link_changes_only_this_child(ctx, siblings, shared_carer, link_data,
                                            audit_count, last_audit):
    older, younger = siblings
    before = audit_count()
    view = pupils.get_pupil(ctx, younger).carers[0]
    carers.update_carer(ctx, shared_carer, view.carer, pupil_id=younger, link=link_data(
        priority=2, no_contact=NoContact.COURT_ORDER, no_contact_note="Order of 3 March 2026",
        receives_correspondence=False))
    assert audit_count() == before + 1
    assert json.loads(last_audit().changes) == {
        "no_contact": ["", "court_order"],
        "no_contact_note": ["", "Order of 3 March 2026"],
        "receives_correspondence": [True, False],
    }
    assert pupils.get_pupil(ctx, younger).carers[0].link.no_contact == "court_order"
    assert pupils.get_pupil(ctx, older).carers[0].link.no_contact == ""


def test_update_missing_link(ctx, siblings, carer_data, link_data, audit_count):
    older, younger = siblings
    carer_id = carers.add_carer(ctx, older, carer_data(), link_data())
    before = audit_count()
    with pytest.raises(NotFound):
        carers.update_carer(ctx, carer_id, carer_data(surname="Changed"), pupil_id=younger,
                            link=link_data())
    assert audit_count() == before
    assert pupils.get_pupil(ctx, older).carers[0].carer.surname != "Changed"


# --- unlink -------------------------------------------------------------------------------


def test_unlink_deletes_an_orphan_carer(ctx, siblings, carer_data, link_data, audit_count,
                                        last_audit, count_rows):
    older, _ = siblings
    carer_id = carers.add_carer(ctx, older, carer_data(), link_data())
    before = audit_count()
    carers.unlink_carer(ctx, older, carer_id)
    assert audit_count() == before + 1
    assert pupils.get_pupil(ctx, older).carers == ()
    assert count_rows(Carer) == 0
    entry = last_audit()
    assert (entry.action, entry.entity_id, entry.pupil_id) == ("carer.unlink", carer_id, older)
    changes = json.loads(entry.changes)
    assert changes["carer_deleted"] is True
    # What was removed: the link, and the parent/carer it took with it.
    assert changes["relationship"] == ["Mother", None]
    assert changes["forename"] == ["Morwenna", None]
    assert changes["email"] == ["morwenna@example.org", None]
    assert "phone_home" not in changes  # blank: nothing was lost


def test_unlink_keeps_a_carer_still_linked_to_a_sibling(ctx, siblings, shared_carer,
                                                       last_audit, count_rows):
    older, younger = siblings
    carers.unlink_carer(ctx, older, shared_carer)
    assert pupils.get_pupil(ctx, older).carers == ()
    [view] = pupils.get_pupil(ctx, younger).carers
    assert view.carer_id == shared_carer
    assert view.other_children == ()
    assert count_rows(Carer) == 1
    changes = json.loads(last_audit().changes)
    assert changes["carer_deleted"] is False
    assert "surname" not in changes  # the parent/carer is still there
    assert changes["parental_responsibility"] == [True, None]


def test_unlink_missing_link(ctx, siblings, audit_count):
    older, _ = siblings
    before = audit_count()
    with pytest.raises(NotFound):
        carers.unlink_carer(ctx, older, 404)
    assert audit_count() == before


# --- finding carers -----------------------------------------------------------------------


@pytest.fixture
def accented_carer(ctx, siblings, carer_data, link_data) -> int:
    older, younger = siblings
    carer_id = carers.add_carer(ctx, older, carer_data(title="", forename="Élise",
                                                       surname="Ångström-Nuñez"), link_data())
    carers.link_carer(ctx, younger, carer_id, link_data())
    carers.add_carer(ctx, older, carer_data(forename="Gawain", surname="Pemberton"), link_data())
    return carer_id


@pytest.mark.parametrize("text", [
    "Élise",                  # forename
    "Ångström-Nuñez",         # surname
    "Élise Ångström-Nuñez",   # full name
    "  Élise  ",              # surrounding spaces ignored
    "lise",                   # part of a forename
    "ström",                  # part of a surname
    "ÉLISE",                  # ASCII letters in another case
])
def test_find_carers_by_name_with_accents(ctx, accented_carer, text):
    found = carers.find_carers(ctx, text)
    assert [c.id for c in found] == [accented_carer]
    [summary] = found
    assert summary.name == "Élise Ångström-Nuñez"
    assert set(summary.children) == {"Tamsin Quillfeather", "Rufus Quillfeather"}
    assert summary.address == "12 Larkspur Row, Hemel Hempstead, HP1 1AA"


def test_find_carers_ignores_ascii_case(ctx, accented_carer):
    assert [c.name for c in carers.find_carers(ctx, "pemberton")] == ["Ms Gawain Pemberton"]
    assert [c.name for c in carers.find_carers(ctx, "GAWAIN PEM")] == ["Ms Gawain Pemberton"]


def test_find_carers_finds_nothing_for_an_unknown_name(ctx, accented_carer):
    assert carers.find_carers(ctx, "Zebedee") == []


def test_find_carers_shows_own_address(ctx, siblings, shared_carer):
    [summary] = carers.find_carers(ctx, "Morwenna")
    assert summary.address == "8 Foxglove Close, Croydon, CR2 6XH"


def test_find_carers_orders_by_surname_and_respects_limit(ctx, siblings, carer_data, link_data):
    older, _ = siblings
    for surname in ("Wrenfield", "Ashcombe", "Marlowe"):
        carers.add_carer(ctx, older, carer_data(forename="Jo", surname=surname), link_data())
    assert [c.name for c in carers.find_carers(ctx, "Jo")] == [
        "Ms Jo Ashcombe", "Ms Jo Marlowe", "Ms Jo Wrenfield"]
    assert len(carers.find_carers(ctx, "Jo", limit=2)) == 2


@pytest.mark.parametrize("text", ["ångström", "ÅNGSTRÖM", "élise", "élise ångström"])
def test_find_carers_ignores_case_of_accented_letters(ctx, accented_carer, text):
    assert [c.id for c in carers.find_carers(ctx, text)] == [accented_carer]
