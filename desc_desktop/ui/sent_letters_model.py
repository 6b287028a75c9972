"""The letters marked as sent as a table, and a proxy that finds one by reference or name
and shows one run's letters."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desc_desktop.domain.search import query_terms
from desc_desktop.services.sent_letters import SentLetter, search_text
from desc_desktop.ui.dates import format_uk

LETTER_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_DISPLAY = Qt.ItemDataRole.DisplayRole
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

COLUMNS = ("Reference", "Sent to", "About", "Issue date", "Reply-by date", "Note")


def note(letter: SentLetter) -> str:
    parts = []
    if letter.to_pupil:
        parts.append("To the pupil (16 or over)")
    if letter.reissue_of:
        parts.append(f"Reprint of {letter.reissue_of}")
    if letter.reissued_as:
        parts.append(f"Reprinted as {', '.join(letter.reissued_as)}")
    return "; ".join(parts)


def _texts(letter: SentLetter) -> tuple[str, ...]:
    return (letter.reference, " and ".join(letter.addressees), ", ".join(letter.pupils),
            format_uk(letter.issue_date), format_uk(letter.reply_by), note(letter))


def _sort_keys(letter: SentLetter) -> tuple[str, ...]:
    # Dates as ISO text, so they sort as dates; names case-blind.
    return (letter.reference, " ".join(letter.addressees).casefold(),
            " ".join(letter.pupils).casefold(), letter.issue_date.isoformat(),
            letter.reply_by.isoformat(), note(letter))


class SentLetterModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.letters: list[SentLetter] = []
        self._texts: list[tuple[str, ...]] = []
        self.keys: list[str] = []

    def set_letters(self, letters: Sequence[SentLetter]) -> None:
        self.beginResetModel()
        self.letters = list(letters)
        self._texts = [_texts(letter) for letter in self.letters]
        self.keys = [search_text(letter) for letter in self.letters]
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.letters)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role in (_DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return self._texts[index.row()][index.column()]
        if role == LETTER_ROLE:
            return self.letters[index.row()]
        if role == SORT_ROLE:
            return _sort_keys(self.letters[index.row()])[index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return COLUMNS[section]
        return None


class SentLetterFilter(QSortFilterProxyModel):
    """Every word typed must be in the reference or a name on the letter (accents and case
    ignored); and, when a run is chosen, the letter must be one of its letters."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._terms: list[str] = []
        self.run_id: int | None = None

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._terms = query_terms(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_run(self, run_id: int | None) -> None:
        self.beginFilterChange()
        self.run_id = run_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model: SentLetterModel = self.sourceModel()
        if self.run_id is not None and model.letters[source_row].run_id != self.run_id:
            return False
        key = model.keys[source_row]
        return all(term in key for term in self._terms)
