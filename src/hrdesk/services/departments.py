"""Departments (部门) as a tree, named by path: 销售部/销售一部."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.storage.models import Department

SEPARATOR = "/"


def paths(session: Session) -> dict[int, str]:
    """Every department's id → its full path."""
    rows = {d.id: (d.name, d.parent_id) for d in session.scalars(select(Department))}

    def path(department_id: int, depth: int = 0) -> str:
        name, parent = rows[department_id]
        if parent is None or depth > 20:  # depth guards against a cycle typed in by hand
            return name
        return path(parent, depth + 1) + SEPARATOR + name

    return {department_id: path(department_id) for department_id in rows}


def normalise_path(path: str) -> str:
    """' 销售部 ／ 销售一部 ' → '销售部/销售一部'."""
    parts = path.replace("／", SEPARATOR).split(SEPARATOR)
    return SEPARATOR.join(part.strip() for part in parts if part.strip())


def ensure(session: Session, path: str, known: dict[str, int] | None = None) -> int:
    """The id of the department at this path, creating any missing level."""
    known = known if known is not None else {p: i for i, p in paths(session).items()}
    parts = normalise_path(path).split(SEPARATOR)
    parent_id = None
    so_far = ""
    for part in parts:
        so_far = f"{so_far}{SEPARATOR}{part}" if so_far else part
        if so_far not in known:
            department = Department(name=part, parent_id=parent_id)
            session.add(department)
            session.flush()
            known[so_far] = department.id
        parent_id = known[so_far]
    return parent_id
