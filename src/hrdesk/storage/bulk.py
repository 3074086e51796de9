"""Many new rows in one executemany (批量写入), each value bound as its column's type binds it.

SQLAlchemy's executemany builds every row's parameters anew (defaults, then each value's
processor, one call per value); for tens of thousands of bank lines that was most of an
import. Here each column's processor is looked up once and applied in one pass, once per
distinct value where equal values bind alike (dates, amounts). Only Python-side defaults
(a constant or a function of nothing, as `created_at`'s) are filled in: a column with any
other default must be given.
"""

from sqlalchemy import Date, Table, func, insert, select
from sqlalchemy.orm import Session


def _defaults(table: Table, given: set[str]) -> dict[str, object]:
    """Values for the columns left out that have a Python-side default, worked out once for
    the whole batch (one import is one moment)."""
    found = {}
    for column in table.columns:
        if column.name in given or column.primary_key:
            continue
        default = column.default
        if default is None:
            continue
        if default.is_scalar:
            found[column.name] = default.arg
        elif default.is_callable:
            found[column.name] = default.arg(None)  # SQLAlchemy's wrapper of a 0-arg function
        else:
            raise ValueError(f"{table.name}.{column.name}: 默认值须由调用方给出")
    return found


def _by_value(type_) -> bool:
    """Whether equal values of this type always bind alike (a date, an amount kept in fen),
    so that a column's repeated values are bound once. Not so for every type: two equal
    aware datetimes in different zones are written as different text."""
    return isinstance(type_, Date) or getattr(type_, "binds_by_value", False)


def _bound(values: list, process, by_value: bool) -> list:
    if not by_value:
        return [None if value is None else process(value) for value in values]
    known: dict[tuple, object] = {}
    bound = []
    for value in values:
        if value is None:
            bound.append(None)
            continue
        key = (value.__class__, value)
        if key not in known:
            known[key] = process(value)
        bound.append(known[key])
    return bound


def insert_rows(session: Session, table: Table, rows: list[dict], same: dict | None = None) -> None:
    """Insert rows (dicts with the same keys) in one executemany, inside the session's
    transaction, after what the session holds is flushed (as session.execute would);
    `same` gives values every row shares (who wrote them), bound once. Nothing is read back."""
    if not rows:
        return
    session.flush()
    connection = session.connection()
    dialect = connection.dialect
    names = list(rows[0])
    fixed = {**_defaults(table, {*names, *(same or {})}), **(same or {})}
    compiled = insert(table).compile(dialect=dialect, column_keys=[*names, *fixed])
    order = list(compiled.positiontup) if compiled.positional else [*names, *fixed]
    columns = []  # each column's values, bound, in the statement's order
    for name in order:
        process = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        if name in fixed:
            value = fixed[name]
            bound = process(value) if process and value is not None else value
            columns.append([bound] * len(rows))
            continue
        values = [row[name] for row in rows]
        if process is not None:
            values = _bound(values, process, _by_value(table.c[name].type))
        columns.append(values)
    parameters = list(zip(*columns, strict=True))
    if not compiled.positional:
        parameters = [dict(zip(order, values, strict=True)) for values in parameters]
    connection.exec_driver_sql(str(compiled), parameters)


def insert_keyed(
    session: Session, table: Table, rows: list[dict], key: str, same: dict | None = None
) -> dict:
    """insert_rows, then {row[key]: its new id}. The ids are read back by key rather than
    with RETURNING (whose many-row form costs SQLAlchemy quadratic time): the writer holds
    the transaction, so every new id is above the old maximum."""
    if not rows:
        return {}
    before = session.scalar(select(func.max(table.c.id))) or 0
    insert_rows(session, table, rows, same)
    query = select(table.c[key], table.c.id).where(table.c.id > before)
    return dict(session.execute(query).all())
