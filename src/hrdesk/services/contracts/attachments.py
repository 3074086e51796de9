"""Files kept with an employee (a signed contract's scan), each checked by its SHA-256."""

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.roles import Permission
from hrdesk.messages import _
from hrdesk.services import audit
from hrdesk.services.actor import Actor
from hrdesk.storage.models import Attachment, Contract

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    file_name: str
    sha256: str
    size: int
    added_at: object
    added_by: str
    contract_number: str | None


def add_attachment(
    session: Session, actor: Actor, employee_id: int, path: Path, contract_id: int | None = None
) -> int:
    """Keep a file (a signed scan) with its SHA-256; the same file twice is refused, never replaced."""
    actor.require(Permission.EDIT_CONTRACTS)
    content = path.read_bytes()
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise ValueError(
            _("文件超过{megabytes}MB，请压缩后再添加").format(
                megabytes=MAX_ATTACHMENT_BYTES // 1024 // 1024
            )
        )
    digest = hashlib.sha256(content).hexdigest()
    same = session.scalar(
        select(Attachment).where(Attachment.employee_id == employee_id, Attachment.sha256 == digest)
    )
    if same is not None:
        raise ValueError(_("同样内容的文件已保存为“{file_name}”").format(file_name=same.file_name))
    attachment = Attachment(
        employee_id=employee_id,
        contract_id=contract_id,
        file_name=path.name,
        sha256=digest,
        size=len(content),
        content=content,
        added_by=actor.name,
    )
    session.add(attachment)
    session.flush()
    audit.record(
        session,
        actor,
        "添加附件",
        "employees",
        employee_id,
        "附件",
        None,
        f"{path.name} ({digest[:12]})",
    )
    return attachment.id


def attachments_of(session: Session, actor: Actor, employee_id: int) -> list[AttachmentRow]:
    actor.require(Permission.VIEW_CONTRACTS)
    numbers = dict(
        session.execute(
            select(Contract.id, Contract.number).where(Contract.employee_id == employee_id)
        ).all()
    )
    query = (
        select(Attachment)
        .where(Attachment.employee_id == employee_id)
        .order_by(Attachment.added_at)
    )
    return [
        AttachmentRow(
            a.id, a.file_name, a.sha256, a.size, a.added_at, a.added_by, numbers.get(a.contract_id)
        )
        for a in session.scalars(query)
    ]


def attachment_content(session: Session, actor: Actor, attachment_id: int) -> tuple[str, bytes]:
    """The file's name and bytes, checked against the SHA-256 taken when it was added."""
    actor.require(Permission.VIEW_CONTRACTS)
    attachment = session.get(Attachment, attachment_id)
    if hashlib.sha256(attachment.content).hexdigest() != attachment.sha256:
        raise ValueError(
            _("附件“{file_name}”内容与保存时的校验值不符，可能已损坏").format(
                file_name=attachment.file_name
            )
        )
    return attachment.file_name, attachment.content
