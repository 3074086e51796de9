"""新增最低工资标准 / 新增职工平均工资: one city's monthly wage figure from a date."""

from decimal import Decimal

from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from hrdesk.services import average_wages, contracts
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.ui.operations import Area, announce
from hrdesk.ui.widgets.fields import DateEdit, MoneyEdit
from hrdesk.ui.widgets.forms import dialog_buttons, problem_label

MINIMUM = "minimum"  # 月最低工资标准 (probation pay, sick pay, loss deductions)
AVERAGE = "average"  # 上年职工月平均工资 (severance cap, severance tax)


class WageStandardDialog(QDialog):
    """The two wage tables of 设置 are entered alike: city, date, amount, source."""

    def __init__(self, database: Database, actor: Actor, kind: str, parent=None):
        super().__init__(parent)
        self.database, self.actor, self.kind = database, actor, kind
        layout = QVBoxLayout(self)
        self.city = QLineEdit()
        self.effective_from = DateEdit()
        self.amount = MoneyEdit()
        self.source = QLineEdit()
        self.excludes = QCheckBox(self.tr("与扣除个人社保公积金后的工资比较（如上海、北京）"))
        if kind == MINIMUM:
            self.setWindowTitle(self.tr("新增最低工资标准"))
            amount_label = self.tr("月最低工资（元）")
            self.source.setPlaceholderText(self.tr("文件名或网址，如“沪人社规〔2025〕X号”"))
        else:
            self.setWindowTitle(self.tr("新增职工平均工资"))
            amount_label = self.tr("月平均工资（元）")
            self.source.setPlaceholderText(self.tr("文件名或网址"))
            note = QLabel(
                self.tr(
                    "当地统计或人社部门公布的上年职工月平均工资（全口径城镇单位就业人员平均工资÷12）："
                    "经济补偿按其3倍封顶，离职补偿个税按其3倍的年额免税。"
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        form = QFormLayout()
        form.addRow(self.tr("城市"), self.city)
        form.addRow(self.tr("生效日期"), self.effective_from)
        form.addRow(amount_label, self.amount)
        if kind == MINIMUM:
            form.addRow("", self.excludes)
        form.addRow(self.tr("来源"), self.source)
        layout.addLayout(form)
        self.problem = problem_label()
        layout.addWidget(self.problem)
        layout.addWidget(dialog_buttons(self, self.tr("保存"), self.save, self.tr("取消")))

    def save(self) -> None:
        amount = self.amount.amount() or Decimal(0)
        with self.database.sessions.begin() as session:
            if self.kind == MINIMUM:
                problems = contracts.add_minimum_wage(
                    session,
                    self.actor,
                    self.city.text(),
                    self.effective_from.value(),
                    amount,
                    self.excludes.isChecked(),
                    self.source.text(),
                )
            else:
                problems = average_wages.add(
                    session,
                    self.actor,
                    self.city.text(),
                    self.effective_from.value(),
                    amount,
                    self.source.text(),
                )
        if problems:
            self.problem.setText("\n".join(f"{column}：{reason}" for column, reason in problems))
            return
        announce(Area.SETTINGS)
        self.accept()
