"""Turning rows from a school's MIS (CSV or Common Transfer File) into register records."""
