"""The wizard's first page: what to import, from which file (and for attendance, which month)."""

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWizardPage,
)

from hrdesk import clock
from hrdesk.domain.dates import add_months
from hrdesk.services import attendance, imports
from hrdesk.ui.dialogs.import_wizard.kinds import ATTENDANCE, kind_title, kinds_for
from hrdesk.ui.widgets.forms import problem_label

MONTHS_OFFERED = 18


class FilePage(QWizardPage):
    def __init__(self, wizard):
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("选择文件"))
        self.setSubTitle(
            self.tr("支持 .xlsx、.xls、.ods 和 .csv（UTF-8 或 GBK）。表头上方的标题行会自动跳过。")
        )
        form = QFormLayout(self)
        self.kind = QComboBox()
        for kind in kinds_for(wizard.actor):
            self.kind.addItem(kind_title(kind), kind)
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
