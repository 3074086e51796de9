"""员工档案: one employee's record in tabs — 基本信息, 薪资设置, 专项附加扣除, 合同, 附件, 变更记录.

Every field is reachable with Tab and Enter saves, so a new employee can be entered without
the mouse. ID and bank card numbers stay masked until the user asks to see them (audited).
"""

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hrdesk.domain.deductions import MONTHLY_KINDS
from hrdesk.domain.employees import EmployeeRecord, EmployeeStatus
from hrdesk.domain.roles import Permission
from hrdesk.services import departments, employees
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database, StaleRecord
from hrdesk.ui.dialogs.employee_tabs import AttachmentsTab, ContractsTab, HistoryTab
from hrdesk.ui.dialogs.tax_year import DeclarationsTab, MonthEdit
from hrdesk.ui.operations import Area, announce
from hrdesk.ui.widgets.fields import DateEdit, MoneyEdit, RateEdit
from hrdesk.ui.widgets.forms import ERROR_COLOUR, dialog_buttons, problem_label

ERROR_STYLE = f"border: 1px solid {ERROR_COLOUR}"


class EmployeeDialog(QDialog):
    def __init__(
        self, database: Database, actor: Actor, employee_id: int | None, today: date, parent=None
    ):
        super().__init__(parent)
        self.database, self.actor, self.employee_id, self.today = (
            database,
            actor,
            employee_id,
            today,
        )
        self.version: int | None = None  # the employee's version the form shows
        self.setWindowTitle(self.tr("新增员工") if employee_id is None else self.tr("员工档案"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        self.fields: dict[str, QWidget] = {}
        self.tabs.addTab(self._basic_tab(), self.tr("基本信息"))
        self.tabs.addTab(self._pay_tab(), self.tr("薪资设置"))
        self.tabs.addTab(self._deductions_tab(), self.tr("专项附加扣除"))
        self.contracts_tab = None
        if employee_id is not None and actor.may(Permission.VIEW_CONTRACTS):
            self.contracts_tab = ContractsTab(database, actor, employee_id, today)
            self.tabs.addTab(self.contracts_tab, self.tr("合同"))
            self.tabs.addTab(AttachmentsTab(database, actor, employee_id), self.tr("附件"))
        if employee_id is not None:
            self.history_tab = HistoryTab(database, actor, employee_id)
            self.tabs.addTab(self.history_tab, self.tr("变更记录"))
        self.problem = problem_label()
        layout.addWidget(self.problem)
        buttons = dialog_buttons(self, self.tr("保存"), self.save, self.tr("关闭"))
        self.certificate_buttons = []
        if employee_id is not None and actor.may(Permission.REVEAL_IDENTIFIERS):
            self.certificate_buttons = self._certificate_buttons(buttons)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setEnabled(actor.may(Permission.EDIT_EMPLOYEES))
        layout.addWidget(buttons)
        if employee_id is not None:
            self._load()

    def _certificate_buttons(self, buttons: QDialogButtonBox) -> list:
        """收入证明 / 在职证明 beside 保存 (ui/dialogs/certificates.py does the work)."""
        from hrdesk.ui.dialogs.certificates import CertificateButton

        with self.database.sessions() as session:
            number = employees.detail(session, self.actor, self.employee_id, self.today).record
        made = []
        for kind in ("income", "employment"):
            button = CertificateButton(
                self.database, self.actor, kind, number.employee_no, self.today, self
            )
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            made.append(button)
        return made

    def prefill(self, record: EmployeeRecord) -> None:
        """A new employee's form started from what is known (a candidate hired): the clerk adds
        工号, 身份证号 and the rest, and saving checks it as any other."""
        self.employee_no.setText(record.employee_no)
        self.name.setText(record.name)
        self.department.setCurrentText(record.department)
        self.position.setText(record.position)
        self.status.setCurrentIndex(self.status.findData(record.status.value))
        self.hire_date.set_value(record.hire_date)
        self.phone.setText(record.phone)
        self.email.setText(record.email)
        self.base_salary.set_amount(record.base_salary or None)

    def _field(
        self, form: QFormLayout, label: str, widget: QWidget, key: str | None = None
    ) -> QWidget:
        form.addRow(label, widget)
        self.fields[key or label] = widget
        return widget

    def _basic_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        with self.database.sessions() as session:
            paths = sorted(departments.paths(session).values())
            people = employees.roster(session, self.actor)
        self.employee_no = self._field(form, self.tr("工号"), QLineEdit(), "工号")
        self.name = self._field(form, self.tr("姓名"), QLineEdit(), "姓名")
        identity = QHBoxLayout()
        self.id_number = QLineEdit()
        self.fields["身份证号"] = self.id_number
        identity.addWidget(self.id_number)
        self.reveal_button = QPushButton(self.tr("显示完整号码"))
        self.reveal_button.setVisible(
            self.employee_id is not None and self.actor.may(Permission.REVEAL_IDENTIFIERS)
        )
        self.reveal_button.clicked.connect(self.reveal)
        identity.addWidget(self.reveal_button)
        form.addRow(self.tr("身份证号"), identity)
        self.derived = QLabel()
        self.derived.setStyleSheet("color: #666")
        form.addRow("", self.derived)
        self.department = QComboBox()
        self.department.setEditable(True)
        self.department.addItems(paths)
        self.department.setCurrentText("")
        self._field(form, self.tr("部门"), self.department, "部门")
        self.position = self._field(form, self.tr("岗位"), QLineEdit(), "岗位")
        self.status = QComboBox()
        for status in EmployeeStatus:
            self.status.addItem(status.value, status.value)
        self.status.setCurrentIndex(self.status.findData(EmployeeStatus.PROBATION.value))
        self._field(form, self.tr("状态"), self.status, "状态")
        self.is_salesperson = self._field(
            form, self.tr("销售人员"), QCheckBox(self.tr("是，名下有客户和应收账款")), "是否销售"
        )
        self.hire_date = self._field(form, self.tr("入职日期"), DateEdit(), "入职日期")
        self.work_start = self._field(
            form, self.tr("参加工作日期"), DateEdit(optional=True), "参加工作日期"
        )
        self.work_start.setToolTip(
            self.tr("第一次参加工作（任何单位）的日期：年休假按累计工作年限计算；不填为入职日期")
        )
        self.phone = self._field(form, self.tr("手机号"), QLineEdit(), "手机号")
        self.email = self._field(form, self.tr("邮箱"), QLineEdit(), "邮箱")
        self.email.setPlaceholderText(self.tr("工资条和证明发到这里"))
        self.manager = QComboBox()
        self.manager.addItem("", "")
        for person in people:
            if person.id != self.employee_id:
                self.manager.addItem(f"{person.employee_no} {person.name}", person.employee_no)
        self._field(form, self.tr("直属上级"), self.manager, "直属上级工号")
        self.bank_card = self._field(form, self.tr("银行卡号"), QLineEdit(), "银行卡号")
        self.bank_name = self._field(form, self.tr("开户行"), QLineEdit(), "开户行")
        return page

    def _pay_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.base_salary = self._field(form, self.tr("基本工资（元/月）"), MoneyEdit(), "基本工资")
        self.allowance = self._field(form, self.tr("岗位津贴（元/月）"), MoneyEdit(), "岗位津贴")
        self.social_city = self._field(form, self.tr("社保城市"), QLineEdit(), "社保城市")
        self.social_base = self._field(form, self.tr("社保基数"), MoneyEdit(), "社保基数")
        self.fund_base = self._field(form, self.tr("公积金基数"), MoneyEdit(), "公积金基数")
        self.fund_rate = self._field(form, self.tr("公积金比例"), RateEdit(), "公积金比例")
        self.commission = self._field(form, self.tr("回款提成比例"), RateEdit(), "提成比例")
        self.target = self._field(form, self.tr("月回款目标"), MoneyEdit(), "月回款目标")
        return page

    def _deductions_tab(self) -> QWidget:
        """A new employee's monthly amounts from a start month; an existing one's items."""
        self.deductions, self.loaded_deductions, self.loaded_start = {}, {}, None
        if self.employee_id is not None:
            return DeclarationsTab(self.database, self.actor, self.employee_id)
        page = QWidget()
        form = QFormLayout(page)
        note = QLabel(
            self.tr(
                "员工申报的每月扣除金额。起始月份默认为当年1月（入职晚于1月的为入职当月），"
                "早于本月的在下一次发薪时一并补扣。保存后可逐项设置截止月份。"
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.deductions = {
            kind: self._field(form, kind.value, MoneyEdit(), kind.value) for kind in MONTHLY_KINDS
        }
        self.deductions_from = self._field(
            form, self.tr("扣除起始月份"), MonthEdit(optional=True), "扣除起始月份"
        )
        return page

    def _load(self) -> None:
        with self.database.sessions() as session:
            shown = employees.detail(session, self.actor, self.employee_id, self.today)
        self.version = shown.version
        record = shown.record
        self.setWindowTitle(self.tr("员工档案 — {0} {1}").format(record.employee_no, record.name))
        self.employee_no.setText(record.employee_no)
        self.name.setText(record.name)
        self.id_number.setText(record.id_number)
        self.id_number.setReadOnly(True)
        self.derived.setText(
            self.tr("{0}，{1} 出生").format(shown.gender, shown.birth_date.isoformat())
        )
        self.department.setCurrentText(record.department)
        self.position.setText(record.position)
        self.status.setCurrentIndex(self.status.findData(record.status.value))
        self.is_salesperson.setChecked(record.is_salesperson)
        self.hire_date.set_value(record.hire_date)
        self.work_start.set_value(record.work_start_date)
        self.phone.setText(record.phone)
        self.email.setText(record.email)
        self.manager.setCurrentIndex(max(0, self.manager.findData(record.manager_no)))
        self.bank_card.setText(record.bank_card)
        self.bank_card.setReadOnly(bool(record.bank_card))
        self.bank_name.setText(record.bank_name)
        self.base_salary.set_amount(record.base_salary)
        self.allowance.set_amount(record.position_allowance)
        self.social_city.setText(record.social_city)
        self.social_base.set_amount(record.social_base)
        self.fund_base.set_amount(record.housing_fund_base)
        self.fund_rate.set_rate(record.housing_fund_rate)
        self.commission.set_rate(record.commission_rate)
        self.target.set_amount(record.collection_target)
        # The items are edited on their own tab: saving the record leaves them as they are.
        self.loaded_deductions = record.deductions
        self.loaded_start = record.deductions_from

    def reveal(self) -> None:
        with self.database.sessions.begin() as session:
            id_number, bank_card = employees.reveal(session, self.actor, self.employee_id)
        self.id_number.setText(id_number)
        self.id_number.setReadOnly(False)
        self.bank_card.setText(bank_card)
        self.bank_card.setReadOnly(False)
        self.reveal_button.setEnabled(False)
        self.history_tab.refresh()

    def record(self) -> EmployeeRecord:
        return EmployeeRecord(
            employee_no=self.employee_no.text().strip(),
            name=self.name.text().strip(),
            id_number=self.id_number.text().strip(),
            department=self.department.currentText().strip(),
            hire_date=self.hire_date.value(),
            work_start_date=self.work_start.value(),
            base_salary=self.base_salary.amount() or Decimal(0),
            position=self.position.text().strip(),
            is_salesperson=self.is_salesperson.isChecked(),
            status=EmployeeStatus(self.status.currentData()),
            phone=self.phone.text().strip(),
            bank_card=self.bank_card.text().strip(),
            bank_name=self.bank_name.text().strip(),
            social_city=self.social_city.text().strip(),
            social_base=self.social_base.amount(),
            housing_fund_base=self.fund_base.amount(),
            housing_fund_rate=self.fund_rate.rate(),
            position_allowance=self.allowance.amount() or Decimal(0),
            commission_rate=self.commission.rate(),
            collection_target=self.target.amount(),
            manager_no=self.manager.currentData() or "",
            email=self.email.text().strip(),
            deductions=self._declared(),
            deductions_from=(
                self.deductions_from.value() if self.employee_id is None else self.loaded_start
            ),
        )

    def _declared(self) -> dict:
        if self.employee_id is not None:
            return dict(self.loaded_deductions)
        return {kind: edit.amount() for kind, edit in self.deductions.items() if edit.amount()}

    def save(self) -> None:
        for widget in self.fields.values():
            widget.setStyleSheet("")
        try:
            with self.database.sessions.begin() as session:
                result = employees.save(
                    session, self.actor, self.record(), self.employee_id, self.today, self.version
                )
        except StaleRecord as stale:
            self.offer_reload(str(stale))
            return
        if result.errors:
            self.problem.setText("\n".join(f"{p.field}：{p.reason}" for p in result.errors))
            for problem in result.errors:
                widget = self.fields.get(problem.field)
                if widget is not None:
                    widget.setStyleSheet(ERROR_STYLE)
            first = self.fields.get(result.errors[0].field)
            if first is not None:
                self.tabs.setCurrentWidget(self._tab_of(first))
                first.setFocus()
            return
        self.employee_id = result.employee_id
        if result.problems:  # warnings only: saved, but worth a second look
            QMessageBox.warning(
                self,
                self.tr("已保存，请核对"),
                "\n".join(f"{p.field}：{p.reason}" for p in result.problems),
            )
        announce(Area.EMPLOYEES, Area.CONTRACTS, Area.PAYROLL, Area.LEAVE)
        self.accept()

    def offer_reload(self, why: str) -> None:
        """Another seat saved this employee since the form was filled: nothing was written."""
        answer = QMessageBox.question(
            self,
            self.tr("员工档案已被修改"),
            self.tr("{0}\n\n重新载入最新内容吗？（您在此窗口的修改将丢弃）").format(why),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._load()
        else:
            self.problem.setText(why)

    def _tab_of(self, widget: QWidget) -> QWidget:
        for index in range(self.tabs.count()):
            if self.tabs.widget(index).isAncestorOf(widget):
                return self.tabs.widget(index)
        return self.tabs.widget(0)
