"""设置: interface language, the company's letterhead, where the data and its key live, the
minimum wages and policies (users have their own page, 用户)."""

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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
    QVBoxLayout,
    QWidget,
)

from hrdesk.documents.letters import Letterhead
from hrdesk.domain.roles import Permission
from hrdesk.services import average_wages, contracts, letters, policies, setting_names
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database, key_export_state, key_store_description
from hrdesk.ui.dialogs.average_wage import AverageWageDialog
from hrdesk.ui.dialogs.minimum_wage import MinimumWageDialog
from hrdesk.ui.dialogs.policy import PolicyDialog
from hrdesk.ui.i18n import LANGUAGES, choose_language, chosen_language
from hrdesk.ui.models.table import ROW_ROLE, RowsTableModel, TableColumn
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
        # The sections outgrow a small screen: they scroll rather than squeeze their tables.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        scroll.setWidget(content)
        QVBoxLayout(self).addWidget(scroll)
        layout = QVBoxLayout(content)

        interface = QGroupBox(self.tr("界面"))
        interface_form = QFormLayout(interface)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(chosen_language()))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.language_note = QLabel()
        interface_form.addRow(self.tr("界面语言"), self.language)
        interface_form.addRow("", self.language_note)
        layout.addWidget(interface)

        layout.addWidget(self._letterhead_group())
        layout.addWidget(self._mail_group())
        layout.addWidget(self._other_settings_group())
        layout.addWidget(RiskSettingsGroup(database, actor))

        storage = QGroupBox(self.tr("数据"))
        storage_form = QFormLayout(storage)
        storage_form.addRow(self.tr("数据库"), QLabel(database.location))
        with database.sessions() as session:
            key_place = key_store_description(session)
            key_export = key_export_state(session)
        storage_form.addRow(self.tr("证件号加密密钥"), QLabel(key_place))
        storage_form.addRow(self.tr("密钥导出"), QLabel(key_export))
        layout.addWidget(storage)

        wages = QGroupBox(self.tr("最低工资标准"))
        wages_layout = QVBoxLayout(wages)
        note = QLabel(self.tr("按当地人社部门公布的月最低工资标准录入；用于核对试用期工资等。"))
        note.setWordWrap(True)
        wages_layout.addWidget(note)
        self.wages = RowsTableModel(
            [
                TableColumn(self.tr("城市"), lambda r: r.city),
                TableColumn(self.tr("生效日期"), lambda r: r.effective_from),
                TableColumn(self.tr("月最低工资"), lambda r: r.amount, True),
                TableColumn(
                    self.tr("扣除个人社保公积金后比较"), lambda r: r.excludes_personal_contributions
                ),
                TableColumn(self.tr("来源"), lambda r: r.source),
            ],
            self,
        )
        wages_view = table_view(self.wages)
        wages_view.setMinimumHeight(150)
        wages_layout.addWidget(wages_view)
        add_wage = QPushButton(self.tr("新增标准…"))
        add_wage.setEnabled(actor.may(Permission.MANAGE_SETTINGS))
        add_wage.clicked.connect(self._add_minimum_wage)
        wages_layout.addWidget(add_wage)
        layout.addWidget(wages)
        self._show_minimum_wages()
        layout.addWidget(self._average_wages_group(actor))

        rules = QGroupBox(self.tr("社保公积金政策"))
        rules_layout = QVBoxLayout(rules)
        rules_note = QLabel(
            self.tr(
                "按城市和生效日期保存；在“导入导出”中导出、修改后再导入。标注“示例”的请按当地最新文件核对。"
            )
        )
        rules_note.setWordWrap(True)
        rules_layout.addWidget(rules_note)
        self.policies = RowsTableModel(
            [
                TableColumn(self.tr("城市"), lambda p: p.city),
                TableColumn(self.tr("项目"), lambda p: p.item.value),
                TableColumn(self.tr("生效日期"), lambda p: p.effective_from),
                TableColumn(
                    self.tr("个人"), lambda p: f"{(p.personal_rate * 100).normalize():f}%", True
                ),
                TableColumn(
                    self.tr("单位"), lambda p: f"{(p.employer_rate * 100).normalize():f}%", True
                ),
                TableColumn(self.tr("基数下限"), lambda p: p.base_floor, True),
                TableColumn(self.tr("基数上限"), lambda p: p.base_cap, True),
                TableColumn(self.tr("舍入"), lambda p: p.rounding.value),
                TableColumn(self.tr("来源"), lambda p: p.source),
            ],
            self,
        )
        self.rules_view = table_view(self.policies)
        self.rules_view.setMinimumHeight(220)
        self.rules_view.activated.connect(self._edit_policy)
        rules_layout.addWidget(self.rules_view)
        add_rule = QPushButton(self.tr("新增或修改政策…（双击一行修改）"))
        add_rule.setEnabled(actor.may(Permission.MANAGE_SETTINGS))
        add_rule.clicked.connect(lambda: self._edit_policy(None))
        rules_layout.addWidget(add_rule)
        layout.addWidget(rules)
        self._show_policies()

        layout.addStretch(1)

    def _mail_group(self) -> QGroupBox:
        """The SMTP server payslips and certificates go out through (ui/dialogs/mail.py)."""
        from hrdesk.ui.dialogs.mail import SmtpDialog

        group = QGroupBox(self.tr("邮件服务器（工资条和证明发到员工邮箱）"))
        row = QHBoxLayout(group)
        button = QPushButton(self.tr("邮件服务器…"))
        button.setEnabled(self.actor.may(Permission.MANAGE_SETTINGS))
        button.clicked.connect(lambda: SmtpDialog(self.database, self.actor, self).exec())
        row.addWidget(button)
        row.addStretch(1)
        return group

    def _letterhead_group(self) -> QGroupBox:
        """公司信息: the letterhead of 对账函 and the account customers are asked to pay into."""
        group = QGroupBox(self.tr("公司信息（对账函抬头与收款账户）"))
        form = QFormLayout(group)
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
            edit.setEnabled(self.actor.may(Permission.MANAGE_SETTINGS))
            form.addRow(label, edit)
            self.head_fields[field] = edit
            if field == "company":
                with self.database.sessions() as session:
                    code = dict(
                        (spec.key, value) for spec, value in setting_names.listing(session)
                    )["company_credit_code"]
                self.credit_code = QLineEdit(code)
                self.credit_code.setEnabled(self.actor.may(Permission.MANAGE_SETTINGS))
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
            button.setEnabled(self.actor.may(Permission.MANAGE_SETTINGS))
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
        form = QFormLayout(group)
        with self.database.sessions() as session:
            values = setting_names.listing(session)
        self.other_fields = {}
        for spec, value in values:
            if spec.key in LETTERHEAD_KEYS or spec.kind == "smtp":
                continue  # the SMTP server has its own dialog (the password never in a field)
            edit = QLineEdit(value)
            edit.setToolTip(spec.help)
            edit.setEnabled(self.actor.may(Permission.MANAGE_SETTINGS))
            form.addRow(QCoreApplication.translate("SettingName", spec.name), edit)
            self.other_fields[spec.key] = (edit, value)
        self.other_problem = problem_label()
        form.addRow("", self.other_problem)
        save = QPushButton(self.tr("保存其他设置"))
        save.setEnabled(self.actor.may(Permission.MANAGE_SETTINGS))
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

    def _show_policies(self) -> None:
        with self.database.sessions() as session:
            self.policies.set_rows(policies.all_policies(session))

    def _edit_policy(self, index) -> None:
        if not self.actor.may(Permission.MANAGE_SETTINGS):
            return
        existing = self.policies.data(index, ROW_ROLE) if index is not None else None
        if PolicyDialog(self.database, self.actor, existing, self).exec():
            self._show_policies()

    def _show_minimum_wages(self) -> None:
        with self.database.sessions() as session:
            self.wages.set_rows(contracts.minimum_wage_rows(session))

    def _average_wages_group(self, actor: Actor) -> QGroupBox:
        group = QGroupBox(self.tr("职工月平均工资（经济补偿与离职补偿个税）"))
        group_layout = QVBoxLayout(group)
        note = QLabel(
            self.tr(
                "按城市录入上年职工月平均工资：经济补偿按其3倍封顶，离职补偿个税按其3倍的年额免税。"
            )
        )
        note.setWordWrap(True)
        group_layout.addWidget(note)
        self.average_wages = RowsTableModel(
            [
                TableColumn(self.tr("城市"), lambda r: r.city),
                TableColumn(self.tr("生效日期"), lambda r: r.effective_from),
                TableColumn(self.tr("月平均工资"), lambda r: r.amount, True),
                TableColumn(self.tr("来源"), lambda r: r.source),
            ],
            self,
        )
        view = table_view(self.average_wages)
        view.setMinimumHeight(120)
        group_layout.addWidget(view)
        add = QPushButton(self.tr("新增职工平均工资…"))
        add.setEnabled(actor.may(Permission.MANAGE_SETTINGS))
        add.clicked.connect(self._add_average_wage)
        group_layout.addWidget(add)
        self._show_average_wages()
        return group

    def _show_average_wages(self) -> None:
        with self.database.sessions() as session:
            self.average_wages.set_rows(average_wages.rows(session))

    def _add_average_wage(self) -> None:
        if AverageWageDialog(self.database, self.actor, self).exec():
            self._show_average_wages()

    def _add_minimum_wage(self) -> None:
        if MinimumWageDialog(self.database, self.actor, self).exec():
            self._show_minimum_wages()

    def _language_changed(self) -> None:
        choose_language(self.language.currentData())
        self.language_note.setText(self.tr("重新启动 hrdesk 后生效"))
