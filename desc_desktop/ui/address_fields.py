from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from desc_desktop.domain.register import Address
from desc_desktop.ui.generated.ui_address_fields import Ui_AddressFields

FIELDS = ("line1", "line2", "line3", "town", "county", "postcode")


class AddressFields(QWidget):
    """The six lines of a UK address; reused by the pupil and carer forms."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AddressFields()
        self.ui.setupUi(self)

    def edits(self) -> dict[str, QLineEdit]:
        return {name: getattr(self.ui, name) for name in FIELDS}

    def address(self) -> Address:
        return Address(**{name: edit.text() for name, edit in self.edits().items()})

    def set_address(self, address: Address) -> None:
        for name, edit in self.edits().items():
            edit.setText(getattr(address, name))
