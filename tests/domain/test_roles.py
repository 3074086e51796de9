from datetime import UTC, datetime, timedelta

from hrdesk.domain.passwords import locked_until_after_failure, password_problems
from hrdesk.domain.roles import PERMISSIONS, Permission, Role, can


def test_sales_managers_see_receivables_never_wages():
    assert can(Role.SALES_MANAGER, Permission.VIEW_RECEIVABLES)
    assert not can(Role.SALES_MANAGER, Permission.VIEW_PAYROLL)
    assert not can(Role.SALES_MANAGER, Permission.VIEW_EMPLOYEES)
    assert not can(Role.SALES_MANAGER, Permission.REVEAL_IDENTIFIERS)


def test_payroll_is_run_by_hr_and_approved_by_finance():
    assert can(Role.HR, Permission.RUN_PAYROLL) and not can(Role.HR, Permission.APPROVE_PAYROLL)
    assert can(Role.FINANCE, Permission.APPROVE_PAYROLL) and not can(
        Role.FINANCE, Permission.RUN_PAYROLL
    )


def test_only_administrators_manage_users():
    assert [role for role in Role if can(role, Permission.MANAGE_USERS)] == [Role.ADMIN]
    assert PERMISSIONS[Role.ADMIN] == frozenset(Permission)


def test_password_rules():
    assert password_problems("short", "short") == ["密码至少8位"]
    assert password_problems("long enough", "long enougH") == ["两次输入的密码不一致"]
    assert password_problems("long enough", "long enough") == []


def test_fifth_failure_locks_for_five_minutes():
    now = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    assert locked_until_after_failure(4, now) is None
    assert locked_until_after_failure(5, now) == now + timedelta(minutes=5)
