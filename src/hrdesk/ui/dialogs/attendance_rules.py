"""考勤规则: rest-day overtime paid or turned into 调休, and the company's late deduction."""

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox

from hrdesk.domain.attendance import LateRule, RestDayOvertime
from hrdesk.domain.roles import Permission
from hrdesk.services.attendance.rules import parse_amount, policy_of, save_rules
from hrdesk.ui.operations import Area
from hrdesk.ui.widgets.forms import ERROR_COLOUR, ServiceDialog


class AttendanceRulesDialog(ServiceDialog):
    SHOWS = ("rest_day_overtime", "late_rule")

    changes = (Area.ATTENDANCE, Area.PAYROLL)

    def __init__(self, database, actor, parent=None):
        super().__init__(
            database,
            actor,
            self.tr("考勤规则"),
            self.tr("导入考勤时按这些规则计入工资；工作日和法定节假日加班一律发加班费。"),
            parent,
        )
        with database.sessions() as session:
            policy, rule = policy_of(session)
        self.policy = QComboBox()
        self.policy.addItem(self.tr("发加班费（200%）"), RestDayOvertime.PAY.value)
        self.policy.addItem(self.tr("转为调休（记入调休台账）"), RestDayOvertime.LIEU.value)
        self.policy.setCurrentIndex(self.policy.findData(policy.value))
        self.form.addRow(self.tr("休息日加班"), self.policy)
        self.enabled = QCheckBox(self.tr("按公司制度扣迟到款（默认不扣）"))
        self.enabled.setChecked(rule.enabled)
        self.form.addRow("", self.enabled)
        self.free = QSpinBox()
        self.free.setRange(0, 31)
        self.free.setValue(rule.free_times)
        self.form.addRow(self.tr("每月免扣次数"), self.free)
        self.per_time = QLineEdit(str(rule.per_time))
        self.form.addRow(self.tr("每次扣款（元）"), self.per_time)
        self.written = QLineEdit(rule.written_rule)
        self.written.setPlaceholderText(self.tr("如“员工手册（2025年职代会通过）第12条”"))
        self.form.addRow(self.tr("制度依据"), self.written)
        warning = QLabel(
            self.tr(
                "迟到扣款须有经民主程序制定并向员工公示的规章制度（劳动合同法第4条）为依据，"
                "且扣款后当月工资不得低于当地最低工资标准；没有书面制度时请不要开启。"
            )
        )
        warning.setWordWrap(True)
        warning.setStyleSheet(f"color: {ERROR_COLOUR}")
        self.form.addRow(warning)
        if not actor.may(Permission.MANAGE_SETTINGS):
            for widget in (self.policy, self.enabled, self.free, self.per_time, self.written):
                widget.setEnabled(False)

    def write(self, session) -> None:
        rule = LateRule(
            self.enabled.isChecked(),
            self.free.value(),
            parse_amount(self.per_time.text()),
            self.written.text(),
        )
        save_rules(session, self.actor, RestDayOvertime(self.policy.currentData()), rule)
