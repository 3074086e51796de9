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

import lazy_loader

__getattr__, __dir__, __all__ = lazy_loader.attach(
    __name__,
    submod_attrs={
        "aged": [
            "AgedInvoice",
            "Aging",
            "AgingRow",
            "aged_invoices",
            "aged_invoices_of",
            "aging",
            "aging_of",
            "bucket_bounds",
            "company_total",
            "set_bucket_bounds",
            "write_aging",
        ],
        "allocation": [
            "OpenInvoice",
            "ReceiptToApply",
            "allocate_receipts",
            "apply_credits",
            "commission_month",
            "locked_months",
            "reallocate",
            "reallocation_choices",
        ],
        "balances": ["balance_query", "chunks", "open_balances", "settle", "unapplied"],
        "batch_allocation": ["allocate_batch"],
        "customers": ["customer_choices", "customer_rows", "salespeople"],
        "invoices": [
            "WriteOffRow",
            "add_credit_note",
            "add_invoices",
            "decide_write_off",
            "invoice_rows",
            "request_write_off",
            "write_offs",
        ],
        "limitation": [
            "ACKNOWLEDGEMENT_KINDS",
            "LimitationRow",
            "add_acknowledgement",
            "limitation_near",
            "limitation_rows",
            "limitation_watch",
            "record_acknowledgement",
            "set_warning_days",
            "withdraw_acknowledgement",
        ],
        "matching": ["PayerIndex", "UnmatchedReceipt", "assign_customer", "unmatched"],
        "ownership": ["HANDOVER", "move_customers", "owner_on", "reassign"],
        "receipts": [
            "ReceiptRow",
            "add_receipts",
            "dismiss_receipt",
            "receipt_list",
            "receipt_rows",
            "receipts_by_key",
        ],
    },
)
