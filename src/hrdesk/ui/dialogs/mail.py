"""邮件: the office's SMTP settings (the password goes to the OS keyring, never shown) and sending
a month's payslips in the background with progress and cancel; what failed is listed."""

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from hrdesk.domain.roles import Permission
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.services.people import mail
from hrdesk.ui.operations import Cancelled, op
from hrdesk.ui.widgets.forms import FormDialog, attempt, dialog_buttons, user_message


class SmtpDialog(FormDialog):
    """SMTP服务器, 端口, 加密, 用户, 发件人, and a password field that is never filled in."""

    def __init__(self, database: Database, actor: Actor, parent=None):
        super().__init__(
            self.tr("邮件服务器"),
            self.tr(
                "工资条和证明通过公司的邮件服务器发出。密码保存在系统凭据管理器中，不存入数据库。"
            ),
            self.tr("保存"),
            parent,
        )
        self.database, self.actor = database, actor
        with database.sessions() as session:
            current = mail.smtp_settings(session)
            saved = mail.has_password(session)
        self.host = QLineEdit(current.host)
        self.host.setPlaceholderText("smtp.exmail.qq.com")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(current.port)
        self.security = QComboBox()
        self.security.addItems(mail.SECURITY)
        self.security.setCurrentText(current.security)
        self.user = QLineEdit(current.user)
        self.sender = QLineEdit(current.sender)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("已保存（不显示）；留空不修改") if saved else self.tr("未设置")
        )
        for label, widget in (
            (self.tr("SMTP服务器"), self.host),
            (self.tr("SMTP端口"), self.port),
            (self.tr("SMTP加密"), self.security),
            (self.tr("SMTP用户"), self.user),
            (self.tr("SMTP密码"), self.password),
            (self.tr("发件人"), self.sender),
        ):
            self.form.addRow(label, widget)

    def attempt(self) -> str:
        try:
            with self.database.sessions.begin() as session:
                for name, value in (
                    ("SMTP服务器", self.host.text()),
                    ("SMTP端口", str(self.port.value())),
                    ("SMTP加密", self.security.currentText()),
                    ("SMTP用户", self.user.text()),
                    ("发件人", self.sender.text()),
                ):
                    mail.set_setting(session, self.actor, name, value)
                if self.password.text():
                    mail.set_password(session, self.actor, self.password.text())
        except (ValueError, KeyError, OSError) as error:
            return user_message(error)
        return ""


class PayslipMailDialog(QDialog):
    """发送工资条邮件: the month, what the last runs did, resend as an explicit choice."""

    def __init__(self, database: Database, actor: Actor, month: date, parent=None):
        super().__init__(parent)
        self.database, self.actor, self.month = database, actor, month
        self.setWindowTitle(self.tr("发送工资条邮件 — {0}").format(f"{month:%Y-%m}"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "把已审核月份的工资条发到每名员工的邮箱，PDF 用身份证号后六位加密。"
                "已经成功发送的不会再发；没有邮箱或发送失败的会列出。"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.server = QLabel()
        settings_row = QHBoxLayout()
        settings_row.addWidget(self.server, 1)
        self.settings_button = QPushButton(self.tr("邮件服务器…"))
        self.settings_button.setEnabled(actor.may(Permission.MANAGE_SETTINGS))
        self.settings_button.clicked.connect(self._edit_settings)
        settings_row.addWidget(self.settings_button)
        layout.addLayout(settings_row)
        self.resend = QCheckBox(self.tr("已发送过的也重新发送（员工说没收到时）"))
        layout.addWidget(self.resend)
        self.result = QPlainTextEdit()
        self.result.setReadOnly(True)
        self.result.setPlaceholderText(self.tr("发送结果显示在这里。"))
        layout.addWidget(self.result, 1)
        buttons = dialog_buttons(self, self.tr("发送"), self.send, self.tr("关闭"))
        layout.addWidget(buttons)
        self._show_server()

    def _show_server(self) -> None:
        with self.database.sessions() as session:
            server = mail.smtp_settings(session)
            sent = [row for row in mail.sent_log(session, self.actor, self.month) if row.ok]
        where = (
            self.tr("服务器：{0}:{1}（{2}），发件人 {3}").format(
                server.host, server.port, server.security, server.sender
            )
            if server.host
            else self.tr("尚未设置邮件服务器")
        )
        self.server.setText(where + "\n" + self.tr("本月已成功发送 {0} 封").format(len(sent)))

    def _edit_settings(self) -> None:
        if SmtpDialog(self.database, self.actor, self).exec():
            self._show_server()

    def work(self, progress) -> mail.SendReport:
        """Runs on the worker thread: its own session, committing each logged message."""
        with (
            tempfile.TemporaryDirectory(prefix="hrdesk-mail-") as folder,
            self.database.sessions() as session,
        ):
            return mail.send_payslips(
                session,
                self.actor,
                self.month,
                Path(folder),
                resend=self.resend.isChecked(),
                progress=progress.report,
            )

    def send(self) -> None:
        op(self, self.tr("发送工资条"), self.work).with_progress(
            self.tr("正在发送工资条…")
        ).success(self._finished).failure(self._failed).run_in_background()

    def _finished(self, report: mail.SendReport) -> None:
        self.result.setPlainText(report.summary())
        self._show_server()
        if report.failed:
            QMessageBox.warning(
                self,
                self.tr("部分未发送"),
                self.tr("{0} 名员工未收到工资条，见列表。").format(len(report.failed)),
            )

    def _failed(self, error: Exception) -> None:
        if isinstance(error, Cancelled):
            self.result.setPlainText(self.tr("已取消；已发出的已记录，再次发送时不会重复。"))
            self._show_server()
            return
        self.result.setPlainText(user_message(error))


def send_certificate(
    parent, database: Database, actor: Actor, kind: str, employee_no: str, today: date
) -> None:
    """Issue a certificate and e-mail it to the employee, saying what happened."""

    def run() -> str:
        with database.sessions() as session:
            return mail.send_certificate(session, actor, kind, employee_no, today)

    number = attempt(parent, parent.tr("发送证明"), run)
    if number:
        QMessageBox.information(
            parent, parent.tr("发送证明"), parent.tr("已开具 {0} 并发送到员工邮箱").format(number)
        )
