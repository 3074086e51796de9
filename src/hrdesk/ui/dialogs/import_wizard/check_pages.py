"""The wizard's last pages: every problem by row and column before anything is written, then
the write itself, all or nothing."""

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QVBoxLayout, QWizard, QWizardPage

from hrdesk.services import attendance, imports
from hrdesk.ui.dialogs.import_wizard.kinds import ATTENDANCE, KIND_AREAS
from hrdesk.ui.dialogs.import_wizard.tables import figure, fill, table
from hrdesk.ui.operations import Cancelled, op
from hrdesk.ui.widgets.forms import attempt

SHOWN_PROBLEMS = 3  # in the summary as 第N行 列名: 原因; all of them in the list below


class PreviewPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__()
        self.owner = wizard
        self.plan: imports.ImportPlan | None = None
        self.setTitle(self.tr("检查结果"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.rows_title = QLabel(self.tr("将写入的考勤（天数、小时数按存储时的精度）："))
        layout.addWidget(self.rows_title)
        self.rows = table(
            [
                self.tr("行号"),
                self.tr("工号"),
                self.tr("姓名"),
                self.tr("出勤天数"),
                self.tr("事假天数"),
                self.tr("病假天数"),
                self.tr("其他假天数"),
                self.tr("旷工天数"),
                self.tr("迟到次数"),
                self.tr("工作日加班小时"),
                self.tr("休息日加班小时"),
                self.tr("节假日加班小时"),
                self.tr("转调休小时"),
            ]
        )
        layout.addWidget(self.rows, 2)
        self.problems_title = QLabel(self.tr("问题和提醒："))
        layout.addWidget(self.problems_title)
        self.problems = table([self.tr("行号"), self.tr("列名"), self.tr("原因")])
        layout.addWidget(self.problems, 1)
        self.save_problems = QPushButton(self.tr("把问题清单保存为 Excel…"))
        self.save_problems.clicked.connect(self.export_problems)
        layout.addWidget(self.save_problems)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("导入"))

    def initializePage(self) -> None:
        self.plan = None
        self.preview = []
        self.summary.setText(self.tr("正在检查…"))
        owner = self.owner
        for widget in (self.rows_title, self.rows, self.problems_title):
            widget.setVisible(owner.kind == ATTENDANCE)
        fill(self.rows, [])
        fill(self.problems, [])
        op(owner, self.tr("检查"), lambda state: owner.make_plan(state.report)).with_progress(
            self.tr("正在检查…")
        ).success(self._show_checked).failure(
            lambda error: self.summary.setText(
                self.tr("已取消") if isinstance(error, Cancelled) else str(error)
            )
        ).run_in_background()

    def _show_checked(self, checked) -> None:
        plan, self.preview = checked
        fill(
            self.rows,
            [
                [
                    r.row,
                    r.employee_no,
                    r.name,
                    "" if r.attended_days is None else r.attended_days,
                    *[figure(v) for v in (r.personal_leave_days, r.sick_leave_days)],
                    *[figure(v) for v in (r.other_leave_days, r.absent_days)],
                    r.late_count or "",
                    figure(r.workday_overtime_hours),
                    figure(r.rest_day_overtime_hours),
                    figure(r.holiday_overtime_hours),
                    figure(r.lieu_hours),
                ]
                for r in self.preview
            ],
        )
        self._show_plan(plan)

    def _show_plan(self, plan: imports.ImportPlan) -> None:
        self.plan = plan
        found = [*plan.problems, *plan.warnings]
        fill(self.problems, [[p.row or "", p.column or "", p.reason] for p in found])
        self.save_problems.setEnabled(bool(found))
        if plan.ok:
            text = self.tr("检查通过：{0}。点“导入”写入。").format(plan.summary())
            if plan.warnings:
                text += self.tr(" 另有 {0} 条提醒，不影响导入。").format(len(plan.warnings))
        else:
            text = self.tr(
                "有 {0} 处问题，不能导入；改正文件后重新选择。没有写入任何数据。"
            ).format(len(plan.problems))
            text += "\n" + "\n".join(str(p) for p in plan.problems[:SHOWN_PROBLEMS])
        if self.owner.kind == ATTENDANCE:
            layout = attendance.layout_of(plan)
            said = (
                self.tr("识别为“{0}”格式（工作表“{1}”）").format(layout, self.owner.sheet.name)
                if layout
                else self.tr("未能识别文件格式")
            )
            text = self.tr("{0} 考勤：{1}。").format(f"{self.owner.month:%Y-%m}", said) + text
        self.summary.setText(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.plan is not None and self.plan.ok

    def export_problems(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("保存问题清单"),
            str(Path.home() / "导入问题.xlsx"),
            self.tr("Excel 文件 (*.xlsx)"),
        )
        if path and self.plan is not None:
            attempt(
                self, self.tr("保存问题清单"), lambda: imports.write_problems(Path(path), self.plan)
            )


class DonePage(QWizardPage):
    """Writes on arrival, in the background; the wizard closes only once it has finished."""

    def __init__(self, wizard):
        super().__init__()
        self.owner = wizard
        self.done = False
        self.setTitle(self.tr("导入"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.label)

    def initializePage(self) -> None:
        self.done = False
        self.label.setText(self.tr("正在写入…"))
        op(
            self.owner, self.tr("导入"), lambda state: self.owner.commit(state.report)
        ).with_progress(self.tr("正在导入…")).changes(*KIND_AREAS[self.owner.kind]).success(
            self._finished
        ).failure(self._failed).run_in_background()

    def _finished(self, summary: str) -> None:
        self.owner.summary = summary
        text = self.tr("导入完成：{0}").format(summary)
        if self.owner.kind == ATTENDANCE:
            text += self.tr(
                "。{0} 的事假、病假、旷工和加班已计入该月工资录入，请重新计算工资。"
            ).format(f"{self.owner.month:%Y-%m}")
        self.label.setText(text)
        self.done = True
        self.completeChanged.emit()

    def _failed(self, error: Exception) -> None:
        reason = self.tr("已取消") if isinstance(error, Cancelled) else str(error)
        self.label.setText(self.tr("导入失败，没有写入任何数据：{0}").format(reason))
        self.done = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done
