"""离职结算: what leaving owes — the final wages, commission (held months included), pay in
lieu of notice, unused annual leave, 经济补偿 or 赔偿金 and its own tax — for a recorded
separation or as a quote that records nothing (`hrdesk separation quote`).

The rules are the domain's (domain/separations.py, domain/severance.py, domain/wages.py);
this package loads the figures they need and lays the result out. domain-cn.md §5, §7, §13.

- owed: Terms, Assessment, work_out, assess, quote, settlement_lines
- sheets: the quote's spreadsheet (write_quote), the 离职结算单 (write_settlement)
- final_pay: what the final month's payroll pays (final_pay_items, release_held_on_leaving,
  severance_payments for the tax file)
"""

import lazy_loader

__getattr__, __dir__, __all__ = lazy_loader.attach(
    __name__,
    submod_attrs={
        "final_pay": [
            "HELD_ON_LEAVING",
            "SeverancePayment",
            "final_pay_items",
            "release_held_on_leaving",
            "severance_payments",
        ],
        "owed": [
            "Assessment",
            "Terms",
            "assess",
            "quote",
            "settlement_lines",
            "terms_of",
            "work_out",
        ],
        "sheets": ["QUOTE_HEADERS", "quote_rows", "write_quote", "write_settlement"],
    },
)
