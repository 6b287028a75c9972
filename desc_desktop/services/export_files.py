"""An export table written as CSV (UTF-8 with a byte order mark, so Excel shows accents
right), Excel (real dates, headings frozen, a filter, sensible widths) or a printable PDF
(the school's header, page numbers). No text cell of a CSV or Excel file can start a
formula (domain/exports/cells.py); the PDF prints every name exactly as typed."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from xml.sax.saxutils import escape

from desc_desktop.domain.exports.cells import Cell, csv_text, neutralise
from desc_desktop.domain.exports.table import ExportTable, Kind
from desc_desktop.domain.school import SchoolDetails


class FileFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    PDF = "pdf"

    @property
    def label(self) -> str:
        return {"csv": "CSV", "xlsx": "Excel workbook", "pdf": "PDF"}[self.value]


@dataclass(frozen=True)
class PageHeading:
    """What a printed list says about itself (PDF only)."""

    school: SchoolDetails | None
    title: str
    """E.g. "Connexions opt-outs in force on 28 November 2026"."""
    subtitle: str = ""
    printed_on: date | None = None
    printed_by: str = ""


def write_table(path: Path, table: ExportTable, file_format: FileFormat,
                heading: PageHeading | None = None) -> None:
    """Write `table` to `path` (the caller writes to a temporary name and renames)."""
    file_format = FileFormat(file_format)
    if file_format is FileFormat.CSV:
        write_csv(path, table)
    elif file_format is FileFormat.XLSX:
        write_xlsx(path, table)
    else:
        write_pdf(path, table, heading or PageHeading(None, table.title))


# --- CSV ------------------------------------------------------------------------------------


def write_csv(path: Path, table: ExportTable) -> None:
    # Windows line ends and a byte order mark: what Excel itself writes as "CSV UTF-8".
    with Path(path).open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, lineterminator="\r\n")
        writer.writerow([csv_text(h) for h in table.csv_headings()])
        for row in table.rows:
            writer.writerow([csv_text(value) for value in row])


# --- Excel ----------------------------------------------------------------------------------

DATE_FORMAT = "dd/mm/yyyy"
MAX_WIDTH = 60
# Characters XML 1.0 cannot hold (openpyxl refuses them); no name can be written with them.
_NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def sheet_title(title: str) -> str:
    """Excel's rules for a sheet's name: at most 31 characters, none of []:*?/\\."""
    cleaned = re.sub(r"[\[\]:*?/\\]", "-", title).strip("' ") or "Export"
    return cleaned[:31].rstrip()


def xlsx_value(value: Cell) -> Cell:
    if isinstance(value, bool):
        return "Yes" if value else "No"
    value = neutralise(value)
    return _NOT_IN_XML.sub("", value) if isinstance(value, str) else value


def write_xlsx(path: Path, table: ExportTable) -> None:
    from openpyxl import Workbook  # only when a workbook is written: it takes a while to load
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = sheet_title(table.title)
    book.properties.title = table.title
    book.properties.creator = "DESC Desktop"
    headings = table.csv_headings()
    sheet.append([xlsx_value(h) for h in headings])
    bold, shade = Font(bold=True), PatternFill("solid", fgColor="E8EAF0")
    for cell in sheet[1]:
        cell.font, cell.fill = bold, shade
        cell.alignment = Alignment(vertical="top", wrap_text=False)
    for row in table.rows:
        sheet.append([xlsx_value(value) for value in row])
    for n, column in enumerate(table.columns, start=1):
        letter = get_column_letter(n)
        if column.kind is Kind.DATE:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=n, max_col=n):
                cell.number_format = DATE_FORMAT
        sheet.column_dimensions[letter].width = _width(table, n - 1, headings[n - 1])
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    book.save(path)


def _width(table: ExportTable, index: int, heading: str) -> float:
    """The column's own width, widened to its longest value (up to MAX_WIDTH), with room for
    the filter button beside the heading."""
    column = table.columns[index]
    if column.kind is Kind.DATE:
        return max(12, len(heading) + 3)
    longest = max((len(str(row[index])) for row in table.rows if row[index] is not None),
                  default=0)
    return min(MAX_WIDTH, max(column.width, longest + 2, len(heading) + 4))


# --- PDF ------------------------------------------------------------------------------------


def write_pdf(path: Path, table: ExportTable, heading: PageHeading) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from desc_desktop.services.letters_pdf import BOLD, FONT, _register_fonts

    _register_fonts()
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=8.5, leading=10.5)
    head = ParagraphStyle("head", parent=cell, fontName=BOLD)
    note = ParagraphStyle("note", parent=cell, fontSize=9.5, leading=12)
    margin = 15 * mm
    natural = _natural_widths(table, FONT, BOLD, cell.fontSize)
    # Portrait when every column fits at its natural width, else landscape.
    pagesize = A4 if sum(natural) <= A4[0] - 2 * margin else landscape(A4)
    width = pagesize[0] - 2 * margin
    widths = _fitted(natural, width)
    top = 32 * mm  # the page heading sits above the table on every page
    document = SimpleDocTemplate(
        str(path), pagesize=pagesize, leftMargin=margin, rightMargin=margin,
        topMargin=top, bottomMargin=18 * mm, title=heading.title,
        author=heading.school.name if heading.school else "", creator="DESC Desktop")
    data = [[Paragraph(escape(c.heading), head) for c in table.columns]]
    data += [[Paragraph(escape(_pdf_text(v)), cell) for v in row] for row in table.rows]
    grid = Table(data, colWidths=widths, repeatRows=1)
    grid.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eaf0")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#37474f")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f7f9")]),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#cfd8dc")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
    ]))
    story = [Paragraph(escape(heading.subtitle), note), Spacer(1, 3 * mm)] \
        if heading.subtitle else []
    story.append(grid if table.rows else Paragraph("No pupils to list.", note))

    def decorate(canvas, doc) -> None:
        _page_heading(canvas, doc, heading, pagesize, margin)

    document.build(story, onFirstPage=decorate, onLaterPages=decorate,
                   canvasmaker=_numbered_canvas(pagesize, margin, heading))


CELL_PADDING = 4.0


def _natural_widths(table: ExportTable, font: str, bold: str, size: float) -> list[float]:
    """Each column's width with nothing wrapped: its longest value, or its heading's longest
    word (headings may wrap), plus the cell's padding."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    widths = []
    for n, column in enumerate(table.columns):
        words = max((stringWidth(w, bold, size) for w in column.heading.split()), default=0)
        values = max((stringWidth(_pdf_text(row[n]), font, size) for row in table.rows),
                     default=0)
        widths.append(max(words, values) + 2 * CELL_PADDING + 1)
    return widths


def _fitted(natural: list[float], width: float) -> list[float]:
    """The columns across the page: extra room shared out in proportion; when too wide,
    the widest columns wrap (their text is a Paragraph) and the narrow ones keep theirs."""
    total = sum(natural)
    if total <= width:
        return [w * width / total for w in natural]
    share = width / len(natural)
    room = width - sum(w for w in natural if w <= share)
    wide = sum(w for w in natural if w > share)
    if room < wide / 3:  # the narrow ones alone nearly fill the page: shrink every column
        return [w * width / total for w in natural]
    return [w if w <= share else w * room / wide for w in natural]


def _pdf_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    return str(value)


def _page_heading(canvas, doc, heading: PageHeading, pagesize, margin: float) -> None:
    from reportlab.lib.units import mm

    from desc_desktop.services.letters_pdf import BOLD, FONT

    width, height = pagesize
    school = heading.school
    canvas.saveState()
    canvas.setFont(BOLD, 13)
    canvas.drawString(margin, height - 15 * mm, school.name if school else "")
    canvas.setFont(FONT, 8.5)
    if school is not None:
        address = ", ".join(p for p in (school.address_line1, school.address_line2,
                                        school.town, school.postcode) if p)
        canvas.drawString(margin, height - 19.5 * mm, address)
    canvas.setFont(BOLD, 11)
    canvas.drawString(margin, height - 26 * mm, heading.title)
    canvas.setStrokeColorRGB(0.22, 0.28, 0.31)
    canvas.line(margin, height - 28.5 * mm, width - margin, height - 28.5 * mm)
    canvas.restoreState()


def _numbered_canvas(pagesize, margin: float, heading: PageHeading):
    """A canvas class that writes "Page n of m" on every page once m is known (reportlab
    draws pages in one pass, so each page is kept until the document is finished; lists are
    a few pages long)."""
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from desc_desktop.services.letters_pdf import FONT

    printed = " ".join(p for p in (
        f"Printed {heading.printed_on:%d/%m/%Y}" if heading.printed_on else "",
        f"by {heading.printed_by}" if heading.printed_by else "") if p)
    footer = "Confidential: personal data about pupils. " + (f"{printed}." if printed else "")

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            count = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(FONT, 8)
                self.setFillColorRGB(0.3, 0.3, 0.3)
                self.drawString(margin, 10 * mm, footer)
                self.drawRightString(pagesize[0] - margin, 10 * mm,
                                     f"Page {self._pageNumber} of {count}")
                super().showPage()
            super().save()

    return NumberedCanvas
