"""The demo company's people data: candidates at every stage, a recent hire with its first-month
checklist, last quarter's sales appraisals from collections, and 邮箱 on every employee."""

import random
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.dates import add_months
from hrdesk.domain.people import Stage
from hrdesk.services import departments
from hrdesk.services.actor import Actor
from hrdesk.services.people import appraisal, onboarding, recruitment
from hrdesk.services.people.recruitment import CandidateFields
from hrdesk.storage.models import Candidate, Employee

SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨"
GIVEN = ("子涵", "浩然", "雨桐", "思远", "欣怡", "梓萱", "宇航", "佳怡", "俊杰", "诗琪")
POSITIONS = (
    ("销售代表", "销售部"),
    ("会计", "财务部"),
    ("人事专员", "人事行政部"),
    ("仓管员", "仓储部"),
)
SOURCES = ("BOSS直聘", "前程无忧", "内推", "智联招聘", "校园招聘")
# (stage, days ago the CV came in)
PIPELINE = (
    (Stage.NEW, 2),
    (Stage.NEW, 5),
    (Stage.SCREENING, 8),
    (Stage.INTERVIEW, 12),
    (Stage.INTERVIEW, 15),
    (Stage.OFFERED, 20),
    (Stage.REJECTED, 40),
    (Stage.REJECTED, 220),
)


def build(session: Session, actor: Actor, today: date, seed: int) -> None:
    rng = random.Random(seed)
    staff = session.scalars(select(Employee).order_by(Employee.employee_no)).all()
    for person in staff:
        person.email = f"{person.employee_no.lower()}@demo.example.com"
    _candidates(session, actor, today, rng)
    _recent_hire(session, actor, staff, today)
    _appraisals(session, actor, today)


def _candidates(session: Session, actor: Actor, today: date, rng: random.Random) -> None:
    for stage, days in PIPELINE:
        position, department = rng.choice(POSITIONS)
        expected = Decimal(rng.randrange(50, 120) * 100)
        fields = CandidateFields(
            rng.choice(SURNAMES) + rng.choice(GIVEN),
            f"13{rng.randrange(10**9):09d}",
            position,
            department,
            rng.choice(SOURCES),
            stage,
            today + timedelta(days=rng.randint(1, 5)) if stage == Stage.INTERVIEW else None,
            expected,
            "一面通过，沟通表达好" if stage in (Stage.INTERVIEW, Stage.OFFERED) else "",
            expected if stage == Stage.OFFERED else None,
            today + timedelta(days=10) if stage == Stage.OFFERED else None,
        )
        candidate_id = recruitment.save(session, actor, fields, None, today - timedelta(days=days))
        session.get(Candidate, candidate_id).closed_on = (
            today - timedelta(days=days - 3) if stage == Stage.REJECTED else None
        )


def _recent_hire(session: Session, actor: Actor, staff: list[Employee], today: date) -> None:
    """The newest employee came through the pipeline: hired, with the first-month checklist."""
    newest = max(staff, key=lambda e: e.hire_date)
    row = Candidate(
        name=newest.name,
        phone=newest.phone or "13900000000",
        position=newest.position or "",
        department=departments.paths(session)[newest.department_id],
        source="内推",
        stage=Stage.OFFERED.value,
        note="",
        created_by=actor.name,
    )
    session.add(row)
    session.flush()
    onboarding.hire(session, actor, row.id, newest.id)


def _appraisals(session: Session, actor: Actor, today: date) -> None:
    """Last quarter's sales appraisals from collections, graded by achievement."""
    start = add_months(today.replace(month=3 * ((today.month - 1) // 3) + 1, day=1), -3)
    period = f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    appraisal.fill_from_collections(session, actor, period)
    for row in appraisal.appraisals(session, actor, period):
        rate = row.achieved or Decimal(0)
        grade = "A" if rate >= 100 else "B" if rate >= 80 else "C" if rate >= 50 else "D"
        plan = "参加销售技巧培训，每周与销售经理复盘客户跟进" if grade == "D" else ""
        appraisal.save(
            session,
            actor,
            row.employee_id,
            appraisal.AppraisalFields(
                period,
                row.fields.target,
                row.fields.actual,
                min(rate, Decimal(100)),
                grade,
                f"回款达成 {rate}%",
                plan,
                "销售经理",
            ),
        )
