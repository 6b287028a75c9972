"""The demo school: fictional, deterministic, and shaped like a real one."""

from __future__ import annotations

from datetime import date

from desc_desktop.domain.ages import age_on
from desc_desktop.domain.demo import make_demo
from desc_desktop.domain.register import NoContact, clean_carer, clean_link, clean_pupil
from desc_desktop.domain.upn import validate_upn

TODAY = date(2026, 11, 28)


def _children(households):
    return [child for household in households for child in household.children]


def test_about_150_pupils_aged_11_to_18_and_a_few_older_with_ldd():
    households = make_demo(150, seed=1, today=TODAY)
    children = _children(households)
    assert len(children) == 150
    ages = [age_on(c.dob, TODAY) for c in children]
    older = [c for c, age in zip(children, ages, strict=True) if age >= 19]
    assert 1 <= len(older) <= 10
    assert all(19 <= age_on(c.dob, TODAY) <= 24 and c.ldd for c in older)
    assert all(11 <= age <= 18 for age in ages if age < 19)


def test_every_record_passes_validation_and_upns_are_unique():
    households = make_demo(150, seed=1, today=TODAY)
    children = _children(households)
    for child in children:
        assert clean_pupil(child, TODAY) == child
        assert validate_upn(child.upn) == child.upn
    assert len({c.upn for c in children}) == len(children)
    for household in households:
        for carer in household.carers:
            clean_carer(carer.carer)
            clean_link(carer.link)


def test_names_from_many_cultures_including_non_ascii():
    children = _children(make_demo(150, seed=1, today=TODAY))
    surnames = {c.legal_surname for c in children}
    assert len(surnames) >= 25
    assert any(not name.isascii() for name in surnames | {c.legal_forename for c in children})


def test_households_share_carers_and_include_separated_and_restricted_parents():
    households = make_demo(150, seed=1, today=TODAY)
    assert any(len(h.children) > 1 for h in households)  # siblings share their carers
    separated = [c for h in households for c in h.carers if not c.carer.same_address_as_pupil]
    assert separated and all(c.carer.address.postcode for c in separated)
    restrictions = [c.link.no_contact for h in households for c in h.carers]
    assert NoContact.COURT_ORDER in restrictions and NoContact.OTHER in restrictions
    for h in households:
        for c in h.carers:
            if c.link.no_contact:
                assert not c.link.receives_correspondence


def test_deterministic_for_a_seed_and_different_for_another():
    assert make_demo(60, seed=5, today=TODAY) == make_demo(60, seed=5, today=TODAY)
    assert make_demo(60, seed=5, today=TODAY) != make_demo(60, seed=6, today=TODAY)


def test_siblings_have_different_forenames():
    for household in make_demo(300, seed=2, today=TODAY):
        names = [c.legal_forename for c in household.children]
        assert len(names) == len(set(names))
