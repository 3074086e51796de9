"""离职交接 dialogs: start a separation, confirm its figures, add an evidence note."""

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from hrdesk.domain.grounds import RULES, Ground
from hrdesk.domain.roles import Role
from hrdesk.services import separations
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.ui.operations import Area
from hrdesk.ui.terms import term
from hrdesk.ui.widgets.fields import DateEdit, MoneyEdit
from hrdesk.ui.widgets.forms import (
    USER_ERRORS,
    FormDialog,
    ServiceDialog,
    ShownSettings,
    user_message,
)


class StartDialog(ServiceDialog):
    changes = (Area.EMPLOYEES, Area.CONTRACTS)

    def __init__(
        self,
        database: Database,
        actor: Actor,
        staff: list[tuple[int, str]],
        salespeople: list[tuple[int, str]],
        parent=None,
    ):
        super().__init__(
            database,
            actor,
            self.tr("发起离职"),
            self.tr(
                "选择解除或终止的法律依据：hrdesk 会列出它要求的通知和证据，以及应支付的款项。"
            ),
            parent,
        )
        self.employee = QComboBox()
        for employee_id, name in staff:
            self.employee.addItem(name, employee_id)
        self.ground = QComboBox()
        for ground in Ground:
            self.ground.addItem(term(ground.value), ground)
        self.requires = QLineEdit()
        self.requires.setReadOnly(True)
        self.ground.currentIndexChanged.connect(self._ground_changed)
        self.notice_date = DateEdit()
        self.last_day = DateEdit()
        self.successor = QComboBox()
        self.successor.addItem(self.tr("（暂不指定）"), None)
        for person_id, name in salespeople:
            self.successor.addItem(name, person_id)
        self.leave_taken = MoneyEdit()
        self.leave_taken.setPlaceholderText(self.tr("今年已休年假天数，如 2 或 2.5"))
        for label, widget in (
            (self.tr("员工"), self.employee),
            (self.tr("依据"), self.ground),
            (self.tr("需备材料"), self.requires),
            (self.tr("通知日期"), self.notice_date),
            (self.tr("最后工作日"), self.last_day),
            (self.tr("接手人"), self.successor),
            (self.tr("今年已休年假（天）"), self.leave_taken),
        ):
            self.form.addRow(label, widget)
        self._ground_changed()

    def _ground_changed(self) -> None:
        self.requires.setText(term(RULES[Ground(self.ground.currentData())].requires))

    def write(self, session) -> None:
        self.separation_id = separations.start(
            session,
            self.actor,
            self.employee.currentData(),
            Ground(self.ground.currentData()),  # Qt hands the enum back as its text
            self.notice_date.value(),
            self.last_day.value(),
            self.successor.currentData(),
            leave_taken_days=self.leave_taken.amount() or Decimal(0),
        )


class FiguresDialog(ServiceDialog):
    """The figures severance and leave pay come from, as the clerk confirms them."""

    changes = (Area.EMPLOYEES,)

    def __init__(self, database: Database, actor: Actor, separation_id: int, current, parent=None):
        super().__init__(
            database,
            actor,
            self.tr("核对结算数据"),
            self.tr(
                "月工资按离职前12个月的平均应发工资（低于最低工资的按最低工资）；未休年休假工资按"
                "不含加班费的平均工资；当地上年职工月平均工资用于经济补偿封顶和个税免税额。"
                "协商一致解除约定了补偿金额的，填写金额并写明协议。"
            ),
            parent,
        )
        self.separation_id = separation_id
        self.average = MoneyEdit()
        self.average.set_amount(current.average_wage)
        self.local = MoneyEdit()
        self.local.set_amount(current.local_average_wage)
        self.leave_average = MoneyEdit()
        self.leave_average.set_amount(current.terms.leave_average_wage)
        self.leave_taken = MoneyEdit()
        self.leave_taken.set_amount(current.leave_taken_days)
        self.agreed = MoneyEdit()
        self.agreed.set_amount(current.terms.agreed_amount)
        self.agreement = QLineEdit(current.terms.agreement)
        self.agreement.setPlaceholderText(
            self.tr("协议名称、日期和条款，如“2026-11-01 解除协议第2条”")
        )
        agreed_ground = current.ground in (Ground.AGREED_BY_EMPLOYER, Ground.AGREED_BY_EMPLOYEE)
        self.agreed.setEnabled(agreed_ground)
        self.agreement.setEnabled(agreed_ground)
        self.form.addRow(self.tr("离职前12个月平均工资"), self.average)
        self.form.addRow(self.tr("不含加班费的平均工资"), self.leave_average)
        self.form.addRow(self.tr("当地上年职工月平均工资"), self.local)
        self.form.addRow(self.tr("今年已休年假（天）"), self.leave_taken)
        self.form.addRow(self.tr("协商约定的补偿金额"), self.agreed)
        self.form.addRow(self.tr("约定所在的协议"), self.agreement)

    def write(self, session) -> None:
        separations.update_figures(
            session,
            self.actor,
            self.separation_id,
            self.average.amount() or Decimal(0),
            self.local.amount(),
            self.leave_taken.amount() or Decimal(0),
            leave_average=self.leave_average.amount() or Decimal(0),
            agreed_amount=self.agreed.amount(),
            agreement=self.agreement.text(),
        )


class EvidenceDialog(ServiceDialog):
    changes = (Area.EMPLOYEES,)

    def __init__(self, database: Database, actor: Actor, employee_id: int, parent=None):
        super().__init__(
            database,
            actor,
            self.tr("添加绩效记录"),
            self.tr(
                "培训、调岗、绩效面谈、书面警告：写明时间、内容、结果，原件（员工签字）另行存档。"
            ),
            parent,
        )
        self.employee_id = employee_id
        self.on_date = DateEdit()
        self.kind = QComboBox()
        self.kind.addItems(separations.EVIDENCE_KINDS)
        self.note = QLineEdit()
        self.form.addRow(self.tr("日期"), self.on_date)
        self.form.addRow(self.tr("类别"), self.kind)
        self.form.addRow(self.tr("内容"), self.note)

    def write(self, session) -> None:
        separations.add_evidence(
            session,
            self.actor,
            self.employee_id,
            self.on_date.value(),
            self.kind.currentText(),
            self.note.text(),
        )


class TemplateDialog(FormDialog):
    """交接清单模板: the items every new separation starts with."""

    def __init__(self, database: Database, actor: Actor, parent=None):
        super().__init__(
            self.tr("交接清单模板"),
            self.tr(
                "新发起的离职按此清单生成事项；期限为相对最后工作日的天数（负数为之前）。已在办理的不受影响。"
            ),
            self.tr("保存"),
            parent,
        )
        self.database, self.actor = database, actor
        self.shown = ShownSettings(database, ("handover_checklist",))
        self.setMinimumWidth(720)
        with database.sessions() as session:
            rows = separations.checklist_template(session)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("事项"), self.tr("负责"), self.tr("期限（天）"), self.tr("必办")]
        )
        for row in rows:
            self._add_row(row)
        self.table.resizeColumnsToContents()
        add = QPushButton(self.tr("添加一项"))
        add.clicked.connect(
            lambda: self._add_row({"title": "", "role": Role.HR.value, "days": 0, "required": True})
        )
        remove = QPushButton(self.tr("删除所选"))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        holder = QWidget()
        holder.setLayout(buttons)
        self.form.addRow(self.table)
        self.form.addRow(holder)

    def _add_row(self, item: dict) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        title = QTableWidgetItem(item["title"])
        title.setData(Qt.ItemDataRole.UserRole, item.get("check", ""))  # checked by hrdesk
        self.table.setItem(row, 0, title)
        role = QComboBox()
        role.addItems([r.value for r in Role])
        role.setCurrentText(item["role"])
        self.table.setCellWidget(row, 1, role)
        days = QSpinBox()
        days.setRange(-90, 90)
        days.setValue(item["days"])
        self.table.setCellWidget(row, 2, days)
        required = QCheckBox()
        required.setChecked(item["required"])
        self.table.setCellWidget(row, 3, required)

    def rows(self) -> list[dict]:
        return [
            {
                "title": self.table.item(row, 0).text(),
                "check": self.table.item(row, 0).data(Qt.ItemDataRole.UserRole),
                "role": self.table.cellWidget(row, 1).currentText(),
                "days": self.table.cellWidget(row, 2).value(),
                "required": self.table.cellWidget(row, 3).isChecked(),
            }
            for row in range(self.table.rowCount())
        ]

    def attempt(self) -> str:
        try:
            with self.database.sessions.begin() as session:
                self.shown.refuse_if_changed(session)
                separations.set_checklist_template(session, self.actor, self.rows())
        except USER_ERRORS as exc:
            return user_message(exc)
        return ""
