"""Roles and the permission matrix (角色与权限): who may see and do what.

Screens hide what a role may not use; services check the same matrix before acting,
so a screen bug cannot leak wages to a sales manager.
"""

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "管理员"
    HR = "人事"
    FINANCE = "财务"
    SALES_MANAGER = "销售经理"


class Permission(StrEnum):
    VIEW_EMPLOYEES = "查看员工"
    EDIT_EMPLOYEES = "编辑员工"
    REVEAL_IDENTIFIERS = "查看完整证件号"
    VIEW_CONTRACTS = "查看合同"
    EDIT_CONTRACTS = "编辑合同"
    VIEW_PAYROLL = "查看薪资"
    RUN_PAYROLL = "计算薪资"
    APPROVE_PAYROLL = "审批薪资"
    VIEW_RECEIVABLES = "查看应收账款"
    EDIT_RECEIVABLES = "编辑应收账款"
    MANAGE_LETTERS = "管理对账函"
    RELEASE_COMMISSION = "放行暂扣提成"
    APPROVE_WRITE_OFF = "审批坏账核销"
    MANAGE_HANDOVER = "办理离职交接"
    IMPORT_EXPORT = "导入导出"
    MANAGE_USERS = "管理用户"
    MANAGE_KEYS = "管理密钥"
    MANAGE_SETTINGS = "修改设置"
    BACKUP_RESTORE = "备份恢复"


_P = Permission

PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.HR: frozenset(
        {
            _P.VIEW_EMPLOYEES,
            _P.EDIT_EMPLOYEES,
            _P.REVEAL_IDENTIFIERS,
            _P.VIEW_CONTRACTS,
            _P.EDIT_CONTRACTS,
            _P.VIEW_PAYROLL,
            _P.RUN_PAYROLL,
            _P.MANAGE_HANDOVER,
            _P.IMPORT_EXPORT,
            _P.BACKUP_RESTORE,
        }
    ),
    Role.FINANCE: frozenset(
        {
            _P.VIEW_EMPLOYEES,
            _P.VIEW_PAYROLL,
            _P.APPROVE_PAYROLL,
            _P.VIEW_RECEIVABLES,
            _P.EDIT_RECEIVABLES,
            _P.MANAGE_LETTERS,
            _P.MANAGE_HANDOVER,
            _P.IMPORT_EXPORT,
            _P.BACKUP_RESTORE,
        }
    ),
    # Sales managers chase receivables and release held commission; they never see wages.
    Role.SALES_MANAGER: frozenset(
        {
            _P.VIEW_RECEIVABLES,
            _P.MANAGE_LETTERS,
            _P.RELEASE_COMMISSION,
            _P.MANAGE_HANDOVER,
        }
    ),
}


def can(role: Role, permission: Permission) -> bool:
    """Whether a user of this role may do this."""
    return permission in PERMISSIONS[role]
