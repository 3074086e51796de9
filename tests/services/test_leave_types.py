"""The company's leave types (domain-cn.md §12): its province's days kept as a setting,
audited, and used by the ledger, the leave import and the leave report."""

import json
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from hrdesk.domain.leave import CompanyLeave, Pay, Per
from hrdesk.services import imports, leave
from hrdesk.services.actor import PermissionDenied
from hrdesk.services.calendar import work_calendar
from hrdesk.services.leave import leave_types
from hrdesk.services.reports.common import Period
from hrdesk.services.reports.leave import leave_summary
from hrdesk.storage.models import AuditEntry, LeaveEntry, Setting
from tests.services.sales_team import FINANCE
from tests.services.test_leave import ADMIN, TODAY, people  # noqa: F401  (a fixture)

D = Decimal
GUANGDONG = "广东省人口与计划生育条例"
# Monday 11 to Friday 22 May 2026: ten working days.
WEDDING = (date(2026, 5, 11), date(2026, 5, 22))


def _marriage_leave(session, employee_id, note=""):
    calendar = work_calendar(session, [2026])
    return leave.add_request(session, ADMIN, employee_id, "婚假", *WEDDING, calendar, None, note)


def test_the_provinces_days_are_stored_and_audited(database):
    with database.sessions.begin() as session:
        kind = leave_types.set_days(session, ADMIN, "婚假", 13, GUANGDONG)
    assert (kind.days, kind.source, kind.pay) == (13, GUANGDONG, Pay.FULL)
    with database.sessions() as session:
        stored = json.loads(session.get(Setting, "leave_types").value)
        trail = session.scalars(select(AuditEntry).where(AuditEntry.action == "修改假期类型")).all()
    assert stored == [
        {
            "name": "婚假",
            "days": 13,
            "source": GUANGDONG,
            "paid": True,
            "per": "每次",
            "active": True,
        }
    ]
    assert [(a.entity_id, a.old_value, a.new_value) for a in trail] == [
        ("婚假", "全额，每次3天（劳动部〔1959〕）", f"全额，每次13天（{GUANGDONG}）")
    ]


def test_under_the_law_is_refused_and_nothing_is_written(database):
    with (
        pytest.raises(ValueError, match=r"产假不能少于法定的98天"),
        database.sessions.begin() as session,
    ):
        leave_types.set_days(session, ADMIN, "产假", 90, "公司制度")
    with database.sessions() as session:
        assert session.get(Setting, "leave_types") is None
        assert {t.name: t.days for t in leave_types.company_types(session)}["产假"] == 98


def test_only_who_edits_leave_may_change_the_types(database):
    with database.sessions.begin() as session, pytest.raises(PermissionDenied):
        leave_types.set_days(session, FINANCE, "婚假", 13, GUANGDONG)


def test_a_request_beyond_the_national_days_within_the_provinces_is_accepted(database, people):  # noqa: F811
    with (
        database.sessions.begin() as session,
        pytest.raises(ValueError, match=r"婚假每次3天.*本次共10天超出"),
    ):
        _marriage_leave(session, people["E001"])
    with database.sessions.begin() as session:
        leave_types.set_days(session, ADMIN, "婚假", 13, GUANGDONG)
    with database.sessions.begin() as session:
        entry = _marriage_leave(session, people["E001"])
        assert entry.days == D(-10)
        assert [e.days for e in leave.entries(session, people["E001"], "婚假", 2026)] == [D(-10)]


def test_a_company_type_in_the_import_and_the_report(database, people, tmp_path):  # noqa: F811
    with database.sessions.begin() as session:
        leave_types.save_types(
            session,
            ADMIN,
            [CompanyLeave("育儿假", 10, f"{GUANGDONG}：每名子女每年", per=Per.YEAR)],
        )
    book = Workbook()
    book.active.append(["工号", "假期类型", "开始日期", "结束日期", "天数", "备注"])
    book.active.append(["E001", "育儿假", "2026-06-01", "2026-06-05", None, ""])
    book.active.append(["E001", "育儿假", "2026-07-06", "2026-07-17", None, ""])
    book.active.append(["E002", "育儿假", "2026-07-06", "2026-07-17", None, "两名子女"])
    path = tmp_path / "leave.xlsx"
    book.save(path)
    with database.sessions.begin() as session:
        refused = imports.import_file(session, ADMIN, "leave", path, TODAY)
    # 5 days in June and 10 in July are 15 in the year: beyond the 10 without a reason.
    assert [str(p) for p in refused.problems] == [
        f"第3行 天数: 育儿假每年10天（{GUANGDONG}：每名子女每年），本次共15天超出："
        "请在备注中写明依据（如难产、多胞胎、第二个子女）"
    ]
    book.active.delete_rows(3)
    book.save(path)
    with database.sessions.begin() as session:
        done = imports.import_file(session, ADMIN, "leave", path, TODAY)
        table = leave_summary(
            session, ADMIN, Period(date(2026, 1, 1), date(2026, 12, 1), date(2026, 12, 31))
        )
    assert done.added == 2
    column = table.headers.index("育儿假已休")
    assert {row[0]: row[column] for row in table.rows} == {"E001": D(5), "E002": D(10)}


def test_a_stopped_type_keeps_its_records_but_takes_no_more(database, people):  # noqa: F811
    with database.sessions.begin() as session:
        leave_types.set_days(session, ADMIN, "家事假", 3, "员工手册第8条", paid=False)
        calendar = work_calendar(session, [2026])
        leave.add_request(
            session, ADMIN, people["E001"], "家事假", date(2026, 6, 1), date(2026, 6, 2), calendar
        )
    with database.sessions.begin() as session:
        leave_types.save_types(
            session, ADMIN, [CompanyLeave("家事假", 3, "员工手册第8条", paid=False, active=False)]
        )
    with database.sessions.begin() as session:
        calendar = work_calendar(session, [2026])
        with pytest.raises(ValueError, match="没有“家事假”这种假期"):
            leave.add_request(
                session,
                ADMIN,
                people["E001"],
                "家事假",
                date(2026, 6, 8),
                date(2026, 6, 8),
                calendar,
            )
        assert session.scalars(
            select(LeaveEntry.days).where(LeaveEntry.leave == "家事假")
        ).all() == [D(-2)]
