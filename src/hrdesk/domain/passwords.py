"""Password and lockout rules (密码与锁定): pure checks, no hashing here."""

from datetime import datetime, timedelta

from hrdesk.messages import _

MIN_PASSWORD_LENGTH = 8
MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=5)


def password_problems(password: str, repeated: str) -> list[str]:
    """Why a new password cannot be used, in Chinese; empty when it can."""
    problems = []
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append(
            _("密码至少{MIN_PASSWORD_LENGTH}位").format(MIN_PASSWORD_LENGTH=MIN_PASSWORD_LENGTH)
        )
    if password != repeated:
        problems.append(_("两次输入的密码不一致"))
    return problems


def locked_until_after_failure(failed_attempts: int, now: datetime) -> datetime | None:
    """The lock's end once this many tries in a row have failed, or None while under the limit."""
    return now + LOCKOUT if failed_attempts >= MAX_FAILED_ATTEMPTS else None
