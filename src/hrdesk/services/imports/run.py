"""The steps every import takes: find the header, map the columns, parse, check, commit."""

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from hrdesk.domain.roles import Permission
from hrdesk.messages import _
from hrdesk.services import audit, settings
from hrdesk.services.actor import Actor
from hrdesk.services.imports.base import ImportPlan, ProgressCallback, no_progress
from hrdesk.services.imports.kinds import EDIT_PERMISSION, checker, writer
from hrdesk.spreadsheets import cells
from hrdesk.spreadsheets.errors import Problem
from hrdesk.spreadsheets.headers import auto_mapping, duplicate_headers, find_header_row
from hrdesk.spreadsheets.reading import Sheet, read_sheets
from hrdesk.spreadsheets.tabular import parse_rows
from hrdesk.spreadsheets.templates import TEMPLATES, Template
from hrdesk.spreadsheets.writing import SheetData, write_workbook


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Thousands of rows make hundreds of thousands of short-lived objects, none of them in a
    cycle: meanwhile the cyclic collector would walk them, and every module's objects, again
    and again for nothing (a sixth of a 5,000-row roster's import). Reference counting frees
    them as before; the collector resumes afterwards if it was on."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def template(kind: str) -> Template:
    if kind not in TEMPLATES:
        raise ValueError(
            _("没有“{kind}”这种导入类型（可用：{kinds}）").format(
                kind=kind, kinds="、".join(TEMPLATES)
            )
        )
    return TEMPLATES[kind]


def template_in(session: Session, kind: str) -> Template:
    """The kind's template as this company uses it: 请假 offers the company's leave types."""
    spec = template(kind)
    if kind != "leave":
        return spec
    from hrdesk.services.leave.leave_types import company_leave_template

    return company_leave_template(session)


def may_import(actor: Actor, kind: str) -> bool:
    """Whether this user may import this kind (the screen greys out what it may not)."""
    return actor.may(Permission.IMPORT_EXPORT) and actor.may(EDIT_PERMISSION[kind])


def header_cells(sheet: Sheet, header_index: int) -> list[str]:
    """The header row's cells as the clerk reads them."""
    return row_texts(sheet, header_index)


def row_texts(sheet: Sheet, index: int) -> list[str]:
    """A row's cells as text, for previews: 1500 rather than 1500.0, half-width digits."""
    return [cells.text(cell) for cell in sheet.rows[index]]


def saved_mappings(session: Session, kind: str) -> dict[str, dict[str, str]]:
    """Saved column mappings for a kind: name → {the file's header: the template's header}."""
    return {
        name: m["aliases"]
        for name, m in settings.get(session, "import_mappings").items()
        if m["kind"] == kind
    }


def save_mapping(
    session: Session, actor: Actor, name: str, kind: str, aliases: dict[str, str]
) -> None:
    """Keep a column mapping by name: for those who may import that kind, like the import."""
    actor.require(Permission.IMPORT_EXPORT)
    template(kind)  # an unknown kind is refused here
    actor.require(EDIT_PERMISSION[kind])
    stored = dict(settings.get(session, "import_mappings"))
    stored[name] = {"kind": kind, "aliases": aliases}
    settings.put(session, actor, "import_mappings", stored)


def plan(
    session: Session,
    actor: Actor,
    kind: str,
    sheet: Sheet,
    today: date,
    *,
    header_index: int | None = None,
    aliases: dict[str, str] | None = None,
    mapping: dict[str, int] | None = None,
    progress: ProgressCallback | None = None,
    keep_sheet: bool = True,
) -> ImportPlan:
    """Parse and check a sheet; a plan with no problems can be committed. keep_sheet=False:
    the sheet's rows under the header are let go as they are parsed (emptied from it)."""
    actor.require(Permission.IMPORT_EXPORT)
    spec = template_in(session, kind)
    actor.require(EDIT_PERMISSION[kind])
    if header_index is None:
        header_index = find_header_row(sheet.rows, spec, aliases)
    if header_index is None:
        names = "、".join(c.header for c in spec.columns if c.required)
        empty = ImportPlan(kind, sheet.name, 0, [], {})
        empty.problems.append(
            Problem(
                None,
                None,
                _("找不到表头行：表格前{rows}行中没有“{names}”等列名").format(rows=30, names=names),
            )
        )
        return empty
    header = header_cells(sheet, header_index)
    if mapping is None:
        duplicates = duplicate_headers(header, header_index + 1, spec, aliases)
        if duplicates:
            refused = ImportPlan(kind, sheet.name, header_index + 1, header, {})
            refused.problems += duplicates
            return refused
        mapping = auto_mapping(header, spec, aliases)
    with _collector_paused():
        table = parse_rows(sheet.rows, header_index, mapping, spec, keep_rows=keep_sheet)
    result = ImportPlan(
        kind, sheet.name, table.header_row, header, mapping, table.rows, list(table.problems)
    )
    result.ignored = table.ignored
    result.warnings += table.warnings
    # Not held while checking: the command line's sheet is let go here (a caller that keeps
    # its own, as the wizard does, keeps it), and nothing left over from the check (a first
    # use of the credential store leaves frames in a reference cycle) holds it while writing.
    del sheet, table
    with _collector_paused():
        _check_parsed(session, result, today, progress or no_progress)
    order = {column.header: index for index, column in enumerate(spec.columns)}
    for found in (result.problems, result.warnings):
        found.sort(key=lambda p: (p.row or 0, order.get(p.column, len(order))))
    return result


def _check_parsed(
    session: Session, result: ImportPlan, today: date, progress: ProgressCallback
) -> None:
    """The kind's checks on the rows whose cells parsed, so one pass lists every problem of
    the file; none when the file as a whole was refused."""
    unparsed = {problem.row for problem in result.problems}
    if None in unparsed:
        return
    parsed = ImportPlan(
        result.kind,
        result.sheet,
        result.header_row,
        result.header,
        result.mapping,
        [row for row in result.rows if row.row not in unparsed],
    )
    checker(result.kind)(session, parsed, today, progress)
    result.problems += parsed.problems
    result.warnings += parsed.warnings
    result.added, result.updated, result.unchanged = parsed.added, parsed.updated, parsed.unchanged
    result.writes = parsed.writes
    result.notes = parsed.notes


@_collector_paused()
def commit(session: Session, actor: Actor, plan_: ImportPlan, today: date) -> str:
    """Write a checked plan inside the caller's transaction; refuses a plan with problems."""
    actor.require(Permission.IMPORT_EXPORT)
    actor.require(EDIT_PERMISSION[plan_.kind])
    if not plan_.ok:
        raise ValueError(_("导入数据有错误，未写入任何内容"))
    writer(plan_.kind)(session, actor, plan_, today)
    audit.record(
        session,
        actor,
        "导入",
        plan_.kind,
        None,
        "工作表",
        None,
        f"{plan_.sheet}：{plan_.summary()}",
    )
    return plan_.summary()


@_collector_paused()
def import_file(
    session: Session,
    actor: Actor,
    kind: str,
    path: Path,
    today: date,
    *,
    mapping_name: str | None = None,
    sheet_name: str | None = None,
    dry_run: bool = False,
) -> ImportPlan:
    """The command line's import: every step, committing only a plan without problems."""
    aliases = None
    if mapping_name is not None:
        known = saved_mappings(session, kind)
        if mapping_name not in known:
            raise ValueError(
                _("没有名为“{name}”的{kind}列映射").format(
                    name=mapping_name, kind=template(kind).title
                )
            )
        aliases = known[mapping_name]
    # The file's cells are let go as they are parsed: a large statement's grid is never held
    # beside its parsed lines, nor while checking and writing.
    sheet = _sheet(path, sheet_name)
    result = plan(session, actor, kind, sheet, today, aliases=aliases, keep_sheet=False)
    if result.ok and not dry_run:
        commit(session, actor, result, today)
    return result


def _sheet(path: Path, name: str | None) -> Sheet:
    """The named sheet of the file, else its first visible one."""
    sheets = read_sheets(path)
    if name is not None:
        sheets = [s for s in sheets if s.name == name]
        if not sheets:
            raise ValueError(_("文件中没有名为“{name}”的工作表").format(name=name))
    return sheets[0]


def write_problems(path: Path, plan_: ImportPlan) -> None:
    """The problem list as a spreadsheet the clerk can work through."""
    warning, error = _("提醒"), _("错误")
    rows = [
        [p.row, p.column, p.reason, warning if p in plan_.warnings else error]
        for p in [*plan_.problems, *plan_.warnings]
    ]
    header = [_("行号"), _("列名"), _("原因"), _("类别")]
    write_workbook(path, [SheetData(_("导入问题"), header, rows, {2: 70})])
