"""应收账款 → 账龄: the aging tree by salesperson, customer and invoice, with its chart."""

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.roles import Permission
from hrdesk.services import receivables
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.services.reports.chart_data import SEVERITY, STACKED, ChartData, Series, unique_labels
from hrdesk.ui.charts import ChartView
from hrdesk.ui.dialogs.receivables import BucketsDialog, CreditNoteDialog, WriteOffDialog
from hrdesk.ui.models.aging_tree import AgingTreeModel
from hrdesk.ui.models.table import ROW_ROLE, display
from hrdesk.ui.operations import Area, announce, op
from hrdesk.ui.screens.receivables.common import bar, save_path
from hrdesk.ui.terms import aging_bucket, term
from hrdesk.ui.widgets.fields import DateEdit


def aging_chart(report: receivables.Aging, title: str, people: int = 12) -> ChartData:
    """The salespeople with the largest balances, a stacked bar each, keyed by their id: two
    people of the same name stay two bars, told apart by their 工号."""
    top = sorted(report.by_salesperson(), key=lambda r: r.balance, reverse=True)[:people]
    categories = unique_labels([(p.salesperson_id, p.salesperson, p.salesperson_no) for p in top])
    series = [
        Series(bucket, aging_bucket(label), [p.buckets[bucket] for p in top])
        for bucket, label in enumerate(report.labels)
    ]
    return ChartData(STACKED, title, categories, series, term("万元"), Decimal(10000), SEVERITY)


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
            bar(
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
        self.summary.setWordWrap(True)
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
            announce(Area.RECEIVABLES)  # the page shows it, with the tabs' counts

    def edit_buckets(self) -> None:
        if BucketsDialog(self.database, self.actor, self).exec():
            announce(Area.RECEIVABLES)  # the page shows it, with the tabs' counts

    def export(self) -> None:
        as_of = self.as_of.value()
        path = save_path(self, self.tr("导出账龄表"), f"账龄表-{as_of:%Y%m%d}.xlsx")
        if path is None:
            return

        def write(_state) -> None:
            with self.database.sessions() as session:
                receivables.write_aging(session, self.actor, as_of, path)

        op(self, self.tr("导出"), write).with_progress(self.tr("正在导出账龄表…")).success(
            lambda _done: QMessageBox.information(
                self, self.tr("导出"), self.tr("已导出到 {0}").format(path)
            )
        ).run_in_background()
