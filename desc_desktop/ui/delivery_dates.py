"""Issue date, delivery, date received and reply-by date: the dates of a letter run or a
reprint, kept in step as the office types.

The date received is worked out from the delivery (by hand or pupil post: that day; first or
second class: 2 or 3 working days later) each time the issue date or the delivery changes,
and the office may then change it. The reply-by date follows it at once. The fields are the
page's own (from its .ui form): this only ties them together.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from desc_desktop.domain.letters.delivery import (
    OPT_OUT_DAYS,
    Delivery,
    received_on,
    received_problem,
    reply_by,
)
from desc_desktop.ui.dates import BadDate, format_uk, parse_uk_date
from desc_desktop.ui.problems import HINT_STYLE, PROBLEM_STYLE


def day_and_date(day: date) -> str:
    """'Mon 30/11/2026': the weekday helps the office see a date falls where expected."""
    return f"{day:%a} {format_uk(day)}"


class DeliveryDates(QObject):
    changed = Signal()
    """Any of the dates or the delivery changed."""

    def __init__(self, issue_date: QLineEdit, delivery: QComboBox, received: QLineEdit,
                 received_hint: QLabel, reply_by_label: QLabel, problem_label: QLabel,
                 parent: QObject | None = None) -> None:
        """`problem_label`: where what to fix in the dates is said, at once, as the office
        types (hidden while there is nothing to fix)."""
        super().__init__(parent)
        self.issue_edit, self.delivery_box, self.received_edit = issue_date, delivery, received
        self.received_hint, self.reply_by_label = received_hint, reply_by_label
        self.problem_label = problem_label
        received_hint.setStyleSheet(HINT_STYLE)
        problem_label.setStyleSheet(PROBLEM_STYLE)
        problem_label.setVisible(False)
        for kind in Delivery:
            delivery.addItem(kind.label, kind.value)
        received.setPlaceholderText("dd/mm/yyyy")
        issue_date.textChanged.connect(self._work_out_received)
        delivery.currentIndexChanged.connect(self._work_out_received)
        received.textChanged.connect(self._show)
        self._work_out_received()

    # -- reading ------------------------------------------------------------------------

    def delivery(self) -> Delivery:
        return Delivery(self.delivery_box.currentData())

    def set_delivery(self, delivery: Delivery) -> None:
        self.delivery_box.setCurrentIndex(self.delivery_box.findData(delivery.value))

    def set_issue_date(self, day: date) -> None:
        self.issue_edit.setText(format_uk(day))

    def issue_date(self) -> date:
        """The issue date typed; raises BadDate with what to fix."""
        value = parse_uk_date(self.issue_edit.text())
        if value is None:
            raise BadDate("Enter the issue date: the date printed on the letters.")
        return value

    def usual_received(self) -> date | None:
        """The date received the delivery gives, or None while the issue date is not valid."""
        try:
            return received_on(self.issue_date(), self.delivery())
        except BadDate:
            return None

    def received(self) -> date:
        """The date received typed (or worked out); raises BadDate with what to fix."""
        try:
            value = parse_uk_date(self.received_edit.text())
        except BadDate as e:
            raise BadDate(f"Date received: {e}") from e
        if value is None:
            raise BadDate("Enter the date received: the day the letters reach home.")
        problem = received_problem(self.issue_date(), value)
        if problem:
            raise BadDate(problem)
        return value

    def problems(self) -> list[str]:
        """What to fix before the dates can be used, in words ([] when they are fine)."""
        try:
            self.issue_date()
        except BadDate as e:
            return [str(e)]
        try:
            self.received()
        except BadDate as e:
            return [str(e)]
        return []

    # -- keeping in step ----------------------------------------------------------------

    def _work_out_received(self) -> None:
        usual = self.usual_received()
        if usual is not None:
            # The office's own date gives way when the issue date or delivery changes: it
            # was chosen for the old ones.
            self.received_edit.setText(format_uk(usual))
        self._show()

    def _show(self) -> None:
        problems = self.problems()
        if problems:
            self._show_problem(problems[0])
            return
        received = self.received()
        usual = self.usual_received()
        if usual is None or received == usual:
            hint = f"{received:%a} (from the delivery; change it if need be)"
        else:
            hint = f"{received:%a} (changed; the usual day is {day_and_date(usual)})"
        self.received_hint.setText(hint)
        self.reply_by_label.setText(f"{day_and_date(reply_by(received))} ({OPT_OUT_DAYS} days "
                                    "after it is received)")
        self.problem_label.setVisible(False)
        self.changed.emit()

    def _show_problem(self, text: str) -> None:
        self.received_hint.setText("")
        self.reply_by_label.setText("—")
        self.problem_label.setText(text)
        self.problem_label.setVisible(True)
        self.changed.emit()
