"""Customers and salespeople: pickers and the customer export."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.storage.models import Customer, Employee


def salespeople(session: Session) -> list[tuple[int, str]]:
    """(id, 工号 姓名) of everyone marked a salesperson, by 工号: for filters and pickers."""
    query = (
        select(Employee.id, Employee.employee_no, Employee.name)
        .where(Employee.is_salesperson.is_(True))
        .order_by(Employee.employee_no)
    )
    return [(person_id, f"{no} {name}") for person_id, no, name in session.execute(query)]


def customer_choices(session: Session) -> list[tuple[int, str, str]]:
    """(id, code, name) of every customer, by code: for pickers."""
    return [
        tuple(row)
        for row in session.execute(
            select(Customer.id, Customer.code, Customer.name).order_by(Customer.code)
        )
    ]


def customer_rows(session: Session) -> list[list]:
    query = (
        select(Customer, Employee.employee_no)
        .join(Employee, Employee.id == Customer.salesperson_id)
        .order_by(Customer.code)
    )
    return [
        [
            c.code,
            c.name,
            c.credit_code or "",
            c.contact or "",
            c.phone or "",
            c.address or "",
            no,
            c.credit_days,
        ]
        for c, no in session.execute(query)
    ]
