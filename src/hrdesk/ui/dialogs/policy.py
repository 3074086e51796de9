"""社保公积金政策: one item of a city's policy from a date, entered or corrected in 设置."""

from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QVBoxLayout

from hrdesk.domain.social_insurance import InsuranceItem, ItemPolicy, Rounding
from hrdesk.services import policies
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.ui.operations import Area, announce
from hrdesk.ui.widgets.fields import DateEdit, MoneyEdit, RateEdit
from hrdesk.ui.widgets.forms import dialog_buttons, problem_label


class PolicyDialog(QDialog):
    def __init__(
        self, database: Database, actor: Actor, existing: ItemPolicy | None = None, parent=None
    ):
        super().__init__(parent)
        self.database, self.actor = database, actor
        self.setWindowTitle(self.tr("社保公积金政策"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.city = QLineEdit()
        self.item = QComboBox()
        for item in InsuranceItem:
            self.item.addItem(item.value, item.value)
        self.since = DateEdit()
        self.personal = RateEdit()
        self.employer = RateEdit()
        self.floor = MoneyEdit()
        self.cap = MoneyEdit()
        self.fixed = MoneyEdit()
        self.rounding = QComboBox()
        for rounding in Rounding:
            self.rounding.addItem(rounding.value, rounding.value)
        self.source = QLineEdit()
        for label, widget in (
            (self.tr("城市"), self.city),
            (self.tr("项目"), self.item),
            (self.tr("生效日期"), self.since),
            (self.tr("个人比例"), self.personal),
            (self.tr("单位比例"), self.employer),
            (self.tr("基数下限"), self.floor),
            (self.tr("基数上限"), self.cap),
            (self.tr("个人固定金额"), self.fixed),
            (self.tr("舍入方式"), self.rounding),
            (self.tr("来源"), self.source),
        ):
            form.addRow(label, widget)
        layout.addLayout(form)
        self.problem = problem_label()
        layout.addWidget(self.problem)
        layout.addWidget(dialog_buttons(self, self.tr("保存"), self.save, self.tr("取消")))
        if existing is not None:
            self.city.setText(existing.city)
            self.item.setCurrentIndex(self.item.findData(existing.item.value))
            self.since.set_value(existing.effective_from)
            self.personal.set_rate(existing.personal_rate)
            self.employer.set_rate(existing.employer_rate)
            self.floor.set_amount(existing.base_floor)
            self.cap.set_amount(existing.base_cap)
            self.fixed.set_amount(existing.personal_fixed or None)
            self.rounding.setCurrentIndex(self.rounding.findData(existing.rounding.value))
            self.source.setText(existing.source)

    def save(self) -> None:
        floor, cap = self.floor.amount(), self.cap.amount()
        personal, employer = self.personal.rate(), self.employer.rate()
        if not self.city.text().strip() or None in (floor, cap, personal, employer):
            self.problem.setText(self.tr("城市、比例和基数上下限都要填写"))
            return
        policy = ItemPolicy(
            self.city.text().strip(),
            InsuranceItem(self.item.currentData()),
            self.since.value(),
            personal,
            employer,
            floor,
            cap,
            self.fixed.amount() or Decimal(0),
            Rounding(self.rounding.currentData()),
            self.source.text().strip(),
        )
        try:
            with self.database.sessions.begin() as session:
                policies.save(session, self.actor, [policies.PolicyChange(policy, None, False)])
        except ValueError as exc:
            self.problem.setText(str(exc))
            return
        announce(Area.SETTINGS, Area.PAYROLL)  # contributions follow the policies
        self.accept()
