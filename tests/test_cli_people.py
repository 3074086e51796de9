"""People on the command line: payslips e-mailed through a local SMTP server once and only once
(exit 1 naming whoever was not reached), certificates numbered, candidates removed on time."""

import shutil
from datetime import date

import pytest
from sqlalchemy import select

from hrdesk.services import settings
from hrdesk.services.actor import command_line_actor
from hrdesk.services.database import open_workspace
from hrdesk.storage.models import Employee, PayrollMonth, Payslip
from tests.services.test_people_mail import Controller, Inbox, _free_port
from tests.test_cli import hrdesk

ADMIN = command_line_actor()


@pytest.fixture(scope="module")
def company(tmp_path_factory):
    path = tmp_path_factory.mktemp("people") / "demo.db"
    made = hrdesk("demo-data", "--db", path, "--employees", "6", "--customers", "3", "--seed", "5")
    assert made.returncode == 0, made.stderr
    return path


@pytest.fixture
def office(company, tmp_path):
    """A small demo company: everyone paid has a 邮箱 but the first; SMTP at a local server."""
    path = tmp_path / "demo.db"
    shutil.copy(company, path)
    inbox, port = Inbox(), _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    database = open_workspace(path)
    with database.sessions.begin() as session:
        calculated = session.scalar(
            select(PayrollMonth.month).where(PayrollMonth.status == "已计算")
        )
        paid = session.scalars(
            select(Employee)
            .join(Payslip, Payslip.employee_id == Employee.id)
            .join(PayrollMonth, Payslip.month_id == PayrollMonth.id)
            .where(PayrollMonth.month == calculated)
            .order_by(Employee.employee_no)
        ).all()
        for person in paid[1:]:
            person.email = f"{person.employee_no.lower()}@example.com"
        paid[0].email = None
        without = paid[0].employee_no
        for key, value in [
            ("smtp_host", "127.0.0.1"),
            ("smtp_port", port),
            ("smtp_security", "无"),
            ("smtp_sender", "hr@example.com"),
        ]:
            settings.put(session, ADMIN, key, value)
    database.close()
    approved = hrdesk("--db", path, "payroll", "approve", f"{calculated:%Y-%m}")
    assert approved.returncode == 0, approved.stderr
    open_month = date(calculated.year + calculated.month // 12, calculated.month % 12 + 1, 1)
    assert hrdesk("--db", path, "payroll", "run", f"{open_month:%Y-%m}").returncode == 0
    yield path, inbox, calculated, without, open_month, len(paid)
    controller.stop()


def test_payslips_go_once_and_the_one_without_an_address_is_named(office, tmp_path):
    path, inbox, month, last, _open, count = office
    first = hrdesk("--db", path, "payslips", f"{month:%Y-%m}", tmp_path / "out", "--email")
    assert first.returncode == 1
    assert f"已发送 {count - 1} 封" in first.stderr and f"{last} " in first.stderr
    assert "没有邮箱" in first.stderr and "Traceback" not in first.stderr
    assert len(inbox.envelopes) == count - 1
    again = hrdesk("--db", path, "payslips", f"{month:%Y-%m}", tmp_path / "out", "--email")
    assert f"已发送 0 封，此前已发送而跳过 {count - 1} 封" in again.stderr
    assert len(inbox.envelopes) == count - 1


def test_a_month_not_approved_is_refused_unless_a_draft_is_asked_for(office, tmp_path):
    path, inbox, _month, _last, open_month, _count = office
    refused = hrdesk("--db", path, "payslips", f"{open_month:%Y-%m}", tmp_path / "o", "--email")
    assert refused.returncode == 1 and "尚未审核" in refused.stderr and inbox.envelopes == []
    plain = hrdesk("--db", path, "payslips", f"{open_month:%Y-%m}", tmp_path / "o")
    assert plain.returncode == 1 and "--draft" in plain.stderr
    draft = hrdesk("--db", path, "payslips", f"{open_month:%Y-%m}", tmp_path / "o", "--draft")
    assert draft.returncode == 0, draft.stderr
    from pypdf import PdfReader

    some = next((tmp_path / "o").iterdir())
    assert "草稿" in PdfReader(some).pages[0].extract_text()


def test_certificates_are_numbered_in_one_series(office, tmp_path):
    path, _inbox, _month, _last, _open, _count = office
    with open_workspace(path).sessions() as session:
        number = session.scalar(select(Employee.employee_no).order_by(Employee.employee_no))
    first = hrdesk("--db", path, "certificate", "income", number, tmp_path / "a.pdf")
    second = hrdesk("--db", path, "certificate", "employment", number, tmp_path / "b.pdf")
    assert first.returncode == 0, first.stderr
    assert "ZM-2026-0001" in first.stdout and "ZM-2026-0002" in second.stdout
    assert (tmp_path / "a.pdf").stat().st_size > 1000
    wrong = hrdesk("--db", path, "certificate", "salary", number, tmp_path / "c.pdf")
    assert wrong.returncode == 2


def test_candidates_purge_removes_the_one_kept_too_long_then_nobody(office):
    path = office[0]
    result = hrdesk("--db", path, "candidates", "purge")
    assert result.returncode == 0 and "已删除 1 名" in result.stdout  # the demo's, 217 days ago
    assert "已删除 0 名" in hrdesk("--db", path, "candidates", "purge").stdout


def test_a_certificate_printed_and_emailed_is_one_number(office, tmp_path):
    path, inbox, _month, _without, _open, _count = office
    with open_workspace(path).sessions() as session:
        number = session.scalar(
            select(Employee.employee_no)
            .where(Employee.email.is_not(None))
            .order_by(Employee.employee_no)
        )
    result = hrdesk(
        "--db", path, "certificate", "employment", number, tmp_path / "e.pdf", "--email"
    )
    assert result.returncode == 0, result.stderr
    assert "ZM-2026-0001" in result.stdout and "已发送" in result.stdout
    [message] = inbox.envelopes
    assert b"ZM-2026-0001" in message.content or "ZM-2026-0001" in str(
        inbox.messages()[0]["Subject"]
    )


def test_appraisals_from_collections_and_into_performance_pay(office):
    path, _inbox, _month, _without, open_month, _count = office
    filled = hrdesk("--db", path, "appraisal", "fill", "2026-Q3")
    assert filled.returncode == 0 and "2026-Q3" in filled.stdout
    off = hrdesk("--db", path, "appraisal", "pay", "2026-Q3", f"{open_month:%Y-%m}")
    assert off.returncode == 1 and "未启用" in off.stderr  # the company has not set a rule
