"""薪资: the month's grid and its steps (page), and the files it makes for the month (files)."""

from hrdesk.ui.screens.payroll.page import STATUS_NAMES, DepartmentFilter, PayrollPage

__all__ = ["STATUS_NAMES", "DepartmentFilter", "PayrollPage"]
