"""Demo data (演示数据): a realistic, deterministic company of any size, for trying hrdesk."""

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session
from stdnum import luhn

from hrdesk.domain.dates import add_months
from hrdesk.domain.deductions import DeductionKind
from hrdesk.domain.employees import EmployeeRecord, EmployeeStatus
from hrdesk.domain.identifiers import credit_code_check_character, resident_id_check_character
from hrdesk.domain.work_calendar import OutsideCalendar
from hrdesk.services import audit, calendar, database, letters, payroll, policies
from hrdesk.services.actor import Actor
from hrdesk.services.attendance.demo import build_attendance
from hrdesk.services.auth import create_demo_administrator
from hrdesk.services.demo_contracts import demo_contracts
from hrdesk.services.demo_receivables import (
    DEMO_LETTERHEAD,
    build_letters,
    build_receivables,
    build_separation,
)
from hrdesk.services.employees import Roster
from hrdesk.services.example_policies import example_changes
from hrdesk.services.people import demo as people_demo
from hrdesk.storage.models import Customer, DeclaredDeduction, Employee

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶"
GIVEN_NAMES = (  # noqa: SIM905 (sixty names read better as text than as a list)
    "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 霞 平 刚 "
    "秀英 桂英 建国 志强 志鹏 晓红 玉兰 海燕 俊峰 雪梅 欣怡 浩然 子涵 "
    "宇轩 思远 佳琪 梓萱 一鸣 文博 雨桐 嘉怡 晨阳 天佑 诗涵 睿泽 建华 "
    "丽华 国庆 春梅 秋菊 红霞 志刚 海涛 晓东 永强 淑珍 秀珍 文静 思琪 "
    "雅婷 子豪 俊杰 梦瑶 "
).split()
# (administrative division code, city) — real codes, so ID numbers look like real ones.
REGIONS = [
    ("110105", "北京"),
    ("310115", "上海"),
    ("440305", "深圳"),
    ("440106", "广州"),
    ("330106", "杭州"),
    ("320102", "南京"),
    ("510107", "成都"),
    ("420106", "武汉"),
    ("370202", "青岛"),
    ("350203", "厦门"),
]
# (department, parent, share of staff, head's title, staff titles)
DEPARTMENTS = [
    ("总经理办公室", None, 0.05, "总经理", ["副总经理", "总经理助理"]),
    ("人事行政部", None, 0.08, "人事主管", ["人事专员", "行政专员"]),
    ("财务部", None, 0.10, "财务主管", ["会计", "出纳"]),
    ("销售部", None, 0.0, "", []),
    ("销售一部", "销售部", 0.27, "大客户经理", ["销售代表", "高级销售代表"]),
    ("销售二部", "销售部", 0.25, "区域经理", ["销售代表", "高级销售代表"]),
    ("仓储物流部", None, 0.25, "物流主管", ["仓管员", "司机"]),
]
HEAD_TITLES = {department[3] for department in DEPARTMENTS}
BRANDS = "华信恒达瑞丰鑫源宏图嘉禾盛泰永安金桥博远天成众诚创新卓越明辉安泰"
INDUSTRIES = ["贸易", "电子科技", "建材", "食品", "机械设备", "包装材料", "医疗器械", "家居用品"]
STREETS = ["人民路", "建设大道", "中山路", "解放路", "科技园路", "滨江大道", "和平街"]


@dataclass(frozen=True)
class DemoSize:
    employees: int = 80
    customers: int = 200
    invoices: int = 3000  # over three years
    seed: int = 2026
    payroll_months: int = 12  # months of payroll history before this one


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN_NAMES)


def _unused(draw: Callable[[], str], taken: set[str], beyond: Callable[[str], str]) -> str:
    """A drawn name nobody has yet (the clerk tells people and customers apart by name);
    beyond(the last draw) once the lists are nearly used up."""
    for _ in range(50):
        name = draw()
        if name not in taken:
            break
    else:
        name = beyond(name)
    taken.add(name)
    return name


def _staff_name(rng: random.Random, taken: set[str]) -> str:
    """Two 赵丽 on one aging chart would look like one salesperson under two numbers."""
    return _unused(lambda: _name(rng), taken, lambda name: name + rng.choice(GIVEN_NAMES)[-1])


def _company_name(rng: random.Random, city: str, taken: set[str]) -> str:
    return _unused(
        lambda: f"{city}{''.join(rng.sample(BRANDS, 2))}{rng.choice(INDUSTRIES)}有限公司",
        taken,
        lambda name: f"{name.removesuffix('有限公司')}{len(taken) + 1}号有限公司",
    )


def _resident_id(rng: random.Random, region: str, birth: date, male: bool) -> str:
    sequence = rng.randrange(0, 50) * 10 + rng.choice((1, 3, 5, 7, 9) if male else (0, 2, 4, 6, 8))
    first17 = f"{region}{birth:%Y%m%d}{sequence:03d}"
    return first17 + resident_id_check_character(first17)


def _organisation_code(rng: random.Random) -> str:
    """A GB 11714 organisation code: eight digits and their check character."""
    body = f"{rng.randrange(10**7, 10**8)}"
    remainder = (
        11 - sum(int(d) * w for d, w in zip(body, (3, 7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
    )
    return body + {10: "X", 11: "0"}.get(remainder, str(remainder))


def _credit_code(rng: random.Random, region: str) -> str:
    first17 = "91" + region + _organisation_code(rng)
    return first17 + credit_code_check_character(first17)


def _mobile(rng: random.Random) -> str:
    return f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}"


BANKS = [
    ("622202", "中国工商银行"),
    ("621700", "中国建设银行"),
    ("622848", "中国农业银行"),
    ("621661", "中国银行"),
    ("622588", "招商银行"),
]
SOCIAL_CITIES = ["上海", "上海", "上海", "北京", "深圳", "广州"]


def _bank_card(rng: random.Random) -> tuple[str, str]:
    prefix, bank = rng.choice(BANKS)
    body = prefix + f"{rng.randrange(10**12):012d}"
    return body + luhn.calc_check_digit(body), f"{bank}{rng.choice(STREETS)}支行"


def _people(rng: random.Random, size: DemoSize, today: date) -> list[EmployeeRecord]:
    staffed = [d for d in DEPARTMENTS if d[2] > 0]
    paths = {name: f"{parent}/{name}" if parent else name for name, parent, *_ in DEPARTMENTS}
    heads: dict[str, str] = {}
    used_ids: set[str] = set()
    taken_names: set[str] = set()
    records = []
    for index in range(size.employees):
        # Every department gets its head first, so managers exist before their staff.
        if index < len(staffed):
            name, _parent, _share, head_title, titles = staffed[index]
        else:
            name, _parent, _share, head_title, titles = rng.choices(
                staffed, [d[2] for d in staffed]
            )[0]
        id_number, birth = _identity(rng, used_ids)
        adult = add_months(birth, 12 * 18)
        hire = today - timedelta(days=rng.randint(10, max(11, min(365 * 12, (today - adult).days))))
        head = heads.get(name)
        status = EmployeeStatus.EMPLOYED
        if (today - hire).days < 90:
            status = EmployeeStatus.PROBATION
        elif head is not None and rng.random() < 0.05:
            status = EmployeeStatus.LEFT
        employee_no = f"E{index + 1:04d}"
        records.append(
            _record(
                rng,
                employee_no,
                id_number,
                paths[name],
                hire,
                head_title if head is None else None,
                titles,
                status,
                head,
                taken_names,
            )
        )
        heads.setdefault(name, employee_no)
    return records


def _identity(rng: random.Random, used_ids: set[str]) -> tuple[str, date]:
    """A new resident ID number (never one already given) and the birth date it carries."""
    male = rng.random() < 0.55
    birth = date(rng.randint(1970, 2003), rng.randint(1, 12), rng.randint(1, 28))
    id_number = _resident_id(rng, rng.choice(REGIONS)[0], birth, male)
    while id_number in used_ids:
        id_number = _resident_id(rng, rng.choice(REGIONS)[0], birth, male)
    used_ids.add(id_number)
    return id_number, birth


def _record(
    rng: random.Random,
    employee_no: str,
    id_number: str,
    department: str,
    hire: date,
    head_title: str | None,  # None: not the department's head
    titles: list[str],
    status: EmployeeStatus,
    head: str | None,
    taken_names: set[str],
) -> EmployeeRecord:
    """The rest of one employee's record: pay, bank card, contacts, declared deductions."""
    salary = Decimal(rng.randrange(45, 200) * 100)
    is_sales = department.split("/")[-1].startswith("销售")
    card, bank = _bank_card(rng)
    deductions = _declared(rng)
    return EmployeeRecord(
        employee_no=employee_no,
        name=_staff_name(rng, taken_names),
        id_number=id_number,
        department=department,
        hire_date=hire,
        base_salary=salary,
        position=head_title if head_title is not None else rng.choice(titles),
        is_salesperson=is_sales,
        status=status,
        phone=_mobile(rng),
        bank_card=card,
        bank_name=bank,
        social_city=rng.choice(SOCIAL_CITIES),
        social_base=salary,
        housing_fund_base=salary,
        housing_fund_rate=Decimal(rng.choice(("0.05", "0.07", "0.12"))),
        position_allowance=Decimal(rng.choice((0, 300, 500, 800))),
        commission_rate=Decimal(rng.choice(("0.02", "0.03", "0.05"))) if is_sales else None,
        collection_target=Decimal(rng.randrange(4, 16) * 10000) if is_sales else None,
        manager_no=head or "",
        deductions=deductions,
    )


def _declared(rng: random.Random) -> dict[DeductionKind, Decimal]:
    deductions = {}
    if rng.random() < 0.4:
        deductions[DeductionKind.CHILD_EDUCATION] = Decimal(rng.choice((1000, 2000, 4000)))
    if rng.random() < 0.3:
        deductions[DeductionKind.ELDERLY_CARE] = Decimal(rng.choice((1500, 3000)))
    if rng.random() < 0.3:
        deductions[DeductionKind.MORTGAGE_INTEREST] = Decimal(1000)
    elif rng.random() < 0.3:
        deductions[DeductionKind.HOUSING_RENT] = Decimal(1500)
    return deductions


def _enter_years_unknown_to_the_calendar(
    session: Session, actor: Actor, first: date, last: date
) -> None:
    """A demo made after chinese-calendar's last year enters that year's days as a clerk
    would (考勤 → 节假日安排): its statutory days, which the law fixes ahead; the make-up
    working days come with the State Council's notice, which the demo cannot know."""
    for year in range(first.year, last.year + 1):
        try:
            calendar.package_year(year)
        except OutsideCalendar:
            calendar.save_year(session, actor, year, calendar.statutory_only(year))


def build(session: Session, actor: Actor | None, size: DemoSize, today: date) -> None:
    """Fill an empty database with a demo company: its key kept in the file, and the
    published administrator demo (password demo)."""
    rng = random.Random(size.seed)
    database.mark_as_demo(session)
    administrator = create_demo_administrator(session)
    actor = actor or administrator
    letters.set_letterhead(session, actor, DEMO_LETTERHEAD)
    first_month = add_months(today.replace(day=1), -size.payroll_months - 1)
    _enter_years_unknown_to_the_calendar(session, actor, first_month, today + timedelta(days=31))
    policies.save(session, actor, example_changes())
    roster = Roster(session, today)
    roster.write_many(actor, [(record, None) for record in _people(rng, size, today)])
    employees = session.scalars(select(Employee).order_by(Employee.id)).all()
    session.add_all(demo_contracts(rng, employees, today))
    _realistic_starts(session, add_months(today.replace(day=1), -size.payroll_months), size.seed)

    salespeople = [e for e in employees if e.is_salesperson]
    if size.customers and not salespeople:
        raise ValueError("员工人数太少，没有销售人员可以负责客户")
    taken: set[str] = set()
    for index in range(size.customers):
        region, city = rng.choice(REGIONS)
        session.add(
            Customer(
                code=f"C{index + 1:05d}",
                name=_company_name(rng, city, taken),
                credit_code=_credit_code(rng, region),
                contact=_name(rng),
                phone=_mobile(rng),
                address=f"{city}市{rng.choice(STREETS)}{rng.randint(1, 999)}号",
                salesperson_id=rng.choice(salespeople).id,
                credit_days=rng.choice((30, 30, 45, 60, 90)),
            )
        )
    session.flush()
    build_receivables(session, rng, actor, size.invoices, today)
    build_letters(session, actor, today)
    build_separation(session, actor, today)
    _payroll_history(session, rng, actor, size.payroll_months, today)
    people_demo.build(session, actor, today, size.seed)
    if size.payroll_months:  # last month's attendance, imported as a clerk would
        build_attendance(session, actor, add_months(today.replace(day=1), -1), today, size.seed)
    audit.record(
        session,
        actor,
        "生成演示数据",
        "database",
        None,
        "size",
        None,
        f"员工{size.employees}人，客户{size.customers}家，应收单{size.invoices}张，种子{size.seed}",
    )


# How far back, in months, a declared item began before the employee's first month paid here:
# a child turned three (学前教育), a parent turned sixty, the first mortgage repayment, the lease.
STARTED_BEFORE = {
    DeductionKind.CHILD_EDUCATION: 15 * 12,
    DeductionKind.ELDERLY_CARE: 20 * 12,
    DeductionKind.MORTGAGE_INTEREST: 10 * 12,
    DeductionKind.HOUSING_RENT: 4 * 12,
}
DEDUCTIONS_BEGAN = date(2019, 1, 1)  # 国发〔2018〕41号: the first month any item could start


def _realistic_starts(session: Session, first_month: date, seed: int) -> None:
    """Each declared item starts in the month its reason began (never before January 2019, when
    the deductions began), no later than the employee's first month paid here, so every demo
    payslip shows its 累计专项附加扣除; the months are drawn from the seed."""
    rng = random.Random(f"deductions-{seed}")
    hired = dict(session.execute(select(Employee.id, Employee.hire_date)).all())
    items = session.scalars(
        select(DeclaredDeduction).order_by(DeclaredDeduction.employee_id, DeclaredDeduction.id)
    )
    for item in items:
        first_paid = max(first_month, hired[item.employee_id].replace(day=1))
        back = rng.randint(0, STARTED_BEFORE[DeductionKind(item.kind)])
        start = max(DEDUCTIONS_BEGAN, add_months(first_paid, -back))
        item.effective_from = start
        item.through_year = max(start.year, item.through_year)
    session.flush()


def _payroll_history(
    session: Session, rng: random.Random, actor: Actor, months: int, today: date
) -> None:
    """Past months run and approved with some overtime and performance pay; last month is
    calculated but left for the clerk to check and approve."""
    this_month = today.replace(day=1)
    staff = session.scalars(select(Employee)).all()
    for back in range(months, 0, -1):
        month = add_months(this_month, -back)
        for employee in staff:
            if employee.hire_date >= add_months(month, 1):
                continue
            values = {
                "performance_pay": Decimal(rng.randrange(8, 16) * 100),
                "workday_overtime_hours": Decimal(rng.choice((0, 0, 0, 4, 8))),
            }
            if month.month == 1 and rng.random() < 0.3:
                values["annual_bonus"] = Decimal(rng.choice((12000, 20000, 36000, 50000)))
            payroll.save_inputs(session, actor, month, employee.id, values)
        payroll.run(session, actor, month)
        if back > 1:
            payroll.approve(session, actor, month)
            payroll.mark_paid(session, actor, month)
