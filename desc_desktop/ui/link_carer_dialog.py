"""Linking a parent/carer who is already in the register (a sibling's) to this pupil."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desc_desktop.domain.errors import Problem, ValidationFailed
from desc_desktop.domain.register import NoContact
from desc_desktop.services import carers
from desc_desktop.services.errors import NotFound, Refused
from desc_desktop.services.records import CarerSummary
from desc_desktop.ui.generated.ui_link_carer_dialog import Ui_LinkCarerDialog
from desc_desktop.ui.problems import clear_problems, show_problems
from desc_desktop.ui.record_model import RECORD_ROLE, Column, RecordTableModel

if TYPE_CHECKING:
    from desc_desktop.services.context import ServiceContext


def _describe(summary: CarerSummary) -> str:
    children = ", ".join(summary.children) or "no pupils"
    text = f"{summary.name} — {summary.address or 'no address'} (carer of {children})"
    if summary.restriction:
        text += f" — {NoContact(summary.restriction.no_contact).label}"
    return text


class LinkCarerDialog(QDialog):
    def __init__(self, ctx: ServiceContext, pupil_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.pupil_id = ctx, pupil_id
        self.ui = Ui_LinkCarerDialog()
        self.ui.setupUi(self)
        self.results = RecordTableModel([Column("Parent/carer", _describe)], self)
        self.ui.results.setModel(self.results)
        self._search_later = QTimer(self, singleShot=True, interval=150)
        self._search_later.timeout.connect(self.search)
        self.ui.search.textChanged.connect(self._search_later.start)
        self.ui.results.selectionModel().currentChanged.connect(self._carer_chosen)
        self.ui.buttons.accepted.connect(self.link)
        self.ui.buttons.rejected.connect(self.reject)
        clear_problems(self.ui.problems, {})

    def search(self) -> None:
        self._search_later.stop()
        text = self.ui.search.text().strip()
        self.results.set_records(carers.find_carers(self.ctx, text) if len(text) >= 2 else [])
        if self.results.rowCount():
            self.ui.results.setCurrentIndex(self.results.index(0, 0))

    def _carer_chosen(self) -> None:
        chosen = self.chosen()
        if chosen is not None and chosen.restriction is not None:
            # A restriction on a brother or sister almost always applies to this child too.
            current = self.ui.link.link()
            self.ui.link.set_link(current._replace(
                no_contact=chosen.restriction.no_contact,
                no_contact_note=chosen.restriction.no_contact_note,
                receives_correspondence=False))

    def chosen(self) -> CarerSummary | None:
        index = self.ui.results.currentIndex()
        return index.data(RECORD_ROLE) if index.isValid() else None

    def link(self) -> None:
        if self._search_later.isActive():
            # Enter pressed while the list is still catching up with the typing: show the
            # up-to-date matches first rather than linking an out-of-date choice.
            self.search()
            return
        widgets = {"carer": self.ui.results, **self.ui.link.widgets()}
        chosen = self.chosen()
        try:
            if chosen is None:
                raise ValidationFailed([Problem("carer", "Search for the parent/carer and "
                                                         "choose them in the list.")])
            carers.link_carer(self.ctx, self.pupil_id, chosen.id, self.ui.link.link())
        except ValidationFailed as e:
            show_problems(self.ui.problems, e.problems, widgets)
            return
        except (Refused, NotFound) as e:
            QMessageBox.information(self, "Not linked", str(e))
            return
        self.accept()
