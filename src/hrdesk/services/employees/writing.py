"""Records checked against the whole roster (loaded once per user action) and written with
their audit trail: one employee from the form, many from an import."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from hrdesk.domain.deductions import MONTHLY_KINDS, DeductionKind
from hrdesk.domain.employees import EmployeeRecord, EmployeeStatus, FieldProblem, employee_problems
from hrdesk.domain.identifiers import card_digits, mask_bank_card, parse_resident_id
from hrdesk.domain.money import round_fen
from hrdesk.services import audit, departments
from hrdesk.services.actor import Actor
from hrdesk.services.database import field_cipher
from hrdesk.services.employees.fields import ENTITY, LABELS, RATE_FIELDS, declared_deductions
from hrdesk.services.employees.identifiers import bank_card_of, id_number_of, parse_id_or_blank
from hrdesk.services.integrity import reseal_after_card_change
from hrdesk.services.tax_year import declarations
from hrdesk.storage.bulk import insert_keyed, insert_rows
from hrdesk.storage.crypto import bank_card_context, id_number_context
from hrdesk.storage.models import DeclaredDeduction, Employee

# New rows are built and inserted a thousand employees at a time: the rows of a large
# roster (and their deductions) are never all alive at once.
_BATCH = 1000


class Roster:
    """What checking and writing employees needs, loaded once per user action."""

    def __init__(self, session: Session, today: date):
        self.session = session
        self.today = today
        self.cipher = field_cipher(session)
        self.department_ids = {path: i for i, path in departments.paths(session).items()}
        self.department_paths = {i: path for path, i in self.department_ids.items()}
        employees = session.scalars(select(Employee)).all()
        self.by_no = {e.employee_no: e for e in employees}
        self.no_by_id = {e.id: e.employee_no for e in employees}
        self.owner_of_id_number = {id_number_of(self.cipher, e): e.employee_no for e in employees}

    def record_of(
        self,
        employee: Employee,
        deductions: dict[DeductionKind, Decimal],
        masked: bool,
        deductions_from: date | None = None,
    ) -> EmployeeRecord:
        id_number = employee.id_number_masked if masked else id_number_of(self.cipher, employee)
        bank_card = ""
        if employee.bank_card_cipher:
            bank_card = employee.bank_card_masked if masked else bank_card_of(self.cipher, employee)
        return EmployeeRecord(
            employee_no=employee.employee_no,
            name=employee.name,
            id_number=id_number,
            department=self.department_paths[employee.department_id],
            hire_date=employee.hire_date,
            work_start_date=employee.work_start_date,
            base_salary=employee.base_salary,
            position=employee.position or "",
            is_salesperson=employee.is_salesperson,
            status=EmployeeStatus(employee.status),
            phone=employee.phone or "",
            bank_card=bank_card,
            bank_name=employee.bank_name or "",
            social_city=employee.social_city or "",
            social_base=employee.social_base,
            housing_fund_base=employee.housing_fund_base,
            housing_fund_rate=employee.housing_fund_rate,
            position_allowance=employee.position_allowance,
            commission_rate=employee.commission_rate,
            collection_target=employee.collection_target,
            manager_no=self.no_by_id.get(employee.manager_id, "") if employee.manager_id else "",
            deductions=deductions,
            deductions_from=deductions_from if deductions else None,
            email=employee.email or "",
        )

    def unmask(self, record: EmployeeRecord, existing: Employee | None) -> EmployeeRecord:
        """A form that kept the masked numbers means "unchanged": put the real ones back."""
        if existing is None:
            return record
        if record.id_number == existing.id_number_masked:
            record = replace(record, id_number=id_number_of(self.cipher, existing))
        if existing.bank_card_cipher and record.bank_card == existing.bank_card_masked:
            record = replace(record, bank_card=bank_card_of(self.cipher, existing))
        return record

    def problems(
        self, record: EmployeeRecord, existing: Employee | None, also_new: set[str] = frozenset()
    ) -> list[FieldProblem]:
        """Field checks plus what only the whole roster can tell: duplicates and the manager."""
        problems = employee_problems(record)
        same_no = self.by_no.get(record.employee_no)
        if same_no is not None and same_no is not existing:
            problems.append(FieldProblem("工号", f"工号{record.employee_no}已被{same_no.name}使用"))
        owner = self.owner_of_id_number.get(parse_id_or_blank(record.id_number))
        if owner is not None and owner != (
            existing.employee_no if existing else record.employee_no
        ):
            problems.append(FieldProblem("身份证号", f"与工号{owner}的身份证号相同"))
        if (
            record.manager_no
            and record.manager_no not in self.by_no
            and record.manager_no not in also_new
        ):
            problems.append(FieldProblem("直属上级工号", f"没有工号为{record.manager_no}的员工"))
        return problems

    def snapshot(self, record: EmployeeRecord) -> dict[str, str]:
        """What the audit trail compares: every field as text, identifiers masked."""
        shown = {}
        for name in LABELS:
            value = getattr(record, name)
            if name == "id_number" and value:
                value = parse_resident_id(value).masked
            elif name == "bank_card" and value:
                value = mask_bank_card(value)
            elif isinstance(value, bool):
                value = "是" if value else "否"
            elif name in RATE_FIELDS and value is not None:
                value = f"{value * 100:f}".rstrip("0").rstrip(".") + "%"
            elif isinstance(value, Decimal):
                value = round_fen(value)
            shown[LABELS[name]] = "" if value is None else str(value)
        for kind in MONTHLY_KINDS:
            amount = record.deductions.get(kind)
            shown[kind.value] = str(round_fen(amount)) if amount else ""
        start = record.deductions_from if record.deductions else None
        shown["扣除起始月份"] = f"{start:%Y-%m}" if start else ""
        return shown

    def changes(self, before: EmployeeRecord, after: EmployeeRecord) -> list[tuple[str, str, str]]:
        """(label, old, new) for every field that differs; identifiers shown masked, and a
        correction hidden by the mask (a digit in the middle) still counts and says so."""
        old, new = self.snapshot(before), self.snapshot(after)
        found = [
            (label, old.get(label, ""), value)
            for label, value in new.items()
            if old.get(label, "") != value
        ]
        for name in ("id_number", "bank_card"):
            label = LABELS[name]
            same_mask = old[label] == new[label]
            if (
                same_mask
                and card_digits(getattr(before, name)).upper()
                != card_digits(getattr(after, name)).upper()
            ):
                found.append((label, old[label], f"{new[label]}（号码已更正）"))
        return found

    def write(self, actor: Actor, record: EmployeeRecord, existing: Employee | None) -> int:
        """Create or update one employee and record what changed; returns its id."""
        return self.write_many(actor, [(record, existing)])[record.employee_no]

    def write_many(
        self, actor: Actor, items: list[tuple[EmployeeRecord, Employee | None]]
    ) -> dict[str, int]:
        """Create or update employees, then link managers, deductions and the audit trail.

        New employees go in as one bulk insert, their identifiers encrypted in the same pass
        that builds their rows: an import of thousands must not pay the ORM's unit of work
        per row. Changed ones go through the ORM, field by field.
        Returns every written employee's id by 工号.
        """
        items = [(self._normalised(record), existing) for record, existing in items]
        new = [record for record, existing in items if existing is None]
        changed = [(record, existing) for record, existing in items if existing is not None]
        befores = [
            self.record_of(e, self._deductions_of(e), False, self._start_of(e)) for _r, e in changed
        ]
        old_cards = {}
        for (record, existing), before in zip(changed, befores, strict=True):
            old_cards[existing.id] = existing.bank_card_cipher
            for column, value in self._columns(record, existing, before).items():
                setattr(existing, column, value)
        added = {}
        for start in range(0, len(new), _BATCH):
            rows = [self._columns(record) for record in new[start : start + _BATCH]]
            added.update(insert_keyed(self.session, Employee.__table__, rows, "employee_no"))
        self.session.flush()
        self._reseal(
            actor, [e for _r, e in changed if e.bank_card_cipher != old_cards[e.id]], old_cards
        )
        ids = {e.employee_no: e.id for e in self.by_no.values()}
        ids.update((record.employee_no, added[record.employee_no]) for record in new)
        for record, _existing in items:
            self.no_by_id[ids[record.employee_no]] = record.employee_no
            self.owner_of_id_number[parse_resident_id(record.id_number).number] = record.employee_no
        self._link_managers(items, ids)
        for start in range(0, len(new), _BATCH):
            deductions = self._new_deductions(new[start : start + _BATCH], ids)
            insert_rows(self.session, DeclaredDeduction.__table__, deductions)
        audit.record_many(
            self.session,
            actor,
            [
                ("新增员工", ENTITY, ids[record.employee_no], "姓名", None, record.name)
                for record in new
            ],
        )
        self._record_changes(actor, changed, befores)
        self.session.flush()
        self.session.expire_all()  # the bulk statements bypassed the objects this session holds
        return {record.employee_no: ids[record.employee_no] for record, _existing in items}

    def _link_managers(self, items: list[tuple[EmployeeRecord, Employee | None]], ids) -> None:
        """Each written employee's 直属上级, by id, once every id is known."""
        links = [
            {"employee": ids[record.employee_no], "manager": ids.get(record.manager_no)}
            for record, existing in items
            if record.manager_no or existing is not None
        ]
        if links:  # Core, by id: the rows were just written by this import, versions and all
            table = Employee.__table__
            self.session.execute(
                update(table)
                .where(table.c.id == bindparam("employee"))
                .values(manager_id=bindparam("manager")),
                links,
            )

    def _new_deductions(self, new: list[EmployeeRecord], ids: dict[str, int]) -> list[dict]:
        """The declared deductions of new employees, from their 扣除起始月份."""
        deductions = []
        for record in new:
            start = self.deductions_start(record)
            deductions += [
                {
                    "employee_id": ids[record.employee_no],
                    "kind": kind.value,
                    "monthly_amount": amount,
                    "effective_from": start,
                    "effective_until": None,
                    "through_year": max(start.year, self.today.year),
                    "note": "",
                }
                for kind, amount in record.deductions.items()
                if amount
            ]
        return deductions

    def _record_changes(self, actor: Actor, changed: list, befores: list[EmployeeRecord]) -> None:
        """Updated employees: their deductions from the roster, every changed field audited."""
        for (record, existing), before in zip(changed, befores, strict=True):
            # No 扣除起始月份 given for an existing employee: the items keep their start.
            given = record.deductions_from
            declarations.apply_roster(
                self.session,
                existing.id,
                record.deductions,
                self.deductions_start(
                    replace(record, deductions_from=given or before.deductions_from)
                ),
                self.today,
                restart=given is not None and given != before.deductions_from,
            )
            for label, old_value, new_value in self.changes(before, record):
                audit.record(
                    self.session, actor, "修改", ENTITY, existing.id, label, old_value, new_value
                )

    @staticmethod
    def _normalised(record: EmployeeRecord) -> EmployeeRecord:
        """The record with its department path as stored (' 销售部 ／ 一部 ' → '销售部/一部')."""
        path = departments.normalise_path(record.department)
        return record if path == record.department else replace(record, department=path)

    def _reseal(self, actor: Actor, employees: list[Employee], old_cards: dict) -> None:
        """A new bank card (or 工号) through the app: approved payslips sealed again with it."""
        for employee in employees:
            count = reseal_after_card_change(
                self.session, self.cipher, employee.id, old_cards[employee.id]
            )
            if count:
                audit.record(
                    self.session,
                    actor,
                    "重新封存工资条",
                    ENTITY,
                    employee.id,
                    "银行卡号",
                    None,
                    count,
                )

    def _cipher_of(self, plain: str, context: str, kept: str | None, same: bool) -> str:
        """Encrypt, unless the value and its row are unchanged: then the stored form stays,
        so a payslip sealed with it still matches."""
        return kept if same and kept else self.cipher.encrypt(plain, context)

    def _columns(
        self,
        record: EmployeeRecord,
        existing: Employee | None = None,
        before: EmployeeRecord | None = None,
    ) -> dict:
        """The employees row for a record (manager linked afterwards, once every id is known)."""
        person = parse_resident_id(record.id_number)
        department_id = self.department_ids.get(record.department) or departments.ensure(
            self.session, record.department, self.department_ids
        )
        self.department_paths[department_id] = record.department
        bank_card = card_digits(record.bank_card)
        same_row = existing is not None and existing.employee_no == record.employee_no
        id_kept = existing.id_number_cipher if existing else None
        card_kept = existing.bank_card_cipher if existing else None
        return {
            "employee_no": record.employee_no,
            "name": record.name,
            "id_number_cipher": self._cipher_of(
                person.number,
                id_number_context(record.employee_no),
                id_kept,
                same_row and parse_id_or_blank(before.id_number) == person.number,
            ),
            "id_number_masked": person.masked,
            "gender": person.gender,
            "birth_date": person.birth_date,
            "department_id": department_id,
            "position": record.position or None,
            "is_salesperson": record.is_salesperson,
            "hire_date": record.hire_date,
            "work_start_date": record.work_start_date,
            "phone": record.phone or None,
            "status": record.status.value,
            "bank_card_cipher": self._cipher_of(
                bank_card,
                bank_card_context(record.employee_no),
                card_kept,
                same_row and card_digits(before.bank_card) == bank_card,
            )
            if bank_card
            else None,
            "bank_card_masked": mask_bank_card(bank_card) if bank_card else None,
            "bank_name": record.bank_name or None,
            "social_city": record.social_city or None,
            "social_base": record.social_base,
            "housing_fund_base": record.housing_fund_base,
            "housing_fund_rate": record.housing_fund_rate,
            "base_salary": record.base_salary,
            "position_allowance": record.position_allowance,
            "commission_rate": record.commission_rate,
            "collection_target": record.collection_target,
            "email": record.email.strip() or None,
        }

    def _deductions_of(self, employee: Employee) -> dict[DeductionKind, Decimal]:
        return declared_deductions(self.session, [employee.id], self.today)[employee.id]

    def _start_of(self, employee: Employee) -> date | None:
        return declarations.earliest_starts(self.session, [employee.id], self.today)[employee.id]

    def deductions_start(self, record: EmployeeRecord) -> date:
        """扣除起始月份 as given, else January of the payroll year or the hire month if later."""
        return self.start_of(record.deductions_from, record.hire_date)

    def start_of(self, given: date | None, hire_date: date) -> date:
        """deductions_start of a record with this 扣除起始月份 (None when left empty) and
        this hire date, before the record is made."""
        if given is not None:
            return given.replace(day=1)
        return declarations.default_start(hire_date, self.today)
