"""应收账款: aging by salesperson with drill-down and chart, the unmatched queue, receipts,
the limitation watch, commission month by month, and write-offs waiting for approval."""

from hrdesk.ui.screens.receivables.aging_tab import aging_chart
from hrdesk.ui.screens.receivables.page import ReceivablesPage

__all__ = ["ReceivablesPage", "aging_chart"]
