"""员工自助 by e-mail: an approved month's payslips, or a certificate, sent to each employee's 邮箱
through the office's SMTP server, every PDF locked with the ID number's last six characters.

A send log keeps what went: a second run sends only what has not gone yet, a resend is the
clerk's explicit choice, and each failure is listed by name. The SMTP password lives in the
OS keyring (never in the database, never shown).
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from email.message import EmailMessage
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.documents.payslips import file_name as payslip_file_name
from hrdesk.documents.payslips import write_payslip
from hrdesk.domain.people import id_password
from hrdesk.domain.roles import Permission
from hrdesk.services import audit, payroll
from hrdesk.services.actor import Actor
from hrdesk.services.people import certificates
from hrdesk.services.people.smtp import (  # noqa: F401  (the mail operations' public names)
    PASSWORD_NAME,
    SECURITY,
    SETTING_NAMES,
    Mailer,
    SmtpSettings,
    deliver,
    has_password,
    listing,
    open_mailer,
    set_password,
    set_setting,
    smtp_settings,
)
from hrdesk.storage.models import Employee, MailSent, PayrollMonth
from hrdesk.storage.payroll_lock import LOCKED_STATUSES

PAYSLIP = "工资条"


Progress = Callable[[int, int], None]


@dataclass
class SendReport:
    """What a run did: sent, passed over as already sent, and failed with the reason."""

    sent: list[str] = field(default_factory=list)  # 工号
    already_sent: list[str] = field(default_factory=list)
    failed: list[tuple[str, str, str]] = field(default_factory=list)  # (工号, 姓名, reason)

    def summary(self) -> str:
        line = f"已发送 {len(self.sent)} 封，此前已发送而跳过 {len(self.already_sent)} 封，失败 {len(self.failed)} 封"
        return "\n".join([line, *(f"{no} {name}：{reason}" for no, name, reason in self.failed)])


def _message(to: str, subject: str, text: str, attachment: bytes, file_name: str) -> EmailMessage:
    message = EmailMessage()
    message["To"] = to
    message["Subject"] = subject
    message.set_content(text)
    message.add_attachment(attachment, maintype="application", subtype="pdf", filename=file_name)
    return message


def _payslip_message(address: str, data, path: Path) -> EmailMessage:
    return _message(
        address,
        f"{data.company} {data.month}工资条",
        f"{data.name}：\n\n附件是您{data.month}的工资条。PDF 已加密，打开密码为您身份证号的后六位"
        "（末位为X的请输入大写X）。\n如有疑问，请于收到后七日内向人事部门提出。\n\n"
        "此邮件由系统发送，请勿直接回复。",
        path.read_bytes(),
        path.name,
    )


def _log(
    session: Session,
    actor: Actor,
    kind: str,
    employee_id: int,
    address: str,
    error: str,
    month=None,
    reference="",
) -> None:
    session.add(
        MailSent(
            kind=kind,
            employee_id=employee_id,
            month=month,
            reference=reference,
            address=address,
            ok=not error,
            error=error,
            sent_by=actor.name,
        )
    )
    session.commit()  # kept at once: a crash later in the run must not send this one again


def _sent_before(session: Session, kind: str, month: date) -> set[int]:
    return set(
        session.scalars(
            select(MailSent.employee_id).where(
                MailSent.kind == kind, MailSent.month == month, MailSent.ok
            )
        )
    )


def month_approved(session: Session, month: date) -> bool:
    status = session.scalar(select(PayrollMonth.status).where(PayrollMonth.month == month))
    return status in LOCKED_STATUSES


def send_payslips(
    session: Session,
    actor: Actor,
    month: date,
    folder: Path,
    employee_no: str | None = None,
    resend: bool = False,
    progress: Progress | None = None,
    mailer: Mailer | None = None,
) -> SendReport:
    """E-mail an approved month's payslips, each PDF (also kept in folder) locked with the ID's
    last six. Commits after every message: call it outside a begin() block."""
    actor.require(Permission.VIEW_PAYROLL)
    if not month_approved(session, month):
        raise ValueError(f"{month:%Y-%m} 工资尚未审核，不能发送工资条")
    documents = payroll.payslip_documents(session, actor, month, employee_no)
    emails = dict(session.execute(select(Employee.employee_no, Employee.email)).all())
    ids = dict(session.execute(select(Employee.employee_no, Employee.id)).all())
    done = set() if resend else _sent_before(session, PAYSLIP, month)
    mailer = mailer or open_mailer(session)
    report = SendReport()
    try:
        for index, (data, last_six) in enumerate(documents):
            if progress is not None:
                progress(index, len(documents))
            employee_id = ids[data.employee_no]
            if employee_id in done:
                report.already_sent.append(data.employee_no)
                continue
            address = (emails.get(data.employee_no) or "").strip()
            if not address:
                report.failed.append((data.employee_no, data.name, "员工资料中没有邮箱"))
                continue
            path = folder / payslip_file_name(data, f"{month:%Y-%m}")
            write_payslip(path, data, id_password(last_six))
            error = deliver(mailer, _payslip_message(address, data, path))
            _log(session, actor, PAYSLIP, employee_id, address, error, month=month)
            if error:
                report.failed.append((data.employee_no, data.name, error))
            else:
                report.sent.append(data.employee_no)
    finally:
        mailer.close()
    audit.record(
        session,
        actor,
        "发送工资条邮件",
        payroll.ENTITY,
        f"{month:%Y-%m}",
        "发送",
        None,
        f"成功{len(report.sent)} 失败{len(report.failed)}",
    )
    session.commit()
    return report


def send_certificate(
    session: Session,
    actor: Actor,
    kind: str,
    employee_no: str,
    today: date,
    mailer: Mailer | None = None,
) -> str:
    """Issue a 收入证明/在职证明 and e-mail it, locked with the ID's last six; its number.
    Each request is a new certificate with its own number: nothing here is sent twice."""
    address = session.scalar(select(Employee.email).where(Employee.employee_no == employee_no))
    if not (address or "").strip():
        raise ValueError(f"工号{employee_no}的员工资料中没有邮箱")
    issued = certificates.issue(session, actor, kind, employee_no, today)
    send_issued(session, actor, issued, mailer)
    return issued.number


def send_issued(
    session: Session, actor: Actor, issued: certificates.Issued, mailer: Mailer | None = None
) -> None:
    """E-mail a certificate just issued (the same number as the copy printed), logged."""
    employee = session.get(Employee, issued.employee_id)
    address = (employee.email or "").strip()
    if not address:
        raise ValueError(f"{employee.name}的员工资料中没有邮箱")
    kind_name = issued.data.kind
    message = _message(
        address,
        f"{issued.data.letterhead.company} {kind_name}（{issued.number}）",
        f"{employee.name}：\n\n附件是您申请的{kind_name}，编号 {issued.number}。"
        "PDF 已加密，打开密码为您身份证号的后六位。\n\n此邮件由系统发送，请勿直接回复。",
        issued.pdf(id_password(issued.id_number)),
        f"{kind_name}_{issued.number}_{employee.name}.pdf",
    )
    mailer = mailer or open_mailer(session)
    try:
        error = deliver(mailer, message)
    finally:
        mailer.close()
    _log(session, actor, kind_name, employee.id, address, error, reference=issued.number)
    if error:
        raise ValueError(f"{kind_name} {issued.number} 已开具但未能发送：{error}")


@dataclass(frozen=True)
class SentRow:
    kind: str
    employee_no: str
    name: str
    month: date | None
    reference: str
    address: str
    ok: bool
    error: str
    sent_at: object
    sent_by: str


def sent_log(session: Session, actor: Actor, month: date | None = None) -> list[SentRow]:
    actor.require(Permission.VIEW_PAYROLL)
    query = (
        select(MailSent, Employee.employee_no, Employee.name)
        .join(Employee, MailSent.employee_id == Employee.id)
        .order_by(MailSent.id.desc())
    )
    if month is not None:
        query = query.where(MailSent.month == month)
    return [
        SentRow(
            m.kind, no, name, m.month, m.reference, m.address, m.ok, m.error, m.sent_at, m.sent_by
        )
        for m, no, name in session.execute(query)
    ]
