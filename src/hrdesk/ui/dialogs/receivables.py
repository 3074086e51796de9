"""Receivables dialogs: whose a receipt is, re-allocation, acknowledgements, credit notes,
write-off requests, the aging buckets and the commission policy."""

from decimal import Decimal

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QTableWidget, QTableWidgetItem

from hrdesk.domain.receivables import CoefficientStep
from hrdesk.services import commission, receivables
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.ui.models.table import display
from hrdesk.ui.terms import term
from hrdesk.ui.widgets.fields import DateEdit, MoneyEdit, RateEdit
from hrdesk.ui.widgets.forms import ServiceDialog


class AssignCustomerDialog(ServiceDialog):
    """未匹配收款: the clerk names the customer; the payer name can be remembered for next time."""

    def __init__(
        self, database: Database, actor: Actor, receipt: receivables.UnmatchedReceipt, parent=None
    ):
        super().__init__(
            database,
            actor,
            self.tr("指定付款客户"),
            self.tr("{0} 收到“{1}”{2} 元（{3}）。请选择这笔钱是哪个客户付的。").format(
                receipt.received_on,
                receipt.payer_name,
                display(receipt.amount),
                receipt.memo or "无摘要",
            ),
            parent,
        )
        self.receipt = receipt
        self.customer = QComboBox()
        self.customer.setEditable(True)  # type to find among hundreds of customers
        self.customer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        with database.sessions() as session:
            choices = receivables.customer_choices(session)
        fits = {customer_id for customer_id, _c, _n in receipt.candidates}
        for customer_id, code, name in sorted(choices, key=lambda c: c[0] not in fits):
            self.customer.addItem(f"{code} {name}", customer_id)
        self.remember = QCheckBox(
            self.tr("记住：以后“{0}”的付款都算这个客户").format(receipt.payer_name)
        )
        self.remember.setChecked(True)
        self.form.addRow(self.tr("客户"), self.customer)
        self.form.addRow("", self.remember)

    def write(self, session) -> None:
        index = self.customer.findText(self.customer.currentText())
        if index < 0:
            raise ValueError(self.tr("请从列表中选择客户"))
        self.matched = receivables.assign_customer(
            session,
            self.actor,
            self.receipt.id,
            self.customer.itemData(index),
            self.remember.isChecked(),
        )


class ReallocateDialog(ServiceDialog):
    """重新核销: the clerk says how much of a receipt pays which of the customer's invoices."""

    def __init__(
        self, database: Database, actor: Actor, receipt: receivables.ReceiptRow, parent=None
    ):
        super().__init__(
            database,
            actor,
            self.tr("重新核销 — {0}").format(receipt.transaction_no or receipt.received_on),
            self.tr(
                "收款 {0} 元（{1}）。填写这笔钱核销到各张应收单的金额，未分配的部分留作客户预收款。"
            ).format(display(receipt.amount), receipt.customer),
            parent,
        )
        self.receipt = receipt
        self.setMinimumWidth(620)
        with database.sessions() as session:
            self.invoices = receivables.reallocation_choices(session, actor, receipt.id)
        self.table = QTableWidget(len(self.invoices), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("应收单号"), self.tr("到期日期"), self.tr("可核销余额"), self.tr("本次核销")]
        )
        for row, invoice in enumerate(self.invoices):
            for column, value in enumerate((invoice.number, invoice.due_on, invoice.balance)):
                self.table.setItem(row, column, QTableWidgetItem(display(value)))
            self.table.setCellWidget(row, 3, MoneyEdit())
            self.table.cellWidget(row, 3).set_amount(invoice.applied_here or None)
        self.table.resizeColumnsToContents()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("如：客户来函指定支付某张发票"))
        self.form.addRow(self.table)
        self.form.addRow(self.tr("原因"), self.reason)

    def write(self, session) -> None:
        parts = {}
        for row, invoice in enumerate(self.invoices):
            amount = self.table.cellWidget(row, 3).amount()
            if amount:
                parts[invoice.id] = amount
        receivables.reallocate(session, self.actor, self.receipt.id, parts, self.reason.text())


class AcknowledgementDialog(ServiceDialog):
    """登记时效中断: a signed confirmation, a written demand or a repayment plan."""

    def __init__(
        self, database: Database, actor: Actor, customer_id: int, customer: str, parent=None
    ):
        super().__init__(
            database,
            actor,
            self.tr("登记时效中断 — {0}").format(customer),
            self.tr(
                "客户签回对账函、公司发出书面催款或双方签订还款计划，诉讼时效从该日重新计算三年。请保留原件。"
            ),
            parent,
        )
        self.customer_id = customer_id
        self.on_date = DateEdit()
        self.kind = QComboBox()
        for kind in receivables.ACKNOWLEDGEMENT_KINDS:
            self.kind.addItem(term(kind), kind)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("如：对账函编号、快递单号、原件存放处"))
        self.form.addRow(self.tr("日期"), self.on_date)
        self.form.addRow(self.tr("事由"), self.kind)
        self.form.addRow(self.tr("说明"), self.note)

    def write(self, session) -> None:
        receivables.add_acknowledgement(
            session,
            self.actor,
            self.customer_id,
            self.on_date.value(),
            self.kind.currentData(),
            self.note.text(),
        )


class CreditNoteDialog(ServiceDialog):
    def __init__(
        self, database: Database, actor: Actor, invoice: receivables.AgedInvoice, parent=None
    ):
        super().__init__(
            database,
            actor,
            self.tr("红字冲减 — {0}").format(invoice.number),
            self.tr("退货或折让：原应收单金额不变，另记一笔冲减。未收余额 {0} 元。").format(
                display(invoice.balance)
            ),
            parent,
        )
        self.invoice = invoice
        self.number = QLineEdit()
        self.issued_on = DateEdit()
        self.amount = MoneyEdit()
        self.reason = QLineEdit()
        self.form.addRow(self.tr("红字单号"), self.number)
        self.form.addRow(self.tr("日期"), self.issued_on)
        self.form.addRow(self.tr("冲减金额"), self.amount)
        self.form.addRow(self.tr("原因"), self.reason)

    def write(self, session) -> None:
        receivables.add_credit_note(
            session,
            self.actor,
            self.invoice.id,
            self.number.text().strip(),
            self.issued_on.value(),
            self.amount.amount() or Decimal(0),
            self.reason.text(),
        )


class WriteOffDialog(ServiceDialog):
    def __init__(
        self, database: Database, actor: Actor, invoice: receivables.AgedInvoice, parent=None
    ):
        super().__init__(
            database,
            actor,
            self.tr("申请坏账核销 — {0}").format(invoice.number),
            self.tr(
                "核销须由管理员（老板）审批后才生效；申请人不能审批自己的申请。未收余额 {0} 元。"
            ).format(display(invoice.balance)),
            parent,
        )
        self.invoice = invoice
        self.amount = MoneyEdit()
        self.amount.set_amount(invoice.balance)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("如：客户已注销，法院终结执行"))
        self.form.addRow(self.tr("核销金额"), self.amount)
        self.form.addRow(self.tr("原因"), self.reason)

    def write(self, session) -> None:
        receivables.request_write_off(
            session,
            self.actor,
            self.invoice.id,
            self.amount.amount() or Decimal(0),
            self.reason.text(),
        )


class BucketsDialog(ServiceDialog):
    SHOWS = ("aging_bucket_bounds",)

    def __init__(self, database: Database, actor: Actor, parent=None):
        super().__init__(
            database,
            actor,
            self.tr("账龄区间"),
            self.tr("按逾期天数分段，填写各段的上限天数，用逗号分开。默认：30, 60, 90, 180, 365"),
            parent,
        )
        with database.sessions() as session:
            current = receivables.bucket_bounds(session)
        self.bounds = QLineEdit(", ".join(str(b) for b in current))
        self.form.addRow(self.tr("分段上限（天）"), self.bounds)

    def write(self, session) -> None:
        parts = [p for p in self.bounds.text().replace("，", ",").split(",") if p.strip()]
        if not all(p.strip().isdigit() for p in parts):
            raise ValueError(self.tr("请只填写整数天数，用逗号分开"))
        receivables.set_bucket_bounds(session, self.actor, [int(p) for p in parts])


class CommissionPolicyDialog(ServiceDialog):
    """提成政策: the aging coefficients by days late, and the share of target below which the
    month is held (domain-cn.md §9's default ships)."""

    SHOWS = ("commission_coefficients", "commission_hold_below")

    def __init__(self, database: Database, actor: Actor, parent=None):
        super().__init__(
            database,
            actor,
            self.tr("回款提成政策"),
            self.tr("按收款日距到期日的逾期天数取账龄系数；最后一档不填天数，表示更久。"),
            parent,
        )
        with database.sessions() as session:
            rules = commission.policy(session)
        self.table = QTableWidget(len(rules.steps), 2)
        self.table.setHorizontalHeaderLabels([self.tr("逾期天数不超过"), self.tr("系数")])
        for row, step in enumerate(rules.steps):
            days = "" if step.max_days is None else str(step.max_days)
            self.table.setItem(row, 0, QTableWidgetItem(days))
            self.table.setItem(row, 1, QTableWidgetItem(str(step.coefficient)))
        self.hold = RateEdit()
        self.hold.set_rate(rules.hold_below)
        self.form.addRow(self.table)
        self.form.addRow(self.tr("回款低于目标的比例时暂扣"), self.hold)

    def write(self, session) -> None:
        steps = []
        for row in range(self.table.rowCount()):
            days = (self.table.item(row, 0).text() if self.table.item(row, 0) else "").strip()
            factor = (self.table.item(row, 1).text() if self.table.item(row, 1) else "").strip()
            try:
                steps.append(CoefficientStep(int(days) if days else None, Decimal(factor)))
            except (ValueError, ArithmeticError):
                raise ValueError(
                    self.tr("第{0}档：天数应为整数，系数如 0.8").format(row + 1)
                ) from None
        commission.set_policy(session, self.actor, steps, self.hold.rate() or Decimal(0))
