"""Integrity (完整性): seals on approved payslips, the audit chain, fields bound to their rows.

Public operations: verify (the whole database, for `hrdesk audit verify`),
require_month_intact (before a bank file, register, tax file or payslip of an approved
month), seal_month (at approval), reseal_after_card_change (the app changed a bank card),
upgrade_pending / upgrade_if_pending (the first open after migration 0014), and the 首页 item.
"""

from hrdesk.services.integrity.legacy import upgrade_if_pending, upgrade_pending
from hrdesk.services.integrity.payslips import reseal_after_card_change, seal_month
from hrdesk.services.integrity.report import (
    INTACT,
    IntegrityReport,
    SealBroken,
    require_month_intact,
    verify,
)

__all__ = [
    "INTACT",
    "IntegrityReport",
    "SealBroken",
    "require_month_intact",
    "reseal_after_card_change",
    "seal_month",
    "upgrade_if_pending",
    "upgrade_pending",
    "verify",
]
