"""The school's rules as plain Python: no Qt, no database."""
