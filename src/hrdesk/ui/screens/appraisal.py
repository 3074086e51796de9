"""绩效: appraisals by period — targets, results, achievement (missed in red), grades; sales
results filled from collections, and grades turned into 绩效工资 by the company's rule."""

from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdesk import clock
from hrdesk.domain.dates import add_months
from hrdesk.domain.roles import Permission
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.services.people import appraisal
from hrdesk.ui.dialogs.appraisal import AppraisalDialog, RuleDialog
from hrdesk.ui.models.table import ROW_ROLE, SORT_ROLE, RowsTableModel, TableColumn
from hrdesk.ui.operations import Area, announce, refresh_on
from hrdesk.ui.widgets.forms import ERROR_COLOUR, attempt_saving
from hrdesk.ui.widgets.tables import selected_row, table_view


class AppraisalModel(RowsTableModel):
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and self.rows[index.row()].missed
        ):
            return QBrush(QColor(ERROR_COLOUR))
        return super().data(index, role)


def recent_periods(today) -> list[str]:
    """This quarter and the three before, then the last six months, newest first."""
    quarter_start = today.replace(month=3 * ((today.month - 1) // 3) + 1, day=1)
    quarters = [add_months(quarter_start, -3 * i) for i in range(4)]
    months = [add_months(today.replace(day=1), -i) for i in range(6)]
    return [f"{q.year}-Q{(q.month - 1) // 3 + 1}" for q in quarters] + [
        f"{m:%Y-%m}" for m in months
    ]


class AppraisalPage(QWidget):
    def __init__(self, database: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.database, self.actor = database, actor
        layout = QVBoxLayout(self)
        self._toolbar(layout)
        self.model = AppraisalModel(
            [
                TableColumn(self.tr("期间"), lambda r: r.fields.period),
                TableColumn(self.tr("工号"), lambda r: r.employee_no),
                TableColumn(self.tr("姓名"), lambda r: r.name),
                TableColumn(self.tr("部门"), lambda r: r.department),
                TableColumn(self.tr("目标"), lambda r: r.fields.target, True),
                TableColumn(self.tr("实际"), lambda r: r.fields.actual, True),
                TableColumn(self.tr("达成率%"), lambda r: r.achieved, True),
                TableColumn(self.tr("得分"), lambda r: r.fields.score, True),
                TableColumn(self.tr("等级"), lambda r: r.fields.grade),
                TableColumn(self.tr("评语"), lambda r: r.fields.comment),
                TableColumn(self.tr("改进计划"), lambda r: r.fields.improvement_plan),
                TableColumn(self.tr("考核人"), lambda r: r.fields.reviewer),
                TableColumn(
                    self.tr("来源"),
                    lambda r: self.tr("回款") if r.from_collections else self.tr("录入"),
                ),
                TableColumn(
                    self.tr("绩效工资计入"),
                    lambda r: f"{r.applied_to_month:%Y-%m}" if r.applied_to_month else "",
                ),
            ],
            self,
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = table_view(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.activated.connect(lambda index: self.edit(self.proxy.data(index, ROW_ROLE)))
        layout.addWidget(self.view, 1)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.period.currentIndexChanged.connect(self.refresh)
        self.period.lineEdit().editingFinished.connect(self.refresh)
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(selected_row(self.view)))
        self.fill_button.clicked.connect(self.fill)
        self.pay_button.clicked.connect(self.apply_pay)
        self.rule_button.clicked.connect(self.edit_rule)
        self.import_button.clicked.connect(self.import_appraisals)
        refresh_on(self, [Area.PEOPLE, Area.EMPLOYEES], self.refresh)
        self.refresh()

    def _toolbar(self, layout: QVBoxLayout) -> None:
        database, actor = self.database, self.actor
        title = QLabel(self.tr("绩效考核"))
        title.setStyleSheet("font-size: 18px; font-weight: bold")
        layout.addWidget(title)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("期间")))
        self.period = QComboBox()
        self.period.setEditable(True)
        self.period.addItem(self.tr("全部"), "")
        today = clock.today()
        for label in recent_periods(today):
            self.period.addItem(label, label)
        self.period.setCurrentIndex(1)
        with database.sessions() as session:  # open on the latest period appraised, if any
            latest = appraisal.appraisals(session, actor)[:1]
        if latest:
            if self.period.findData(latest[0].fields.period) < 0:
                self.period.addItem(latest[0].fields.period, latest[0].fields.period)
            self.period.setCurrentIndex(self.period.findData(latest[0].fields.period))
        bar.addWidget(self.period)
        self.add_button = QPushButton(self.tr("新增考核…"))
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.fill_button = QPushButton(self.tr("按回款填入销售目标与实际"))
        self.import_button = QPushButton(self.tr("导入…"))
        for button in (self.add_button, self.edit_button, self.fill_button, self.import_button):
            button.setEnabled(actor.may(Permission.EDIT_EMPLOYEES))
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        # 绩效工资 on a row of its own: both rows fit a laptop screen in either language.
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("计入月份")))
        self.month = QComboBox()
        for offset in (1, 0, -1):
            month = add_months(today.replace(day=1), offset)
            self.month.addItem(f"{month:%Y-%m}", month.isoformat())
        self.month.setCurrentIndex(1)
        bar.addWidget(self.month)
        self.pay_button = QPushButton(self.tr("计入绩效工资"))
        self.pay_button.setEnabled(actor.may(Permission.RUN_PAYROLL))
        self.rule_button = QPushButton(self.tr("绩效工资规则…"))
        self.rule_button.setEnabled(actor.may(Permission.MANAGE_SETTINGS))
        bar.addWidget(self.pay_button)
        bar.addWidget(self.rule_button)
        layout.addLayout(bar)

    def current_period(self) -> str:
        text = self.period.currentText().strip()
        return "" if text == self.tr("全部") else text

    def refresh(self) -> None:
        period = self.current_period()
        with self.database.sessions() as session:
            try:
                rows = appraisal.appraisals(session, self.actor, period or None)
            except ValueError as error:
                self.count.setText(str(error))
                return
            rule = appraisal.rule(session)
        self.model.set_rows(rows)
        missed = sum(1 for r in rows if r.missed)
        state = self.tr("已启用") if rule.enabled else self.tr("未启用")
        self.count.setText(
            self.tr("共 {0} 条考核，未达标 {1} 条（红色）；绩效工资规则{2}").format(
                len(rows), missed, state
            )
        )

    def edit(self, row) -> None:
        period = self.current_period() or recent_periods(clock.today())[0]
        AppraisalDialog(self.database, self.actor, period, row, self).exec()

    def fill(self) -> None:
        period = self.current_period()
        if not period:
            QMessageBox.information(self, self.tr("按回款填入"), self.tr("请先选择一个期间。"))
            return
        if attempt_saving(
            self,
            self.tr("按回款填入"),
            self.database,
            lambda s: appraisal.fill_from_collections(s, self.actor, period),
        ):
            announce(Area.PEOPLE)

    def apply_pay(self) -> None:
        period = self.current_period()
        if not period:
            QMessageBox.information(self, self.tr("计入绩效工资"), self.tr("请先选择一个期间。"))
            return
        month = date.fromisoformat(self.month.currentData())
        question = self.tr(
            "按绩效工资规则，把 {0} 的考核等级换算为绩效工资，写入 {1} 的工资录入（覆盖该月已录入的绩效工资）。继续？"
        ).format(period, f"{month:%Y-%m}")
        if (
            QMessageBox.question(self, self.tr("计入绩效工资"), question)
            != QMessageBox.StandardButton.Yes
        ):
            return
        done = []
        if attempt_saving(
            self,
            self.tr("计入绩效工资"),
            self.database,
            lambda s: done.extend(appraisal.apply_performance_pay(s, self.actor, period, month)),
        ):
            announce(Area.PEOPLE, Area.PAYROLL)
        if done:
            QMessageBox.information(
                self,
                self.tr("计入绩效工资"),
                self.tr("已计入 {0} 人，请到薪资页重新计算。").format(len(done)),
            )

    def edit_rule(self) -> None:
        RuleDialog(self.database, self.actor, self).exec()

    def import_appraisals(self) -> None:
        from hrdesk.ui.dialogs.import_wizard import ImportWizard

        ImportWizard(self.database, self.actor, "appraisals", self).exec()
