"""离职交接: a salesperson's leaving, from the ground and the dates to the last item done.

A separation says what its legal ground requires and what is owed (severance, pay in lieu
of notice, unused annual leave, the final month's pay), runs a checklist made from the
template in settings, hands customers and open invoices to successors, and completes only
when every required item is done or waived with a reason. Its figures flow into the final
month's payroll.
"""

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from hrdesk.domain.dates import add_months
from hrdesk.domain.employees import EmployeeStatus
from hrdesk.domain.letters import LetterStatus
from hrdesk.domain.money import round_fen
from hrdesk.domain.receivables import limitation_end
from hrdesk.domain.roles import Permission, Role
from hrdesk.domain.separations import RULES, Ground, Notice, notice, service_months
from hrdesk.services import audit, commission, leave, receivables, settings
from hrdesk.services.actor import Actor
from hrdesk.services.losses import losses_of
from hrdesk.services.reports import risk
from hrdesk.spreadsheets.writing import SheetData, write_workbook
from hrdesk.storage.base import as_money
from hrdesk.storage.models import (
    AverageWage,
    CommissionRelease,
    CommissionSnapshot,
    Contract,
    Customer,
    Employee,
    EvidenceNote,
    Invoice,
    InvoiceOwner,
    Letter,
    MinimumWage,
    PayrollMonth,
    Payslip,
    Separation,
    SeparationItem,
)
from hrdesk.storage.payroll_lock import LOCKED_STATUSES

ENTITY = "separation"
IN_PROGRESS, COMPLETED, CANCELLED = "办理中", "已完成", "已撤销"
TODO, DONE, WAIVED = "待办", "已完成", "已豁免"
EVIDENCE_KINDS = ("培训", "调岗", "绩效面谈", "书面警告")
ZERO = Decimal(0)


def average_wages(session: Session, employee: Employee, last_day: date) -> tuple[Decimal, Decimal]:
    """The last 12 approved months' average 应发工资 (bonuses included: 第47条, 实施条例第27条),
    and the same without overtime (unused leave pay: 年休假实施办法 第11条); with no approved
    month, the fixed monthly pay for both."""
    since = add_months(last_day.replace(day=1), -12)
    rows = session.execute(
        select(as_money(Payslip.gross + Payslip.annual_bonus), Payslip.detail)
        .join(PayrollMonth, PayrollMonth.id == Payslip.month_id)
        .where(
            Payslip.employee_id == employee.id,
            PayrollMonth.status.in_(LOCKED_STATUSES),
            PayrollMonth.month >= since,
            PayrollMonth.month < last_day.replace(day=1),
        )
    ).all()
    if not rows:
        fixed = employee.base_salary + employee.position_allowance
        return fixed, fixed
    total = sum((gross for gross, _detail in rows), ZERO)
    overtime = sum((Decimal(json.loads(d).get("加班费", "0")) for _g, d in rows), ZERO)
    return round_fen(total / len(rows)), round_fen((total - overtime) / len(rows))


def average_wage(session: Session, employee: Employee, last_day: date) -> Decimal:
    return average_wages(session, employee, last_day)[0]


def local_average_wage(session: Session, city: str | None, day: date) -> Decimal | None:
    """The city's 上年职工月平均工资 in force on the day (policy data), else the company-wide
    figure in settings, else None."""
    row = session.scalar(
        select(AverageWage.amount)
        .where(AverageWage.city == (city or ""), AverageWage.effective_from <= day)
        .order_by(AverageWage.effective_from.desc())
    )
    if row is not None:
        return row
    fallback = settings.get(session, "local_average_wage")
    return Decimal(fallback) if fallback else None


def minimum_wage(session: Session, city: str | None, day: date) -> Decimal | None:
    return session.scalar(
        select(MinimumWage.amount)
        .where(MinimumWage.city == (city or ""), MinimumWage.effective_from <= day)
        .order_by(MinimumWage.effective_from.desc())
    )


def start(
    session: Session,
    actor: Actor,
    employee_id: int,
    ground: Ground,
    notice_date: date,
    last_day: date,
    successor_id: int | None,
    *,
    leave_taken_days: Decimal | None = None,  # None: as the leave ledger has it
    note: str = "",
    agreed_amount: Decimal | None = None,
    agreement: str = "",
) -> int:
    """Open a separation; its checklist is made from the template, due dates from the last day."""
    actor.require(Permission.MANAGE_HANDOVER)
    employee = session.get(Employee, employee_id)
    if employee is None or employee.status == EmployeeStatus.LEFT:
        raise ValueError("该员工已离职或不存在")
    if session.scalar(
        select(Separation.id).where(
            Separation.employee_id == employee_id, Separation.status == IN_PROGRESS
        )
    ):
        raise ValueError(f"{employee.name}的离职手续已在办理中")
    if last_day < notice_date:
        raise ValueError("最后工作日不能早于通知日期")
    if successor_id == employee_id:
        raise ValueError("接手人不能是离职员工本人")
    if successor_id is not None:
        successor = session.get(Employee, successor_id)
        if (
            successor is None
            or not successor.is_salesperson
            or successor.status == EmployeeStatus.LEFT
        ):
            raise ValueError("接手人须是在职的销售人员")
    if not actor.may(Permission.VIEW_EMPLOYEES) and not employee.is_salesperson:
        raise ValueError("销售经理只能为销售人员办理离职")
    approved = session.scalar(
        select(PayrollMonth.month).where(
            PayrollMonth.month == last_day.replace(day=1),
            PayrollMonth.status.in_(LOCKED_STATUSES),
        )
    )
    if approved is not None:
        raise ValueError(
            f"{approved:%Y-%m} 的工资已审核：最后工作日在其中时，最后一个月工资无法计入，请先核对"
        )
    _check_agreement(ground, agreed_amount, agreement)
    average, without_overtime = average_wages(session, employee, last_day)
    separation = Separation(
        employee_id=employee_id,
        ground=ground.value,
        notice_date=notice_date,
        last_day=last_day,
        successor_id=successor_id,
        status=IN_PROGRESS,
        average_wage=average,
        leave_average_wage=without_overtime,
        local_average_wage=local_average_wage(session, employee.social_city, last_day),
        leave_taken_days=(
            leave.unused_annual_leave_days(session, employee_id, last_day).taken
            if leave_taken_days is None
            else leave_taken_days
        ),
        agreed_amount=agreed_amount,
        agreement=agreement.strip(),
        note=note,
        created_by=actor.name,
    )
    session.add(separation)
    session.flush()
    for item in settings.get(session, "handover_checklist"):
        session.add(
            SeparationItem(
                separation_id=separation.id,
                title=item["title"],
                role=item["role"],
                due_on=last_day + timedelta(days=item["days"]),
                required=item["required"],
                status=TODO,
                note=item.get("check", ""),
            )
        )
    audit.record(
        session,
        actor,
        "发起离职",
        ENTITY,
        employee.employee_no,
        "依据",
        None,
        f"{ground.value}，最后工作日{last_day}",
    )
    session.flush()
    return separation.id


def update_figures(
    session: Session,
    actor: Actor,
    separation_id: int,
    average: Decimal,
    local_average: Decimal | None,
    leave_taken: Decimal,
    *,
    leave_average: Decimal | None = None,
    agreed_amount: Decimal | None = None,
    agreement: str | None = None,
) -> None:
    """The clerk confirms the figures severance and leave pay are worked from, and for 协商一致
    the amount agreed with the agreement it is in (None: left as it is)."""
    actor.require(Permission.MANAGE_HANDOVER)
    actor.require(Permission.VIEW_PAYROLL)
    separation = get(session, separation_id)
    if separation.status != IN_PROGRESS:
        raise ValueError("离职手续已完成，不能再修改")
    changes = [
        ("average_wage", average),
        ("local_average_wage", local_average),
        ("leave_taken_days", leave_taken),
    ]
    if leave_average is not None:
        changes.append(("leave_average_wage", leave_average))
    if agreement is not None:
        _check_agreement(Ground(separation.ground), agreed_amount, agreement)
        changes += [("agreed_amount", agreed_amount), ("agreement", agreement.strip())]
    for name, value in changes:
        if getattr(separation, name) != value:
            audit.record(
                session,
                actor,
                "离职结算数据",
                ENTITY,
                separation_id,
                name,
                getattr(separation, name),
                value,
            )
            setattr(separation, name, value)
    session.flush()


def _check_agreement(ground: Ground, amount: Decimal | None, agreement: str) -> None:
    """An agreed amount belongs to a 协商一致 ending and names the agreement it is in."""
    if amount is None:
        return
    if ground not in (Ground.AGREED_BY_EMPLOYER, Ground.AGREED_BY_EMPLOYEE):
        raise ValueError("只有协商一致解除（第36条）才能约定补偿金额")
    if amount < 0:
        raise ValueError("约定金额不能为负数")
    if not agreement.strip():
        raise ValueError("请写明约定金额所在的协议（名称、日期、条款）")


def get(session: Session, separation_id: int) -> Separation:
    separation = session.get(Separation, separation_id)
    if separation is None:
        raise ValueError("没有这条离职记录")
    return separation


# -- what is owed --------------------------------------------------------------------


def in_probation(session: Session, employee: Employee, day: date) -> bool:
    contract = session.scalars(
        select(Contract)
        .where(Contract.employee_id == employee.id, Contract.start_date <= day)
        .order_by(Contract.start_date.desc())
    ).first()
    return bool(contract and contract.probation_end and day <= contract.probation_end)


@dataclass(frozen=True)
class LegalSummary:
    """What anyone running a handover sees: the ground, its requirements, the notice, and the
    warnings that carry no wage figures (a sales manager never sees wages)."""

    employee_no: str
    name: str
    ground: Ground
    requires: str
    notice: Notice
    in_probation: bool
    warnings: list[str]


def legal_summary(session: Session, actor: Actor, separation_id: int) -> LegalSummary:
    actor.require(Permission.MANAGE_HANDOVER)
    separation = get(session, separation_id)
    employee = session.get(Employee, separation.employee_id)
    ground = Ground(separation.ground)
    rule = RULES[ground]
    probation = in_probation(session, employee, separation.notice_date)
    given = notice(ground, separation.notice_date, separation.last_day, probation)
    warnings = []
    if given.short and not rule.pay_in_lieu:
        warnings.append(
            f"通知期不足：该依据需提前{given.required_days}天书面通知，实际{given.given_days}天"
        )
    kinds = {n.kind for n in evidence_notes(session, employee.id)}
    if ground is Ground.INCOMPETENCE and "考核未达标" not in kinds:
        warnings.append("以第40条第2项解除，须有不能胜任的记录：目前没有考核未达标的绩效考核记录")
    if ground is Ground.INCOMPETENCE and not ({"培训", "调岗"} & kinds):
        warnings.append(
            "以第40条第2项解除，须有不能胜任的记录以及培训或调岗后仍不能胜任的记录；"
            "目前没有培训或调岗记录，解除可能被认定违法（第87条：赔偿金为经济补偿的两倍）"
        )
    if ground is Ground.MISCONDUCT:
        warnings.append("第39条解除须有确凿证据和依法公示的规章制度，并事先通知工会")
    if probation and ground in (Ground.ILLNESS, Ground.INCOMPETENCE, Ground.CHANGED_CIRCUMSTANCES):
        warnings.append(
            "试用期内不得依第40条解除（第21条）；试用期内不符合录用条件的，依第39条第1项并须有录用条件的证据"
        )
    if ground in (Ground.EXPIRY_BY_EMPLOYER, Ground.EXPIRY_REFUSED_BY_EMPLOYEE):
        contract = session.scalars(
            select(Contract)
            .where(Contract.employee_id == employee.id)
            .order_by(Contract.start_date.desc())
        ).first()
        if contract is None or contract.end_date != separation.last_day:
            warnings.append("第44条到期终止须是固定期限合同在最后工作日到期；请核对合同的结束日期")
    if ground not in (
        Ground.AGREED_BY_EMPLOYER,
        Ground.AGREED_BY_EMPLOYEE,
        Ground.RESIGNATION,
        Ground.EMPLOYER_FAULT,
        Ground.MISCONDUCT,
    ):
        warnings.append(
            "单位解除或终止前请确认员工不属第42条情形（职业病、工伤、医疗期、孕期产期哺乳期、连续工作满15年且距退休不足5年等）"
        )
    owned = _open_invoices_owned(session, employee.id)
    if owned:
        warnings.append(f"名下仍有{owned}张未收应收单，请移交接手人")
    return LegalSummary(
        employee.employee_no, employee.name, ground, rule.requires, given, probation, warnings
    )


def held_months(session: Session, employee_id: int, before: date) -> list[tuple[date, Decimal]]:
    """Months whose commission was held and never released, up to the last month: approved
    months from their snapshots in one query, only the few open ones worked out."""
    released = select(CommissionRelease.month).where(
        CommissionRelease.salesperson_id == employee_id
    )
    held = list(
        session.execute(
            select(CommissionSnapshot.month, CommissionSnapshot.earned).where(
                CommissionSnapshot.salesperson_id == employee_id,
                CommissionSnapshot.held.is_(True),
                CommissionSnapshot.month <= before,
                CommissionSnapshot.month.not_in(released),
            )
        ).all()
    )
    open_months = session.scalars(
        select(PayrollMonth.month).where(
            PayrollMonth.month <= before, PayrollMonth.status.not_in(LOCKED_STATUSES)
        )
    )
    for month in open_months:
        entry = commission.month_commissions(session, month).get(employee_id)
        if entry is not None and entry.held and entry.release is None:
            held.append((month, entry.earned))
    return sorted(held)


def losses_outstanding(session: Session, employee_id: int) -> Decimal:
    owed = losses_of(session, [employee_id])
    return sum((loss.outstanding for loss in owed.get(employee_id, [])), ZERO)


# -- the checklist -------------------------------------------------------------------


@dataclass(frozen=True)
class ItemRow:
    id: int
    title: str
    role: str
    due_on: date
    required: bool
    status: str
    done_on: date | None
    done_by: str
    note: str
    check: str  # "letters", "reassigned" or "" — checked by hrdesk itself
    satisfied: bool  # what hrdesk checks holds now


def items(session: Session, actor: Actor, separation_id: int) -> list[ItemRow]:
    actor.require(Permission.MANAGE_HANDOVER)
    separation = get(session, separation_id)
    checks = _checks(session, separation)
    rows = []
    for item in session.scalars(
        select(SeparationItem)
        .where(SeparationItem.separation_id == separation_id)
        .order_by(SeparationItem.due_on, SeparationItem.id)
    ):
        check = item.note if item.note in checks else ""
        rows.append(
            ItemRow(
                item.id,
                item.title,
                item.role,
                item.due_on,
                item.required,
                item.status,
                item.done_on,
                item.done_by or "",
                "" if check else item.note,
                check,
                checks.get(check, True),
            )
        )
    return rows


def _checks(session: Session, separation: Separation) -> dict[str, bool]:
    """The items hrdesk can check itself: a letter sent to every customer that owed the leaver
    something on the notice date (handed over since or not), and nothing left in their name."""
    employee_id = separation.employee_id
    theirs_then = set(
        session.scalars(
            select(Invoice.customer_id)
            .join(InvoiceOwner, InvoiceOwner.invoice_id == Invoice.id)
            .where(
                InvoiceOwner.salesperson_id == employee_id,
                or_(
                    InvoiceOwner.until_date.is_(None),
                    InvoiceOwner.until_date > separation.notice_date,
                ),
                Invoice.settled_on.is_(None),
            )
        )
    )
    owing = set(receivables.open_balances(session, sorted(theirs_then))) if theirs_then else set()
    written = set()
    if owing:
        written = set(
            session.scalars(
                select(Letter.customer_id).where(
                    Letter.customer_id.in_(owing),
                    Letter.as_of >= separation.notice_date - timedelta(days=30),
                    Letter.status.in_(
                        [LetterStatus.SENT, LetterStatus.CONFIRMED, LetterStatus.DISPUTED]
                    ),
                )
            )
        )
    customers_left = session.scalar(
        select(func.count(Customer.id)).where(Customer.salesperson_id == employee_id)
    )
    still_owned = _open_invoices_owned(session, employee_id)
    return {"letters": owing <= written, "reassigned": not customers_left and not still_owned}


def _open_invoices_owned(session: Session, employee_id: int) -> int:
    return session.scalar(
        select(func.count(Invoice.id)).where(
            Invoice.owner_id == employee_id, Invoice.settled_on.is_(None)
        )
    )


def complete_item(
    session: Session, actor: Actor, item_id: int, today: date, note: str = ""
) -> None:
    actor.require(Permission.MANAGE_HANDOVER)
    item = session.get(SeparationItem, item_id)
    _require_role(actor, item)
    separation = get(session, item.separation_id)
    check = item.note if item.note in ("letters", "reassigned") else ""
    if check and not _checks(session, separation)[check]:
        raise ValueError(
            "还有有余额的客户没有寄出对账函"
            if check == "letters"
            else "离职员工名下仍有客户或未收应收单，请先移交"
        )
    item.status, item.done_on, item.done_by = DONE, today, actor.name
    if note and not check:
        item.note = note
    audit.record(session, actor, "交接事项完成", ENTITY, separation.id, item.title, TODO, DONE)
    session.flush()


def _require_role(actor: Actor, item: SeparationItem) -> None:
    """Each item is done by the role it names (or an administrator): a sales manager does not
    sign off the final pay."""
    if actor.role not in (item.role, Role.ADMIN):
        raise ValueError(f"“{item.title}”由{item.role}办理")


def waive_item(session: Session, actor: Actor, item_id: int, today: date, reason: str) -> None:
    actor.require(Permission.MANAGE_HANDOVER)
    if not reason.strip():
        raise ValueError("豁免须写明原因")
    item = session.get(SeparationItem, item_id)
    _require_role(actor, item)
    item.status, item.done_on, item.done_by, item.note = WAIVED, today, actor.name, reason
    audit.record(
        session,
        actor,
        "交接事项豁免",
        ENTITY,
        item.separation_id,
        item.title,
        TODO,
        f"{WAIVED}（{reason}）",
    )
    session.flush()


def complete(session: Session, actor: Actor, separation_id: int, today: date) -> None:
    """The separation completes when every required item is done or waived; the employee
    leaves on the last day."""
    actor.require(Permission.MANAGE_HANDOVER)
    separation = get(session, separation_id)
    if separation.status != IN_PROGRESS:
        raise ValueError("离职手续已完成")
    # what hrdesk checks must still hold: invoices may have come in under the leaver since
    open_items = [
        row.title
        for row in items(session, actor, separation_id)
        if row.required and (row.status == TODO or (row.status == DONE and not row.satisfied))
    ]
    if open_items:
        raise ValueError("还有必办事项未完成：" + "；".join(open_items))
    employee = session.get(Employee, separation.employee_id)
    employee.status = EmployeeStatus.LEFT.value
    employee.leaving_date = separation.last_day
    separation.status, separation.completed_on = COMPLETED, today
    audit.record(
        session, actor, "离职完成", ENTITY, employee.employee_no, "状态", IN_PROGRESS, COMPLETED
    )
    session.flush()


def cancel(session: Session, actor: Actor, separation_id: int, reason: str) -> None:
    """撤销 a separation that will not happen (a resignation withdrawn); customers already
    handed over stay with their new owner."""
    actor.require(Permission.MANAGE_HANDOVER)
    if not reason.strip():
        raise ValueError("撤销离职须写明原因")
    separation = get(session, separation_id)
    if separation.status != IN_PROGRESS:
        raise ValueError("只能撤销办理中的离职")
    separation.status = CANCELLED
    separation.note = f"{separation.note}\n撤销：{reason}".strip()
    audit.record(
        session,
        actor,
        "撤销离职",
        ENTITY,
        separation_id,
        "状态",
        IN_PROGRESS,
        f"{CANCELLED}（{reason}）",
    )
    session.flush()


# -- handing customers over ----------------------------------------------------------


def hand_over(
    session: Session,
    actor: Actor,
    separation_id: int,
    customer_ids: list[int],
    successor_id: int,
    from_date: date,
) -> int:
    """Move customers and their open invoices to a successor from a date (several successors:
    one call each). Returns the invoices moved."""
    actor.require(Permission.MANAGE_HANDOVER)
    separation = get(session, separation_id)
    leaver = session.get(Employee, separation.employee_id)
    if successor_id == leaver.id:
        raise ValueError("接手人不能是离职员工本人")
    theirs = set(session.scalars(select(Customer.id).where(Customer.salesperson_id == leaver.id)))
    if not customer_ids or not set(customer_ids) <= theirs:
        raise ValueError("请选择离职员工名下的客户")
    return receivables.move_customers(
        session,
        actor,
        customer_ids,
        successor_id,
        from_date,
        f"{receivables.HANDOVER}：{leaver.name}",
        only_from=leaver.id,
    )


# -- evidence ------------------------------------------------------------------------


@dataclass(frozen=True)
class MonthResult:
    month: date
    target: Decimal | None
    collected: Decimal

    @property
    def achieved(self) -> Decimal | None:
        return (
            None
            if not self.target
            else (self.collected / self.target * 100).quantize(Decimal("0.1"))
        )


@dataclass(frozen=True)
class NoteRow:
    id: int
    on_date: date
    kind: str
    note: str
    created_by: str


def results(
    session: Session, actor: Actor, employee_id: int, until: date, months: int = 12
) -> list[MonthResult]:
    """The salesperson's collections against the monthly target, month by month."""
    actor.require(Permission.MANAGE_HANDOVER)
    employee = session.get(Employee, employee_id)
    found = []
    month = add_months(until.replace(day=1), -(months - 1))
    while month <= until:
        entry = commission.month_commissions(session, month).get(employee_id)
        found.append(
            MonthResult(month, employee.collection_target, entry.collected if entry else ZERO)
        )
        month = add_months(month, 1)
    return found


def evidence_notes(session: Session, employee_id: int) -> list[NoteRow]:
    """The notes kept here and the employee's appraisals (id 0: kept on the 绩效 screen), by date."""
    from hrdesk.services.people.appraisal import evidence

    notes = [
        NoteRow(n.id, n.on_date, n.kind, n.note, n.created_by)
        for n in session.scalars(
            select(EvidenceNote)
            .where(EvidenceNote.employee_id == employee_id)
            .order_by(EvidenceNote.on_date)
        )
    ]
    notes += [
        NoteRow(0, e.on_date, e.kind, e.note, e.created_by) for e in evidence(session, employee_id)
    ]
    return sorted(notes, key=lambda n: n.on_date)


def add_evidence(
    session: Session, actor: Actor, employee_id: int, on_date: date, kind: str, note: str
) -> None:
    """A training, a change of post, a review: the record 第40条第2项 needs."""
    actor.require(Permission.MANAGE_HANDOVER)
    if kind not in EVIDENCE_KINDS:
        raise ValueError(f"记录类别只能是：{'、'.join(EVIDENCE_KINDS)}")
    if not note.strip():
        raise ValueError("请写明记录内容（时间、内容、结果、有无员工签字）")
    session.add(
        EvidenceNote(
            employee_id=employee_id, on_date=on_date, kind=kind, note=note, created_by=actor.name
        )
    )
    audit.record(session, actor, "绩效记录", "employee", employee_id, kind, None, note)
    session.flush()


# -- the list of separations ---------------------------------------------------------


@dataclass(frozen=True)
class SeparationRow:
    id: int
    employee_id: int
    employee_no: str
    name: str
    ground: str
    notice_date: date
    last_day: date
    successor_id: int | None
    successor: str
    status: str
    open_items: int


def separation_rows(session: Session, actor: Actor) -> list[SeparationRow]:
    actor.require(Permission.MANAGE_HANDOVER)
    people = {e.id: e for e in session.scalars(select(Employee))}
    rows = []
    for s in session.scalars(
        select(Separation).order_by(Separation.status, Separation.last_day.desc())
    ):
        open_items = session.scalar(
            select(func.count(SeparationItem.id)).where(
                SeparationItem.separation_id == s.id,
                SeparationItem.status == TODO,
                SeparationItem.required.is_(True),
            )
        )
        employee = people[s.employee_id]
        successor = people.get(s.successor_id)
        rows.append(
            SeparationRow(
                s.id,
                employee.id,
                employee.employee_no,
                employee.name,
                s.ground,
                s.notice_date,
                s.last_day,
                s.successor_id,
                successor.name if successor else "",
                s.status,
                open_items,
            )
        )
    return rows


def leavers_in(session: Session, month: date) -> dict[int, Separation]:
    """Employees whose last working day falls in the month: payroll pays their final month."""
    month_end = add_months(month, 1)
    return {
        s.employee_id: s
        for s in session.scalars(
            select(Separation).where(
                Separation.last_day >= month,
                Separation.last_day < month_end,
                Separation.status != CANCELLED,
            )
        )
    }


# -- the receivables list report (应收账款清单报告) ------------------------------------

REPORT_HEADERS = [
    "客户编码",
    "客户名称",
    "应收单号",
    "开票日期",
    "到期日期",
    "金额",
    "未收余额",
    "逾期天数",
    "账龄",
    "最近时效中断",
    "对账函",
    "差异",
    "诉讼时效届满",
]


@dataclass(frozen=True)
class ReportData:
    company: str
    employee_no: str
    name: str
    successor: str
    as_of: date
    rows: list[list]  # in REPORT_HEADERS' order, grouped by customer
    total: Decimal
    high_risk: list[str] = field(default_factory=list)  # customers at 高 collection risk


def report(session: Session, actor: Actor, employee_no: str, as_of: date) -> ReportData:
    """Every open invoice of the salesperson, by customer: aging, the last acknowledgement,
    the latest letter, open disputes and when the limitation period ends."""
    actor.require(Permission.MANAGE_HANDOVER)
    employee = session.scalar(select(Employee).where(Employee.employee_no == employee_no))
    if employee is None:
        raise ValueError(f"没有工号为{employee_no}的员工")
    owned = receivables.aging_of(session, as_of, employee.id)
    limitation = {row.customer_id: row for row in receivables.limitation_rows(session, as_of)}
    letters = _latest_letters(session)
    customers = {c.id: c for c in session.scalars(select(Customer))}
    rows, total = [], ZERO
    for customer_id in sorted({r.customer_id for r in owned.rows}, key=lambda c: customers[c].code):
        watch = limitation.get(customer_id)
        letter = letters.get(customer_id)
        for invoice in receivables.aged_invoices_of(session, as_of, employee.id, customer_id):
            total += invoice.balance
            rows.append(
                [
                    customers[customer_id].code,
                    customers[customer_id].name,
                    invoice.number,
                    invoice.issued_on,
                    invoice.due_on,
                    invoice.amount,
                    invoice.balance,
                    max(invoice.days_past_due, 0),
                    owned.labels[invoice.bucket],
                    f"{watch.last_acknowledgement} {watch.acknowledged_by}"
                    if watch and watch.last_acknowledgement
                    else "",
                    _letter_state(letter),
                    "有"
                    if letter
                    and letter.status == LetterStatus.DISPUTED
                    and letter.dispute_closed_on is None
                    else "",
                    limitation_end(invoice.due_on, watch.last_acknowledgement if watch else None),
                ]
            )
    successor = None
    separation = session.scalar(
        select(Separation)
        .where(Separation.employee_id == employee.id)
        .order_by(Separation.id.desc())
    )
    if separation is not None and separation.successor_id:
        successor = session.get(Employee, separation.successor_id)
    return ReportData(
        settings.get(session, "company_name") or "本公司",
        employee.employee_no,
        employee.name,
        successor.name if successor else "",
        as_of,
        rows,
        total,
        risk.high_risk_lines(session, as_of, {r.customer_id for r in owned.rows}),
    )


def report_day(session: Session, employee_no: str, today: date) -> date:
    """The report shows what the leaver owned: the day before their first handover, else today."""
    leaver = session.scalar(select(Employee).where(Employee.employee_no == employee_no))
    if leaver is None:
        raise ValueError(f"没有工号为{employee_no}的员工")
    first = session.scalar(
        select(func.min(InvoiceOwner.from_date)).where(
            InvoiceOwner.reason == f"{receivables.HANDOVER}：{leaver.name}"
        )
    )
    return min(today, first - timedelta(days=1)) if first else today


def _letter_state(letter: Letter | None) -> str:
    """The latest letter as the report shows it, with its proof of delivery."""
    if letter is None:
        return "未寄"
    if letter.delivered_on is None:
        return f"{letter.number} {letter.status}"
    return f"{letter.number} {letter.status}，{letter.delivered_on}送达（{letter.delivery_proof}）"


def _latest_letters(session: Session) -> dict[int, Letter]:
    latest: dict[int, Letter] = {}
    for letter in session.scalars(
        select(Letter).where(Letter.status != LetterStatus.VOID).order_by(Letter.id)
    ):
        latest[letter.customer_id] = letter
    return latest


def write_report(session: Session, actor: Actor, employee_no: str, as_of: date, path) -> int:
    """The report as .xlsx or .pdf (with signature lines); returns the invoices listed."""
    data = report(session, actor, employee_no, as_of)
    if path.suffix.lower() == ".pdf":
        from hrdesk.documents.handover import write_report as write_pdf

        write_pdf(path, data, REPORT_HEADERS)
    elif path.suffix.lower() == ".xlsx":
        rows = [*data.rows, ["合计", "", "", "", "", "", data.total]]
        risky = [SheetData("回款风险高的客户", ["客户"], [[x] for x in data.high_risk], {0: 100})]
        write_workbook(
            path,
            [
                SheetData(
                    f"应收清单{data.employee_no}",
                    REPORT_HEADERS,
                    rows,
                    {1: 28, 2: 18, 9: 22, 10: 22},
                ),
                *(risky if data.high_risk else []),
            ],
        )
    else:
        raise ValueError("报告文件应为 .pdf 或 .xlsx")
    return len(data.rows)


def write_certificate(
    session: Session, actor: Actor, separation_id: int, path, today: date
) -> None:
    """离职证明 (第50条)."""
    from hrdesk.documents.handover import CertificateData
    from hrdesk.documents.handover import write_certificate as write_pdf

    actor.require(Permission.MANAGE_HANDOVER)
    separation = get(session, separation_id)
    employee = session.get(Employee, separation.employee_id)
    contract = session.scalars(
        select(Contract)
        .where(Contract.employee_id == employee.id)
        .order_by(Contract.start_date.desc())
    ).first()
    term = "无固定期限"
    if contract is not None and contract.end_date is not None:
        term = f"{contract.start_date:%Y年%m月%d日}至{contract.end_date:%Y年%m月%d日}"
    elif contract is None:
        term = "（无书面劳动合同记录）"
    years, rest = divmod(service_months(employee.hire_date, separation.last_day), 12)
    write_pdf(
        path,
        CertificateData(
            settings.get(session, "company_name") or "本公司",
            employee.name,
            employee.id_number_masked,
            employee.hire_date,
            separation.last_day,
            employee.position or "",
            term,
            f"{years}年{rest}个月",
            today,
        ),
    )


@dataclass(frozen=True)
class CustomerToHand:
    id: int
    code: str
    name: str
    balance: Decimal


def customers_of(session: Session, actor: Actor, employee_id: int) -> list[CustomerToHand]:
    """The leaver's customers with what each still owes, for handing over."""
    actor.require(Permission.MANAGE_HANDOVER)
    customers = session.scalars(
        select(Customer).where(Customer.salesperson_id == employee_id).order_by(Customer.code)
    ).all()
    owed = receivables.open_balances(session, [c.id for c in customers]) if customers else {}
    return [
        CustomerToHand(c.id, c.code, c.name, sum((i[2] for i in owed.get(c.id, [])), ZERO))
        for c in customers
    ]


def staff_choices(session: Session) -> list[tuple[int, str]]:
    """(id, 工号 姓名) of everyone still employed: who may start leaving."""
    query = (
        select(Employee.id, Employee.employee_no, Employee.name)
        .where(Employee.status != EmployeeStatus.LEFT.value)
        .order_by(Employee.employee_no)
    )
    return [(employee_id, f"{no} {name}") for employee_id, no, name in session.execute(query)]


def checklist_template(session: Session) -> list[dict]:
    return settings.get(session, "handover_checklist")


def set_checklist_template(session: Session, actor: Actor, rows: list[dict]) -> None:
    """Edit the checklist new separations start from (those under way keep theirs)."""
    actor.require(Permission.MANAGE_SETTINGS)
    roles = {role.value for role in Role}
    cleaned = []
    for number, row in enumerate(rows, start=1):
        title = row["title"].strip()
        if not title or len(title) > 100:
            raise ValueError(f"第{number}项：请填写事项（不超过100字）")
        if row["role"] not in roles:
            raise ValueError(f"第{number}项：负责角色只能是{'、'.join(sorted(roles))}")
        if not -90 <= row["days"] <= 90:
            raise ValueError(f"第{number}项：期限应在最后工作日前后90天以内")
        item = {
            "title": title,
            "role": row["role"],
            "days": row["days"],
            "required": row["required"],
        }
        if row.get("check"):
            item["check"] = row["check"]
        cleaned.append(item)
    if not cleaned:
        raise ValueError("交接清单至少要有一项")
    settings.put(session, actor, "handover_checklist", cleaned)
