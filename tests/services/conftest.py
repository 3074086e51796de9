"""Fixtures shared by the services' tests."""

from tests.services.sales_team import sales  # noqa: F401  (a fixture: a sales team with customers)
