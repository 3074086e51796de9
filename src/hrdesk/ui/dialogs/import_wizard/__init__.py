"""导入向导: how a spreadsheet of any import kind gets into hrdesk from the window."""

from hrdesk.ui.dialogs.import_wizard.kinds import (
    KIND_AREAS,
    KIND_TITLES,
    RECEIVABLE_KINDS,
    kind_title,
    kinds_for,
)
from hrdesk.ui.dialogs.import_wizard.wizard import ImportWizard

__all__ = [
    "KIND_AREAS",
    "KIND_TITLES",
    "RECEIVABLE_KINDS",
    "ImportWizard",
    "kind_title",
    "kinds_for",
]
