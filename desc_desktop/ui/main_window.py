"""The main window: a sidebar of areas (as in the UI map) and their pages."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QMessageBox, QWidget

from desc_desktop import APP_NAME, __version__
from desc_desktop.app_paths import log_dir
from desc_desktop.services.context import ServiceContext
from desc_desktop.ui.admin_page import AdminPage
from desc_desktop.ui.generated.ui_main_window import Ui_MainWindow
from desc_desktop.ui.icons import icon
from desc_desktop.ui.pupils_page import PupilsPage
from desc_desktop.ui.settings import app_settings

# Shortcut numbers follow the UI map's order of areas, so they stay put as areas arrive.
AREA_SHORTCUTS = {"Pupils": 2, "Admin": 8}


class MainWindow(QMainWindow):
    def __init__(self, ctx: ServiceContext, *, demo: bool = False, database_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.pupils_page = PupilsPage(ctx, self)
        self.admin_page = AdminPage(ctx, self)
        self._add_area("Pupils", "users", self.pupils_page)
        self._add_area("Admin", "settings", self.admin_page)
        self.ui.sidebar.currentRowChanged.connect(self._show_area)
        self.ui.sidebar.setCurrentRow(0)
        self._connect_actions()
        self._setup_banner(demo)
        self._setup_status_bar(database_name)
        for page in (self.pupils_page, self.admin_page):
            page.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.setWindowIcon(icon("shield-check"))
        self.setWindowTitle(f"{APP_NAME} — demo school" if demo else APP_NAME)
        self._restore_geometry()

    def _add_area(self, name: str, icon_name: str, page: QWidget) -> None:
        item = QListWidgetItem(icon(icon_name), name)
        item.setToolTip(f"{name} (Ctrl+{AREA_SHORTCUTS[name]})")
        self.ui.sidebar.addItem(item)
        self.ui.pages.addWidget(page)
        action = QAction(icon(icon_name), name, self)
        action.setShortcut(QKeySequence(f"Ctrl+{AREA_SHORTCUTS[name]}"))
        row = self.ui.sidebar.count() - 1
        action.triggered.connect(lambda: self.ui.sidebar.setCurrentRow(row))
        self.ui.menu_go.addAction(action)

    def _show_area(self, row: int) -> None:
        self.ui.pages.setCurrentIndex(row)
        page = self.ui.pages.currentWidget()
        if page is self.admin_page:
            self.admin_page.reload_activity()  # not the form: it may hold unsaved edits

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

    def _setup_status_bar(self, database_name: str) -> None:
        if database_name:
            self.statusBar().addPermanentWidget(QLabel(f"Database: {database_name}"))
        self.statusBar().showMessage("Ready", 3000)

    def _new_pupil(self) -> None:
        self.ui.sidebar.setCurrentRow(0)
        self.pupils_page.new_pupil()

    def _find(self) -> None:
        self.ui.sidebar.setCurrentRow(0)
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

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = app_settings()
        settings.setValue("main/geometry", self.saveGeometry())
        self.pupils_page.save_settings()
        super().closeEvent(event)
