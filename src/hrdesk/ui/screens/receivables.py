"""应收账款: aging by salesperson with drill-down and chart, the unmatched queue, receipts,
the limitation watch, commission month by month, and write-offs waiting for approval."""

import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hrdesk import clock
from hrdesk.documents.file_names import output_path, safe_file_name
from hrdesk.domain.dates import add_months
from hrdesk.domain.money import percent
from hrdesk.domain.receivables import describe_coefficients
from hrdesk.domain.roles import Permission
from hrdesk.services import commission, receivables, settings
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.services.reports.chart_data import SEVERITY, STACKED, ChartData, Series, unique_labels
from hrdesk.ui.charts import ChartView
from hrdesk.ui.dialogs.receivables import (
    AcknowledgementDialog,
    AssignCustomerDialog,
    BucketsDialog,
    CommissionPolicyDialog,
    CreditNoteDialog,
    ReallocateDialog,
    WriteOffDialog,
)
from hrdesk.ui.models.aging_tree import AgingTreeModel
from hrdesk.ui.models.table import ROW_ROLE, SORT_ROLE, RowsTableModel, TableColumn, display
from hrdesk.ui.printing import preview_and_print
from hrdesk.ui.widgets.fields import DateEdit
from hrdesk.ui.widgets.forms import ERROR_COLOUR, attempt, attempt_saving
from hrdesk.ui.widgets.tables import selected_row, table_view


def _bar(*widgets) -> QHBoxLayout:
    bar = QHBoxLayout()
    for widget in widgets:
        if widget is None:
            bar.addStretch(1)
        else:
            bar.addWidget(widget)
    return bar


def _sortable(model) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy


def _save_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, title, str(Path.home() / suggested), parent.tr("Excel 文件 (*.xlsx)")
    )
    return Path(path) if path else None


def aging_chart(report: receivables.Aging, title: str, people: int = 12) -> ChartData:
    """The salespeople with the largest balances, a stacked bar each, keyed by their id: two
    people of the same name stay two bars, told apart by their 工号."""
    top = sorted(report.by_salesperson(), key=lambda r: r.balance, reverse=True)[:people]
    categories = unique_labels([(p.salesperson_id, p.salesperson, p.salesperson_no) for p in top])
    series = [
        Series(bucket, label, [p.buckets[bucket] for p in top])
        for bucket, label in enumerate(report.labels)
    ]
    return ChartData(STACKED, title, categories, series, "万元", Decimal(10000), SEVERITY)


class AgingTab(QWidget):
    def __init__(self, database: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.database, self.actor = database, actor
        layout = QVBoxLayout(self)
        self.as_of = DateEdit()
        self.as_of.dateChanged.connect(self.refresh)
        buckets = QPushButton(self.tr("账龄区间…"))
        buckets.setEnabled(actor.may(Permission.MANAGE_SETTINGS))
        buckets.clicked.connect(self.edit_buckets)
        self.credit_button = QPushButton(self.tr("红字冲减…"))
        self.write_off_button = QPushButton(self.tr("申请坏账核销…"))
        for button, dialog in (
            (self.credit_button, CreditNoteDialog),
            (self.write_off_button, WriteOffDialog),
        ):
            button.setEnabled(False)
            button.clicked.connect(lambda _checked=False, d=dialog: self._on_invoice(d))
        export = QPushButton(self.tr("导出账龄表…"))
        export.clicked.connect(self.export)
        layout.addLayout(
            _bar(
                QLabel(self.tr("截止日期")),
                self.as_of,
                buckets,
                None,
                self.credit_button,
                self.write_off_button,
                export,
            )
        )
        self.summary = QLabel()
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.model = AgingTreeModel(
            [self.tr("业务员 / 客户 / 应收单"), self.tr("未收余额"), self.tr("逾期合计")],
            self._invoices_of,
            self,
        )
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)  # the tree stays quick with thousands of rows
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.selectionModel().currentChanged.connect(self._selection_changed)
        splitter.addWidget(self.tree)
        self.chart_view = ChartView()
        splitter.addWidget(self.chart_view)
        splitter.setSizes([380, 320])
        layout.addWidget(splitter)
        self.refresh()

    def _invoices_of(self, row: receivables.AgingRow) -> list[receivables.AgedInvoice]:
        with self.database.sessions() as session:
            return receivables.aged_invoices(
                session, self.actor, self.as_of.value(), row.salesperson_id, row.customer_id
            )

    def refresh(self) -> None:
        with self.database.sessions() as session:
            report = receivables.aging(session, self.actor, self.as_of.value())
        self.model.set_aging(report)
        self.tree.setColumnWidth(0, 320)
        total = report.total()
        dso = report.dso()
        self.summary.setText(
            self.tr(
                "未收合计 {0} 元，其中逾期 {1} 元（{2}）；应收账款周转天数 DSO {3} 天（近90天销售）"
            ).format(
                display(total.balance),
                display(total.overdue),
                f"{total.overdue / total.balance:.0%}" if total.balance else "0%",
                dso if dso is not None else "—",
            )
        )
        self._draw_chart(report)

    def _draw_chart(self, report: receivables.Aging) -> None:
        self.chart_view.show_data(
            aging_chart(report, self.tr("各业务员应收账龄（万元，余额最大的12人）"))
        )

    def _selected_invoice(self) -> receivables.AgedInvoice | None:
        row = self.tree.currentIndex().data(ROW_ROLE)
        return row if isinstance(row, receivables.AgedInvoice) else None

    def _selection_changed(self) -> None:
        on_invoice = self._selected_invoice() is not None
        may = self.actor.may(Permission.EDIT_RECEIVABLES)
        self.credit_button.setEnabled(on_invoice and may)
        self.write_off_button.setEnabled(on_invoice and may)

    def _on_invoice(self, dialog_class) -> None:
        invoice = self._selected_invoice()
        if invoice is not None and dialog_class(self.database, self.actor, invoice, self).exec():
            self.refresh()

    def edit_buckets(self) -> None:
        if BucketsDialog(self.database, self.actor, self).exec():
            self.refresh()

    def export(self) -> None:
        as_of = self.as_of.value()
        path = _save_path(self, self.tr("导出账龄表"), f"账龄表-{as_of:%Y%m%d}.xlsx")
        if path is None:
            return

        def write() -> int:
            with self.database.sessions() as session:
                return receivables.write_aging(session, self.actor, as_of, path)

        if attempt(self, self.tr("导出"), write) is not None:
            QMessageBox.information(self, self.tr("导出"), self.tr("已导出到 {0}").format(path))


class UnmatchedTab(QWidget):
    def __init__(self, database: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.database, self.actor = database, actor
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "付款方名称对不上客户、或对得上几个客户的收款，在这里由您指定；指定后自动核销。"
                )
            )
        )
        self.assign_button = QPushButton(self.tr("指定客户…"))
        self.dismiss_button = QPushButton(self.tr("不是客户款项…"))
        for button, action in (
            (self.assign_button, self.assign),
            (self.dismiss_button, self.dismiss),
        ):
            button.setEnabled(actor.may(Permission.EDIT_RECEIVABLES))
            button.clicked.connect(action)
        layout.addLayout(_bar(None, self.assign_button, self.dismiss_button))
        self.model = RowsTableModel(
            [
                TableColumn(self.tr("交易日期"), lambda r: r.received_on),
                TableColumn(self.tr("流水号"), lambda r: r.transaction_no),
                TableColumn(self.tr("付款方名称"), lambda r: r.payer_name),
                TableColumn(self.tr("金额"), lambda r: r.amount, True),
                TableColumn(self.tr("摘要"), lambda r: r.memo),
                TableColumn(
                    self.tr("名称相符的客户"),
                    lambda r: "、".join(f"{c} {n}" for _i, c, n in r.candidates),
                ),
            ],
            self,
        )
        self.view = table_view(_sortable(self.model))
        self.view.activated.connect(lambda _index: self.assign())
        layout.addWidget(self.view)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.refresh()

    def refresh(self) -> None:
        with self.database.sessions() as session:
            self.model.set_rows(receivables.unmatched(session, self.actor))
        self.count.setText(self.tr("待处理 {0} 笔；双击指定客户").format(len(self.model.rows)))

    def dismiss(self) -> None:
        receipt = selected_row(self.view)
        if receipt is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("不是客户款项"),
            self.tr("{0} 收到“{1}”{2} 元。这笔钱是什么（如：银行结息、供应商退款、借款）？").format(
                receipt.received_on, receipt.payer_name, display(receipt.amount)
            ),
        )
        if not ok:
            return

        if attempt_saving(
            self,
            self.tr("不是客户款项"),
            self.database,
            lambda session: receivables.dismiss_receipt(session, self.actor, receipt.id, reason),
        ):
            self.refresh()

    def assign(self) -> None:
        receipt = selected_row(self.view)
        if receipt is None or not self.actor.may(Permission.EDIT_RECEIVABLES):
            return
        if AssignCustomerDialog(self.database, self.actor, receipt, self).exec():
            self.refresh()


class ReceiptsTab(QWidget):
    def __init__(self, database: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.database, self.actor = database, actor
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索付款方、客户或流水号"))
        self.search.setMinimumWidth(280)
        self.search.returnPressed.connect(self.refresh)
        self.reallocate_button = QPushButton(self.tr("重新核销…"))
        self.reallocate_button.setEnabled(actor.may(Permission.EDIT_RECEIVABLES))
        self.reallocate_button.clicked.connect(self.reallocate)
        layout.addLayout(_bar(self.search, None, self.reallocate_button))
        self.model = RowsTableModel(
            [
                TableColumn(self.tr("交易日期"), lambda r: r.received_on),
                TableColumn(self.tr("流水号"), lambda r: r.transaction_no),
                TableColumn(self.tr("付款方名称"), lambda r: r.payer_name),
                TableColumn(self.tr("客户"), lambda r: r.customer or self.tr("未匹配")),
                TableColumn(self.tr("金额"), lambda r: r.amount, True),
                TableColumn(self.tr("已核销"), lambda r: r.applied, True),
                TableColumn(
                    self.tr("预收/多付"), lambda r: (r.credit or None) if r.customer else None, True
                ),
            ],
            self,
        )
        self.view = table_view(_sortable(self.model))
        layout.addWidget(self.view)
        layout.addWidget(QLabel(self.tr("显示最近1000笔收款")))
        self.refresh()

    def refresh(self) -> None:
        with self.database.sessions() as session:
            self.model.set_rows(receivables.receipt_list(session, self.actor, self.search.text()))

    def reallocate(self) -> None:
        receipt = selected_row(self.view)
        if receipt is None:
            return
        dialog = attempt(
            self,
            self.tr("重新核销"),
            lambda: ReallocateDialog(self.database, self.actor, receipt, self),
        )
        if dialog is not None and dialog.exec():
            self.refresh()


class LimitationModel(RowsTableModel):
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and self.rows[index.row()].days_left <= 90
        ):
            return QBrush(QColor(ERROR_COLOUR))
        return super().data(index, role)


class LimitationTab(QWidget):
    def __init__(self, database: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.database, self.actor = database, actor
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "诉讼时效三年，自到期日起算；客户付款、签回对账函、公司书面催款或签订还款计划后重新起算"
                    "（民法典第188、195条）。下列客户的时效即将届满，或逾期超过一年且到期后没有任何记录。"
                )
            )
        )
        self.acknowledge_button = QPushButton(self.tr("登记对账/催款…"))
        self.acknowledge_button.setEnabled(actor.may(Permission.EDIT_RECEIVABLES))
        self.acknowledge_button.clicked.connect(self.acknowledge)
        self.warning_days = QSpinBox()
        self.warning_days.setRange(30, 730)
        with database.sessions() as session:
            self.warning_days.setValue(settings.get(session, "limitation_warning_days"))
        self.warning_days.setEnabled(actor.may(Permission.MANAGE_SETTINGS))
        self.warning_days.editingFinished.connect(self._warning_days_changed)
        layout.addLayout(
            _bar(QLabel(self.tr("提前提醒天数")), self.warning_days, None, self.acknowledge_button)
        )
        self.model = LimitationModel(
            [
                TableColumn(self.tr("时效届满日"), lambda r: r.ends_on),
                TableColumn(self.tr("剩余天数"), lambda r: r.days_left, True),
                TableColumn(self.tr("客户编码"), lambda r: r.customer_code),
                TableColumn(self.tr("客户名称"), lambda r: r.customer),
                TableColumn(self.tr("业务员"), lambda r: r.salesperson),
                TableColumn(self.tr("未收余额"), lambda r: r.balance, True),
                TableColumn(self.tr("最早到期日"), lambda r: r.oldest_due),
                TableColumn(self.tr("最近中断事由"), lambda r: r.acknowledged_by),
                TableColumn(self.tr("最近中断日期"), lambda r: r.last_acknowledgement),
                TableColumn(self.tr("提示"), lambda r: r.reason),
            ],
            self,
        )
        self.view = table_view(_sortable(self.model))
        self.view.activated.connect(lambda _index: self.acknowledge())
        layout.addWidget(self.view)
        self.refresh()

    def refresh(self) -> None:
        with self.database.sessions() as session:
            self.model.set_rows(receivables.limitation_watch(session, self.actor, clock.today()))

    def _warning_days_changed(self) -> None:
        days = self.warning_days.value()
        if attempt_saving(
            self,
            self.tr("提前提醒天数"),
            self.database,
            lambda session: receivables.set_warning_days(session, self.actor, days),
        ):
            self.refresh()

    def select_customer(self, customer_id: int) -> None:
        for row, found in enumerate(self.model.rows):
            if found.customer_id == customer_id:
                proxy = self.view.model()
                self.view.setCurrentIndex(proxy.mapFromSource(self.model.index(row, 0)))
                return

    def acknowledge(self) -> None:
        row = selected_row(self.view)
        if row is None or not self.actor.may(Permission.EDIT_RECEIVABLES):
            return
        dialog = AcknowledgementDialog(
            self.database, self.actor, row.customer_id, row.customer, self
        )
        if dialog.exec():
            self.refresh()


class CommissionModel(RowsTableModel):
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            entry = self.rows[index.row()]
            if entry.held and entry.release is None:
                return QBrush(QColor(ERROR_COLOUR))
        return super().data(index, role)


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
            _bar(
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
        self.view = table_view(_sortable(self.model))
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
            self.refresh()

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
            self.refresh()

    def export(self) -> None:
        entry = selected_row(self.view)
        if entry is None:
            return
        path = _save_path(
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


class WriteOffsTab(QWidget):
    def __init__(self, database: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.database, self.actor = database, actor
        layout = QVBoxLayout(self)
        self.approve_button = QPushButton(self.tr("批准"))
        self.reject_button = QPushButton(self.tr("驳回"))
        for button, approve in ((self.approve_button, True), (self.reject_button, False)):
            button.setEnabled(actor.may(Permission.APPROVE_WRITE_OFF))
            button.clicked.connect(lambda _checked=False, a=approve: self.decide(a))
        layout.addLayout(
            _bar(
                QLabel(self.tr("坏账核销须由管理员审批，申请人不能审批自己的申请。")),
                None,
                self.approve_button,
                self.reject_button,
            )
        )
        self.model = RowsTableModel(
            [
                TableColumn(self.tr("状态"), lambda w: w.status),
                TableColumn(self.tr("应收单号"), lambda w: w.invoice_no),
                TableColumn(self.tr("客户"), lambda w: w.customer),
                TableColumn(self.tr("金额"), lambda w: w.amount, True),
                TableColumn(self.tr("原因"), lambda w: w.reason),
                TableColumn(self.tr("申请人"), lambda w: w.requested_by),
                TableColumn(self.tr("审批人"), lambda w: w.decided_by),
            ],
            self,
        )
        self.view = table_view(_sortable(self.model))
        layout.addWidget(self.view)
        self.refresh()

    def refresh(self) -> None:
        with self.database.sessions() as session:
            self.model.set_rows(receivables.write_offs(session, self.actor))

    def decide(self, approve: bool) -> None:
        row = selected_row(self.view)
        if row is None:
            return

        if attempt_saving(
            self,
            self.tr("坏账核销"),
            self.database,
            lambda s: receivables.decide_write_off(s, self.actor, row.id, approve, clock.today()),
        ):
            self.refresh()


class ReceivablesPage(QWidget):
    def __init__(self, database: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.database, self.actor = database, actor
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("应收账款"))
        title.setStyleSheet("font-size: 18px; font-weight: bold")
        layout.addWidget(title)
        self.tabs = QTabWidget()
        self.aging_tab = AgingTab(database, actor)
        self.unmatched_tab = UnmatchedTab(database, actor)
        self.receipts_tab = ReceiptsTab(database, actor)
        self.limitation_tab = LimitationTab(database, actor)
        self.commission_tab = CommissionTab(database, actor)
        self.write_offs_tab = WriteOffsTab(database, actor)
        for widget, label in (
            (self.aging_tab, self.tr("账龄")),
            (
                self.unmatched_tab,
                self.tr("未匹配收款 ({0})").format(len(self.unmatched_tab.model.rows)),
            ),
            (self.receipts_tab, self.tr("收款记录")),
            (
                self.limitation_tab,
                self.tr("诉讼时效 ({0})").format(len(self.limitation_tab.model.rows)),
            ),
            (self.commission_tab, self.tr("回款提成")),
            (self.write_offs_tab, self.tr("坏账核销")),
        ):
            self.tabs.addTab(widget, label)
        self.tabs.currentChanged.connect(self._tab_shown)
        layout.addWidget(self.tabs)

    def _tab_shown(self, index: int) -> None:
        self.tabs.widget(index).refresh()  # what another tab changed shows at once

    def open_record(self, customer_id: int) -> None:
        """首页's limitation item: the customer on the 诉讼时效 tab."""
        self.tabs.setCurrentWidget(self.limitation_tab)
        self.limitation_tab.select_customer(customer_id)
