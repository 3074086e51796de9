"""首页: what needs the clerk's attention today, each item pointing at its record.

Each area registers a source here as its issue lands (contracts ending, letters
unanswered, limitation dates near, the payroll month's state).
"""

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from hrdesk.domain.phrases import Phrase
from hrdesk.domain.roles import Permission
from hrdesk.services import keys, settings
from hrdesk.services.actor import Actor


@dataclass(frozen=True)
class AttentionItem:
    title: str
    detail: str
    page: str  # the screen that opens on a click, by its --page name
    urgent: bool = False
    record_id: int | None = None  # the record on that screen, when there is one


AttentionSource = Callable[[Session, date], list[AttentionItem]]

# (source, the permission a user needs to see its items)
SOURCES: list[tuple[AttentionSource, Permission]] = []
# The modules that register sources, imported on first use (they import this module); each
# loads what its items need and no more, so that 首页 is drawn without the rest of its area.
# Imported in this order, which is the order of their items of equal urgency on 首页.
SOURCE_MODULES = (
    "hrdesk.services.contracts.watch",
    "hrdesk.services.tax_year.declarations",
    "hrdesk.services.receivables.limitation",
    "hrdesk.services.payroll.home",
    "hrdesk.services.attendance.home",
    "hrdesk.services.letters.queries",
    "hrdesk.services.integrity.home",
    "hrdesk.services.people.onboarding",
)


def register(permission: Permission):
    def decorator(source: AttentionSource) -> AttentionSource:
        SOURCES.append((source, permission))
        return source

    return decorator


@register(Permission.BACKUP_RESTORE)
def backup_overdue(session: Session, today: date) -> list[AttentionItem]:
    """A reminder when the data has not been backed up for a while (SQLite files only:
    a server database is backed up by its own tools)."""
    if keys.is_demo(session) or session.get_bind().dialect.name != "sqlite":
        return []
    last = settings.get(session, "last_backup_at")
    limit = settings.get(session, "backup_reminder_days")
    if last is None:
        return [
            AttentionItem(
                Phrase("从未备份数据"),
                Phrase("请用“文件 → 备份”把数据库复制到U盘或网盘"),
                "settings",
                True,
            )
        ]
    days = (today - datetime.fromisoformat(last).date()).days
    if days <= limit:
        return []
    return [
        AttentionItem(
            Phrase("已有{days}天未备份", days=days),
            Phrase("请用“文件 → 备份”备份数据库"),
            "settings",
            days > 30,
        )
    ]


def load_sources() -> None:
    """Import the areas that register sources; items_for does it on first use, and the window
    earlier, while the password is being checked."""
    for module in SOURCE_MODULES:
        importlib.import_module(module)


def items_for(session: Session, actor: Actor, today: date) -> list[AttentionItem]:
    """Everything this user may see that needs attention, urgent first."""
    load_sources()
    items = [
        item
        for source, permission in SOURCES
        if actor.may(permission)
        for item in source(session, today)
    ]
    return sorted(items, key=lambda item: not item.urgent)
