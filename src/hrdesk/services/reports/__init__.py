"""Reports (报表): each answers one of the owner's questions with a table, a chart and the
rows behind every figure. `REPORTS` names them for the screen and `hrdesk report NAME`
(catalogue); each report is a module of its own, which 首页 reads without the others."""

from hrdesk import lazy

__getattr__ = lazy.exports(
    __name__,
    {
        ".catalogue": ("BY_NAME", "REPORTS", "Report", "build", "detail", "subtitle"),
        ".common": ("Period", "Table", "default_period", "write_xlsx"),
    },
)

__all__ = [
    "BY_NAME",
    "REPORTS",
    "Period",
    "Report",
    "Table",
    "build",
    "default_period",
    "detail",
    "subtitle",
    "write_xlsx",
]
