"""Save screenshots of the demo school for the README (run under a display or Xvfb).

    python scripts/screenshot.py docs/
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer

from desc_desktop.domain.optouts.status import Status
from desc_desktop.services import demo, optouts, pupils, statuses
from desc_desktop.services.context import open_context
from desc_desktop.store.engine import open_database
from desc_desktop.ui.app import make_application
from desc_desktop.ui.main_window import MainWindow
from desc_desktop.ui.pupil_editor import PupilEditor


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp())
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))
    app = make_application()
    ctx = open_context(open_database(scratch / "demo.sqlite"))
    demo.fill_demo(ctx, history=True)  # a term's letters and replies, for Today and Calendar
    window = MainWindow(ctx, demo=True, database_name="desc-demo.sqlite")
    window.resize(1180, 720)
    window.show()
    with_carers = next(r.id for r in pupils.list_pupils(ctx)
                       if len(pupils.get_pupil(ctx, r.id).carers) > 1)

    def shoot() -> None:
        window.grab().save(str(out / "screenshot-today.png"))
        window.ui.sidebar.setCurrentRow(window.pupils_row)
        QTimer.singleShot(300, shoot_areas)

    def shoot_areas() -> None:
        window.grab().save(str(out / "screenshot-pupils.png"))
        window.ui.sidebar.setCurrentRow(window.ui.pages.indexOf(window.calendar_page))
        window.grab().save(str(out / "screenshot-calendar.png"))
        window.ui.sidebar.setCurrentRow(window.ui.pages.indexOf(window.optouts_page))
        page = window.optouts_page
        awaiting = next(r.pupil_id for r in statuses.statuses_on(ctx)
                        if r.status.status is Status.AWAITING_REPLY)
        page.ui.slip.setText(optouts.pupil_history(ctx, awaiting).letters[0].slip)
        page.find()  # as a scanned reply slip would
        QTimer.singleShot(300, lambda: (
            window.grab().save(str(out / "screenshot-optouts.png")), shoot_pupil()))

    def shoot_pupil() -> None:
        editor = PupilEditor(ctx, with_carers, window)
        editor.show()
        QTimer.singleShot(400, lambda: shoot_editor(editor))

    def shoot_editor(editor: PupilEditor) -> None:
        editor.grab().save(str(out / "screenshot-pupil-details.png"))
        editor.ui.tabs.setCurrentWidget(editor.ui.carers_tab)
        QTimer.singleShot(300, lambda: (
            editor.grab().save(str(out / "screenshot-pupil-carers.png")),
            editor.ui.tabs.setCurrentWidget(editor.ui.optouts_tab),
            QTimer.singleShot(300, lambda: (
                editor.grab().save(str(out / "screenshot-pupil-optouts.png")), app.quit()))))

    QTimer.singleShot(800, shoot)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")))
