"""绩效考核 dialogs: one appraisal (target, result, grade, comments), and the company's rule
that turns a grade into 绩效工资."""

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit

from hrdesk.domain.people import PerformanceRule
from hrdesk.services import employees
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.services.people import appraisal
from hrdesk.services.people.appraisal import AppraisalFields, AppraisalRow
from hrdesk.ui.operations import Area
from hrdesk.ui.widgets.fields import MoneyEdit
from hrdesk.ui.widgets.forms import ServiceDialog


class AppraisalDialog(ServiceDialog):
    changes = (Area.PEOPLE,)

    def __init__(
        self,
        database: Database,
        actor: Actor,
        period: str,
        existing: AppraisalRow | None = None,
        parent=None,
    ):
        super().__init__(
            database,
            actor,
            self.tr("绩效考核"),
            self.tr(
                "未达标时写明改进计划（培训、调岗）：以第40条第2项解除劳动合同时，这些记录是证据。"
            ),
            parent,
        )
        self.employee = QComboBox()
        with database.sessions() as session:
            for person in employees.roster(session, actor):
                if person.status != "离职":
                    self.employee.addItem(f"{person.employee_no} {person.name}", person.id)
        values = existing.fields if existing else AppraisalFields(period)
        if existing:
            self.employee.clear()
            self.employee.addItem(f"{existing.employee_no} {existing.name}", existing.employee_id)
        self.period = QLineEdit(values.period)
        self.period.setPlaceholderText("2026-11 / 2026-Q4")
        self.target, self.actual = MoneyEdit(), MoneyEdit()
        self.target.set_amount(values.target)
        self.actual.set_amount(values.actual)
        self.score = QLineEdit("" if values.score is None else f"{values.score:g}")
        self.grade = QLineEdit(values.grade)
        self.grade.setPlaceholderText("A / B / C / D")
        self.comment = QPlainTextEdit(values.comment)
        self.plan = QPlainTextEdit(values.improvement_plan)
        for box in (self.comment, self.plan):
            box.setMaximumHeight(70)
        self.reviewer = QLineEdit(values.reviewer)
        for label, widget in (
            (self.tr("员工"), self.employee),
            (self.tr("期间"), self.period),
            (self.tr("目标"), self.target),
            (self.tr("实际"), self.actual),
            (self.tr("得分"), self.score),
            (self.tr("等级"), self.grade),
            (self.tr("评语"), self.comment),
            (self.tr("改进计划"), self.plan),
            (self.tr("考核人"), self.reviewer),
        ):
            self.form.addRow(label, widget)

    def fields(self) -> AppraisalFields:
        try:
            score = Decimal(self.score.text().strip()) if self.score.text().strip() else None
        except InvalidOperation:
            raise ValueError("得分应为0至100之间的数字") from None
        return AppraisalFields(
            self.period.text().strip(),
            self.target.amount(),
            self.actual.amount(),
            score,
            self.grade.text().strip(),
            self.comment.toPlainText().strip(),
            self.plan.toPlainText().strip(),
            self.reviewer.text().strip(),
        )

    def write(self, session) -> None:
        if self.employee.currentData() is None:
            raise ValueError("请选择员工")
        appraisal.save(session, self.actor, self.employee.currentData(), self.fields())


class RuleDialog(ServiceDialog):
    """绩效工资规则: off by default; per grade an amount in 元 or a share of 基本工资."""

    changes = (Area.PEOPLE,)

    def __init__(self, database: Database, actor: Actor, parent=None):
        super().__init__(
            database,
            actor,
            self.tr("绩效工资规则"),
            self.tr(
                "公司规定的考核等级与绩效工资的对应关系。启用后，可把某期间的考核结果计入某月的工资录入（记入变更记录）。"
            ),
            parent,
        )
        with database.sessions() as session:
            current = appraisal.rule(session)
        self.enabled = QCheckBox(self.tr("启用"))
        self.enabled.setChecked(current.enabled)
        self.mode = QComboBox()
        self.mode.addItem(self.tr("固定金额（元）"), "amount")
        self.mode.addItem(self.tr("基本工资的百分比（%）"), "percent")
        self.mode.setCurrentIndex(max(0, self.mode.findData(current.mode)))
        self.grades = QLineEdit("；".join(f"{g}={a}" for g, a in current.grades))
        self.grades.setPlaceholderText("A=2000；B=1000；C=0")
        self.form.addRow("", self.enabled)
        self.form.addRow(self.tr("方式"), self.mode)
        self.form.addRow(self.tr("等级=数值"), self.grades)

    def rule(self) -> PerformanceRule:
        grades = []
        for part in (
            self.grades.text().replace(";", "；").replace("，", "；").replace(",", "；").split("；")
        ):
            if not part.strip():
                continue
            grade, _sep, value = part.partition("=")
            try:
                grades.append((grade.strip(), Decimal(value.strip().rstrip("%"))))
            except InvalidOperation:
                raise ValueError(f"“{part.strip()}”应写作 等级=数值，如 A=2000") from None
        return PerformanceRule(self.enabled.isChecked(), self.mode.currentData(), tuple(grades))

    def write(self, session) -> None:
        appraisal.set_rule(session, self.actor, self.rule())
