"""Who is acting (操作人): a signed-in user or the holder of a database without users."""

from dataclasses import dataclass

from hrdesk.domain.roles import Permission, Role, can


class PermissionDenied(Exception):
    """The actor's role does not allow this action (message in Chinese)."""


@dataclass(frozen=True)
class Actor:
    name: str  # as the audit trail shows it
    role: Role
    user_id: int | None = None

    def require(self, permission: Permission) -> None:
        if not can(self.role, permission):
            raise PermissionDenied(f"无权限：{permission}")

    def may(self, permission: Permission) -> bool:
        return can(self.role, permission)


HOLDER = "数据库持有人（尚无用户）"


def command_line_actor() -> Actor:
    """Whoever holds a database that has no users yet: its administrator, as the file is
    theirs anyway. Never named after the OS account, which proves nothing about a person;
    once users exist, commands sign in as one of them (services.auth.sign_in)."""
    return Actor(name=HOLDER, role=Role.ADMIN)
