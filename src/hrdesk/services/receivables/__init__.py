"""Receivables (应收账款): invoices, receipts, allocations, credit notes, write-offs, aging and 诉讼时效.

An invoice's amount never changes; what is still owed is the amount less what was applied
to it, credited and written off, each its own record. Receipts go to a customer by code or
by a payer name the clerk confirmed; an unsure one waits in the 未匹配 queue.

balances: what is owed on a date · matching: whose a receipt is · allocation: which invoices
it paid · batch_allocation: which invoices a whole statement paid, in SQL · receipts,
invoices, customers: the records and their lists · ownership: who owns an invoice on a day ·
aged: 账龄 (not aging.py: receivables.aging is the operation) · limitation: acknowledgements
and the 诉讼时效 watch.
"""

from hrdesk.services.receivables.aged import (
    AgedInvoice,
    Aging,
    AgingRow,
    aged_invoices,
    aged_invoices_of,
    aging,
    aging_of,
    bucket_bounds,
    company_total,
    set_bucket_bounds,
    write_aging,
)
from hrdesk.services.receivables.allocation import (
    OpenInvoice,
    ReceiptToApply,
    allocate_receipts,
    apply_credits,
    commission_month,
    locked_months,
    reallocate,
    reallocation_choices,
)
from hrdesk.services.receivables.balances import (
    balance_query,
    chunks,
    open_balances,
    settle,
    unapplied,
)
from hrdesk.services.receivables.batch_allocation import allocate_batch
from hrdesk.services.receivables.customers import customer_choices, customer_rows, salespeople
from hrdesk.services.receivables.invoices import (
    WriteOffRow,
    add_credit_note,
    add_invoices,
    decide_write_off,
    invoice_rows,
    request_write_off,
    write_offs,
)
from hrdesk.services.receivables.limitation import (
    ACKNOWLEDGEMENT_KINDS,
    LimitationRow,
    add_acknowledgement,
    limitation_near,
    limitation_rows,
    limitation_watch,
    record_acknowledgement,
    set_warning_days,
    withdraw_acknowledgement,
)
from hrdesk.services.receivables.matching import (
    PayerIndex,
    UnmatchedReceipt,
    assign_customer,
    unmatched,
)
from hrdesk.services.receivables.ownership import HANDOVER, move_customers, owner_on, reassign
from hrdesk.services.receivables.receipts import (
    ReceiptRow,
    add_receipts,
    dismiss_receipt,
    receipt_list,
    receipt_rows,
    receipts_by_key,
)

__all__ = [
    "ACKNOWLEDGEMENT_KINDS",
    "HANDOVER",
    "AgedInvoice",
    "Aging",
    "AgingRow",
    "LimitationRow",
    "OpenInvoice",
    "PayerIndex",
    "ReceiptRow",
    "ReceiptToApply",
    "UnmatchedReceipt",
    "WriteOffRow",
    "add_acknowledgement",
    "add_credit_note",
    "add_invoices",
    "add_receipts",
    "aged_invoices",
    "aged_invoices_of",
    "aging",
    "aging_of",
    "allocate_batch",
    "allocate_receipts",
    "apply_credits",
    "assign_customer",
    "balance_query",
    "bucket_bounds",
    "chunks",
    "commission_month",
    "company_total",
    "customer_choices",
    "customer_rows",
    "decide_write_off",
    "dismiss_receipt",
    "invoice_rows",
    "limitation_near",
    "limitation_rows",
    "limitation_watch",
    "locked_months",
    "move_customers",
    "open_balances",
    "owner_on",
    "reallocate",
    "reallocation_choices",
    "reassign",
    "receipt_list",
    "receipt_rows",
    "receipts_by_key",
    "record_acknowledgement",
    "request_write_off",
    "salespeople",
    "set_bucket_bounds",
    "set_warning_days",
    "settle",
    "unapplied",
    "unmatched",
    "withdraw_acknowledgement",
    "write_aging",
    "write_offs",
]
