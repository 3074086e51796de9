"""招聘: candidates by stage, the offer letter, 录用 → 已入职 through the employee form (with the
draft labour contract), the first-month checklist, and removing data kept past its period."""

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hrdesk import clock
from hrdesk.domain.people import NEXT_STAGES, Stage
from hrdesk.domain.roles import Permission
from hrdesk.services import settings
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.services.people import onboarding, recruitment
from hrdesk.ui.dialogs.candidate import CandidateDialog
from hrdesk.ui.dialogs.employee import EmployeeDialog
from hrdesk.ui.models.table import ROW_ROLE, SORT_ROLE, RowsTableModel, TableColumn
from hrdesk.ui.operations import Area, announce, refresh_on
from hrdesk.ui.screens.onboarding_checklist import OnboardingChecklist
from hrdesk.ui.terms import term
from hrdesk.ui.widgets.forms import ERROR_COLOUR, attempt, attempt_saving
from hrdesk.ui.widgets.tables import selected_row, table_view


class CandidateModel(RowsTableModel):
    """Candidates; one kept past the retention period shows in red until it is deleted."""

    today = None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            remove_on = self.rows[index.row()].remove_on
            if remove_on is not None and self.today is not None and remove_on <= self.today:
                return QBrush(QColor(ERROR_COLOUR))
        return super().data(index, role)


class StageFilter(QSortFilterProxyModel):
    stage = ""

    def filterAcceptsRow(self, source_row, source_parent) -> bool:
        row = self.sourceModel().rows[source_row]
        return not self.stage or row.fields.stage.value == self.stage


class RecruitmentPage(QWidget):
    def __init__(self, database: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.database, self.actor = database, actor
        layout = QVBoxLayout(self)
        self._toolbar(layout, actor.may(Permission.EDIT_EMPLOYEES))
        self._candidate_table()
        self.checklist = OnboardingChecklist(database, actor)
        self.items = self.checklist.items
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.checklist)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.count = QLabel()
        layout.addWidget(self.count)

        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(self._edit_selected)
        self.move_button.clicked.connect(self._stage_menu)
        self.offer_button.clicked.connect(lambda: self.write_offer())
        self.hire_button.clicked.connect(lambda: self.hire())
        self.import_button.clicked.connect(self.import_candidates)
        self.purge_button.clicked.connect(self.purge)
        self.retention.editingFinished.connect(self._retention_changed)
        refresh_on(self, [Area.PEOPLE, Area.EMPLOYEES], self.refresh)
        self.refresh()

    def _toolbar(self, layout: QVBoxLayout, editable: bool) -> None:
        title = QLabel(self.tr("招聘"))
        title.setStyleSheet("font-size: 18px; font-weight: bold")
        layout.addWidget(title)
        bar = QHBoxLayout()
        self.stage = QComboBox()
        self.stage.addItem(self.tr("全部阶段"), "")
        for stage in Stage:
            self.stage.addItem(term(stage.value), stage.value)
        self.stage.currentIndexChanged.connect(self._filter)
        bar.addWidget(self.stage)
        self.add_button = QPushButton(self.tr("新增候选人…"))
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.move_button = QPushButton(self.tr("改变阶段"))
        self.offer_button = QPushButton(self.tr("录用通知书…"))
        self.hire_button = QPushButton(self.tr("办理入职…"))
        self.import_button = QPushButton(self.tr("导入…"))
        for button in (
            self.add_button,
            self.edit_button,
            self.move_button,
            self.offer_button,
            self.hire_button,
            self.import_button,
        ):
            button.setEnabled(editable)
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("未录用者保存")))
        self.retention = QSpinBox()
        self.retention.setRange(1, 3650)
        self.retention.setSuffix(self.tr(" 天"))
        self.retention.setEnabled(self.actor.may(Permission.MANAGE_SETTINGS))
        bar.addWidget(self.retention)
        self.purge_button = QPushButton(self.tr("删除超期候选人"))
        self.purge_button.setEnabled(editable)
        bar.addWidget(self.purge_button)
        layout.addLayout(bar)

    def _candidate_table(self) -> None:
        self.model = CandidateModel(
            [
                TableColumn(self.tr("姓名"), lambda r: r.fields.name),
                TableColumn(self.tr("手机号"), lambda r: r.fields.phone),
                TableColumn(self.tr("应聘岗位"), lambda r: r.fields.position),
                TableColumn(self.tr("部门"), lambda r: r.fields.department),
                TableColumn(self.tr("来源"), lambda r: r.fields.source),
                TableColumn(self.tr("阶段"), lambda r: term(r.fields.stage.value)),
                TableColumn(self.tr("面试日期"), lambda r: r.fields.interview_on),
                TableColumn(self.tr("期望薪资"), lambda r: r.fields.expected_salary, True),
                TableColumn(self.tr("录用薪资"), lambda r: r.fields.offered_salary, True),
                TableColumn(self.tr("报到日期"), lambda r: r.fields.start_on),
                TableColumn(self.tr("删除日期"), lambda r: r.remove_on),
                TableColumn(self.tr("备注"), lambda r: r.fields.note),
            ],
            self,
        )
        self.proxy = StageFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = table_view(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.activated.connect(lambda index: self.edit(self.proxy.data(index, ROW_ROLE).id))

    def refresh(self) -> None:
        today = clock.today()
        self.model.today = today
        with self.database.sessions() as session:
            self.model.set_rows(recruitment.candidates(session, self.actor, today))
            self.checklist.refresh(session)
            self.retention.setValue(settings.get(session, "candidate_retention_days"))
            overdue = len(recruitment.overdue(session, today))
        open_ = sum(
            1 for r in self.model.rows if r.fields.stage not in (Stage.HIRED, Stage.REJECTED)
        )
        text = self.tr("共 {0} 名候选人，在招 {1} 名；入职待办 {2} 项").format(
            len(self.model.rows), open_, len(self.items.rows)
        )
        if overdue:
            text += self.tr("；{0} 名未录用者已超过保存期限，请删除").format(overdue)
        self.count.setText(text)

    def _filter(self) -> None:
        self.proxy.beginFilterChange()
        self.proxy.stage = self.stage.currentData()
        self.proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def selected(self):
        row = selected_row(self.view)
        if row is None:
            QMessageBox.information(
                self, self.tr("请选择候选人"), self.tr("请先在表格中选中一名候选人。")
            )
        return row

    def edit(self, candidate_id: int | None) -> None:
        CandidateDialog(self.database, self.actor, candidate_id, clock.today(), self).exec()

    def _edit_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.edit(row.id)

    def _stage_menu(self) -> None:
        row = self.selected()
        if row is None:
            return
        menu = QMenu(self)
        for stage in NEXT_STAGES[row.fields.stage]:
            if stage != Stage.HIRED:  # hiring goes through the employee form
                menu.addAction(term(stage.value), lambda s=stage: self.move(row.id, s))
        if menu.isEmpty():
            menu.addAction(self.tr("（该阶段已结束）")).setEnabled(False)
        menu.exec(self.move_button.mapToGlobal(self.move_button.rect().bottomLeft()))

    def move(self, candidate_id: int, stage: Stage) -> None:
        today = clock.today()
        if attempt_saving(
            self,
            self.tr("改变阶段"),
            self.database,
            lambda s: recruitment.move(s, self.actor, candidate_id, stage, today),
        ):
            announce(Area.PEOPLE)

    def write_offer(self, path: str | None = None) -> None:
        row = self.selected()
        if row is None:
            return
        if path is None:
            suggested = Path.home() / f"录用通知书_{row.fields.name}.pdf"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("保存录用通知书"), str(suggested), self.tr("PDF 文件 (*.pdf)")
            )
            if not path:
                return
        today = clock.today()
        attempt_saving(
            self,
            self.tr("录用通知书"),
            self.database,
            lambda s: recruitment.write_offer(s, self.actor, row.id, Path(path), today),
        )

    def employee_dialog(self, candidate_id: int) -> EmployeeDialog | None:
        """The new-employee form, filled with what the candidate's record knows."""
        today = clock.today()

        def start():
            with self.database.sessions() as session:
                return onboarding.new_employee_record(session, self.actor, candidate_id, today)

        record = attempt(self, self.tr("办理入职"), start)
        if record is None:
            return None
        dialog = EmployeeDialog(self.database, self.actor, None, today, self)
        dialog.prefill(record)
        return dialog

    def hire(self, draft_path: str | None = None) -> int | None:
        """录用 → 已入职: the employee form (工号, 身份证号 …), then the draft contract and the
        first-month checklist; offers to save the draft as a PDF. Returns the employee's id."""
        row = self.selected()
        if row is None:
            return None
        dialog = self.employee_dialog(row.id)
        if dialog is None or not dialog.exec() or dialog.employee_id is None:
            return None
        employee_id = dialog.employee_id
        hired = attempt_saving(
            self,
            self.tr("办理入职"),
            self.database,
            lambda s: onboarding.hire(s, self.actor, row.id, employee_id),
        )
        if hired:
            announce(Area.PEOPLE)
            QMessageBox.information(
                self,
                self.tr("已入职"),
                self.tr(
                    "{0}已建立员工档案，并生成劳动合同草稿和入职清单：请在一个月内签订书面劳动合同，三十日内办理社会保险登记。"
                ).format(row.fields.name),
            )
            self.checklist.write_draft(draft_path, employee_id)
        return employee_id

    def purge(self) -> None:
        today = clock.today()
        with self.database.sessions() as session:
            count = len(recruitment.overdue(session, today))
        if not count:
            QMessageBox.information(
                self, self.tr("删除超期候选人"), self.tr("没有超过保存期限的候选人。")
            )
            return
        question = self.tr(
            "将永久删除 {0} 名未录用候选人的个人信息（个人信息保护法第47条），记入变更记录。继续？"
        ).format(count)
        if (
            QMessageBox.question(self, self.tr("删除超期候选人"), question)
            != QMessageBox.StandardButton.Yes
        ):
            return
        if attempt_saving(
            self,
            self.tr("删除超期候选人"),
            self.database,
            lambda s: recruitment.remove_overdue(s, self.actor, today),
        ):
            announce(Area.PEOPLE)

    def _retention_changed(self) -> None:
        days = self.retention.value()
        if attempt_saving(
            self,
            self.tr("保存期限"),
            self.database,
            lambda s: recruitment.set_retention_days(s, self.actor, days),
        ):
            announce(Area.PEOPLE)

    def import_candidates(self) -> None:
        from hrdesk.ui.dialogs.import_wizard import ImportWizard

        ImportWizard(self.database, self.actor, "candidates", self).exec()

    def open_record(self, record_id: int) -> None:
        self.edit(record_id)
