"""导入导出: each kind of data with its import wizard, export and blank template."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hrdesk import clock
from hrdesk.services import exports, imports
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.ui.dialogs.import_wizard import (
    KIND_TITLES,
    RECEIVABLE_KINDS,
    ImportWizard,
    kind_title,
)
from hrdesk.ui.operations import op
from hrdesk.ui.widgets.forms import attempt


def save_path(parent: QWidget, suggested: str) -> Path | None:
    """Where the clerk wants a spreadsheet saved, or None if they cancelled."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ImportsPage", "保存为"),
        str(Path.home() / suggested),
        QCoreApplication.translate("ImportsPage", "Excel 文件 (*.xlsx)"),
    )
    return Path(path) if path else None


def export_kind(parent: QWidget, database: Database, actor: Actor, kind: str) -> None:
    """Write a kind's data in its import template's layout, off the UI thread."""
    path = save_path(parent, f"{kind_title(kind)}-{clock.today():%Y%m%d}.xlsx")
    if path is None:
        return

    def write(_state) -> int:
        with database.sessions.begin() as session:
            return exports.export(session, actor, kind, path, clock.today())

    def written(count: int) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("ImportsPage", "导出"),
            QCoreApplication.translate("ImportsPage", "已导出 {0} 行到 {1}").format(count, path),
        )

    op(parent, QCoreApplication.translate("ImportsPage", "导出"), write).success(
        written
    ).run_in_background()


def data_buttons(
    parent: QWidget, database: Database, actor: Actor, kinds: list[str]
) -> tuple[QPushButton, QPushButton]:
    """导入… and 导出… for a page's own data: the wizard preset to the chosen kind, and the
    export in its template layout; a menu of kinds when there are several; greyed out for a
    role that may not."""
    translate = QCoreApplication.translate
    buttons = []
    for text, one, allowed, action in (
        (
            translate("ImportsPage", "导入…"),
            translate("ImportsPage", "导入{0}…"),
            imports.may_import,
            _open_wizard,
        ),
        (
            translate("ImportsPage", "导出…"),
            translate("ImportsPage", "导出{0}…"),
            exports.may_export,
            export_kind,
        ),
    ):
        if len(kinds) == 1:
            button = QPushButton(one.format(kind_title(kinds[0])))
            button.clicked.connect(
                lambda _checked=False, a=action: a(parent, database, actor, kinds[0])
            )
        else:
            button = QPushButton(text)
            menu = QMenu(button)
            for kind in kinds:
                item = menu.addAction(kind_title(kind) + "…")
                item.setEnabled(allowed(actor, kind))
                item.triggered.connect(
                    lambda _checked=False, k=kind, a=action: a(parent, database, actor, k)
                )
            button.setMenu(menu)
        button.setEnabled(any(allowed(actor, kind) for kind in kinds))
        buttons.append(button)
    return buttons[0], buttons[1]


def _open_wizard(parent: QWidget, database: Database, actor: Actor, kind: str) -> None:
    ImportWizard(database, actor, kind, parent).exec()


class ImportsPage(QWidget):
    def __init__(self, database: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.database, self.actor = database, actor
        content = QWidget()
        column = QVBoxLayout(content)
        title = QLabel(self.tr("导入导出"))
        title.setStyleSheet("font-size: 18px; font-weight: bold")
        column.addWidget(title)
        human = [kind for kind in KIND_TITLES if kind not in RECEIVABLE_KINDS]
        column.addWidget(self._group(self.tr("人事与薪资"), human))
        column.addWidget(self._group(self.tr("应收账款"), list(RECEIVABLE_KINDS)))
        hint = QLabel(
            self.tr("导入时有任何一行出错，整份文件都不会写入；同一文件重复导入不会产生重复数据。")
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666")
        column.addWidget(hint)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _notes(self) -> dict[str, str]:
        return {
            "employees": self.tr("按工号新增或更新；身份证号、银行卡号校验后加密保存"),
            "contracts": self.tr("按合同编号新增或更新；员工须已存在"),
            "policies": self.tr("按城市、项目、生效日期新增或更新；可同时录入该城市的最低工资"),
            "losses": self.tr(
                "员工依合同应赔偿的损失；每月最多扣当月工资的20%，且扣后不低于最低工资"
            ),
            "payroll-inputs": self.tr(
                "按工号和月份录入绩效、加班、请假、补贴扣款、奖金和提成；已审核的月份不能再录入"
            ),
            "opening-balances": self.tr(
                "年度中途换用本系统时，按工号录入原系统本年的累计收入、扣除和已预扣税额，本系统接着累计"
            ),
            "deductions": self.tr(
                "按工号录入子女教育、赡养老人等每月扣除和起止月份；检查限额，早于本月的下次发薪补扣"
            ),
            "candidates": self.tr("按姓名和手机号新增或更新；阶段只能按招聘流程向前推进"),
            "appraisals": self.tr("按工号和期间（2026-11 或 2026-Q3）新增或更新考核目标与结果"),
            "leave": self.tr("请假记录记入假期台账；年休假和调休不能超过余额"),
            "attendance": self.tr(
                "按月份导入钉钉月度汇总、企业微信每日统计或打卡记录、或考勤模板；整月替换，计入工资录入"
            ),
            "customers": self.tr(
                "按客户编码新增或更新；业务员须已存在；地址和统一社会信用代码用于对账函"
            ),
            "invoices": self.tr(
                "应收单按单号导入，已导入的不重复；到期日期不填按客户账期；自动冲抵预收款"
            ),
            "receipts": self.tr(
                "银行流水直接导入，按流水号识别重复；按付款方名称匹配客户，对不上的进入未匹配收款"
            ),
        }

    def _group(self, title: str, kinds: list[str]) -> QGroupBox:
        box = QGroupBox(title)
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        notes = self._notes()
        actions = (
            (self.tr("导入…"), self.import_kind, lambda k: imports.may_import(self.actor, k)),
            (self.tr("导出…"), self.export_kind, lambda k: exports.may_export(self.actor, k)),
            (self.tr("空白模板…"), self.template_kind, lambda _k: True),
        )
        titles = {kind: QLabel(f"<b>{kind_title(kind)}</b>") for kind in KIND_TITLES}
        grid.setColumnMinimumWidth(0, max(label.sizeHint().width() for label in titles.values()))
        for row, kind in enumerate(kinds):
            grid.addWidget(titles[kind], row, 0)
            note = QLabel(notes[kind])
            note.setWordWrap(True)
            grid.addWidget(note, row, 1)
            for column, (text, slot, allowed) in enumerate(actions, start=2):
                button = QPushButton(text)
                button.setEnabled(allowed(kind))
                button.clicked.connect(lambda _checked=False, k=kind, s=slot: s(k))
                grid.addWidget(button, row, column)
        return box

    def import_kind(self, kind: str) -> None:
        _open_wizard(self, self.database, self.actor, kind)

    def export_kind(self, kind: str) -> None:
        export_kind(self, self.database, self.actor, kind)

    def template_kind(self, kind: str) -> None:
        path = save_path(self, f"{kind_title(kind)}导入模板.xlsx")
        if path is not None:
            attempt(self, self.tr("空白模板"), lambda: exports.blank_template(kind, path))
