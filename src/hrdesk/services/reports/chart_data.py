"""What a chart shows, independent of whatever draws it: categories and series keyed by id."""

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from hrdesk.messages import _

BAR, STACKED, LINE = "bar", "stacked", "line"
SEVERITY = "severity"  # a palette: series in order from not yet due to the oldest bucket


@dataclass(frozen=True)
class Series:
    key: object  # an id, unique within the chart
    label: str
    values: list[Decimal | int | None]  # one per category, in the categories' order
    colour: str | None = None  # "#RRGGBB", or None for the palette's next


@dataclass(frozen=True)
class ChartData:
    kind: str  # BAR, STACKED or LINE
    title: str
    categories: list[tuple[object, str]]  # (id, label), labels unique
    series: list[Series]
    unit: str = ""  # shown on the value axis, e.g. 万元
    scale: Decimal = field(default=Decimal(1))  # values are divided by it when drawn
    palette: str = ""  # "" for the default colours, SEVERITY for aging buckets

    def __post_init__(self):
        labels = [label for _key, label in self.categories]
        if len(set(labels)) != len(labels):
            raise ValueError(_("图表类别名称重复：{labels}").format(labels=labels))
        for series in self.series:
            if len(series.values) != len(self.categories):
                raise ValueError(_("{label}的数值个数与类别个数不同").format(label=series.label))


def unique_labels(people: list[tuple[object, str, str]]) -> list[tuple[object, str]]:
    """(id, name, 工号) → (id, label): a name shared by several people gets its 工号 added."""
    counts = Counter(name for _key, name, _no in people)
    return [(key, f"{name}({no})" if counts[name] > 1 else name) for key, name, no in people]
