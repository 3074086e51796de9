"""逾期趋势: the open balance at each month's end split into the aging buckets."""

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from hrdesk.domain.receivables import bucket_labels
from hrdesk.domain.roles import Permission
from hrdesk.services import receivables
from hrdesk.services.actor import Actor
from hrdesk.services.reports.chart_data import SEVERITY, STACKED, ChartData, Series
from hrdesk.services.reports.common import ZERO, Period, Table, month_end, month_label

WAN = Decimal(10000)


def overdue_trend(session: Session, actor: Actor, period: Period) -> Table:
    """One row per month: the balance at its end, each bucket, and the overdue total."""
    actor.require(Permission.VIEW_RECEIVABLES)
    months = period.months()
    labels = bucket_labels(receivables.bucket_bounds(session))
    headers = ["月份", "月末应收", *labels, "逾期合计", "逾期占比"]
    table = Table("逾期趋势", headers, percent_columns=(len(headers) - 1,))
    for month in months:
        total = receivables.company_total(session, month_end(month))
        share = (
            (total.overdue / total.balance).quantize(Decimal("0.0001")) if total.balance else None
        )
        table.rows.append([month_label(month), total.balance, *total.buckets, total.overdue, share])
        table.keys.append(month)
    table.note = "每月末的未收余额按账龄区间（设置中可改）拆分；逾期合计不含未到期部分。"
    series = [
        Series(index, label, [row[2 + index] for row in table.rows], None)
        for index, label in enumerate(labels)
    ]
    table.chart = ChartData(
        STACKED,
        "月末应收账龄（万元）",
        [(m, month_label(m)) for m in months],
        series,
        "万元",
        WAN,
        SEVERITY,
    )
    return table


def overdue_detail(session: Session, actor: Actor, key: date, period: Period) -> Table:
    """The month's end by salesperson, bucket by bucket."""
    actor.require(Permission.VIEW_RECEIVABLES)
    report = receivables.aging_of(session, month_end(key))
    table = Table(
        f"{month_label(key)} 月末各业务员账龄", ["业务员工号", "业务员", "未收余额", *report.labels]
    )
    for row in report.by_salesperson():
        table.rows.append([row.salesperson_no, row.salesperson, row.balance, *row.buckets])
        table.keys.append(None)
    total = report.total()
    table.total = ["合计", "", total.balance, *total.buckets]
    return table


__all__ = ["ZERO", "overdue_detail", "overdue_trend"]
