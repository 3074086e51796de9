"""代发文件的格式: choosing the bank layout of a salary transfer file, and editing the company's
own layouts (copied from an example or made anew) against the bank's template."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from hrdesk.services import bank_files
from hrdesk.ui.widgets.forms import USER_ERRORS, ShownSettings, problem_label, user_message

NOTE = QT_TRANSLATE_NOOP(
    "BankTemplates",
    "示例只是各行代发文件的常见样式；以开户行提供的代发模板为准，"
    "请在“管理模板”中复制示例并按银行模板修改列名和顺序。",
)
TOTAL_NAMES = [
    QT_TRANSLATE_NOOP("BankTemplates", "末行合计"),
    QT_TRANSLATE_NOOP("BankTemplates", "表头上方总笔数、总金额"),
    QT_TRANSLATE_NOOP("BankTemplates", "不写合计"),
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("BankTemplates", text)


def describe(template: bank_files.BankTemplate) -> str:
    total = _tr(bank_files.TOTALS[template.total])
    return QCoreApplication.translate("BankTemplates", "列：{0}；合计：{1}").format(
        "、".join(template.headers()), total
    )


class BankFileDialog(QDialog):
    """Which layout the month's 代发文件 takes: 通用, the company's own, or an example."""

    def __init__(self, database, actor, parent=None):
        super().__init__(parent)
        self.database, self.actor = database, actor
        self.setWindowTitle(self.tr("代发文件格式"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.choice = QComboBox()
        self.columns = QLabel()
        self.columns.setWordWrap(True)
        note = QLabel(_tr(NOTE))
        note.setWordWrap(True)
        manage = QPushButton(self.tr("管理模板…"))
        manage.clicked.connect(self.manage)
        form = QFormLayout()
        form.addRow(self.tr("格式"), self.choice)
        layout.addLayout(form)
        layout.addWidget(self.columns)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("导出…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.addButton(manage, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.choice.currentIndexChanged.connect(self._show_columns)
        self._load()

    def _load(self) -> None:
        with self.database.sessions() as session:
            choices = [bank_files.GENERIC, *bank_files.templates(session)]
        self.choice.clear()
        for template in choices:
            shown = (
                self.tr("{0}（示例）").format(template.name) if template.example else template.name
            )
            self.choice.addItem(shown if template is not bank_files.GENERIC else self.tr("通用"))
            self.choice.setItemData(self.choice.count() - 1, template)
        self._show_columns()

    def _show_columns(self) -> None:
        template = self.choice.currentData()
        self.columns.setText(describe(template) if template else "")

    def manage(self) -> None:
        if BankTemplatesDialog(self.database, self.actor, self).exec():
            self._load()

    def bank(self) -> str | None:
        """The chosen template's name; None for 通用."""
        template = self.choice.currentData()
        return None if template is bank_files.GENERIC else template.name


class BankTemplatesDialog(QDialog):
    """The company's own layouts: name, where the totals go, and the columns in order."""

    def __init__(self, database, actor, parent=None):
        super().__init__(parent)
        self.database, self.actor = database, actor
        self.setWindowTitle(self.tr("代发模板"))
        self.shown = ShownSettings(database, ("bank_templates",))
        with database.sessions() as session:
            self.own = bank_files.own_templates(session)
        self.current = -1
        layout = QHBoxLayout(self)
        layout.addLayout(self._list_side())
        layout.addLayout(self._edit_side(), 1)
        self.names.currentRowChanged.connect(self._select)
        self._fill_names(0)

    def _list_side(self) -> QVBoxLayout:
        side = QVBoxLayout()
        self.names = QListWidget()
        self.example = QComboBox()
        for preset in bank_files.PRESETS:
            self.example.addItem(preset.name, preset)
        copy = QPushButton(self.tr("复制示例"))
        copy.clicked.connect(lambda: self._add(self.example.currentData()))
        new = QPushButton(self.tr("新建"))
        new.clicked.connect(lambda: self._add(bank_files.GENERIC))
        remove = QPushButton(self.tr("删除模板"))
        remove.clicked.connect(self._remove)
        side.addWidget(self.names)
        for row in ((self.example, copy), (new, remove)):
            line = QHBoxLayout()
            for widget in row:
                line.addWidget(widget)
            side.addLayout(line)
        return side

    def _edit_side(self) -> QVBoxLayout:
        side = QVBoxLayout()
        form = QFormLayout()
        self.name = QLineEdit()
        self.total = QComboBox()
        for key, text in bank_files.TOTALS.items():
            self.total.addItem(_tr(text), key)
        form.addRow(self.tr("名称"), self.name)
        form.addRow(self.tr("合计"), self.total)
        side.addLayout(form)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("内容"), self.tr("银行模板中的列名")])
        self.table.horizontalHeader().setStretchLastSection(True)
        side.addWidget(self.table, 1)
        moves = QHBoxLayout()
        for text, action in (
            (self.tr("加一列"), lambda: self._insert_column(("空列", ""))),
            (self.tr("删除列"), self._remove_column),
            (self.tr("上移"), lambda: self._move(-1)),
            (self.tr("下移"), lambda: self._move(1)),
        ):
            button = QPushButton(text)
            button.clicked.connect(action)
            moves.addWidget(button)
        side.addLayout(moves)
        note = QLabel(_tr(NOTE))
        note.setWordWrap(True)
        side.addWidget(note)
        self.problem = problem_label()
        side.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        side.addWidget(buttons)
        return side

    def _fill_names(self, row: int) -> None:
        self.current = -1
        self.names.clear()
        self.names.addItems([template.name for template in self.own])
        self._show(self.own[row] if 0 <= row < len(self.own) else None)
        if 0 <= row < len(self.own):
            self.names.setCurrentRow(row)

    def _select(self, row: int) -> None:
        self._keep_edits()
        self.current = row
        self._show(self.own[row] if 0 <= row < len(self.own) else None)

    def _show(self, template) -> None:
        for widget in (self.name, self.total, self.table):
            widget.setEnabled(template is not None)
        self.table.setRowCount(0)
        if template is None:
            self.name.clear()
            return
        self.name.setText(template.name)
        self.total.setCurrentIndex(self.total.findData(template.total))
        for column in template.columns:
            self._insert_column(column)

    def _insert_column(self, column: tuple[str, str]) -> None:
        row = self.table.currentRow() + 1 if self.table.currentRow() >= 0 else self.table.rowCount()
        self.table.insertRow(row)
        field = QComboBox()
        field.addItems(bank_files.FIELDS)
        field.setCurrentText(column[0])
        self.table.setCellWidget(row, 0, field)
        self.table.setItem(row, 1, QTableWidgetItem(column[1]))

    def _columns(self) -> tuple[tuple[str, str], ...]:
        return tuple(
            (
                self.table.cellWidget(row, 0).currentText(),
                (self.table.item(row, 1) or QTableWidgetItem()).text(),
            )
            for row in range(self.table.rowCount())
        )

    def _remove_column(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        columns = list(self._columns())
        if row < 0 or not 0 <= row + step < len(columns):
            return
        columns[row], columns[row + step] = columns[row + step], columns[row]
        self._show(
            bank_files.BankTemplate(self.name.text(), tuple(columns), self.total.currentData())
        )
        self.table.setCurrentCell(row + step, 1)

    def _keep_edits(self) -> None:
        if 0 <= self.current < len(self.own):
            self.own[self.current] = bank_files.BankTemplate(
                self.name.text().strip(), self._columns(), self.total.currentData()
            )

    def _add(self, source: bank_files.BankTemplate) -> None:
        self._keep_edits()
        name = source.name if source is not bank_files.GENERIC else self.tr("新模板")
        self.own.append(bank_files.BankTemplate(name, source.columns, source.total))
        self._fill_names(len(self.own) - 1)

    def _remove(self) -> None:
        if 0 <= self.current < len(self.own):
            del self.own[self.current]
            self._fill_names(min(self.current, len(self.own) - 1))

    def save(self) -> None:
        self._keep_edits()
        try:
            with self.database.sessions.begin() as session:
                self.shown.refuse_if_changed(session)
                bank_files.save_templates(session, self.actor, self.own)
        except USER_ERRORS as error:
            self.problem.setText(user_message(error))
            return
        self.accept()
