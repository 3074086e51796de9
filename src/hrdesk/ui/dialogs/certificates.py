"""证明 buttons on the employee: 收入证明 / 在职证明 saved as a PDF or e-mailed, each numbered."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton

from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.services.people import certificates
from hrdesk.ui.dialogs.mail import send_certificate
from hrdesk.ui.widgets.forms import attempt

# The kinds as lupdate sees them; shown through self.tr(self.kind).
_KIND_NAMES = (
    QT_TRANSLATE_NOOP("CertificateButton", "收入证明"),
    QT_TRANSLATE_NOOP("CertificateButton", "在职证明"),
)


class CertificateButton(QPushButton):
    """One kind of certificate: 保存 PDF… or 发送到员工邮箱."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        kind: str,
        employee_no: str,
        today: date,
        parent=None,
    ):
        self.kind = certificates.kind_of(kind)
        super().__init__(self.tr("{0}…").format(self.tr(self.kind)), parent)
        self.database, self.actor, self.employee_no, self.today = (
            database,
            actor,
            employee_no,
            today,
        )
        menu = QMenu(self)
        menu.addAction(self.tr("保存为 PDF…"), self.save)
        menu.addAction(self.tr("发送到员工邮箱"), self.send)
        self.setMenu(menu)

    def save(self, path: str | None = None) -> str | None:
        if path is None:
            suggested = Path.home() / f"{self.kind}_{self.employee_no}_{self.today:%Y%m%d}.pdf"
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("保存{0}").format(self.tr(self.kind)),
                str(suggested),
                self.tr("PDF 文件 (*.pdf)"),
            )
            if not path:
                return None

        def write() -> str:
            with self.database.sessions.begin() as session:
                return certificates.write(
                    session, self.actor, self.kind, self.employee_no, Path(path), self.today
                )

        number = attempt(self, self.tr(self.kind), write)
        if number and self.isVisible():
            QMessageBox.information(
                self, self.tr(self.kind), self.tr("已开具 {0}：{1}").format(number, path)
            )
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        return number

    def send(self) -> None:
        send_certificate(self, self.database, self.actor, self.kind, self.employee_no, self.today)
