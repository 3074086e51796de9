"""Opening a separation (its ground, dates, successor, and checklist from the template) and
the clerk confirming the figures severance and leave pay are worked from."""

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.employees import EmployeeStatus
from hrdesk.domain.grounds import Ground
from hrdesk.domain.roles import Permission
from hrdesk.messages import _
from hrdesk.services import audit, leave, settings
from hrdesk.services.actor import Actor
from hrdesk.services.separations.figures import average_wages, local_average_wage
from hrdesk.services.separations.records import ENTITY, IN_PROGRESS, TODO, get
from hrdesk.storage.models import Employee, PayrollMonth, Separation, SeparationItem
from hrdesk.storage.payroll_lock import LOCKED_STATUSES


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
        raise ValueError(_("该员工已离职或不存在"))
    _check_can_start(session, actor, employee, notice_date, last_day, successor_id)
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
    _add_checklist(session, separation.id, last_day)
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


def _check_can_start(
    session: Session,
    actor: Actor,
    employee: Employee,
    notice_date: date,
    last_day: date,
    successor_id: int | None,
) -> None:
    """One separation at a time, dates in order, a salesperson still employed to take over, and
    a last day whose month's payroll is still open (the final month's pay goes into it)."""
    if session.scalar(
        select(Separation.id).where(
            Separation.employee_id == employee.id, Separation.status == IN_PROGRESS
        )
    ):
        raise ValueError(_("{name}的离职手续已在办理中").format(name=employee.name))
    if last_day < notice_date:
        raise ValueError(_("最后工作日不能早于通知日期"))
    if successor_id == employee.id:
        raise ValueError(_("接手人不能是离职员工本人"))
    if successor_id is not None:
        successor = session.get(Employee, successor_id)
        if (
            successor is None
            or not successor.is_salesperson
            or successor.status == EmployeeStatus.LEFT
        ):
            raise ValueError(_("接手人须是在职的销售人员"))
    if not actor.may(Permission.VIEW_EMPLOYEES) and not employee.is_salesperson:
        raise ValueError(_("销售经理只能为销售人员办理离职"))
    approved = session.scalar(
        select(PayrollMonth.month).where(
            PayrollMonth.month == last_day.replace(day=1),
            PayrollMonth.status.in_(LOCKED_STATUSES),
        )
    )
    if approved is not None:
        raise ValueError(
            _(
                "{approved:%Y-%m} 的工资已审核：最后工作日在其中时，最后一个月工资无法计入，请先核对"
            ).format(approved=approved)
        )


def _add_checklist(session: Session, separation_id: int, last_day: date) -> None:
    """The items of the template in settings, each due so many days from the last day."""
    for item in settings.get(session, "handover_checklist"):
        session.add(
            SeparationItem(
                separation_id=separation_id,
                title=item["title"],
                role=item["role"],
                due_on=last_day + timedelta(days=item["days"]),
                required=item["required"],
                status=TODO,
                note=item.get("check", ""),
            )
        )


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
        raise ValueError(_("离职手续已完成，不能再修改"))
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
        raise ValueError(_("只有协商一致解除（第36条）才能约定补偿金额"))
    if amount < 0:
        raise ValueError(_("约定金额不能为负数"))
    if not agreement.strip():
        raise ValueError(_("请写明约定金额所在的协议（名称、日期、条款）"))
