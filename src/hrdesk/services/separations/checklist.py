"""The handover checklist: its items, what hrdesk checks itself, doing or waiving an item,
completing or cancelling the separation, and the template new separations start from."""

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from hrdesk.domain.employees import EmployeeStatus
from hrdesk.domain.letters import LetterStatus
from hrdesk.domain.roles import Permission, Role
from hrdesk.services import audit, receivables, settings
from hrdesk.services.actor import Actor
from hrdesk.services.separations.records import (
    CANCELLED,
    COMPLETED,
    DONE,
    ENTITY,
    IN_PROGRESS,
    TODO,
    WAIVED,
    get,
    open_invoices_owned,
)
from hrdesk.storage.models import (
    Customer,
    Employee,
    Invoice,
    InvoiceOwner,
    Letter,
    Separation,
    SeparationItem,
)


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
    still_owned = open_invoices_owned(session, employee_id)
    return {"letters": owing <= written, "reassigned": not customers_left and not still_owned}


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
