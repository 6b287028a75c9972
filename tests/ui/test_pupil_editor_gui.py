"""The pupil editor driven as the office would: typing, clicking, reading messages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desc_desktop.domain.upn import make_upn
from desc_desktop.services import carers, pupils
from desc_desktop.ui.carer_dialog import CarerDialog
from desc_desktop.ui.pupil_editor import PupilEditor


def _save_button(editor):
    return editor.ui.buttons.button(QDialogButtonBox.StandardButton.Save)


def _type_pupil(qtbot, editor, *, upn: str, surname: str = "Okonkwo-Ferreira",
                forename: str = "Adaeze") -> None:
    ui = editor.ui
    qtbot.keyClicks(ui.legal_surname, surname)
    qtbot.keyClicks(ui.legal_forename, forename)
    qtbot.keyClicks(ui.dob, "14/03/2012")
    ui.gender.setCurrentIndex(ui.gender.findData("F"))
    ui.year_group.setCurrentIndex(ui.year_group.findData("9"))
    qtbot.keyClicks(ui.reg_group, "9N")
    qtbot.keyClicks(ui.upn, upn)
    qtbot.keyClicks(ui.address.ui.line1, "12 Example Row")
    qtbot.keyClicks(ui.address.ui.town, "Hemel Hempstead")
    qtbot.keyClicks(ui.address.ui.postcode, "hp2 4ee")


def test_add_pupil_through_the_form(qtbot, ctx):
    editor = PupilEditor(ctx, None)
    qtbot.addWidget(editor)
    upn = make_upn(919, 2100, 16, 7)
    _type_pupil(qtbot, editor, upn=upn.lower())
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.mouseClick(_save_button(editor), Qt.MouseButton.LeftButton)

    detail = pupils.get_pupil(ctx, saved.args[0])
    assert detail.data.legal_surname == "Okonkwo-Ferreira"
    assert detail.data.upn == upn
    assert detail.data.address.postcode == "HP2 4EE"
    # A new pupil stays open on the Carers tab so parents can be added next.
    assert editor.ui.tabs.currentWidget() is editor.ui.carers_tab
    assert editor.ui.add_carer.isEnabled()


def test_bad_upn_shows_its_message_and_saves_nothing(qtbot, ctx):
    editor = PupilEditor(ctx, None)
    qtbot.addWidget(editor)
    good = make_upn(919, 2100, 16, 7)
    wrong_check = ("A" if good[0] != "A" else "B") + good[1:]
    _type_pupil(qtbot, editor, upn=wrong_check)
    qtbot.mouseClick(_save_button(editor), Qt.MouseButton.LeftButton)

    assert pupils.count_pupils(ctx) == 0
    assert editor.ui.problems.isVisible() or not editor.ui.problems.isHidden()
    assert "check letter does not match" in editor.ui.problems.text()
    assert editor.ui.upn.toolTip() == editor.ui.problems.text().split("• ")[1].strip()
    assert editor.pupil_id is None


def test_unreadable_date_and_missing_fields_are_all_listed(qtbot, ctx):
    editor = PupilEditor(ctx, None)
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.ui.dob, "31/02/2012")
    qtbot.mouseClick(_save_button(editor), Qt.MouseButton.LeftButton)
    text = editor.ui.problems.text()  # everything wrong, after one press of Save
    for expected in ("is not a real date", "legal surname", "legal forename", "gender",
                     "year group"):
        assert expected in text
    assert "Enter the pupil's date of birth" not in text  # the date's own message is enough
    assert pupils.count_pupils(ctx) == 0


def test_duplicate_upn_names_the_pupil_who_has_it(qtbot, demo_ctx):
    someone = pupils.list_pupils(demo_ctx)[0]
    editor = PupilEditor(demo_ctx, None)
    qtbot.addWidget(editor)
    _type_pupil(qtbot, editor, upn=someone.upn)
    before = pupils.count_pupils(demo_ctx)
    qtbot.mouseClick(_save_button(editor), Qt.MouseButton.LeftButton)
    assert f"{someone.legal_forename} {someone.legal_surname}" in editor.ui.problems.text()
    assert pupils.count_pupils(demo_ctx) == before


def test_edit_and_save_changes_the_record(qtbot, demo_ctx):
    row = pupils.list_pupils(demo_ctx)[0]
    editor = PupilEditor(demo_ctx, row.id)
    qtbot.addWidget(editor)
    assert editor.ui.legal_surname.text() == row.legal_surname
    editor.ui.preferred_forename.setText("Zé")
    qtbot.mouseClick(_save_button(editor), Qt.MouseButton.LeftButton)
    assert pupils.get_pupil(demo_ctx, row.id).data.preferred_forename == "Zé"
    assert editor.result() == editor.DialogCode.Accepted


def test_cancel_with_changes_asks_before_discarding(qtbot, demo_ctx, answer_messages):
    row = pupils.list_pupils(demo_ctx)[0]
    editor = PupilEditor(demo_ctx, row.id)
    qtbot.addWidget(editor)
    editor.show()
    editor.ui.reg_group.setText("ZZ")
    shown = answer_messages(QMessageBox.StandardButton.Cancel)
    editor.reject()
    assert shown and "without saving" in shown[0]
    assert editor.isVisible()
    assert pupils.get_pupil(demo_ctx, row.id).data.reg_group != "ZZ"


def test_add_carer_from_the_carers_tab(qtbot, ctx, when_modal):
    editor = PupilEditor(ctx, None)
    qtbot.addWidget(editor)
    _type_pupil(qtbot, editor, upn="")
    qtbot.mouseClick(_save_button(editor), Qt.MouseButton.LeftButton)

    def fill(dialog: CarerDialog) -> None:
        assert dialog.ui.surname.text() == "Okonkwo-Ferreira"  # prefilled from the pupil
        qtbot.keyClicks(dialog.ui.forename, "Chidinma")
        qtbot.keyClicks(dialog.ui.title, "Mrs")
        qtbot.keyClicks(dialog.ui.email, "chidinma@example.org")
        dialog.ui.link.ui.relationship.setCurrentText("Mother")
        qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)

    when_modal(fill)
    qtbot.mouseClick(editor.ui.add_carer, Qt.MouseButton.LeftButton)

    assert editor.carers_model.rowCount() == 1
    view = editor.carers_model.record(0)
    assert view.display_name == "Mrs Chidinma Okonkwo-Ferreira"
    assert view.address.postcode == "HP2 4EE"  # same address as the pupil
    assert editor.history_model.rowCount() == 2  # added, then carer added


def test_link_a_siblings_carer(qtbot, demo_ctx, when_modal):
    detail = next(d for d in (pupils.get_pupil(demo_ctx, r.id)
                              for r in pupils.list_pupils(demo_ctx)) if d.carers)
    carer = detail.carers[0]
    new_id = pupils.create_pupil(demo_ctx, detail.data.__class__(
        legal_surname=detail.data.legal_surname, legal_forename="Newsibling",
        dob=detail.data.dob, gender="F", year_group=detail.data.year_group))
    editor = PupilEditor(demo_ctx, new_id)
    qtbot.addWidget(editor)

    def choose(dialog) -> None:
        qtbot.keyClicks(dialog.ui.search, carer.carer.forename)
        dialog.search()
        rows = [dialog.results.record(r).id for r in range(dialog.results.rowCount())]
        dialog.ui.results.setCurrentIndex(dialog.results.index(rows.index(carer.carer_id), 0))
        qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    when_modal(choose)
    qtbot.mouseClick(editor.ui.link_carer, Qt.MouseButton.LeftButton)

    assert [v.carer_id for v in pupils.get_pupil(demo_ctx, new_id).carers] == [carer.carer_id]
    assert editor.carers_model.record(0).other_children


def test_restriction_turns_off_correspondence(qtbot, ctx):
    pupil_id = pupils.create_pupil(ctx, _minimal_pupil())
    dialog = CarerDialog(ctx, pupil_id, None)
    qtbot.addWidget(dialog)
    link = dialog.ui.link.ui
    assert link.receives_correspondence.isChecked()
    link.no_contact.setCurrentIndex(link.no_contact.findData("court_order"))
    assert not link.receives_correspondence.isChecked()
    assert not link.receives_correspondence.isEnabled()
    qtbot.keyClicks(dialog.ui.surname, "Vantongeren")
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    saved = pupils.get_pupil(ctx, pupil_id).carers[0].link
    assert saved.no_contact == "court_order" and not saved.receives_correspondence


def test_carer_own_address_is_required_when_not_with_pupil(qtbot, ctx):
    pupil_id = pupils.create_pupil(ctx, _minimal_pupil())
    dialog = CarerDialog(ctx, pupil_id, None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.surname, "Vantongeren")
    dialog.ui.same_address.setChecked(False)
    assert dialog.ui.address.isEnabled()
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert "own address" in dialog.ui.problems.text()
    assert pupils.get_pupil(ctx, pupil_id).carers == ()
    assert carers.find_carers(ctx, "Vantongeren") == []


def _minimal_pupil():
    from datetime import date

    from desc_desktop.domain.register import Address, PupilInput

    return PupilInput(legal_surname="Nakashima", legal_forename="Ren", dob=date(2011, 5, 2),
                      gender="M", year_group="10",
                      address=Address(line1="3 Example Row", town="Tring", postcode="HP23 5AA"))


def test_linking_a_restricted_carer_repeats_the_restriction(qtbot, ctx):
    from desc_desktop.domain.register import CarerInput, CarerLinkInput
    from desc_desktop.ui.link_carer_dialog import LinkCarerDialog

    older = pupils.create_pupil(ctx, _minimal_pupil())
    carers.add_carer(ctx, older, CarerInput(surname="Nakashima", forename="Daichi"),
                     CarerLinkInput("Father", no_contact="court_order",
                                    receives_correspondence=False))
    younger = pupils.create_pupil(ctx, _minimal_pupil().__class__(
        legal_surname="Nakashima", legal_forename="Aiko", dob=_minimal_pupil().dob,
        gender="F", year_group="9"))
    dialog = LinkCarerDialog(ctx, younger)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.search, "daichi")
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # Enter while typing
    assert pupils.get_pupil(ctx, younger).carers == ()  # only refreshed the list
    assert "Do not contact — court order" in dialog.results.index(0, 0).data()
    link = dialog.ui.link.link()
    assert link.no_contact == "court_order" and not link.receives_correspondence
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert pupils.get_pupil(ctx, younger).carers[0].link.no_contact == "court_order"
