"""Attendance (考勤): 钉钉 and 企业微信 exports or hrdesk's template in, one month per person kept,
the month's absences and overtime fed to payroll and leave to the ledger; the monthly sheet out.
"""

import lazy_loader

# Each loads with its module: payroll, the reports and 首页 read months through feed and
# sheet without loading the import's readers, layouts and checks.
__getattr__, __dir__, __all__ = lazy_loader.attach(
    __name__,
    submod_attrs={
        "feed": ["Taken", "describe", "taken_by_payroll"],
        "importing": [
            "attendance_sheet",
            "commit_month",
            "import_attendance",
            "month_closed",
            "plan_month",
            "write_month",
        ],
        "preview": ["PreviewRow", "layout_of", "preview_rows"],
        "sheet": [
            "MonthSheet",
            "SheetRow",
            "latest_month",
            "month_sheet",
            "sheet_rows",
            "write_sheet",
        ],
    },
)
