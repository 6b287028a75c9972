"""Cases a review found: separated parents, restrictions, rejected rows, changed UPNs,
columns a file lacks, contact numbering and the leaving date."""

from __future__ import annotations

import pytest
from import_support import apply, carers_of, preview, pupil_named, pupil_row, upn, write_csv
from import_support import pupils as all_pupils
from sqlmodel import Session, select

from desc_desktop.domain.errors import ValidationFailed
from desc_desktop.domain.register import CarerLinkInput, NoContact
from desc_desktop.domain.upn import check_letter
from desc_desktop.services import carers, pupils
from desc_desktop.store.tables import Carer, PupilCarer

DAD_HOME = {"Contact_2_Address_1": "3 Canal Side", "Contact_2_Town": "Berkhamsted",
            "Contact_2_Postcode": "HP4 2AB"}
TWO_CONTACTS = ["UPN", "Legal Surname", "Legal Forename", "Date of Birth", "Gender",
                "Year Group", "Address 1", "Town", "Postcode",
                "Contact 1 Title", "Contact 1 Forename", "Contact 1 Surname",
                "Contact 1 Relationship", "Contact 1 Address 1", "Contact 1 Town",
                "Contact 1 Postcode", "Contact 2 Title", "Contact 2 Forename",
                "Contact 2 Surname", "Contact 2 Relationship", "Contact 2 Address 1",
                "Contact 2 Town", "Contact 2 Postcode"]


def family_row(serial, forename, home, mum_at=None, dad_at=None):
    """A child living at `home`; mum and dad each at `home` (blank) or their own address."""
    row = {"UPN": upn(serial), "Legal Surname": "Ambleside", "Legal Forename": forename,
           "Date of Birth": f"0{serial}/03/2013", "Gender": "M", "Year Group": "8",
           "Address 1": home[0], "Town": home[1], "Postcode": home[2],
           "Contact 1 Title": "Mrs", "Contact 1 Forename": "Morwenna",
           "Contact 1 Surname": "Ambleside", "Contact 1 Relationship": "Mother",
           "Contact 2 Title": "Mr", "Contact 2 Forename": "Piers",
           "Contact 2 Surname": "Ambleside", "Contact 2 Relationship": "Father"}
    for n, where in ((1, mum_at), (2, dad_at)):
        if where:
            row.update({f"Contact {n} Address 1": where[0], f"Contact {n} Town": where[1],
                        f"Contact {n} Postcode": where[2]})
    return row


MUMS = ("12 Larkspur Row", "Hemel Hempstead", "HP1 1AA")
DADS = ("3 Canal Side", "Berkhamsted", "HP4 2AB")


def test_children_living_with_different_separated_parents_reimport_as_a_no_op(ctx, engine,
                                                                              tmp_path):
    path = tmp_path / "a.csv"
    write_csv(path, [family_row(1, "Kit", MUMS, dad_at=DADS),
                     family_row(2, "Wren", DADS, mum_at=MUMS)], TWO_CONTACTS)
    apply(ctx, path)
    for _ in range(2):
        plan = preview(ctx, path)
        assert [o.kind for o in plan.outcomes] == ["unchanged", "unchanged"], plan.outcomes
    kit, wren = pupil_named(engine, "Kit").id, pupil_named(engine, "Wren").id
    where = {v.display_name: v.address.postcode for v in pupils.get_pupil(ctx, kit).carers}
    assert where == {"Mrs Morwenna Ambleside": "HP1 1AA", "Mr Piers Ambleside": "HP4 2AB"}
    where = {v.display_name: v.address.postcode for v in pupils.get_pupil(ctx, wren).carers}
    assert where == {"Mrs Morwenna Ambleside": "HP1 1AA", "Mr Piers Ambleside": "HP4 2AB"}


def _restrict(ctx, pupil_id, kind=NoContact.OTHER):
    view = pupils.get_pupil(ctx, pupil_id).carers[0]
    carers.update_carer(ctx, view.carer_id, view.carer, pupil_id=pupil_id, link=CarerLinkInput(
        relationship=view.link.relationship, no_contact=kind, receives_correspondence=False,
        no_contact_note="Ask the head of year"))


@pytest.mark.parametrize("columns", [{"Contact_1_Correspondence": "Y"},
                                     {"Contact_1_Court_Order": "N"},
                                     {"Contact_1_Court_Order": "N",
                                      "Contact_1_Correspondence": "Y"}])
def test_a_file_never_lifts_a_restriction_or_turns_letters_back_on(ctx, engine, tmp_path, columns):
    path = write_csv(tmp_path / "a.csv", [pupil_row()])
    apply(ctx, path)
    kit = pupil_named(engine, "Kit").id
    _restrict(ctx, kit)
    row = {**pupil_row(), **{k.replace("_", " "): v for k, v in columns.items()}}
    apply(ctx, write_csv(tmp_path / "b.csv", [row], list(row)))
    link = pupils.get_pupil(ctx, kit).carers[0].link
    assert link.no_contact == NoContact.OTHER and not link.receives_correspondence


def test_a_court_order_in_the_file_adds_a_restriction(ctx, engine, tmp_path):
    apply(ctx, write_csv(tmp_path / "a.csv", [pupil_row()]))
    row = {**pupil_row(), "Contact 1 Court Order": "Y"}
    apply(ctx, write_csv(tmp_path / "b.csv", [row], list(row)))
    link = pupils.get_pupil(ctx, pupil_named(engine, "Kit").id).carers[0].link
    assert link.no_contact == NoContact.COURT_ORDER and not link.receives_correspondence


def test_a_new_sibling_linked_to_a_restricted_parent_is_restricted_too(ctx, engine, tmp_path):
    apply(ctx, write_csv(tmp_path / "a.csv", [pupil_row()]))
    _restrict(ctx, pupil_named(engine, "Kit").id, NoContact.COURT_ORDER)
    sister = pupil_row(UPN=upn(2), Legal_Forename="Bo", Gender="F", Date_of_Birth="02/10/2011")
    apply(ctx, write_csv(tmp_path / "b.csv", [pupil_row(), sister]))
    link = pupils.get_pupil(ctx, pupil_named(engine, "Bo").id).carers[0].link
    assert link.no_contact == NoContact.COURT_ORDER and not link.receives_correspondence


def test_a_pupil_whose_row_is_rejected_is_not_offered_as_a_leaver(ctx, engine, tmp_path):
    apply(ctx, write_csv(tmp_path / "a.csv", [pupil_row()]))
    plan = preview(ctx, write_csv(tmp_path / "b.csv", [pupil_row(Postcode="not a postcode")]))
    assert [o.kind for o in plan.outcomes] == ["rejected"]
    assert plan.missing == []


def test_a_temporary_upn_made_permanent_updates_the_same_pupil(ctx, engine, tmp_path):
    body = "91921001600A"  # a temporary UPN ends in a letter
    temporary = check_letter(body) + body
    apply(ctx, write_csv(tmp_path / "a.csv", [pupil_row(UPN=temporary)]))
    plan = preview(ctx, write_csv(tmp_path / "b.csv", [pupil_row(UPN=upn(1))]))
    assert [o.kind for o in plan.outcomes] == ["update"] and "UPN" in plan.outcomes[0].detail
    assert plan.missing == []


def test_a_different_permanent_upn_for_the_same_child_is_refused(ctx, tmp_path):
    apply(ctx, write_csv(tmp_path / "a.csv", [pupil_row(UPN=upn(1))]))
    plan = preview(ctx, write_csv(tmp_path / "b.csv", [pupil_row(UPN=upn(7))]))
    assert [o.kind for o in plan.outcomes] == ["rejected"]
    assert "correct it on the pupil's record first" in plan.outcomes[0].detail


def test_columns_a_file_lacks_are_left_alone_for_parents_too(ctx, engine, tmp_path):
    apply(ctx, write_csv(tmp_path / "a.csv", [pupil_row(Contact_1_Telephone="01632 960001")]))
    kit = pupil_named(engine, "Kit").id
    view = pupils.get_pupil(ctx, kit).carers[0]

    carers.update_carer(ctx, view.carer_id, view.carer._replace(phone_mobile="07700 900555"))
    plan = preview(ctx, write_csv(tmp_path / "b.csv", [pupil_row(
        Contact_1_Telephone="01632 960001")]))
    assert [o.kind for o in plan.outcomes] == ["unchanged"]


def test_a_lone_second_contact_is_reported_as_contact_2(ctx, engine, tmp_path):
    row = {**pupil_row(), "Contact 1 Forename": "", "Contact 1 Surname": "",
           "Contact 2 Forename": "Piers", "Contact 2 Surname": "Ambleside",
           "Contact 2 Email": "not-an-email"}
    plan = preview(ctx, write_csv(tmp_path / "a.csv", [row], list(row)))
    assert plan.outcomes[0].kind == "rejected"
    assert plan.outcomes[0].detail.startswith("Contact 2:")


def test_a_leaving_date_before_admission_is_refused_and_nothing_is_written(ctx, engine,
                                                                         tmp_path):
    apply(ctx, write_csv(tmp_path / "a.csv", [pupil_row(Admission_Date="02/09/2024")]))
    kit = pupil_named(engine, "Kit").id
    other = write_csv(tmp_path / "b.csv", [pupil_row(UPN=upn(5), Legal_Forename="Ada",
                                                     Gender="F")])
    from datetime import date

    with pytest.raises(ValidationFailed, match="before the admission date"):
        apply(ctx, other, leavers=[kit], leaving_date=date(2001, 1, 1))
    assert pupils.get_pupil(ctx, kit).data.leaving_date is None
    assert not [p for p in all_pupils(engine) if p.legal_forename == "Ada"]
    with Session(engine) as session:
        assert len(session.exec(select(Carer)).all()) == len(carers_of(engine, kit))
        assert session.exec(select(PupilCarer)).all()


NEW_HOME = ("7 Orchard Mews", "Tring", "HP23 5AA")


def _same_as_pupil(engine) -> dict[str, bool]:
    with Session(engine) as session:
        return {c.forename: c.same_address_as_pupil for c in session.exec(select(Carer))}


def test_a_family_moving_house_keeps_its_parents_with_the_children(ctx, engine, tmp_path):
    apply(ctx, write_csv(tmp_path / "a.csv", [family_row(1, "Kit", MUMS),
                                              family_row(2, "Wren", MUMS)], TWO_CONTACTS))
    path = write_csv(tmp_path / "b.csv", [family_row(1, "Kit", NEW_HOME),
                                          family_row(2, "Wren", NEW_HOME)], TWO_CONTACTS)
    plan = preview(ctx, path)
    # Only the children's address changes: their parents live with them, wherever that is.
    assert [set(o.detail.removeprefix("Changes: ").split(", ")) for o in plan.outcomes] == [
        {"Address line 1", "Postcode", "Town"}] * 2
    apply(ctx, path)
    assert _same_as_pupil(engine) == {"Morwenna": True, "Piers": True}
    kit = pupils.get_pupil(ctx, pupil_named(engine, "Kit").id)
    assert {v.address.postcode for v in kit.carers} == {"HP23 5AA"}
    assert [o.kind for o in preview(ctx, path).outcomes] == ["unchanged", "unchanged"]


def test_one_child_moving_leaves_a_parent_with_each_and_a_reimport_changes_nothing(
        ctx, engine, tmp_path):
    apply(ctx, write_csv(tmp_path / "a.csv", [family_row(1, "Kit", MUMS),
                                              family_row(2, "Wren", MUMS)], TWO_CONTACTS))
    path = write_csv(tmp_path / "b.csv", [family_row(1, "Kit", NEW_HOME),
                                          family_row(2, "Wren", MUMS)], TWO_CONTACTS)
    apply(ctx, path)
    # One record per parent, shared by both children; the file says each lives with both.
    kit = pupils.get_pupil(ctx, pupil_named(engine, "Kit").id)
    wren = pupils.get_pupil(ctx, pupil_named(engine, "Wren").id)
    assert {v.carer_id for v in kit.carers} == {v.carer_id for v in wren.carers}
    assert {v.address.postcode for v in kit.carers} == {"HP23 5AA"}
    assert {v.address.postcode for v in wren.carers} == {"HP1 1AA"}
    for _ in range(2):  # and it stays so: no change each term
        assert [o.kind for o in preview(ctx, path).outcomes] == ["unchanged", "unchanged"]
        apply(ctx, path)


def test_children_moving_to_dad_leave_mum_at_the_home_the_file_gives_her(ctx, engine,
                                                                        tmp_path):
    apply(ctx, write_csv(tmp_path / "a.csv", [family_row(1, "Kit", MUMS, dad_at=DADS),
                                              family_row(2, "Wren", MUMS, dad_at=DADS)],
                         TWO_CONTACTS))
    path = write_csv(tmp_path / "b.csv", [family_row(1, "Kit", DADS, mum_at=MUMS),
                                          family_row(2, "Wren", DADS, mum_at=MUMS)],
                     TWO_CONTACTS)
    apply(ctx, path)
    # Dad's own address is where the children now live: recorded either way, it is right.
    assert _carers(engine) == {"Morwenna": (False, MUMS[0], MUMS[2]),
                               "Piers": (False, DADS[0], DADS[2])}
    assert [o.kind for o in preview(ctx, path).outcomes] == ["unchanged", "unchanged"]


def test_a_file_without_town_and_postcode_keeps_a_parents_whole_address(ctx, engine, tmp_path):
    apply(ctx, write_csv(tmp_path / "a.csv", [family_row(1, "Kit", MUMS),
                                              family_row(2, "Wren", MUMS)], TWO_CONTACTS))
    line1_only = [h for h in TWO_CONTACTS if h not in ("Town", "Postcode")]
    path = write_csv(tmp_path / "b.csv", [family_row(1, "Kit", MUMS)], line1_only)
    assert [o.kind for o in preview(ctx, path).outcomes] == ["unchanged"]
    apply(ctx, path)
    assert _carers(engine) == {"Morwenna": (True, "", ""), "Piers": (True, "", "")}


def test_a_new_sibling_in_a_family_moving_house_shares_its_parents(ctx, engine, tmp_path):
    apply(ctx, write_csv(tmp_path / "a.csv", [family_row(1, "Kit", MUMS),
                                              family_row(2, "Wren", MUMS)], TWO_CONTACTS))
    for order in ((4, 1, 2), (1, 2, 4)):  # the newcomer's row first, or last
        rows = {1: family_row(1, "Kit", NEW_HOME), 2: family_row(2, "Wren", NEW_HOME),
                4: family_row(4, "Bea", NEW_HOME)}
        plan = preview(ctx, write_csv(tmp_path / "b.csv", [rows[n] for n in order],
                                      TWO_CONTACTS))
        new = [o for o in plan.outcomes if o.kind == "new"]
        assert len(new) == 1 and "new parent/carer" not in new[0].detail, new[0].detail
    apply(ctx, tmp_path / "b.csv")
    assert len(_carers(engine)) == 2


def _carers(engine) -> dict[str, tuple[bool, str, str]]:
    with Session(engine) as session:
        return {c.forename: (c.same_address_as_pupil, c.address_line1, c.postcode)
                for c in session.exec(select(Carer))}


def test_a_row_refused_for_another_upn_does_not_offer_its_pupil_as_a_leaver(ctx, tmp_path):
    apply(ctx, write_csv(tmp_path / "a.csv", [pupil_row()]))
    plan = preview(ctx, write_csv(tmp_path / "b.csv", [pupil_row(UPN=upn(77))]))
    assert [o.kind for o in plan.outcomes] == ["rejected"]
    assert "is in the register with UPN" in plan.outcomes[0].detail
    assert plan.missing == []


def test_a_pupil_whose_upn_is_mistyped_is_not_offered_as_a_leaver(ctx, engine, tmp_path):
    apply(ctx, write_csv(tmp_path / "a.csv", [pupil_row()]))
    wrong = ("B" if upn(1)[0] != "B" else "C") + upn(1)[1:]
    plan = preview(ctx, write_csv(tmp_path / "b.csv", [pupil_row(UPN=wrong)]))
    assert [o.kind for o in plan.outcomes] == ["rejected"]
    assert plan.missing == []  # the row's name and birth date still say who it was about
