"""The office's SMTP server (邮件服务器): its settings by the names the clerk knows, the password in
the OS keyring (never in the database, never shown), and one connection per sending run."""

import contextlib
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, make_msgid

from sqlalchemy.orm import Session

from hrdesk.domain.roles import Permission
from hrdesk.messages import _
from hrdesk.services import audit, settings
from hrdesk.services.actor import Actor
from hrdesk.storage.keystore import KeyStore

SECURITY = ("无", "STARTTLS", "SSL")
TIMEOUT_SECONDS = 30
# The names `hrdesk settings` and the settings screen show → the keys in settings.DEFAULTS.
SETTING_NAMES = {
    "SMTP服务器": "smtp_host",
    "SMTP端口": "smtp_port",
    "SMTP加密": "smtp_security",
    "SMTP用户": "smtp_user",
    "发件人": "smtp_sender",
}

PASSWORD_NAME = "SMTP密码"


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    security: str  # 无 / STARTTLS / SSL
    user: str
    sender: str

    @property
    def secret_name(self) -> str:
        return f"smtp-{self.user}@{self.host}"


def smtp_settings(session: Session) -> SmtpSettings:
    return SmtpSettings(*(settings.get(session, key) for key in SETTING_NAMES.values()))


def set_setting(session: Session, actor: Actor, name: str, value: str) -> None:
    """One SMTP setting by its Chinese name (or key), checked; SMTP密码 goes to the keyring."""
    actor.require(Permission.MANAGE_SETTINGS)
    if name == PASSWORD_NAME:
        set_password(session, actor, value)
        return
    key = SETTING_NAMES.get(name, name)
    if key == "smtp_port":
        if not value.strip().isdigit() or not 0 < int(value) < 65536:
            raise ValueError(
                _("SMTP端口应为1至65535的整数（常用：587 STARTTLS，465 SSL，25 无加密）")
            )
        settings.put(session, actor, key, int(value))
        return
    if key == "smtp_security" and value not in SECURITY:
        raise ValueError(_("SMTP加密只能是：{choices}").format(choices="、".join(SECURITY)))
    if key not in SETTING_NAMES.values():
        raise KeyError(name)
    settings.put(session, actor, key, value.strip())


def set_password(
    session: Session, actor: Actor, password: str, keystore: KeyStore | None = None
) -> None:
    """Keep the SMTP password in the OS keyring under the server and user; audited without it."""
    actor.require(Permission.MANAGE_SETTINGS)
    if not password.isascii() or not password:
        raise ValueError(_("SMTP密码不能为空，且只能包含英文字母、数字和符号（邮件协议的限制）"))
    server = smtp_settings(session)
    if not server.host or not server.user:
        raise ValueError(_("请先设置 SMTP服务器 和 SMTP用户，密码按服务器和用户保存"))
    (keystore or KeyStore()).set(server.secret_name, password)
    audit.record(
        session,
        actor,
        "修改设置",
        "settings",
        PASSWORD_NAME,
        PASSWORD_NAME,
        None,
        "（已保存到系统密钥环）",
    )


def has_password(session: Session) -> bool:
    server = smtp_settings(session)
    return bool(server.host and server.user and KeyStore().get(server.secret_name))


class Mailer:
    """One connection to the SMTP server for a run; opened on the first message."""

    def __init__(self, server: SmtpSettings, password: str | None, company: str = ""):
        if not server.host:
            raise ValueError(
                _("请先在设置中填写 SMTP服务器、SMTP端口、SMTP加密、SMTP用户 和 发件人")
            )
        if not server.sender:
            raise ValueError(_("请先在设置中填写发件人邮箱"))
        self.server, self.password, self.company = server, password, company
        self.connection: smtplib.SMTP | None = None

    def _connect(self) -> smtplib.SMTP:
        server = self.server
        if server.security == "SSL":
            connection = smtplib.SMTP_SSL(
                server.host,
                server.port,
                timeout=TIMEOUT_SECONDS,
                context=ssl.create_default_context(),
            )
        else:
            connection = smtplib.SMTP(server.host, server.port, timeout=TIMEOUT_SECONDS)
            if server.security == "STARTTLS":
                connection.starttls(context=ssl.create_default_context())
        if server.user and self.password:
            try:
                connection.login(server.user, self.password)
            except smtplib.SMTPException:
                connection.close()
                raise
        return connection

    def send(self, message: EmailMessage) -> None:
        if self.connection is None:
            self.connection = self._connect()
        message["From"] = formataddr((self.company, self.server.sender))
        message["Message-ID"] = make_msgid(domain=self.server.sender.rsplit("@", 1)[-1])
        self.connection.send_message(message)

    def close(self) -> None:
        if self.connection is not None:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                self.connection.quit()
            self.connection = None


def open_mailer(session: Session) -> Mailer:
    server = smtp_settings(session)
    password = KeyStore().get(server.secret_name) if server.user else None
    return Mailer(server, password, settings.get(session, "company_name") or "")


def deliver(mailer: Mailer, message: EmailMessage) -> str:
    """Send one message; the reason in Chinese when it fails, "" when it went."""
    try:
        mailer.send(message)
    except smtplib.SMTPAuthenticationError:
        return "SMTP 登录失败：请核对 SMTP用户 和 SMTP密码"
    except smtplib.SMTPRecipientsRefused:
        return "邮件服务器拒收该邮箱地址"
    except (smtplib.SMTPException, OSError) as exc:
        mailer.close()  # the next message opens a fresh connection
        return f"发送失败：{exc}"
    return ""


def listing(session: Session) -> list[tuple[str, str]]:
    """(名称, 值) of the SMTP settings for `hrdesk settings`; the password only as 已保存/未设置."""
    server = smtp_settings(session)
    shown = [
        (name, str(getattr(server, field)))
        for name, field in zip(
            SETTING_NAMES, ("host", "port", "security", "user", "sender"), strict=True
        )
    ]
    shown.insert(4, (PASSWORD_NAME, "（已保存）" if has_password(session) else "（未设置）"))
    return shown
