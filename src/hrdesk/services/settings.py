"""Business settings (设置) kept in the database; their defaults are declared here as data."""

import json
from typing import Any

from sqlalchemy.orm import Session

from hrdesk.domain.risk import DEFAULT_GRADES, DEFAULT_WEIGHTS
from hrdesk.services import audit
from hrdesk.services.actor import Actor
from hrdesk.storage.models import Setting
from hrdesk.storage.versioning import refuse_if_moved_on

DEFAULTS: dict[str, Any] = {
    "company_name": "",  # 公司名称, printed on letters and payslips
    "payslips_per_page": 1,  # 工资条: 1 fills an A4 page per person, 2 puts two to a page to cut
    # 代发文件: the company's own bank layouts, [{"name", "columns": [{"field", "header"}],
    # "total": "bottom"|"top"|"none"}] (services/bank_files.py; its presets are examples).
    "bank_templates": [],
    "is_demo": False,  # 演示数据: the database was made by demo-data
    "database_id": None,  # names this database's field-encryption key in the key store
    # Demo data is fictional: its key stays in the file rather than littering the keyring.
    "demo_field_key": None,
    "field_key_id": None,  # the field key's fingerprint: a database encrypted never gets a new key
    "field_key_exported_at": None,  # ISO time of the last `key export`: backups warn until then
    # Set by migration 0014: the next open binds old ciphertexts and seals old approved payslips.
    "legacy_seals_pending": False,
    "last_backup_at": None,  # ISO time of the last backup made by hrdesk
    "backup_reminder_days": 7,  # 首页 reminds when the last backup is older than this
    "auto_backup_keep": 14,  # daily automatic backups kept beside the database
    "contract_reminder_days": 30,  # 合同提醒: fixed-term contracts ending within this many days
    # Saved column mappings: name → {"kind": …, "aliases": {file header: template header}}.
    "import_mappings": {},
    "sick_pay_ratio": "0.6",
    # The company's leave types over the law's (domain/leave.py): its province's days for a
    # statutory type and its own types, [{"name", "days", "source", "paid", "per", "active"}]
    # (services/leave/leave_types.py).
    "leave_types": [],
    # Attendance (domain-cn.md §5, §14): rest-day overtime paid (加班费) or turned into 调休,
    # and the company's own deduction for late arrivals, off unless its written rules say so.
    "rest_day_overtime": "加班费",
    "late_rule": {
        "enabled": False,
        "free_times": 0,
        "per_time": "0",
        "written_rule": "",
    },  # 病假工资占日工资的比例, company policy (at least 80% of the minimum wage)
    # Receivables (domain-cn.md §8–9): the aging buckets' upper bounds in days past due,
    # how early the limitation watch warns, and the default commission policy.
    "aging_bucket_bounds": [30, 60, 90, 180, 365],
    "limitation_warning_days": 180,
    "commission_coefficients": [[0, "1.0"], [90, "0.8"], [180, "0.5"], [None, "0"]],
    "commission_hold_below": "0.5",  # share of the month's collection target
    # The letterhead of 对账函 (company_name above), the account customers pay into, and
    # when a letter asks for payment and counts as unanswered.
    "company_credit_code": "",  # 统一社会信用代码 of the company itself
    "company_address": "",
    "company_phone": "",
    "company_contact": "",
    "company_bank_name": "",
    "company_bank_account": "",
    "company_logo": None,  # base64 of a PNG or JPEG, printed at the letter's top left
    "letter_pay_days": 15,  # the letter asks for payment within this many days of its date
    "letter_reply_days": 30,  # a sent letter unanswered this long shows as 未回函
    # Leaving (离职交接): the local average monthly wage of last year (the severance cap and
    # the tax exemption), the checklist every separation starts from (days relative to the
    # last working day), and who earns commission on collections of invoices handed over:
    # "successor" (the default), "split" (half each), or "leaver" for collections within days.
    "local_average_wage": None,
    "handover_checklist": [
        {"title": "公司财物归还（电脑、样品、工牌）", "role": "人事", "days": 0, "required": True},
        {"title": "客户资料与合同原件交接", "role": "销售经理", "days": -3, "required": True},
        {
            "title": "向有余额的客户寄出对账函",
            "role": "财务",
            "days": -5,
            "required": True,
            "check": "letters",
        },
        {
            "title": "客户与未收应收单移交接手人",
            "role": "销售经理",
            "days": 0,
            "required": True,
            "check": "reassigned",
        },
        {"title": "应收账款清单报告三方签字", "role": "销售经理", "days": 0, "required": True},
        {"title": "备用金、借款与损失赔偿结清", "role": "财务", "days": 0, "required": True},
        {
            "title": "离职结算单签字，最后一个月工资发放",
            "role": "人事",
            "days": 0,
            "required": True,
        },
        {"title": "停缴社会保险和住房公积金", "role": "人事", "days": 15, "required": True},
        {"title": "出具离职证明（劳动合同法第50条）", "role": "人事", "days": 0, "required": True},
    ],
    "handover_commission": {"to": "successor", "days": 30},
    # 回款风险评分 (domain/risk.py, docs/reports.md): each factor's weight and the grade lines
    # (高 at or above the first score, 中 at or above the second).
    "risk_weights": dict(DEFAULT_WEIGHTS),
    "risk_grades": list(DEFAULT_GRADES),
    # People (招聘, 绩效, 员工自助): how long a candidate not hired is kept (个人信息保护法), and
    # whether hrdesk removes the overdue ones itself at start; grade → 绩效工资 (off by default:
    # {"enabled", "mode": "amount"|"percent", "grades": {"A": "2000"}}); the office's SMTP
    # server (its password lives in the OS keyring, never here).
    "candidate_retention_days": 180,
    "candidate_purge_on_start": False,
    "performance_pay_rule": {"enabled": False, "mode": "amount", "grades": {}},
    "smtp_host": "",
    "smtp_port": 587,
    "smtp_security": "STARTTLS",  # 无 / STARTTLS / SSL
    "smtp_user": "",
    "smtp_sender": "",
}


def get(session: Session, key: str) -> Any:
    if key not in DEFAULTS:
        raise KeyError(key)
    row = session.get(Setting, key)
    return DEFAULTS[key] if row is None else json.loads(row.value)


def put(session: Session, actor: Actor | None, key: str, value: Any) -> None:
    """Change a setting; changes made by a person are audited, bookkeeping ones are not."""
    if key not in DEFAULTS:
        raise KeyError(key)
    old = get(session, key)
    row = session.get(Setting, key)
    encoded = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(Setting(key=key, value=encoded))
    else:
        row.value = encoded
    if actor is not None and old != value:
        audit.record(session, actor, "修改设置", "settings", key, key, old, value)


def versions(session: Session, keys: tuple[str, ...]) -> dict[str, int]:
    """The versions of the settings KEYS as a form shows them (0: never saved, the default)."""
    return {key: _version(session, key) for key in keys}


def refuse_if_changed(session: Session, seen: dict[str, int]) -> None:
    """Refuse a save from a form that showed the settings at versions SEEN when another seat
    has saved one of them since: a list saved whole (bank layouts, the checklist, leave
    types) would otherwise lose what the other seat added."""
    for key, version in seen.items():
        refuse_if_moved_on(session, _version(session, key), version, "settings", key)


def _version(session: Session, key: str) -> int:
    if key not in DEFAULTS:
        raise KeyError(key)
    row = session.get(Setting, key)
    return 0 if row is None else row.version
