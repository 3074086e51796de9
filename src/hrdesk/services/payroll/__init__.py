"""The monthly payroll (工资): enter a month's inputs, calculate it, approve it (which locks it)
and pay it, and lay it out for the screen, the register, the bank, the tax client and payslips.

The rules are the domain's; these modules gather their inputs:
- months: the month's row and status, who is employed in it, its calculated payslips
- inputs: what the clerk enters per employee (save_inputs, input_of, input_rows)
- calculation: calculating the month (run); payslip and steps: one employee's figures
- lock: approve, mark_paid, add_adjustment; home: 首页's reminder until the month is paid
- view: the payroll screen (month_view, known_months)
- register, bank, tax_file, payslips: the 工资表, the 代发文件, the 个税申报表, the 工资条
"""

import lazy_loader

__getattr__, __dir__, __all__ = lazy_loader.attach(
    __name__,
    submod_attrs={
        "bank": ["bank_rows", "write_bank_file"],
        "calculation": ["RunSummary", "run"],
        "inputs": ["INPUT_FIELDS", "input_of", "input_rows", "save_inputs"],
        "lock": ["add_adjustment", "approve", "mark_paid"],
        "months": [
            "APPROVED",
            "CALCULATED",
            "DRAFT",
            "ENTITY",
            "LockedMonthError",
            "PAID",
            "employed_in",
            "month_row",
            "parse_month",
        ],
        "payslips": ["payslip_documents", "write_payslip_strips", "write_payslips"],
        "register": ["REGISTER_HEADERS", "register_rows", "write_register"],
        "steps": ["housing_fund_rate_warnings"],
        "tax_file": ["TAX_HEADERS", "tax_rows", "write_tax_file"],
        "view": ["GridRow", "MonthView", "known_months", "month_view"],
    },
)
