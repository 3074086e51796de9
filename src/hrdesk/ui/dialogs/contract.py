"""合同: one labour contract's terms, entered or corrected."""

from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
)

from hrdesk.domain.contracts import ContractKind, ContractTerms
from hrdesk.services import contracts
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database, StaleRecord
from hrdesk.ui.operations import Area, announce
from hrdesk.ui.widgets.fields import DateEdit, MoneyEdit
from hrdesk.ui.widgets.forms import dialog_buttons, problem_label


class ContractDialog(QDialog):
    def __init__(
        self,
        database: Database,
        actor: Actor,
        employee_id: int,
        existing: contracts.ContractRow | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.database, self.actor, self.employee_id = database, actor, employee_id
        self.contract_id = existing.id if existing else None
        self.version = existing.version if existing else None
        self.setWindowTitle(self.tr("编辑合同") if existing else self.tr("新增合同"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.number = QLineEdit()
        self.kind = QComboBox()
        for kind in ContractKind:
            self.kind.addItem(kind.value, kind.value)
        self.start = DateEdit(optional=True)
        self.end = DateEdit(optional=True)
        self.probation_end = DateEdit(optional=True)
        self.probation_wage = MoneyEdit()
        self.contract_wage = MoneyEdit()
        self.signed_on = DateEdit(optional=True)
        self.fields = {
            "合同编号": self.number,
            "合同类型": self.kind,
            "开始日期": self.start,
            "结束日期": self.end,
            "试用期结束日期": self.probation_end,
            "试用期工资": self.probation_wage,
            "合同工资": self.contract_wage,
            "签订日期": self.signed_on,
        }
        labels = [
            self.tr("合同编号"),
            self.tr("合同类型"),
            self.tr("开始日期"),
            self.tr("结束日期（最后一天）"),
            self.tr("试用期结束日期"),
            self.tr("试用期工资"),
            self.tr("合同工资（元/月）"),
            self.tr("签订日期"),
        ]
        for label, widget in zip(labels, self.fields.values(), strict=True):
            form.addRow(label, widget)
        layout.addLayout(form)
        self.problem = problem_label()
        layout.addWidget(self.problem)
        layout.addWidget(dialog_buttons(self, self.tr("保存"), self.save, self.tr("取消")))
        if existing:
            self._show(existing.terms)

    def _show(self, terms: ContractTerms) -> None:
        self.number.setText(terms.number)
        self.kind.setCurrentIndex(self.kind.findData(terms.kind.value))
        self.start.set_value(terms.start)
        self.end.set_value(terms.end)
        self.probation_end.set_value(terms.probation_end)
        self.probation_wage.set_amount(terms.probation_wage)
        self.contract_wage.set_amount(terms.contract_wage)
        self.signed_on.set_value(terms.signed_on)

    def terms(self) -> ContractTerms:
        return ContractTerms(
            self.number.text().strip(),
            ContractKind(self.kind.currentData()),
            self.start.value(),
            self.end.value(),
            self.probation_end.value(),
            self.probation_wage.amount(),
            self.contract_wage.amount() or Decimal(0),
            self.signed_on.value(),
        )

    def save(self) -> None:
        try:
            with self.database.sessions.begin() as session:
                problems = contracts.save_contract(
                    session,
                    self.actor,
                    self.employee_id,
                    self.terms(),
                    self.contract_id,
                    self.version,
                )
        except StaleRecord as stale:  # another seat saved it: close, the list shows the new one
            QMessageBox.warning(self, self.tr("合同已被修改"), str(stale))
            self.reject()
            return
        if problems:
            self.problem.setText("\n".join(f"{column}：{reason}" for column, reason in problems))
            self.fields[problems[0][0]].setFocus()
            return
        announce(Area.CONTRACTS, Area.PAYROLL)
        self.accept()
