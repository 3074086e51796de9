"""导入向导: file → sheet and header row → column mapping (saved by name) → preview → commit.

One wizard for every import kind. Nothing is written until the last page, and then all
rows or none. Attendance (考勤) asks for the month instead: its layouts are recognised by their
headers, so it goes from the file straight to the preview of what will be written.
"""

from datetime import date
from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from hrdesk import clock
from hrdesk.domain.dates import add_months
from hrdesk.services import attendance, imports
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.ui.operations import Area, Cancelled, op
from hrdesk.ui.widgets.forms import ERROR_COLOUR, attempt, problem_label

KIND_TITLES = {
    "employees": "员工",
    "contracts": "劳动合同",
    "policies": "社保公积金政策",
    "payroll-inputs": "工资录入",
    "losses": "损失赔偿",
    "candidates": "候选人",
    "appraisals": "绩效考核",
    "leave": "请假",
    "attendance": "考勤",
}
ATTENDANCE = "attendance"
MONTHS_OFFERED = 18
PREVIEW_ROWS = 8
NOT_IMPORTED = -1


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setMaximumSectionSize(220)  # a merged title must not widen its column
    return table


def _fill(table: QTableWidget, rows: list[list]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row[: table.columnCount()]):
            table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))


class FilePage(QWizardPage):
    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("选择文件"))
        self.setSubTitle(
            self.tr("支持 .xlsx、.xls、.ods 和 .csv（UTF-8 或 GBK）。表头上方的标题行会自动跳过。")
        )
        form = QFormLayout(self)
        self.kind = QComboBox()
        for kind, title in KIND_TITLES.items():
            self.kind.addItem(title, kind)
        form.addRow(self.tr("导入内容"), self.kind)
        row = QHBoxLayout()
        self.path = QLineEdit()
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self.browse)
        row.addWidget(self.path)
        row.addWidget(browse)
        form.addRow(self.tr("文件"), row)
        self.month = QComboBox()
        form.addRow(self.tr("考勤月份"), self.month)
        self.attendance_note = QLabel(
            self.tr(
                "考勤文件按表头自动识别格式：钉钉“月度汇总”、企业微信“每日统计”或“打卡记录”、"
                "hrdesk考勤模板。不需要选择工作表和列对应，下一步直接显示将写入的内容。"
                "导入会替换该月已导入的考勤；工资已审核的月份不能导入。"
            )
        )
        self.attendance_note.setWordWrap(True)
        form.addRow(self.attendance_note)
        self.form = form
        self.problem = problem_label()
        form.addRow(self.problem)
        self.path.textChanged.connect(self.completeChanged)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def offer_months(self, chosen: date | None) -> None:
        """The last months, newest first; last month chosen unless told (attendance comes in
        after a month ends)."""
        first = clock.today().replace(day=1)
        months = [add_months(first, -back) for back in range(MONTHS_OFFERED)]
        chosen = chosen or months[1]
        if chosen not in months:
            months = sorted({*months, chosen}, reverse=True)
        self.month.clear()
        for month in months:
            self.month.addItem(f"{month:%Y-%m}", month)
        self.month.setCurrentIndex(months.index(chosen))

    def _kind_changed(self) -> None:
        shown = self.kind.currentData() == ATTENDANCE
        self.form.setRowVisible(self.month, shown)
        self.form.setRowVisible(self.attendance_note, shown)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("选择要导入的文件"),
            str(Path.home()),
            self.tr("表格文件 (*.xlsx *.xlsm *.xls *.ods *.csv)"),
        )
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        try:
            self.owner.sheets = imports.read_sheets(Path(self.path.text().strip()))
        except imports.SpreadsheetError as exc:
            self.problem.setText(str(exc))
            return False
        self.owner.kind = self.kind.currentData()
        if self.owner.kind != ATTENDANCE:
            return True
        self.owner.month = self.month.currentData()
        self.owner.sheet = attendance.attendance_sheet(self.owner.sheets)
        with self.owner.database.sessions() as session:
            closed = attendance.month_closed(session, self.owner.month)
        if closed:  # refused here as the command line refuses it
            self.problem.setText(closed)
            return False
        return True

    def nextId(self) -> int:
        if self.kind.currentData() == ATTENDANCE:
            return self.owner.preview_id
        return super().nextId()


class SheetPage(QWizardPage):
    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("工作表和表头"))
        self.setSubTitle(self.tr("已自动找到表头所在的行；如不对，请改正。"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.sheet = QComboBox()
        self.header_row = QSpinBox()
        self.header_row.setRange(1, 1000)
        self.mapping = QComboBox()
        form.addRow(self.tr("工作表"), self.sheet)
        form.addRow(self.tr("表头在第几行"), self.header_row)
        form.addRow(self.tr("已保存的列映射"), self.mapping)
        layout.addLayout(form)
        self.preview = _table([])
        layout.addWidget(self.preview)
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        self.mapping.currentIndexChanged.connect(self._sheet_changed)
        self.header_row.valueChanged.connect(self._show_preview)

    def initializePage(self) -> None:
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems([s.name for s in self.owner.sheets])
        self.sheet.blockSignals(False)
        self.mapping.blockSignals(True)
        self.mapping.clear()
        self.mapping.addItem(self.tr("（按列名自动对应）"), None)
        with self.owner.database.sessions() as session:
            for name, aliases in imports.saved_mappings(session, self.owner.kind).items():
                self.mapping.addItem(name, aliases)
        self.mapping.blockSignals(False)
        self._sheet_changed()

    def _sheet_changed(self) -> None:
        self.owner.sheet = self.owner.sheets[self.sheet.currentIndex()]
        self.owner.aliases = self.mapping.currentData()
        found = imports.find_header_row(
            self.owner.sheet.rows, imports.template(self.owner.kind), self.owner.aliases
        )
        self.header_row.setValue((found or 0) + 1)
        self._show_preview()

    def _show_preview(self) -> None:
        """The top of the sheet down to a few rows under the header, numbered as Excel numbers them."""
        header = self.header_row.value() - 1
        last = min(len(self.owner.sheet.rows), header + PREVIEW_ROWS + 1)
        shown = [imports.row_texts(self.owner.sheet, index) for index in range(last)]
        width = max((len(r) for r in shown), default=0)
        self.preview.setColumnCount(width)
        self.preview.setHorizontalHeaderLabels([str(i + 1) for i in range(width)])
        _fill(self.preview, shown)
        self.preview.verticalHeader().show()
        self.preview.setVerticalHeaderLabels([str(i + 1) for i in range(last)])
        bold = self.preview.font()
        bold.setBold(True)
        for column in range(width):
            item = self.preview.item(header, column)
            if item is not None:
                item.setFont(bold)
                item.setBackground(QBrush(QColor("#ddebf7")))
        self.preview.scrollToItem(self.preview.item(header, 0))

    def validatePage(self) -> bool:
        self.owner.header_index = self.header_row.value() - 1
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("列对应"))
        self.setSubTitle(
            self.tr(
                "为每一列选择文件中的对应列；红色为必填列。可把这套对应关系保存下来，下次直接选用。"
            )
        )
        layout = QVBoxLayout(self)
        self.table = _table([self.tr("hrdesk 的列"), self.tr("文件中的列")])
        layout.addWidget(self.table)
        save_row = QHBoxLayout()
        self.mapping_name = QLineEdit()
        self.mapping_name.setPlaceholderText(self.tr("映射名称，如“银行导出格式”"))
        save = QPushButton(self.tr("保存映射"))
        save.clicked.connect(self.save_mapping)
        save_row.addWidget(self.mapping_name)
        save_row.addWidget(save)
        layout.addLayout(save_row)
        self.combos: dict[str, QComboBox] = {}

    def initializePage(self) -> None:
        spec = imports.template(self.owner.kind)
        header = imports.header_cells(self.owner.sheet, self.owner.header_index)
        automatic = imports.auto_mapping(header, spec, self.owner.aliases)
        self.table.setRowCount(len(spec.columns))
        self.combos = {}
        for row, column in enumerate(spec.columns):
            item = QTableWidgetItem(column.header + (" *" if column.required else ""))
            if column.required:
                item.setForeground(QBrush(QColor(ERROR_COLOUR)))
            self.table.setItem(row, 0, item)
            combo = QComboBox()
            combo.addItem(self.tr("（不导入）"), NOT_IMPORTED)
            for index, text in enumerate(header):
                if text:
                    combo.addItem(text, index)
            combo.setCurrentIndex(max(0, combo.findData(automatic.get(column.field, NOT_IMPORTED))))
            self.table.setCellWidget(row, 1, combo)
            self.combos[column.field] = combo
        self.owner.header = header

    def mapping(self) -> dict[str, int]:
        return {
            f: c.currentData() for f, c in self.combos.items() if c.currentData() != NOT_IMPORTED
        }

    def save_mapping(self) -> None:
        name = self.mapping_name.text().strip()
        if not name:
            QMessageBox.warning(self, self.tr("保存映射"), self.tr("请先填写映射名称"))
            return
        spec = imports.template(self.owner.kind)
        aliases = {
            self.owner.header[index]: spec.column(f).header for f, index in self.mapping().items()
        }
        with self.owner.database.sessions.begin() as session:
            imports.save_mapping(session, self.owner.actor, name, self.owner.kind, aliases)
        QMessageBox.information(self, self.tr("保存映射"), self.tr("已保存映射“{0}”").format(name))

    def validatePage(self) -> bool:
        self.owner.mapping = self.mapping()
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: "ImportWizard"):
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
        self.rows = _table(
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
        self.problems = _table([self.tr("行号"), self.tr("列名"), self.tr("原因")])
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
        _fill(self.rows, [])
        _fill(self.problems, [])
        op(owner, self.tr("检查"), lambda state: owner.make_plan(state.report)).with_progress(
            self.tr("正在检查…")
        ).success(self._show_checked).failure(
            lambda error: self.summary.setText(
                self.tr("已取消") if isinstance(error, Cancelled) else str(error)
            )
        ).run_in_background()

    def _show_checked(self, checked) -> None:
        plan, self.preview = checked
        _fill(
            self.rows,
            [
                [
                    r.row,
                    r.employee_no,
                    r.name,
                    "" if r.attended_days is None else r.attended_days,
                    *[_figure(v) for v in (r.personal_leave_days, r.sick_leave_days)],
                    *[_figure(v) for v in (r.other_leave_days, r.absent_days)],
                    r.late_count or "",
                    _figure(r.workday_overtime_hours),
                    _figure(r.rest_day_overtime_hours),
                    _figure(r.holiday_overtime_hours),
                    _figure(r.lieu_hours),
                ]
                for r in self.preview
            ],
        )
        self._show_plan(plan)

    def _show_plan(self, plan: imports.ImportPlan) -> None:
        self.plan = plan
        found = [*plan.problems, *plan.warnings]
        _fill(self.problems, [[p.row or "", p.column or "", p.reason] for p in found])
        self.save_problems.setEnabled(bool(found))
        if plan.ok:
            text = self.tr("检查通过：{0}。点“导入”写入。").format(plan.summary())
            if plan.warnings:
                text += self.tr(" 另有 {0} 条提醒，不影响导入。").format(len(plan.warnings))
        else:
            text = self.tr(
                "有 {0} 处问题，不能导入；改正文件后重新选择。没有写入任何数据。"
            ).format(len(plan.problems))
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

    def __init__(self, wizard: "ImportWizard"):
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
        ).with_progress(self.tr("正在导入…")).changes(*Area).success(self._finished).failure(
            self._failed
        ).run_in_background()

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


class ImportWizard(QWizard):
    def __init__(
        self,
        database: Database,
        actor: Actor,
        kind: str = "employees",
        parent=None,
        month: date | None = None,
    ):
        super().__init__(parent)
        self.database, self.actor = database, actor
        self.kind = kind
        self.month = month
        self.sheets: list[imports.Sheet] = []
        self.sheet: imports.Sheet | None = None
        self.aliases: dict[str, str] | None = None
        self.header_index = 0
        self.header: list[str] = []
        self.mapping: dict[str, int] = {}
        self.summary = ""
        self.setWindowTitle(self.tr("导入向导"))
        self.resize(780, 560)
        self.file_page = FilePage(self)
        self.file_page.kind.setCurrentIndex(max(0, self.file_page.kind.findData(kind)))
        self.file_page.offer_months(month)
        for page in (self.file_page, SheetPage(self), MappingPage(self)):
            self.addPage(page)
        self.preview_id = self.addPage(PreviewPage(self))
        self.addPage(DonePage(self))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("上一步"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))

    def make_plan(self, progress=None) -> tuple[imports.ImportPlan, list]:
        """The check, and for attendance the rows it will write."""
        if self.kind == ATTENDANCE:
            with self.database.sessions() as session:
                plan = attendance.plan_month(
                    session, self.actor, self.sheet, self.month, clock.today()
                )
                return plan, attendance.preview_rows(session, plan)
        with self.database.sessions() as session:
            return imports.plan(
                session,
                self.actor,
                self.kind,
                self.sheet,
                clock.today(),
                header_index=self.header_index,
                mapping=self.mapping,
                progress=progress,
            ), []

    def commit(self, progress=None) -> str:
        """Check again and write, in one transaction: the data may have changed since the preview."""
        if self.kind == ATTENDANCE:
            return self._commit_attendance()
        with self.database.sessions.begin() as session:
            plan = imports.plan(
                session,
                self.actor,
                self.kind,
                self.sheet,
                clock.today(),
                header_index=self.header_index,
                mapping=self.mapping,
                progress=progress,
            )
            if not plan.ok:
                raise ValueError("；".join(str(p) for p in plan.problems[:5]))
            return imports.commit(session, self.actor, plan, clock.today())

    def _commit_attendance(self) -> str:
        """Replace the month at once, or write nothing (approved since the preview: refused)."""
        with self.database.sessions.begin() as session:
            plan = attendance.plan_month(session, self.actor, self.sheet, self.month, clock.today())
            if not plan.ok:
                raise ValueError("；".join(str(p) for p in plan.problems[:5]))
            attendance.commit_month(session, self.actor, self.sheet.name, plan, clock.today())
            return plan.summary()


def _figure(value) -> str:
    """A day or hour count as a clerk reads it: blank for none, no trailing zeros."""
    if not value:
        return ""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
