"""The letters as one printable PDF: A4, the address in a DL envelope's window, the text,
and a reply slip for each covered child behind a cut line at the foot of the last page.

Pages are drawn one after another and each is written to the file as soon as it is finished
(pdf_stream.py): neither a whole-run story of flowables nor the finished pages are held, so
memory stays flat however long the run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, Paragraph, Spacer

from desc_desktop.domain.letters.template import LetterTemplate, check_template, fill
from desc_desktop.domain.school import SchoolDetails
from desc_desktop.resources import resource
from desc_desktop.services.letters import LetterContent, RunPlan, SlipChild
from desc_desktop.services.pdf_stream import StreamingCanvas

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
MARGIN = 20 * mm
SLIP_HEIGHT = 52 * mm
SLIPS_PER_PAGE = 4
KEEP_WITH_HEADING = 32 * mm  # a two-line heading and three lines of its text


@dataclass(frozen=True)
class WindowPosition:
    """Where the address block's top-left corner sits on the page: a standard UK DL/C5
    left-window envelope shows a window about 20 mm from the left, 50 mm from the top."""

    left_mm: float = 20
    top_mm: float = 50


@cache
def _register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(FONT, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13.5, spaceAfter=5)
    return {"body": body,
            "heading": ParagraphStyle("heading", parent=body, fontName=BOLD, fontSize=11,
                                      spaceBefore=6, spaceAfter=4, keepWithNext=1)}


def uk_long_date(day: date) -> str:
    """12 October 2026, as letters write dates."""
    return f"{day.day} {day:%B %Y}"


def write_letters(path: Path, plan: RunPlan, template: LetterTemplate, school: SchoolDetails,
                  *, window: WindowPosition | None = None,
                  progress: Callable[[int, int], None] | None = None) -> int:
    """Write every letter of the run to `path` (via a temporary name, so a failed run never
    leaves a half file); returns the number of pages. The address prints where the run's
    letter settings say, unless `window` is given."""
    window = window or WindowPosition(*plan.window_mm)
    check_template(template)
    _register_fonts()
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    pages = 0
    try:
        with partial.open("wb") as file:
            canvas = StreamingCanvas(file, pagesize=A4, pageCompression=1)
            canvas.setTitle(f"Privacy notice letters, {uk_long_date(plan.issue_date)}")
            canvas.setAuthor(school.name)
            for n, letter in enumerate(plan.letters, start=1):
                pages += _draw_letter(canvas, plan, letter, template, school, window)
                if progress is not None:
                    progress(n, len(plan.letters))
            canvas.save()
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return pages


def _values(plan: RunPlan, letter: LetterContent, school: SchoolDetails) -> dict[str, str]:
    names = [c.name for c in letter.children]
    pupils = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return {"school_name": school.name, "school_phone": school.phone,
            "school_email": school.email, "head_teacher": school.head_teacher,
            "data_protection_lead": school.data_protection_lead,
            "recipient": " and ".join(letter.addressees), "pupils": pupils,
            "issue_date": uk_long_date(plan.issue_date),
            "reply_by": uk_long_date(plan.reply_by)}


def _paragraphs(text: str, style: ParagraphStyle) -> list[Paragraph]:
    # Escaped: a name such as "O'Connor & Sons" or "<Léa>" prints as typed, never as markup.
    return [Paragraph(escape(part).replace("\n", "<br/>"), style)
            for part in text.split("\n") if part.strip()] or [Spacer(1, 0)]


def _story(plan: RunPlan, letter: LetterContent, template: LetterTemplate,
           school: SchoolDetails) -> list[list]:
    """The letter's text in chunks: the salutation, each section starting with its heading,
    and the sign-off. A chunk starting with a heading needs room for a few lines under it."""
    values = _values(plan, letter, school)
    styles = _styles()
    chunks: list[list] = [_paragraphs(fill(template.salutation, values), styles["body"])]
    sections = list(template.sections)
    if any(child.covered for child in letter.children):
        sections.append(template.connexions)
    for section in sections:
        chunks.append(_paragraphs(fill(section.title, values), styles["heading"])
                      + _paragraphs(fill(section.body, values), styles["body"]))
    chunks.append([Spacer(1, 4 * mm), Paragraph(
        escape(fill(template.sign_off, values)).replace("\n", "<br/>"), styles["body"])])
    return chunks


def _add_splitting(frame: Frame, chunk: list, canvas: Canvas) -> None:
    """Draw what fits, splitting a paragraph across the page end (Frame.addFromList alone
    moves a paragraph that does not fit whole to the next page)."""
    while chunk:
        if frame.add(chunk[0], canvas, trySplit=0):
            chunk.pop(0)
            continue
        parts = frame.split(chunk[0], canvas)
        if len(parts) > 1 and frame.add(parts[0], canvas, trySplit=0):
            chunk[0:1] = parts[1:]
        return


def _room(frame: Frame) -> float:
    return frame._y - frame._y1p  # reportlab keeps the next free line and the bottom here


def _text_frame(width: float, top: float) -> Frame:
    return Frame(MARGIN, MARGIN, width - 2 * MARGIN, top - MARGIN, showBoundary=0,
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)


def _draw_letter(canvas: Canvas, plan: RunPlan, letter: LetterContent,
                 template: LetterTemplate, school: SchoolDetails,
                 window: WindowPosition) -> int:
    width, height = A4
    _letterhead(canvas, school, width, height)
    _address(canvas, letter, window, height)
    canvas.setFont(FONT, 10)
    canvas.drawRightString(width - MARGIN, height - window.top_mm * mm,
                           uk_long_date(plan.issue_date))
    canvas.drawRightString(width - MARGIN, height - window.top_mm * mm - 5 * mm,
                           f"Reference {letter.reference}")
    frame = _text_frame(width, height - window.top_mm * mm - 45 * mm)
    pages = 1

    def next_page() -> Frame:
        nonlocal pages
        canvas.showPage()
        pages += 1
        _continuation(canvas, letter, width, height)
        return _text_frame(width, height - MARGIN - 10 * mm)

    for n, chunk in enumerate(_story(plan, letter, template, school)):
        # A heading never ends a page alone: it needs room for itself and a few lines.
        if n and len(chunk) > 1 and _room(frame) < KEEP_WITH_HEADING:
            frame = next_page()
        while chunk:
            before = len(chunk), chunk[0]
            fresh = _room(frame) >= frame._aH - 1
            _add_splitting(frame, chunk, canvas)
            if chunk and fresh and (len(chunk), chunk[0]) == before:
                raise ValueError("A part of the letter cannot be fitted on a page.")
            if chunk:
                frame = next_page()
    slips = [child for child in letter.children if child.covered]
    first = 1
    while slips:
        # As many slips as fit under the text (at most SLIPS_PER_PAGE); the rest follow on
        # further pages, each page's slips at its foot behind a cut line.
        room = int((_room(frame) - 6 * mm) // SLIP_HEIGHT)
        if room < 1:
            frame = next_page()
            continue
        batch, slips = slips[:min(room, SLIPS_PER_PAGE)], slips[min(room, SLIPS_PER_PAGE):]
        _slips(canvas, plan, letter, batch, width, first)
        first += len(batch)
        if slips:
            frame = next_page()
    canvas.showPage()
    return pages


def _letterhead(canvas: Canvas, school: SchoolDetails, width: float, height: float) -> None:
    canvas.setFont(BOLD, 14)
    canvas.drawString(MARGIN, height - 18 * mm, school.name)
    canvas.setFont(FONT, 8.5)
    details = [", ".join(p for p in (school.address_line1, school.address_line2, school.town,
                                     school.postcode) if p),
               "  ·  ".join(p for p in (school.phone and f"Telephone {school.phone}",
                                        school.email) if p)]
    y = height - 23 * mm
    for line in details:
        if line:
            canvas.drawString(MARGIN, y, line)
            y -= 4 * mm
    if school.logo:
        from io import BytesIO

        from reportlab.lib.utils import ImageReader

        image = ImageReader(BytesIO(school.logo))
        canvas.drawImage(image, width - MARGIN - 30 * mm, height - 30 * mm, 30 * mm, 18 * mm,
                         preserveAspectRatio=True, anchor="ne", mask="auto")


def _address(canvas: Canvas, letter: LetterContent, window: WindowPosition,
             height: float) -> None:
    lines = [*letter.addressees, *letter.address_lines]
    canvas.setFont(FONT, 10.5)
    y = height - window.top_mm * mm
    for line in lines[:8]:
        canvas.drawString(window.left_mm * mm, y, line)
        y -= 4.8 * mm


def _continuation(canvas: Canvas, letter: LetterContent, width: float, height: float) -> None:
    canvas.setFont(FONT, 8.5)
    canvas.drawString(MARGIN, height - MARGIN + 4 * mm,
                      f"{' and '.join(letter.addressees)} — continued (reference "
                      f"{letter.reference})")


def _slips(canvas: Canvas, plan: RunPlan, letter: LetterContent, slips: list[SlipChild],
           width: float, first: int = 1) -> None:
    """`first`: the number of the first slip here among all the letter's slips."""
    top = MARGIN + SLIP_HEIGHT * len(slips) + 4 * mm
    canvas.setDash(3, 3)
    canvas.line(MARGIN - 8 * mm, top, width - MARGIN + 8 * mm, top)
    canvas.setDash()
    canvas.setFont(FONT, 7)
    canvas.drawString(MARGIN, top + 1.5 * mm, "✂  Cut here and return the slip to the school")
    for i, child in enumerate(slips):
        _slip(canvas, plan, letter, child, first + i, top - 4 * mm - SLIP_HEIGHT * i, width)


def _slip(canvas: Canvas, plan: RunPlan, letter: LetterContent, child: SlipChild, n: int,
          top: float, width: float) -> None:
    canvas.setFont(BOLD, 10)
    canvas.drawString(MARGIN, top - 4 * mm, "Connexions opt-out — reply slip")
    canvas.setFont(FONT, 9.5)
    canvas.drawString(MARGIN, top - 10 * mm,
                      f"Pupil: {child.name}" + (f"    Form: {child.form}" if child.form else ""))
    canvas.drawString(MARGIN, top - 15 * mm,
                      f"Please return by {uk_long_date(plan.reply_by)}")
    canvas.rect(MARGIN, top - 22.5 * mm, 4 * mm, 4 * mm)
    canvas.drawString(MARGIN + 6 * mm, top - 21.8 * mm,
                      "I do not want the school to pass Connexions any information beyond "
                      "name and address.")
    signer = ("Signed by:  [  ] parent/carer    [  ] the pupil (aged 16 or over)"
              if child.may_sign else "Signed by the parent/carer")
    canvas.drawString(MARGIN, top - 29 * mm, signer)
    canvas.drawString(MARGIN, top - 37 * mm,
                      "Signature ______________________________    Date ______________")
    code = f"{letter.reference}-{n}"  # as mark_sent records it in letter_pupil.slip
    barcode = Code128(code, barHeight=10 * mm, barWidth=0.3 * mm, humanReadable=True,
                      fontName=FONT, fontSize=7)
    barcode.drawOn(canvas, width - MARGIN - barcode.width, top - 16 * mm)
