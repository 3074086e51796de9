"""首页: the clerk's day — what needs attention, each item one click from its record."""

from datetime import date
from decimal import Decimal
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrdesk import clock
from hrdesk.domain.money import format_money
from hrdesk.domain.roles import Permission
from hrdesk.services import attention
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.services.overview import Dashboard, Figure, Overview, dashboard, overview
from hrdesk.ui.i18n import chosen_language
from hrdesk.ui.operations import Area, op, refresh_on
from hrdesk.ui.terms import phrase
from hrdesk.ui.widgets.forms import ERROR_COLOUR

# The month's figures as services name them, marked here for translation.
FIGURE_TITLES = {
    "labour_cost": QT_TRANSLATE_NOOP("HomePage", "人工成本"),
    "overdue": QT_TRANSLATE_NOOP("HomePage", "逾期应收"),
    "collection": QT_TRANSLATE_NOOP("HomePage", "本月回款达成"),
    "high_risk": QT_TRANSLATE_NOOP("HomePage", "高风险客户"),
}


class HomeData(NamedTuple):
    """What 首页 shows, as loaded for one day."""

    today: date
    found: list[attention.AttentionItem]
    facts: Overview | None  # head counts, for those who may see them
    month: Dashboard


class FigureCard(QFrame):
    """A figure of the month: its value, its trend, a note; a click opens its report."""

    clicked = Signal()

    def __init__(self, title: str, value: str, trend: str, note: str, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("点击查看报表"))
        layout = QVBoxLayout(self)
        caption = QLabel(title)
        caption.setStyleSheet("color: #666")
        self.value = QLabel(value)
        self.value.setStyleSheet("font-size: 18px; font-weight: bold")
        self.trend = QLabel(trend)
        self.note = QLabel(note)
        self.note.setStyleSheet("color: #888; font-size: 11px")
        self.note.setWordWrap(True)
        for widget in (caption, self.value, self.trend, self.note):
            widget.setWordWrap(True)  # a narrow window squeezes the cards, never widens
            layout.addWidget(widget)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


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

        month_title = QLabel(self.tr("本月要点"))
        month_title.setStyleSheet("font-size: 15px; font-weight: bold; margin-top: 8px")
        layout.addWidget(month_title)
        self.cards = QHBoxLayout()
        layout.addLayout(self.cards)

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
        self._loads = 0  # refreshes started: only the newest one's figures are shown
        # 首页 sums up every area; a change elsewhere reloads it off the UI thread.
        refresh_on(self, list(Area), self._refresh_in_background, lazy=True)
        self.refresh()

    def refresh(self, today: date | None = None) -> None:
        """Load and show at once: the window's first draw comes with its figures."""
        self._loads += 1  # a load started in the background before this one is stale now
        self._show(self._load(today or clock.today()))

    def _refresh_in_background(self) -> None:
        """After a change: load off the UI thread (seconds on ten years of data), and show
        the newest load only, should changes come faster than loads."""
        self._loads += 1
        load, today = self._loads, clock.today()
        op(self, self.tr("首页"), lambda _state: self._load(today)).success(
            lambda loaded: self._show(loaded) if load == self._loads else None
        ).run_in_background()

    def _load(self, today: date) -> HomeData:
        with self.database.sessions() as session:
            return HomeData(
                today,
                attention.items_for(session, self.actor, today),
                overview(session, self.actor)
                if self.actor.may(Permission.VIEW_EMPLOYEES)
                else None,
                dashboard(session, self.actor, today),
            )

    def _show(self, loaded: HomeData) -> None:
        today, found, facts, month = loaded
        locale = QLocale(chosen_language())
        day = locale.toString(
            QDate(today.year, today.month, today.day), self.tr("yyyy年M月d日 dddd")
        )
        self.today_label.setText(self.tr("今天是 {0}").format(day))
        self._show_figures(facts)
        self._show_cards(month.figures, found)
        self.items.clear()
        for entry in month.high_risk:
            item = QListWidgetItem(
                self.tr("回款风险高：{0} — 风险分 {1}，未收 {2} 元，业务员 {3}").format(
                    entry.name, entry.result.score, format_money(entry.balance), entry.salesperson
                )
            )
            item.setData(ITEM_PAGE_ROLE, "reports")
            item.setData(ITEM_RECORD_ROLE, "risk")
            item.setForeground(QBrush(QColor(ERROR_COLOUR)))
            self.items.addItem(item)
        for item in found:
            entry = QListWidgetItem(f"{phrase(item.title)} — {phrase(item.detail)}")
            entry.setData(ITEM_PAGE_ROLE, item.page)
            entry.setData(ITEM_RECORD_ROLE, item.record_id)
            if item.urgent:
                entry.setForeground(QBrush(QColor(ERROR_COLOUR)))
            self.items.addItem(entry)
        if not found and not month.high_risk:
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

    def _show_cards(self, figures: list[Figure], found) -> None:
        while self.cards.count():
            self.cards.takeAt(0).widget().deleteLater()
        for figure in figures:
            self._add_card(
                self.tr(FIGURE_TITLES.get(figure.key, figure.title)), self._value_text(figure), self._trend(figure), phrase(figure.note),
                figure.page, figure.report,
            )  # fmt: skip
        waiting = [i for i in found if i.page in ("contracts", "letters")]
        if self.actor.may(Permission.VIEW_CONTRACTS) or self.actor.may(Permission.MANAGE_LETTERS):
            contracts = sum(i.page == "contracts" for i in waiting)
            page = "contracts" if contracts else "letters"
            self._add_card(
                self.tr("合同与对账函待处理"),
                self.tr("{0} 项").format(len(waiting)),
                "",
                self.tr("合同 {0} 项，对账函 {1} 项").format(contracts, len(waiting) - contracts),
                page,
                None,
            )

    def _add_card(self, title, value, trend, note, page, record) -> None:
        card = FigureCard(title, value, trend, note)
        card.clicked.connect(lambda: self.open_page.emit(page, record))
        self.cards.addWidget(card)

    def _value_text(self, figure: Figure) -> str:
        """The figure with its unit: 143.4 万元 in Chinese, 1,433,711 yuan in English."""
        if figure.value is None:
            return "—"
        if figure.unit == "%":
            return f"{figure.value:.1%}"
        if figure.unit == "元":
            if abs(figure.value) >= 10000:
                return self.tr("{0} 万元").format(
                    f"{figure.value / 10000:,.1f}", f"{figure.value:,.0f}"
                )
            return self.tr("{0} 元").format(format_money(figure.value))
        if figure.unit == "家":
            return self.tr("{0} 家").format(figure.value)
        return self.tr("{0} 项").format(figure.value)

    def _trend(self, figure: Figure) -> str:
        """▲ 3.2% or ▼ 1.0% against last month, coloured when up or down is good or bad."""
        change = figure.change()
        if change is None:
            return ""
        arrow = "▲" if change > 0 else "▼" if change < 0 else "＝"
        if figure.unit == "%":
            points = (Decimal(figure.value) - Decimal(figure.previous)) * 100
            text = self.tr("{0} {1}个百分点 较上月").format(arrow, f"{abs(points):.1f}")
        else:
            text = self.tr("{0} {1} 较上月").format(arrow, f"{abs(change):.1%}")
        if figure.higher_is_better is None or change == 0:
            colour = "#666"
        else:
            good = (change > 0) == figure.higher_is_better
            colour = "#2E7D32" if good else ERROR_COLOUR
        return f'<span style="color:{colour}">{text}</span>'

    def _open_item(self, entry: QListWidgetItem) -> None:
        page = entry.data(ITEM_PAGE_ROLE)
        if page:
            self.open_page.emit(page, entry.data(ITEM_RECORD_ROLE))
