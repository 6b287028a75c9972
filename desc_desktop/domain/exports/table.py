"""An export as plain columns and rows, the same whatever file it becomes (CSV, Excel, PDF)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desc_desktop.domain.exports.cells import Cell


class Kind(StrEnum):
    TEXT = "text"
    DATE = "date"
    NUMBER = "number"


@dataclass(frozen=True)
class Column:
    key: str
    """The CSV heading when the export is for machines (e.g. legal_surname)."""
    heading: str
    """What people read: the Excel and PDF heading, and the CSV's for lists made for people."""
    kind: Kind = Kind.TEXT
    width: int = 14
    """Characters, for Excel's column width (and the PDF's share of the page)."""


@dataclass(frozen=True)
class ExportTable:
    title: str
    """E.g. "Connexions opt-outs in force on 28 November 2026"; the Excel sheet's name is
    cut from it."""
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    machine_headings: bool = False
    """CSV headings are the columns' keys (a data return read by another system) rather
    than their headings."""

    def __post_init__(self) -> None:
        for row in self.rows:
            if len(row) != len(self.columns):
                raise ValueError("Every row of an export needs one value per column.")

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.columns)

    def csv_headings(self) -> list[str]:
        return [c.key if self.machine_headings else c.heading for c in self.columns]
