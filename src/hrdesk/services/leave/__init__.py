"""Leave (休假): the ledger of grants, uses, carry-overs, expiries and 调休 credits, balances,
and a leaver's unused annual leave. See domain-cn.md §12."""

from hrdesk.services.leave.balances import (
    BalanceRow,
    UnusedLeave,
    balances,
    ensure_grants,
    unused_annual_leave_days,
    write_balances,
)
from hrdesk.services.leave.ledger import (
    add_request,
    balance,
    carry_over,
    employee_id_of,
    entries,
    expire,
    replace_attendance_entries,
    request_problem,
    requested_days,
)

__all__ = [
    "BalanceRow",
    "UnusedLeave",
    "add_request",
    "balance",
    "balances",
    "carry_over",
    "employee_id_of",
    "ensure_grants",
    "entries",
    "expire",
    "replace_attendance_entries",
    "request_problem",
    "requested_days",
    "unused_annual_leave_days",
    "write_balances",
]
