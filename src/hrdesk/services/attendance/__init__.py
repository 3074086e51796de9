"""Attendance (考勤): 钉钉 and 企业微信 exports or hrdesk's template in, one month per person kept,
the month's absences and overtime fed to payroll and leave to the ledger; the monthly sheet out.
"""

from hrdesk import lazy

# Each loads with its module: payroll, the reports and 首页 read months through feed and
# sheet without loading the import's readers, layouts and checks.
__getattr__ = lazy.exports(
    __name__,
    {
        ".feed": ("Taken", "describe", "taken_by_payroll"),
        ".importing": (
            "attendance_sheet",
            "commit_month",
            "import_attendance",
            "month_closed",
            "plan_month",
            "write_month",
        ),
        ".preview": ("PreviewRow", "layout_of", "preview_rows"),
        ".sheet": (
            "MonthSheet",
            "SheetRow",
            "latest_month",
            "month_sheet",
            "sheet_rows",
            "write_sheet",
        ),
    },
)

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
