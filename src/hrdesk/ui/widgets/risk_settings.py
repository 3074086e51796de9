"""设置 → 回款风险评分: each factor's weight and the grade lines, with the defaults one click away."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox

from hrdesk.domain import risk as rules
from hrdesk.domain.roles import Permission
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.services.reports import risk
from hrdesk.ui.widgets.forms import ShownSettings, attempt_saving

FACTOR_NAMES = {
    "late_days": QT_TRANSLATE_NOOP("RiskFactors", "平均逾期天数"),
    "on_time": QT_TRANSLATE_NOOP("RiskFactors", "未按时付款比例"),
    "oldest_overdue": QT_TRANSLATE_NOOP("RiskFactors", "最久逾期天数"),
    "overdue_share": QT_TRANSLATE_NOOP("RiskFactors", "逾期占余额比例"),
    "partial": QT_TRANSLATE_NOOP("RiskFactors", "分次付款比例"),
    "letters": QT_TRANSLATE_NOOP("RiskFactors", "对账函不符或未回"),
    "limitation": QT_TRANSLATE_NOOP("RiskFactors", "诉讼时效临近"),
    "balance_to_sales": QT_TRANSLATE_NOOP("RiskFactors", "余额与近12个月销售额之比"),
}


def _spin(low: int, high: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    return box


class RiskSettingsGroup(QGroupBox):
    def __init__(self, database: Database, actor: Actor, parent=None):
        super().__init__(self.tr("回款风险评分"), parent)
        self.database = database
        self.actor = actor
        may = actor.may(Permission.MANAGE_SETTINGS)
        form = QFormLayout(self)
        note = QLabel(
            self.tr(
                "每个因素按客户自身的付款历史归一到 0–1，乘以权重后折算为 0–100 分；"
                "权重为 0 的因素不计。默认权重与分数线见 README。"
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.weights = {}
        for factor in rules.FACTORS:
            box = _spin(0, 100)
            box.setEnabled(may)
            self.weights[factor.key] = box
            form.addRow(QCoreApplication.translate("RiskFactors", FACTOR_NAMES[factor.key]), box)
        self.high, self.medium = _spin(1, 100), _spin(1, 99)
        self.high.setEnabled(may)
        self.medium.setEnabled(may)
        form.addRow(self.tr("高风险：不低于"), self.high)
        form.addRow(self.tr("中风险：不低于"), self.medium)
        buttons = QHBoxLayout()
        save = QPushButton(self.tr("保存评分设置"))
        defaults = QPushButton(self.tr("恢复默认"))
        for button in (save, defaults):
            button.setEnabled(may)
            buttons.addWidget(button)
        buttons.addStretch()
        form.addRow(buttons)
        save.clicked.connect(self.save)
        defaults.clicked.connect(self.show_defaults)
        self.load()

    def _show(self, weights: dict[str, int], grades) -> None:
        for key, box in self.weights.items():
            box.setValue(weights.get(key, 0))
        self.high.setValue(grades[0])
        self.medium.setValue(grades[1])

    def load(self) -> None:
        self.shown = ShownSettings(self.database, ("risk_weights", "risk_grades"))
        with self.database.sessions() as session:
            self._show(risk.weights(session), risk.grades(session))

    def show_defaults(self) -> None:
        self._show(rules.DEFAULT_WEIGHTS, rules.DEFAULT_GRADES)

    def save(self) -> bool:
        chosen = {key: box.value() for key, box in self.weights.items()}
        grades = (self.high.value(), self.medium.value())

        def change(session) -> None:
            self.shown.refuse_if_changed(session)
            risk.set_weights(session, self.actor, chosen, grades)

        saved = attempt_saving(self, self.tr("回款风险评分"), self.database, change)
        if saved:
            self.load()  # what was saved, at its new version: a second save is no conflict
        return saved
