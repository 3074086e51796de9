"""Opening balances (期初数据): imported per employee and year, reviewed, exported, and read by
the payroll so its first month continues the old payroll's cumulation (domain-cn.md §11)."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.opening import OpeningBalance, opening_problems
from hrdesk.domain.roles import Permission
from hrdesk.messages import _
from hrdesk.services import audit
from hrdesk.services.actor import Actor
from hrdesk.spreadsheets.errors import Problem
from hrdesk.storage.models import Employee, PayrollMonth, Payslip
from hrdesk.storage.models import OpeningBalance as OpeningRow

ENTITY = "opening_balances"
ZERO = Decimal(0)
# The stored figures in the template's order after 工号, 年度 and 截至月份.
FIGURES = (
    ("income", "累计收入"),
    ("exempt_income", "累计免税收入"),
    ("basic_deduction", "累计减除费用"),
    ("special_deduction", "累计专项扣除"),
    ("additional_deduction", "累计专项附加扣除"),
    ("other_deduction", "累计其他扣除"),
    ("withheld", "累计已预扣预缴税额"),
    ("leave_days_taken", "年休假已休天数"),
)


@dataclass(frozen=True)
class OpeningRowView:
    """One employee's opening balance as the review screen lists it."""

    employee_id: int
    employee_no: str
    name: str
    balance: OpeningBalance
    basic_deduction: Decimal  # as given, or worked out from the hire date


def _as_balance(row: OpeningRow) -> OpeningBalance:
    return OpeningBalance(
        row.year,
        row.through_month,
        row.income,
        row.withheld,
        row.exempt_income,
        row.basic_deduction,
        row.special_deduction,
        row.additional_deduction,
        row.other_deduction,
        row.leave_days_taken,
    )


def balances_of(session: Session, employee_ids, year: int) -> dict[int, OpeningBalance]:
    """The year's opening balances of these employees (those who have one)."""
    wanted = set(employee_ids)
    query = select(OpeningRow).where(OpeningRow.year == year)
    return {
        r.employee_id: _as_balance(r) for r in session.scalars(query) if r.employee_id in wanted
    }


def rows(session: Session, actor: Actor, year: int | None = None) -> list[OpeningRowView]:
    """Opening balances by 工号, one year's or every year's."""
    actor.require(Permission.VIEW_PAYROLL)
    query = (
        select(OpeningRow, Employee)
        .join(Employee, OpeningRow.employee_id == Employee.id)
        .order_by(OpeningRow.year, Employee.employee_no)
    )
    if year is not None:
        query = query.where(OpeningRow.year == year)
    found = []
    for row, employee in session.execute(query):
        balance = _as_balance(row)
        found.append(
            OpeningRowView(
                employee.id,
                employee.employee_no,
                employee.name,
                balance,
                balance.basic_for(employee.hire_date),
            )
        )
    return found


def years(session: Session) -> list[int]:
    return list(session.scalars(select(OpeningRow.year).distinct().order_by(OpeningRow.year)))


def export_rows(session: Session, actor: Actor) -> list[list]:
    """Every opening balance in the template's layout."""
    found = []
    for view in rows(session, actor):
        balance = view.balance
        found.append(
            [
                view.employee_no,
                balance.year,
                balance.through_month,
                *(getattr(balance, name) for name, _header in FIGURES),
            ]
        )
    return found


def _hrdesk_months(session: Session, year: int) -> dict[int, set[int]]:
    """Per employee, the months of the year hrdesk has calculated or approved a payslip for."""
    query = (
        select(Payslip.employee_id, PayrollMonth.month)
        .join(PayrollMonth, Payslip.month_id == PayrollMonth.id)
        .where(PayrollMonth.month >= date(year, 1, 1), PayrollMonth.month < date(year + 1, 1, 1))
    )
    found: dict[int, set[int]] = {}
    for employee_id, month in session.execute(query):
        found.setdefault(employee_id, set()).add(month.month)
    return found


def _whole(value, column: str, row: int, problems: list[Problem]) -> int | None:
    if value != value.to_integral_value():
        problems.append(Problem(row, column, _("应为整数")))
        return None
    return int(value)


def _year(text: str, row: int, problems: list[Problem]) -> int | None:
    """年度 as a whole year: 2026 (a number cell reads as "2026")."""
    text = text.strip().removesuffix("年").removesuffix(".0")
    if not (text.isdigit() and len(text) == 4):
        reason = _("应为四位年份，如2026，而不是“{text}”").format(text=text)
        problems.append(Problem(row, "年度", reason))
        return None
    return int(text)


def check_import(session: Session, result, today: date, progress) -> None:
    """The opening-balances import: every row checked, nothing written (services.imports runs it)."""
    employees = {e.employee_no: e for e in session.scalars(select(Employee))}
    run_by_year: dict[int, dict[int, set[int]]] = {}
    stored = {(r.employee_id, r.year): r for r in session.scalars(select(OpeningRow))}
    seen: dict[tuple[str, int], int] = {}
    for row in result.rows:
        values = row.values
        employee = employees.get(values["employee_no"])
        if employee is None:
            result.problems.append(
                Problem(
                    row.row,
                    "工号",
                    _("没有工号为{employee_no}的员工，请先导入员工").format(
                        employee_no=values["employee_no"]
                    ),
                )
            )
        balance = _balance_of(row, today, result.problems)
        if balance is None:
            continue
        year, through = balance.year, balance.through_month
        hire_date = employee.hire_date if employee is not None else None
        for column, reason in opening_problems(balance, hire_date):
            result.problems.append(Problem(row.row, column, reason))
        key = (values["employee_no"], year)
        if key in seen:
            result.problems.append(
                Problem(
                    row.row,
                    "工号",
                    _("与第{row}行重复：同一员工同一年度只能有一行").format(row=seen[key]),
                )
            )
            continue
        seen[key] = row.row
        if employee is None or not 1 <= through <= 11:
            continue
        run = run_by_year.setdefault(year, _hrdesk_months(session, year)).get(employee.id, set())
        if _covered_by_hrdesk(run, balance, row.row, result.problems):
            continue
        current = stored.get((employee.id, year))
        if current is None:
            result.added += 1
        elif _as_balance(current) == balance:
            result.unchanged += 1
            continue
        else:
            result.updated += 1
        result.writes.append((employee.id, balance))


def _balance_of(row, today: date, problems: list[Problem]) -> OpeningBalance | None:
    """One row's figures, or None when its year or month cannot be read."""
    values = row.values
    year = _year(values["year"], row.row, problems)
    through = _whole(values["through_month"], "截至月份", row.row, problems)
    if year is None or through is None:
        return None
    if not 2019 <= year <= today.year:
        reason = _("应为2019到{year}之间的年份").format(year=today.year)
        problems.append(Problem(row.row, "年度", reason))
        return None
    return OpeningBalance(
        year,
        through,
        values["income"],
        values["withheld"],
        values.get("exempt_income", ZERO),
        values.get("basic_deduction"),
        values.get("special_deduction", ZERO),
        values.get("additional_deduction", ZERO),
        values.get("other_deduction", ZERO),
        values.get("leave_days_taken"),
    )


def _covered_by_hrdesk(
    run: set[int], balance: OpeningBalance, row: int, problems: list[Problem]
) -> bool:
    """Opening balances cover only months before hrdesk's payroll: a month it ran refuses them."""
    covered_run = sorted(m for m in run if m <= balance.through_month)
    if covered_run:
        problems.append(
            Problem(
                row,
                "截至月份",
                _(
                    "{year}年{month}月的工资已由本系统计算，期初数据只能覆盖本系统开始之前的月份"
                ).format(year=balance.year, month=covered_run[0]),
            )
        )
    return bool(covered_run)


def write_import(session: Session, actor: Actor, result, today: date) -> None:
    stored = {(r.employee_id, r.year): r for r in session.scalars(select(OpeningRow))}
    for employee_id, balance in result.writes:
        row = stored.get((employee_id, balance.year))
        before = _describe(_as_balance(row)) if row is not None else None
        if row is None:
            row = OpeningRow(employee_id=employee_id, year=balance.year, created_by=actor.name)
            session.add(row)
        row.through_month = balance.through_month
        for name, _header in FIGURES:
            setattr(row, name, getattr(balance, name))
        audit.record(
            session,
            actor,
            "导入期初数据",
            ENTITY,
            f"{balance.year}/{employee_id}",
            "期初",
            before,
            _describe(balance),
        )
    session.flush()


def _describe(balance: OpeningBalance) -> str:
    return (
        f"1–{balance.through_month}月：收入{balance.income}，专项扣除{balance.special_deduction}，"
        f"专项附加扣除{balance.additional_deduction}，已预扣税额{balance.withheld}"
    )
