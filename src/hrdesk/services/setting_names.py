"""The settings a person reads and changes by name (`hrdesk settings`, the settings screen):
each with its Chinese 名称, its key, and how a typed value is read and checked."""

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy.orm import Session

from hrdesk.domain.identifiers import parse_credit_code
from hrdesk.domain.roles import Permission
from hrdesk.services import settings
from hrdesk.services.actor import Actor


@dataclass(frozen=True)
class NamedSetting:
    key: str  # as services.settings stores it (the English name)
    name: str  # 名称, as the clerk knows it
    kind: str  # text / days / ratio / money / credit_code
    help: str = ""


NAMED = (
    NamedSetting("company_name", "公司名称", "text", "对账函、工资条、证明的抬头"),
    NamedSetting("company_credit_code", "统一社会信用代码", "credit_code", "18位，可不填"),
    NamedSetting("company_address", "公司地址", "text"),
    NamedSetting("company_contact", "联系人", "text"),
    NamedSetting("company_phone", "联系电话", "text"),
    NamedSetting("company_bank_name", "开户行", "text", "客户付款的收款账户"),
    NamedSetting("company_bank_account", "账号", "text"),
    NamedSetting(
        "payslips_per_page", "工资条每页份数", "per_page", "1：一人一页；2：每页两份，裁开发放"
    ),
    NamedSetting("letter_pay_days", "对账函付款期限天数", "days"),
    NamedSetting("letter_reply_days", "对账函回函期限天数", "days"),
    NamedSetting("contract_reminder_days", "合同到期提醒天数", "days"),
    NamedSetting("limitation_warning_days", "诉讼时效提前提醒天数", "days"),
    NamedSetting("backup_reminder_days", "备份提醒天数", "days"),
    NamedSetting("auto_backup_keep", "自动备份保留份数", "days"),
    NamedSetting("sick_pay_ratio", "病假工资比例", "ratio", "占日工资的比例，如0.6或60%"),
    NamedSetting(
        "local_average_wage", "当地上年职工月平均工资", "money", "经济补偿封顶与免税额；可不填"
    ),
    NamedSetting("candidate_retention_days", "未录用候选人保存天数", "days", "个人信息保护法"),
    # The office's mail server; services.people.smtp checks these, and keeps the password in
    # the OS keyring: it is listed only as 已保存/未设置.
    NamedSetting("smtp_host", "SMTP服务器", "smtp", "如 smtp.exmail.qq.com"),
    NamedSetting("smtp_port", "SMTP端口", "smtp", "587（STARTTLS）、465（SSL）或25"),
    NamedSetting("smtp_security", "SMTP加密", "smtp", "无/STARTTLS/SSL"),
    NamedSetting("smtp_user", "SMTP用户", "smtp"),
    NamedSetting("smtp_password", "SMTP密码", "smtp", "保存在系统凭据管理器中，不显示"),
    NamedSetting("smtp_sender", "发件人", "smtp", "工资条和证明的发件邮箱"),
)


def find(name: str) -> NamedSetting | None:
    """A setting by its 名称 or its English key."""
    wanted = name.strip()
    return next((s for s in NAMED if wanted in (s.name, s.key)), None)


def names() -> list[str]:
    return [s.name for s in NAMED]


def shown(value: Any) -> str:
    return "" if value is None else str(value)


def listing(session: Session) -> list[tuple[NamedSetting, str]]:
    """Every named setting with its current value as text (the SMTP password never)."""
    from hrdesk.services.people import smtp

    def value(spec: NamedSetting) -> str:
        if spec.key == "smtp_password":
            return "（已保存）" if smtp.has_password(session) else "（未设置）"
        return shown(settings.get(session, spec.key))

    return [(spec, value(spec)) for spec in NAMED]


def parse(spec: NamedSetting, text: str) -> Any:
    """The stored value for what the user typed; ValueError in Chinese when it cannot be."""
    text = text.strip()
    if spec.kind == "text":
        return text
    if spec.kind == "credit_code":
        return parse_credit_code(text) if text else ""
    if spec.kind == "per_page":
        if text not in ("1", "2"):
            raise ValueError(f"{spec.name}应为1或2")
        return int(text)
    if spec.kind == "days":
        if not text.isdigit() or int(text) > 3650:
            raise ValueError(f"{spec.name}应为0到3650之间的整数")
        return int(text)
    if spec.kind == "money" and not text:
        return None
    try:
        number = Decimal(text.rstrip("%").replace(",", ""))
    except InvalidOperation:
        raise ValueError(f"{spec.name}应为数字，而不是“{text}”") from None
    if spec.kind == "ratio":
        number = number / 100 if text.endswith("%") else number
        if not Decimal(0) <= number <= Decimal(1):
            raise ValueError(f"{spec.name}应在0到1之间（或0%到100%）")
        return str(number.normalize())
    if number < 0:
        raise ValueError(f"{spec.name}不能为负数")
    return str(number.quantize(Decimal("0.01")))


def set_value(session: Session, actor: Actor, name: str, text: str) -> NamedSetting:
    """Change one setting by 名称 or key; audited by services.settings. KeyError when unknown."""
    actor.require(Permission.MANAGE_SETTINGS)
    spec = find(name)
    if spec is None:
        raise KeyError(name)
    if spec.kind == "smtp":  # checked there; the password goes to the OS keyring
        from hrdesk.services.people import smtp

        smtp.set_setting(session, actor, spec.name, text)
        return spec
    settings.put(session, actor, spec.key, parse(spec, text))
    return spec
