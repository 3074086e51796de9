"""Who is acting (操作人): a logged-in user or the command line, and the permission check."""

import getpass
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
            raise PermissionDenied(f"{self.role}角色无权{permission}")

    def may(self, permission: Permission) -> bool:
        return can(self.role, permission)


def command_line_actor() -> Actor:
    """Commands act as the OS user running them: whoever runs them can read the file anyway."""
    return Actor(name=f"命令行:{getpass.getuser()}", role=Role.ADMIN)
