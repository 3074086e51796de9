"""候选人: one applicant's details, stage, interview date and notes, offer salary and first day."""

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from hrdesk.domain.people import NEXT_STAGES, Stage
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.services.people import recruitment
from hrdesk.services.people.recruitment import CandidateFields
from hrdesk.ui.operations import Area
from hrdesk.ui.widgets.fields import DateEdit, MoneyEdit
from hrdesk.ui.widgets.forms import ServiceDialog

# The stage names as lupdate sees them; shown through self.tr(stage.value).
_STAGE_NAMES = (
    QT_TRANSLATE_NOOP("CandidateDialog", "新简历"),
    QT_TRANSLATE_NOOP("CandidateDialog", "筛选"),
    QT_TRANSLATE_NOOP("CandidateDialog", "面试"),
    QT_TRANSLATE_NOOP("CandidateDialog", "录用"),
    QT_TRANSLATE_NOOP("CandidateDialog", "已入职"),
    QT_TRANSLATE_NOOP("CandidateDialog", "未录用"),
)


class CandidateDialog(ServiceDialog):
    changes = (Area.PEOPLE,)

    def __init__(
        self,
        database: Database,
        actor: Actor,
        candidate_id: int | None,
        today: date,
        parent=None,
    ):
        super().__init__(
            database,
            actor,
            self.tr("候选人") if candidate_id else self.tr("新增候选人"),
            self.tr("候选人的个人信息只为招聘使用；未录用的在保存期限后删除（个人信息保护法）。"),
            parent,
        )
        self.candidate_id, self.today = candidate_id, today
        current = CandidateFields("", "", "")
        if candidate_id is not None:
            with database.sessions() as session:
                current = recruitment.candidate(session, actor, candidate_id)
        self.name = QLineEdit(current.name)
        self.phone = QLineEdit(current.phone)
        self.position = QLineEdit(current.position)
        self.department = QLineEdit(current.department)
        self.source = QLineEdit(current.source)
        self.source.setPlaceholderText(self.tr("招聘网站、内推、校园招聘…"))
        self.stage = QComboBox()
        stages = [current.stage, *NEXT_STAGES[current.stage]]
        if candidate_id is None:
            stages = [s for s in Stage if s != Stage.HIRED]
        for stage in stages:
            self.stage.addItem(self.tr(stage.value), stage.value)
        self.interview = DateEdit(optional=True)
        self.interview.set_value(current.interview_on)
        self.expected = MoneyEdit()
        self.expected.set_amount(current.expected_salary)
        self.offered = MoneyEdit()
        self.offered.set_amount(current.offered_salary)
        self.start = DateEdit(optional=True)
        self.start.set_value(current.start_on)
        self.note = QPlainTextEdit(current.note)
        self.note.setPlaceholderText(self.tr("面试记录、评价、沟通情况"))
        self.note.setMaximumHeight(90)
        for label, widget in (
            (self.tr("姓名"), self.name),
            (self.tr("手机号"), self.phone),
            (self.tr("应聘岗位"), self.position),
            (self.tr("部门"), self.department),
            (self.tr("来源"), self.source),
            (self.tr("阶段"), self.stage),
            (self.tr("面试日期"), self.interview),
            (self.tr("期望薪资（元/月）"), self.expected),
            (self.tr("录用薪资（元/月）"), self.offered),
            (self.tr("报到日期"), self.start),
            (self.tr("备注"), self.note),
        ):
            self.form.addRow(label, widget)

    def fields(self) -> CandidateFields:
        return CandidateFields(
            self.name.text(),
            self.phone.text(),
            self.position.text().strip(),
            self.department.text().strip(),
            self.source.text().strip(),
            Stage(self.stage.currentData()),
            self.interview.value(),
            self.expected.amount(),
            self.note.toPlainText().strip(),
            self.offered.amount(),
            self.start.value(),
        )

    def write(self, session) -> None:
        self.candidate_id = recruitment.save(
            session, self.actor, self.fields(), self.candidate_id, self.today
        )
