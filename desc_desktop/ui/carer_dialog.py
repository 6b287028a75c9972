"""Adding or changing a parent/carer and how they stand to one pupil."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desc_desktop.domain.errors import ValidationFailed
from desc_desktop.domain.register import Address, CarerInput, CarerLinkInput
from desc_desktop.services import carers
from desc_desktop.services.errors import NotFound
from desc_desktop.services.records import CarerLinkView
from desc_desktop.ui.generated.ui_carer_dialog import Ui_CarerDialog
from desc_desktop.ui.problems import clear_problems, show_problems

if TYPE_CHECKING:
    from desc_desktop.services.context import ServiceContext

_PERSON = ("title", "forename", "surname", "phone_home", "phone_mobile", "phone_work", "email")


class CarerDialog(QDialog):
    def __init__(self, ctx: ServiceContext, pupil_id: int, view: CarerLinkView | None,
                 parent: QWidget | None = None, *, pupil_address: Address | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.pupil_id, self.view = ctx, pupil_id, view
        self.ui = Ui_CarerDialog()
        self.ui.setupUi(self)
        self._pupil_address = pupil_address or Address()
        self.ui.same_address.toggled.connect(self._same_address_toggled)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        clear_problems(self.ui.problems, self.field_widgets())
        if view is None:
            self.setWindowTitle("Add parent/carer")
            self.ui.shared_note.setVisible(False)
        else:
            self.setWindowTitle(f"{view.display_name} — parent/carer")
            self.prefill(view.carer)
            self.ui.link.set_link(view.link)
            self._show_shared_note(view)
        self._same_address_toggled(self.ui.same_address.isChecked())

    def _show_shared_note(self, view: CarerLinkView) -> None:
        if view.other_children:
            self.ui.shared_note.setText(
                "Changes to this person's name, address, phones and email also apply to: "
                + ", ".join(view.other_children) + ".")
        else:
            self.ui.shared_note.setVisible(False)

    def _same_address_toggled(self, same: bool) -> None:
        self.ui.address.setEnabled(not same)
        if same:
            self.ui.address.set_address(self._pupil_address)

    def prefill(self, carer: CarerInput) -> None:
        for name in _PERSON:
            getattr(self.ui, name).setText(getattr(carer, name))
        self.ui.same_address.setChecked(carer.same_address_as_pupil)
        if not carer.same_address_as_pupil:
            self.ui.address.set_address(carer.address)

    def carer_input(self) -> CarerInput:
        same = self.ui.same_address.isChecked()
        return CarerInput(**{n: getattr(self.ui, n).text() for n in _PERSON},
                          same_address_as_pupil=same,
                          address=Address() if same else self.ui.address.address())

    def field_widgets(self) -> dict[str, QWidget]:
        widgets: dict[str, QWidget] = {n: getattr(self.ui, n) for n in _PERSON}
        widgets.update({f"address.{n}": w for n, w in self.ui.address.edits().items()})
        widgets.update(self.ui.link.widgets())
        return widgets

    def save(self) -> None:
        carer, link = self.carer_input(), self.ui.link.link()
        try:
            if self.view is None:
                carers.add_carer(self.ctx, self.pupil_id, carer, link)
            else:
                self._save_changes(carer, link)
        except ValidationFailed as e:
            show_problems(self.ui.problems, e.problems, self.field_widgets())
            return
        except NotFound as e:
            QMessageBox.warning(self, "Not saved", str(e))
            return
        self.accept()

    def _save_changes(self, carer: CarerInput, link: CarerLinkInput) -> None:
        assert self.view is not None
        carers.update_carer(self.ctx, self.view.carer_id, carer, pupil_id=self.pupil_id,
                            link=link)
