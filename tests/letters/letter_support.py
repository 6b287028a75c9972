"""For the letters tests: a small fictional school, and the letters' PDF read back with pypdf
(each page's text, and where each piece of text sits).

Imported by the test modules as `letter_support` (conftest.py puts this folder on the path).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from desc_desktop.domain.register import Address
from desc_desktop.domain.school import SchoolDetails

TODAY = date(2026, 11, 28)  # as tests/conftest.py fixes it
ISSUE = date(2026, 11, 30)  # a Monday
PAGE_WIDTH, PAGE_HEIGHT = A4
SLIP_TITLE = "Connexions opt-out — reply slip"
CUT_LINE = "Cut here and return the slip to the school"
SLIP_CODE = re.compile(r"R\d{3}-\d{4}-\d+")

SCHOOL = SchoolDetails(name="Quayside Community School", address_line1="1 Harbour Walk",
                       town="Hemel Hempstead", postcode="HP1 1AA", phone="01632 960111",
                       email="office@quayside.example", head_teacher="Mr Tobias Example",
                       data_protection_lead="Ms Wren Sample")


@dataclass(frozen=True)
class Family:
    carer: str
    """The carer as printed: "Mr Owen Baker"."""
    address: Address
    children: tuple[tuple[str, str, date, str, str], ...]
    """(forename, surname, date of birth, year group, form) of each child."""


# Ages on 30 November 2026. Covered: 13 to 19 that day, or turning 13 by 31 August 2027.
FAMILIES = (
    Family("Mr Owen Baker", Address(line1="12 Mill Lane", town="Berkhamsted",
                                    postcode="HP4 2DD"),
           (("Tom", "Baker", date(2015, 1, 20), "7", "7A"),          # 11: not covered
            ("Ruby", "Baker", date(2012, 9, 15), "9", "9A"))),       # 14: covered
    Family("Mr Ned Moss", Address(line1="2 Beech Rise", town="Kings Langley",
                                  postcode="WD4 8AA"),
           (("Ivy", "Moss", date(2014, 8, 30), "7", "7B"),),         # 13 on 30/8/2027: covered
           ),
    Family("Ms Greta Zeller", Address(line1="9 Quarry Road", line2="Adeyfield",
                                      town="Hemel Hempstead", postcode="HP1 3XY"),
           (("Ada", "Zeller", date(2013, 5, 5), "8", "8C"),          # 13: covered
            ("Finn", "Zeller", date(2011, 2, 14), "10", "10A"))),    # 15: covered
    Family("Mrs Chioma Okafor", Address(line1="4 Orchard Way", town="Tring",
                                        postcode="HP23 4QT"),
           (("Ines", "Okafor", date(2012, 6, 10), "9", "9B"),),      # 14: covered
           ),
)


@dataclass(frozen=True)
class Fragment:
    """One piece of text as drawn, with its baseline's start in points from the page's
    bottom-left corner."""

    text: str
    x: float
    y: float

    @property
    def left_mm(self) -> float:
        return self.x / mm

    @property
    def top_mm(self) -> float:
        """How far below the top edge of an A4 page the baseline is."""
        return (PAGE_HEIGHT - self.y) / mm


@dataclass(frozen=True)
class Page:
    text: str
    fragments: tuple[Fragment, ...]
    height: float

    def starting(self, prefix: str) -> list[Fragment]:
        return [f for f in self.fragments if f.text.startswith(prefix)]


def read_pages(path: Path) -> list[Page]:
    pages = []
    for page in PdfReader(path).pages:
        found: list[Fragment] = []

        def visit(text, cm, tm, _font, _size, found=found):
            text = text.strip()
            if text:
                # The text matrix's origin, through the current transformation matrix.
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                found.append(Fragment(text, x, y))

        text = page.extract_text(visitor_text=visit)
        pages.append(Page(text, tuple(found), float(page.mediabox.height)))
    return pages


def split_letters(pages: list[Page], school_name: str) -> list[list[Page]]:
    """The pages of each letter, a letter starting at each page that opens with the school's
    name (its letterhead)."""
    assert pages and pages[0].text.startswith(school_name), "the PDF does not open a letter"
    letters: list[list[Page]] = []
    for page in pages:
        if page.text.startswith(school_name):
            letters.append([])
        letters[-1].append(page)
    return letters


def flat(text: str) -> str:
    """Text with every run of white space (line breaks from wrapping) as one space."""
    return " ".join(text.split())


def address_block(page: Page, left_mm: float = 20, top_mm: float = 50) -> list[Fragment]:
    """The lines printed at the envelope window, top first."""
    lines = [f for f in page.fragments
             if abs(f.left_mm - left_mm) < 3 and top_mm - 3 < f.top_mm < top_mm + 40]
    return sorted(lines, key=lambda f: -f.y)


def slip_codes(page: Page) -> list[Fragment]:
    return [f for f in page.fragments if SLIP_CODE.fullmatch(f.text)]
