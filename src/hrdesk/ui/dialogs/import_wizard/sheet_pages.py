"""The wizard's middle pages: which sheet and header row, then which file column feeds which field."""

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from hrdesk.services import imports
from hrdesk.ui.dialogs.import_wizard.tables import fill, table
from hrdesk.ui.widgets.forms import ERROR_COLOUR

PREVIEW_ROWS = 8
NOT_IMPORTED = -1


class SheetPage(QWizardPage):
    def __init__(self, wizard):
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
        self.preview = table([])
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
        fill(self.preview, shown)
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
    def __init__(self, wizard):
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("列对应"))
        self.setSubTitle(
            self.tr(
                "为每一列选择文件中的对应列；红色为必填列。可把这套对应关系保存下来，下次直接选用。"
            )
        )
        layout = QVBoxLayout(self)
        self.table = table([self.tr("hrdesk 的列"), self.tr("文件中的列")])
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
