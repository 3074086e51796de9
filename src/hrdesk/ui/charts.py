"""Charts (图表): the one module that knows what draws them.

Screens hand a ChartData (categories and series keyed by id) to a ChartView, or ask
chart_png() for a picture to print; neither knows the library. It is matplotlib — its
QtAgg canvas on screen and its Agg renderer for PDFs — because QtCharts is deprecated
since Qt 6.10 and QtGraphs needs QtQuick; matplotlib draws the same in offscreen
screenshots, on paper and on Windows, with a Chinese font found on the machine.
matplotlib is imported only when the first chart is drawn, so no page pays for it at start.
"""

import io
import logging
import math
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from hrdesk.documents.fonts import CANDIDATES
from hrdesk.services.reports.chart_data import BAR, LINE, SEVERITY, STACKED, ChartData
from hrdesk.ui.models.aging_tree import severity_colour

# Tried in order by name; the first font file found on the machine is added as well.
CJK_FAMILIES = ["Microsoft YaHei", "SimHei", "WenQuanYi Zen Hei", "Noto Sans CJK SC", "PingFang SC"]
PALETTE = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47", "#264478", "#9E480E"]
NOT_DUE_COLOUR = "#9DC3E6"
_configured = False


def _matplotlib():
    """Import matplotlib once, with a Chinese font and no global pyplot state."""
    global _configured
    import matplotlib

    if not _configured:
        from matplotlib import font_manager

        # a .ttc face without a "normal" weight is used anyway; the notice is noise in the log
        logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
        for path, _index in CANDIDATES:
            if path.is_file():
                try:
                    font_manager.fontManager.addfont(str(path))
                except (OSError, RuntimeError):
                    continue
        matplotlib.rcParams["font.sans-serif"] = [*CJK_FAMILIES, "DejaVu Sans"]
        matplotlib.rcParams["font.family"] = "sans-serif"
        matplotlib.rcParams["axes.unicode_minus"] = False  # a CJK font may lack U+2212
        _configured = True
    return matplotlib


def _number(value, scale: Decimal) -> float:
    """Drawing is the one place a figure becomes a float: positions on a picture."""
    if value is None:
        return math.nan
    return float(Decimal(value) / scale)


def _colours(data: ChartData) -> list[str]:
    found = []
    for index, series in enumerate(data.series):
        if series.colour:
            found.append(series.colour)
        elif data.palette == SEVERITY:
            found.append(severity_colour(index, len(data.series)) or NOT_DUE_COLOUR)
        else:
            found.append(PALETTE[index % len(PALETTE)])
    return found


def draw(figure, data: ChartData) -> dict:
    """Draw the chart on a matplotlib Figure; returns artist → (category key, series key)."""
    figure.clear()
    axes = figure.add_subplot(1, 1, 1)
    positions = list(range(len(data.categories)))
    labels = [label for _key, label in data.categories]
    colours = _colours(data)
    artists = {}
    bottoms = [0.0] * len(positions)
    width = 0.8 / max(1, len(data.series)) if data.kind == BAR else 0.7
    for index, series in enumerate(data.series):
        values = [_number(v, data.scale) for v in series.values]
        if data.kind == LINE:
            axes.plot(positions, values, marker="o", color=colours[index], label=series.label)
            continue
        if data.kind == STACKED:
            bars = axes.bar(
                positions,
                values,
                width,
                bottom=bottoms,
                color=colours[index],
                label=series.label,
                picker=True,
            )
            bottoms = [
                b + (0 if math.isnan(v) else v) for b, v in zip(bottoms, values, strict=True)
            ]
        else:
            offset = (index - (len(data.series) - 1) / 2) * width
            bars = axes.bar(
                [p + offset for p in positions],
                values,
                width,
                color=colours[index],
                label=series.label,
                picker=True,
            )
        for (category, _label), patch in zip(data.categories, bars.patches, strict=True):
            artists[patch] = (category, series.key)
    axes.set_xticks(positions, labels)
    if all(isinstance(v, int) or v is None for s in data.series for v in s.values):
        from matplotlib.ticker import MaxNLocator

        axes.yaxis.set_major_locator(MaxNLocator(integer=True))  # counts: whole ticks
    if len(labels) > 8 or max((len(label) for label in labels), default=0) > 6:
        for tick in axes.get_xticklabels():
            tick.set_rotation(35)
            tick.set_horizontalalignment("right")
            if len(labels) > 16:
                tick.set_fontsize(7)
    axes.set_title(data.title, fontsize=11)
    if data.unit:
        axes.set_ylabel(data.unit)
    axes.grid(axis="y", alpha=0.3)
    axes.spines[["top", "right"]].set_visible(False)
    if len(data.series) > 1:
        axes.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    figure.tight_layout()
    return artists


def chart_png(data: ChartData, width: int = 900, height: int = 420, dpi: int = 100) -> bytes:
    """The chart as a PNG, for a PDF or a file: drawn without Qt."""
    _matplotlib()
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width / dpi, height / dpi), dpi=dpi)
    FigureCanvasAgg(figure)
    draw(figure, data)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


class ChartView(QWidget):
    """A chart on a screen. Clicking a bar emits picked(category key, series key)."""

    picked = Signal(object, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumHeight(220)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._placeholder = QLabel()
        self._layout.addWidget(self._placeholder)
        self._canvas = None
        self._artists: dict = {}
        self.data: ChartData | None = None

    def show_data(self, data: ChartData | None) -> None:
        self.data = data
        if data is None or not data.categories:
            if self._canvas is not None:
                self._canvas.figure.clear()
                self._canvas.draw_idle()
            return
        if self._canvas is None:
            self._canvas = self._make_canvas()
        self._artists = draw(self._canvas.figure, data)
        self._canvas.draw_idle()

    def _make_canvas(self):
        _matplotlib()
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        canvas = FigureCanvasQTAgg(Figure(figsize=(6, 3), dpi=96))
        canvas.mpl_connect("pick_event", self._picked)
        self._placeholder.hide()
        self._layout.addWidget(canvas)
        return canvas

    def _picked(self, event) -> None:
        found = self._artists.get(event.artist)
        if found is not None:
            self.picked.emit(*found)

    def drawn_bars(self) -> dict[str, dict[str, float]]:
        """series label → category label → the bar's value as drawn (what tests look at)."""
        found: dict[str, dict[str, float]] = {}
        labels = dict(self.data.categories) if self.data else {}
        names = {s.key: s.label for s in self.data.series} if self.data else {}
        for patch, (category, series) in self._artists.items():
            found.setdefault(names[series], {})[labels[category]] = patch.get_height()
        return found

    def tick_labels(self) -> list[str]:
        if self._canvas is None:
            return []
        return [t.get_text() for t in self._canvas.figure.axes[0].get_xticklabels()]
