"""Modules compiled from forms/*.ui; edit the forms, not these."""
