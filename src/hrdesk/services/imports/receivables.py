"""The customers and invoices imports (客户、应收单)."""

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.identifiers import parse_credit_code
from hrdesk.messages import _
from hrdesk.services import audit, receivables
from hrdesk.services.actor import Actor
from hrdesk.services.imports.base import (
    PROGRESS_EVERY,
    ImportPlan,
    ProgressCallback,
)
from hrdesk.spreadsheets.errors import Problem
from hrdesk.spreadsheets.tabular import ParsedRow
from hrdesk.storage.models import Customer, Employee, Invoice

# -- customers -----------------------------------------------------------------


_CUSTOMER_FIELDS = ("name", "credit_code", "contact", "phone", "address", "credit_days")


def check_customers(
    session: Session, result: ImportPlan, today: date, progress: ProgressCallback
) -> None:
    people = {e.employee_no: e for e in session.scalars(select(Employee))}
    existing = {c.code: c for c in session.scalars(select(Customer))}
    for row in result.rows:
        values = dict(row.values)
        salesperson = people.get(values["salesperson_no"])
        if salesperson is None:
            reason = _("没有工号为{employee_no}的员工").format(employee_no=values["salesperson_no"])
            result.problems.append(Problem(row.row, "业务员工号", reason))
            continue
        if not salesperson.is_salesperson:
            reason = _("{name}在员工资料中不是销售人员").format(name=salesperson.name)
            result.warnings.append(Problem(row.row, "业务员工号", reason))
        if values.get("credit_code"):
            try:
                values["credit_code"] = parse_credit_code(values["credit_code"])
            except ValueError as exc:
                result.problems.append(Problem(row.row, "统一社会信用代码", str(exc)))
        days = values.get("credit_days", Decimal(30))
        if days != days.to_integral_value() or days > 730:
            result.problems.append(Problem(row.row, "账期天数", _("应为0到730之间的整数")))
            continue
        values["credit_days"] = int(days)
        current = existing.get(values["code"])
        # A column left out of the file keeps what is stored; a new customer gets the defaults.
        names = [n for n in _CUSTOMER_FIELDS if current is None or n in result.mapping]
        fields = {n: values[n] if n == "credit_days" else values.get(n) or None for n in names}
        fields["salesperson_id"] = salesperson.id
        if current is None:
            result.added += 1
        else:
            changed = {
                name: value for name, value in fields.items() if getattr(current, name) != value
            }
            if not changed:
                result.unchanged += 1
                continue
            result.updated += 1
            if "salesperson_id" in changed:
                result.warnings.append(
                    Problem(
                        row.row,
                        "业务员工号",
                        _(
                            "业务员改为{name}：以后的应收单归新业务员，已有的未收应收单仍归原业务员"
                            "（离职交接时可一并移交）"
                        ).format(name=salesperson.name),
                    )
                )
        result.writes.append((values["code"], fields))


def write_customers(session: Session, actor: Actor, result: ImportPlan, today: date) -> None:
    existing = {c.code: c for c in session.scalars(select(Customer))}
    for code, fields in result.writes:
        current = existing.get(code)
        if current is None:
            session.add(Customer(code=code, **fields))
            audit.record(
                session, actor, "新增客户", "customer", code, "客户名称", None, fields["name"]
            )
            continue
        for name, value in fields.items():
            if getattr(current, name) != value:
                audit.record(
                    session,
                    actor,
                    "修改客户",
                    "customer",
                    code,
                    name,
                    getattr(current, name),
                    value,
                )
                setattr(current, name, value)
    session.flush()


# -- invoices ------------------------------------------------------------------


def _invoice_record(result: ImportPlan, row: ParsedRow, customers: dict, people: dict):
    """The invoice a row describes, or None with the problem noted."""
    values = row.values
    customer = customers.get(values["customer_code"])
    if customer is None:
        reason = _("没有编码为{code}的客户，请先导入客户").format(code=values["customer_code"])
        result.problems.append(Problem(row.row, "客户编码", reason))
        return None
    owner_id = customer.salesperson_id
    if values.get("salesperson_no"):
        owner_id = people.get(values["salesperson_no"])
        if owner_id is None:
            reason = _("没有工号为{employee_no}的员工").format(employee_no=values["salesperson_no"])
            result.problems.append(Problem(row.row, "业务员工号", reason))
            return None
    due_on = values.get("due_on") or values["issued_on"] + timedelta(days=customer.credit_days)
    if due_on < values["issued_on"]:
        result.problems.append(Problem(row.row, "到期日期", _("早于开票日期")))
    if values["amount"] <= 0:
        reason = _("必须大于0；退货或折让请在应收单上做红字冲减")
        result.problems.append(Problem(row.row, "金额", reason))
        return None
    return {
        "number": values["number"],
        "customer_id": customer.id,
        "owner_id": owner_id,
        "issued_on": values["issued_on"],
        "due_on": due_on,
        "amount": values["amount"],
        "note": values.get("note", ""),
    }


def check_invoices(
    session: Session, result: ImportPlan, today: date, progress: ProgressCallback
) -> None:
    people = dict(session.execute(select(Employee.employee_no, Employee.id)).all())
    customers = {c.code: c for c in session.scalars(select(Customer))}
    numbers = [row.values["number"] for row in result.rows]
    existing = {
        i.number: i
        for chunk in receivables.chunks(numbers)
        for i in session.scalars(select(Invoice).where(Invoice.number.in_(chunk)))
    }
    for done, row in enumerate(result.rows):
        if done % PROGRESS_EVERY == 0:
            progress(done, len(result.rows))
        record = _invoice_record(result, row, customers, people)
        if record is None:
            continue
        current = existing.get(record["number"])
        if current is None:
            result.added += 1
            result.writes.append(record)
            continue
        # without a 到期日期 the stored one stands: the customer's credit days may have changed since
        stored_due = record["due_on"] if "due_on" in row.values else current.due_on
        stored = (current.customer_id, current.issued_on, current.due_on, current.amount)
        if stored != (record["customer_id"], record["issued_on"], stored_due, record["amount"]):
            reason = _(
                "应收单{number}已导入，客户、日期或金额与之前不同；应收单不能修改，差额请做红字冲减"
            ).format(number=record["number"])
            result.problems.append(Problem(row.row, "单号", reason))
            continue
        result.unchanged += 1


def write_invoices(session: Session, actor: Actor, result: ImportPlan, today: date) -> None:
    receivables.add_invoices(session, actor, result.writes)
    customers = sorted({record["customer_id"] for record in result.writes})
    applied = receivables.apply_credits(session, actor, customers)
    if applied:
        result.notes.append(_("用客户的预收款冲抵 {count} 笔").format(count=applied))
