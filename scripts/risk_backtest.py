"""Backtest the collection-risk score on a database (the demo by default).

    python scripts/risk_backtest.py --db DEMO.db [--as-of YYYY-MM-DD ...] [--horizon 180]

Scores every customer with a balance as of each date, then prints, per grade, the share of
that balance still unpaid HORIZON days later, as a Markdown table for the README.
"""

import argparse
from datetime import date
from pathlib import Path

from hrdesk.services import database as workspace
from hrdesk.services.reports.backtest import backtest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--as-of", action="append", type=date.fromisoformat, required=True)
    parser.add_argument("--horizon", type=int, default=180)
    args = parser.parse_args()
    database = workspace.open_workspace(args.db)
    print("| 评分日 | 等级 | 客户数 | 评分日未收余额 | 其后未收 | 未收比例 |")
    print("|---|---|---:|---:|---:|---:|")
    with database.sessions() as session:
        for day in args.as_of:
            for line in backtest(session, day, args.horizon):
                share = "—" if line.share_unpaid is None else f"{line.share_unpaid:.1%}"
                print(
                    f"| {day} | {line.grade} | {line.customers} | {line.balance:,.2f} "
                    f"| {line.unpaid_later:,.2f} | {share} |"
                )
    database.close()


if __name__ == "__main__":
    main()
