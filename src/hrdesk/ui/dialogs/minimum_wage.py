"""新增最低工资标准: one city's monthly minimum wage from a date."""

from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
)

from hrdesk.services import contracts
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.ui.widgets.fields import DateEdit, MoneyEdit
from hrdesk.ui.widgets.forms import dialog_buttons, problem_label


class MinimumWageDialog(QDialog):
    def __init__(self, database: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.database, self.actor = database, actor
        self.setWindowTitle(self.tr("新增最低工资标准"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.city = QLineEdit()
        self.effective_from = DateEdit()
        self.amount = MoneyEdit()
        self.excludes = QCheckBox(self.tr("与扣除个人社保公积金后的工资比较（如上海、北京）"))
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("文件名或网址，如“沪人社规〔2025〕X号”"))
        for label, widget in (
            (self.tr("城市"), self.city),
            (self.tr("生效日期"), self.effective_from),
            (self.tr("月最低工资（元）"), self.amount),
            ("", self.excludes),
            (self.tr("来源"), self.source),
        ):
            form.addRow(label, widget)
        layout.addLayout(form)
        self.problem = problem_label()
        layout.addWidget(self.problem)
        layout.addWidget(dialog_buttons(self, self.tr("保存"), self.save, self.tr("取消")))

    def save(self) -> None:
        with self.database.sessions.begin() as session:
            problems = contracts.add_minimum_wage(
                session,
                self.actor,
                self.city.text(),
                self.effective_from.value(),
                self.amount.amount() or Decimal(0),
                self.excludes.isChecked(),
                self.source.text(),
            )
        if problems:
            self.problem.setText("\n".join(f"{column}：{reason}" for column, reason in problems))
            return
        self.accept()
