"""员工自助 by e-mail through a real local SMTP server (aiosmtpd): payslips of an approved month
reach each 邮箱 once, as PDFs that open only with the ID's last six; certificates numbered."""

import socket
from datetime import date
from decimal import Decimal
from email import message_from_bytes
from email.policy import default
from io import BytesIO

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from pypdf import PdfReader
from sqlalchemy import select

from hrdesk.domain.employees import EmployeeRecord
from hrdesk.domain.identifiers import resident_id_check_character
from hrdesk.domain.roles import Role
from hrdesk.services import employees, payroll, settings
from hrdesk.services.actor import Actor, PermissionDenied, command_line_actor
from hrdesk.services.people import certificates, mail
from hrdesk.storage.models import AuditEntry, Certificate, Employee, MailSent, Setting

ADMIN = command_line_actor()
CLERK = Actor("人事小王", Role.HR, 1)
FINANCE = Actor("财务小李", Role.FINANCE, 2)
D = Decimal
TODAY = date(2026, 11, 27)
PASSWORD = "s3cret-Pa55"


def _id(serial: int) -> str:
    first17 = f"32010219900101{serial:03d}"
    return first17 + resident_id_check_character(first17)


class Inbox:
    """What the SMTP server received, and the logins it accepted."""

    def __init__(self):
        self.envelopes = []
        self.logins = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 OK"

    def authenticate(self, server, session, envelope, mechanism, auth_data):
        self.logins.append((auth_data.login.decode(), auth_data.password.decode()))
        return AuthResult(success=auth_data.password.decode() == PASSWORD, handled=False)

    def messages(self):
        return [message_from_bytes(e.content, policy=default) for e in self.envelopes]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_server():
    inbox = Inbox()
    port = _free_port()
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=port,
        authenticator=inbox.authenticate,
        auth_require_tls=False,
    )
    controller.start()
    yield inbox, port
    controller.stop()


@pytest.fixture
def office(database, smtp_server):
    """Three employees (one without 邮箱), November approved, the office's SMTP server set."""
    _inbox, port = smtp_server
    with database.sessions.begin() as session:
        for serial, (no, name, email) in enumerate(
            [
                ("E01", "张三", "zhangsan@example.com"),
                ("E02", "李四", "lisi@example.com"),
                ("E03", "王五", ""),
            ]
        ):
            record = EmployeeRecord(
                no, name, _id(serial + 1), "销售部", date(2025, 3, 1), D(8000 + 1000 * serial),
                position="销售代表", email=email,
            )  # fmt: skip
            assert employees.save(session, CLERK, record, None, TODAY).errors == []
        settings.put(session, ADMIN, "company_name", "华东恒达贸易有限公司")
        for name, value in [("SMTP服务器", "127.0.0.1"), ("SMTP端口", str(port)), ("SMTP加密", "无"),
                            ("SMTP用户", "hr@example.com"), ("发件人", "hr@example.com")]:  # fmt: skip
            mail.set_setting(session, ADMIN, name, value)
        mail.set_setting(session, ADMIN, "SMTP密码", PASSWORD)
    for month in (date(2026, 10, 1), date(2026, 11, 1)):
        with database.sessions.begin() as session:
            payroll.run(session, CLERK, month)
            payroll.approve(session, FINANCE, month)
    return database


def send(database, folder, **options):
    with database.sessions() as session:
        return mail.send_payslips(session, CLERK, date(2026, 11, 1), folder, **options)


def test_payslips_arrive_locked_with_the_id_six_once_and_only_once(office, smtp_server, tmp_path):
    inbox, _port = smtp_server
    report = send(office, tmp_path)
    assert report.sent == ["E01", "E02"]
    assert report.failed == [("E03", "王五", "员工资料中没有邮箱")]
    assert inbox.logins == [("hr@example.com", PASSWORD)]  # the password came from the keyring
    by_address = {m["To"]: m for m in inbox.messages()}
    assert set(by_address) == {"zhangsan@example.com", "lisi@example.com"}
    message = by_address["zhangsan@example.com"]
    assert "2026年11月工资条" in message["Subject"]
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "工资条_2026-11_E01_张三.pdf"
    pdf = PdfReader(BytesIO(attachment.get_content()))
    assert pdf.is_encrypted
    assert not pdf.decrypt("000000")
    assert pdf.decrypt(_id(1)[-6:])
    assert "张三" in pdf.pages[0].extract_text()

    again = send(office, tmp_path)  # a second run sends nothing already sent
    assert again.sent == [] and again.already_sent == ["E01", "E02"]
    assert len(inbox.envelopes) == 2

    resent = send(office, tmp_path, employee_no="E02", resend=True)  # an explicit resend
    assert resent.sent == ["E02"] and len(inbox.envelopes) == 3


def test_an_employee_given_an_address_later_gets_only_theirs(office, smtp_server, tmp_path):
    inbox, _port = smtp_server
    send(office, tmp_path)
    with office.sessions.begin() as session:
        session.scalar(select(Employee).where(Employee.employee_no == "E03")).email = "ww@example.com"  # fmt: skip
    report = send(office, tmp_path)
    assert report.sent == ["E03"] and report.failed == []
    assert [m["To"] for m in inbox.messages()][-1] == "ww@example.com"


def test_a_month_not_approved_is_refused(office, tmp_path):
    with office.sessions.begin() as session:
        payroll.run(session, CLERK, date(2026, 12, 1))
    with office.sessions() as session, pytest.raises(ValueError, match="尚未审核"):
        mail.send_payslips(session, CLERK, date(2026, 12, 1), tmp_path)


def test_a_refused_login_is_listed_for_each_and_logged_as_failed(office, smtp_server, tmp_path):
    inbox, _port = smtp_server
    with office.sessions.begin() as session:
        mail.set_setting(session, ADMIN, "SMTP密码", "wrong")
    report = send(office, tmp_path)
    assert report.sent == [] and [f[0] for f in report.failed] == ["E01", "E02", "E03"]
    assert "SMTP 登录失败" in report.failed[0][2]
    assert inbox.envelopes == []
    with office.sessions() as session:
        assert [r.ok for r in session.scalars(select(MailSent))] == [False, False]
    with office.sessions.begin() as session:
        mail.set_setting(session, ADMIN, "SMTP密码", PASSWORD)
    assert send(office, tmp_path).sent == ["E01", "E02"]  # failures are not "sent": tried again


def test_the_smtp_password_is_kept_in_the_keyring_never_in_the_database(
    office, private_environment
):
    with office.sessions() as session:
        stored = " ".join(row.value for row in session.scalars(select(Setting)))
        trail = " ".join(
            f"{e.old_value} {e.new_value}" for e in session.scalars(select(AuditEntry))
        )
    assert PASSWORD not in stored and PASSWORD not in trail
    assert PASSWORD in private_environment.secrets.values()


def test_smtp_settings_are_checked(office):
    with office.sessions.begin() as session:
        with pytest.raises(ValueError, match="SMTP加密只能是"):
            mail.set_setting(session, ADMIN, "SMTP加密", "TLS")
        with pytest.raises(ValueError, match="SMTP端口"):
            mail.set_setting(session, ADMIN, "SMTP端口", "七")
        with pytest.raises(ValueError, match="只能包含英文字母"):
            mail.set_setting(session, ADMIN, "SMTP密码", "密码123")
        with pytest.raises(PermissionDenied):
            mail.set_setting(session, CLERK, "SMTP服务器", "smtp.example.com")


def test_income_certificate_averages_the_approved_months_and_numbers_never_repeat(office, tmp_path):
    with office.sessions.begin() as session:
        first = certificates.write(session, CLERK, "income", "E02", tmp_path / "a.pdf", TODAY)
        second = certificates.write(session, CLERK, "employment", "E02", tmp_path / "b.pdf", TODAY)
        grosses = certificates.approved_grosses(session, session.scalar(select(Employee.id).where(Employee.employee_no == "E02")))  # fmt: skip
    assert (first, second) == ("ZM-2026-0001", "ZM-2026-0002")
    assert [gross for _month, gross in grosses] == [D("9000.00"), D("9000.00")]
    text = PdfReader(tmp_path / "a.pdf").pages[0].extract_text()
    assert "收入证明" in text and "ZM-2026-0001" in text and "9,000.00" in text
    assert "玖仟元整" in text and _id(2) in text and "华东恒达贸易有限公司" in text
    assert "在职证明" in PdfReader(tmp_path / "b.pdf").pages[0].extract_text()
    with office.sessions() as session:
        log = certificates.issued(session, CLERK)
        assert [(r.number, r.kind, r.employee_no, r.issued_by) for r in log] == [
            ("ZM-2026-0002", "在职证明", "E02", "人事小王"),
            ("ZM-2026-0001", "收入证明", "E02", "人事小王"),
        ]
        assert session.scalar(select(Certificate.issued_on)) == TODAY


def test_certificates_need_the_right_to_see_full_id_numbers(office, tmp_path):
    with office.sessions.begin() as session, pytest.raises(PermissionDenied):
        certificates.write(session, FINANCE, "employment", "E01", tmp_path / "x.pdf", TODAY)


def test_a_certificate_on_request_is_mailed_locked(office, smtp_server):
    inbox, _port = smtp_server
    with office.sessions() as session:
        number = mail.send_certificate(session, CLERK, "income", "E01", TODAY)
    [message] = inbox.messages()
    assert number in message["Subject"] and message["To"] == "zhangsan@example.com"
    pdf = PdfReader(BytesIO(next(message.iter_attachments()).get_content()))
    assert pdf.is_encrypted and pdf.decrypt(_id(1)[-6:])
    assert number in pdf.pages[0].extract_text()


def test_no_income_certificate_from_a_gross_raised_in_sql(office, tmp_path):
    """A 收入证明 goes to a bank: an approved month whose payslip no longer matches its seal stops it."""
    from sqlalchemy import update

    from hrdesk.services.integrity import SealBroken
    from hrdesk.storage.models import Payslip

    with office.sessions.begin() as session:
        employee_id = session.scalar(select(Employee.id).where(Employee.employee_no == "E02"))
        session.execute(
            update(Payslip).where(Payslip.employee_id == employee_id).values(gross=D("59000"))
        )
    with pytest.raises(SealBroken, match="不予生成收入证明"), office.sessions.begin() as session:
        certificates.write(session, CLERK, "income", "E02", tmp_path / "c.pdf", TODAY)
    assert not (tmp_path / "c.pdf").exists()
