"""The tax year (个税年度): opening balances from the payroll used before hrdesk, declared
deductions with their months, and where each month's cumulative withholding starts.

Public operations:
- opening: rows, years, balances_of, check_import / write_import, export_rows
- declarations: rows, in_force, save, remove, lapsing, confirm_next_year, apply_roster
- declaration_files: the `deductions` template's check_import / write_import, export_rows
- cumulation: tax_years (for the payroll run), source_lines (for payslips and the breakdown)
"""
