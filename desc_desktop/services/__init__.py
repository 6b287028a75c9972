"""Use cases: one call is one user action, one transaction and one audit entry."""
