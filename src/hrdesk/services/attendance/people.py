"""Who a row of an attendance file is: UserId or 工号, then a name nobody else has."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.dates import add_months
from hrdesk.messages import _
from hrdesk.services.attendance import layouts
from hrdesk.spreadsheets.errors import Problem
from hrdesk.storage.models import Employee


@dataclass(frozen=True)
class Matched:
    employee_id: int
    row: layouts.FileRow


def match_people(session: Session, read: layouts.LayoutRead, month: date) -> list[Matched]:
    """Each file row's employee: by UserId or 工号, then by a name no one else has. Someone not
    on the roster, or a name shared by two employees, stops the import with the row named."""
    people = session.execute(
        select(Employee.id, Employee.employee_no, Employee.name, Employee.hire_date)
    ).all()
    by_no = {p.employee_no: p.id for p in people}
    by_name: dict[str, list[int]] = {}
    for p in people:
        if p.hire_date < add_months(month, 1):
            by_name.setdefault(p.name, []).append(p.id)
    found, seen = [], {}
    for row in read.rows:
        employee_id = by_no.get(row.user_id) or by_no.get(row.employee_no)
        if employee_id is None and row.employee_no:
            read.problems.append(
                Problem(
                    row.row,
                    "工号",
                    _("没有工号为{employee_no}的员工").format(employee_no=row.employee_no),
                )
            )
            continue
        if employee_id is None:
            named = by_name.get(row.name, [])
            if len(named) != 1:
                why = _unmatched(row, len(named))
                read.problems.append(Problem(row.row, "姓名", why))
                continue
            employee_id = named[0]
        if employee_id in seen:
            read.problems.append(
                Problem(
                    row.row,
                    "姓名",
                    _("“{who}”与第{row}行是同一人").format(
                        who=row.name or row.employee_no, row=seen[employee_id]
                    ),
                )
            )
            continue
        seen[employee_id] = row.row
        found.append(Matched(employee_id, row))
    return found


def _unmatched(row: layouts.FileRow, same_name: int) -> str:
    """Why a row without a known UserId or 工号 matched nobody by its name."""
    if same_name:
        return _("有{count}名员工同名“{name}”，请在文件中填写工号").format(
            count=same_name, name=row.name
        )
    if not row.name:
        return _("没有姓名，UserId {user_id}也不是员工的工号；请在文件中填写工号或姓名").format(
            user_id=row.user_id
        )
    return _("员工名册中没有“{name}”（UserId {user_id}），请先添加该员工或在文件中填写工号").format(
        name=row.name, user_id=row.user_id or _("无")
    )
