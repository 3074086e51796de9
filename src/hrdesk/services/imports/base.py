"""What every import kind shares: the plan a check fills in, progress, the 工号 lookup."""

from collections.abc import Callable
from dataclasses import dataclass, field

from hrdesk.messages import _
from hrdesk.spreadsheets.errors import Problem
from hrdesk.spreadsheets.tabular import ParsedRow

# Told (rows done, rows in all) now and then; it may raise to cancel, which writes nothing.
ProgressCallback = Callable[[int, int], None]
PROGRESS_EVERY = 200


@dataclass
class ImportPlan:
    """What an import would do, worked out without writing anything."""

    kind: str
    sheet: str
    header_row: int  # Excel's row number
    header: list[str]  # the file's own header cells
    mapping: dict[str, int]  # template field → column index
    rows: list[ParsedRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    ignored: int = 0  # bank lines passed over: footer totals, outgoing payments
    notes: list[str] = field(default_factory=list)  # more for the one-line summary
    # What commit writes, as the kind's check worked it out; only that kind's writer reads it.
    writes: list = field(default_factory=list, repr=False)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        line = _("新增 {added} 行, 更新 {updated} 行, 跳过重复 {unchanged} 行").format(
            added=self.added, updated=self.updated, unchanged=self.unchanged
        )
        if self.ignored:
            line += _(", 略过汇总或支出 {ignored} 行").format(ignored=self.ignored)
        return "；".join([line, *self.notes])


def no_progress(done: int, total: int) -> None:
    pass


def known_employee(result: ImportPlan, row: ParsedRow, employee_ids: dict[str, int]) -> int | None:
    """The id of the row's 工号, or None with the problem noted."""
    employee_id = employee_ids.get(row.values["employee_no"])
    if employee_id is None:
        reason = _("没有工号为{employee_no}的员工，请先导入员工").format(
            employee_no=row.values["employee_no"]
        )
        result.problems.append(Problem(row.row, "工号", reason))
    return employee_id
