"""A reportlab canvas that writes each finished page to the file at once.

reportlab's own document keeps every page (and its content stream) until `save()` and then
builds the whole file in memory, so a long letter run would grow without bound. PDF allows
objects in any order with the cross-reference table at the end, so here each page and its
content stream are written as soon as the page is finished, and only the objects that can
change until the end (the page tree, the font dictionary and the embedded font subsets, which
depend on every glyph used) are written when the canvas is saved. What stays in memory per
page is its object number and file offset.

Built on reportlab's document internals (pinned in pyproject.toml); the tests read the files
back with pypdf and check the memory use.
"""

from __future__ import annotations

from array import array
from typing import BinaryIO

from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

_WRITTEN = None  # what an object's slot holds once it is in the file


class _StreamedPages(pdfdoc.PDFPages):
    """The page tree, holding only the object numbers of pages already in the file."""

    def __init__(self) -> None:
        super().__init__()
        self.numbers = array("q")

    def check_format(self, document: pdfdoc.PDFDocument) -> None:
        self.Kids = _NumberedReferences(self.numbers)
        self.Count = len(self.numbers)


class _NumberedReferences(pdfdoc.PDFObject):
    def __init__(self, numbers: array) -> None:
        self.numbers = numbers

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        return b"[" + b" ".join(b"%d 0 R" % n for n in self.numbers) + b"]"


class _StreamingDocument(pdfdoc.PDFDocument):
    """Installed over the canvas's own document by `StreamingCanvas` (see there)."""

    def start_streaming(self, file: BinaryIO) -> None:
        self._file = file
        self._offsets = array("q")
        self.Pages = self.Catalog.Pages = _StreamedPages()
        self._next_number = 1
        self._deferred: list[int] = []
        header = pdfdoc.PDFFile(self._pdfVersion)
        self._position = 0
        self._write(header.format(self))

    def _write(self, data: bytes) -> int:
        start = self._position
        self._file.write(data)
        self._position += len(data)
        return start

    def addPage(self, page: pdfdoc.PDFPage) -> None:
        name = self.thisPageName()
        super().addPage(page)
        # The page tree needs only the number; the page itself goes to the file now.
        self.Pages.pages.clear()
        self.Pages.numbers.append(self.idToObjectNumberAndVersion[name][0])
        self._flush(final=False, forget=True)

    def _changes_until_the_end(self, name: str, obj: object) -> bool:
        return obj is self.Pages or name == pdfdoc.BasicFonts

    def _flush(self, *, final: bool, forget: bool = False) -> None:
        while self._next_number <= self.objectcounter:
            number = self._next_number
            self._next_number += 1
            name = self.numberToId[number]
            if not final and self._changes_until_the_end(name, self.idToObject[name]):
                self._deferred.append(number)
                continue
            self._write_object(number, name, forget=forget)

    def _write_object(self, number: int, name: str, *, forget: bool = False) -> None:
        formatted = pdfdoc.PDFIndirectObject(name, self.idToObject[name]).format(self)
        if len(self._offsets) < number:
            self._offsets.extend([0] * (number - len(self._offsets)))
        self._offsets[number - 1] = self._write(formatted)
        if forget and _is_anonymous(name):
            # Nothing refers to a finished page or its unnamed objects again: forget them.
            del self.idToObject[name], self.idToObjectNumberAndVersion[name]
            del self.numberToId[number]
        else:
            self.idToObject[name] = _WRITTEN

    def SaveToFile(self, filename: object, canvas: Canvas) -> None:
        """Finish the file: fonts, page tree, catalogue, cross-reference table, trailer."""
        for font in self.delayedFonts:
            font.addObjects(self)
        self.info.invariant = self.invariant
        self.info.digest(self.signature)
        catalog = self.Reference(self.Catalog)
        info = self.Reference(self.info)
        self.Outlines.prepare(self, canvas)
        if self.Outlines.ready < 0:
            self.Catalog.Outlines = None
        self._flush(final=False)
        for number in self._deferred:
            self._write_object(number, self.numberToId[number])
        self._flush(final=True)
        self._write_cross_references(catalog, info)

    def _write_cross_references(self, catalog: object, info: object) -> None:
        count = self.objectcounter
        if len(self._offsets) != count or 0 in self._offsets:
            raise RuntimeError("an object of the PDF was never written")
        lines = [b"xref\n", b"0 %d\n" % (count + 1), b"0000000000 65535 f \n"]
        lines += [b"%010d 00000 n \n" % offset for offset in self._offsets]
        start = self._write(b"".join(lines))
        trailer = pdfdoc.PDFTrailer(startxref=start, Size=count + 1, Root=catalog, Info=info,
                                    ID=self.ID())
        self._write(trailer.format(self))


def _is_anonymous(name: str) -> bool:
    """Pages ("Page12") and objects reportlab numbers itself ("R57"), not fonts or images."""
    return any(name.startswith(prefix) and name[len(prefix):].isdigit()
               for prefix in ("R", "Page"))


class StreamingCanvas(Canvas):
    """A `Canvas` over an open binary file whose pages are written as they are finished;
    `save()` completes the file (the caller closes it)."""

    def __init__(self, file: BinaryIO, **options: object) -> None:
        super().__init__(file, **options)
        document = self._doc
        if type(document) is not pdfdoc.PDFDocument or document.pageCounter != 1:
            raise RuntimeError("reportlab's document has changed shape: check pdf_stream.py")
        document.__class__ = _StreamingDocument
        document.start_streaming(file)
