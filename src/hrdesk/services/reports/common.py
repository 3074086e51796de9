"""What every report shares: the period asked for, the table it returns, and its export."""

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from hrdesk.domain.dates import add_months
from hrdesk.messages import _
from hrdesk.services.reports.chart_data import ChartData

ZERO = Decimal(0)
MAX_MONTHS = 60  # a report spans at most five years


@dataclass(frozen=True)
class Period:
    """The months a report covers (first days of months) and the date it is as of."""

    first: date
    last: date
    as_of: date

    def __post_init__(self):
        if self.first.day != 1 or self.last.day != 1:
            raise ValueError(_("报表月份应是月初"))
        if self.last < self.first:
            raise ValueError(_("开始月份不能晚于结束月份"))
        if len(self.months()) > MAX_MONTHS:
            raise ValueError(_("报表期间最长{MAX_MONTHS}个月").format(MAX_MONTHS=MAX_MONTHS))

    def months(self) -> list[date]:
        found, month = [], self.first
        while month <= self.last:
            found.append(month)
            month = add_months(month, 1)
        return found


def month_end(month: date) -> date:
    return add_months(month, 1) - timedelta(days=1)


def default_period(today: date, months: int = 12) -> Period:
    """The twelve months up to and including the last full month before today."""
    last = add_months(today.replace(day=1), -1)
    return Period(add_months(last, -(months - 1)), last, today)


@dataclass
class Table:
    """A report's figures: rows with a key each (what drill-down opens), a 合计 row, a chart."""

    title: str
    headers: list[str]
    rows: list[list] = field(default_factory=list)
    keys: list[object] = field(default_factory=list)  # per row; None when it opens nothing
    total: list | None = None
    chart: ChartData | None = None
    note: str = ""  # how the figures were made, shown under the table and in the file
    percent_columns: tuple[int, ...] = ()  # fractions shown as percentages (0.0294 → 2.94%)
    tenths_columns: tuple[int, ...] = ()  # figures kept to a tenth (DSO days, risk points)

    def all_rows(self) -> list[list]:
        return [*self.rows, *([self.total] if self.total is not None else [])]


def month_label(month: date) -> str:
    return f"{month:%Y-%m}"


def write_pdf(
    path: Path, table: Table, company: str, subtitle: str, chart_png: bytes | None
) -> None:
    """The report as PDF with its chart (a PNG the caller drew) above the table."""
    from hrdesk.documents.report_pdf import write_report

    write_report(
        path,
        company=company,
        title=table.title,
        subtitle=subtitle,
        headers=table.headers,
        rows=table.all_rows(),
        note=table.note,
        chart_png=chart_png,
        percent_columns=table.percent_columns,
        tenths_columns=table.tenths_columns,
    )


def write_xlsx(path: Path, table: Table, details: list[Table] = ()) -> int:
    """The report as .xlsx: its table with the 合计 row, then any detail sheets."""
    from hrdesk.spreadsheets.writing import SheetData, write_workbook

    widths = {i: max(10, min(40, len(h) * 2 + 2)) for i, h in enumerate(table.headers)}
    sheets = [SheetData(table.title[:31], table.headers, table.all_rows(), widths)]
    for detail in details:
        sheets.append(SheetData(detail.title[:31], detail.headers, detail.all_rows()))
    write_workbook(path, sheets)
    return len(table.rows)
