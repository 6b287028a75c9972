"""Staff accounts and roles: checked in the services, so the command line and the window
meet the same refusals."""

from __future__ import annotations

import dataclasses

import pytest

from desc_desktop.domain.errors import ValidationFailed
from desc_desktop.domain.letters.template import DEFAULT_TEMPLATE
from desc_desktop.domain.staff import Role
from desc_desktop.security import keyring
from desc_desktop.security.errors import LoginRefused
from desc_desktop.services import access, audit, letter_runs, letter_settings, pupils, school
from desc_desktop.services import staff as staff_service
from desc_desktop.services.errors import NotFound, Refused

PASSWORD = "the administrator's password"
OFFICE_PASSWORD = "the office's password"


@pytest.fixture
def admin(tmp_path, pupil_data):
    made = access.set_up_administrator(tmp_path / "school.sqlite", "Anne Admin", PASSWORD,
                                       PASSWORD)
    pupils.create_pupil(made.ctx, pupil_data())
    yield made.ctx
    made.ctx.engine.dispose()


@pytest.fixture
def office(admin):
    staff_id = staff_service.add_account(admin, "Olu Office", Role.OFFICE, OFFICE_PASSWORD,
                                         OFFICE_PASSWORD)
    ctx = access.log_in_and_open(path_of(admin), "Olu Office", OFFICE_PASSWORD)
    assert ctx.actor.staff_id == staff_id and ctx.actor.role is Role.OFFICE
    yield ctx
    ctx.engine.dispose()


def latest_change(ctx):
    """The newest audit entry other than logins and failed logins."""
    return next(e for e in audit.recent_entries(ctx) if not e.action.startswith("staff.login"))


def path_of(ctx):
    return ctx.path


def test_an_office_account_is_refused_deleting_a_pupil_saying_why(office):
    [pupil] = pupils.list_pupils(office)
    with pytest.raises(Refused) as refused:
        pupils.delete_pupil(office, pupil.id)
    assert "Only an administrator can delete a pupil's record" in str(refused.value)
    assert "Olu Office" in str(refused.value)
    assert pupils.count_pupils(office) == 1


def test_an_office_account_is_refused_the_template_settings_and_school(office):
    with pytest.raises(Refused, match="letter template"):
        letter_runs.save_template(office, DEFAULT_TEMPLATE)
    with pytest.raises(Refused, match="letter settings"):
        letter_settings.save_letter_settings(office, letter_settings.letter_settings(office))
    with pytest.raises(Refused, match="school's details"):
        school.save_school(office, school.get_school(office) or school.SchoolDetails(name="X"))


def test_an_office_account_is_refused_managing_staff(office):
    with pytest.raises(Refused, match="Only an administrator can add staff"):
        staff_service.add_account(office, "Zed", Role.ADMIN, "some long password",
                                  "some long password")
    with pytest.raises(Refused, match="manage staff"):
        staff_service.list_accounts(office)
    with pytest.raises(Refused):
        staff_service.reset_password(office, 1, "some long password", "some long password")
    with pytest.raises(Refused):
        staff_service.remove_account(office, 1)
    with pytest.raises(Refused):
        staff_service.save_auto_lock_minutes(office, 5)


def test_an_office_account_does_the_everyday_work(office, pupil_data):
    pupil_id = pupils.create_pupil(office, pupil_data(legal_forename="Ada", upn=None))
    pupils.update_pupil(office, pupil_id, pupil_data(legal_forename="Ada", reg_group="6B",
                                                     upn=None))
    assert audit.recent_entries(office)[0].staff_name == "Olu Office"


def test_accounts_are_listed_administrators_first_and_passwords_are_checked(admin, office):
    accounts = staff_service.list_accounts(admin)
    assert [(a.name, a.role, a.is_you) for a in accounts] == [
        ("Anne Admin", Role.ADMIN, True), ("Olu Office", Role.OFFICE, False)]
    with pytest.raises(ValidationFailed) as short:
        staff_service.add_account(admin, "Sam", Role.OFFICE, "too short", "too short")
    assert short.value.for_field("password")
    with pytest.raises(ValidationFailed) as taken:
        staff_service.add_account(admin, "olu office", Role.OFFICE, "a long password",
                                  "a long password")
    assert "already an account" in taken.value.for_field("name")[0]


def test_changing_your_password_rewraps_only_your_slot(admin, office):
    before = keyring.load(path_of(admin))
    with pytest.raises(ValidationFailed) as wrong:
        staff_service.change_own_password(office, "not my password", "new office password",
                                          "new office password")
    assert wrong.value.for_field("current") == ["That is not your current password."]
    staff_service.change_own_password(office, OFFICE_PASSWORD, "new office password",
                                      "new office password")
    after = keyring.load(path_of(admin))
    olu = office.actor.staff_id
    assert after.slot_for_staff(olu) != before.slot_for_staff(olu)
    assert after.slot_for_staff(admin.actor.staff_id) == before.slot_for_staff(
        admin.actor.staff_id)
    assert after.recovery == before.recovery
    with pytest.raises(LoginRefused):
        access.log_in_and_open(path_of(admin), "Olu Office", OFFICE_PASSWORD)
    access.log_in_and_open(path_of(admin), "Olu Office", "new office password").engine.dispose()
    assert latest_change(admin).action == staff_service.PASSWORD_CHANGED
    assert latest_change(admin).staff_name == "Olu Office"


def test_an_administrator_resets_a_password_which_also_ends_a_lock(admin, office):
    path = path_of(admin)
    for _ in range(5):
        with pytest.raises(LoginRefused):
            access.log_in_and_open(path, "Olu Office", "a wrong password")
    [olu] = [a for a in staff_service.list_accounts(admin) if a.name == "Olu Office"]
    assert olu.locked_until is not None
    staff_service.reset_password(admin, olu.staff_id, "reset by anne!", "reset by anne!")
    assert keyring.load(path).lockout(olu.staff_id).failures == 0
    access.log_in_and_open(path, "Olu Office", "reset by anne!").engine.dispose()


def test_removing_an_account_removes_its_slot_and_it_can_no_longer_log_in(admin, office):
    path = path_of(admin)
    olu = office.actor.staff_id
    office.engine.dispose()
    staff_service.remove_account(admin, olu)
    assert keyring.load(path).slot_for_staff(olu) is None
    with pytest.raises(LoginRefused):
        access.log_in_and_open(path, "Olu Office", OFFICE_PASSWORD)
    assert [a.name for a in staff_service.list_accounts(admin)] == ["Anne Admin"]
    assert latest_change(admin).action == staff_service.REMOVED
    with pytest.raises(NotFound):
        staff_service.remove_account(admin, olu)


def test_the_last_administrator_and_your_own_account_cannot_be_removed(admin):
    with pytest.raises(Refused, match="logged in with"):
        staff_service.remove_account(admin, admin.actor.staff_id)
    second = staff_service.add_account(admin, "Bea Bursar", Role.ADMIN, "bea's long password",
                                       "bea's long password")
    bea = access.log_in_and_open(path_of(admin), "Bea Bursar", "bea's long password")
    staff_service.remove_account(bea, admin.actor.staff_id)
    with pytest.raises(Refused, match="only administrator"):
        staff_service.remove_account(dataclasses.replace(
            bea, actor=dataclasses.replace(bea.actor, staff_id=None)), second)
    bea.engine.dispose()


def test_the_auto_lock_setting_defaults_to_ten_minutes(admin):
    assert staff_service.auto_lock_minutes(admin) == 10
    staff_service.save_auto_lock_minutes(admin, 3)
    assert staff_service.auto_lock_minutes(admin) == 3
    with pytest.raises(ValidationFailed):
        staff_service.save_auto_lock_minutes(admin, 0)


def test_a_register_without_logins_refuses_account_changes_saying_why(ctx):
    with pytest.raises(Refused, match="set up the administrator first"):
        staff_service.add_account(ctx, "Olu", Role.OFFICE, "a long password", "a long password")


def test_passwords_never_reach_the_audit_trail_or_the_key_file(admin, office):
    staff_service.change_own_password(office, OFFICE_PASSWORD, "new office password",
                                      "new office password")
    text = keyring.keyring_path(path_of(admin)).read_text(encoding="utf-8")
    entries = audit.recent_entries(admin)
    for secret in (PASSWORD, OFFICE_PASSWORD, "new office password"):
        assert secret not in text
        assert all(secret not in e.summary and secret not in str(e.changes) for e in entries)
