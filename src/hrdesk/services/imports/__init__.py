"""Imports (导入): a spreadsheet becomes a checked plan, then is written all at once or not at all.

The same steps serve the command line and the import wizard: read the file, find the header,
map the columns (by name, or by a saved mapping), parse and check every row, show the
problems by row and column, and only then commit in the caller's transaction.

`run` holds those steps, `kinds` who may import each kind and its check and writer, and one
module per family of kinds does the checking and writing: `employees` (and contracts),
`payroll_inputs` (policies, payroll inputs, losses), `receivables` (customers, invoices),
`receipts` (bank lines, matched and applied in bulk).
"""

from hrdesk.services.imports.base import PROGRESS_EVERY, ImportPlan, ProgressCallback
from hrdesk.services.imports.run import (
    commit,
    header_cells,
    import_file,
    may_import,
    plan,
    row_texts,
    save_mapping,
    saved_mappings,
    template,
    write_problems,
)
from hrdesk.spreadsheets.errors import Problem
from hrdesk.spreadsheets.headers import auto_mapping, find_header_row

# What the import wizard uses of the spreadsheet floor, named here so it needs nothing below.
from hrdesk.spreadsheets.reading import Sheet, SpreadsheetError, read_sheets

__all__ = [
    "PROGRESS_EVERY",
    "ImportPlan",
    "Problem",
    "ProgressCallback",
    "Sheet",
    "SpreadsheetError",
    "auto_mapping",
    "commit",
    "find_header_row",
    "header_cells",
    "import_file",
    "may_import",
    "plan",
    "read_sheets",
    "row_texts",
    "save_mapping",
    "saved_mappings",
    "template",
    "write_problems",
]
