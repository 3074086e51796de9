"""应收账款 → 回款提成: each salesperson's commission on the month's collections, held or paid."""

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdesk import clock
from hrdesk.documents.file_names import output_path, safe_file_name
from hrdesk.domain.dates import add_months
from hrdesk.domain.money import percent
from hrdesk.domain.receivables import describe_coefficients
from hrdesk.domain.roles import Permission
from hrdesk.services import commission
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.ui.dialogs.receivables import CommissionPolicyDialog
from hrdesk.ui.models.receivables import CommissionModel
from hrdesk.ui.models.table import TableColumn, display
from hrdesk.ui.operations import Area, announce
from hrdesk.ui.printing import preview_and_print
from hrdesk.ui.screens.receivables.common import bar, save_path, sortable
from hrdesk.ui.widgets.columns import fit_columns
from hrdesk.ui.widgets.forms import attempt, attempt_saving
from hrdesk.ui.widgets.tables import selected_row, table_view


class CommissionTab(QWidget):
    def __init__(self, database: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.database, self.actor = database, actor
        layout = QVBoxLayout(self)
        self.month = QComboBox()
        this_month = clock.today().replace(day=1)
        for back in range(24):
            month = add_months(this_month, -back)
            self.month.addItem(f"{month:%Y-%m}", month)
        self.month.currentIndexChanged.connect(self.refresh)
        self.policy_button = QPushButton(self.tr("提成政策…"))
        self.policy_button.setEnabled(actor.may(Permission.MANAGE_SETTINGS))
        self.policy_button.clicked.connect(self.edit_policy)
        self.release_button = QPushButton(self.tr("放行暂扣提成…"))
        self.release_button.setEnabled(actor.may(Permission.RELEASE_COMMISSION))
        self.release_button.clicked.connect(self.release)
        export = QPushButton(self.tr("导出明细…"))
        export.clicked.connect(self.export)
        printing = QPushButton(self.tr("打印明细…"))
        printing.clicked.connect(self.print_statement)
        layout.addLayout(
            bar(
                QLabel(self.tr("月份")),
                self.month,
                None,
                self.policy_button,
                self.release_button,
                export,
                printing,
            )
        )
        self.policy = QLabel()
        self.policy.setWordWrap(True)
        layout.addWidget(self.policy)
        self.model = CommissionModel(
            [
                TableColumn(self.tr("工号"), lambda c: c.employee_no),
                TableColumn(self.tr("业务员"), lambda c: c.name),
                TableColumn(self.tr("提成比例"), lambda c: percent(c.rate) + "%"),
                TableColumn(self.tr("回款目标"), lambda c: c.target, True),
                TableColumn(self.tr("本月回款"), lambda c: c.collected, True),
                TableColumn(self.tr("按回款计提成"), lambda c: c.earned, True),
                TableColumn(
                    self.tr("以前月份放行"), lambda c: c.released_from_earlier or None, True
                ),
                TableColumn(self.tr("本月应发"), lambda c: c.payable, True),
                TableColumn(self.tr("状态"), lambda c: c.state),
            ],
            self,
        )
        self.view = table_view(sortable(self.model))
        fit_columns(self.view)
        self.view.activated.connect(lambda _index: self.print_statement())
        layout.addWidget(self.view)
        self.refresh()

    @property
    def current_month(self) -> date:
        return self.month.currentData()

    def refresh(self) -> None:
        with self.database.sessions() as session:
            self.model.set_rows(commission.commissions(session, self.actor, self.current_month))
            rules = commission.policy(session)
        steps = describe_coefficients(rules.steps)
        self.policy.setText(
            self.tr(
                "提成 = 回款 × 提成比例 × 账龄系数（{0}）。当月回款低于目标的{1}%时提成暂扣，经销售经理放行后随下一个未审核月份发放。"
            ).format(steps, f"{rules.hold_below * 100:g}")
        )

    def edit_policy(self) -> None:
        if CommissionPolicyDialog(self.database, self.actor, self).exec():
            announce(Area.RECEIVABLES, Area.PAYROLL)  # commission is paid with wages

    def release(self) -> None:
        entry = selected_row(self.view)
        if entry is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("放行暂扣提成"),
            self.tr("{0} {1} 的 {2} 提成 {3} 元。放行原因：").format(
                entry.employee_no, entry.name, f"{self.current_month:%Y-%m}", display(entry.earned)
            ),
        )
        if not ok:
            return

        month = self.current_month
        if attempt_saving(
            self,
            self.tr("放行暂扣提成"),
            self.database,
            lambda s: commission.release(s, self.actor, month, entry.salesperson_id, reason),
        ):
            announce(Area.RECEIVABLES, Area.PAYROLL)  # commission is paid with wages

    def export(self) -> None:
        entry = selected_row(self.view)
        if entry is None:
            return
        path = save_path(
            self,
            self.tr("导出提成明细"),
            safe_file_name(f"提成明细-{self.current_month:%Y-%m}-{entry.employee_no}.xlsx"),
        )
        if path is None:
            return

        def write():
            with self.database.sessions() as session:
                return commission.write_statement(
                    session, self.actor, self.current_month, entry.employee_no, path
                )

        if attempt(self, self.tr("导出"), write) is not None:
            QMessageBox.information(self, self.tr("导出"), self.tr("已导出到 {0}").format(path))

    def print_statement(self) -> None:
        entry = selected_row(self.view)
        if entry is None:
            return
        folder = Path(tempfile.mkdtemp(prefix="hrdesk-"))
        path = output_path(folder, f"提成明细-{entry.employee_no}.pdf")

        def write():
            with self.database.sessions() as session:
                return commission.print_statement(
                    session, self.actor, self.current_month, entry.employee_no, path
                )

        if attempt(self, self.tr("打印"), write) is not None:
            preview_and_print(self, path)
