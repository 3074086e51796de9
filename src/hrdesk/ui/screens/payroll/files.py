"""The 薪资 page's files for a month: 工资表 and 个税申报表, the 代发文件 in a bank's layout, the
工资条 PDFs, printed or e-mailed; each made in the background."""

import tempfile
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from hrdesk.services import payroll
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.ui.operations import op
from hrdesk.ui.printing import preview_and_print


class PayrollFiles(QObject):
    """What the 薪资 page writes for the month it shows."""

    def __init__(self, page: QWidget, database: Database, actor: Actor):
        super().__init__(page)
        self.page, self.database, self.actor = page, database, actor

    def export(self, writer, title: str, file_stem: str, month: date) -> None:
        """An xlsx of the month, written by writer(session, actor, month, path)."""
        suggested = Path.home() / f"{file_stem}-{month:%Y-%m}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self.page, self.tr("保存为"), str(suggested), self.tr("Excel 文件 (*.xlsx)")
        )
        if not path:
            return

        def write(_state) -> int:
            with self.database.sessions.begin() as session:
                return writer(session, self.actor, month, Path(path))

        op(self.page, title, write).with_progress(self.tr("正在导出…")).success(
            lambda count: QMessageBox.information(
                self.page, title, self.tr("已导出 {0} 人到 {1}").format(count, path)
            )
        ).run_in_background()

    def bank_file(self, month: date) -> None:
        """The 代发文件 in a bank's layout: 通用, the company's own template or an example."""
        from hrdesk.ui.dialogs.bank_templates import BankFileDialog

        dialog = BankFileDialog(self.database, self.actor, self.page)
        if dialog.exec():
            bank_file = partial(payroll.write_bank_file, bank=dialog.bank())
            self.export(bank_file, self.tr("代发文件"), "代发工资", month)

    def payslips(self, month: date) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.page, self.tr("工资条保存到"), str(Path.home())
        )
        if not folder:
            return

        def write(state):
            with self.database.sessions.begin() as session:
                return payroll.write_payslips(
                    session, self.actor, month, Path(folder), progress=state.report
                )

        op(self.page, self.tr("工资条"), write).with_progress(self.tr("正在生成工资条…")).success(
            lambda made: QMessageBox.information(
                self.page, self.tr("工资条"), self._made(made, folder)
            )
        ).run_in_background()

    def _made(self, made: list[Path], folder: str) -> str:
        if len(made) == 1 and made[0].name.endswith("每页两份.pdf"):  # the setting 工资条每页份数
            return self.tr("已生成全部工资条（每张A4两份）：{0}").format(made[0])
        return self.tr("已生成 {0} 份到 {1}").format(len(made), folder)

    def email_payslips(self, month: date) -> None:
        from hrdesk.ui.dialogs.mail import PayslipMailDialog

        PayslipMailDialog(self.database, self.actor, month, self.page).exec()

    def print_payslips(self, month: date) -> None:
        """Strips for the whole month, made in the background, then Qt's print preview."""
        target = Path(tempfile.gettempdir()) / f"hrdesk-工资条-{month:%Y-%m}.pdf"

        def make(_progress):
            with self.database.sessions.begin() as session:
                payroll.write_payslip_strips(session, self.actor, month, target)
            return target

        op(self.page, self.tr("打印工资条"), make).with_progress(self.tr("正在准备打印…")).success(
            lambda path: preview_and_print(self.page, path)
        ).run_in_background()
