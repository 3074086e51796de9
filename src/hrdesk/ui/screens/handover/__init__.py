"""离职交接: separations in progress and done; for the one chosen, what is owed, the checklist,
the customers to hand over, and the salesperson's record."""

from hrdesk.ui.screens.handover.page import HandoverPage

__all__ = ["HandoverPage"]
