"""Use cases: one module per area, each function one user action on a caller's Session."""
