"""Dialogs of the payroll screen: a loss the employee owes (损失赔偿), an adjustment that
corrects an approved month (更正调整), and how a year-end bonus is taxed (奖金计税方式)."""

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QWidget

from hrdesk.domain.money import format_money
from hrdesk.services import losses, payroll
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.services.payroll import GridRow
from hrdesk.services.tax_year.cumulation import bonus_lines
from hrdesk.ui.operations import Area
from hrdesk.ui.widgets.fields import DateEdit, MoneyEdit
from hrdesk.ui.widgets.forms import FormDialog


class _EntryDialog(FormDialog):
    """Saves through write(); a refusal from the services is shown, not raised."""

    changes = (Area.PAYROLL,)

    def __init__(self, title: str, intro: str, parent=None):
        super().__init__(title, intro, self.tr("保存"), parent)

    def attempt(self) -> str:
        try:
            self.write()
        except (ValueError, payroll.LockedMonthError) as exc:
            return str(exc)
        return ""

    def write(self) -> None:
        raise NotImplementedError


class LossDialog(_EntryDialog):
    def __init__(self, database: Database, actor: Actor, row: GridRow, parent=None):
        super().__init__(
            self.tr("登记损失 — {0} {1}").format(row.employee_no, row.name),
            self.tr(
                "员工本人原因造成、依合同应赔偿的损失。每月最多扣当月工资的20%，扣后不低于当地最低工资，"
                "其余顺延。客户未付款不是员工的损失。"
            ),
            parent,
        )
        self.database, self.actor, self.row = database, actor, row
        self.occurred_on = DateEdit()
        self.amount = MoneyEdit()
        self.reason = QLineEdit()
        self.evidence = QLineEdit()
        for label, widget in (
            (self.tr("发生日期"), self.occurred_on),
            (self.tr("金额（元）"), self.amount),
            (self.tr("原因"), self.reason),
            (self.tr("凭证说明"), self.evidence),
        ):
            self.form.addRow(label, widget)

    def write(self) -> None:
        with self.database.sessions.begin() as session:
            losses.add_loss(
                session,
                self.actor,
                self.row.employee_id,
                self.occurred_on.value(),
                self.amount.amount() or Decimal(0),
                self.reason.text(),
                self.evidence.text(),
            )


class AdjustmentDialog(_EntryDialog):
    def __init__(self, database: Database, actor: Actor, row: GridRow, month: date, parent=None):
        super().__init__(
            self.tr("更正调整 — {0} {1}").format(row.employee_no, row.name),
            self.tr(
                "已审核的月份不能修改；少发的补发、多发的扣回记在本月（{0}），并写明原因。"
            ).format(f"{month:%Y-%m}"),
            parent,
        )
        self.database, self.actor, self.row, self.month = database, actor, row, month
        self.corrects = QComboBox()
        with database.sessions() as session:
            for known in payroll.known_months(session):
                if known < month:
                    self.corrects.addItem(f"{known:%Y-%m}", known.isoformat())
        self.amount = MoneyEdit()
        self.amount.setPlaceholderText(self.tr("补发为正数，扣回为负数"))
        self.reason = QLineEdit()
        for label, widget in (
            (self.tr("更正的月份"), self.corrects),
            (self.tr("金额（元）"), self.amount),
            (self.tr("原因"), self.reason),
        ):
            self.form.addRow(label, widget)

    def write(self) -> None:
        if self.corrects.currentData() is None:
            raise ValueError(self.tr("没有可以更正的已审核月份"))
        with self.database.sessions.begin() as session:
            payroll.add_adjustment(
                session,
                self.actor,
                self.month,
                self.row.employee_id,
                date.fromisoformat(self.corrects.currentData()),
                self.amount.amount() or Decimal(0),
                self.reason.text(),
            )


def ask_bonus_method(parent: QWidget, row: GridRow) -> bool | None:
    """单独计税 (False) or 并入当月工资 (True) for the employee's 全年一次性奖金, both taxes
    shown; None when cancelled or there is no bonus this month."""

    bonus = row.inputs.get("annual_bonus")
    if not bonus:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("BonusMethod", "奖金计税方式"),
            QCoreApplication.translate("BonusMethod", "该员工本月没有全年一次性奖金。"),
        )
        return None
    compared = "\n".join(bonus_lines(row.figures)) or QCoreApplication.translate(
        "BonusMethod", "计算后显示两种方式的个税。"
    )
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("BonusMethod", "奖金计税方式"))
    box.setText(
        QCoreApplication.translate(
            "BonusMethod", "{0} {1} 的全年一次性奖金 {2} 元按哪种方式计税？"
        ).format(row.employee_no, row.name, format_money(bonus))
    )
    box.setInformativeText(compared)
    separate = box.addButton(
        QCoreApplication.translate("BonusMethod", "单独计税"), QMessageBox.ButtonRole.AcceptRole
    )
    merged = box.addButton(
        QCoreApplication.translate("BonusMethod", "并入当月工资"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("BonusMethod", "取消"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    if box.clickedButton() not in (separate, merged):
        return None
    return box.clickedButton() is merged
