"""新增职工平均工资: one city's average monthly wage of last year, from a date."""

from decimal import Decimal

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from hrdesk.services import average_wages
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.ui.widgets.fields import DateEdit, MoneyEdit
from hrdesk.ui.widgets.forms import dialog_buttons, problem_label


class AverageWageDialog(QDialog):
    def __init__(self, database: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.database, self.actor = database, actor
        self.setWindowTitle(self.tr("新增职工平均工资"))
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "当地统计或人社部门公布的上年职工月平均工资（全口径城镇单位就业人员平均工资÷12）："
                "经济补偿按其3倍封顶，离职补偿个税按其3倍的年额免税。"
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.city = QLineEdit()
        self.effective_from = DateEdit()
        self.amount = MoneyEdit()
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("文件名或网址"))
        for label, widget in (
            (self.tr("城市"), self.city),
            (self.tr("生效日期"), self.effective_from),
            (self.tr("月平均工资（元）"), self.amount),
            (self.tr("来源"), self.source),
        ):
            form.addRow(label, widget)
        layout.addLayout(form)
        self.problem = problem_label()
        layout.addWidget(self.problem)
        layout.addWidget(dialog_buttons(self, self.tr("保存"), self.save, self.tr("取消")))

    def save(self) -> None:
        with self.database.sessions.begin() as session:
            problems = average_wages.add(
                session,
                self.actor,
                self.city.text(),
                self.effective_from.value(),
                self.amount.amount() or Decimal(0),
                self.source.text(),
            )
        if problems:
            self.problem.setText("\n".join(f"{column}：{reason}" for column, reason in problems))
            return
        self.accept()
