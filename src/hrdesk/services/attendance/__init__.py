"""Attendance (考勤): 钉钉 and 企业微信 exports or hrdesk's template in, one month per person kept,
the month's absences and overtime fed to payroll and leave to the ledger; the monthly sheet out.
"""

from hrdesk.services.attendance.feed import Taken, describe, taken_by_payroll
from hrdesk.services.attendance.sheet import (
    MonthSheet,
    SheetRow,
    latest_month,
    month_sheet,
    sheet_rows,
    write_sheet,
)

# The import's operations, loaded when first asked for: payroll, the reports and 首页 read
# months through feed and sheet and need not load the readers, layouts and checks.
_IMPORTING = frozenset(
    {
        "PreviewRow",
        "attendance_sheet",
        "commit_month",
        "import_attendance",
        "layout_of",
        "month_closed",
        "plan_month",
        "preview_rows",
        "write_month",
    }
)


def __getattr__(name: str):
    if name in _IMPORTING:
        from hrdesk.services.attendance import importing

        return getattr(importing, name)
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
