"""首页: the clerk's day — what needs attention, each item one click from its record."""

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrdesk import clock
from hrdesk.domain.roles import Permission
from hrdesk.services import attention
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.services.overview import overview
from hrdesk.ui.i18n import chosen_language
from hrdesk.ui.widgets.forms import ERROR_COLOUR

ITEM_PAGE_ROLE = Qt.ItemDataRole.UserRole
ITEM_RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


class HomePage(QWidget):
    open_page = Signal(str, object)  # page name, record id or None

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.database = database
        self.actor = actor
        layout = QVBoxLayout(self)
        self.today_label = QLabel()
        self.today_label.setStyleSheet("font-size: 20px; font-weight: bold")
        layout.addWidget(self.today_label)

        self.figures = QGridLayout()
        figures_frame = QFrame()
        figures_frame.setFrameShape(QFrame.Shape.StyledPanel)
        figures_frame.setLayout(self.figures)
        layout.addWidget(figures_frame)

        attention_title = QLabel(self.tr("需要处理的事项"))
        attention_title.setStyleSheet("font-size: 15px; font-weight: bold; margin-top: 8px")
        layout.addWidget(attention_title)
        self.items = QListWidget()
        self.items.setAlternatingRowColors(True)
        self.items.setSpacing(3)
        self.items.setWordWrap(True)
        self.items.itemActivated.connect(self._open_item)
        self.items.itemClicked.connect(self._open_item)
        layout.addWidget(self.items, stretch=1)
        self.refresh()

    def refresh(self, today: date | None = None) -> None:
        today = today or clock.today()
        locale = QLocale(chosen_language())
        day = locale.toString(
            QDate(today.year, today.month, today.day), self.tr("yyyy年M月d日 dddd")
        )
        self.today_label.setText(self.tr("今天是 {0}").format(day))
        with self.database.sessions() as session:
            found = attention.items_for(session, self.actor, today)
            facts = (
                overview(session, self.actor) if self.actor.may(Permission.VIEW_EMPLOYEES) else None
            )
        self._show_figures(facts)
        self.items.clear()
        for item in found:
            entry = QListWidgetItem(f"{item.title} — {item.detail}")
            entry.setData(ITEM_PAGE_ROLE, item.page)
            entry.setData(ITEM_RECORD_ROLE, item.record_id)
            if item.urgent:
                entry.setForeground(QBrush(QColor(ERROR_COLOUR)))
            self.items.addItem(entry)
        if not found:
            empty = QListWidgetItem(self.tr("今天没有需要处理的事项。"))
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)  # shown plainly, not clickable
            self.items.addItem(empty)

    def _show_figures(self, facts) -> None:
        while self.figures.count():
            self.figures.takeAt(0).widget().deleteLater()
        if facts is None:
            return
        cells = [
            (self.tr("在职员工"), self.tr("{0} 人").format(facts.employed)),
            (self.tr("其中试用期"), self.tr("{0} 人").format(facts.on_probation)),
            (self.tr("销售人员"), self.tr("{0} 人").format(facts.salespeople)),
            (self.tr("客户"), self.tr("{0} 家").format(facts.customers)),
        ]
        for column, (label, value) in enumerate(cells):
            caption = QLabel(label)
            caption.setStyleSheet("color: #666")
            figure = QLabel(value)
            figure.setStyleSheet("font-size: 18px; font-weight: bold")
            self.figures.addWidget(caption, 0, column)
            self.figures.addWidget(figure, 1, column)

    def _open_item(self, entry: QListWidgetItem) -> None:
        page = entry.data(ITEM_PAGE_ROLE)
        if page:
            self.open_page.emit(page, entry.data(ITEM_RECORD_ROLE))
