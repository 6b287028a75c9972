"""Showing a PDF inside the app (QtPdf), and the small jobs around it.

QtPdf is imported here, so only by the Letters area: start-up does not pay for it. A PDF is
loaded from bytes held in memory, so no file stays open (on Windows an open file could not
be replaced by the next run's letters, nor deleted).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, QThreadPool, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter

from desc_desktop.ui.operation import Cancelled, Operation, Progress, release_when_finished

PRINT_DPI = 300
"""Pages are drawn for the printer at this resolution: sharp text, bounded memory."""

_running: set[Operation] = set()
"""Operations started without a progress dialog, kept alive until they finish."""


class PdfPreview:
    """A QPdfView and the document it shows, loaded from bytes."""

    def __init__(self, view: QPdfView) -> None:
        self.view = view
        # Not a child of the view: a document destroyed as the view's child emits a signal
        # to the half-destroyed view and crashes (Qt 6.12). A sibling, made after the view,
        # is destroyed after it.
        self._owner = view.parentWidget()
        self.document = QPdfDocument(self._owner)
        self._buffer: QBuffer | None = None
        view.setDocument(self.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setPageSpacing(12)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def show_bytes(self, data: bytes, *, keep_position: bool = False) -> bool:
        """Show the PDF in `data`; with keep_position the view stays where it was scrolled
        to (a live preview should not jump back to the top at each change)."""
        scroll = self.view.verticalScrollBar().value()
        self.clear()
        buffer = QBuffer(self._owner)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)
        if keep_position:
            bar = self.view.verticalScrollBar()
            QTimer.singleShot(0, self.view, lambda: bar.setValue(min(scroll, bar.maximum())))
        return self.document.status() == QPdfDocument.Status.Ready

    def show_file(self, path: Path) -> bool:
        return self.show_bytes(path.read_bytes())

    def clear(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None


def run_quietly(work: Callable[[], Any], on_success: Callable[[Any], None],
                on_failure: Callable[[BaseException], None]) -> Operation:
    """Short work off the UI thread with no progress dialog (a live preview while typing).
    The handlers run on the UI thread; they should be methods of a living widget."""
    operation = Operation(lambda _progress: work())
    signals = operation.signals
    signals.succeeded.connect(on_success)
    signals.failed.connect(on_failure)

    def finished(*_args) -> None:
        operation.release_work()
        release_when_finished(operation, _running)

    for signal in (signals.succeeded, signals.failed, signals.cancelled):
        signal.connect(finished)
    _running.add(operation)
    QThreadPool.globalInstance().start(operation)
    return operation


def pdf_bytes_via_temporary_file(write: Callable[[Path], object]) -> bytes:
    """`write(path)` makes a PDF at path in a private temporary folder; returns its bytes.
    The folder and everything in it is deleted afterwards, whatever happens."""
    with tempfile.TemporaryDirectory(prefix="desc-preview-") as folder:
        path = Path(folder) / "preview.pdf"
        write(path)
        return path.read_bytes()


def print_pdf(path: Path, printer: QPrinter, progress: Progress) -> int:
    """Draw the PDF's pages onto `printer` at their real size (so each address still sits in
    the envelope window); runs in a worker thread. Honours a page range chosen in the print
    dialog. Returns the number of pages sent; Cancel stops the job (printer.abort())."""
    document = QPdfDocument()
    document.load(str(path))
    if document.status() != QPdfDocument.Status.Ready:
        raise OSError(f"{path.name} could not be read as a PDF.")
    total = document.pageCount()
    first, last = 1, total
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), min(printer.toPage() or total, total)
    printer.setFullPage(True)
    dpi = min(printer.resolution(), PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("The printer could not be started.")
    sent = 0
    try:
        for number in range(first, last + 1):
            progress.report(number - first, last - first + 1,
                            f"Printing page {number:,} of {total:,}…")
            if number > first:
                printer.newPage()
            size = document.pagePointSize(number - 1)  # points: 1/72 inch
            image = document.render(number - 1, QSize(round(size.width() / 72 * dpi),
                                                      round(size.height() / 72 * dpi)))
            scale = printer.resolution() / 72
            painter.drawImage(QRectF(0, 0, size.width() * scale, size.height() * scale), image)
            sent += 1
        progress.check()
    except Cancelled:
        printer.abort()
        raise
    finally:
        painter.end()
        document.close()
    return sent
