"""Attendance (考勤): 钉钉 and 企业微信 exports or hrdesk's template in, one month per person kept,
the month's absences and overtime fed to payroll and leave to the ledger; the monthly sheet out.
"""

import importlib

from hrdesk.services.attendance.feed import Taken, describe, taken_by_payroll
from hrdesk.services.attendance.sheet import (
    MonthSheet,
    SheetRow,
    latest_month,
    month_sheet,
    sheet_rows,
    write_sheet,
)

# The import's operations (module by name), loaded when first asked for: payroll, the
# reports and 首页 read months through feed and sheet and need not load the readers,
# layouts and checks.
_LOADED_ON_USE = {
    "PreviewRow": "preview",
    "attendance_sheet": "importing",
    "commit_month": "importing",
    "import_attendance": "importing",
    "layout_of": "preview",
    "month_closed": "importing",
    "plan_month": "importing",
    "preview_rows": "preview",
    "write_month": "importing",
}


def __getattr__(name: str):
    if name in _LOADED_ON_USE:
        module = importlib.import_module(f"{__name__}.{_LOADED_ON_USE[name]}")
        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "MonthSheet",
    "PreviewRow",
    "SheetRow",
    "Taken",
    "attendance_sheet",
    "commit_month",
    "describe",
    "import_attendance",
    "latest_month",
    "layout_of",
    "month_closed",
    "month_sheet",
    "plan_month",
    "preview_rows",
    "sheet_rows",
    "taken_by_payroll",
    "write_month",
    "write_sheet",
]
