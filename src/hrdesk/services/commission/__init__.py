"""Commission on collections (回款提成, domain-cn.md §9), month by month, line by line.

Each amount applied to an invoice in the pay month earns the rate of the invoice's owner on
the receipt date times the aging coefficient at collection. A salesperson whose collections
fall short of the hold share of target has the month's commission held until a manager
releases it into a later open month. Payroll pays each one's `payable`.

- rules: the coefficients and the hold line (policy, set_policy)
- month: a month's commission per salesperson (month_commissions)
- holds: what approval keeps (keep_approved), a manager's release (release)
- statements: the list and one salesperson's statement (commissions, statement, write/print)
"""

import lazy_loader

__getattr__, __dir__, __all__ = lazy_loader.attach(
    __name__,
    submod_attrs={
        "holds": ["keep_approved", "release"],
        "month": ["CommissionLine", "MonthCommission", "Release", "month_commissions"],
        "rules": ["Policy", "policy", "set_policy"],
        "statements": [
            "STATEMENT_HEADERS",
            "commissions",
            "print_statement",
            "statement",
            "statement_rows",
            "write_statement",
        ],
    },
)
