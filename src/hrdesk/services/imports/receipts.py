"""The receipts import: bank statement lines, matched to customers by payer and applied."""

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.receivables import ZERO, line_fingerprint, receipt_key
from hrdesk.services import receivables
from hrdesk.services.actor import Actor
from hrdesk.services.imports.base import (
    PROGRESS_EVERY,
    ImportPlan,
    ProgressCallback,
)
from hrdesk.spreadsheets.tabular import MONEY_IN, ParsedRow, Problem
from hrdesk.storage.models import Invoice

# -- receipts ------------------------------------------------------------------


def _receipt_keys(rows: list[ParsedRow]) -> list[str]:
    """Each line's key: its 流水号, or its fingerprint counted within this file."""
    occurrences: dict[str, int] = {}
    keys = []
    for row in rows:
        values = row.values
        transaction_no = values.get("transaction_no", "")
        fingerprint = ""
        if not transaction_no and "received_on" in values:
            fingerprint = line_fingerprint(
                values["received_on"],
                values.get("amount", values.get("credit", ZERO)),
                values.get("payer", ""),
                values.get("memo", ""),
                values.get("balance"),
            )
            occurrences[fingerprint] = occurrences.get(fingerprint, 0) + 1
        keys.append(receipt_key(transaction_no, fingerprint, occurrences.get(fingerprint, 1)))
    return keys


def check_receipts(
    session: Session, result: ImportPlan, today: date, progress: ProgressCallback
) -> None:
    index = receivables.PayerIndex(session)
    keys = _receipt_keys(result.rows)
    # Receipts already kept under these keys, wherever their dates fall: the key is unique.
    stored = receivables.receipts_by_key(session, keys)
    invoices = (
        dict(session.execute(select(Invoice.number, Invoice.customer_id)).all())
        if any(row.values.get("invoice_no") for row in result.rows)
        else {}
    )
    seen: dict[str, tuple[int, date, Decimal]] = {}
    unmatched = 0
    for done, (row, key) in enumerate(zip(result.rows, keys, strict=True)):
        if done % PROGRESS_EVERY == 0:
            progress(done, len(result.rows))
        values = row.values
        amount = values.get("amount", values.get("credit"))
        if amount is None or amount <= 0:
            result.problems.append(Problem(row.row, "金额", "收款金额必须大于0"))
            continue
        direction = values.get("direction", "").strip().casefold()
        if direction and direction not in MONEY_IN:
            result.problems.append(
                Problem(
                    row.row,
                    "借贷方向",
                    f"无法识别“{values['direction']}”（应为 借/贷 或 支出/收入）",
                )
            )
            continue
        line = (values["received_on"], amount)
        earlier = seen.get(key) or (stored.get(key) and (None, *stored[key]))
        if earlier is not None:
            if (earlier[1], earlier[2]) != line:
                where = f"第{earlier[0]}行" if earlier[0] else "已导入的收款"
                result.problems.append(
                    Problem(
                        row.row,
                        "流水号",
                        f"与{where}的流水号{key}相同，但日期或金额不同；请核对是否为同一笔",
                    )
                )
            else:
                result.unchanged += 1
            continue
        seen[key] = (row.row, *line)
        customer_id = None
        if values.get("customer_code"):
            customer_id = index.by_code.get(values["customer_code"])
            if customer_id is None:
                result.problems.append(
                    Problem(row.row, "客户编码", f"没有编码为{values['customer_code']}的客户")
                )
                continue
        else:
            customer_id = index.match(values.get("payer", ""))
            if customer_id is None:
                unmatched += 1
        invoice_no = values.get("invoice_no", "")
        if invoice_no and customer_id is not None and invoices.get(invoice_no) != customer_id:
            result.warnings.append(
                Problem(row.row, "核销单号", f"{invoice_no}不是该客户的应收单，将按到期日顺序核销")
            )
            invoice_no = ""
        result.added += 1
        result.writes.append(
            {
                "line_key": key,
                "received_on": values["received_on"],
                "transaction_no": values.get("transaction_no", ""),
                "payer_name": values.get("payer", ""),
                "amount": amount,
                "memo": values.get("memo", ""),
                "balance": values.get("balance"),
                "named_invoice_no": invoice_no,
                "customer_id": customer_id,
            }
        )
    if unmatched:
        result.notes.append(f"{unmatched} 笔付款方无法确定客户，已放入“未匹配收款”待处理")


def write_receipts(session: Session, actor: Actor, result: ImportPlan, today: date) -> None:
    receivables.add_receipts(session, actor, result.writes)
