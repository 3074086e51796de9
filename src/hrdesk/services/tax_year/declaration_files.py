"""The `deductions` template's import and export: one declared item a row, keyed by
工号, 项目 and 起始月份, so a re-import updates rather than adds."""

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.deductions import (
    Declaration,
    DeductionKind,
    declaration_problems,
    kind_named,
    schedule_problems,
)
from hrdesk.domain.deductions import label as kind_label
from hrdesk.messages import _
from hrdesk.services import audit
from hrdesk.services.actor import Actor
from hrdesk.services.tax_year.declarations import as_declaration, describe
from hrdesk.services.tax_year.declarations import rows as declaration_rows
from hrdesk.spreadsheets.errors import Problem
from hrdesk.storage.models import DeclaredDeduction, Employee


def export_rows(session: Session, actor: Actor) -> list[list]:
    """Every declared item in the template's layout."""
    return [
        [
            row.employee_no,
            row.kind_label,
            row.declaration.monthly_amount,
            f"{row.declaration.start:%Y-%m}",
            f"{row.declaration.end:%Y-%m}" if row.declaration.end else None,
            row.note or None,
        ]
        for row in declaration_rows(session, actor)
    ]


def _through_year(start: date, end: date | None, today: date) -> int:
    """An item is confirmed for the year it is declared in, or the year its end month falls in."""
    return end.year if end is not None else max(start.year, today.year)


def check_import(session: Session, result, today: date, progress) -> None:
    employees = dict(session.execute(select(Employee.employee_no, Employee.id)).all())
    stored = {
        (r.employee_id, r.kind, r.effective_from): r
        for r in session.scalars(select(DeclaredDeduction))
    }
    seen: dict[tuple, int] = {}
    planned: dict[int, list[tuple[int, tuple, Declaration]]] = {}
    for row in result.rows:
        values = row.values
        employee_id = employees.get(values["employee_no"])
        if employee_id is None:
            reason = _("没有工号为{employee_no}的员工，请先导入员工")
            reason = reason.format(employee_no=values["employee_no"])
            result.problems.append(Problem(row.row, "工号", reason))
            continue
        try:
            kind = kind_named(values["kind"])
        except ValueError as exc:
            result.problems.append(Problem(row.row, "项目", str(exc)))
            continue
        start, end = values["start"], values.get("end")
        key = (employee_id, kind.value, start)
        if key in seen:
            result.problems.append(
                Problem(
                    row.row,
                    "起始月份",
                    _(
                        "与第{row}行重复：同一员工同一项目同一起始月份请合并为一行"
                        "（如两个子女每月4000）"
                    ).format(row=seen[key]),
                )
            )
            continue
        seen[key] = row.row
        current = stored.get(key)
        through = _through_year(start, end, today)
        if current is not None:
            through = max(through, current.through_year)
        item = Declaration(kind, values["amount"], start, end, through)
        found = declaration_problems(item)
        for column, reason in found:
            result.problems.append(Problem(row.row, column, reason))
        if found:
            continue
        planned.setdefault(employee_id, []).append((row.row, key, item))
        note = values.get("note", "")
        if current is None:
            result.added += 1
        elif as_declaration(current) == item and current.note == note:
            result.unchanged += 1
            continue
        else:
            result.updated += 1
        result.writes.append((key, item, note))
    _check_together(session, result, planned, stored)


def _check_together(session: Session, result, planned, stored) -> None:
    """An employee's items from the file beside the stored ones it does not replace."""
    for employee_id, items in planned.items():
        replaced = {key for _row, key, _item in items}
        kept = [
            as_declaration(r)
            for key, r in stored.items()
            if key[0] == employee_id and key not in replaced
        ]
        together = [*kept, *(item for _row, _key, item in items)]
        for index, reason in schedule_problems(together):
            if index >= len(kept):
                result.problems.append(Problem(items[index - len(kept)][0], "项目", reason))


def write_import(session: Session, actor: Actor, result, today: date) -> None:
    stored = {
        (r.employee_id, r.kind, r.effective_from): r
        for r in session.scalars(select(DeclaredDeduction))
    }
    for key, item, note in result.writes:
        row = stored.get(key)
        before = describe(as_declaration(row)) if row is not None else None
        if row is None:
            row = DeclaredDeduction(employee_id=key[0], kind=key[1], effective_from=key[2])
            session.add(row)
        row.monthly_amount = item.monthly_amount
        row.effective_until = item.end
        row.through_year = item.through_year
        row.note = note
        audit.record(
            session,
            actor,
            "导入专项附加扣除",
            "employees",
            key[0],
            kind_label(DeductionKind(key[1])),
            before,
            describe(item),
        )
    session.flush()
