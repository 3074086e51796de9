"""The letterhead, and letters as they were generated, printed to PDF one by one or merged."""

import base64
import json
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.documents.letters import LetterData, Letterhead, LetterLine
from hrdesk.domain.letters import LetterStatus
from hrdesk.domain.roles import Permission
from hrdesk.services import settings
from hrdesk.services.actor import Actor
from hrdesk.storage.models import Customer, Letter

LETTERHEAD_KEYS = {
    "company": "company_name",
    "address": "company_address",
    "phone": "company_phone",
    "contact": "company_contact",
    "bank_name": "company_bank_name",
    "bank_account": "company_bank_account",
}
ProgressCallback = Callable[[int, int], None]


def letterhead(session: Session) -> Letterhead:
    logo = settings.get(session, "company_logo")
    return Letterhead(
        **{field: settings.get(session, key) for field, key in LETTERHEAD_KEYS.items()},
        logo=base64.b64decode(logo) if logo else None,
    )


def set_letterhead(session: Session, actor: Actor, head: Letterhead) -> None:
    actor.require(Permission.MANAGE_SETTINGS)
    if not head.company.strip():
        raise ValueError("请填写公司名称：对账函以它为抬头")
    for field, key in LETTERHEAD_KEYS.items():
        settings.put(session, actor, key, getattr(head, field).strip())
    settings.put(
        session, actor, "company_logo", base64.b64encode(head.logo).decode() if head.logo else None
    )


def letter_data(session: Session, letter: Letter) -> LetterData:
    """The letter as it was generated (the logo as it is now)."""
    content = json.loads(letter.content)
    head = Letterhead(**content["letterhead"], logo=letterhead(session).logo)
    lines = [
        LetterLine(
            number,
            date.fromisoformat(issued),
            date.fromisoformat(due),
            Decimal(amount),
            Decimal(paid),
            Decimal(owed),
        )
        for number, issued, due, amount, paid, owed in content["lines"]
    ]
    return LetterData(
        head,
        letter.number,
        content["customer"],
        content["customer_credit_code"],
        content["customer_address"],
        letter.as_of,
        letter.pay_by,
        lines,
        Decimal(content["credit"]),
        letter.balance,
        content["balance_in_words"],
        date.fromisoformat(content["dated"]),
        void=letter.status == LetterStatus.VOID,
    )


def file_name(code: str, as_of: date) -> str:
    return f"对账函_{code}_{as_of:%Y-%m-%d}.pdf"


def write_pdfs(
    session: Session,
    actor: Actor,
    letter_ids: list[int],
    folder: Path,
    *,
    merged: bool = False,
    progress: ProgressCallback | None = None,
) -> list[Path]:
    """One PDF per letter (对账函_客户编码_日期.pdf), or all of them in one file to print."""
    from hrdesk.documents.file_names import output_path
    from hrdesk.documents.letters import write_letter, write_letters

    actor.require(Permission.MANAGE_LETTERS)
    rows = session.execute(
        select(Letter, Customer.code)
        .join(Customer, Customer.id == Letter.customer_id)
        .where(Letter.id.in_(letter_ids))
        .order_by(Letter.number)
    ).all()
    if not rows:
        return []
    if merged:
        first, last = rows[0][0], rows[-1][0]
        target = output_path(
            folder, f"对账函_{first.as_of:%Y-%m-%d}_{first.number}至{last.number}.pdf"
        )
        write_letters(target, [letter_data(session, letter) for letter, _code in rows], progress)
        return [target]
    made = []
    for done, (letter, code) in enumerate(rows):
        if progress is not None:
            progress(done, len(rows))
        target = output_path(folder, file_name(code, letter.as_of))
        write_letter(target, letter_data(session, letter))
        made.append(target)
    return made
