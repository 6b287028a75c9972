"""The main window: a sidebar of areas (as in the UI map) and their pages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QPaintEvent
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QMessageBox, QWidget

from desc_desktop import APP_NAME, __version__
from desc_desktop.app_paths import log_dir
from desc_desktop.services.records import PupilRow
from desc_desktop.services.snapshot import DeferredContext
from desc_desktop.ui.generated.ui_main_window import Ui_MainWindow
from desc_desktop.ui.icons import icon
from desc_desktop.ui.pupils_page import PupilsPage
from desc_desktop.ui.settings import app_settings
from desc_desktop.ui.today_page import TodayPage

if TYPE_CHECKING:
    from desc_desktop.services.context import ServiceContext
    from desc_desktop.ui.admin_page import AdminPage
    from desc_desktop.ui.calendar_page import CalendarPage
    from desc_desktop.ui.exports_page import ExportsPage
    from desc_desktop.ui.import_page import ImportPage
    from desc_desktop.ui.letters_page import LettersPage
    from desc_desktop.ui.optouts_page import OptOutsPage

# Shortcut numbers follow the UI map's order of areas, so they stay put as areas arrive.
AREA_SHORTCUTS = {"Today": 1, "Pupils": 2, "Letters": 3, "Opt-outs": 4, "Calendar": 5,
                  "Exports": 6, "Import": 7, "Admin": 8}


class MainWindow(QMainWindow):
    reopen_requested = Signal()
    """A backup was restored: the register must be opened afresh in a new window."""

    def __init__(self, ctx: ServiceContext | DeferredContext, *, demo: bool = False,
                 database_name: str = "", pupils: list[PupilRow] | None = None,
                 parent: QWidget | None = None) -> None:
        """`pupils`, when given, fills the register at once (read at start-up without the
        ORM); the database itself is then opened as soon as the window has painted."""
        super().__init__(parent)
        self.ctx = ctx
        self.demo = demo
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.pupils_page = PupilsPage(ctx, self, rows=pupils)
        self.pupils_page.status_message.connect(self._show_status)
        self.pupils_page.import_requested.connect(
            lambda: self.ui.sidebar.setCurrentRow(self._import_row))
        # The app opens on Today, which reads nothing until it has painted once.
        self.today_page = TodayPage(ctx, self)
        self._connect_today()
        self.pupils_page.letters_requested.connect(self._letters_for_pupils)
        self._admin_page: AdminPage | None = None
        self._import_page: ImportPage | None = None
        self._letters_page: LettersPage | None = None
        self._exports_page: ExportsPage | None = None
        self._optouts_page: OptOutsPage | None = None
        self._calendar_page: CalendarPage | None = None
        self._add_area("Today", "sun", self.today_page)
        self.pupils_row = self._add_area("Pupils", "users", self.pupils_page)
        # Built on first visit: nothing on them is needed to start work on the register.
        self._letters_row = self._add_area("Letters", "mail", QWidget(self))
        self._optouts_row = self._add_area("Opt-outs", "shield-off", QWidget(self))
        self._calendar_row = self._add_area("Calendar", "calendar-days", QWidget(self))
        self._exports_row = self._add_area("Exports", "file-output", QWidget(self))
        self._import_row = self._add_area("Import", "file-input", QWidget(self))
        self._admin_row = self._add_area("Admin", "settings", QWidget(self))
        self.ui.sidebar.currentRowChanged.connect(self._show_area)
        self.ui.sidebar.setCurrentRow(0)
        self._connect_actions()
        self._setup_banner(demo)
        self._setup_status_bar(database_name)
        self.setWindowIcon(icon("shield-check"))
        self.setWindowTitle(f"{APP_NAME} — demo school" if demo else APP_NAME)
        self._restore_geometry()
        self._open_after_paint = isinstance(ctx, DeferredContext)

    @property
    def admin_page(self) -> AdminPage:
        if self._admin_page is None:
            from desc_desktop.ui.admin_page import AdminPage

            page = AdminPage(self.ctx, self)
            page.status_message.connect(self._show_status)
            page.register_restored.connect(self.reopen_requested)
            page.letter_settings_saved.connect(self.pupils_page.status_column.mark_stale)
            self._replace_placeholder(self._admin_row, page)
            self._admin_page = page
        return self._admin_page

    @property
    def import_page(self) -> ImportPage:
        if self._import_page is None:
            from desc_desktop.ui.import_page import ImportPage

            page = ImportPage(self.ctx, self)
            page.status_message.connect(self._show_status)
            page.imported.connect(lambda: self.pupils_page.reload())
            page.imported.connect(self.pupils_page.status_column.mark_stale)
            page.show_pupils.connect(lambda: self.ui.sidebar.setCurrentRow(self.pupils_row))
            self._replace_placeholder(self._import_row, page)
            self._import_page = page
        return self._import_page

    @property
    def letters_page(self) -> LettersPage:
        if self._letters_page is None:
            from desc_desktop.ui.letters_page import LettersPage  # and so QtPdf, only now

            page = LettersPage(self.ctx, self)
            page.status_message.connect(self._show_status)
            page.open_pupil.connect(self.pupils_page.open_pupil)
            page.run_sent.connect(self.pupils_page.status_column.mark_stale)
            self._replace_placeholder(self._letters_row, page)
            self._letters_page = page
        return self._letters_page

    @property
    def exports_page(self) -> ExportsPage:
        if self._exports_page is None:
            from desc_desktop.ui.exports_page import ExportsPage

            page = ExportsPage(self.ctx, self)
            page.status_message.connect(self._show_status)
            self._replace_placeholder(self._exports_row, page)
            self._exports_page = page
        return self._exports_page

    @property
    def optouts_page(self) -> OptOutsPage:
        if self._optouts_page is None:
            from desc_desktop.ui.optouts_page import OptOutsPage

            page = OptOutsPage(self.ctx, self)
            page.status_message.connect(self._show_status)
            page.open_pupil.connect(self.pupils_page.open_pupil)
            page.changed.connect(self.pupils_page.status_column.mark_stale)
            self._replace_placeholder(self._optouts_row, page)
            self._optouts_page = page
        return self._optouts_page

    @property
    def calendar_page(self) -> CalendarPage:
        if self._calendar_page is None:
            from desc_desktop.ui.calendar_page import CalendarPage

            page = CalendarPage(self.ctx, self)
            page.status_message.connect(self._show_status)
            page.open_pupil.connect(self.pupils_page.open_pupil)
            self._replace_placeholder(self._calendar_row, page)
            self._calendar_page = page
        return self._calendar_page

    def _connect_today(self) -> None:
        page = self.today_page
        page.status_message.connect(self._show_status)
        page.open_pupil.connect(self.pupils_page.open_pupil)
        page.letters_requested.connect(self._letters_for_pupils)
        page.show_letters.connect(lambda: self.ui.sidebar.setCurrentRow(self._letters_row))
        page.show_calendar.connect(self._calendar_on)

    def _calendar_on(self, day) -> None:
        self.ui.sidebar.setCurrentRow(self._calendar_row)
        self.calendar_page.show_day(day)

    def _letters_for_pupils(self, pupil_ids: list[int]) -> None:
        """Letters > New run, with these pupils chosen (from the register's selection)."""
        self.ui.sidebar.setCurrentRow(self._letters_row)
        self.letters_page.start_run_for(pupil_ids)

    def _replace_placeholder(self, row: int, page: QWidget) -> None:
        placeholder = self.ui.pages.widget(row)
        self.ui.pages.insertWidget(row, page)
        self.ui.pages.removeWidget(placeholder)
        placeholder.deleteLater()

    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _add_area(self, name: str, icon_name: str, page: QWidget) -> int:
        item = QListWidgetItem(icon(icon_name), name)
        item.setToolTip(f"{name} (Ctrl+{AREA_SHORTCUTS[name]})")
        self.ui.sidebar.addItem(item)
        self.ui.pages.addWidget(page)
        action = QAction(icon(icon_name), name, self)
        action.setShortcut(QKeySequence(f"Ctrl+{AREA_SHORTCUTS[name]}"))
        row = self.ui.sidebar.count() - 1
        action.triggered.connect(lambda: self.ui.sidebar.setCurrentRow(row))
        self.ui.menu_go.addAction(action)
        return row

    def _show_area(self, row: int) -> None:
        if row == self._admin_row:
            self.admin_page.refresh()
        elif row == self._import_row:
            _ = self.import_page
        elif row == self._letters_row:
            self.letters_page.refresh()
        elif row == self._exports_row:
            self.exports_page.refresh()
        elif row == self._optouts_row:
            self.optouts_page.refresh()
        elif row == self._calendar_row:
            self.calendar_page.refresh()
        self.ui.pages.setCurrentIndex(row)

    def _connect_actions(self) -> None:
        ui = self.ui
        ui.action_new_pupil.setIcon(icon("user-plus"))
        ui.action_find.setIcon(icon("search"))
        ui.action_new_pupil.triggered.connect(self._new_pupil)
        ui.action_find.triggered.connect(self._find)
        ui.action_quit.triggered.connect(self.close)
        ui.action_open_logs.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir()))))
        ui.action_about.triggered.connect(self._about)

    def _setup_banner(self, demo: bool) -> None:
        self.ui.banner.setVisible(demo)
        if demo:
            self.ui.banner.setText("Demo school: every pupil and parent here is fictional. "
                                   "Your real register is not open and is not changed.")
            self.ui.banner.setStyleSheet("background: #fff3cd; color: #5c4400;")

    def show_notice(self, text: str) -> None:
        """Something the office must know at once (a backup that did not work), above the
        areas until the window closes."""
        self.ui.banner.setText(text)
        self.ui.banner.setStyleSheet("background: #fff3cd; color: #5c4400;")
        self.ui.banner.setVisible(True)

    def _setup_status_bar(self, database_name: str) -> None:
        if database_name:
            self.statusBar().addPermanentWidget(QLabel(f"Database: {database_name}"))
        self.statusBar().showMessage("Ready", 3000)

    def _new_pupil(self) -> None:
        self.ui.sidebar.setCurrentRow(self.pupils_row)
        self.pupils_page.new_pupil()

    def _find(self) -> None:
        self.ui.sidebar.setCurrentRow(self.pupils_row)
        self.pupils_page.focus_search()

    def _about(self) -> None:
        QMessageBox.about(self, f"About {APP_NAME}",
                          f"<b>{APP_NAME}</b> {__version__}<br>Keeps the pupil register and the "
                          "school's data-protection promises to pupils and parents.<br><br>"
                          "Icons: Lucide (ISC licence).")

    def _restore_geometry(self) -> None:
        geometry = app_settings().value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._open_after_paint:
            self._open_after_paint = False
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        """The register is on screen: now get ready for the first search and the first
        action (the database opened properly: ORM, schema check)."""
        self.pupils_page.model.ensure_search_keys()
        self.ctx.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = app_settings()
        settings.setValue("main/geometry", self.saveGeometry())
        self.pupils_page.save_settings()
        super().closeEvent(event)
