"""Imports (导入): a spreadsheet becomes a checked plan, then is written all at once or not at all.

The same steps serve the command line and the import wizard: read the file, find the header,
map the columns (by name, or by a saved mapping), parse and check every row, show the
problems by row and column, and only then commit in the caller's transaction.
"""

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.contracts import ContractKind, ContractTerms
from hrdesk.domain.deductions import MONTHLY_KINDS
from hrdesk.domain.employees import EmployeeRecord, EmployeeStatus
from hrdesk.domain.identifiers import parse_credit_code
from hrdesk.domain.receivables import ZERO, line_fingerprint, receipt_key
from hrdesk.domain.roles import Permission
from hrdesk.domain.social_insurance import InsuranceItem, ItemPolicy, Rounding
from hrdesk.services import audit, contracts, losses, payroll, policies, receivables, settings
from hrdesk.services.actor import Actor
from hrdesk.services.employees import Roster, declared_deductions, parse_id_or_blank
from hrdesk.services.people import sheets as people_sheets
from hrdesk.services.tax_year import declaration_files, declarations, opening
from hrdesk.spreadsheets import cells
from hrdesk.spreadsheets.reading import Sheet, SpreadsheetError, read_sheets
from hrdesk.spreadsheets.tabular import (
    MONEY_IN,
    ParsedRow,
    Problem,
    auto_mapping,
    duplicate_headers,
    find_header_row,
    parse_rows,
)
from hrdesk.spreadsheets.templates import TEMPLATES, Template
from hrdesk.spreadsheets.writing import SheetData, write_workbook
from hrdesk.storage.models import (
    Contract,
    Customer,
    Employee,
    Invoice,
    Loss,
    PayrollMonth,
)
from hrdesk.storage.payroll_lock import LOCKED_STATUSES

# What the import wizard uses of the spreadsheet floor, named here so it needs nothing below.
__all__ = [
    "ImportPlan",
    "Problem",
    "Sheet",
    "SpreadsheetError",
    "auto_mapping",
    "find_header_row",
    "read_sheets",
]

# Told (rows done, rows in all) now and then; it may raise to cancel, which writes nothing.
ProgressCallback = Callable[[int, int], None]
PROGRESS_EVERY = 200

_EMPLOYEE_DEFAULTS = {
    "position": "",
    "is_salesperson": False,
    "status": EmployeeStatus.EMPLOYED,
    "phone": "",
    "bank_card": "",
    "bank_name": "",
    "social_city": "",
    "social_base": None,
    "housing_fund_base": None,
    "housing_fund_rate": None,
    "position_allowance": Decimal(0),
    "commission_rate": None,
    "collection_target": None,
    "manager_no": "",
    "email": "",
    "work_start_date": None,
}


@dataclass
class ImportPlan:
    """What an import would do, worked out without writing anything."""

    kind: str
    sheet: str
    header_row: int  # Excel's row number
    header: list[str]  # the file's own header cells
    mapping: dict[str, int]  # template field → column index
    rows: list[ParsedRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    ignored: int = 0  # bank lines passed over: footer totals, outgoing payments
    notes: list[str] = field(default_factory=list)  # more for the one-line summary
    _writes: list = field(default_factory=list, repr=False)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        line = f"新增 {self.added} 行, 更新 {self.updated} 行, 跳过重复 {self.unchanged} 行"
        if self.ignored:
            line += f", 略过汇总或支出 {self.ignored} 行"
        return "；".join([line, *self.notes])


def template(kind: str) -> Template:
    if kind not in TEMPLATES:
        raise ValueError(f"没有“{kind}”这种导入类型（可用：{'、'.join(TEMPLATES)}）")
    return TEMPLATES[kind]


def may_import(actor: Actor, kind: str) -> bool:
    """Whether this user may import this kind (the screen greys out what it may not)."""
    return actor.may(Permission.IMPORT_EXPORT) and actor.may(_EDIT_PERMISSION[kind])


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
    actor.require(_EDIT_PERMISSION[kind])
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
) -> ImportPlan:
    """Parse and check a sheet; a plan with no problems can be committed."""
    actor.require(Permission.IMPORT_EXPORT)
    spec = template(kind)
    actor.require(_EDIT_PERMISSION[kind])
    if header_index is None:
        header_index = find_header_row(sheet.rows, spec, aliases)
    if header_index is None:
        names = "、".join(c.header for c in spec.columns if c.required)
        empty = ImportPlan(kind, sheet.name, 0, [], {})
        empty.problems.append(
            Problem(None, None, f"找不到表头行：表格前{30}行中没有“{names}”等列名")
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
    table = parse_rows(sheet.rows, header_index, mapping, spec)
    result = ImportPlan(
        kind, sheet.name, table.header_row, header, mapping, table.rows, list(table.problems)
    )
    result.ignored = table.ignored
    result.warnings += table.warnings
    # Rows whose cells parsed are checked too, so one pass lists every problem of the file.
    unparsed = {problem.row for problem in result.problems}
    if None not in unparsed:
        parsed = ImportPlan(
            kind,
            sheet.name,
            result.header_row,
            header,
            mapping,
            [row for row in result.rows if row.row not in unparsed],
        )
        _CHECKERS[kind](session, parsed, today, progress or _no_progress)
        result.problems += parsed.problems
        result.warnings += parsed.warnings
        result.added, result.updated, result.unchanged = (
            parsed.added,
            parsed.updated,
            parsed.unchanged,
        )
        result._writes = parsed._writes
        result.notes = parsed.notes
    order = {column.header: index for index, column in enumerate(spec.columns)}
    for found in (result.problems, result.warnings):
        found.sort(key=lambda p: (p.row or 0, order.get(p.column, len(order))))
    return result


def _no_progress(done: int, total: int) -> None:
    pass


def commit(session: Session, actor: Actor, plan_: ImportPlan, today: date) -> str:
    """Write a checked plan inside the caller's transaction; refuses a plan with problems."""
    actor.require(Permission.IMPORT_EXPORT)
    actor.require(_EDIT_PERMISSION[plan_.kind])
    if not plan_.ok:
        raise ValueError("导入数据有错误，未写入任何内容")
    _WRITERS[plan_.kind](session, actor, plan_, today)
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
            raise ValueError(f"没有名为“{mapping_name}”的{template(kind).title}列映射")
        aliases = known[mapping_name]
    sheets = read_sheets(path)
    if sheet_name is not None:
        sheets = [s for s in sheets if s.name == sheet_name]
        if not sheets:
            raise ValueError(f"文件中没有名为“{sheet_name}”的工作表")
    result = plan(session, actor, kind, sheets[0], today, aliases=aliases)
    if result.ok and not dry_run:
        commit(session, actor, result, today)
    return result


def _known_employee(result: ImportPlan, row: ParsedRow, employee_ids: dict[str, int]) -> int | None:
    """The id of the row's 工号, or None with the problem noted."""
    employee_id = employee_ids.get(row.values["employee_no"])
    if employee_id is None:
        result.problems.append(
            Problem(row.row, "工号", f"没有工号为{row.values['employee_no']}的员工，请先导入员工")
        )
    return employee_id


# -- employees ---------------------------------------------------------------


_DEDUCTION_FIELDS = {f"deduction:{kind.name}": kind for kind in MONTHLY_KINDS}


def _employee_record(values: dict, base: EmployeeRecord | None, mapped: set[str]) -> EmployeeRecord:
    """A mapped column always sets its field (blank clears it); an unmapped one keeps what was there."""
    fields = dict(_EMPLOYEE_DEFAULTS) if base is None else {}
    deductions = dict(base.deductions) if base else {}
    for name in mapped:
        kind = _DEDUCTION_FIELDS.get(name)
        if kind is not None:
            deductions[kind] = values.get(name, Decimal(0))
        elif name in values:
            fields[name] = EmployeeStatus(values[name]) if name == "status" else values[name]
        elif name == "status" and base is not None:
            continue  # a blank 状态 keeps the stored one: it must not bring back a 离职 employee
        else:
            fields[name] = _EMPLOYEE_DEFAULTS.get(name)
    fields["deductions"] = {k: v for k, v in deductions.items() if v}
    if base is not None:
        return replace(base, **fields)
    return EmployeeRecord(**fields)


def _check_employees(
    session: Session, result: ImportPlan, today: date, progress: ProgressCallback
) -> None:
    roster = Roster(session, today)
    existing_ids = [e.id for e in roster.by_no.values()]
    existing_deductions = declared_deductions(session, existing_ids, today)
    starts = declarations.earliest_starts(session, existing_ids, today)
    mapped = set(result.mapping)
    in_file = {row.values.get("employee_no") for row in result.rows}
    id_in_file: dict[str, tuple[int, str]] = {}
    for done, row in enumerate(result.rows):
        if done % PROGRESS_EVERY == 0:
            progress(done, len(result.rows))
        existing = roster.by_no.get(row.values["employee_no"])
        base = (
            roster.record_of(existing, existing_deductions[existing.id], False, starts[existing.id])
            if existing
            else None
        )
        record = _employee_record(row.values, base, mapped)
        # 扣除起始月份 left empty: January of the payroll year, or the hire month if later.
        start = roster.deductions_start(record) if record.deductions else None
        record = replace(record, deductions_from=start)
        for problem in roster.problems(record, existing, also_new=in_file):
            target = result.warnings if problem.warning else result.problems
            target.append(Problem(row.row, problem.field, problem.reason))
        number = parse_id_or_blank(record.id_number)
        if number and number in id_in_file and id_in_file[number][1] != record.employee_no:
            result.problems.append(
                Problem(row.row, "身份证号", f"与第{id_in_file[number][0]}行的身份证号相同")
            )
        id_in_file.setdefault(number, (row.row, record.employee_no))
        if base is None:
            result.added += 1
        elif roster.changes(base, record):
            result.updated += 1
        else:
            result.unchanged += 1
            continue
        result._writes.append(record)


def _write_employees(session: Session, actor: Actor, result: ImportPlan, today: date) -> None:
    roster = Roster(session, today)
    roster.write_many(
        actor, [(record, roster.by_no.get(record.employee_no)) for record in result._writes]
    )


# -- contracts ---------------------------------------------------------------


def _check_contracts(
    session: Session, result: ImportPlan, today: date, progress: ProgressCallback
) -> None:
    employee_ids = dict(session.execute(select(Employee.employee_no, Employee.id)).all())
    existing = {c.number: c for c in session.scalars(select(Contract))}
    for done, row in enumerate(result.rows):
        if done % PROGRESS_EVERY == 0:
            progress(done, len(result.rows))
        values = row.values
        employee_id = _known_employee(result, row, employee_ids)
        if employee_id is None:
            continue
        terms = ContractTerms(
            values["number"],
            ContractKind(values["kind"]),
            values["start_date"],
            values.get("end_date"),
            values.get("probation_end"),
            values.get("probation_wage"),
            values["contract_wage"],
            values["signed_on"],
        )
        for column, reason in contracts.contract_problems(terms):
            result.problems.append(Problem(row.row, column, reason))
        current = existing.get(terms.number)
        if current is None:
            result.added += 1
        elif current.employee_id != employee_id:
            result.problems.append(
                Problem(row.row, "合同编号", f"合同编号{terms.number}已属于另一名员工")
            )
            continue
        elif contracts.stored_terms(current) == terms:
            result.unchanged += 1
            continue
        else:
            result.updated += 1
        result._writes.append((employee_id, terms, current.id if current else None))


def _write_contracts(session: Session, actor: Actor, result: ImportPlan, today: date) -> None:
    for employee_id, terms, contract_id in result._writes:
        problems = contracts.save_contract(session, actor, employee_id, terms, contract_id)
        if problems:  # checked in the plan; a clash here means the data changed meanwhile
            raise ValueError("；".join(f"{column}: {reason}" for column, reason in problems))


# -- policies ----------------------------------------------------------------


def _check_policies(
    session: Session, result: ImportPlan, today: date, progress: ProgressCallback
) -> None:
    minimum_wages: dict[tuple[str, date], tuple[int, Decimal]] = {}
    for row in result.rows:
        values = row.values
        policy = ItemPolicy(
            values["city"],
            InsuranceItem(values["item"]),
            values["effective_from"],
            values["personal_rate"],
            values["employer_rate"],
            values["base_floor"],
            values["base_cap"],
            values.get("personal_fixed", Decimal(0)),
            Rounding(values.get("rounding", Rounding.FEN.value)),
            values.get("source", ""),
        )
        if policy.base_floor <= 0:
            result.problems.append(Problem(row.row, "基数下限", "必须大于0"))
        if policy.base_cap < policy.base_floor:
            result.problems.append(Problem(row.row, "基数上限", "不能低于基数下限"))
        for column, reason in payroll.housing_fund_rate_warnings(policy):
            result.warnings.append(Problem(row.row, column, reason))
        wage = values.get("minimum_wage")
        if wage is not None:
            seen = minimum_wages.setdefault((policy.city, policy.effective_from), (row.row, wage))
            if seen[1] != wage:
                result.problems.append(
                    Problem(row.row, "最低工资标准", f"与第{seen[0]}行同城市同日期的标准不同")
                )
        change = policies.PolicyChange(policy, wage, bool(values.get("minimum_wage_net", False)))
        effect = policies.compare(session, change)
        if effect == "相同":
            result.unchanged += 1
            continue
        if effect == "新增":
            result.added += 1
        else:
            result.updated += 1
        result._writes.append(change)


def _write_policies(session: Session, actor: Actor, result: ImportPlan, today: date) -> None:
    policies.save(session, actor, result._writes)


# -- payroll inputs ----------------------------------------------------------


def _check_payroll_inputs(
    session: Session, result: ImportPlan, today: date, progress: ProgressCallback
) -> None:
    employee_ids = dict(session.execute(select(Employee.employee_no, Employee.id)).all())
    locked = set(
        session.scalars(select(PayrollMonth.month).where(PayrollMonth.status.in_(LOCKED_STATUSES)))
    )
    for row in result.rows:
        values = row.values
        employee_id = _known_employee(result, row, employee_ids)
        if employee_id is None:
            continue
        if values["month"] in locked:
            result.problems.append(
                Problem(row.row, "月份", f"{values['month']:%Y-%m} 工资已审核锁定，不能再录入")
            )
            continue
        amounts = {name: values.get(name, Decimal(0)) for name in payroll.INPUT_FIELDS}
        if "bonus_merged" in result.mapping:
            amounts["bonus_merged"] = bool(values.get("bonus_merged", False))
        current = payroll.input_of(session, values["month"], employee_id)
        if current is None:
            result.added += 1
        elif all(getattr(current, name) == value for name, value in amounts.items()):
            result.unchanged += 1
            continue
        else:
            result.updated += 1
        result._writes.append((values["month"], employee_id, amounts))


def _write_payroll_inputs(session: Session, actor: Actor, result: ImportPlan, today: date) -> None:
    for month, employee_id, amounts in result._writes:
        payroll.save_inputs(session, actor, month, employee_id, amounts)


# -- losses ------------------------------------------------------------------


def _check_losses(
    session: Session, result: ImportPlan, today: date, progress: ProgressCallback
) -> None:
    employee_ids = dict(session.execute(select(Employee.employee_no, Employee.id)).all())
    known = {
        (loss.employee_id, loss.occurred_on, loss.reason) for loss in session.scalars(select(Loss))
    }
    for row in result.rows:
        values = row.values
        employee_id = _known_employee(result, row, employee_ids)
        if employee_id is None:
            continue
        if values["amount"] <= 0:
            result.problems.append(Problem(row.row, "金额", "必须大于0"))
            continue
        if (employee_id, values["occurred_on"], values["reason"]) in known:
            result.unchanged += 1  # a loss, once recorded, is changed only by its instalments
            continue
        result.added += 1
        result._writes.append((employee_id, values))


def _write_losses(session: Session, actor: Actor, result: ImportPlan, today: date) -> None:
    for employee_id, values in result._writes:
        losses.add_loss(
            session,
            actor,
            employee_id,
            values["occurred_on"],
            values["amount"],
            values["reason"],
            values.get("evidence", ""),
        )


# -- customers -----------------------------------------------------------------


_CUSTOMER_FIELDS = ("name", "credit_code", "contact", "phone", "address", "credit_days")


def _check_customers(
    session: Session, result: ImportPlan, today: date, progress: ProgressCallback
) -> None:
    people = {e.employee_no: e for e in session.scalars(select(Employee))}
    existing = {c.code: c for c in session.scalars(select(Customer))}
    for row in result.rows:
        values = dict(row.values)
        salesperson = people.get(values["salesperson_no"])
        if salesperson is None:
            result.problems.append(
                Problem(row.row, "业务员工号", f"没有工号为{values['salesperson_no']}的员工")
            )
            continue
        if not salesperson.is_salesperson:
            result.warnings.append(
                Problem(row.row, "业务员工号", f"{salesperson.name}在员工资料中不是销售人员")
            )
        if values.get("credit_code"):
            try:
                values["credit_code"] = parse_credit_code(values["credit_code"])
            except ValueError as exc:
                result.problems.append(Problem(row.row, "统一社会信用代码", str(exc)))
        days = values.get("credit_days", Decimal(30))
        if days != days.to_integral_value() or days > 730:
            result.problems.append(Problem(row.row, "账期天数", "应为0到730之间的整数"))
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
                        f"业务员改为{salesperson.name}：以后的应收单归新业务员，已有的未收应收单仍归原业务员"
                        "（离职交接时可一并移交）",
                    )
                )
        result._writes.append((values["code"], fields))


def _write_customers(session: Session, actor: Actor, result: ImportPlan, today: date) -> None:
    existing = {c.code: c for c in session.scalars(select(Customer))}
    for code, fields in result._writes:
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


def _check_invoices(
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
        values = row.values
        customer = customers.get(values["customer_code"])
        if customer is None:
            result.problems.append(
                Problem(
                    row.row, "客户编码", f"没有编码为{values['customer_code']}的客户，请先导入客户"
                )
            )
            continue
        owner_id = customer.salesperson_id
        if values.get("salesperson_no"):
            owner_id = people.get(values["salesperson_no"])
            if owner_id is None:
                result.problems.append(
                    Problem(row.row, "业务员工号", f"没有工号为{values['salesperson_no']}的员工")
                )
                continue
        due_on = values.get("due_on") or values["issued_on"] + timedelta(days=customer.credit_days)
        if due_on < values["issued_on"]:
            result.problems.append(Problem(row.row, "到期日期", "早于开票日期"))
        if values["amount"] <= 0:
            result.problems.append(
                Problem(row.row, "金额", "必须大于0；退货或折让请在应收单上做红字冲减")
            )
            continue
        record = {
            "number": values["number"],
            "customer_id": customer.id,
            "owner_id": owner_id,
            "issued_on": values["issued_on"],
            "due_on": due_on,
            "amount": values["amount"],
            "note": values.get("note", ""),
        }
        current = existing.get(values["number"])
        if current is None:
            result.added += 1
            result._writes.append(record)
            continue
        # without a 到期日期 the stored one stands: the customer's credit days may have changed since
        stored_due = due_on if "due_on" in values else current.due_on
        if (current.customer_id, current.issued_on, current.due_on, current.amount) != (
            customer.id,
            values["issued_on"],
            stored_due,
            values["amount"],
        ):
            result.problems.append(
                Problem(
                    row.row,
                    "单号",
                    f"应收单{values['number']}已导入，客户、日期或金额与之前不同；"
                    "应收单不能修改，差额请做红字冲减",
                )
            )
            continue
        result.unchanged += 1


def _write_invoices(session: Session, actor: Actor, result: ImportPlan, today: date) -> None:
    receivables.add_invoices(session, actor, result._writes)
    customers = sorted({record["customer_id"] for record in result._writes})
    applied = receivables.apply_credits(session, actor, customers)
    if applied:
        result.notes.append(f"用客户的预收款冲抵 {applied} 笔")


# -- receipts ------------------------------------------------------------------


def _receipt_keys(rows: list[ParsedRow]) -> list[str]:
    """Each line's key: its 流水号, or its fingerprint counted within this file."""
    occurrences: dict[str, int] = {}
    keys = []
    for row in rows:
        values = row.values
        transaction_no = values.get("transaction_no", "")
        fingerprint = ""
        if not transaction_no and "received_on" in values:
            fingerprint = line_fingerprint(
                values["received_on"],
                values.get("amount", values.get("credit", ZERO)),
                values.get("payer", ""),
                values.get("memo", ""),
                values.get("balance"),
            )
            occurrences[fingerprint] = occurrences.get(fingerprint, 0) + 1
        keys.append(receipt_key(transaction_no, fingerprint, occurrences.get(fingerprint, 1)))
    return keys


def _check_receipts(
    session: Session, result: ImportPlan, today: date, progress: ProgressCallback
) -> None:
    index = receivables.PayerIndex(session)
    keys = _receipt_keys(result.rows)
    # Receipts already kept under these keys, wherever their dates fall: the key is unique.
    stored = receivables.receipts_by_key(session, keys)
    invoices = (
        dict(session.execute(select(Invoice.number, Invoice.customer_id)).all())
        if any(row.values.get("invoice_no") for row in result.rows)
        else {}
    )
    seen: dict[str, tuple[int, date, Decimal]] = {}
    unmatched = 0
    for done, (row, key) in enumerate(zip(result.rows, keys, strict=True)):
        if done % PROGRESS_EVERY == 0:
            progress(done, len(result.rows))
        values = row.values
        amount = values.get("amount", values.get("credit"))
        if amount is None or amount <= 0:
            result.problems.append(Problem(row.row, "金额", "收款金额必须大于0"))
            continue
        direction = values.get("direction", "").strip().casefold()
        if direction and direction not in MONEY_IN:
            result.problems.append(
                Problem(
                    row.row,
                    "借贷方向",
                    f"无法识别“{values['direction']}”（应为 借/贷 或 支出/收入）",
                )
            )
            continue
        line = (values["received_on"], amount)
        earlier = seen.get(key) or (stored.get(key) and (None, *stored[key]))
        if earlier is not None:
            if (earlier[1], earlier[2]) != line:
                where = f"第{earlier[0]}行" if earlier[0] else "已导入的收款"
                result.problems.append(
                    Problem(
                        row.row,
                        "流水号",
                        f"与{where}的流水号{key}相同，但日期或金额不同；请核对是否为同一笔",
                    )
                )
            else:
                result.unchanged += 1
            continue
        seen[key] = (row.row, *line)
        customer_id = None
        if values.get("customer_code"):
            customer_id = index.by_code.get(values["customer_code"])
            if customer_id is None:
                result.problems.append(
                    Problem(row.row, "客户编码", f"没有编码为{values['customer_code']}的客户")
                )
                continue
        else:
            customer_id = index.match(values.get("payer", ""))
            if customer_id is None:
                unmatched += 1
        invoice_no = values.get("invoice_no", "")
        if invoice_no and customer_id is not None and invoices.get(invoice_no) != customer_id:
            result.warnings.append(
                Problem(row.row, "核销单号", f"{invoice_no}不是该客户的应收单，将按到期日顺序核销")
            )
            invoice_no = ""
        result.added += 1
        result._writes.append(
            {
                "line_key": key,
                "received_on": values["received_on"],
                "transaction_no": values.get("transaction_no", ""),
                "payer_name": values.get("payer", ""),
                "amount": amount,
                "memo": values.get("memo", ""),
                "balance": values.get("balance"),
                "named_invoice_no": invoice_no,
                "customer_id": customer_id,
            }
        )
    if unmatched:
        result.notes.append(f"{unmatched} 笔付款方无法确定客户，已放入“未匹配收款”待处理")


def _write_receipts(session: Session, actor: Actor, result: ImportPlan, today: date) -> None:
    receivables.add_receipts(session, actor, result._writes)


# -- attendance and leave ------------------------------------------------------


def _check_attendance(
    session: Session, result: ImportPlan, today: date, progress: ProgressCallback
) -> None:
    """The template's rows only parse here; services.attendance checks them with the month."""


def _write_attendance(session: Session, actor: Actor, result: ImportPlan, today: date) -> None:
    raise ValueError("考勤请用“hrdesk import attendance FILE --month YYYY-MM”或考勤页面导入")


def _check_leave(
    session: Session, result: ImportPlan, today: date, progress: ProgressCallback
) -> None:
    from hrdesk.services.leave import imported

    imported.check(session, result, today)


def _write_leave(session: Session, actor: Actor, result: ImportPlan, today: date) -> None:
    from hrdesk.services.leave import imported

    imported.write(session, actor, result, today)


# Checking a plan decrypts and compares the records themselves: it needs the right to edit them.
_EDIT_PERMISSION = {
    "employees": Permission.EDIT_EMPLOYEES,
    "contracts": Permission.EDIT_CONTRACTS,
    "policies": Permission.MANAGE_SETTINGS,
    "payroll-inputs": Permission.RUN_PAYROLL,
    "losses": Permission.RUN_PAYROLL,
    "customers": Permission.EDIT_RECEIVABLES,
    "invoices": Permission.EDIT_RECEIVABLES,
    "receipts": Permission.EDIT_RECEIVABLES,
    "opening-balances": Permission.RUN_PAYROLL,
    "deductions": Permission.EDIT_EMPLOYEES,
    "candidates": Permission.EDIT_EMPLOYEES,
    "appraisals": Permission.EDIT_EMPLOYEES,
    "attendance": Permission.RUN_PAYROLL,
    "leave": Permission.EDIT_EMPLOYEES,
}
_CHECKERS = {
    "employees": _check_employees,
    "contracts": _check_contracts,
    "policies": _check_policies,
    "payroll-inputs": _check_payroll_inputs,
    "losses": _check_losses,
    "customers": _check_customers,
    "invoices": _check_invoices,
    "receipts": _check_receipts,
    "opening-balances": opening.check_import,
    "deductions": declaration_files.check_import,
    "candidates": people_sheets.check_candidates,
    "appraisals": people_sheets.check_appraisals,
    "attendance": _check_attendance,
    "leave": _check_leave,
}
_WRITERS = {
    "employees": _write_employees,
    "contracts": _write_contracts,
    "policies": _write_policies,
    "payroll-inputs": _write_payroll_inputs,
    "losses": _write_losses,
    "customers": _write_customers,
    "invoices": _write_invoices,
    "receipts": _write_receipts,
    "opening-balances": opening.write_import,
    "deductions": declaration_files.write_import,
    "candidates": people_sheets.write_candidates,
    "appraisals": people_sheets.write_appraisals,
    "attendance": _write_attendance,
    "leave": _write_leave,
}


def write_problems(path: Path, plan_: ImportPlan) -> None:
    """The problem list as a spreadsheet the clerk can work through."""
    rows = [
        [p.row, p.column, p.reason, "提醒" if p in plan_.warnings else "错误"]
        for p in [*plan_.problems, *plan_.warnings]
    ]
    write_workbook(path, [SheetData("导入问题", ["行号", "列名", "原因", "类别"], rows, {2: 70})])
