"""The payroll imports: social insurance policies, monthly payroll inputs, losses to recover."""

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.social_insurance import InsuranceItem, ItemPolicy, Rounding
from hrdesk.messages import _
from hrdesk.services import losses, payroll, policies
from hrdesk.services.actor import Actor
from hrdesk.services.imports.base import (
    ImportPlan,
    ProgressCallback,
    known_employee,
)
from hrdesk.spreadsheets.errors import Problem
from hrdesk.storage.models import Employee, Loss, PayrollMonth
from hrdesk.storage.payroll_lock import LOCKED_STATUSES

# -- policies ----------------------------------------------------------------


def check_policies(
    session: Session, result: ImportPlan, today: date, progress: ProgressCallback
) -> None:
    minimum_wages: dict[tuple[str, date], tuple[int, Decimal]] = {}
    for row in result.rows:
        values = row.values
        policy = ItemPolicy(
            values["city"],
            InsuranceItem(values["item"]),
            values["effective_from"],
            values["personal_rate"],
            values["employer_rate"],
            values["base_floor"],
            values["base_cap"],
            values.get("personal_fixed", Decimal(0)),
            Rounding(values.get("rounding", Rounding.FEN.value)),
            values.get("source", ""),
        )
        if policy.base_floor <= 0:
            result.problems.append(Problem(row.row, "基数下限", _("必须大于0")))
        if policy.base_cap < policy.base_floor:
            result.problems.append(Problem(row.row, "基数上限", _("不能低于基数下限")))
        for column, reason in payroll.housing_fund_rate_warnings(policy):
            result.warnings.append(Problem(row.row, column, reason))
        wage = values.get("minimum_wage")
        if wage is not None:
            seen = minimum_wages.setdefault((policy.city, policy.effective_from), (row.row, wage))
            if seen[1] != wage:
                result.problems.append(
                    Problem(
                        row.row,
                        "最低工资标准",
                        _("与第{row}行同城市同日期的标准不同").format(row=seen[0]),
                    )
                )
        change = policies.PolicyChange(policy, wage, bool(values.get("minimum_wage_net", False)))
        effect = policies.compare(session, change)
        if effect == "相同":
            result.unchanged += 1
            continue
        if effect == "新增":
            result.added += 1
        else:
            result.updated += 1
        result.writes.append(change)


def write_policies(session: Session, actor: Actor, result: ImportPlan, today: date) -> None:
    policies.save(session, actor, result.writes)


# -- payroll inputs ----------------------------------------------------------


def check_payroll_inputs(
    session: Session, result: ImportPlan, today: date, progress: ProgressCallback
) -> None:
    employee_ids = dict(session.execute(select(Employee.employee_no, Employee.id)).all())
    locked = set(
        session.scalars(select(PayrollMonth.month).where(PayrollMonth.status.in_(LOCKED_STATUSES)))
    )
    for row in result.rows:
        values = row.values
        employee_id = known_employee(result, row, employee_ids)
        if employee_id is None:
            continue
        if values["month"] in locked:
            result.problems.append(
                Problem(
                    row.row,
                    "月份",
                    _("{month:%Y-%m} 工资已审核锁定，不能再录入").format(month=values["month"]),
                )
            )
            continue
        amounts = {name: values.get(name, Decimal(0)) for name in payroll.INPUT_FIELDS}
        if "bonus_merged" in result.mapping:
            amounts["bonus_merged"] = bool(values.get("bonus_merged", False))
        current = payroll.input_of(session, values["month"], employee_id)
        if current is None:
            result.added += 1
        elif all(getattr(current, name) == value for name, value in amounts.items()):
            result.unchanged += 1
            continue
        else:
            result.updated += 1
        result.writes.append((values["month"], employee_id, amounts))


def write_payroll_inputs(session: Session, actor: Actor, result: ImportPlan, today: date) -> None:
    for month, employee_id, amounts in result.writes:
        payroll.save_inputs(session, actor, month, employee_id, amounts)


# -- losses ------------------------------------------------------------------


def check_losses(
    session: Session, result: ImportPlan, today: date, progress: ProgressCallback
) -> None:
    employee_ids = dict(session.execute(select(Employee.employee_no, Employee.id)).all())
    known = {
        (loss.employee_id, loss.occurred_on, loss.reason) for loss in session.scalars(select(Loss))
    }
    for row in result.rows:
        values = row.values
        employee_id = known_employee(result, row, employee_ids)
        if employee_id is None:
            continue
        if values["amount"] <= 0:
            result.problems.append(Problem(row.row, "金额", _("必须大于0")))
            continue
        if (employee_id, values["occurred_on"], values["reason"]) in known:
            result.unchanged += 1  # a loss, once recorded, is changed only by its instalments
            continue
        result.added += 1
        result.writes.append((employee_id, values))


def write_losses(session: Session, actor: Actor, result: ImportPlan, today: date) -> None:
    for employee_id, values in result.writes:
        losses.add_loss(
            session,
            actor,
            employee_id,
            values["occurred_on"],
            values["amount"],
            values["reason"],
            values.get("evidence", ""),
        )
