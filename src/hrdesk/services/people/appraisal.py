"""绩效考核: targets and results per employee and period, sales results filled in from collections,
the 第40条第2项 evidence they make, and grade → 绩效工资 into a month's payroll inputs."""

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.money import format_money
from hrdesk.domain.people import PerformanceRule, achievement, missed, parse_period, performance_pay
from hrdesk.domain.roles import Permission
from hrdesk.messages import _
from hrdesk.services import audit, commission, departments, payroll, settings
from hrdesk.services.actor import Actor
from hrdesk.storage.models import Appraisal, Employee

ENTITY = "appraisal"
ZERO = Decimal(0)


@dataclass(frozen=True)
class AppraisalFields:
    """One appraisal as the template and the screen hold it."""

    period: str  # 2026-11 or 2026-Q3
    target: Decimal | None = None
    actual: Decimal | None = None
    score: Decimal | None = None
    grade: str = ""
    comment: str = ""
    improvement_plan: str = ""
    reviewer: str = ""


@dataclass(frozen=True)
class AppraisalRow:
    id: int
    employee_id: int
    employee_no: str
    name: str
    department: str
    fields: AppraisalFields
    from_collections: bool
    applied_to_month: date | None

    @property
    def achieved(self) -> Decimal | None:
        return achievement(self.fields.target, self.fields.actual)

    @property
    def missed(self) -> bool:
        return missed(self.fields.target, self.fields.actual)


def fields_of(row: Appraisal) -> AppraisalFields:
    return AppraisalFields(
        row.period,
        row.target,
        row.actual,
        row.score,
        row.grade,
        row.comment,
        row.improvement_plan,
        row.reviewer,
    )


def field_problems(values: AppraisalFields) -> list[tuple[str, str]]:
    problems = []
    try:
        parse_period(values.period)
    except ValueError as exc:
        problems.append(("期间", str(exc)))
    if values.score is not None and not ZERO <= values.score <= 100:
        problems.append(("得分", _("应在0至100之间")))
    for label, amount in (("目标", values.target), ("实际", values.actual)):
        if amount is not None and amount < 0:
            problems.append((label, _("不能为负数")))
    return problems


def appraisals(session: Session, actor: Actor, period: str | None = None) -> list[AppraisalRow]:
    """Every appraisal (or one period's), by period then 工号."""
    actor.require(Permission.VIEW_EMPLOYEES)
    paths = departments.paths(session)
    query = select(Appraisal, Employee).join(Employee, Appraisal.employee_id == Employee.id)
    if period:
        query = query.where(Appraisal.period == parse_period(period).label)
    query = query.order_by(Appraisal.period_end.desc(), Employee.employee_no)
    return [
        AppraisalRow(
            a.id,
            e.id,
            e.employee_no,
            e.name,
            paths[e.department_id],
            fields_of(a),
            a.from_collections,
            a.applied_to_month,
        )
        for a, e in session.execute(query)
    ]


def save(session: Session, actor: Actor, employee_id: int, values: AppraisalFields) -> int:
    """Add or update the employee's appraisal for the period, audited field by field."""
    actor.require(Permission.EDIT_EMPLOYEES)
    problems = field_problems(values)
    if problems:
        raise ValueError("；".join(f"{label}: {reason}" for label, reason in problems))
    period = parse_period(values.period)
    values = replace(values, period=period.label)
    row = session.scalar(
        select(Appraisal).where(
            Appraisal.employee_id == employee_id, Appraisal.period == period.label
        )
    )
    is_new = row is None
    if row is None:
        row = Appraisal(
            employee_id=employee_id,
            period=period.label,
            period_end=period.end,
            created_by=actor.name,
        )
        session.add(row)
        audit.record(
            session, actor, "新增绩效考核", ENTITY, employee_id, "期间", None, period.label
        )
        before = AppraisalFields(period.label)
    else:
        before = fields_of(row)
    for name in ("target", "actual", "score", "grade", "comment", "improvement_plan", "reviewer"):
        old, new = getattr(before, name), getattr(values, name)
        if old != new:
            setattr(row, name, new)
            if not is_new:
                audit.record(
                    session,
                    actor,
                    "修改绩效考核",
                    ENTITY,
                    employee_id,
                    f"{period.label} {name}",
                    old,
                    new,
                )
    session.flush()
    return row.id


def fill_from_collections(session: Session, actor: Actor, period_text: str) -> int:
    """For every salesperson with a 月回款目标: 目标 = the target × the period's months, 实际 =
    what they collected (回款) in those months. Score, grade and comments are left as they are."""
    actor.require(Permission.EDIT_EMPLOYEES)
    period = parse_period(period_text)
    people = session.scalars(
        select(Employee).where(Employee.is_salesperson, Employee.collection_target.is_not(None))
    ).all()
    collected = {person.id: ZERO for person in people}
    for month in period.months:
        for person_id, entry in commission.month_commissions(session, month).items():
            if person_id in collected:
                collected[person_id] += entry.collected
    count = 0
    for person in people:
        if person.hire_date > period.end or (
            person.leaving_date is not None and person.leaving_date < period.start
        ):
            continue  # not employed in the period
        existing = session.scalar(
            select(Appraisal).where(
                Appraisal.employee_id == person.id, Appraisal.period == period.label
            )
        )
        current = fields_of(existing) if existing else AppraisalFields(period.label)
        target = person.collection_target * len(period.months)
        save(
            session, actor, person.id, replace(current, target=target, actual=collected[person.id])
        )
        row = session.scalar(
            select(Appraisal).where(
                Appraisal.employee_id == person.id, Appraisal.period == period.label
            )
        )
        row.from_collections = True
        count += 1
    session.flush()
    return count


def rule(session: Session) -> PerformanceRule:
    return PerformanceRule.from_setting(settings.get(session, "performance_pay_rule"))


def apply_performance_pay(
    session: Session, actor: Actor, period_text: str, month: date
) -> list[str]:
    """Put each graded appraisal's 绩效工资 into the month's payroll inputs, by the company's rule.
    Refused while the rule is off; each change audited by payroll. Returns the 工号 done."""
    actor.require(Permission.RUN_PAYROLL)
    company_rule = rule(session)
    if not company_rule.enabled:
        raise ValueError(_("绩效工资规则未启用：请先在设置中设定等级对应的绩效工资"))
    done = []
    for row in appraisals(session, actor, period_text):
        employee = session.get(Employee, row.employee_id)
        amount = performance_pay(company_rule, row.fields.grade, employee.base_salary)
        if amount is None:
            continue
        current = payroll.input_of(session, month, employee.id)
        values = {
            name: getattr(current, name) if current else ZERO for name in payroll.INPUT_FIELDS
        }
        values["performance_pay"] = amount
        payroll.save_inputs(session, actor, month, employee.id, values)
        session.get(Appraisal, row.id).applied_to_month = month
        audit.record(
            session,
            actor,
            "绩效工资计入",
            ENTITY,
            employee.id,
            f"{row.fields.period} 等级{row.fields.grade}",
            None,
            f"{month:%Y-%m} 绩效工资 {amount}",
        )
        done.append(row.employee_no)
    session.flush()
    return done


@dataclass(frozen=True)
class EvidenceLine:
    """An appraisal as the 第40条第2项 evidence trail shows it."""

    on_date: date
    kind: str
    note: str
    created_by: str


def evidence(session: Session, employee_id: int) -> list[EvidenceLine]:
    """The employee's appraisals, targets missed said plainly, for the separation flow."""
    found = []
    for row in session.scalars(
        select(Appraisal).where(Appraisal.employee_id == employee_id).order_by(Appraisal.period_end)
    ):
        values = fields_of(row)
        parts = [f"{row.period} 绩效考核"]
        if values.target is not None:
            rate = achievement(values.target, values.actual)
            parts.append(
                f"目标 {format_money(values.target)}，实际 {format_money(values.actual or ZERO)}"
                + (f"（达成 {rate}%）" if rate is not None else "")
            )
            if missed(values.target, values.actual):
                parts.append("未达标")
        if values.score is not None:
            parts.append(f"得分 {values.score}")
        if values.grade:
            parts.append(f"等级 {values.grade}")
        if values.comment:
            parts.append(f"评语：{values.comment}")
        if values.improvement_plan:
            parts.append(f"改进计划：{values.improvement_plan}")
        kind = "考核未达标" if missed(values.target, values.actual) else "绩效考核"
        found.append(
            EvidenceLine(row.period_end, kind, "；".join(parts), values.reviewer or row.created_by)
        )
    return found


def set_rule(session: Session, actor: Actor, company_rule: PerformanceRule) -> None:
    """The company's grade → 绩效工资 rule (设置), checked and audited."""
    actor.require(Permission.MANAGE_SETTINGS)
    if company_rule.mode not in ("amount", "percent"):
        raise ValueError(_("绩效工资规则的方式只能是按金额或按基本工资的百分比"))
    for grade, amount in company_rule.grades:
        if not grade.strip():
            raise ValueError(_("等级不能为空"))
        if amount < 0 or (company_rule.mode == "percent" and amount > 200):
            raise ValueError(
                _("等级{grade}的数值不合理：{amount}").format(grade=grade, amount=amount)
            )
    if company_rule.enabled and not company_rule.grades:
        raise ValueError(_("启用前请至少设定一个等级的绩效工资"))
    settings.put(
        session,
        actor,
        "performance_pay_rule",
        {
            "enabled": company_rule.enabled,
            "mode": company_rule.mode,
            "grades": {g.strip(): str(a) for g, a in company_rule.grades},
        },
    )
