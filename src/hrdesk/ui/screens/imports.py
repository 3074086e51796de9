"""导入导出: each kind of data with its import wizard, export and blank template."""

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdesk import clock
from hrdesk.services import exports, imports
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.ui.dialogs.import_wizard import KIND_TITLES, ImportWizard
from hrdesk.ui.widgets.forms import attempt


class ImportsPage(QWidget):
    def __init__(self, database: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.database, self.actor = database, actor
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Excel 导入导出"))
        grid = QGridLayout(box)
        notes = {
            "employees": self.tr("按工号新增或更新；身份证号、银行卡号校验后加密保存"),
            "contracts": self.tr("按合同编号新增或更新；员工须已存在"),
            "policies": self.tr("按城市、项目、生效日期新增或更新；可同时录入该城市的最低工资"),
            "losses": self.tr(
                "员工依合同应赔偿的损失；每月最多扣当月工资的20%，且扣后不低于最低工资"
            ),
            "payroll-inputs": self.tr(
                "按工号和月份录入绩效、加班、请假、补贴扣款、奖金和提成；已审核的月份不能再录入"
            ),
            "candidates": self.tr("按姓名和手机号新增或更新；阶段只能按招聘流程向前推进"),
            "appraisals": self.tr("按工号和期间（2026-11 或 2026-Q3）新增或更新考核目标与结果"),
            "leave": self.tr("请假记录记入假期台账；年休假和调休不能超过余额"),
            "attendance": self.tr(
                "按月份导入钉钉月度汇总、企业微信每日统计或打卡记录、或考勤模板；整月替换，计入工资录入"
            ),
        }
        for row, (kind, title) in enumerate(KIND_TITLES.items()):
            grid.addWidget(QLabel(f"<b>{title}</b>"), row, 0)
            grid.addWidget(QLabel(notes[kind]), row, 1)
            allowed = (imports.may_import(actor, kind), exports.may_export(actor, kind), True)
            actions = (
                (self.tr("导入…"), self.import_kind),
                (self.tr("导出…"), self.export_kind),
                (self.tr("空白模板…"), self.template_kind),
            )
            for column, ((text, slot), enabled) in enumerate(
                zip(actions, allowed, strict=True), start=2
            ):
                button = QPushButton(text)
                button.setEnabled(enabled)
                button.clicked.connect(lambda _checked=False, k=kind, s=slot: s(k))
                grid.addWidget(button, row, column)
        layout.addWidget(box)
        hint = QLabel(
            self.tr("导入时有任何一行出错，整份文件都不会写入；同一文件重复导入不会产生重复数据。")
        )
        hint.setStyleSheet("color: #666")
        layout.addWidget(hint)
        layout.addStretch(1)

    def import_kind(self, kind: str) -> None:
        ImportWizard(self.database, self.actor, kind, self).exec()

    def _save_path(self, suggested: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存为"), str(Path.home() / suggested), self.tr("Excel 文件 (*.xlsx)")
        )
        return Path(path) if path else None

    def export_kind(self, kind: str) -> None:
        path = self._save_path(f"{KIND_TITLES[kind]}-{clock.today():%Y%m%d}.xlsx")
        if path is None:
            return

        def write() -> int:
            with self.database.sessions.begin() as session:
                return exports.export(session, self.actor, kind, path, clock.today())

        count = attempt(self, self.tr("导出"), write)
        if count is not None:
            QMessageBox.information(
                self, self.tr("导出"), self.tr("已导出 {0} 行到 {1}").format(count, path)
            )

    def template_kind(self, kind: str) -> None:
        path = self._save_path(f"{KIND_TITLES[kind]}导入模板.xlsx")
        if path is not None:
            attempt(self, self.tr("空白模板"), lambda: exports.blank_template(kind, path))
