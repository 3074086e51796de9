"""对账函: every letter with its state, filters, and each step a click or two away."""

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrdesk import clock
from hrdesk.domain.letters import NO_REPLY, LetterStatus
from hrdesk.domain.roles import Permission
from hrdesk.services import letters, receivables, settings
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.ui.dialogs.letters import (
    DeliveryDialog,
    DisputeDialog,
    ReplyDialog,
    SentDialog,
    VoidDialog,
)
from hrdesk.ui.models.letters import LetterModel
from hrdesk.ui.models.table import SORT_ROLE, TableColumn
from hrdesk.ui.operations import Area, announce, refresh_on
from hrdesk.ui.screens.imports import data_buttons, save_path
from hrdesk.ui.screens.letters.files import LetterFiles
from hrdesk.ui.terms import term
from hrdesk.ui.widgets.columns import fit_columns, more_button
from hrdesk.ui.widgets.fields import DateEdit
from hrdesk.ui.widgets.forms import attempt, attempt_saving
from hrdesk.ui.widgets.table_export import write_table
from hrdesk.ui.widgets.tables import selected_rows, table_view

DISPUTES = "差异待处理"  # a filter beside the statuses: disputes not yet resolved
COLUMN_WIDEST = 200  # px: sixteen columns share a laptop's width; a longer name shows in a tooltip


class LettersPage(QWidget):
    def __init__(self, database: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.database, self.actor = database, actor
        self.files = LetterFiles(self, database, actor)
        layout = QVBoxLayout(self)
        layout.addLayout(self._title_bar())
        layout.addLayout(self._filters())
        layout.addLayout(self._actions())
        self.view = self._table()
        layout.addWidget(self.view)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.refresh()
        refresh_on(self, [Area.LETTERS], self.refresh)

    # -- building the page -------------------------------------------------------

    def _title_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        title = QLabel(self.tr("对账函"))
        title.setStyleSheet("font-size: 18px; font-weight: bold")
        bar.addWidget(title)
        bar.addStretch(1)
        # The letters go to the customers' addresses: they come in (and go out) as 客户.
        self.import_button, _customers_out = data_buttons(
            self, self.database, self.actor, ["customers"]
        )
        self.export_button = QPushButton(self.tr("导出清单…"))
        self.export_button.setToolTip(self.tr("把列表中显示的对账函保存为 Excel"))
        self.export_button.clicked.connect(self.export_list)
        bar.addWidget(self.import_button)
        bar.addWidget(self.export_button)
        return bar

    def _filters(self) -> QHBoxLayout:
        filters = QHBoxLayout()
        self.status = QComboBox()
        self.status.addItem(self.tr("全部状态"), None)
        for status in [*[s.value for s in LetterStatus], NO_REPLY, DISPUTES]:
            self.status.addItem(term(status), status)
        self.salesperson = QComboBox()
        self.salesperson.addItem(self.tr("全部业务员"), None)
        with self.database.sessions() as session:
            self.people = receivables.salespeople(session)
            reply_days = settings.get(session, "letter_reply_days")
        for person_id, name in self.people:
            self.salesperson.addItem(name, person_id)
        self.since = DateEdit(optional=True)
        for widget in (self.status, self.salesperson):
            widget.currentIndexChanged.connect(self.refresh)
        self.since.dateChanged.connect(self.refresh)
        self.reply_days = QSpinBox()
        self.reply_days.setRange(7, 180)
        self.reply_days.setValue(reply_days)
        self.reply_days.setSuffix(self.tr(" 天"))
        self.reply_days.setEnabled(self.actor.may(Permission.MANAGE_SETTINGS))
        reply_label = QLabel(self.tr("回函期限"))
        for widget in (reply_label, self.reply_days):
            widget.setToolTip(self.tr("寄出后多少天未回函，列为“未回函”并在首页提醒"))
        self.reply_days.editingFinished.connect(self._reply_days_changed)
        for widget in (
            QLabel(self.tr("状态")),
            self.status,
            QLabel(self.tr("业务员")),
            self.salesperson,
            QLabel(self.tr("截止日期不早于")),
            self.since,
            None,
            reply_label,
            self.reply_days,
        ):
            if widget is None:
                filters.addStretch(1)
            else:
                filters.addWidget(widget)
        return filters

    def _actions(self) -> QHBoxLayout:
        """The steps of a letter's life as buttons; the rarer ones under 更多."""
        actions = QHBoxLayout()
        self.generate_button = QPushButton(self.tr("生成对账函…"))
        self.print_button = QPushButton(self.tr("重新打印…"))
        self.print_button.setToolTip(self.tr("同一编号、同一内容，再打印一份"))
        self.sent_button = QPushButton(self.tr("登记寄出…"))
        self.delivery_button = QPushButton(self.tr("登记送达…"))
        self.reply_button = QPushButton(self.tr("登记回函…"))
        for button, action in (
            (self.generate_button, self.generate),
            (self.print_button, self.print_selected),
            (self.sent_button, self.mark_sent),
            (self.delivery_button, lambda: self._on_one(DeliveryDialog)),
            (self.reply_button, lambda: self._on_one(ReplyDialog)),
        ):
            button.clicked.connect(action)
            actions.addWidget(button)
        actions.addWidget(more_button(self._rare_actions()))
        actions.addStretch(1)
        return actions

    def _rare_actions(self) -> list[QAction]:
        self.reissue_action = QAction(self.tr("重新出具…"), self)
        self.reissue_action.setToolTip(
            self.tr(
                "按新的截止日期给该客户出一封新编号的对账函；原函未送达的作废，已送达或已回函的保留"
            )
        )
        self.scan_action = QAction(self.tr("查看回函扫描件"), self)
        self.attach_action = QAction(self.tr("附扫描件…"), self)
        self.dispute_action = QAction(self.tr("处理差异…"), self)
        self.correct_action = QAction(self.tr("撤销回函…"), self)
        self.void_action = QAction(self.tr("作废…"), self)
        rare = (
            (self.reissue_action, self.reissue_selected),
            (self.scan_action, self.open_scan),
            (self.attach_action, self.attach_scan),
            (self.dispute_action, lambda: self._on_one(DisputeDialog)),
            (self.correct_action, self.correct_reply),
            (self.void_action, lambda: self._on_one(VoidDialog)),
        )
        for action, slot in rare:
            action.triggered.connect(slot)
        return [action for action, _slot in rare]

    def _table(self) -> QTableView:
        self.model = LetterModel(
            [
                TableColumn(self.tr("编号"), lambda r: r.number),
                TableColumn(self.tr("客户编码"), lambda r: r.customer_code),
                TableColumn(self.tr("客户"), lambda r: r.customer),
                TableColumn(self.tr("业务员"), lambda r: r.salesperson),
                TableColumn(self.tr("截止日期"), lambda r: r.as_of),
                TableColumn(self.tr("余额"), lambda r: r.balance, True),
                TableColumn(self.tr("状态"), lambda r: term(r.status)),
                TableColumn(self.tr("寄出日期"), lambda r: r.sent_on),
                TableColumn(self.tr("方式"), lambda r: term(r.sent_via)),
                TableColumn(self.tr("单号"), lambda r: r.tracking_no),
                TableColumn(self.tr("送达日期"), lambda r: r.delivered_on),
                TableColumn(self.tr("送达凭证"), lambda r: term(r.delivery_proof)),
                TableColumn(self.tr("回函日期"), lambda r: r.replied_on),
                TableColumn(self.tr("客户确认余额"), lambda r: r.stated_balance, True),
                TableColumn(self.tr("差额"), lambda r: r.difference, True),
                TableColumn(self.tr("扫描件"), lambda r: "✓" if r.has_scan else ""),
            ],
            self,
        )
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        view = table_view(proxy)
        fit_columns(view, widest=COLUMN_WIDEST)
        view.setSortingEnabled(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        view.activated.connect(self._activated)
        return view

    # -- the list ----------------------------------------------------------------

    def refresh(self) -> None:
        status = self.status.currentData()
        with self.database.sessions() as session:
            rows = letters.letter_rows(
                session,
                self.actor,
                clock.today(),
                status=None if status == DISPUTES else status,
                salesperson_id=self.salesperson.currentData(),
                since=self.since.value(),
            )
        if status == DISPUTES:
            rows = [r for r in rows if r.dispute_open]
        self.model.set_rows(rows)
        waiting = sum(1 for r in rows if r.status == NO_REPLY)
        disputes = sum(1 for r in rows if r.dispute_open)
        self.summary.setText(
            self.tr(
                "共 {0} 封；未回函 {1} 封，差异待处理 {2} 封。按住 Ctrl 或 Shift 可选多封一起打印或登记寄出。"
            ).format(len(rows), waiting, disputes)
        )
        self._selection_changed()

    def _selection_changed(self) -> None:
        chosen = selected_rows(self.view)
        may = self.actor.may(Permission.MANAGE_LETTERS)
        one = chosen[0] if len(chosen) == 1 else None
        generated = LetterStatus.GENERATED.value
        self.generate_button.setEnabled(may)
        self.print_button.setEnabled(bool(chosen))
        self.reissue_action.setEnabled(
            may and one is not None and one.status != LetterStatus.VOID.value
        )
        self.sent_button.setEnabled(
            may and bool(chosen) and all(r.status == generated for r in chosen)
        )
        self.reply_button.setEnabled(
            may and one is not None and one.status in (LetterStatus.SENT.value, NO_REPLY)
        )
        self.delivery_button.setEnabled(
            may
            and one is not None
            and one.sent_on is not None
            and one.status != LetterStatus.VOID.value
        )
        self.scan_action.setEnabled(one is not None and one.has_scan)
        replied = one is not None and one.status in (
            LetterStatus.CONFIRMED.value,
            LetterStatus.DISPUTED.value,
        )
        self.attach_action.setEnabled(may and replied)
        self.dispute_action.setEnabled(may and one is not None and one.dispute_open)
        self.correct_action.setEnabled(may and replied)
        self.void_action.setEnabled(
            may
            and one is not None
            and one.delivered_on is None
            and one.status in (generated, LetterStatus.SENT.value, NO_REPLY)
        )

    def export_list(self) -> None:
        """The letters as listed, filters applied, for the sales meeting or the auditor."""
        path = save_path(self, self.tr("对账函清单-{0}.xlsx").format(f"{clock.today():%Y%m%d}"))
        if path is None:
            return
        count = attempt(self, self.tr("导出"), lambda: write_table(path, "对账函", self.model))
        if count is not None:
            QMessageBox.information(
                self, self.tr("导出"), self.tr("已导出 {0} 封到 {1}").format(count, path)
            )

    def _reply_days_changed(self) -> None:
        days = self.reply_days.value()
        if attempt_saving(
            self,
            self.tr("未回函提醒天数"),
            self.database,
            lambda session: letters.set_reply_days(session, self.actor, days),
        ):
            announce(Area.LETTERS)

    # -- actions -----------------------------------------------------------------

    def _on_one(self, dialog_class) -> None:
        chosen = selected_rows(self.view)
        if len(chosen) != 1:
            return
        if dialog_class(self.database, self.actor, chosen[0], self).exec():
            announce(Area.LETTERS, Area.RECEIVABLES)  # a reply interrupts limitation

    def mark_sent(self) -> None:
        chosen = selected_rows(self.view)
        if chosen and SentDialog(self.database, self.actor, chosen, self).exec():
            announce(Area.LETTERS, Area.RECEIVABLES)  # a reply interrupts limitation

    def generate(self) -> None:
        self.files.generate(self.people)

    def print_selected(self) -> None:
        chosen = selected_rows(self.view)
        if chosen:
            self.files.reprint(chosen)

    def reissue_selected(self) -> None:
        chosen = selected_rows(self.view)
        if len(chosen) == 1:
            self.files.reissue_chosen(chosen[0])

    def _activated(self) -> None:
        if self.reply_button.isEnabled():
            self._on_one(ReplyDialog)

    def correct_reply(self) -> None:
        chosen = selected_rows(self.view)
        if len(chosen) != 1:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("撤销回函"),
            self.tr("{0} 的回函将退回“已寄出”，回函相符记下的时效中断一并撤销。原因：").format(
                chosen[0].number
            ),
        )
        if not ok:
            return

        if attempt_saving(
            self,
            self.tr("撤销回函"),
            self.database,
            lambda session: letters.correct_reply(session, self.actor, chosen[0].id, reason),
        ):
            announce(Area.LETTERS, Area.RECEIVABLES)  # a reply interrupts limitation

    def attach_scan(self) -> None:
        chosen = selected_rows(self.view)
        if len(chosen) == 1 and self.files.attach_scan(chosen[0]):
            announce(Area.LETTERS, Area.RECEIVABLES)  # a reply interrupts limitation

    def open_scan(self) -> None:
        chosen = selected_rows(self.view)
        if len(chosen) == 1:
            self.files.open_scan(chosen[0])
