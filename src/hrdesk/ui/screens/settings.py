"""设置: interface language, the company's letterhead, where the data and its key live, the
minimum wages and policies (users have their own page, 用户)."""

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrdesk.documents.letters import Letterhead
from hrdesk.domain.roles import Permission
from hrdesk.services import average_wages, contracts, letters, policies, setting_names
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database, key_export_state, key_store_description
from hrdesk.ui.dialogs.policy import PolicyDialog
from hrdesk.ui.dialogs.wage_standard import AVERAGE, MINIMUM, WageStandardDialog
from hrdesk.ui.i18n import LANGUAGES, choose_language, chosen_language
from hrdesk.ui.models.table import ROW_ROLE, RowsTableModel, TableColumn
from hrdesk.ui.operations import Area, refresh_on
from hrdesk.ui.widgets.forms import USER_ERRORS, problem_label, user_message
from hrdesk.ui.widgets.risk_settings import RiskSettingsGroup
from hrdesk.ui.widgets.tables import table_view

# The settings edited by name below the letterhead (services.setting_names), for translation.
OTHER_SETTING_NAMES = [
    QT_TRANSLATE_NOOP("SettingName", "工资条每页份数"),
    QT_TRANSLATE_NOOP("SettingName", "对账函付款期限天数"),
    QT_TRANSLATE_NOOP("SettingName", "对账函回函期限天数"),
    QT_TRANSLATE_NOOP("SettingName", "合同到期提醒天数"),
    QT_TRANSLATE_NOOP("SettingName", "诉讼时效提前提醒天数"),
    QT_TRANSLATE_NOOP("SettingName", "备份提醒天数"),
    QT_TRANSLATE_NOOP("SettingName", "自动备份保留份数"),
    QT_TRANSLATE_NOOP("SettingName", "病假工资比例"),
    QT_TRANSLATE_NOOP("SettingName", "当地上年职工月平均工资"),
    QT_TRANSLATE_NOOP("SettingName", "未录用候选人保存天数"),
]
LETTERHEAD_KEYS = {
    "company_name",
    "company_credit_code",
    "company_address",
    "company_contact",
    "company_phone",
    "company_bank_name",
    "company_bank_account",
}


class SettingsPage(QWidget):
    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.may_edit = actor.may(Permission.MANAGE_SETTINGS)
        # The sections outgrow a laptop screen: they scroll rather than squeeze their tables.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        content.setMaximumWidth(1000)  # forms a reader can scan, not stretched across a wide screen
        scroll.setWidget(content)
        QVBoxLayout(self).addWidget(scroll)
        layout = QVBoxLayout(content)
        for group in (
            self._interface_group(),
            self._letterhead_group(),
            self._mail_group(),
            self._other_settings_group(),
            RiskSettingsGroup(database, actor),
            self._storage_group(),
            self._minimum_wages_group(),
            self._average_wages_group(),
            self._policies_group(),
        ):
            layout.addWidget(group)
        layout.addStretch(1)
        refresh_on(self, [Area.SETTINGS], self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """The three tables of standards; the forms keep what the clerk is typing."""
        with self.database.sessions() as session:
            self.wages.set_rows(contracts.minimum_wage_rows(session))
            self.average_wages.set_rows(average_wages.rows(session))
            self.policies.set_rows(policies.all_policies(session))

    def _table_group(
        self, title: str, note: str, columns: list[TableColumn], add: str, on_add
    ) -> tuple[QGroupBox, RowsTableModel, QTableView]:
        """A table of standards by city and date, its note above and its 新增 button below."""
        group = QGroupBox(title)
        group_layout = QVBoxLayout(group)
        explanation = QLabel(note)
        explanation.setWordWrap(True)
        group_layout.addWidget(explanation)
        model = RowsTableModel(columns, self)
        view = table_view(model)
        view.setMinimumHeight(150)
        group_layout.addWidget(view)
        button = QPushButton(add)
        button.setEnabled(self.may_edit)
        button.clicked.connect(on_add)
        group_layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignLeft)
        return group, model, view

    def _interface_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("界面"))
        form = _form(group)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(chosen_language()))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.language_note = QLabel()
        form.addRow(self.tr("界面语言"), self.language)
        form.addRow("", self.language_note)
        return group

    def _storage_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("数据"))
        form = _form(group)
        with self.database.sessions() as session:
            key_place = key_store_description(session)
            key_export = key_export_state(session)
        for label, text in (
            (self.tr("数据库"), self.database.location),
            (self.tr("证件号加密密钥"), key_place),
            (self.tr("密钥导出"), key_export),
        ):
            value = QLabel(text)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value)
        return group

    def _minimum_wages_group(self) -> QGroupBox:
        group, self.wages, _view = self._table_group(
            self.tr("最低工资标准"),
            self.tr("按当地人社部门公布的月最低工资标准录入；用于核对试用期工资等。"),
            [
                TableColumn(self.tr("城市"), lambda r: r.city),
                TableColumn(self.tr("生效日期"), lambda r: r.effective_from),
                TableColumn(self.tr("月最低工资"), lambda r: r.amount, True),
                TableColumn(
                    self.tr("扣除个人社保公积金后比较"), lambda r: r.excludes_personal_contributions
                ),
                TableColumn(self.tr("来源"), lambda r: r.source),
            ],
            self.tr("新增标准…"),
            lambda: WageStandardDialog(self.database, self.actor, MINIMUM, self).exec(),
        )
        return group

    def _average_wages_group(self) -> QGroupBox:
        group, self.average_wages, _view = self._table_group(
            self.tr("职工月平均工资（经济补偿与离职补偿个税）"),
            self.tr(
                "按城市录入上年职工月平均工资：经济补偿按其3倍封顶，离职补偿个税按其3倍的年额免税。"
            ),
            [
                TableColumn(self.tr("城市"), lambda r: r.city),
                TableColumn(self.tr("生效日期"), lambda r: r.effective_from),
                TableColumn(self.tr("月平均工资"), lambda r: r.amount, True),
                TableColumn(self.tr("来源"), lambda r: r.source),
            ],
            self.tr("新增职工平均工资…"),
            lambda: WageStandardDialog(self.database, self.actor, AVERAGE, self).exec(),
        )
        return group

    def _policies_group(self) -> QGroupBox:
        group, self.policies, self.rules_view = self._table_group(
            self.tr("社保公积金政策"),
            self.tr(
                "按城市和生效日期保存；在“导入导出”中导出、修改后再导入。标注“示例”的请按当地最新文件核对。"
            ),
            [
                TableColumn(self.tr("城市"), lambda p: p.city),
                TableColumn(self.tr("项目"), lambda p: p.item.value),
                TableColumn(self.tr("生效日期"), lambda p: p.effective_from),
                TableColumn(self.tr("个人"), lambda p: _percent(p.personal_rate), True),
                TableColumn(self.tr("单位"), lambda p: _percent(p.employer_rate), True),
                TableColumn(self.tr("基数下限"), lambda p: p.base_floor, True),
                TableColumn(self.tr("基数上限"), lambda p: p.base_cap, True),
                TableColumn(self.tr("舍入"), lambda p: p.rounding.value),
                TableColumn(self.tr("来源"), lambda p: p.source),
            ],
            self.tr("新增或修改政策…（双击一行修改）"),
            lambda: self._edit_policy(None),
        )
        self.rules_view.setMinimumHeight(220)
        self.rules_view.activated.connect(self._edit_policy)
        return group

    def _mail_group(self) -> QGroupBox:
        """The SMTP server payslips and certificates go out through (ui/dialogs/mail.py)."""
        from hrdesk.ui.dialogs.mail import SmtpDialog

        group = QGroupBox(self.tr("邮件服务器（工资条和证明发到员工邮箱）"))
        row = QHBoxLayout(group)
        button = QPushButton(self.tr("邮件服务器…"))
        button.setEnabled(self.may_edit)
        button.clicked.connect(lambda: SmtpDialog(self.database, self.actor, self).exec())
        row.addWidget(button)
        row.addStretch(1)
        return group

    def _letterhead_group(self) -> QGroupBox:
        """公司信息: the letterhead of 对账函 and the account customers are asked to pay into."""
        group = QGroupBox(self.tr("公司信息（对账函抬头与收款账户）"))
        form = _form(group)
        with self.database.sessions() as session:
            head = letters.letterhead(session)
        self.head_fields = {}
        for field, label in (
            ("company", self.tr("公司名称")),
            ("address", self.tr("公司地址")),
            ("phone", self.tr("联系电话")),
            ("contact", self.tr("联系人")),
            ("bank_name", self.tr("开户行")),
            ("bank_account", self.tr("账号")),
        ):
            edit = QLineEdit(getattr(head, field))
            edit.setEnabled(self.may_edit)
            form.addRow(label, edit)
            self.head_fields[field] = edit
            if field == "company":
                with self.database.sessions() as session:
                    code = dict(
                        (spec.key, value) for spec, value in setting_names.listing(session)
                    )["company_credit_code"]
                self.credit_code = QLineEdit(code)
                self.credit_code.setEnabled(self.may_edit)
                form.addRow(self.tr("统一社会信用代码"), self.credit_code)
        self.logo = head.logo
        self.logo_label = QLabel(self.tr("已设置") if head.logo else self.tr("未设置"))
        choose = QPushButton(self.tr("选择标志图片…"))
        choose.clicked.connect(self._choose_logo)
        form.addRow(self.tr("标志"), self.logo_label)
        form.addRow("", choose)
        save = QPushButton(self.tr("保存公司信息"))
        save.clicked.connect(self._save_letterhead)
        for button in (choose, save):
            button.setEnabled(self.may_edit)
        self.head_problem = problem_label()
        form.addRow("", self.head_problem)
        form.addRow("", save)
        return group

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("标志图片"), str(Path.home()), self.tr("图片 (*.png *.jpg *.jpeg)")
        )
        if path:
            self.logo = Path(path).read_bytes()
            self.logo_label.setText(Path(path).name)

    def _save_letterhead(self) -> None:
        head = Letterhead(
            **{field: edit.text() for field, edit in self.head_fields.items()}, logo=self.logo
        )
        try:
            with self.database.sessions.begin() as session:
                letters.set_letterhead(session, self.actor, head)
                setting_names.set_value(
                    session, self.actor, "company_credit_code", self.credit_code.text()
                )
        except USER_ERRORS as exc:
            self.head_problem.setText(user_message(exc))
            return
        self.head_problem.setText("")
        QMessageBox.information(self, self.tr("公司信息"), self.tr("已保存"))

    def _other_settings_group(self) -> QGroupBox:
        """The other settings `hrdesk settings` lists, each by its name, saved together."""
        group = QGroupBox(self.tr("其他设置"))
        form = _form(group)
        with self.database.sessions() as session:
            values = setting_names.listing(session)
        self.other_fields = {}
        for spec, value in values:
            if spec.key in LETTERHEAD_KEYS or spec.kind == "smtp":
                continue  # the SMTP server has its own dialog (the password never in a field)
            edit = QLineEdit(value)
            edit.setToolTip(spec.help)
            edit.setEnabled(self.may_edit)
            form.addRow(QCoreApplication.translate("SettingName", spec.name), edit)
            self.other_fields[spec.key] = (edit, value)
        self.other_problem = problem_label()
        form.addRow("", self.other_problem)
        save = QPushButton(self.tr("保存其他设置"))
        save.setEnabled(self.may_edit)
        save.clicked.connect(self._save_other_settings)
        form.addRow("", save)
        return group

    def _save_other_settings(self) -> None:
        changed = {
            key: edit.text()
            for key, (edit, shown) in self.other_fields.items()
            if edit.text().strip() != shown
        }
        try:
            with self.database.sessions.begin() as session:
                for key, text in changed.items():
                    setting_names.set_value(session, self.actor, key, text)
                values = dict((spec.key, value) for spec, value in setting_names.listing(session))
        except USER_ERRORS as exc:
            self.other_problem.setText(user_message(exc))
            return
        self.other_problem.setText("")
        for key, (edit, _shown) in self.other_fields.items():
            edit.setText(values[key])
            self.other_fields[key] = (edit, values[key])
        QMessageBox.information(self, self.tr("其他设置"), self.tr("已保存"))

    def _edit_policy(self, index) -> None:
        if not self.may_edit:
            return
        existing = self.policies.data(index, ROW_ROLE) if index is not None else None
        PolicyDialog(self.database, self.actor, existing, self).exec()

    def _language_changed(self) -> None:
        choose_language(self.language.currentData())
        self.language_note.setText(self.tr("重新启动 hrdesk 后生效"))


def _percent(rate) -> str:
    return f"{(rate * 100).normalize():f}%"


def _form(group: QGroupBox) -> QFormLayout:
    """A form whose text fields grow and whose buttons and choices keep their size."""
    form = QFormLayout(group)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return form
