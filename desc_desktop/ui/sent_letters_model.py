"""The letters marked as sent as a table (the shared styled table: found by reference or
name, one run's letters shown when a run is chosen)."""

from __future__ import annotations

from desc_desktop.services.sent_letters import SentLetter, search_words
from desc_desktop.ui.dates import format_uk
from desc_desktop.ui.styled_model import RECORD_ROLE, StyledColumn, StyledTableModel

LETTER_ROLE = RECORD_ROLE


def note(letter: SentLetter) -> str:
    parts = []
    if letter.to_pupil:
        parts.append("To the pupil (16 or over)")
    if letter.reissue_of:
        parts.append(f"Reprint of {letter.reissue_of}")
    if letter.reissued_as:
        parts.append(f"Reprinted as {', '.join(letter.reissued_as)}")
    return "; ".join(parts)


SENT_COLUMNS = (
    StyledColumn("Reference", lambda letter: letter.reference,
                 sort=lambda letter: letter.reference),
    StyledColumn("Sent to", lambda letter: " and ".join(letter.addressees)),
    StyledColumn("About", lambda letter: ", ".join(letter.pupils)),
    StyledColumn("Issue date", lambda letter: format_uk(letter.issue_date),
                 sort=lambda letter: letter.issue_date),
    StyledColumn("Reply-by date", lambda letter: format_uk(letter.reply_by),
                 sort=lambda letter: letter.reply_by),
    StyledColumn("Note", note),
)


def sent_letter_model(parent=None) -> StyledTableModel:
    return StyledTableModel(SENT_COLUMNS, search_words, parent)
