"""The aging drill-down: salesperson → customer → invoice, invoices read only when opened.

The two upper levels come from one grouped query (a few thousand rows even with ten years of
invoices); a customer's invoices are fetched by Qt's canFetchMore/fetchMore on expansion.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from hrdesk.services.receivables import AgedInvoice, Aging, AgingRow
from hrdesk.ui.models.table import ROW_ROLE, SORT_ROLE, display
from hrdesk.ui.terms import aging_bucket

# From 未到期 (no colour) to the oldest bucket (deep red): the worse, the warmer.
SEVERITY = ["", "#FFF4CC", "#FFE0A3", "#FFC680", "#FF9F80", "#F27A6B", "#D9534F"]
DARK_TEXT_FROM = 5  # buckets this old or older are drawn in white on the deep colours


def severity_colour(bucket: int, buckets: int) -> str:
    """The colour of a bucket, spread over SEVERITY whatever number of buckets the user set."""
    if bucket == 0:
        return ""
    step = (len(SEVERITY) - 1) * bucket / (buckets - 1)
    return SEVERITY[max(1, round(step))]


@dataclass
class Node:
    parent: "Node | None"
    row: AgingRow | AgedInvoice | None
    children: list["Node"] = field(default_factory=list)
    fetched: bool = True  # customers start unfetched: their invoices come on expansion

    @property
    def level(self) -> int:
        """0 for a salesperson, 1 for a customer, 2 for an invoice; the root is -1."""
        return -1 if self.parent is None else self.parent.level + 1


class AgingTreeModel(QAbstractItemModel):
    def __init__(
        self,
        fixed_headers: list[str],
        load_invoices: Callable[[AgingRow], list[AgedInvoice]],
        parent=None,
    ):
        super().__init__(parent)
        self.fixed_headers = fixed_headers  # 名称, 未收余额, 逾期合计
        self.load_invoices = load_invoices
        self.labels: list[str] = []
        self.root = Node(None, None)

    def set_aging(self, aging: Aging) -> None:
        self.beginResetModel()
        self.labels = [aging_bucket(label) for label in aging.labels]
        self.root = Node(None, None)
        people = {}
        for total in aging.by_salesperson():
            people[total.salesperson_id] = Node(self.root, total)
            self.root.children.append(people[total.salesperson_id])
        for row in aging.rows:
            owner = people[row.salesperson_id]
            owner.children.append(Node(owner, row, fetched=False))
        self.endResetModel()

    # -- structure ---------------------------------------------------------------

    def _node(self, index: QModelIndex | QPersistentModelIndex) -> Node:
        return index.internalPointer() if index.isValid() else self.root

    def index(self, row, column, parent=QModelIndex()):  # noqa: B008
        node = self._node(parent)
        if not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index=QModelIndex()):  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = index.internalPointer()
        up = node.parent
        if up is None or up is self.root:
            return QModelIndex()
        return self.createIndex(up.parent.children.index(up), 0, up)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return len(self.fixed_headers) + len(self.labels)

    def hasChildren(self, parent=QModelIndex()) -> bool:  # noqa: B008
        node = self._node(parent)
        return node.level < 2 and (bool(node.children) or not node.fetched)

    def canFetchMore(self, parent) -> bool:
        return parent.isValid() and not self._node(parent).fetched

    def fetchMore(self, parent) -> None:
        node = self._node(parent)
        invoices = self.load_invoices(node.row)
        node.fetched = True
        if invoices:
            self.beginInsertRows(parent, 0, len(invoices) - 1)
            node.children = [Node(node, invoice) for invoice in invoices]
            self.endInsertRows()

    # -- data --------------------------------------------------------------------

    def _values(self, node: Node) -> list:
        row = node.row
        if isinstance(row, AgedInvoice):
            buckets = [row.balance if i == row.bucket else None for i in range(len(self.labels))]
            overdue = row.balance if row.bucket else None
            name = self.tr("{0}　开票 {1}　到期 {2}").format(row.number, row.issued_on, row.due_on)
            return [name, row.balance, overdue, *buckets]
        if node.level == 0:
            name = f"{row.salesperson_no} {row.salesperson}"
        else:
            name = f"{row.customer_code} {row.customer}"
        return [name, row.balance, row.overdue, *row.buckets]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = index.internalPointer()
        column = index.column()
        if role == ROW_ROLE:
            return node.row
        value = self._values(node)[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value in (None, Decimal(0)) and column > 0 else display(value)
        if role == SORT_ROLE:
            return float(value) if isinstance(value, Decimal) else (value or "")
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bucket = column - len(self.fixed_headers)
        if bucket > 0 and value:
            colour = severity_colour(bucket, len(self.labels))
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(colour))
            if role == Qt.ItemDataRole.ForegroundRole and colour in SEVERITY[DARK_TEXT_FROM:]:
                return QBrush(QColor("white"))
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(node.row, AgedInvoice):
            days = node.row.days_past_due
            return self.tr("逾期 {0} 天").format(days) if days > 0 else self.tr("未到期")
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.fixed_headers + self.labels)[section]
        return None
