"""The app locks itself after a while without input: every window and dialog is covered and
their titles hidden until the password of whoever is logged in is typed again.

An event filter on the application sees every key press, click, wheel turn and mouse move
and restarts the timer. Locking covers each visible top-level window (the main window, any
dialog, even one waiting for an answer) with an opaque panel, so nothing on them can be
read, and opens the lock screen above them all as an application-modal dialog: open dialogs
keep what was typed in them, and carry on once unlocked. Five wrong passwords lock the
account as at login (security/login.py).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QToolTip, QVBoxLayout, QWidget

from desc_desktop import APP_NAME
from desc_desktop.domain.staff import AUTO_LOCK_DEFAULT_MINUTES
from desc_desktop.ui.generated.ui_login_dialog import Ui_LoginDialog
from desc_desktop.ui.problems import PROBLEM_STYLE

if TYPE_CHECKING:
    from desc_desktop.services.context import ServiceContext
    from desc_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress})
LOCKED_TITLE = f"{APP_NAME} — locked"


class LockScreen(QDialog):
    """The password of whoever is logged in; `unlocked` once it is right."""

    unlocked = Signal()

    def __init__(self, ctx: ServiceContext, minutes: int | None) -> None:
        """`minutes`: how long it went without use; None when locked on purpose."""
        super().__init__(None, Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint
                         | Qt.WindowType.WindowTitleHint)
        self.ctx = ctx
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(LOCKED_TITLE)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.ui.heading.setText(f"{APP_NAME} is locked")
        why = ("It was locked" if minutes is None else
               f"It locked itself after {minutes} minute{'s' if minutes != 1 else ''} without "
               "use")
        self.ui.intro.setText(f"{why}, so no one passing can read the children's details. "
                              "Type your password to carry on where you left off.")
        self.ui.demo_hint.hide()
        self.ui.forgotten.hide()
        self.ui.name.setText(ctx.actor.name)
        self.ui.name.setEnabled(False)
        self.ui.log_in.setText("&Unlock")
        self.ui.quit.setText("&Close the app")
        self.ui.problem.setStyleSheet(PROBLEM_STYLE)
        self.ui.problem.hide()
        self.ui.log_in.clicked.connect(self.try_unlock)
        self.ui.quit.clicked.connect(self.close_app)
        self.ui.password.setFocus()

    def try_unlock(self) -> None:
        from desc_desktop.security.errors import KeyringDamaged, LoginRefused
        from desc_desktop.services import access

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            access.check_password(self.ctx, self.ui.password.text())
        except (LoginRefused, KeyringDamaged) as e:
            self.ui.problem.setText(str(e))
            self.ui.problem.show()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
            self.ui.password.clear()
        self.unlocked.emit()
        self.done(QDialog.DialogCode.Accepted)

    def reject(self) -> None:
        """Escape does not unlock."""

    def close_app(self) -> None:
        """Quit, leaving the register as it is (forms left open are not saved)."""
        QApplication.closeAllWindows()
        QApplication.quit()


class IdleLock(QObject):
    """Locks the app after `minutes` without input (and on "Lock now", Ctrl+L)."""

    locked_changed = Signal(bool)

    def __init__(self, window: MainWindow, ctx_source, minutes: int = AUTO_LOCK_DEFAULT_MINUTES
                 ) -> None:
        """`ctx_source()` gives the opened context (the window's may open lazily). Owned by
        the application: a window opened afresh after a restore stays covered by it."""
        super().__init__(QApplication.instance())
        self.window = window
        self._ctx_source = ctx_source
        self.minutes = minutes
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lambda: self.lock(idle=True))
        self.screen: LockScreen | None = None
        self._stopped = False
        self._covers: dict[QWidget, tuple[QWidget, str]] = {}
        self.set_minutes(minutes)
        QApplication.instance().installEventFilter(self)
        self.action = QAction("&Lock now", self)
        self.action.setShortcut(QKeySequence("Ctrl+L"))
        self.action.triggered.connect(lambda: self.lock(idle=False))
        self._add_action(window)

    def _window_closed(self) -> None:
        """The main window closed: a new one (opened afresh after a restore) is covered in
        its turn; with none, the app is closing and the lock stops."""
        from desc_desktop.ui.main_window import MainWindow

        if self._stopped or self.window.isVisible():  # the close was refused (unsaved work)
            return
        successor = next((w for w in QApplication.topLevelWidgets()
                          if isinstance(w, MainWindow) and w.isVisible()), None)
        if successor is None:
            self.stop()
            return
        self.window = successor
        successor.idle_lock = self
        self._add_action(successor)

    def _add_action(self, window: MainWindow) -> None:
        window.addAction(self.action)
        menu = getattr(window.ui, "menu_file", None)
        if menu is not None:
            menu.insertAction(window.ui.action_quit, self.action)

    def stop(self) -> None:
        """No more locking (the app is closing): the lock screen and covers go too."""
        if self._stopped:
            return
        self._stopped = True
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)
        self._uncover()
        if self.screen is not None:
            self.screen.hide()
            self.screen.deleteLater()
            self.screen = None
        self.deleteLater()

    def _uncover(self) -> None:
        for widget, (cover, title) in list(self._covers.items()):
            cover.hide()
            cover.deleteLater()
            widget.setWindowTitle(title)
        self._covers.clear()

    @property
    def stopped(self) -> bool:
        return self._stopped

    @property
    def is_locked(self) -> bool:
        return self.screen is not None

    def set_minutes(self, minutes: int) -> None:
        if self._stopped:
            return
        self.minutes = minutes
        self.timer.setInterval(minutes * 60_000)
        if not self.is_locked:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in INPUT_EVENTS:
            if not self.is_locked:
                self.timer.start()
        elif kind == QEvent.Type.Close and watched is self.window:
            QTimer.singleShot(0, self, self._window_closed)
        elif self.is_locked and isinstance(watched, QWidget) and watched.isWindow():
            if kind == QEvent.Type.Resize and watched in self._covers:
                self._covers[watched][0].setGeometry(watched.rect())
            elif kind == QEvent.Type.Show and watched is not self.screen:
                QTimer.singleShot(0, lambda w=watched: self._cover(w))
        return False

    def lock(self, idle: bool = True) -> None:
        """Cover every window and show the lock screen (`idle`: after the minutes without
        use, else on purpose: Lock now)."""
        if self.is_locked:
            return
        ctx = self._ctx_source()
        self.timer.stop()
        QToolTip.hideText()
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                self._cover(widget)
        self.screen = LockScreen(ctx, self.minutes if idle else None)
        self.screen.unlocked.connect(self.unlock)
        self.screen.show()
        self.screen.raise_()
        self.screen.activateWindow()
        _record(ctx, "staff.app_locked",
                f"The app locked itself after {self.minutes} minutes without use" if idle
                else "The app was locked (Lock now)")
        self.locked_changed.emit(True)

    def _cover(self, widget: QWidget) -> None:
        if widget is self.screen or widget in self._covers or not widget.isVisible():
            return
        cover = QWidget(widget)
        cover.setObjectName("lock_cover")
        cover.setAutoFillBackground(True)
        cover.setStyleSheet("#lock_cover { background: palette(window); }")
        layout = QVBoxLayout(cover)
        label = QLabel(f"{APP_NAME} is locked", cover)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        cover.setGeometry(widget.rect())
        cover.show()
        cover.raise_()
        self._covers[widget] = (cover, widget.windowTitle())
        widget.setWindowTitle(LOCKED_TITLE)

    def unlock(self) -> None:
        self._uncover()
        ctx = self._ctx_source()
        screen, self.screen = self.screen, None
        if screen is not None:
            screen.deleteLater()
        _record(ctx, "staff.app_unlocked", "Unlocked with the password")
        self.timer.start()
        self.locked_changed.emit(False)


def _record(ctx: ServiceContext, action: str, summary: str) -> None:
    from desc_desktop.services import access

    if ctx.unlocked is None:  # a register without logins: nothing to say who
        return
    try:
        access.record_as(ctx, ctx.actor, action, summary)
    except Exception:  # the lock itself must never fail for want of an audit entry
        log.exception("Could not record %s", action)
