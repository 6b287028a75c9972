"""Exports that leave the school: pure rules, no Qt, no database.

- cells.py: what a cell may hold (no formula ever starts; dates and numbers stay real) and
  Windows-safe file names;
- table.py: an export as columns and rows, whatever the file format;
- connexions.py: the Connexions data return, field by field: what only `may_share` pupils
  carry, which carers appear, and that the UPN never does.
"""
