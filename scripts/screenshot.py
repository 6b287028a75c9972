"""Save screenshots of the demo school for the README (run under a display or Xvfb).

    python scripts/screenshot.py docs/
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer

from desc_desktop.services import demo, pupils
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
    demo.fill_demo(ctx)
    window = MainWindow(ctx, demo=True, database_name="desc-demo.sqlite")
    window.resize(1180, 720)
    window.show()
    with_carers = next(r.id for r in pupils.list_pupils(ctx)
                       if len(pupils.get_pupil(ctx, r.id).carers) > 1)

    def shoot() -> None:
        window.grab().save(str(out / "screenshot-pupils.png"))
        editor = PupilEditor(ctx, with_carers, window)
        editor.show()
        QTimer.singleShot(400, lambda: shoot_editor(editor))

    def shoot_editor(editor: PupilEditor) -> None:
        editor.grab().save(str(out / "screenshot-pupil-details.png"))
        editor.ui.tabs.setCurrentWidget(editor.ui.carers_tab)
        QTimer.singleShot(300, lambda: (
            editor.grab().save(str(out / "screenshot-pupil-carers.png")), app.quit()))

    QTimer.singleShot(800, shoot)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")))
