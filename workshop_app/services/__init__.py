"""Use cases: one method is one user action and one transaction."""
