"""离职证明 (劳动合同法 第50条)."""

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.roles import Permission
from hrdesk.domain.separations import service_months
from hrdesk.services import settings
from hrdesk.services.actor import Actor
from hrdesk.services.separations.records import get
from hrdesk.storage.models import Contract, Employee


def write_certificate(
    session: Session, actor: Actor, separation_id: int, path, today: date
) -> None:
    """离职证明 (第50条)."""
    from hrdesk.documents.handover import CertificateData
    from hrdesk.documents.handover import write_certificate as write_pdf

    actor.require(Permission.MANAGE_HANDOVER)
    separation = get(session, separation_id)
    employee = session.get(Employee, separation.employee_id)
    contract = session.scalars(
        select(Contract)
        .where(Contract.employee_id == employee.id)
        .order_by(Contract.start_date.desc())
    ).first()
    term = "无固定期限"
    if contract is not None and contract.end_date is not None:
        term = f"{contract.start_date:%Y年%m月%d日}至{contract.end_date:%Y年%m月%d日}"
    elif contract is None:
        term = "（无书面劳动合同记录）"
    years, rest = divmod(service_months(employee.hire_date, separation.last_day), 12)
    write_pdf(
        path,
        CertificateData(
            settings.get(session, "company_name") or "本公司",
            employee.name,
            employee.id_number_masked,
            employee.hire_date,
            separation.last_day,
            employee.position or "",
            term,
            f"{years}年{rest}个月",
            today,
        ),
    )
