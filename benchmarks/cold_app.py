"""Cold start of DESC Desktop up to a painted pupil list, in a fresh process.

Run by the parent: ``python -m benchmarks.cold_app DB_FILE SETTINGS_DIR``. Prints one report
line once the register table has painted its first rows, then exits without tearing down.
"""

import time

START = time.perf_counter()

import os  # noqa: E402 - the clock above starts before any import
import sys  # noqa: E402
from pathlib import Path  # noqa: E402


def main() -> None:
    # Imported here, as desc_desktop.cli imports the UI only once it is needed.
    from benchmarks.app_start import start_app
    from benchmarks.probe import peak_rss_kb, report, rss_kb, wait_for_rows_painted

    imported = time.perf_counter()
    app, window, phases = start_app(Path(sys.argv[1]), Path(sys.argv[2]))
    shown = time.perf_counter()
    page = window.pupils_page
    view = page.ui.table
    if page.ui.content.currentWidget() is not page.ui.table_page:
        raise RuntimeError("the pupils page is not showing its table")
    wait_for_rows_painted(app, view)
    ready = time.perf_counter()
    report({"in_process_ms": (ready - START) * 1000,
            "import_ms": (imported - START) * 1000, **phases,
            "paint_ms": (ready - shown) * 1000,
            "rows": page.model.rowCount(), "rows_shown": page.proxy.rowCount(),
            "width": window.width(), "height": window.height(),
            "rss_kb": rss_kb(), "peak_rss_kb": peak_rss_kb()})
    os._exit(0)


if __name__ == "__main__":
    main()
