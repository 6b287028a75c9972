"""Letters for chosen pupils only (Letters > New run, "Selected pupils"; `letters --pupils`)."""

from __future__ import annotations

from datetime import timedelta

from letter_support import ISSUE, flat
from sqlmodel import Session

from desc_desktop.services import letters, pupils
from desc_desktop.services.errors import NotFound
from desc_desktop.store.tables import Pupil


def _ids(ctx) -> dict[str, int]:
    return {f"{row.legal_forename} {row.legal_surname}": row.id
            for row in pupils.list_pupils(ctx)}


def _about(plan) -> list[list[str]]:
    return [[c.name for c in letter.children] for letter in plan.letters]


def test_only_the_chosen_pupils_get_letters_and_a_sibling_is_left_off(family_school, write):
    ids = _ids(family_school)
    plan = letters.plan_run(family_school, ISSUE, pupil_ids=[ids["Ruby Baker"],
                                                             ids["Ines Okafor"]])
    assert _about(plan) == [["Ruby Baker"], ["Ines Okafor"]]
    assert plan.problems == []
    _, pages = write(family_school, plan)
    text = flat(" ".join(page.text for page in pages))
    assert "This letter is about Ruby Baker." in text
    assert "Tom Baker" not in text and "Ivy Moss" not in text  # not chosen


def test_choosing_both_siblings_makes_one_household_letter(family_school):
    ids = _ids(family_school)
    plan = letters.plan_run(family_school, ISSUE, pupil_ids={ids["Ada Zeller"],
                                                             ids["Finn Zeller"]})
    assert [sorted(names) for names in _about(plan)] == [["Ada Zeller", "Finn Zeller"]]
    assert [letter.addressees for letter in plan.letters] == [("Ms Greta Zeller",)]


def test_a_chosen_pupil_not_on_roll_on_the_issue_date_is_a_problem(family_school, engine):
    ids = _ids(family_school)
    pupils.mark_left(family_school, ids["Ivy Moss"], ISSUE - timedelta(days=1))
    with Session(engine) as session:  # admitted after the issue date
        late = session.get(Pupil, ids["Ines Okafor"])
        late.admission_date = ISSUE + timedelta(days=3)
        session.add(late)
        session.commit()
    plan = letters.plan_run(family_school, ISSUE, pupil_ids=[
        ids["Ivy Moss"], ids["Ines Okafor"], ids["Tom Baker"]])
    assert _about(plan) == [["Tom Baker"]]
    assert [p.message for p in plan.problems] == [
        "Ivy Moss: not on roll on the issue date (they had left), so no letter is made for "
        "them.",
        "Ines Okafor: not on roll on the issue date (they had not started), so no letter is "
        "made for them."]
    assert [p.pupil_id for p in plan.problems] == [ids["Ivy Moss"], ids["Ines Okafor"]]


def test_a_chosen_pupil_deleted_since_is_counted_without_a_name(family_school):
    ids = _ids(family_school)
    gone = ids["Ivy Moss"]
    pupils.delete_pupil(family_school, gone)
    plan = letters.plan_run(family_school, ISSUE, pupil_ids=[gone, ids["Tom Baker"]])
    assert _about(plan) == [["Tom Baker"]]
    assert [(p.pupil_id, p.message) for p in plan.problems] == [
        (0, "1 of the chosen pupils is no longer in the register (deleted since they were "
            "chosen).")]


def test_years_and_chosen_pupils_together_keep_only_both(family_school):
    ids = _ids(family_school)
    plan = letters.plan_run(family_school, ISSUE, years=["7"],
                            pupil_ids=[ids["Tom Baker"], ids["Ruby Baker"]])
    assert _about(plan) == [["Tom Baker"]]
    assert plan.problems == []  # Ruby is on roll, just not in year 7


def test_no_pupils_chosen_makes_no_letters(family_school):
    plan = letters.plan_run(family_school, ISSUE, pupil_ids=[])
    assert plan.letters == [] and plan.problems == []


def test_upns_find_their_pupils_and_unknown_ones_are_named_by_position(family_school,
                                                                        engine):
    ids = _ids(family_school)
    with Session(engine) as session:
        for name, upn in (("Ruby Baker", "A801200112001"), ("Ada Zeller", "H801200112002")):
            pupil = session.get(Pupil, ids[name])
            pupil.upn = upn
            session.add(pupil)
        session.commit()
    found = letters.pupil_ids_for_upns(family_school, [" h801200112002", "A801200112001",
                                                       "A801200112001"])
    assert found == [ids["Ada Zeller"], ids["Ruby Baker"]]  # typed order, once each
    try:
        letters.pupil_ids_for_upns(family_school, ["A801200112001", "Z999", "B000"])
    except NotFound as e:
        message = str(e)
    else:
        raise AssertionError("unknown UPNs were accepted")
    assert message == ("2 of the 3 UPNs given match no pupil in the register (number 2, 3 "
                       "in the list): check them.")
    assert "Z999" not in message
