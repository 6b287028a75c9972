from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desc_desktop.domain.register import CarerLinkInput, NoContact
from desc_desktop.ui.generated.ui_carer_link_fields import Ui_CarerLinkFields


class CarerLinkFields(QWidget):
    """How a parent/carer stands to one pupil: relationship, responsibility, restrictions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CarerLinkFields()
        self.ui.setupUi(self)
        self.ui.no_contact.addItem("None", NoContact.NONE.value)
        for kind in (NoContact.COURT_ORDER, NoContact.OTHER):
            self.ui.no_contact.addItem(kind.label, kind.value)
        self.ui.no_contact.currentIndexChanged.connect(self._restriction_changed)
        self._restriction_changed()

    def _restriction_changed(self) -> None:
        restricted = bool(self.ui.no_contact.currentData())
        self.ui.no_contact_note.setEnabled(restricted)
        if restricted:
            # A restricted carer must not be sent anything, so the two cannot both be ticked.
            self.ui.receives_correspondence.setChecked(False)
        self.ui.receives_correspondence.setEnabled(not restricted)

    def link(self) -> CarerLinkInput:
        return CarerLinkInput(
            relationship=self.ui.relationship.currentText(),
            parental_responsibility=self.ui.parental_responsibility.isChecked(),
            receives_correspondence=self.ui.receives_correspondence.isChecked(),
            priority=self.ui.priority.value(),
            no_contact=self.ui.no_contact.currentData(),
            no_contact_note=self.ui.no_contact_note.text() if self.ui.no_contact.currentData()
            else "")

    def set_link(self, link: CarerLinkInput) -> None:
        self.ui.relationship.setCurrentText(link.relationship)
        self.ui.parental_responsibility.setChecked(link.parental_responsibility)
        self.ui.priority.setValue(link.priority)
        self.ui.no_contact.setCurrentIndex(max(0, self.ui.no_contact.findData(link.no_contact)))
        self.ui.no_contact_note.setText(link.no_contact_note)
        self.ui.receives_correspondence.setChecked(link.receives_correspondence)

    def widgets(self) -> dict[str, QWidget]:
        return {name: getattr(self.ui, name) for name in (
            "relationship", "parental_responsibility", "receives_correspondence", "priority",
            "no_contact", "no_contact_note")}
