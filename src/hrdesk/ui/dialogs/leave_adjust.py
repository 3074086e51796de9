"""年休假结转 and 假期作废: the clerk carries a person's unused annual leave into next year or
lets days lapse; what will be written is said as they type and confirmed before it is."""

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMessageBox

from hrdesk.domain.leave import ANNUAL, LIEU
from hrdesk.services import leave
from hrdesk.ui.operations import Area
from hrdesk.ui.widgets.forms import ServiceDialog

CARRY, EXPIRE = "carry", "expire"


class LeaveAdjustDialog(ServiceDialog):
    changes = (Area.LEAVE,)

    def __init__(self, database, actor, mode: str, person, year: int, parent=None):
        carry = mode == CARRY
        super().__init__(
            database,
            actor,
            self.tr("年休假结转") if carry else self.tr("假期作废"),
            self.tr("经员工同意，当年未休的年休假可以跨一个年度安排（实施办法第9条）。")
            if carry
            else self.tr(
                "因员工本人原因未休或书面放弃的天数作废；请写明原因，它会记入台账和审计记录。"
            ),
            parent,
        )
        self.mode, self.person, self.year = mode, person, year
        self.form.addRow(self.tr("员工"), QLabel(f"{person.employee_no} {person.name}"))
        self.form.addRow(self.tr("年度"), QLabel(str(year)))
        self.leave = QComboBox()
        for name in (ANNUAL,) if carry else (ANNUAL, LIEU):
            self.leave.addItem(name, name)
        self.form.addRow(self.tr("假期类型"), self.leave)
        self.days = QLineEdit()
        self.days.setPlaceholderText(self.tr("半天写0.5"))
        self.form.addRow(self.tr("天数"), self.days)
        self.note = QLineEdit()
        self.note.setPlaceholderText(
            self.tr("如“员工同意跨年安排”") if carry else self.tr("如“员工书面放弃”")
        )
        self.form.addRow(self.tr("说明") if carry else self.tr("原因"), self.note)
        self.effect = QLabel()
        self.effect.setWordWrap(True)
        self.form.addRow(self.effect)
        for signal in (self.days.textChanged, self.leave.currentIndexChanged):
            signal.connect(self.show_effect)
        self.show_effect()

    def chosen_days(self) -> Decimal:
        try:
            return Decimal(self.days.text().strip())
        except InvalidOperation:
            raise ValueError(self.tr("天数不是数字")) from None

    def effect_text(self) -> str:
        """What will be written, in the clerk's words."""
        name, year = self.leave.currentData(), self.year
        with self.database.sessions() as session:
            left = leave.balance(session, self.person.employee_id, name, year)
        try:
            days = self.chosen_days()
        except ValueError:
            return self.tr("{0}年{1}余额 {2} 天").format(year, name, _shown(left))
        if self.mode == CARRY:
            return self.tr(
                "将写入：{0}年年休假 −{1} 天（余额 {2} → {3} 天），{4}年年休假 +{1} 天；记入审计记录"
            ).format(year, _shown(days), _shown(left), _shown(left - days), year + 1)
        return self.tr("将写入：{0}年{1} −{2} 天作废（余额 {3} → {4} 天）；记入审计记录").format(
            year, name, _shown(days), _shown(left), _shown(left - days)
        )

    def show_effect(self) -> None:
        self.effect.setText(self.effect_text())

    def submit(self) -> None:
        try:
            self.chosen_days()
        except ValueError as error:
            self.problem.setText(str(error))
            return
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("{0} {1}：{2}。确定吗？").format(
                self.person.employee_no, self.person.name, self.effect_text()
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            super().submit()

    def write(self, session) -> None:
        employee_id, days, note = self.person.employee_id, self.chosen_days(), self.note.text()
        if self.mode == CARRY:
            leave.carry_over(session, self.actor, employee_id, self.year, days, note)
        else:
            name = self.leave.currentData()
            leave.expire(session, self.actor, employee_id, name, self.year, days, note)


def _shown(days: Decimal) -> str:
    """5.00 as 5, 0.50 as 0.5."""
    return f"{days.normalize():f}"
