"""Admin › Staff: the staff accounts, a new password, your own password, removing an
account, and how soon the app locks itself. Every refusal comes from the services."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desc_desktop.domain.errors import ValidationFailed
from desc_desktop.domain.staff import PASSWORD_RULE, Role
from desc_desktop.services.errors import NotFound, Refused
from desc_desktop.services.snapshot import DeferredContext
from desc_desktop.ui.dates import format_when
from desc_desktop.ui.generated.ui_staff_account_dialog import Ui_StaffAccountDialog
from desc_desktop.ui.generated.ui_staff_panel import Ui_StaffPanel
from desc_desktop.ui.problems import clear_problems, show_problems
from desc_desktop.ui.tables import prepare_table

if TYPE_CHECKING:
    from desc_desktop.services.context import ServiceContext
    from desc_desktop.services.staff import StaffAccount

_Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Name", "Role", "")


class StaffModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accounts: list[StaffAccount] = []

    def set_accounts(self, accounts: list[StaffAccount]) -> None:
        self.beginResetModel()
        self.accounts = list(accounts)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.accounts)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        account = self.accounts[index.row()]
        if index.column() == 0:
            return account.name
        if index.column() == 1:
            return account.role.label
        notes = []
        if account.is_you:
            notes.append("You")
        if account.locked_until is not None:
            notes.append(f"Locked until {format_when(account.locked_until)} (five wrong "
                         "passwords)")
        return "; ".join(notes)


class StaffPanel(QWidget):
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StaffPanel()
        self.ui.setupUi(self)
        self._ctx: ServiceContext | DeferredContext | None = None
        self.model = StaffModel(self)
        prepare_table(self.ui.table, self.model, widths=(220, 140))
        self.ui.add.clicked.connect(self.add_account)
        self.ui.reset.clicked.connect(self.reset_password)
        self.ui.remove.clicked.connect(self.remove_account)
        self.ui.change_own.clicked.connect(self.change_own_password)
        self.ui.save_lock.clicked.connect(self.save_lock_minutes)

    def set_context(self, ctx: ServiceContext | DeferredContext) -> None:
        self._ctx = ctx

    @property
    def ctx(self) -> ServiceContext:
        assert self._ctx is not None
        return self._ctx.open()

    def refresh(self) -> None:
        from desc_desktop.services import staff

        ctx = self.ctx
        has_logins = ctx.unlocked is not None
        admin = ctx.actor.is_admin and has_logins
        for button in (self.ui.add, self.ui.reset, self.ui.remove, self.ui.save_lock,
                       self.ui.lock_minutes):
            button.setEnabled(admin)
        self.ui.change_own.setEnabled(has_logins)
        self.ui.lock_minutes.setValue(staff.auto_lock_minutes(ctx))
        self.model.set_accounts(staff.list_accounts(ctx) if admin else [])
        self.ui.table.setEnabled(admin)
        if not has_logins:
            self.ui.table.setToolTip("This register has no staff logins yet.")
        elif not admin:
            self.ui.table.setToolTip("Only an administrator manages staff accounts.")

    def selected(self) -> StaffAccount | None:
        rows = self.ui.table.selectionModel().selectedRows()
        return self.model.accounts[rows[0].row()] if rows else None

    def add_account(self) -> None:
        from desc_desktop.services import staff

        dialog = StaffAccountDialog(self, mode="add")
        dialog.on_save = lambda d: staff.add_account(
            self.ctx, d.ui.name.text(), d.role(), d.ui.password.text(), d.ui.confirm.text())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.status_message.emit(f"Account added for {dialog.ui.name.text().strip()}.")

    def reset_password(self) -> None:
        from desc_desktop.services import staff

        account = self.selected()
        if account is None:
            self.status_message.emit("Choose the account first.")
            return
        dialog = StaffAccountDialog(self, mode="reset", name=account.name)
        dialog.on_save = lambda d: staff.reset_password(
            self.ctx, account.staff_id, d.ui.password.text(), d.ui.confirm.text())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.status_message.emit(f"New password set for {account.name}.")

    def change_own_password(self) -> None:
        from desc_desktop.services import staff

        dialog = StaffAccountDialog(self, mode="own", name=self.ctx.actor.name)
        dialog.on_save = lambda d: staff.change_own_password(
            self.ctx, d.ui.current.text(), d.ui.password.text(), d.ui.confirm.text())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.status_message.emit("Your password is changed.")

    def remove_account(self) -> None:
        from desc_desktop.services import staff

        account = self.selected()
        if account is None:
            self.status_message.emit("Choose the account first.")
            return
        answer = QMessageBox.question(
            self, "Remove the account?",
            f"{account.name} will no longer be able to log in. What they did stays in the "
            "audit trail under their name.")
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            staff.remove_account(self.ctx, account.staff_id)
        except (Refused, NotFound) as e:
            QMessageBox.warning(self, "Account not removed", str(e))
            return
        self.refresh()
        self.status_message.emit(f"{account.name}'s account is removed.")

    def save_lock_minutes(self) -> None:
        from desc_desktop.services import staff

        minutes = self.ui.lock_minutes.value()
        try:
            staff.save_auto_lock_minutes(self.ctx, minutes)
        except (Refused, ValidationFailed) as e:
            QMessageBox.warning(self, "Not saved", str(e))
            return
        lock = getattr(self.window(), "idle_lock", None)
        if lock is not None:
            lock.set_minutes(minutes)
        self.status_message.emit(f"The app now locks itself after {minutes} minutes "
                                 "without use.")


class StaffAccountDialog(QDialog):
    """Add an account ("add"), set a new password for one ("reset"), or change your own
    ("own"). `on_save(dialog)` does it; its refusals are shown in the dialog."""

    def __init__(self, parent: QWidget | None, *, mode: str, name: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_StaffAccountDialog()
        self.ui.setupUi(self)
        self.on_save = lambda _dialog: None
        self.ui.rule.setText(PASSWORD_RULE)
        for role in (Role.OFFICE, Role.ADMIN):
            self.ui.role.addItem(role.label, role)
        adding = mode == "add"
        for widget in (self.ui.role, self.ui.role_label, self.ui.role_hint):
            widget.setVisible(adding)
        self.ui.current.setVisible(mode == "own")
        self.ui.current_label.setVisible(mode == "own")
        self.ui.name.setText(name)
        self.ui.name.setReadOnly(not adding)
        titles = {"add": ("Add a staff account", "They log in with this name and password; "
                                                 "tell them the password in person."),
                  "reset": (f"New password for {name}", "For someone who has forgotten "
                            "theirs, or whose account is locked: tell them in person."),
                  "own": ("Change my password", "Your current password first, then the "
                          "new one twice.")}
        title, intro = titles[mode]
        self.setWindowTitle(title)
        self.ui.intro.setText(intro)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        clear_problems(self.ui.problems, self._widgets())
        (self.ui.name if adding else self.ui.current if mode == "own"
         else self.ui.password).setFocus()

    def role(self) -> Role:
        return Role(self.ui.role.currentData())

    def _widgets(self) -> dict[str, QWidget]:
        return {"name": self.ui.name, "password": self.ui.password,
                "confirm": self.ui.confirm, "current": self.ui.current}

    def save(self) -> None:
        try:
            self.on_save(self)
        except ValidationFailed as e:
            show_problems(self.ui.problems, e.problems, self._widgets())
            return
        except (Refused, NotFound) as e:
            QMessageBox.warning(self, self.windowTitle(), str(e))
            return
        finally:
            for field in (self.ui.current, self.ui.password, self.ui.confirm):
                field.clear()
        self.accept()
